"""PII that generalises (issue #10, round 21): a passport's series and number as a form lists its two fields.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

LISTED = [
    # (the number's label after a comma: the series, then ", номер", then the number)
    "Документ: паспорт: [[Pa|4512, номер 770318]], выдан ОВД.",
    "Предъявлен паспорт [[Pa|4512, номер: 770318]]. Жалоб нет.",
    # ("серия, номер" names no kind: the document noun before it does, across the form's semicolon)
    "Наименование документа: паспорт; серия, номер: [[Pa|4512-770318]]\n",
]


@pytest.mark.parametrize("source", LISTED)
def test_a_passport_listed_as_two_fields_is_read(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_another_papers_series_and_number_keep_their_type(scanner: PiiScanner) -> None:
    """"серия, номер" after a prescription's noun is the prescription's number, never a passport."""
    text = "Рецепт: серия, номер: 4512-770318"
    assert [e.type for e in scanner.scan_fast(text)] == ["MEDICAL_RECORD_NUMBER"]


def test_a_phone_numbers_label_after_the_series_is_no_passports(scanner: PiiScanner) -> None:
    """A comma and "номер телефона" end the passport's field: the digits after it are no part of it."""
    text = "паспорт 4509, номер телефона 123456 неверен"
    assert "RU_PASSPORT" not in [e.type for e in scanner.scan_fast(text)]


# A value a passport's word names but of no internal passport's shape (a series of capitals and digits, nine digits) is
# another state's passport or another identity paper: a record number, as the project defined RU_PASSPORT until round 25;
# since round 26 another state's passport is RU_PASSPORT, a serviceman's identity card stays a record number
OTHER_PAPERS = [
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "Гражданин Республики Кыргызстан. Паспорт: [[Pa|517203948]]; миграционная карта оформлена.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "Passport / паспорт: [[Pa|430918275]], виза не нужна.",
    "Уд. личности военнослужащего: [[M|ЕР 7410582]], рядовой.",
]


@pytest.mark.parametrize("source", OTHER_PAPERS)
def test_a_passports_word_before_another_shape_is_a_record_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type not in ("LOCATION", "PERSON")]
    check_planted(found, text, spans)


def test_the_internal_passport_keeps_its_type(scanner: PiiScanner) -> None:
    """The internal passport's four digits and six, and a Soviet passport's Roman series, stay passports."""
    for text in ("Паспорт 4509 123456 выдан ОВД.", "паспорт СССР XI-МЮ № 643424"):
        assert [e.type for e in scanner.scan_fast(text)] == ["RU_PASSPORT"]
