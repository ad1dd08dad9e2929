"""PII that generalises (issue #10, round 25): the hurried journal shapes of a name: a patient's word contracted by a
hyphen before a lower-case name, a journal's date set off by a dash or a bar before its entry's surname, the member of
staff who dispensed a procedure. Marks as in :mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a patient's word contracted by a hyphen before a lower-case name
    "contracted-patient-lower": "б-ая [[P|бобылева лариса]] 51л заезд, путевка выдана",
    "contracted-patient-male-lower": "б-ой [[P|пак виктор]] 40л, жалоб нет",
    # a journal's date set off by a bar or a dash before a lower-case surname with stopped initials
    "journal-bar-initials": "Журнал процедур\n[[D|06.04]] | [[P|кварацхелия т.т.]], и/б [[M|3001]], ванна\n",
    "journal-dash-surname": "Журнал процедур\n[[D|27.04]] — [[P|николаева]] 43л, ванна\n",
    # who dispensed the procedure
    "procedure-dispensed-by": "галотерапия, отпустила [[P|Турсунов]]\nЖалоб нет.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_hurried_journal_names_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # journal lines whose date opens an ordinary word
    "12.03 — сухой кашель\n12.03 | осмотр в.к. б/о\n12.03 - жалобы т.е. на боль",
    # the verb of releasing about pain
    "Боль отпустила Вечером стало лучше; боли отпустили.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_hurried_journal_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PERSON"] == []


def test_surname_alone_in_a_space_aligned_column(scanner: PiiScanner) -> None:
    """A fixed-width journal's last column holds a surname alone: a whole cell under its header's column."""
    header = f"{'Дата':<12}{'№ выз.':<9}{'Пациент':<32}{'Откуда':<26}Бригада\n"
    rows = [("Кузьмина Анна", "Углич ЦРБ", "Ильина"), ("Сафиуллин О.С.", "Бавлы ЦРБ", "Гогишвили")]
    text = header + "".join(f"{'12.03.24':<12}{'1234':<9}{who:<32}{where:<26}{crew}\n" for who, where, crew in rows)
    found = {text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"}
    assert {"Ильина", "Гогишвили"} <= found


def test_surname_after_spaces_in_prose_is_no_cell(scanner: PiiScanner) -> None:
    text = "Направлен в ЦРБ.   Ильина\nнет"
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "PERSON"] == []
