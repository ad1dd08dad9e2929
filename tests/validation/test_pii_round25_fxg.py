"""PII that generalises (issue #10, round 25, review A findings 5, 11, 12): look-alikes of a journal's lower-case
name and of a dispensing verb's name, and towns after a residence verb or a rural clinic's abbreviation. Marks as in
:mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CLEAN = [
    # a study's abbreviation and an organ's after a journal's date: no surname with initials
    "12.03 мрт г.м. без очаговых изменений",
    "05.06 — узи щ.ж. узловых образований нет",
    "14.02 фгдс ж.к. без патологии",
    "21.01 кт о.г.к. без инфильтрации",
    # a symptom's verb closes its clause: the drug after it is no dispenser
    "Приступ отпустил, Нитроминт 1 доза.",
    "Боль отпустила. Кеторол 1 таб. на ночь.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


# a town after a residence verb, a comma and the sentence going on (whom with, how), the span the town alone
FOUND = {
    "town-comma-with-whom": "Проживает [[L|Кондопога]], с мужем.",
    "hyphenated-town-comma": "Проживает [[L|Урус-Мартан]], с дочерью.",
    "town-comma-how": "Проживает [[L|Кондопога]], в частном доме.",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_places_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


# a rural unit named by its village, which the dictionary may know only as a common noun; ЦРП and ЦОВП as ЦРБ
RURAL = {
    "feldsher-post-common-noun": "Осмотрен в ФАП [[L|Малиновка]] фельдшером.",
    "district-polyclinic": "Из ЦРП [[L|Сосногорск]] переведён.",
    "general-practice-centre": "Направлен в ЦОВП [[L|Берёзовка]].",
}


@pytest.mark.parametrize("source", list(RURAL.values()), ids=list(RURAL))
def test_rural_units_towns_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", ["ФАП Закрыт на ремонт.", "ФАП Фельдшер осмотрел.", "ФАП Медсестра осмотрела."])
def test_rural_unit_staff_and_states_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan(text) if e.type == "LOCATION"] == []
