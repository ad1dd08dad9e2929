"""Years of the patient's history that round 19 left out (review A of round 19, finding 12): "годы" as a year's mark,
years listed before one mark, a year alone in brackets after a diagnosis, a form's "год" before its year; and what stays
out (a citation's, a device's, a paper's year, a count, a dose). Examples are our own, not the bench's."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.event_years import is_bare_year


def dates(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "DATE_TIME"]


@pytest.mark.parametrize(("text", "years"), [
    ("Алкоголизм проявился в период от 2005 по 2012 годы.", ["2005", "2012 годы"]),
    ("Работал на вредном производстве в 1990-1995 годах.", ["1990-1995 годах"]),
    ("Состоял на учёте 2000-2005 годов.", ["2000-2005 годов"]),
    ("Перенёс два инфаркта миокарда (2004 и 2010 гг.).", ["2004", "2010 гг."]),
    ("В 2000 и 2014 годах перенёс пневмонию.", ["2000", "2014 годах"]),
    ("Операции в 2001, 2005 и 2010 гг.", ["2001", "2005", "2010 гг."]),
    ("В анамнезе ОНМК (2015).", ["2015"]),
    ("Холецистэктомия (2010), аппендэктомия (1998).", ["2010", "1998"]),
    ("Отчётный год 2024\nНалогоплательщик: ...", ["2024"]),
    ("Потребитель (если иное лицо): Фокин Валерий Эдуардович, 1966\n\nЗаказчик", ["1966"]),  # a list of persons
])
def test_years_of_the_history(scanner: PiiScanner, text: str, years: list[str]) -> None:
    assert dates(scanner, text) == years
    assert all(is_bare_year(year) for year in years)  # (keep_years keeps each: a year alone, its mark or not)


@pytest.mark.parametrize("text", [
    "Кардиостимулятор (2015 г. выпуска) работает исправно.",  # a device's year
    "Аппарат 2012 года изготовления.",
    "Стерилизация по ГОСТ (2015).",  # a standard's
    "Рекомендации (2019) предписывают контроль.",  # a guideline's
    "По данным ВОЗ (2015) заболеваемость растёт.",
    "(ВОЗ, 2015)",
    "Schulz, R. (2021). Pathogenese, Diagnostik.",  # a citation: an author's initial, et al., и соавт., a volume
    "Smith et al. (2019) описали синдром.",
    "Иванов и соавт. (2018) показали.",
    "Internist, 62(2021), 282-286.",
    "Выборка (n=2015) включала пациентов.",  # a count
    "Суточная доза (2015 мг) снижена.",  # a dose
    "Масса 2000, 2100 г в динамике.",  # grams listed
    "Год выпуска 2015.",
    "Петрович, 2000 мг.",  # a patronymic and a comma, then a dose
    "Иванов, 2015 г. выпуска",
])
def test_no_year_of_the_history(scanner: PiiScanner, text: str) -> None:
    assert dates(scanner, text) == []
