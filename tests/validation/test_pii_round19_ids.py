"""PII that generalises (issue #10, round 19): identifiers by a documented exchange's key, a licence's cut-short word.

The social fund's and the МСЭ exchange's keys: <ELN> (an electronic sick leave's twelve digits) and <UDL> (the
identity document, code 21 of the tax service's classifier СПДУЛ being the Russian passport). Marks as in
:mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


CASES = {
    "xml-eln": "<Napravlenie>\n  <FIO>[[P|Орлова Анна Борисовна]]</FIO>\n  <ELN>[[M|910118220455]]</ELN>\n</Napravlenie>",
    "xml-udl": "<Grazhdanin>\n  <FIO>[[P|Орлова Анна Борисовна]]</FIO>\n  <UDL Tip=\"21\">[[Pa|4511-182204]]</UDL>\n</Grazhdanin>",
    "json-eln": '{"fio": "[[P|Орлова Анна Борисовна]]", "eln_number": "[[M|910118220455]]"}',
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round19_identifiers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize(("key", "kind"), [("ELN", "MEDICAL_RECORD_NUMBER"), ("номер_ЭЛН", "MEDICAL_RECORD_NUMBER"),
                                           ("UDL", "RU_PASSPORT"), ("udl_number", "RU_PASSPORT"), ("eln_date", None),
                                           ("№ и/б", "MEDICAL_RECORD_NUMBER"), ("elna", None), ("ELN_DAYS", None), ("eln_id", "MEDICAL_RECORD_NUMBER")])
def test_round19_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind


CLEAN = [
    # a sick leave's dates and days under its key, a document's type code
    "<ELN_DATE>2024-03-12</ELN_DATE>\n<ELN_DAYS>14</ELN_DAYS>\n<UDL_TIP>21</UDL_TIP>",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round19_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)
            if e.type in ("MEDICAL_RECORD_NUMBER", "RU_PASSPORT")] == []
