"""PII round 23, review A's findings on the round's date readings (FXB): each reading narrowed to a document's, a
study's or an event's date, never a phrase's number, a clock time, a range's bound, a lab value or a price."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _dates(text: str) -> list[str]:
    return [text[e.start : e.end] for e in SCANNER.scan_fast(text) if e.type == "DATE_TIME"]


# finding 11: "с учётом" ("taking into account") is no dispensary register's word; the register's phrases stay
@pytest.mark.parametrize("text", [
    "Доза рассчитана с учётом веса 12.10",
    "С учетом МНО 02.10 доза снижена",
    "Терапия подобрана с учётом клиренса 10.05",
])
def test_taking_into_account_dates_nothing(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Диспансерный учёт: 11/13", "11/13"),
    ("Взят на Д-учёт 12.03, наблюдается.", "12.03"),
    ("Д-учёт 12.03", "12.03"),
    ("Поставлен на учёт 12.03", "12.03"),
    ("Снят с учёта 05.11", "05.11"),
])
def test_dispensary_register_keeps_its_date(text: str, date: str) -> None:
    assert _dates(text) == [date]
