"""Review A of round 21, findings 7, 10 and 12 (identifiers): inputs are the review's, each checked for the exact
identifiers the scanner reports."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _spans(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# 7: a year after a preposition, or a dotted day and month, is no passport's series before ", номер"
@pytest.mark.parametrize("text, date", [
    ("Паспорт выдан в 2015, номер 123456", "2015"),
    ("Паспорт выдан с 2015, номер 123456", "2015"),
    ("Паспорт проверен 12.03, номер 123456", None),
])
def test_a_year_or_a_date_before_a_listed_number_is_no_series(scanner: PiiScanner, text: str, date: str | None) -> None:
    spans = _spans(scanner, text)
    assert not [value for kind, value in spans if kind == "RU_PASSPORT" and ("2015" in value or "12.03" in value)], spans
    if date is not None:
        assert ("DATE_TIME", date) in spans, spans


# (the series and the number as a list's two items stay one passport)
@pytest.mark.parametrize("text, value", [
    ("паспорт: 1301, номер 481948", "1301, номер 481948"),
    ("Предъявлен паспорт 2217, номер 560939", "2217, номер 560939"),
    ("Паспорт 45 09, номер 123456", "45 09, номер 123456"),
    ("Паспорт выдан 12.03.2015, номер 4509 123456", "4509 123456"),
])
def test_a_series_and_a_number_as_a_lists_items_stay_a_passport(scanner: PiiScanner, text: str, value: str) -> None:
    assert ("RU_PASSPORT", value) in _spans(scanner, text)


# 12: a tariff, a payment, a balance is an amount for the export readers as for the tagger's veto (one list,
# export_keys.MEASURE_WORDS): the key's last word names what the value is, whatever it is the amount of
@pytest.mark.parametrize("text", [
    '{"fio": "Иванов Пётр Ильич", "card_balance": "450001"}',
    '{"fio": "Иванов Пётр Ильич", "polis_payment": "1250000"}',
    '{"fio": "Иванов Пётр Ильич", "card_paid": "450001"}',
    "<card_tariff>4500012</card_tariff>",
    "<карта_оплата>4500012</карта_оплата>",
])
def test_an_amounts_key_holds_no_identifier(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _spans(scanner, text) if kind != "PERSON"] == []


# (the same key's number word still names the card's number)
def test_a_cards_number_key_is_still_a_record_number(scanner: PiiScanner) -> None:
    text = '{"fio": "Иванов Пётр Ильич", "card_number": "450001", "card_balance": "1200"}'
    assert ("MEDICAL_RECORD_NUMBER", "450001") in _spans(scanner, text)


# 12: a title's head noun by the cached first reading (morph.first_part_of_speech), as the analyzer's first parse gives it
@pytest.mark.parametrize("title, head", [
    ("Приёмное отделение", "отделение"), ("Стационарная карта", "карта"), ("ПРИЁМНОЕ ОТДЕЛЕНИЕ", "ОТДЕЛЕНИЕ"),
    ("История болезни", "История"), ("Медицинская карта стационарного больного", "карта"),
])
def test_a_titles_head_is_its_first_word_that_is_no_adjective(title: str, head: str) -> None:
    from medsyn_dataset.language.morphology import analyzer
    from medsyn_dataset.validation.pii.morph import first_part_of_speech
    from medsyn_dataset.validation.pii.numbered_values import _title_head

    assert title[_title_head(title):].startswith(head)
    for word in title.split():
        assert first_part_of_speech(word) == analyzer().parse(word.lower())[0].tag.POS


# review 0 r21, left open: a table's date that a misaligned row puts under a policy's column is no policy
def test_a_date_under_a_policys_column_is_no_policy(scanner: PiiScanner) -> None:
    text = "№ ИБ  ФИО  Д/Р  ПОЛИС\n31942/24  Бобылева Е.Ф.  01.02.1980  7835974245025814"
    spans = _spans(scanner, text)
    assert ("RU_OMS_POLICY", "01.02.1980") not in spans and ("RU_OMS_POLICY", "7835974245025814") in spans, spans
    assert "01.02.1980" in [value for kind, value in spans if kind == "DATE_TIME"], spans
