"""PII round 19: date and place mechanisms that several tuning splits' authors' notes share.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a month and its year after a document's word is the month of an event, no record number
    "voucher-month-year": "Путёвка в санаторий на [[D|10.2024]], просит перенести.",
    "voucher-dash-month-year": "Последняя санаторная путёвка — [[D|03.2023]].",
    # a town, a comma, a street and its house with no keyword: a register's fixed-width row, a list, a sentence
    "fixed-width-row": "7   [[P|Петров И.И.]]        [[D|03.04.1950]]  [[L|Шадринск, Заводская 14/2]]        [[T|8-912-345-67-89]]",
    "genitive-street": "Вызов: [[L|Кунгур, Гоголя 27а]]  [[T|+7 902 111-22-33]]",
    "after-residence-verb": "Пришла с дочерью, живёт [[L|Заринск, Полевая 12-7]] с мужем.",
    "unknown-town-adjective-street": "[[L|Усть-Кулом, Лесная 8]]; [[T|8 904 555 66 77]]",
    # a date and place of birth in one field or one column (IMO FAL Form 5 crew list; protocols and applications)
    "birth-date-place-label": "Дата и место рождения: [[D|12.03.1980]], [[L|Находка]]\nЖалоб нет.",
    "birth-date-place-column": "No | Name | Date and place of birth | Rank\n1 | [[P|Лукин Остап]] | [[D|04.12.1971]], [[L|Шелагонцы]] | Cook\n"
                               "2 | [[P|Орлов Иван]] | [[L|г. Кандалакша]], [[D|26.03.1986]] | AB\n",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round19_date_and_place_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a list of complaints or drugs with a count or a dose: no town, no street
    "Кашель, Слабая 5 баллов. Бисопролол, Амлодипина 5 1 р/д.",
    "Гипертензия, Острая 2 ст. Головокружение, Тошнота 3 дня.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round19_values_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


def test_date_first_field_of_another_place_label_holds_no_place(scanner: PiiScanner) -> None:
    # only a birth's label holds its place after the date: a call's arrival holds a time, then a person
    text = "Время прибытия на место вызова: 20.12.23, Бригада 5."
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"] == []


def test_person_before_a_genitive_and_a_number_is_no_town(scanner: PiiScanner) -> None:
    # a surname is no town: "Иванов, Петрова 12" names two people and a count
    text = "Сообщили: Иванов, Петрова 12 лет назад; Смирнов, Волкова 3."
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"] == []


def test_voucher_number_sign_keeps_a_month_year_shaped_number(scanner: PiiScanner) -> None:
    text = "Путёвка № 06.2021 выдана ФСС."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("MEDICAL_RECORD_NUMBER", "06.2021")]
