"""A date's time across a comma or with its hours' unit, a time before a full date, and the keys of an export that name
a compact date (round 20). Examples are our own, not the bench's."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def dates(scanner: PiiScanner, text: str) -> list[tuple[str, float]]:
    return [(text[e.start : e.end], e.score) for e in scanner.scan_fast(text) if e.type == "DATE_TIME"]


@pytest.mark.parametrize(("text", "found"), [
    # a comma-separated row: a date's cell, then its time's
    ("date,time,sys,dia,pulse\n01.08.25,16:58,153,114,60\n", [("01.08.25,16:58", 0.8)]),
    ("04.08.2022,19:04,150,106,97", [("04.08.2022,19:04", 0.85)]),
    # the hours' unit after a clock time is the time's, no dose's
    ("Письмо: e-mail a@b.ru, 31.12.2021 18:20 ч. текст", [("31.12.2021 18:20 ч.", 0.85)]),
    ("Записан 12.03.2019 в 14:30 часов.", [("12.03.2019 в 14:30 часов", 0.85)]),
    # a time that opens its cell before a full date: as the date alone scores
    ("Время\tДата\n06:48\t16.12.2020\tАД 120/80", [("06:48\t16.12.2020", 0.85)]),
    ("06:48 16.12.2020", [("06:48 16.12.2020", 0.85)]),
    ("06:48 16.12", [("06:48 16.12", 0.8)]),
    # an export's key: the abbreviation of a birth date, a time stamp, a semicolon-separated key cell
    ("ID=1234;ДР=19370205;Жалобы", [("19370205", 0.85)]),
    ("ts=20230726181504 event=EMK_OPEN", [("20230726181504", 0.85)]),
    ("transfer_time;20250318;ok", [("20250318", 0.85)]),
    # eight digits as a cell of a semicolon-separated row (a Russian locale's CSV), as of a comma-separated one
    ("Гришин Н.Ф;11092005;8 (916) 493 5982;м", [("11092005", 0.55)]),
    # a signature: a full name, a comma, the day its writer signed
    ("Нужна справка в бассейн.\nМедсестра Анна Петровна, 06.11\nЗдравствуйте!", [("06.11", 0.7)]),
])
def test_a_date_with_its_time_or_key(scanner: PiiScanner, text: str, found: list[tuple[str, float]]) -> None:
    assert dates(scanner, text) == found


@pytest.mark.parametrize("text", [
    "Hb 12.03,5 г/л",  # a comma and a number after a date's shape: no time
    "курс 12.03,15 дней",
    "Введено 5 мг в 18:20 ч.",  # a time alone is no date
    "Протокол;20250318;",  # a semicolon cell without a date's key: a number as likely
    "hosts=20230726181504",  # "ts" a whole key only
    "ОДР=19370205",
    "Артикул;12032019;шт",  # (a cell of a row of fewer than four cells)
    "код;12345678;шт;уп",  # (no calendar date)
    "Москва, 12.05",  # no patronymic before the comma
    "Анна Петровна, 37.5",  # no day and month
    "Анна Петровна, 12,05",
])
def test_no_date(scanner: PiiScanner, text: str) -> None:
    assert [value for value, score in dates(scanner, text) if score >= 0.5] == []
