"""The dataset card: YAML metadata and a body generated from the data.

:func:`write_card` writes ``README.md`` (+ plots under ``assets/``) for a built release folder;
:func:`check_card` checks it offline against the Parquet files.
"""

from medsyn_dataset.dataset_card.card import check_card, write_card

__all__ = ["check_card", "write_card"]
