"""PII that generalises (issue #10, round 18): identifiers whose layouts the cue fields and shapes missed.

* an HL7 PID-19/PID-20 national id written as the СНИЛС card prints it ("123-456-789 01"): typed by its digits;
Marks as in :mod:`support.pii_marks`; every example is written for this file."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner(n_jobs=1)


_S = "204118739" + snils_check_digits("204118739")
_S_CARD = f"{_S[:3]}-{_S[3:6]}-{_S[6:9]} {_S[9:]}"

CASES = {
    # HL7 v2: the national id (PID-19) one field late, in PID-20, with the card's dashes (was a record number)
    "hl7-pid20-snils-dashed": "PID|1||[[M|7781234]]^^^MIS^MR||[[P|ОРЛОВА^АННА]]||[[D|19900402]]|F||||||||||||[[S|"
                              + _S_CARD + "]]\r",
    "hl7-pid19-snils-dashed": "PID|1||[[M|7781234]]^^^MIS^MR||[[P|ОРЛОВА^АННА]]||[[D|19900402]]|F|||||||||||[[S|"
                              + _S_CARD + "]]\r",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round18_identifiers_are_found(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


# the same places holding no SNILS: a wrong check digit keeps a dashed number in PID-20 a record number
TYPED = {
    "hl7-pid20-dashed-bad-checksum": (
        "PID|1||7781234^^^MIS^MR||ОРЛОВА^АННА||19900402|F||||||||||||" + _S_CARD[:-1] + str((int(_S[-1]) + 1) % 10) + "\r",
        "MEDICAL_RECORD_NUMBER",
    ),
}


@pytest.mark.parametrize("name", sorted(TYPED))
def test_round18_look_alikes_keep_their_type(scanner: PiiScanner, name: str) -> None:
    text, kind = TYPED[name]
    last = [e for e in scanner.scan(text) if e.end >= len(text.rstrip()) - 1]
    assert [e.type for e in last] == [kind], [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]
