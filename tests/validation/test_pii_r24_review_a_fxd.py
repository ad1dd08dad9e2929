"""PII round 24, review A's findings 3, 12, 13 and 8, fixed in round 24 by FXD.

The examples are the review's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


def _phones(text: str) -> list[str]:
    return [value for kind, value in _typed(text) if kind == "PHONE_NUMBER"]


# Finding 3: the lab line makes an unknown word an analyte heading its home readings only where the word reads as one
# (its "-ин", as "Ферритин", "Тропонин") and the gloss is "дом." (a home reading): a feminine surname ("Шмырковская",
# "Куртушина") or a work phone ("раб.") keeps its phone under a lab line
@pytest.mark.parametrize(("text", "phone"), [
    ("Гемоглобин 130 г/л.\nШмырковская 98-10-12 (дом.)", "98-10-12"),
    ("СРБ 5 мг/л.\nКуртушина 45-10-12 (раб.)", "45-10-12"),
    ("СРБ 5 мг/л.\nКуртушин 45-10-12 (раб.)", "45-10-12"),
    ("Гемоглобин 130 г/л. Шмырковская 98-10-12 (дом.)", "98-10-12"),
])
def test_an_unknown_surname_under_a_lab_line_keeps_its_phone(text: str, phone: str) -> None:
    assert _phones(text) == [phone]


# Finding 12: a record number's series glued before a date closed by its year mark stays reported with the number
@pytest.mark.parametrize(("text", "mrn"), [
    ("Направление № АБ12.03.2021г-445", "АБ12.03.2021г-445"),
    ("Направление № ВМП12.03.2021г-4455", "ВМП12.03.2021г-4455"),
])
def test_a_series_glued_before_a_marked_date_stays_reported(text: str, mrn: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", mrn) in _typed(text)
