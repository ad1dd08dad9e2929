"""PII that generalises (issue #10, round 15): names, phones, dates, places and policies of flat exports, dumps,
foreign contacts and old forms.

Every case is made up here (not taken from the benchmark), each class with look-alikes that must stay
clean (doses, lab values, pressures, times of taking a drug, ward numbers, ICD codes).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


CASES = {
    # a flat export's pairs joined by "|" or ";", the ТФОМС register's keys FAM/IM/OT (:mod:`.export_fields`)
    "flat-export-pipes": "Выгрузка: N_ZAP=12|FAM=[[P|ЛАПТЕВА]]|IM=[[P|ОЛЬГА]]|OT=[[P|ИГОРЕВНА]]|W=2|DR=[[D|1961-03-05]]|Q=1",
    "flat-export-semicolons": "rec;fam=[[P|Гуляев]];im=[[P|Ефим]];ot=[[P|Ильич]];sex=1",
}
CLEAN = [
    # a flat row of lab values and doses: keys name no person
    "LAB|K=4.1|NA=140|GLU=5.6|CRP=12",
    "naznach;doza=5мг;kratn=2;put=внутрь",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round15_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round15_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
