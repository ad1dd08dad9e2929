"""The dataset card: YAML metadata and a body generated from the data.

:func:`write_card` (:mod:`.render`) writes ``README.md`` (+ plots under ``assets/``) for a built
release folder; :func:`check_card` (:mod:`.check`) checks it offline against the Parquet files.
"""

from medsyn_dataset.dataset_card.check import check_card, read_card_metadata
from medsyn_dataset.dataset_card.render import write_card

__all__ = ["check_card", "read_card_metadata", "write_card"]
