"""Review of round 15's PII rules (issue #10): each rule accepts the class it was written for, and the clinical
look-alikes the review found stay clean (signed series of measures, organisations before their phone, eponyms,
delusional self-names, errands and residence times that are no address).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


CASES = {
    # "+", an assigned country code, unbracketed groups: a phone with or without a phone word (:mod:`.phones`)
    "international-groups-no-cue": "Брат: [[T|+374 91 965 61 31]]\nСестра: [[T|+995-599-12-34-56]]",
    "international-groups-cued": "Тел. сына: [[T|+374 91 965 61 31]], звонить после 18.",
}
CLEAN = [
    # a signed series of measures grouped like a phone: an unassigned code, or a unit after (:mod:`.phones`)
    "Прибавка массы тела по неделям: +150 200 180 210 г.",
    "Температура по дням: +38 37 38 37 36 С",
    "Баланс жидкости +500-300-200-100 мл",
    "Доза +50 100 150 200 мг",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_review15_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_review15_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
