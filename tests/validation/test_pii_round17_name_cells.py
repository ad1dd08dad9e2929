"""PII that generalises (issue #10, round 17): a lone surname filling a row's cell or opening a list's item.

A journal's row or a list's item names a person by the surname alone, the row or item saying the rest
(:mod:`medsyn_dataset.validation.pii.name_cells`): a dictionary surname as a whole cell ("| Сорокина |"), a
surname before a comma and a date of birth, a phone or an age. Made-up cases, with look-alikes that stay clean.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _persons(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Журнал выдачи\n03.02.2024 | Сорокина | рец. 55 1234567 | Метформин 850 мг | выдано", "Сорокина"),
    ("| Гепатит B V2 | 14.05.19 | 0,5 мл | Б123-45 | Кузнецова |\n", "Кузнецова"),
    ("Прививки\n11.06.2021 | Захаров, 02.11.1987 | г. Тула, ул. Мира, 3", "Захаров"),
    ("Список на занятие\n1. Баранов, 8-916-222-33-44, ИМТ 33\n", "Баранов"),
    ("Группа:\n2) Фомина, +375 29 555 1234, ИМТ 28\n", "Фомина"),
    ("Вызовы\n4) Комарова, 7 л. — ул. Садовая, 12\n", "Комарова"),
    ("Тимофеев, 03.1950 | пос. Лесной", "Тимофеев"),
    ("| Гриппол | 02.10.15 | 0,5 мл | Б555-12 | Шестопалова |\n", "Шестопалова"),  # a surname the dictionary lacks
    ("12.01.25 | Коновалова | рец. 44 1112223 | Лозартан", "Коновалова"),  # also a word (a farrier's, "коновала")
])
def test_a_lone_surname_filling_a_cell_or_an_item_is_a_person(scanner: PiiScanner, text: str, name: str) -> None:
    assert name in _persons(scanner, text)


@pytest.mark.parametrize("text", [
    "| Аспирин | 100 мг | 1 раз в день |",  # a drug in a cell
    "| Варфарин | 2,5 мг |",  # an unknown word with a surname's ending: as often a drug
    "| Гепарин | 5000 ЕД |",  # ordinary words with a surname's reading in a man's form: drugs
    "| Инсулин | 10 ЕД |",
    "| Пол | Женщина |",  # ordinary words with a surname's reading that are nouns in the nominative
    "| Родство | Кузина |",
    "Женщина, 45 лет, жалобы на кашель",
    "Москва, 04.08.1999",  # a town before a date
    "Физраствор отменён; Метформин, 5 л. назад",  # a drug before years
    "1. Бехтерева, 2019",  # an eponym's year is no date
    "| Терапия | 12.03.2020 |",  # a department
    "Гастрит, 12.03.2020 обострение",  # a diagnosis
    "Дозировка: Петров, 100 мг",  # not a cell's or an item's start, and a dose is no person's value
])
def test_words_in_cells_that_are_no_surnames_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert _persons(scanner, text) == []
