"""Round 26, review A findings 8 and 9: the passport definition applied alike by every reader.

A person's passport is RU_PASSPORT whoever issued it (README, "What counts as a passport"): the passport's word is one
list in every language a foreigner's papers are copied in (:mod:`.passport_words`), a table column named by the travel
passport's one word types its cells, and a paper shown instead of a lost passport keeps its own type.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.document_typing import passport_word_before
from medsyn_dataset.validation.pii.passport_words import PASSPORT_WORD_STARTS
from medsyn_dataset.validation.pii.scanner import PiiScanner

_SCANNER = PiiScanner()


def _found(text: str) -> set[tuple[str, str]]:
    return {(entity.type, text[entity.start : entity.end]) for entity in _SCANNER.scan_fast(text)}


@pytest.mark.parametrize(("text", "value"), [
    # a foreign state's passport under its own language's word: the number is the ICAO document-number field
    ("Reisepass: C01X00T47", "C01X00T47"),
    ("Passeport n° 12AB34567", "12AB34567"),
    ("Pasaporte: PAA123456", "PAA123456"),
    ("Пациент, гражданин Италии. Passaporto n. YA1234567, виза не требуется.", "YA1234567"),
    ("Reisepass Nr. C01X00T47 vorgelegt", "C01X00T47"),
    # a table column the travel passport's one word names
    ("ФИО;Загранпаспорт;Телефон\nИванов И.И.;751234567;нет", "751234567"),
    ("ФИО;Загранпаспорт;Телефон\nИванов И.И.;75 1234567;нет", "75 1234567"),
])
def test_a_passport_word_in_any_language_types_its_value(text: str, value: str) -> None:
    assert ("RU_PASSPORT", value) in _found(text)
    assert ("MEDICAL_RECORD_NUMBER", value) not in _found(text)


@pytest.mark.parametrize("text", [
    "Reisepass gültig bis 2030, vorgelegt.",
    "Passeport expiré le 12.03.2020",
    "Passport photo 3x4 attached",
    "Pasaporte: ABCDEFGH",
    "Passport control 2024 passed",
])
def test_a_passport_word_without_a_number_reports_no_passport(text: str) -> None:
    assert not any(kind == "RU_PASSPORT" for kind, _ in _found(text))


@pytest.mark.parametrize("word", ["Паспорт", "Passport", "Reisepass", "Passeport", "Pasaporte", "Pasaport", "Passaporto"])
def test_every_passport_word_is_one_for_the_document_nouns(word: str) -> None:
    # (the nearest document noun's reading, :func:`.document_typing.passport_word_before`, knows every word of the list)
    text = f"{word}: AB1234567"
    assert passport_word_before(text, text.index("AB"))
    assert any(word.lower().startswith(start) for start in PASSPORT_WORD_STARTS)


@pytest.mark.parametrize(("text", "value"), [
    # a temporary identity card (ФНС code 14) shown for a lost passport is no passport
    ("Паспорт утерян, временное удостоверение ВУ 123456", "ВУ 123456"),
    ("Паспорт утерян, предъявлено удостоверение АБ 1234567", "АБ 1234567"),
])
def test_a_paper_shown_instead_of_a_passport_is_no_passport(text: str, value: str) -> None:
    found = _found(text)
    assert ("RU_PASSPORT", value) not in found
    assert ("MEDICAL_RECORD_NUMBER", value) in found


def test_a_travel_passport_after_a_lost_ones_word_stays_a_passport() -> None:
    text = "Паспорт утерян, загранпаспорт 75 1234567"
    assert ("RU_PASSPORT", "75 1234567") in _found(text)


def test_f011_code_15_under_doctype_stays_another_paper() -> None:
    # The choice (review A r26, finding 8): F011's 15 is the travel passport, the ФНС's 15 a temporary residence permit,
    # and records write the ФНС's codes under DOCTYPE too (the project's own coded export family does); only a code that
    # is a passport in both lists (09: F011's foreign passport, the ФНС's diplomatic one) is read as a passport there.
    text = "<DOCTYPE>15</DOCTYPE><DOCSER>75</DOCSER><DOCNUM>1234567</DOCNUM>"
    assert ("MEDICAL_RECORD_NUMBER", "1234567") in _found(text)
    text = "<DOCTYPE>09</DOCTYPE><DOCSER>75</DOCSER><DOCNUM>1234567</DOCNUM>"
    assert ("RU_PASSPORT", "1234567") in _found(text)


@pytest.mark.parametrize(("text", "value", "kind"), [
    # the seaman's passport is the seafarer's identity document of his trade (README: decided so in round 26)
    ("Паспорт моряка МК 1234567", "МК 1234567", "MEDICAL_RECORD_NUMBER"),
    ("Служебный паспорт 12 3456789", "12 3456789", "RU_PASSPORT"),
    ("Дипломатический паспорт 20 1234567", "20 1234567", "RU_PASSPORT"),
])
def test_a_trades_identity_paper_is_no_passport_a_states_passport_is(text: str, value: str, kind: str) -> None:
    assert (kind, value) in _found(text)
