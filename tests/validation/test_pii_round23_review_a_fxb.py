"""PII round 23, review A's findings on the round's date readings (FXB): each reading narrowed to a document's, a
study's or an event's date, never a phrase's number, a clock time, a range's bound, a lab value or a price."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner, this_year
from medsyn_dataset.validation.pii.event_years import is_bare_year
from medsyn_dataset.validation.pii.passport_series import series_plausible

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


# findings 12, 2 and 6: a month and a two-digit year with a stop is a study's or a document's date only; a clock time
# after an event's label, a range's bound, a lab value after its label and an order's date are none
@pytest.mark.parametrize("text", [
    "Начало операции: 09.15",  # clock times (finding 12)
    "Операция — 09.15",
    "Поступил: 08.20",
    "Пункция: 08.25",
    "Подъём — 06.20",
    "Эффект от 10.20 до 12.30 сохранялся",  # a range (finding 2)
    "Снижение дозы от 01.25 до 0.5",
    "ЛПВП: 01.25",  # lab values after their labels
    "Креатинин: 09.80",
    "Глюкоза натощак — 06.20",
    "Результат: 01.25 (норма 0.8-1.2)",
    "Приказ Минздрава от 12.23",  # an order's date (finding 6)
])
def test_month_and_short_year_refused_for_times_ranges_values_and_orders(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Флюорография от 12.23: без патологии.", "12.23"),
    ("ФЛГ от 12.23", "12.23"),
    ("ФГДС: 01.21 — эрозивный гастрит.", "01.21"),
    ("ЭКГ от 03.87 без динамики.", "03.87"),
    ("Операция от 05.19, без осложнений.", "05.19"),
])
def test_month_and_short_year_of_a_study_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("Последнее обследование в ЦРБ — 08.19. Повышение глюкозы крови", "08.19"),
    ("Дата установления диагноза СД: 03.16. Метформин 850 мг.", "03.16"),
])
def test_month_and_short_year_after_a_date_word_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


# finding 5: a value closing its sentence after an analyte's name is no year; a procedure's or an event's stays
@pytest.mark.parametrize("text", [
    "Тропонин 1950.",
    "Ферритин 1985.",
    "Белок в моче 1950.",
    "СКФ 1999.",
    "ИМТ 2012.",
])
def test_analyte_value_closing_a_sentence_is_no_year(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Холецистэктомия 2011\nЖалоб нет.", "2011"),
    ("ОИМ 2015;", "2015"),
    ("Аппендэктомия 1985.", "1985"),
    ("Лечился в НМИЦ онкологии 2026.", "2026"),
    ("Наркотические анальгетики назначены 2022. Боль в пояснице.", "2022"),
])
def test_event_year_closing_a_sentence_stays(text: str, date: str) -> None:
    assert _dates(text) == [date]


# finding 3: a square or cubic metre and a comma before a number is no person's sex and birth year
@pytest.mark.parametrize("text", [
    "Площадь 20 кв. м, 2000 руб",
    "Объём 3 куб. м, 2015 л",
    "Длина 12 пог. м, 1990 руб.",
])
def test_square_metre_is_no_sex(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("м, 1958, пенсионер.", "1958"),
    ("Больной ж., 1961 Жалобы на кашель.", "1961"),
])
def test_sex_and_birth_year_stay(text: str, date: str) -> None:
    assert _dates(text) == [date]


# finding 13: the rules whose bound moves with the calendar read one year, this_year.YEAR, at call time: pinned, the
# scanner's output on a text does not move with the clock
@pytest.mark.parametrize(("year", "expected"), [(2026, []), (2050, ["10.45"])])
def test_short_year_still_to_come_follows_the_pinned_year(monkeypatch: pytest.MonkeyPatch, year: int,
                                                          expected: list[str]) -> None:
    monkeypatch.setattr(this_year, "YEAR", year)
    assert _dates("ОАК от 10.45.") == expected  # (in 2026 no study's year yet: a clock's minutes)


@pytest.mark.parametrize(("year", "plausible"), [(2026, False), (2050, True)])
def test_passport_series_year_follows_the_pinned_year(monkeypatch: pytest.MonkeyPatch, year: int, plausible: bool) -> None:
    monkeypatch.setattr(this_year, "YEAR", year)
    assert series_plausible("4545") is plausible


@pytest.mark.parametrize(("year", "kept"), [(2026, True), (2050, False)])
def test_last_event_year_follows_the_pinned_year(monkeypatch: pytest.MonkeyPatch, year: int, kept: bool) -> None:
    monkeypatch.setattr(this_year, "YEAR", year)
    assert is_bare_year("1950") is kept  # (an age over 89 is never kept: Safe Harbor)
