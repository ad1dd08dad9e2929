"""Dates in a migrant's own language (issue #10, round 14): Turkic month names in each language's order, CJK dates.

Marks as in :mod:`support.pii_marks`; month-like words without a year must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    "turkish-day-month-year": "Doğum tarihi: [[D|7 Şubat 1985]], işçi.",
    "turkish-month-year": "Операция в [[L|Анкаре]] — [[D|Kasım 2019]].",
    "uzbek-official-order": "Справка выдана [[D|2021-yil 14-mart]], без ограничений.",
    "azerbaijani": "Прививка от гепатита B: [[D|12 avqust 2015]].",
    "kazakh-year-first": "Туған күні: [[D|1990 ж. 12 қыркүйек]]",
    "kazakh-month-year": "Последний визит на родину [[D|шілде 2024 ж.]]",
    "cjk-full": "出生日期: [[D|1988年11月3日]]",
    "cjk-month": "Операция за рубежом: [[D|2020年7月]].",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_foreign_month_dates_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    "Mart ayında 2 kez ağrı, Ekim 5 mg akşam.",
    "Наурыз — праздник весны, пациент соблюдал пост.",
    "Доза 2 мг в 12 ч, курс 10 дней, 2年 не болел.",
])
def test_month_words_without_a_year_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
