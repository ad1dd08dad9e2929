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
