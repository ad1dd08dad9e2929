"""Review B r23, findings 3, 4, 10 and 11: tables' keys and years, and full dates glued to what follows them."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


# finding 11: a key-value table's "ФИО" row is a key and its value, not a header typing the keys below it
@pytest.mark.parametrize(("text", "expected"), [
    ("| Показатель | Значение |\n|---|---|\n| ФИО | Иванов Иван Иванович |\n| Стаж | 1 год |\n| Диагноз | I10 |",
     [("PERSON", "Иванов Иван Иванович")]),
    ("| Показатель | Значение | Ед. |\n|---|---|---|\n| ФИО | Иванов Иван Иванович | |\n| Рост | 180 | см |\n"
     "| Диагноз | I10 | |", [("PERSON", "Иванов Иван Иванович")]),
    # (a card with no header row: the first row is a key and its value already)
    ("| Возраст | 45 лет |\n| ФИО | Иванов И.И. |\n| Диагноз | ОИМ |", [("PERSON", "Иванов И.И.")]),
    ("| ФИО | Иванов Иван Иванович |\n| Стаж | 1 год |\n| Диагноз | I10 |", [("PERSON", "Иванов Иван Иванович")]),
    ("| Показатель | Значение |\n| Адрес | г. Москва, ул. Ленина |\n| Диагноз | ОИМ |",
     [("LOCATION", "г. Москва, ул. Ленина")]),
])
def test_a_key_value_tables_keys_are_no_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ... while a header of labels still types the column below it, under a group row too, and a lab table stays clean
@pytest.mark.parametrize(("text", "expected"), [
    ("| ФИО | Диагноз |\n| Иванов И.И. | ОИМ |\n| Петрова А.А. | ХСН |",
     [("PERSON", "Иванов И.И."), ("PERSON", "Петрова А.А.")]),
    ("| Сведения | Документы |\n| ФИО | СНИЛС |\n| Иванов И.И. | 112-233-445 95 |",
     [("PERSON", "Иванов И.И."), ("RU_SNILS", "112-233-445 95")]),
    ("| Показатель | Результат | Норма |\n|---|---|---|\n| Гемоглобин | 135 | 120-160 |\n| Лейкоциты | 6,2 | 4-9 |", []),
])
def test_a_header_of_labels_still_types_its_columns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
# finding 4: the years of a table of staff are no patient's dates; nor a year that names no event of care
@pytest.mark.parametrize("text", [
    "| Врач | Год | Число пациентов |\n|---|---|---|\n| Петров П.П. | 2019 | 1200 |\n| Петров П.П. | 2020 | 1350 |",
    "| ФИО врача | Год аттестации | Категория |\n| Сидорова А.А. | 2018 | высшая |",
    "| ФИО | Год аттестации | Категория |\n| Сидорова А.А. | 2018 | высшая |",
    "| Исполнитель | Год | Объём |\n| Петров П.П. | 2021 | 300 |",
])
def test_a_staff_tables_years_are_no_dates(text: str) -> None:
    assert [value for kind, value in _found(text) if kind == "DATE_TIME"] == []


# ... while a patient's table keeps them, by a patient's column or a payer's, or an event's year
@pytest.mark.parametrize(("text", "years"), [
    ("| ФИО | Год | Диагноз |\n| Иванов И.И. | 2015 | ОИМ |\n", ["2015"]),
    ("| ФИО пациента | Год госпитализации | Отделение |\n| Иванов И.И. | 2015 | ОРИТ |\n", ["2015"]),
    ("| Пациент | Лечащий врач | Год |\n| Иванов И.И. | Петров П.П. | 2016 |\n", ["2016"]),
    ("номер_справки\tфио_плательщика\tинн\tпациент\tгод_оказания_услуг\tсумма\n"
     "744/24\tФилиппов Эраст Владиленович\t433108525425\tМоисеев Э.Ф.\t2021\t86500.00\n", ["2021"]),
])
def test_a_patients_tables_years_stay_dates(text: str, years: list[str]) -> None:
    assert [value for kind, value in _found(text) if kind == "DATE_TIME"] == years


# ... and a key-value card's year after its key, as the prose reads "Год: 2019" (a key-value card's row is its prose line)
@pytest.mark.parametrize(("text", "years"), [
    ("| Год | 2019 |\n| ФИО | Иванов И.И. |", ["2019"]),
    ("| ФИО | Иванов Иван Иванович |\n| Год госпитализации | 2019 |", ["2019"]),
    ("| Показатель | Значение |\n| Год аттестации | 2018 |", []),  # not an event of the patient's
    ("| Показатель | Значение |\n| Гемоглобин | 2019 |", []),
])
def test_a_key_value_cards_year_after_its_key(text: str, years: list[str]) -> None:
    assert [value for kind, value in _found(text) if kind == "DATE_TIME"] == years


# finding 10: the year's own "г" (= года) closes the date: a number running on after it holds no date glued to it
@pytest.mark.parametrize(("text", "expected"), [
    ("Протокол № 12.03.2021г/5", [("DATE_TIME", "12.03.2021")]),
    ("Протокол № 12.03.2021гг/5", [("DATE_TIME", "12.03.2021")]),
    # (the record's own number after the mark stays a record's number, no leak)
    ("Направление № 12.03.2021г-445", [("DATE_TIME", "12.03.2021"), ("MEDICAL_RECORD_NUMBER", "445")]),
    ("Направление № 12.03.2021г/АБ-445", [("DATE_TIME", "12.03.2021"), ("MEDICAL_RECORD_NUMBER", "АБ-445")]),
])
def test_a_number_after_the_years_mark_holds_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ... while a number glued to the date itself is one dated record's number, and a date with its mark stays a date
@pytest.mark.parametrize(("text", "expected"), [
    ("Талон ВМП № 15.03.2024-К/12", [("MEDICAL_RECORD_NUMBER", "15.03.2024-К/12")]),
    ("Карта № 15.03.2024/П-77", [("MEDICAL_RECORD_NUMBER", "15.03.2024/П-77")]),
    ("Справка № 12.03.2021г. выдана", [("DATE_TIME", "12.03.2021")]),
    ("Рецепт № 12.03.2021г", [("DATE_TIME", "12.03.2021")]),
    ("Протокол № 12.03.2021г.-5", [("DATE_TIME", "12.03.2021")]),
])
def test_a_number_glued_to_the_date_itself_stays_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# finding 3: a full date glued to a clock time, to a second ISO date or to a number is still a date
@pytest.mark.parametrize(("text", "expected"), [
    ("Дата: 12.03.2021-12:30", [("DATE_TIME", "12.03.2021-12:30")]),
    ("Осмотр 12.03.2021/14:30", [("DATE_TIME", "12.03.2021/14:30")]),
    ("Период 2021-03-12-2021-03-15", [("DATE_TIME", "2021-03-12-2021-03-15")]),
    ("Анализ № 12.03.2021-15", [("DATE_TIME", "12.03.2021")]),
    ("Выгрузка 2021-03-12-0045 готова", [("DATE_TIME", "2021-03-12")]),
    ("Забор 2021-03-12/09:41, доставлен", [("DATE_TIME", "2021-03-12/09:41")]),
])
def test_a_full_date_glued_to_what_follows_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ... while a record's number holding the date stays one, a range and a law's date stay as they were, and no impossible
# day or a number of no date's shape becomes one
@pytest.mark.parametrize(("text", "expected"), [
    ("Направление № 12.03.2021-445", [("MEDICAL_RECORD_NUMBER", "12.03.2021-445")]),
    ("ЭКГ № 12.03.2021-1", [("MEDICAL_RECORD_NUMBER", "12.03.2021-1")]),
    ("Период 12.03.2021-15.03.2021", [("DATE_TIME", "12.03.2021-15.03.2021")]),
    ("Приказ Минздрава России от 12.03.2021 № 123н", [("DATE_TIME", "12.03.2021")]),
    ("Шифр 31.02.2021-15", []),
    ("СанПиН 2.1.3684-21", []),
    ("Гемоглобин 12.5-13.2 г/л", []),
])
def test_a_glued_date_reading_leaves_the_rest_as_it_was(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
