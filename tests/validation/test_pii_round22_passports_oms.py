"""PII that generalises (issue #10, round 22): passports and OMS policies, by the mechanism that read them.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.foreign_ids import foreign_id_spans
from medsyn_dataset.validation.pii.named_after import named_after

_IDENTIFIER_TYPES = ("MEDICAL_RECORD_NUMBER", "RU_PASSPORT", "RU_OMS_POLICY", "RU_SNILS", "RU_INN", "PHONE_NUMBER")


def _identifiers(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type in _IDENTIFIER_TYPES]


# A passport page's scan: OCR widens the gap between the printed series and number, or a space inside a field of the line
# above; one wide gap there is the scan's, not a table's row of cells
@pytest.mark.parametrize(("source", "number"), [
    ("Паспорт выдан ГУ МВД\n30.04.2016  353-451\n03 12   307941 Жалобы на слабость.", "03 12   307941"),
    ("Паспорт выдан ГУ МВД России\nМесто рождения С. ВУКТЫЛ НЕНЕЦКИЙ  АО\n27 00  838538\nЖалобы.", "27 00  838538"),
])
def test_a_scanned_pages_widened_gaps(scanner: PiiScanner, source: str, number: str) -> None:
    assert _identifiers(scanner, source) == [("RU_PASSPORT", number)]


@pytest.mark.parametrize("text", [
    # (a row of three fixed-width cells above: its numbers' row, no page's number)
    "Паспорт: серия и номер указаны в карте\nРост 170  Вес 80  АД 120/80\n12  05  202412",
    # (four spaces: no printed value's gap)
    "Паспорт выдан ГУ МВД\n30.04.2016  353-451\n03 12    307941",
])
def test_no_page_number_in_a_table_row_or_a_wider_gap(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "RU_PASSPORT"] == []


# The policy's full name (326-ФЗ art. 45) as its blank prints it, in capitals, after a sentence of the note
def test_a_policys_full_name_in_capitals_is_its_cue(scanner: PiiScanner) -> None:
    text = "Курит 35 лет. ПОЛИС ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ\n№ 7058 2795 9753 8350\nЖалобы на слабость."
    assert _identifiers(scanner, text) == [("RU_OMS_POLICY", "7058 2795 9753 8350")]


def test_a_voluntary_insurers_number_is_no_policys(scanner: PiiScanner) -> None:
    text = "ДОГОВОР ДОБРОВОЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ\n№ 7058 2795\nЖалобы на слабость."
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "RU_OMS_POLICY"] == []


# The kind named after the value (:mod:`.named_after`): a passport's series dashed, a passport's word with no dash or
# bracket before it (the printed layout only), an old policy's series and number before a policy's gloss
GLOSSED_AFTER = [
    "Осмотрена. [[Pa|27-06 769920]] — паспорт, копия в истории.",
    "Жалоб нет. [[Pa|5919 742896]] паспорт матери (ребенок без документов).",
    "Жалоб нет. [[Pa|52-05 438189]] паспорт отца.",
    "Жалоб нет. [[Pa|8519 649047]], паспорт гражданина РФ.",
    "Жалоб нет. [[Pa|8519 649047]] это паспорт отца.",
    # (the statement of its issue by a passport office, maybe after the date)
    "Мать: [[Pa|8519 649047]], выдан ОУФМС района.",
    "Данные матери: [[Pa|45 09 123456]] выдан [[D|12.03.2015]] ТП УФМС.",
    "Данные матери: [[Pa|4509 123456]] выд. ОВД.",
    "Боли в животе. [[O|2925-88584739]] (полис, Капитал МС).",
    "Боли в животе. [[O|ВТ 625650]] — номер полиса ОМС, выписка получена.",
    "Боли в животе. [[O|ЕМ-40916211]] (полис, Капитал МС).",
    "Боли в животе. [[O|7769 0586945754]] — номер полиса ОМС, выписка получена.",
]


@pytest.mark.parametrize("source", GLOSSED_AFTER)
def test_a_passport_or_policy_named_after_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


NOT_GLOSSED_AFTER = [
    "Тел. 8912 345678 паспорт не предъявлен.",  # a phone word before it on its line
    "Рег. 8912 345678 паспорт 4509 123456.",  # the word labels its own value after it
    "Код 4509123456 паспорт не предъявлен.",  # ten digits whole: no printed layout
    "Номер 4509 123456 паспорт здоровья.",  # a paper of no person
    "Анализ 2925-88584739 (лаборатория ИНВИТРО).",  # no gloss of a policy
    "ОАК 12.03.2020 — полис не предъявлен.",  # a date is no policy's shape
    "Доза 1000 - полис.",
    "Справка 4509 123456 выдана поликлиникой.",  # no passport office issues it
    "Рецепт 4509 123456 выдан врачом.",
    "Тел. 8919 742896, выдан ОВД.",  # a phone word before it
    "Код 4509123456 выдан ОВД.",  # ten digits whole
    "8919 742896 (паспорт не предъявлен).",  # a remark that denies the passport
    "8919 742896, паспорт не предъявлен.",
]


@pytest.mark.parametrize("text", NOT_GLOSSED_AFTER)
def test_no_passport_or_policy_without_its_gloss_or_shape(text: str) -> None:
    assert [kind for kind, _, _ in named_after(text) if kind in ("RU_PASSPORT", "RU_OMS_POLICY")] == []


def test_the_passports_own_value_after_its_word_stays_its_value(scanner: PiiScanner) -> None:
    text = "Рег. 8912 345678 паспорт 4509 123456."
    assert [value for kind, value in _identifiers(scanner, text) if kind == "RU_PASSPORT"] == ["4509 123456"]


# The travel passport (a record number by the project's definition, :mod:`.foreign_ids`) with its 2 + 7 digits dashed;
# an old policy's series after the policy's full name and a sign
@pytest.mark.parametrize(("text", "expected"), [
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    ("Документ: загранпаспорт 64-9882010, выдан МВД.", [("RU_PASSPORT", "64-9882010")]),
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    ("Паспорт для выезда за границу 72-9076431 предъявлен.", [("RU_PASSPORT", "72-9076431")]),
    ("Загранпаспорт не оформлял. Паспорт 45-09 123456 выдан ОВД.", [("RU_PASSPORT", "45-09 123456")]),
    ("полис обязательного медицинского страхования № серия АБ № 224994926",
     [("RU_OMS_POLICY", "АБ"), ("RU_OMS_POLICY", "224994926")]),
])
def test_travel_passport_dashed_and_old_policy_after_its_full_name(scanner: PiiScanner, text: str,
                                                                   expected: list[tuple[str, str]]) -> None:
    assert _identifiers(scanner, text) == expected


@pytest.mark.parametrize("text", [
    "Загранпаспорт оформлен, лимфоциты 25-3000000 кл/мкл.",  # (another clause after a comma)
    "Загранпаспорт. Лимфоциты 25-3000000 кл/мкл.",  # (another sentence)
])
def test_a_dashed_count_after_a_travel_passports_clause_is_no_number(text: str) -> None:
    assert list(foreign_id_spans(text)) == []
