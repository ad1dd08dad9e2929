"""PII round 23, review B's findings 12 and 13 (the phone's type), fixed in round 24 by FXB.

The examples are the review's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


# Finding 12: a number before a gloss denying the policy is a record's (review A r23, finding 8), unless it is a dialled
# Russian number (eleven digits from the trunk "8" or the country code "7" that phonenumbers calls valid), whatever word
# (or none) stands before it: then it stays the phone it is
@pytest.mark.parametrize(("text", "expected"), [
    ("Позвонить 8912 3456789 (полиса нет)", [("PHONE_NUMBER", "8912 3456789")]),
    ("Дочь 8912 3456789 (полиса нет)", [("PHONE_NUMBER", "8912 3456789")]),
    ("Боли в животе. 8912-3456789 — полиса нет.", [("PHONE_NUMBER", "8912-3456789")]),
    ("Боли в животе. 7912 3456789 (полис отсутствует).", [("PHONE_NUMBER", "7912 3456789")]),
    # (eleven digits from 8 that are no valid number, a 4+6 series and number, fourteen digits: a record's number)
    ("Боли в животе. 8000 0000000 (полиса нет).", [("MEDICAL_RECORD_NUMBER", "8000 0000000")]),
    ("Боли в животе. 1234 567890 (полиса нет).", [("MEDICAL_RECORD_NUMBER", "1234 567890")]),
    ("Позвонить 7769 0586945754 (полиса нет)", [("MEDICAL_RECORD_NUMBER", "7769 0586945754")]),
])
def test_a_dialled_number_before_a_denied_policy_stays_a_phone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected
