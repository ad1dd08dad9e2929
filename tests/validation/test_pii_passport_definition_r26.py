"""PII definition change (issue #10, round 26): a person's passport is RU_PASSPORT whoever issued it.

Until round 25 only the Russian internal passport was RU_PASSPORT, and a passport for travel abroad or a foreign state's
passport a record number; the authors writing without that definition (blind61-64) mark travel and foreign passports
RU_PASSPORT, so the project adopted their reading. Each place that typed a passport by its issuer or its purpose is
tested here: the prose cues (:mod:`.foreign_ids`), the document noun before a series (:mod:`.document_typing`), a
passport's word before a value of no internal passport's shape (:mod:`.passport_parts`), a table's column, an export's
key and its document-kind codes (:mod:`.export_keys`, :mod:`.export_document_kinds`). The other papers keep their type:
a residence permit, a seaman's or a serviceman's paper, an identity card named alone stay record numbers.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_document_kinds import OTHER_PASSPORT, document_kind, paper_kind
from medsyn_dataset.validation.pii.export_keys import foreign_passport_key


def _found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type not in ("PERSON", "LOCATION", "DATE_TIME")]


# a passport for travel abroad or a foreign state's passport, in prose, a table and an export: RU_PASSPORT, same span
PASSPORTS = [
    ("Загранпаспорт 75 1234567, выдан МВД.", "75 1234567"),
    ("заграничный паспорт № 71 7654321; осмотр.", "71 7654321"),
    ("Паспорт гражданина Узбекистана FA1234567.", "FA1234567"),
    ("Гражданин Кыргызской Республики, паспорт 714075156, прибыл.", "714075156"),
    ("Passport No. Е12345678, visa type: work.", "Е12345678"),
    ("Вид документа: ПАСПОРТ  серия КР  № 1187654", "КР  № 1187654"),
    # (a passport's own word before a value of no internal passport's shape, :mod:`.passport_parts`)
    ("Паспорт ЕК 123456, выдан в 2015.", "ЕК 123456"),
    ("паспорт 427304039 предъявлен", "427304039"),
    # (the nearest document noun calls the passport another state's: no hand-off to another paper, :mod:`.document_typing`)
    ("Паспорт гражданина Таджикистана, выдан МВД, серия 45 09 № 123456", "45 09 № 123456"),
    # (a table's column named by a passport's word, :func:`.foreign_ids._cell_names_passport`)
    ("ФИО;Паспорт;Телефон\nИванов И.И.;FA1234567;нет", "FA1234567"),
    ("| Пациент | Паспорт |\n|---|---|\n| Иванов | AB 1234567 |", "AB 1234567"),
    # (an export's key, its object's kind member, its record's document-kind code)
    ("foreign_passport=AB1234567", "AB1234567"),
    ('{"doc": {"type": "foreign_passport", "number": "CG95L9016"}}', "CG95L9016"),
    ('<УдЛичнФЛ КодВидДок="10" СерНомДок="FA 1234567"/>', "FA 1234567"),
    ("<Doc><DocType>22</DocType><DocSer>75</DocSer><DocNum>1234567</DocNum></Doc>", "1234567"),
    ("doc_type=22;doc_ser=75;doc_num=1234567", "1234567"),
]


@pytest.mark.parametrize(("text", "value"), PASSPORTS)
def test_travel_and_foreign_passports_are_passports(scanner: PiiScanner, text: str, value: str) -> None:
    assert _found(scanner, text) == [("RU_PASSPORT", value)]


# the other papers keep their type: a residence permit, a seaman's or a serviceman's paper, an ICAO number after a bare
# document word or under a column that names no passport, a migration card
OTHER_PAPERS = [
    ("ВНЖ № 82 1234567", "82 1234567"),
    ("Вид на жительство III-ЖД 533580", "III-ЖД 533580"),
    ("Паспорт моряка МК 1234567", "МК 1234567"),
    ("Паспорт моряка: FA1234567", "FA1234567"),
    ("удостоверение личности военнослужащего AB1234567", "AB1234567"),
    ("Документ: FA1234567", "FA1234567"),
    ("удостоверение личности ЕК 123456", "ЕК 123456"),
    ("№;ФИО;Документ;Дата осмотра\n1;Сатторов И.Т.;E06394130;нет", "E06394130"),
    ("Миграционная карта 4512 1234567", "4512 1234567"),
    ('<УдЛичнФЛ КодВидДок="12" СерНомДок="82 1234567"/>', "82 1234567"),
]


@pytest.mark.parametrize(("text", "value"), OTHER_PAPERS)
def test_other_papers_stay_record_numbers(scanner: PiiScanner, text: str, value: str) -> None:
    assert _found(scanner, text) == [("MEDICAL_RECORD_NUMBER", value)]


@pytest.mark.parametrize(("value", "key", "expected"), [
    ("22", "", OTHER_PASSPORT), ("10", "КодВидДок", OTHER_PASSPORT), ("09", "", OTHER_PASSPORT),
    ("9", "DOCTYPE", OTHER_PASSPORT), ("Загранпаспорт", "", OTHER_PASSPORT), ("foreign_passport", "type", OTHER_PASSPORT),
    ("Паспорт иностранного гражданина", "", OTHER_PASSPORT),
    # (unchanged: the citizen's passport, and the other papers; F011's 22 and 10 are other papers)
    ("21", "", "RU_PASSPORT"), ("Паспорт гражданина РФ", "", "RU_PASSPORT"),
    ("12", "", "MEDICAL_RECORD_NUMBER"), ("26", "", "MEDICAL_RECORD_NUMBER"), ("Паспорт моряка", "", "MEDICAL_RECORD_NUMBER"),
    ("22", "DOCTYPE", "MEDICAL_RECORD_NUMBER"), ("10", "DOCTYPE", "MEDICAL_RECORD_NUMBER"),
])
def test_document_kinds(value: str, key: str, expected: str) -> None:
    assert document_kind(value, key) == expected


def test_paper_kind_retypes_only_a_named_passport() -> None:
    assert paper_kind("MEDICAL_RECORD_NUMBER", "1234567", ("doc", "num"), other_passport=True) == "RU_PASSPORT"
    assert paper_kind("MEDICAL_RECORD_NUMBER", "1234567", ("doc", "num")) == "MEDICAL_RECORD_NUMBER"
    assert paper_kind("RU_PASSPORT", "1234567", ("doc", "num")) == "MEDICAL_RECORD_NUMBER"
    assert paper_kind("RU_SNILS", "12345678901", ("snils",), other_passport=True) == "RU_SNILS"


@pytest.mark.parametrize(("key", "expected"), [("foreign_passport", True), ("zagranPassportNumber", True),
                                               ("national_passport_no", True), ("passport_number", False),
                                               ("foreign_id", False), ("national_insurance", False)])
def test_foreign_passport_keys(key: str, expected: bool) -> None:
    assert foreign_passport_key(key) is expected
