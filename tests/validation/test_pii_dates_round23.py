"""PII round 23 (DL): dates read by their own shape and place in the sentence, not by one author's labels.

* a month and a two-digit year with a stop after a document's or a study's cue (:func:`.date_cues.month_year_stop_score`),
  never a clock time;
* a year that closes its sentence after an event's words (:mod:`.event_years`), never a measure's or a quantity's;
* a year of birth after a birth noun with its person ("Дата рожд. пациента 1980") or after a person's sex ("м, 1958")
  (:mod:`.birth_years`).
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


def _dates(text: str) -> list[str]:
    return [value for kind, value in _found(text) if kind == "DATE_TIME"]


@pytest.mark.parametrize(("text", "date"), [
    ("Флюорография от 12.23: без патологии.", "12.23"),
    ("ФГДС: 01.21 — эрозивный гастрит.", "01.21"),
    ("Инсульт — 06.22, без остаточных явлений.", "06.22"),
    ("ЭКГ от 03.87 без динамики.", "03.87"),
])
def test_month_and_short_year_with_a_stop(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize("text", [
    "Приём с 10.15 до 12.30.",  # clock times
    "Явка в 10.15.",
    "Осмотр в 11.30 завтра.",
    "Время — 06.22.",
    "ОАК от 10.45.",  # no study's year yet: a time's minutes
    "Калий: 04.15 ммоль/л.",  # a unit
    "Доза 10.15 мг.",
])
def test_month_and_short_year_refused_where_a_time_or_a_value(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Мастэктомия справа 2022. Жалобы на острую боль.", "2022"),
    ("Наркотические анальгетики назначены 2025. Боли меньше.", "2025"),
    ("Лечился в НМИЦ онкологии 2026.", "2026"),
])
def test_year_closing_an_event_sentence(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize("text", [
    "Диурез за сутки 2000. Отёков нет.",  # a measure
    "Тромбоциты 2000.",  # a lab value
    "Итого 2015.",  # a quantity's label
    "Выпито жидкости 2000.",  # a round quantity without its unit
    "ГОСТ Р 52600-2006.",  # a standard's number
    "Согласно приказу Минздрава 2012.",  # a paper's year
    "Стоимость 2019.",  # a price
])
def test_year_closing_a_sentence_refused_after_measures_and_papers(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Дата рожд. пациента 1980, менопауза в 44 года.", "1980"),
    ("м, 1958, пенсионер.", "1958"),
    ("Больной ж., 1961 Жалобы на кашель.", "1961"),
])
def test_birth_year_after_a_birth_noun_or_a_sex(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize("text", [
    "Масса при рождении 2000 г, рост 50 см.",  # a weight at birth
    "Вес при рождении 3200, рост 52.",
    "Прошёл 5 м, 2000 шагов за день.",  # metres, steps
])
def test_birth_year_refused_for_weights_and_counts(text: str) -> None:
    assert _dates(text) == []
