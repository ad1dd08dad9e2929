"""PII round 23, review A's privacy leaks fixed by FXA (findings 1, 8 and 10; 4 and 15 in test_pii_date_conflicts_r23fix).

The examples are the review's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


# Finding 1: a surname the dictionary does not know that only begins like a lab stem ("норм", "давлен") is a surname;
# only an analyte's noun itself ("Креатинин") reads as a home reading
@pytest.mark.parametrize("text, phones", [
    ("Нормов 40-74-32 (дом.)", ["40-74-32"]),
    ("Нормова 40-74-32 (дом.)", ["40-74-32"]),
    ("Давленко 2-17-80 (раб.)", ["2-17-80"]),
    ("Креатинин 98-10-12 (дом.)", []),
    ("Гемоглобин 12-10-14 (дом.)", []),
    ("Давление 130-80-72 (дом.)", []),
])
def test_a_surname_opening_like_a_lab_stem_keeps_its_phone(text: str, phones: list[str]) -> None:
    assert [value for kind, value in _typed(text) if kind == "PHONE_NUMBER"] == phones
