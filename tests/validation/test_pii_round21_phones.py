"""PII that generalises (issue #10, round 21): phone numbers.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from benchmarks.pii_conventions_phones import BLOCKS, FAMILIES, NEGATIVES
from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.phone_fields import KIND_ABBREVIATIONS, KIND_STEMS
from medsyn_dataset.validation.pii.phones import _KIND_WORDS


def _phones(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "PHONE_NUMBER"]


# Review A of round 20, finding 10: every convention family has negatives, its cues next to clean look-alike numbers
def test_every_phone_convention_family_has_negatives() -> None:
    assert {family.name for family in FAMILIES} | {block.name for block in BLOCKS} == set(NEGATIVES)
    assert all(len(frames) >= 3 for frames in NEGATIVES.values())


@pytest.mark.parametrize("family, text", [(family, text) for family, frames in NEGATIVES.items() for text in frames])
def test_a_convention_familys_negatives_hold_no_phone(scanner: PiiScanner, family: str, text: str) -> None:
    assert _phones(scanner, text) == [], family


# Review A of round 20, finding 12: one list of a phone's kind words, read before a number and after one
def test_the_kind_words_after_a_number_are_the_labels_kind_words() -> None:
    assert set(_KIND_WORDS) == set(KIND_STEMS) | set(KIND_ABBREVIATIONS)


@pytest.mark.parametrize("source", [
    "Моб. тел.\n[[T|8 912 345-67-89]]",  # ("моб." before "тел." is a kind's label, as "дом. тел." is: strong, its number on the next line)
    "Моб. тел. [[T|2-15]]",  # (a strong label's short dashed extension)
    "сын, [[T|40-74-32]] (дом.)",
    "[[P|Петрова Н.И.]] [[T|55-22-16]] — домашний.",
])
def test_kind_words_label_a_phone(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Гликемия 5-10-12 (дом.)",  # a reading at home: the measure's word before the number, no field of its own
    "ЧСС 60-72-80 — домашний мониторинг.",
    "Справки по телефону регистратуры с 8-00 до 20-00.",  # an hour after "с"/"до", not an extension
    "Телефон поста: звонить до 9-30.",
])
def test_a_reading_or_an_hour_near_a_phones_words_is_no_phone(scanner: PiiScanner, text: str) -> None:
    assert _phones(scanner, text) == []


def test_an_extension_after_a_phone_word_is_still_read(scanner: PiiScanner) -> None:
    assert _phones(scanner, "Телефон поста 2-15") == ["2-15"]
