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
