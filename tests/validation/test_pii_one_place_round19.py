"""Round 19 (one place for each word list): where a list is now derived from another module's, what each caller needs
from it, so that the derivation cannot drift unseen.

The number's words beside a sick leave's, a register's or an entry's stem are export_objects' number words and "code"
(which is no part word there); nothing else.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.export_objects import PART_WORDS


@pytest.mark.parametrize("key", ["LN_CODE", "PREV_LN_CODE", "ln_number", "RegCode", "reg_num", "HistNo", "hist_nomer"])
def test_a_stem_with_a_number_or_a_code_names_a_record(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"


def test_code_names_a_number_beside_a_stem_but_is_no_part_word() -> None:
    assert "code" not in PART_WORDS  # (a member "code" is a service's or a diagnosis's, not its object's number)
    assert key_type("registryCode") == "MEDICAL_RECORD_NUMBER"
    assert key_type("voucher_code") == "MEDICAL_RECORD_NUMBER"  # (the code measures no voucher: it is its number)
