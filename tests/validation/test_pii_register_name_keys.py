"""PII that generalises (issue #10, round 20): the field names of the Russian exchange formats name a person's parts wherever
an export writes them.

* the ТФОМС/ФФОМС registers' FAM, IM, OT (surname, given name, patronymic) head a table's columns with "|" as with tabs
  and ";", and a header's field names may hold a digit of their own ("DATE_1", "DATE_2"): still a header, no row;
* the social fund's exchange of electronic sick leaves (ЭЛН) names its fields in capitals ("SURNAME", "NAME",
  "PATRONYMIC"): a dump of it, "SURNAME: ОРЛОВА" a line, is read as the "last_name: ..." lines of a YAML dump are.

A role's key ("NAME") still needs a value that reads as a name; a test's name is none. Marks as in
:mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

_HEADER = ("N", "FAM", "IM", "OT", "DR", "DS", "DATE_1", "DATE_2")
_ROW = ("1", "[[P|ОРЛОВА]]", "[[P|НИНЕЛЬ]]", "[[P|ФИЛИППОВНА]]", "[[D|18.08.1944]]", "I10", "[[D|01.02.2024]]",
        "[[D|05.02.2024]]")

CASES = {
    "register-bars": "|".join(_HEADER) + "\n" + "|".join(_ROW) + "\n",
    "register-tabs": "Реестр счетов\n" + "\t".join(_HEADER) + "\n" + "\t".join(_ROW) + "\n",
    "register-semicolons": ";".join(_HEADER) + "\n" + ";".join(_ROW) + "\n",
    "sick-leave-dump": "SURNAME: [[P|ОРЛОВА]]\nNAME: [[P|НИНЕЛЬ]]\nPATRONYMIC: [[P|ФИЛИППОВНА]]\nBIRTHDAY: [[D|1944-08-18]]\n",
    "sick-leave-dump-title-case": "SURNAME: [[P|Орлова]]\nNAME: [[P|Агата]]\nPATRONYMIC: [[P|Мироновна]]\n",
}

CLEAN = [
    # a lab's export: a role's key over a test's name, capitalised keys of no person
    "NAME: Гемоглобин\nVALUE: 135\nUNIT: г/л\n",
    "| NAME | VALUE | UNIT |\n| Гемоглобин | 135 | г/л |\n",
    "NOTE: пациент в сознании\nSTATUS: стабильный\n",
    # a row of values is no header, its digits after a Latin letter notwithstanding
    "| Код | Показатель | Результат |\n| A09 | Глюкоза | 5,4 |\n",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_register_name_keys_are_read(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan(text) if e.type in ("PERSON", "DATE_TIME")]
    check_planted(found, text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_other_keys_name_no_person(scanner: PiiScanner, text: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"] == []
