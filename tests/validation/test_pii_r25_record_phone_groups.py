"""Review r24, finding 11 (round 25): a number a record's own noun names ("карта", "амб. карта", "карта №", "и/б") is the
record's, whole, even when its digits fall into a phone's groups ("Карта 8912 3456789 (полиса нет)" was a PHONE_NUMBER);
a phone's word after it on its line, a "+" or a bracketed area code keep a real phone a phone."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

SCANNER = PiiScanner()


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Карта 8912 3456789 (полиса нет)", "8912 3456789"),
    ("Карта 8912 3456789", "8912 3456789"),
    ("амб. карта 8912 3456789, осмотр терапевта", "8912 3456789"),
    ("карта № 8912 3456789", "8912 3456789"),
    ("Карта: 8912 3456789 (полиса нет)", "8912 3456789"),
    ("Мед. карта 8 912 345-67-89. Жалобы на кашель.", "8 912 345-67-89"),
    ("и/б 8912 345 67 89", "8912 345 67 89"),
    # (a word that only starts like an owner's names none: "женской", "мужской")
    ("Карта 8912 3456789 женской консультации", "8912 3456789"),
])
def test_a_number_a_records_noun_names_is_the_records_whole(text: str, value: str) -> None:
    assert _typed(text) == [("MEDICAL_RECORD_NUMBER", value)]


@pytest.mark.parametrize(("text", "value"), [
    # (a phone's word after it on its line says it is a phone)
    ("Карта 8912 3456789, тел. для связи", "8912 3456789"),
    ("Карта 8912 3456789 (тел.)", "8912 3456789"),
    ("карта 8912-345-67-89 моб.", "8912-345-67-89"),
    ("Карта 8 912 345 67 89 — звонить после 18:00", "8 912 345 67 89"),
    # (a word naming the phone's owner after it: a relative's phone, review A r25 finding 9)
    ("Карта 8 912 345 67 89 (мать)", "8 912 345 67 89"),
    ("Карта 8912 3456789, дочь", "8912 3456789"),
    ("карта 8912-345-67-89 — сосед по площадке", "8912-345-67-89"),
    # (a phone's own notation: the country code's "+", the area code in brackets)
    ("Карта +7 912 345-67-89", "+7 912 345-67-89"),
    ("карта 8(912)345-67-89", "8(912)345-67-89"),
    # (a phone's word before it, no record's noun)
    ("Тел. 8912 3456789 (полиса нет)", "8912 3456789"),
    ("Карта, тел. 8912 3456789", "8912 3456789"),
])
def test_a_phone_after_a_records_noun_stays_a_phone_when_a_phone_cue_says_so(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _typed(text)
