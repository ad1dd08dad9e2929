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
