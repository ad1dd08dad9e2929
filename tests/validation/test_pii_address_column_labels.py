"""PII that generalises (issue #10, round 20): a table's column named by an element of the address is a column of places.

The state address register (ФИАС/ГАР) names an address by its levels ("населённый пункт", "город", "район", "улица"),
and forms and registers head their columns so ("НАС.ПУНКТ", "Населённый пункт", "Город"), as a form's address cells
are labelled ("Населённый пункт: Плёс"). Under such a header a cell is a place whatever its word reads as ("Кедровый",
"Артем"); under a header that names no place it is not. Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # fixed width, the settlement's column abbreviated with a stop and no space; an adjective, a first name as a town
    "aligned-nas-punkt": (
        "КАРТА   ФИО                          ДР          НАС.ПУНКТ\n"
        "[[M|Z44812]]  [[P|Орлова Анна Борисовна]]        [[D|17.02.1984]]  [[L|Кедровый]]\n"
        "[[M|Z44813]]  [[P|ОРЛОВ ПЁТР ИВАНОВИЧ]]          [[D|01.03.1950]]  [[L|Артем]]\n"),
    # bars: "Город", "Населённый пункт" written out
    "bars-town": "| ФИО | Город | Телефон |\n| [[P|Орлов П.И.]] | [[L|Тутаев]] | [[T|+7 916 118 22 04]] |\n",
    "bars-settlement": "| Пациент | Населённый пункт | Дата |\n| [[P|Орлова А.Б.]] | [[L|Серебряные Пруды]] | [[D|12.03.2024]] |\n",
    # tabs: a birthplace's column
    "tab-birthplace": "ФИО\tМесто рождения\tСНИЛС\n[[P|Орлова Анна]]\t[[L|Каспийск]]\t[[S|112-233-445 95]]\n",
}

CLEAN = [
    # a ward, a diagnosis, a lab's unit: columns that name no place
    "| Дата | Отделение | Диагноз |\n| 12.03.2024 | Кардиология | I10 |\n",
    "Показатель    Результат    Единицы\nГемоглобин    135          г/л\n",
    # a "Город" cell of a lab table's first column is a value, no header; nothing under it is typed
    "| Показатель | Результат | Единицы |\n| Город | 5 | ед |\n",
]

# a person's initials after a label in a row's first cell are no header of a settlement ("н. п."): the row's values keep
# their types
ROWS = ["Получатель: [[P|Сергеева Н. П.]] | СНИЛС: [[S|523-497-357 03]] | тел. [[T|+7 916 118 22 04]]\n"]


@pytest.mark.parametrize("source", ROWS)
def test_initials_are_no_settlement_header(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_address_element_columns_are_places(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_other_columns_name_no_place(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "LOCATION"] == []
