"""PII that generalises (issue #10, round 26): record numbers as clinical research, biobanks, help desks, HR paperwork
and an ambulance service write them (classes read from blind56-58's misses; the examples are our own).

Classes: a trial's, a biobank's or a pedigree's person (subject, donor, proband) numbered by five digits and more with no
sign; a second value joined to a record's value by "и"; a card's number in brackets after its noun phrase; the values
listed under a heading of specimens, cards or persons; the abbreviation к/в of an ambulance call's card; the transfer
sheet's bare number; a sick leave's twelve digits under its label line; a donor's key in a register's header, a worker's
medical book as a register's column; a CDISC ODM item named by its OID and a domain's --REFID key. And the other side:
counts, years, phones, dates, a form's code and a test's name stay what they are. Marks as in :mod:`support.pii_marks`.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.column_labels import cell_label
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.record_numbers import record_numbers

CASES = {
    # a trial's, a biobank's or a pedigree's person by five digits and more, no sign
    "subject-bare-five": "Нежелательное явление у субъекта [[M|04417]] разрешилось.",
    "subject-bare-colon": "Замечание монитора: Субъект [[M|28816]]: дата визита не совпадает.",
    "donor-bare-long": "Донор [[M|5532109]] допущен к плазмаферезу.",
    "proband-code": "Родословная, пробанд [[M|П-4410]], семья наблюдается с рождения.",
    # a second value of the same noun after "и"
    "samples-joined": "Прошу исключить из хранения пробирки № [[M|BK-330912]] и [[M|771020443]].",
    "cards-joined": "Объединены карты [[M|ЭМК-4410921]] и [[M|66120933]], дубль закрыт.",
    # a card's number in brackets after its noun phrase
    "card-bracket": "Не открывается история болезни пациентки [[P|Гусевой Т.П.]] ([[M|55120-24]]), ошибка сервера.",
    # values listed under a heading
    "specimens-listed": "Переданы образцы:\n1) [[M|PL-2231-07]] — плазма\n2) [[M|441902236]] — сыворотка\nКурьер принял.",
    # an ambulance call's card by its abbreviation, the transfer sheet's bare number
    "call-card-abbreviation": "к/в [[M|52213]], выезд бригады 4.",
    "transfer-sheet-bare": "Доставлена по сопроводительному листу [[M|7712-33]] в приёмное.",
    # a sick leave's twelve digits under its label line
    "sick-leave-below": "Номер ЭЛН\n[[M|900412337815]]\nоткрыт на 5 дней.",
    # a donor's key, a worker's medical book column, an ODM item and a domain's --REFID key
    "donor-key-column": "kit;donor_code;material\nKT-12;[[M|DN-55120]];плазма",
    "medical-book-column": "№;Работник;Медкнижка\n1;[[P|Корнеев Л.А.]];[[M|7731204]]",
    "odm-item": '<ItemData ItemOID="IT.MBREFID" Value="[[M|MB-23-55012]]"/>',
}

CLEAN = [
    # counts and years after a role noun, a test's reading after "проба"
    "Донор 3 раза в год, субъект 2 визита пропустил.",
    "Пробанд 4 лет, участник 2023 года соревнований.",
    "Проба 12345 взята повторно.",
    # a bracket holding a year or a form's code
    "История болезни (2019) заполнена, карта (ф. 025/у) приложена.",
    # a heading of tests: names and readings, no number
    "Пробы:\n1) Манту — отр.\n2) Диаскинтест — отр.",
    # a team's order of hours stays unsigned
    "Наряд 12 часов, сопроводительный лист 2 экз.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round26_record_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round26_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


def test_a_phone_after_and_stays_a_phone(scanner: PiiScanner) -> None:
    """A value joined by "и" must be an identifier, not a phone: "карта 45678 и 89161234567"."""
    text = "Карта 45678 и 89161234567 для связи."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == [
        ("MEDICAL_RECORD_NUMBER", "45678"), ("PHONE_NUMBER", "89161234567")]


@pytest.mark.parametrize("text", ["Карта пациента Иванова (89161234567) закрыта.",
                                  "Карта пациента Иванова (8-916-123-45-67) закрыта."])
def test_a_phone_in_brackets_after_a_card_stays_a_phone(text: str) -> None:
    """A bracket after a card's noun phrase holding the numbering plan's whole number is the holder's phone."""
    assert list(record_numbers(text)) == []


def test_a_count_after_and_is_no_second_number(scanner: PiiScanner) -> None:
    """Only an identifier's five digits and more continue a record's value after "и": "№ 12345 и 2 листа" is one card."""
    text = "Карта № 12345 и 2 листа назначений."
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == ["12345"]


@pytest.mark.parametrize(("key", "kind"), [("LBREFID", "MEDICAL_RECORD_NUMBER"), ("PCREFID", "MEDICAL_RECORD_NUMBER"),
                                           ("donor_code", "MEDICAL_RECORD_NUMBER"), ("refid", None)])
def test_reference_and_donor_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind


@pytest.mark.parametrize(("text", "values"), [
    ("Нежелательное явление у субъекта 04417 разрешилось.", ["04417"]),
    ("Донор 5532109 допущен к плазмаферезу.", ["5532109"]),
    ("Родословная, пробанд П-4410, семья наблюдается с рождения.", ["П-4410"]),
    ("Прошу исключить из хранения пробирки № BK-330912 и 771020443.", ["BK-330912", "771020443"]),
    ("Объединены карты ЭМК-4410921 и 66120933, дубль закрыт.", ["ЭМК-4410921", "66120933"]),
    ("Номер ЭЛН\n900412337815\nоткрыт на 5 дней.", ["900412337815"]),
    ("Донор 3 раза в год, субъект 2 визита пропустил.", []),
    ("Карта № 12345 и 2 листа назначений.", ["12345"]),
])
def test_the_record_grammar_reads_them(text: str, values: list[str]) -> None:
    """The record grammar itself names these (the learned tagger may guess some of them too, by their shape alone): a
    role noun's five digits and more, a second value after "и", a sick leave's twelve digits under its label line."""
    assert sorted(text[start:end] for start, end, _ in record_numbers(text)) == sorted(values)


@pytest.mark.parametrize(("cell", "kind"), [("Мед.книжка", "MEDICAL_RECORD_NUMBER"), ("Медкнижка", "MEDICAL_RECORD_NUMBER"),
                                            ("Личная медицинская книжка", "MEDICAL_RECORD_NUMBER"), ("Книжка", None)])
def test_a_medical_books_column(cell: str, kind: str | None) -> None:
    """A worker's personal medical book names its column's numbers, as a card's does (a bare "Книжка" does not)."""
    assert cell_label(cell, False) == kind
