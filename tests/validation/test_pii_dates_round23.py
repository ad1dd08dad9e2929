"""PII round 23 (DL): dates read by their own shape and place in the sentence, not by one author's labels.

* a month and a two-digit year with a stop after a document's or a study's cue (:func:`.date_cues.month_year_stop_score`),
  never a clock time;
* a year that closes its sentence after an event's words (:mod:`.event_years`), never a measure's or a quantity's;
* a year of birth after a birth noun with its person ("Дата рожд. пациента 1980") or after a person's sex ("м, 1958")
  (:mod:`.birth_years`);
* a full calendar date keeps its characters against an identifier's or a place's reading (:mod:`.date_conflicts`).
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.date_conflicts import full_date

SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


def _dates(text: str) -> list[str]:
    return [value for kind, value in _found(text) if kind == "DATE_TIME"]


@pytest.mark.parametrize(("text", "date"), [
    ("Флюорография от 12.23: без патологии.", "12.23"),
    ("ФГДС: 01.21 — эрозивный гастрит.", "01.21"),
    # ("Инсульт — 06.22" left the list with the label-alone branch, which read "Подъём — 06.20", "ЛПВП: 01.25" as dates
    # and recovered no tuning span: review A r23, finding 12)
    ("ЭКГ от 03.87 без динамики.", "03.87"),
    ("Диспансерный учёт: 11/13", "11/13"),  # a dispensary registration's date (Приказ № 168н)
    ("Взят на Д-учёт 12.03, наблюдается.", "12.03"),
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
    ("Инфаркт миокарда 2015, стентирование", "2015"),  # a history's list: a comma, a semicolon, the line's end
    ("ОИМ 2015;", "2015"),
    ("Холецистэктомия 2011\nЖалоб нет.", "2011"),
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
    "ЛДГ 1950, КФК 2000;",  # lab values by their abbreviations
    "Лейкоциты 4,5, тромбоциты 1990, СОЭ 12.",
    "Палата 2015, койка 3.",
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


@pytest.mark.parametrize(("value", "expected"), [
    ("21.02.2021", True), ("19-08-2022", True), ("2000-01-06", True), ("26.XI.2015", True), ("21.02.2021 10:00", True),
    ("31.02.2021", False), ("21.02.21", False), ("12.2021", False), ("2021-13-01", False), ("26.XIII.2015", False),
    ("123.456.789 01", False),
])
def test_full_date(value: str, expected: bool) -> None:
    assert full_date(value) is expected


@pytest.mark.parametrize(("text", "date"), [
    ("РЕЦЕПТ Серия 97-20 № 93601054 21.02.2021 г.\nФ.И.О. пациента", "21.02.2021"),  # not a phone "93601054 21"
    ("в/у выдано 19-08-2022 ГИБДД", "19-08-2022"),  # not the licence's number
    ("9012256\tАлександров\tСилантий\t2000-01-06\t09.06.2022\tOS\t71\nжалобы", "09.06.2022"),  # not an OCR-read INN
])
def test_full_date_keeps_its_characters(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Тел.: +7 916 123-45-67, 12.03.2021 звонила.", "PHONE_NUMBER", "+7 916 123-45-67"),  # beside, not overlapping
    ("СНИЛС 112-233-445 95 от 12.03.2021.", "RU_SNILS", "112-233-445 95"),
    ("г. Москва, ул. Ленина, д. 5, с 12.03.2021.", "LOCATION", "г. Москва, ул. Ленина, д. 5"),
    ("https://site.ru/news/12.03.2021", "URL", "https://site.ru/news/12.03.2021"),  # a link keeps its date
])
def test_identifiers_beside_a_full_date_stay(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_a_year_column_beside_a_person_column_holds_dates() -> None:
    text = ("номер_справки\tфио_плательщика\tинн\tпациент\tгод\tсумма\n"
            "744/24\tФилиппов Эраст Владиленович\t433108525425\tМоисеев Э.Ф.\t2021\t86500.00\n")
    assert "2021" in _dates(text)
    assert _dates("| ФИО | Год | Диагноз |\n| Иванов И.И. | 2015 | ОИМ |\n") == ["2015"]


@pytest.mark.parametrize("text", [
    "| Год | Число случаев |\n| 2019 | 120 |\n| 2020 | 98 |\n",  # a statistic: no person's column
    "| Пациент | Год | Сумма |\n| Иванов И.И. | 150 | 2000 |\n",  # no year in the year's cell
])
def test_a_year_column_of_nobody_stays_clean(text: str) -> None:
    assert _dates(text) == []
