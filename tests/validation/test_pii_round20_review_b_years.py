"""Review B of round 20, findings 5-7 (event years): a device's "выпуска" veto stays in its sentence, a year in brackets
is an event's only after a diagnosis's, a procedure's or an event's word (not a lab value's or a dose's), and an
identifier's short label words are read as whole words ("Регресс" is no "рег."). Inputs are the review's."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def dates(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "DATE_TIME"]


@pytest.mark.parametrize(("text", "years"), [
    # 5: "Производство" opens the next sentence: the year is the operation's
    ("Кардиостимулятор установлен в 2015 г. Производство Medtronic", ["2015 г."]),
    # 7: a word that opens with "рег" is no registry's label
    ("Регресс симптоматики - 2018", ["2018"]),
    ("Регидратация - 2018", ["2018"]),
    ("Регургитация - 2018", ["2018"]),
    # 6: a year in brackets after a diagnosis, a procedure or an event (round 20's cases stay)
    ("В анамнезе ОНМК (2015).", ["2015"]),
    ("ОИМ (2012), ЧКВ (2013).", ["2012", "2013"]),
    ("Холецистэктомия (2010), аппендэктомия (1998).", ["2010", "1998"]),
    # (review 0 of round 21: a diagnosis's or a procedure's last word is any word, its qualifier, not an event's stem)
    ("Инфаркт миокарда (2014).", ["2014"]),
    ("Сахарный диабет 2 типа (2008), бронхиальная астма (1995).", ["2008", "1995"]),
    ("Рак молочной железы (2016), мастэктомия справа (2016).", ["2016", "2016"]),
    ("Перелом лучевой кости слева (2019).", ["2019"]),
    ("Эндопротезирование ТБС справа (2018).", ["2018"]),
])
def test_years_kept(scanner: PiiScanner, text: str, years: list[str]) -> None:
    assert dates(scanner, text) == years


@pytest.mark.parametrize("text", [
    "Эндопротез (2015 г. выпуска)",  # 5: the device's year stays out
    "Тромбоциты (2000)",  # 6: a lab value, a dose, a volume in brackets
    "Дозировка (2000)",
    "ЛДГ (1950)",
    "Диурез (2000)",
    "Лейкоциты (1990)",
    "Объём инфузии (2000)",
    "Рег. номер - 2019",  # 7: the real label words still veto
    "Регистрационный номер - 2019",
])
def test_no_year(scanner: PiiScanner, text: str) -> None:
    assert dates(scanner, text) == []
