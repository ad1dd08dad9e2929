"""Spans two recognizers both claim, where the wrong type used to win (issue #10, round 17): a day with its month's name
after a settlement is no house number ("х. Троицкое 14 октября"), and a whole phone number after a paper's noun with no
number's sign is the enquiry line's phone ("Справки: 8-48236-9-66-04"), not the paper's number.

Marks as in :mod:`support.pii_marks` (L location, D date, T phone, M record number); look-alikes must keep their type.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a settlement, then the day of a visit with its month's name in words, cut, or with one typo
    "day-after-hamlet": "Передвижной ФАП будет в [[L|х. Троицкое]] [[D|14 октября]] с 9:00.",
    "day-after-village-cut": "Приём: [[L|с. Красное]] [[D|3 окт.]] с 10:00, при себе паспорт.",
    "day-after-village-upper": "Выезд бригады: [[L|д. Ивановка]] [[D|5 Ноября]], сбор у сельсовета.",
    # a house keeps its number: a flat after it, a settlement named after a month, a street named by a date
    "house-flat": "Адрес: [[L|ул. Мира 14, кв. 3]], домофон не работает.",
    "settlement-named-after-month": "Адрес: [[L|д. Октябрьское 14]], тел. нет.",
    "street-named-by-date": "Проживает: [[L|г. Уфа, 8 Марта 12]].",
    # an enquiry line: a phone after "Справки", "Справка" with no number's sign
    "enquiry-line-area-code": "Выездная бригада примет 08.04. Справки: [[T|8-48236-9-66-04]] , ждём вас.",
    "enquiry-line-five-digit-code": "Справки: [[T|8-86372-6-69-14]] Жалобы на слабость.",
    "enquiry-after-words": "Справки по записи: [[T|8-48236-9-66-04]].",
    # a paper's number keeps its type: after "№" or "номер", or in digit groups with no phone's layout
    "certificate-signed": "Выдана справка № [[M|8-48236-9-66-04]] в бассейн.",
    "certificate-number-label": "Номер справки: [[M|8-48236-9-66-04]].",
    "certificate-digit-groups": "Справка: [[M|12-345-67-89]] выдана на руки.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_conflicts_resolve_to_the_right_type(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_address_ends_before_the_day(scanner: PiiScanner) -> None:
    text = "Передвижной ФАП будет в х. Троицкое 14 октября с 9:00."
    places = [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"]
    assert places == ["х. Троицкое"]


CLEAN = [
    # a dose or a count before a month's word is no day to be found, and no address either
    "Принимает 14 таблеток в месяц, с октября без изменений.",
    "Стадия 2, с 5 лет наблюдается.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
