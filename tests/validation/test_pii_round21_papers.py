"""PII that generalises (issue #10, round 21): passports and OMS policies by mechanism, not by layout.

Marks as in :mod:`support.pii_marks`; the examples are our own, written for the mechanisms the tuning splits' misses
showed (an age right after a value, a series and a number as a list's two items, a policy's number as a register's
cell).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == kind]


# the owner's age right after the value: no group of it (blind37, blind39 and our number-first passports)
AGE_AFTER_VALUE = [
    "полис серия и номер [[O|9780 № 48900309]] 38 лет. Жалобы на головную боль.",
    "Полис ОМС старого образца [[O|ВС 938 510 147]] 33 года. Беременностей не было.",
    "Полис ОМС [[O|7701 2345 6789 0123]] 45 лет, жалобы на кашель.",
    "паспорт номер [[Pa|514059]], серия [[Pa|75 22]] 58 лет Менопауза в 55 лет.",
    "пасп. №[[Pa|304142]] серии [[Pa|4007]] 36 лет. Жалобы на слабость.",
]


@pytest.mark.parametrize("source", AGE_AFTER_VALUE)
def test_an_age_after_a_value_is_no_group_of_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_unit_after_a_series_still_makes_it_a_measure(scanner: PiiScanner) -> None:
    # (the age is let through, not any number: "серия 75 22 58 мг" stays no series)
    assert "75 22" not in _typed(scanner, "паспорт номер 514059, серия 75 22 58 мг", "RU_PASSPORT")


# the series and the number as a list's two items: "<series>, номер <number>" (blind46)
SERIES_COMMA_NUMBER = [
    "паспорт: [[Pa|1301, номер 481948]], выдан МВД. Жалобы на одышку.",
    "Предъявлен паспорт [[Pa|2217, номер 560939]]. Жалобы на боли в пояснице.",
]


@pytest.mark.parametrize("source", SERIES_COMMA_NUMBER)
def test_series_comma_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_another_papers_number_after_a_comma_is_no_passports(scanner: PiiScanner) -> None:
    # (the label's words name another paper: "номер карты")
    assert _typed(scanner, "паспорт 1301, номер карты 481948", "RU_PASSPORT") == []
