"""Review C of round 21, findings 4 and 7: inputs are the review's, each checked for the exact identifiers the scanner
reports."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _spans(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# 4: a year or a day refused as a passport's series leaves the labelled number after it a passport's number
@pytest.mark.parametrize("text", [
    "Паспорт выдан в 2015, номер 123456",
    "Паспорт проверен 12.03, номер 123456",
    "Паспорт 4509 выдан в 2015, номер 123456",
])
def test_a_listed_number_after_a_refused_series_is_a_passports(scanner: PiiScanner, text: str) -> None:
    spans = _spans(scanner, text)
    assert ("RU_PASSPORT", "123456") in spans, spans
    assert not [value for kind, value in spans if kind == "RU_PASSPORT" and ("2015" in value or "12.03" in value)], spans


# (no passport's word, or a number of another length: nothing of the kind)
@pytest.mark.parametrize("text", [
    "Осмотр проведён в 2015, номер 123456",
    "Паспорт выдан в 2015, номер 12345",
    "Паспорт выдан в 2015, номер 1234567",
    "Паспорт вакцинации заполнен в 2015, номер 123456",
    "Паспорт выдан в 2015, номер 123456 мг",
])
def test_a_listed_number_needs_a_passport_and_six_digits(scanner: PiiScanner, text: str) -> None:
    assert not [kind for kind, _ in _spans(scanner, text) if kind == "RU_PASSPORT"]


def _scored(scanner: PiiScanner, text: str) -> list[tuple[str, str, float]]:
    return [(e.type, text[e.start : e.end], e.score) for e in scanner.scan_fast(text)]


# 7: an amount's key word does not lower a value that passes its kind's checksum (a valid ЕНП, SNILS, INN is no amount)
@pytest.mark.parametrize("text, kind, value", [
    ('{"polis_oms_paid": "7835974245025814"}', "RU_OMS_POLICY", "7835974245025814"),
    ('{"snils_paid": "112-233-445 95"}', "RU_SNILS", "112-233-445 95"),
    ('{"inn_payment": "500100732259"}', "RU_INN", "500100732259"),
])
def test_an_amounts_key_keeps_a_valid_identifier(scanner: PiiScanner, text: str, kind: str, value: str) -> None:
    spans = _scored(scanner, text)
    assert [score for typed, found, score in spans if (typed, found) == (kind, value) and score >= 0.9], spans


# (a value failing the check digit, or an amount, stays an amount's)
@pytest.mark.parametrize("text", [
    '{"polis_oms_paid": "7835974245025815"}',
    '{"polis_payment": "1250000"}',
    '{"inn_payment": "500100732250"}',
])
def test_an_amounts_key_still_refuses_an_unchecked_value(scanner: PiiScanner, text: str) -> None:
    assert not [score for _, _, score in _scored(scanner, text) if score >= 0.9]


def _persons(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"]


# 5: a lone lower-case word the dictionary does not know, after the only dated entry, with no initials or age, is no
# journal's subject (the guesser reads any "-ова" as a surname)
@pytest.mark.parametrize("text", [
    "12.03 вирусова м.б.",
    "12.03 микробова без изменений",
])
def test_a_guessed_word_after_a_lone_date_is_no_subject(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []


# (a second dated entry makes it a journal, an age or initials name the person, a dictionary's surname stays one)
@pytest.mark.parametrize("text, name", [
    ("12.03 вирусова жалобы на кашель\n14.03 гриппова звонила", "вирусова"),
    ("12.03 вирусова 45 лет жалобы", "вирусова"),
    ("12.03 вирусова а.п. звонила", "вирусова а.п."),
    ("26.10 иванова 43л жалобы на кашель", "иванова"),
    ("головокружение 09.11 соколова звонила, просит перезвонить", "соколова"),
])
def test_a_journals_subject_is_still_a_name(scanner: PiiScanner, text: str, name: str) -> None:
    assert name in _persons(scanner, text)
