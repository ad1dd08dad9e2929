"""PII round 17 review: a day and month after a result's word or a vaccination's stage (:mod:`...pii.date_cues`).

Both cues also stand before unitless lab values and an ECG lead's millivolts; the review's inputs. Same notation as
``test_pii_formats`` (``[[KIND|value]]``).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

FOUND = {
    "result-two-digit-day-month": "ОАК: результат [[D|14.12]], гемоглобин 130",
    "result-one-digit-day-colon": "Мазок из зева. Результат [[D|8.04]]: роста нет.",
    "stage-dash": "Вакцинация: V1 — [[D|12.04]]",
    "stage-after-vaccination-word": "Прививки против гепатита B: V1 [[D|12.04]], V2 [[D|14.05]].",
    # second review: a vaccination card names the vaccine, a colon after the stage, two digits each
    "stage-after-hepatitis": "Гепатит B V2 [[D|12.04]]",
    "stage-after-measles": "Корь V1 [[D|12.04]]",
    "stage-after-opv": "ОПВ R2 [[D|12.04]]",
    "stage-colon-akds-v": "АКДС V1: [[D|12.04]]",
    "stage-colon-akds-r": "АКДС R1: [[D|12.04]]",
    "stage-two-digit-day-month": "R1 [[D|12.04]]",
}


@pytest.mark.parametrize("source", list(FOUND.values()), ids=list(FOUND))
def test_result_and_stage_dates_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # unitless lab values after a result's word
    "МНО — результат 1.12",
    "ОАК: результат 4.12, гемоглобин 130",
    "Сахар крови, результат 5.11 натощак",
    "Результат 1.10, норма до 1.2",
    # an ECG lead's millivolts, a lead or a stage without a vaccination's word or a dash
    "ЭКГ: подъём ST в V1 1.10 мВ",
    "R1 1.10",
    "V1 1.10 мВ, V2 1.20 мВ",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unitless_values_after_result_and_lead_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
