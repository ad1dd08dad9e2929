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


# Finding 13: a date glued to a number with nothing after it is no date where the whole token is a lot's, a series', a
# version's or a regulation's number
@pytest.mark.parametrize(("text", "expected"), [
    ("Лот 01.02.2023-05", []),
    ("Серия 01.02.2023-05, годен до 01.02.2025", [("DATE_TIME", "01.02.2025")]),
    ("Партия № 01.02.2023-05", []),
    ("Версия протокола 1.02.2021-3", []),
    ("согласно Постановлению № 01.12.2004-715", []),
    ("ГОСТ Р 12.03.2021-15", []),
])
def test_a_lots_or_a_regulations_number_built_on_a_date_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


# ... while a glued date with no such word before it, or with its clock time, is still a date
@pytest.mark.parametrize(("text", "expected"), [
    ("Выгрузка 2021-03-12-0045 готова", [("DATE_TIME", "2021-03-12")]),
    ("Лот забран 12.03.2021-12:30", [("DATE_TIME", "12.03.2021-12:30")]),
    ("Осмотр 12.03.2021/14:30", [("DATE_TIME", "12.03.2021/14:30")]),
])
def test_a_glued_date_without_a_lots_word_stays_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


def test_sp_is_a_whole_word() -> None:
    assert _typed("СП 12.03.2021-15") == []
    assert _typed("Спустя 12.03.2021-15") == _typed("Осмотр 12.03.2021-15") == [("DATE_TIME", "12.03.2021")]


# Finding 8: the Latin INN cue is "inn" or "INN", not a hotel's or a surname's Title Case "Inn"
@pytest.mark.parametrize("text", [
    "Проживала в Holiday Inn 7701234560, 3 ночи.",
    "Inn 7707083893",
])
def test_title_case_inn_is_no_inn_cue(text: str) -> None:
    assert [value for kind, value in _typed(text) if kind == "RU_INN"] == []


@pytest.mark.parametrize("text", ["inn: 7707083893", "INN 7707083893"])
def test_the_latin_inn_cue_in_one_case_still_reads(text: str) -> None:
    assert [value for kind, value in _typed(text) if kind == "RU_INN"] == ["7707083893"]
