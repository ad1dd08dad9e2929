"""PII round 23, review B's findings 12 and 13 (the phone's type), fixed in round 24 by FXB.

The examples are the review's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


# Finding 12: a number before a gloss denying the policy is a record's (review A r23, finding 8), unless it is a dialled
# Russian number (eleven digits from the trunk "8" or the country code "7" that phonenumbers calls valid), whatever word
# (or none) stands before it: then it stays the phone it is
@pytest.mark.parametrize(("text", "expected"), [
    ("Позвонить 8912 3456789 (полиса нет)", [("PHONE_NUMBER", "8912 3456789")]),
    ("Дочь 8912 3456789 (полиса нет)", [("PHONE_NUMBER", "8912 3456789")]),
    ("Боли в животе. 8912-3456789 — полиса нет.", [("PHONE_NUMBER", "8912-3456789")]),
    ("Боли в животе. 7912 3456789 (полис отсутствует).", [("PHONE_NUMBER", "7912 3456789")]),
    # (eleven digits from 8 that are no valid number, a 4+6 series and number, fourteen digits: a record's number)
    ("Боли в животе. 8000 0000000 (полиса нет).", [("MEDICAL_RECORD_NUMBER", "8000 0000000")]),
    ("Боли в животе. 1234 567890 (полиса нет).", [("MEDICAL_RECORD_NUMBER", "1234 567890")]),
    ("Позвонить 7769 0586945754 (полиса нет)", [("MEDICAL_RECORD_NUMBER", "7769 0586945754")]),
])
def test_a_dialled_number_before_a_denied_policy_stays_a_phone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


# Finding 13: a capitalised word the dictionary does not know, guessed a surname by its "-ин", before a number glossed
# "(дом.)" is a lab value's noun heading its home readings where its line (or the line before it, one value a line)
# records lab values: a number with a concentration's unit (per litre, millilitre, decilitre). Neither the dictionary nor the
# knowledge graph knows "Ферритин" or "Тропонин" (their word classes are those of the surnames "Карпин", "Шмырин"), so
# the lab context decides, not a longer list of analytes
@pytest.mark.parametrize("text", [
    "Биохимия: АЛТ 25 Ед/л, АСТ 30 Ед/л; Ферритин 98-10-12 (дом.)",
    "Гемоглобин 120 г/л.\nФерритин 98-10-12 (дом.)",
    "Ферритин 98-10-12 (дом.), норма 20-250 мкг/л",
    "Глюкоза 5,4 ммоль/л. Тропонин 12-10-14 (дом.)",
])
def test_an_unknown_analyte_among_measurements_gives_no_phone(text: str) -> None:
    assert [value for kind, value in _typed(text) if kind == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Шмырин 40-74-32 (дом.)", "40-74-32"),
    ("Контакты: Карпин 98-10-12 (дом.)", "98-10-12"),
    # (a measurement two lines above, a contact list's title between: no lab line)
    ("Гемоглобин 120 г/л.\nКонтакты:\nКарпин 98-10-12 (дом.)", "98-10-12"),
    # (a surname the dictionary knows keeps its phone whatever the line records: a lab line's unit, per litre, so the
    # dictionary's KNOWN is what decides; "Вес 80 кг." never made a lab line; review A r24, finding 9)
    ("Гемоглобин 120 г/л. Пушкин 40-74-32 (дом.)", "40-74-32"),
    # (an unknown feminine surname with a work phone right under a lab line: no analyte's reading)
    ("СРБ 5 мг/л.\nКуртушина 45-10-12 (раб.)", "45-10-12"),
    # (no number before the unit: a word of the text, not a measurement; a time or a span of days is a contact's, no lab
    # value's)
    ("Карпин 98-10-12 (дом.), ед/л не знает", "98-10-12"),
    ("Карпин 98-10-12 (дом.), звонить после 18 час", "98-10-12"),
    ("Карпин 98-10-12 (дом.), через 2 дня", "98-10-12"),
    ("Карпин 98-10-12 (дом.), вес 80 кг", "98-10-12"),
])
def test_a_surname_with_its_home_phone_keeps_it(text: str, phone: str) -> None:
    assert [value for kind, value in _typed(text) if kind == "PHONE_NUMBER"] == [phone]
