"""A street named by a date in lower case after its street word, with its house (second review 17, leftover 2):
"д. Ивановка, мкр 9 мая, д. 3" was LOCATION "д. Ивановка" and DATE_TIME "9 мая" (the street reader took no month
name without a capital; :func:`.day_numbers.date_street_end` asks for the house)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.scanner import PiiScanner

_SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity.type, text[entity.start : entity.end]) for entity in _SCANNER.scan_fast(text)]


@pytest.mark.parametrize(
    "text",
    ["д. Ивановка, мкр 9 мая, д. 3", "пгт Октябрьский, проезд 1 мая, д. 3", "с. Ивановка, ул. 8 марта 12", "мкр 9 мая, д. 3"],
)
def test_date_named_street_and_its_house_are_one_location(text: str) -> None:
    assert _found(text) == [("LOCATION", text)]


def test_a_range_of_days_stays_dates() -> None:
    assert _found("с 9 мая по 12 мая") == [("DATE_TIME", "9 мая"), ("DATE_TIME", "12 мая")]


def test_micro_district_without_a_house_is_still_a_place() -> None:
    assert _found("Живёт: мкр 9 мая") == [("LOCATION", "мкр 9 мая")]
