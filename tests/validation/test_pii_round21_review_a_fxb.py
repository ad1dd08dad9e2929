"""PII scanner, round 21 (issue #10): review A's findings 2, 3, 4 and 6 (fixer B). The examples are our own."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _spans(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review A r21, finding 2: a lower-case street right before a phone is still the address; the field ends at the phone
@pytest.mark.parametrize("text, location, phone", [
    ("Адрес: Тула, маршала жукова, 8 (912) 345-67-89", "Тула, маршала жукова", "8 (912) 345-67-89"),
    ("Адрес: г. Тула, садовая 8 (912) 345-67-89, кв. 5", "г. Тула, садовая", "8 (912) 345-67-89"),
    ("Проживает: г. Самара, ново-садовая 8 (846) 932-95-48", "г. Самара, ново-садовая", "8 (846) 932-95-48"),
])
def test_a_lower_case_street_before_a_phone_stays_the_address(
    scanner: PiiScanner, text: str, location: str, phone: str
) -> None:
    found = _spans(scanner, text)
    assert ("LOCATION", location) in found and ("PHONE_NUMBER", phone) in found, found


# (after a house number the words before a phone are no street: the address ends at the house, as f061618 made it)
def test_words_after_a_house_number_before_a_phone_are_no_street(scanner: PiiScanner) -> None:
    text = "Проживает: Нарткала, ш. Мира, 85, отдел кадров 8 (846) 932-95-48. Жалоб нет."
    assert _spans(scanner, text) == [("LOCATION", "Нарткала, ш. Мира, 85"), ("PHONE_NUMBER", "8 (846) 932-95-48")]


# Review A r21, finding 3: after "л/н", "лн" only a whole day's word (or its known abbreviation) makes the digits a count
@pytest.mark.parametrize("text, number", [
    ("Открыт л/н 20 743043 дневного стационара", "20 743043"),
    ("Открыт ЛН 20 743043 днём, выдан на руки", "20 743043"),
    ("л/н 20 743043 сутью не отличается", "20 743043"),
])
def test_a_word_opening_like_a_day_keeps_the_sick_leave_number(scanner: PiiScanner, text: str, number: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", number) in _spans(scanner, text)


@pytest.mark.parametrize("text", [
    "ЛН 14 123456 дней", "л/н 20 743043 дн.", "ЛН 10 123456 дня", "л/н 14 123456 сут.", "ЛН 12 123456 суток",
    "л/н 30 123456 к.д.", "ЛН 10 123456 день",
])
def test_a_days_word_after_the_sick_leave_digits_is_a_count(scanner: PiiScanner, text: str) -> None:
    assert _spans(scanner, text) == []


# Review A r21, finding 4: a year's bracket is a measure's value when the phrase's head noun names a measure or a lab
# value, or a unit follows the bracket; a measure named later in a diagnosis's phrase leaves its year an event's
@pytest.mark.parametrize("text", [
    "Гемоглобин (1998)", "Калий (2000) ммоль/л", "Креатинин (1990) мкмоль/л", "Сатурация (1995)",
    "Тромбоциты (2000)", "ЛДГ (1950)", "Объём инфузии (2000)",
])
def test_a_lab_value_in_brackets_is_no_year(scanner: PiiScanner, text: str) -> None:
    assert _spans(scanner, text) == []


@pytest.mark.parametrize("text, year", [
    ("Снижение веса (2018)", "2018"), ("Инфаркт миокарда (2014)", "2014"),
    ("Госпитализация по поводу снижения уровня калия (2019)", "2019"),
])
def test_a_measure_after_an_events_head_keeps_its_year(scanner: PiiScanner, text: str, year: str) -> None:
    assert [value for kind, value in _spans(scanner, text) if kind == "DATE_TIME"] == [year]


# Review A r21, finding 6: "у" (a preposition, and 171н's "улус" only with its stop) and a relative before a lower-case
# street are no settlement: the relative's genitive is also a nominative plural ("матери", "бабушки")
@pytest.mark.parametrize("text, location", [
    ("Проживает у матери ул. снежная 52", "ул. снежная 52"),
    ("Проживает у бабушки ул садовая 5", "ул садовая 5"),
    ("Живёт у сестры ул. лесная 7", "ул. лесная 7"),
    ("Беседа с матерью ул снежная 52", "ул снежная 52"),
])
def test_a_relative_after_a_preposition_is_no_settlement(scanner: PiiScanner, text: str, location: str) -> None:
    assert [value for kind, value in _spans(scanner, text) if kind == "LOCATION"] == [location]


@pytest.mark.parametrize("text, location", [
    ("д горки ул мира 3", "д горки ул мира 3"),
    ("с рябиновка ул снежная 52", "с рябиновка ул снежная 52"),
    ("д волки ул мира 3", "д волки ул мира 3"),
])
def test_a_settlement_before_a_lower_case_street_is_still_read(scanner: PiiScanner, text: str, location: str) -> None:
    assert [value for kind, value in _spans(scanner, text) if kind == "LOCATION"] == [location]
