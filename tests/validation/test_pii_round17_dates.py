"""PII round 17: date classes that several tuning splits' authors wrote and the scanner missed.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


CASES = {
    # the year glued to the month, its stop lost in typing, a chat or a scan
    "glued-year-after-event": "Рентген грудной клетки [[D|14.032024]] — без очаговых теней.",
    "glued-year-after-label": "Д/р:[[D|03.111975]]\nПол: м",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round17_date_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a decimal with six places, a lab value with its unit; a day and month glued to a year-like number that is no year
    "Коэффициент 0.102020, креатинин 12.052019 ммоль/л, индекс 31.021999",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round17_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
