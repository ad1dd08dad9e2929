"""PII that generalises (issue #10, round 25, review A findings 5, 11, 12): look-alikes of a journal's lower-case
name and of a dispensing verb's name, and towns after a residence verb or a rural clinic's abbreviation. Marks as in
:mod:`support.pii_marks`."""

from __future__ import annotations

import pytest

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
