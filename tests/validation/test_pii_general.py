"""PII that generalises (issue #10, round 5): units of the mechanisms that replace cue phrases.

The cases end to end (marked spans found, clinical look-alikes clean) are in ``test_pii_cues.py``;
here: reading dictated number groups (:mod:`medsyn_dataset.validation.pii.number_words`), the record
grammar's choice of value (:mod:`medsyn_dataset.validation.pii.record_numbers`) and the reach of a
table's header (:mod:`medsyn_dataset.validation.pii.table_cells`).
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.number_words import dictated_phones, read_number_words
from medsyn_dataset.validation.pii.record_numbers import record_numbers
from medsyn_dataset.validation.pii.table_cells import table_cells


@pytest.mark.parametrize(("words", "digits"), [
    ("восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь", "89161234507"),
    ("семь девятьсот ноль ноль сто десять сорок", "79000011040"),
    ("восемь девятьсот двенадцать 345-67-08", "89123456708"),
    ("двести пять", "205"),
    ("сорок", "40"),
])
def test_dictated_groups_are_read_as_said(words: str, digits: str) -> None:
    assert read_number_words(words.split()) == digits


def test_number_words_need_a_phone_cue_and_a_phone_length() -> None:
    assert list(dictated_phones("Восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь")) == []
    assert list(dictated_phones("тел. восемь девятьсот шестнадцать")) == []


def test_record_grammar_takes_the_first_value_after_the_noun() -> None:
    text = "Карта № 12, терапевтический участок № 3."
    assert [text[s:e] for s, e, _ in record_numbers(text)] == ["12"]


def test_a_number_sign_before_the_noun_counts_as_one_after_it() -> None:
    for text, value in (("№ ИБ 12.", "12"), ("№ карты: 7", "7"), ("Карта № 2019-03-12345", "2019-03-12345"),
                        ("И/б № 4411 Днём боли", "4411")):  # (a unit is lower-case: "Днём" starts a sentence)
        assert [text[s:e] for s, e, _ in record_numbers(text)] == [value], text
    for text in ("Карта: 12.03.2020", "№ карты 5 мг", "код МКБ: I11.9"):
        assert list(record_numbers(text)) == [], text


def test_table_header_types_only_its_own_table() -> None:
    text = "| СНИЛС | Телефон |\n| 123 | 8 916 000-00-00 |\n\n| 456 | 789 |\n"
    assert [(kind, text[s:e]) for kind, s, e in table_cells(text)] == [
        ("RU_SNILS", "123"), ("PHONE_NUMBER", "8 916 000-00-00")]
