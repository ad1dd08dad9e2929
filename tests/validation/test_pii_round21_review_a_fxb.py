"""PII scanner, round 21 (issue #10): review A's findings 2, 3, 4 and 6 (fixer B). The examples are our own."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _spans(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review A r21, finding 2: a lower-case street right before a phone is still the address; the field ends at the phone
@pytest.mark.parametrize("text, location, phone", [
    ("Адрес: Тула, маршала жукова, 8 (912) 345-67-89", "Тула, маршала жукова", "8 (912) 345-67-89"),
    ("Адрес: г. Тула, садовая 8 (912) 345-67-89, кв. 5", "г. Тула, садовая", "8 (912) 345-67-89"),
    ("Проживает: г. Самара, ново-садовая 8 (846) 932-95-48", "г. Самара, ново-садовая", "8 (846) 932-95-48"),
])
def test_a_lower_case_street_before_a_phone_stays_the_address(
    scanner: PiiScanner, text: str, location: str, phone: str
) -> None:
    found = _spans(scanner, text)
    assert ("LOCATION", location) in found and ("PHONE_NUMBER", phone) in found, found


# (after a house number the words before a phone are no street: the address ends at the house, as f061618 made it)
def test_words_after_a_house_number_before_a_phone_are_no_street(scanner: PiiScanner) -> None:
    text = "Проживает: Нарткала, ш. Мира, 85, отдел кадров 8 (846) 932-95-48. Жалоб нет."
    assert _spans(scanner, text) == [("LOCATION", "Нарткала, ш. Мира, 85"), ("PHONE_NUMBER", "8 (846) 932-95-48")]

