"""PII round 18: date and phone classes that several tuning splits' authors wrote and the scanner missed.

Same notation as ``test_pii_formats`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. Examples are our own, not the bench's.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a day and month after the word of a procedure, a discharge in the present tense, a signature, a call, a hand-over
    "biopsy-day-month": "Пункционная биопсия [[D|14.02]] в онкодиспансере, гистология готова.",
    "donation-day-month": "Донация [[D|11.04]] — отвод временный.",
    "discharge-present-tense": "Выписывается [[D|03.12]] на амбулаторное лечение.",
    "consent-signed": "Информированное согласие подписано [[D|18.06]].",
    "call-day-month": "Дозвонились родственникам [[D|09.10]], сообщили о переводе.",
    "hand-over-day-month": "Разрешено выдать справку [[D|27.01]].",
    # the event's time between its word and its day; a unit is a whole word ("МВД" holds no "мВ")
    "time-between-cue-and-day": "Смерть констатирована в 04.20 [[D|12.09]].",
    "agency-after-issue-day": "Паспорт выдан [[D|04.08]] ГУ МВД России по области.",
    # a journal's entry opening with its day and month, at a line's or a sentence's start
    "journal-rows": "Журнал посещений\n[[D|14.03]] актив на дом, состояние прежнее\n[[D|21.03]] — перевязка",
    "entry-after-sentence": "Жалоб нет. [[D|02.11]] патронаж медсестры.",
    # a full date glued to an abbreviation's stop; a count after a date is the count's, not a unit of the date
    "date-after-abbreviation-stop": "Дата поступ.[[D|24.06.2021]], переведён из ЦРБ.",
    "count-after-date": "Назначено [[D|05.10.18]] 2 раза в неделю.",
    # a comma-separated row: a US-order date in a cell; a tab-separated row: a time ends its cell
    "us-order-cell": "code,dob,visit,eye\nA-1,[[D|05/23/1988]],[[D|01.02.2024]],OD",
    "time-ends-its-tab-cell": "[[D|11.11.2023 20:13]]\t[[D|12.11.2023]]\tОРИТ",
    # eight digits after a record's creation key (ISO 8601 basic), or as a cell of a comma-separated row
    "compact-after-created-key": "created: [[D|20230402]]\nЖалобы на кашель.",
    "compact-cell-before-number": "code,dr,tel,kab\nA-7,[[D|15031948]],[[T|89161234567]],12",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round18_date_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a law's item after a short abbreviation's stop; a value with its unit at a line's start; times of a schedule
    "Ст. 12.05 КоАП РФ, п. 10.11 приказа.",
    "Глюкоза натощак:\n12.05 ммоль/л",
    "Приём с 10.15 до 12.30 по будням.",
    # a procedure's size after its word; an ECG lead's value
    "Биопсия 12.05 мм, ЭКГ V1 1.10 мВ.",
    # eight digits that are no calendar date; a calendar date's eight digits in prose without a date word
    "Серия 20231545, партия 31130199.",
    "Сообщаем, что 08052020 — номер обращения.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round18_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


PHONES = {
    # a number glued to its label by a hurried typist
    "glued-to-mob": "Соседка, моб[[T|8 916 123 45 67]] (звонить вечером).",
    "glued-plus-to-mob": "Сосед, моб[[T|+79161234567]], ключи у него.",
    # a fax (HIPAA's identifier 5) with its area code bracketed, a number the library calls impossible
    "fax-bracketed-area-code": "Факс бюро [[T|(4012) 827-69-60]] для запросов.",
}


@pytest.mark.parametrize("source", list(PHONES.values()), ids=list(PHONES))
def test_round18_phone_layouts_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


def test_round18_fax_is_taken_with_its_bracketed_area_code(scanner: PiiScanner) -> None:
    text = "Факс бюро СМЭ для запросов родственников (4012) 827-69-60"
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("PHONE_NUMBER", "(4012) 827-69-60")]


def test_round18_word_glued_to_digits_is_no_phone_label(scanner: PiiScanner) -> None:
    # "тело" is no "тел": digits glued to another word stay no phone
    text = "Тело89161234567 позвонка без деструкции."
    assert [e for e in scanner.scan(text) if e.type == "PHONE_NUMBER"] == []
