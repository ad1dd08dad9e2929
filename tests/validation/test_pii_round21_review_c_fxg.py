"""PII scanner, round 21 (issue #10): review C's findings A and B (fixer G). The examples are our own."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _spans(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review C r21, finding A: a house number right before a phone stays in the address, which ends at the phone
@pytest.mark.parametrize("text, location, phone", [
    ("Адрес: ул. Ленина 5 (912) 345-67-89", "ул. Ленина 5", "(912) 345-67-89"),
    ("Адрес: ул. Мира 15 8-912-345-67-89", "ул. Мира 15", "8-912-345-67-89"),
    ("Адрес: г. Тула, ул. Садовая 17 (4872) 31-45-67", "г. Тула, ул. Садовая 17", "(4872) 31-45-67"),
])
def test_a_house_number_before_a_phone_stays_in_the_address(
    scanner: PiiScanner, text: str, location: str, phone: str
) -> None:
    assert _spans(scanner, text) == [("LOCATION", location), ("PHONE_NUMBER", phone)]


# (the trunk '8' before a bracketed code is the phone's, as d5f8d43 made it)
def test_a_trunk_prefix_after_a_street_stays_the_phones(scanner: PiiScanner) -> None:
    text = "Адрес: г. Тула, ул. Садовая 8 (912) 345-67-89"
    assert _spans(scanner, text) == [("LOCATION", "г. Тула, ул. Садовая"), ("PHONE_NUMBER", "8 (912) 345-67-89")]


# Review C r21, finding B: a diagnosis built on a lab value's stem is an event; its year in brackets is a date
@pytest.mark.parametrize("text, year", [
    ("Тромбоцитопения (2017).", "2017"),
    ("Эритроцитоз (2014).", "2014"),
    ("Гемоглобинурия (2013).", "2013"),
    ("Лейкоцитоз (2018).", "2018"),
])
def test_a_diagnosis_on_a_lab_stem_keeps_its_year(scanner: PiiScanner, text: str, year: str) -> None:
    assert _spans(scanner, text) == [("DATE_TIME", year)]


# (the lab value's own word, in any case, still makes the bracket its value)
@pytest.mark.parametrize("text", [
    "Тромбоциты (2000).", "Гемоглобин (1998).", "Калий (2000) ммоль/л.", "ЛДГ (1950).", "Уровень тромбоцитов (2000).",
    "Лейкоциты (2000).", "Гемоглобина (1998).", "Сатурация (1995).", "Глюкоза (2010).",
])
def test_a_lab_values_word_still_refuses_the_year(scanner: PiiScanner, text: str) -> None:
    assert _spans(scanner, text) == []
