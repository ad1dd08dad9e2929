"""PII that generalises (issue #10, round 21): an identifier whose kind is named after it (:mod:`.named_after`).

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.named_after import named_after

GLOSSED = [
    "Жалоб нет. [[M|51207/К]] — номер истории болезни, указан в направлении.",
    "Жалоб нет. [[M|71 118]] - номер карты пациента.",
    "Осмотрена. [[M|00718204]] (ИД ЕГИСЗ), данные внесены.",
    "Предъявлен документ: [[Pa|4512/770318]] - паспорт, выданный ОВД района.",
    "[[Pa|4512 770318]] — паспорт гражданина РФ, выдан ОВД.",
    "Сведения о налогоплательщике: [[I|123456789047]] — ИНН.",
    "Номер [[S|11223344595]] (СНИЛС) указан в направлении.",
]


@pytest.mark.parametrize("source", GLOSSED)
def test_a_value_glossed_by_its_kind_is_read_with_that_kind(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# A dash or a bracket after a measurement, a dose, a count or a date is common; a gloss that names no identifier, a value
# of the wrong shape or a failed check digit is left alone
NOT_GLOSSED = [
    "АД 120/80 - норма, Hb 98 (анемия).",
    "Доза 1000 - ИД 50 ЕД, переносит хорошо.",
    "ОАК 12.03.2020 — номер карты не указан.",
    "Рост 1750 - номер палаты 12.",
    "Вес 72 - паспорт здоровья не заполнен.",
    "Номер 11223344596 (СНИЛС) указан с ошибкой.",
    "Код 1234567890 — ИНН не совпадает.",
    "Лейкоциты 12345 (ID анализатора).",
    # (values of the right shape, so that the vetoes themselves are exercised: review C r21, finding 11)
    "Номер 4509123456 - паспорт здоровья не заполнен.",
    "Счёт 7707083893 — оплачен, 500100732259 - в реестре.",
    "Номер 11223344595 (анализ) указан.",
]


@pytest.mark.parametrize("text", NOT_GLOSSED)
def test_no_gloss_no_identifier(text: str) -> None:
    assert named_after(text) == []


def test_a_checked_value_keeps_its_type_over_the_record_grammar(scanner: PiiScanner) -> None:
    """"Номер 11223344595 (СНИЛС)": the bracket glosses the value; the record grammar's "department in brackets" no
    longer takes the identifier's name into a record number."""
    text = "Номер 11223344595 (СНИЛС) указан в направлении."
    found = [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]
    assert found == [("RU_SNILS", "11223344595")]



# a device's, an implant's, a drug's or an allergy's "паспорт" is no person's: its serial is no RU_PASSPORT (review C
# r21, findings 6 and 9: one shared list of those papers, :data:`.paper_nouns.NOT_PERSONS_PASSPORT`)
NOT_PERSONS_PASSPORTS = [
    "Препарат 4509123456 - паспорт препарата.",
    "Установлен ЭКС, серийный номер 4509123456 - паспорт ЭКС выдан на руки.",
    "Имплант 1234567890 — паспорт изделия.",
    "Браслет 4509123456 — паспорт аллергика.",
    "Аппарат 4509123456 (паспорт аппарата) в кабинете.",
]


@pytest.mark.parametrize("text", NOT_PERSONS_PASSPORTS)
def test_a_things_passport_glosses_no_persons_number(scanner: PiiScanner, text: str) -> None:
    assert named_after(text) == []
    assert [e for e in scanner.scan_fast(text) if e.type == "RU_PASSPORT"] == []


def test_a_persons_passport_after_a_things_word_is_still_read() -> None:
    """The list looks only right after "паспорт": a device named earlier in the line keeps a person's passport."""
    text = "ЭКС установлен. 4512 770318 — паспорт гражданина РФ."
    assert [(kind, text[start:end]) for kind, start, end in named_after(text)] == [("RU_PASSPORT", "4512 770318")]
