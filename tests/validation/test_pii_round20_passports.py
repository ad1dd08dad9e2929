"""PII that generalises (issue #10, round 20): the internal passport as its conventions write it.

Marks as in :mod:`support.pii_marks`; the examples are our own (the conventions of
:mod:`benchmarks.pii_conventions_passports`).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _passports(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "RU_PASSPORT"]


# A scan's look-alike letters in the digits after the document's full name ("паспорт гражданина РФ"): the series and
# the number, two spans, as after "паспорт" alone
OCR_FULL_NAME = [
    "паспорт гражданина РФ [[Pa|04 07]] [[Pa|14498б]] Повышение температуры",
    "паспорт гражданина РФ [[Pa|80 99]] № [[Pa|29б878]]",
    "паспорт гражданина Российской Федерации [[Pa|6099]] [[Pa|2б4882]]",
    "Паспорт гр. РФ [[Pa|22 0б]] [[Pa|288568]]",
]


@pytest.mark.parametrize("source", OCR_FULL_NAME)
def test_lookalikes_after_the_passports_full_name(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_year_with_a_lookalike_after_the_full_name_is_no_passport(scanner: PiiScanner) -> None:
    assert _passports(scanner, "паспорт гражданина РФ получен в 2О14 году") == []


# "ДУЛ"/"УДЛ": the identity document's abbreviation in the ФОМС, ЕГИСЗ and social fund's forms
IDENTITY_DOCUMENT = [
    "ДУЛ: [[Pa|6014582310]] На шаркающую походку",
    "УДЛ (паспорт РФ) [[Pa|4512 345678]]",
    "ДУЛ: [[Pa|45 12 345678]], выдан 12.03.2015",
]


@pytest.mark.parametrize("source", IDENTITY_DOCUMENT)
def test_the_identity_documents_abbreviation(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "RU_PASSPORT"], text, spans)


@pytest.mark.parametrize("text", [
    "удлинение интервала QT 0,44 с, ЧСС 4512 в сутки",  # (the anchor "удл" inside a word)
    "ДУЛ: водительское удостоверение 7724 978700",  # another document: a record number, not a passport
    "ДУЛ предъявлен, код подразделения 770-001",  # the issuing office's code
    "УДЛ: 2 шт., 500 мг",
])
def test_no_passport_where_the_abbreviation_names_none(scanner: PiiScanner, text: str) -> None:
    assert _passports(scanner, text) == []


# The number's six digits in two groups of three after its own label, as a number is typed for reading
@pytest.mark.parametrize("source", [
    "Паспорт гражданина РФ, серия [[Pa|45 12]], номер [[Pa|345 678]]",
    "Серия паспорта: [[Pa|4512]] Номер паспорта: [[Pa|345 678]]",
])
def test_a_number_in_two_groups_of_three(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", ["серия 4512 номер 345 678", "Паспорт серия 4512 номер 345 678 мг"])
def test_groups_of_three_without_a_passport_or_before_a_unit(scanner: PiiScanner, text: str) -> None:
    assert "345 678" not in _passports(scanner, text)
