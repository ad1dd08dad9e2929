"""Review A r24, findings 5/5b, 1, 2 and 14: a table's header is no key-value row, and a patient's years stay dates."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


def _years(text: str) -> list[str]:
    return [value for kind, value in _found(text) if kind == "DATE_TIME"]


# finding 5: after a caption row, the real header is no key and value; finding 5b: nor is a header whose next column is
# in Title Case (its words are ordinary words, no name's)
@pytest.mark.parametrize(("text", "names"), [
    ("| Список пациентов отделения | |\n|---|---|\n| ФИО | Палата |\n| Куртушин | 12 |\n| Шмырко | 14 |",
     ["Куртушин", "Шмырко"]),
    ("| Отделение | Кардиология |\n| ФИО | Диагноз |\n| Куртушин | ИБС |\n| Шмырко | ГБ |", ["Куртушин", "Шмырко"]),
    ("| Отделение | Кардиология |\n| Пациент | Диагноз |\n| Куртушин | ИБС |", ["Куртушин"]),
    ("| ФИО | Основной Диагноз |\n|---|---|\n| Куртушин | ИБС |\n| Шмырко | ГБ |", ["Куртушин", "Шмырко"]),
    ("| Пациент | Группа Крови |\n|---|---|\n| Куртушин | A(II) |", ["Куртушин"]),
    ("| ФИО | Отделение Стационара |\n| Куртушин | хирургия |", ["Куртушин"]),
    # (negative: a card's name after its key is still a key and its value)
    ("| Отделение | Кардиология |\n| ФИО | Иванов Иван Иванович |\n| Диагноз | ИБС |", ["Иванов Иван Иванович"]),
    ("| ФИО | Иванов Иван Иванович |\n| Стаж | 1 год |", ["Иванов Иван Иванович"]),
])
def test_a_header_is_no_key_and_value(text: str, names: list[str]) -> None:
    assert [value for kind, value in _found(text) if kind == "PERSON"] == names


# finding 1: a patient's year under any year column's name that is no object's or staff member's
@pytest.mark.parametrize(("text", "years"), [
    ("| ФИО пациента | Год выявления |\n|---|---|\n| Карпов Иван Петрович | 2019 |", ["2019"]),
    ("| ФИО пациента | Год первичного обращения |\n|---|---|\n| Карпов Иван Петрович | 2019 |", ["2019"]),
    ("| ФИО | Год установки диагноза | Диагноз |\n|---|---|---|\n| Карпов Иван Петрович | 2019 | E11.9 |", ["2019"]),
    ("| ФИО | Год начала заболевания |\n|---|---|\n| Карпов Иван Петрович | 2019 |", ["2019"]),
    # (negatives: an object's or a staff member's year)
    ("| ФИО | Год выпуска |\n| Сидорова А.А. | 2018 |", []),
    ("| ФИО | Год присвоения категории |\n| Сидорова А.А. | 2018 |", []),
])
def test_a_patients_year_under_any_year_column(text: str, years: list[str]) -> None:
    assert _years(text) == years


# finding 2: employees of a check-up list or a vaccination register are its patients
@pytest.mark.parametrize(("text", "years"), [
    ("| ФИО сотрудника | Год вакцинации |\n|---|---|\n| Карпов Иван Петрович | 2019 |", ["2019"]),
    ("| ФИО работника | Год осмотра | Заключение |\n|---|---|---|\n| Карпов Иван Петрович | 2021 | годен |", ["2021"]),
    # (negative: the clinical staff's table stays no one's)
    ("| ФИО врача | Год | Число пациентов |\n| Петров П.П. | 2019 | 1200 |", []),
])
def test_employees_of_a_check_up_list_are_patients(text: str, years: list[str]) -> None:
    assert _years(text) == years


# finding 14: a key-value card whose only persons are the staff has no patient's year, as a staff table's header has not
@pytest.mark.parametrize(("text", "years"), [
    ("| Врач | Петров П.П. |\n| Год | 2019 |", []),
    ("| Год | 2020 |\n| Исполнитель | Петров П.П. |\n| Объём | 300 |", []),
    # (negatives: a patient beside the staff, or no person named, keeps the year: it may be the patient's card)
    ("| Пациент | Иванов И.И. |\n| Лечащий врач | Петров П.П. |\n| Год | 2019 |", ["2019"]),
    ("| Год | 2019 |\n| ФИО | Иванов И.И. |", ["2019"]),
    ("| Номер карты | 123 |\n| Год | 2019 |", ["2019"]),
])
def test_a_staff_cards_year_is_no_date(text: str, years: list[str]) -> None:
    assert _years(text) == years
