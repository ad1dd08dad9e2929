"""PII that generalises (issue #10, round 12b): record numbers and dates of data systems. Marks as in
:mod:`support.pii_marks`."""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.astm import astm_fields

CASES = {
    # ASTM E1394 records of an analyser: the patient's ids (P-3/P-4), birth date (P-8), the specimen id (O-3)
    "astm-analyser": "Результаты ОАК: H|\\^&|||Mindray BC-6800^01|||||||P|1\n"
                     "P|1|[[M|КД-55120]]|[[M|70114522]]||[[P|SOKOLOVA^OLGA^IGOREVNA]]||[[D|19720315]]|F\n"
                     "O|1|[[M|5540021987]]^2^7||^^^HGB|R\nR|1|^^^HGB|131|g/L\nL|1|N",
    "astm-framed": "1H|\\^&|||AU480\n2P|1||[[M|4410982]]||[[P|PETROV^ILYA]]||[[D|19880101]]|M\n3O|1|[[M|A12-0045]]||^^^GLU",
    # a register's header naming a person's columns: its bare "ID" is the patient's id in the exporting system
    "register-id-column": "Выгрузка пациентов. ID;ФИО;СНИЛС;Телефон\n"
                          "[[M|4471902]];[[P|Лебедев Олег Петрович]];[[S|112-233-445 95]];[[T|+79161234567]]",
    "register-id-pipe": "Выписка из регистра. id|FAM|INN|TEL\n[[M|88123]]|[[P|КОРНЕЕВ ИГОРЬ ПАВЛОВИЧ]]|[[I|500100732259]]|[[T|89031112233]]",
    # a document's row continued by its issue date: the continuation cell is a date, not more of the number
    # (a table turned on its side, its value run on into a third column)
    "table-issue-date": "| Реквизит | Данные | Примечание |\n|---|---|---|\n| Пациент | [[P|Лебедев Олег]] | [[P|Петрович]] |\n"
                        "| Полис ОМС | [[O|7798889912345678]] | выдан [[D|03.02.2021]] |\n| Паспорт | [[Pa|4509 123456]] | от [[D|12.05.2015]] |",
    # a blank's number printed in groups after "№": series of four and number of six
    "certificate-grouped": "Выдан сертификат о прививках № [[M|4471 902214]] на руки матери.",
    # a sick leave's twelve digits without "№", plain or in groups
    "sick-leave-grouped": "Оформлен листок нетрудоспособности [[M|910 223 344 556]], явка через неделю.",
    "sick-leave-sick-list": "Больничный лист [[M|9102-2334-4556]] закрыт к труду.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round12b_values_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a lab table's bare "ID" column names a test, not a person
    "ID | Показатель | Результат\n12 | Гемоглобин | 131\n13 | Эритроциты | 4,5",
    # "|" and "^" without the ASTM header's declaration: no records are read
    "P|1||4410982 шкала 1|2|3, O|1|5540021987",
    # a sick leave's duration and dates, not its number; a grouped count after "№" of a ward
    "Листок нетрудоспособности 14 дней, больничный лист продлён ещё на 3 дня. Палата № 1204 5678.",
    # a row of numbers beside a label that is no document: a count continued by a plain number
    "| Показатель | 12 | 14 |",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round12b_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type in ("MEDICAL_RECORD_NUMBER", "DATE_TIME")]
    assert found == []


def test_astm_needs_its_header_and_stops_at_prose() -> None:
    assert list(astm_fields("P|1||4410982||PETROV^ILYA||19880101|M")) == []
    text = "H|\\^&|||X\nP|1||4410982||PETROV^ILYA||19880101|M\nЗаключение: P|1||999999||X^Y||19990101|M"
    assert [text[a:b] for _, a, b in astm_fields(text)] == ["4410982", "PETROV^ILYA", "19880101"]
