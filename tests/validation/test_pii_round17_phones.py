"""PII round 17: phone layouts that tuning splits' authors wrote and the scanner missed.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``). Examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a city's seven-digit local number after a list's "Дом." (a home number), grouped or not
    "home-local-bare": "Осмотр на дому. Дом. [[T|5227719]] Жалобы на боли в спине.",
    "home-local-grouped": "Дом. [[T|742 18 06]]\nЖалоб нет.",
    # E.164's form of a +7 number with no separator, its area code not one the library knows as assigned
    "e164-plus7-unassigned": "Сопровождает муж [[P|Ахметов Ерлан]] [[T|+77225318863]], приедет завтра.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round17_phone_layouts_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # signed changes and a "+7" with too few or too many digits for a number of the zone
    "Динамика веса +7 кг за месяц, баланс +7123456 мл, счётчик +7123456789012.",
    # a weak cue's numbers of other lengths and groupings
    "Контакт 12 34 56 78 раз в сутки, т. 2 с. 115.",
    # a sum of money after a weak cue (review 17)
    "Зарплата: раб. 2345678 руб., премия раб. 1234567 р. в год.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round17_phone_like_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
