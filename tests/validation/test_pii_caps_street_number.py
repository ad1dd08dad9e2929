"""A street in capitals whose name opens with a number (second review 17, leftover 3): "ПР-Т 50 ЛЕТ ПОБЕДЫ" alone was
reported as "ПР-Т 50" (the name's words after the number were read in lower case, :func:`.caps_address.title_cased`)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.scanner import PiiScanner

_SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity.type, text[entity.start : entity.end]) for entity in _SCANNER.scan_fast(text)]


@pytest.mark.parametrize("text", ["ПР-Т 50 ЛЕТ ПОБЕДЫ", "Адрес: ПР-Т 50 ЛЕТ ПОБЕДЫ", "Б-Р 60 ЛЕТ ОКТЯБРЯ"])
def test_street_name_after_its_number_is_read_whole(text: str) -> None:
    start = text.index("ПР-Т") if "ПР-Т" in text else 0
    assert ("LOCATION", text[start:]) in _found(text)


def test_full_line_is_found_as_before() -> None:
    text = "Г. ТУЛА, ПР-Т 50 ЛЕТ ПОБЕДЫ, Д. 5, КВ. 3"
    assert _found(text) == [("LOCATION", text)]


def test_words_after_a_house_number_stay_out() -> None:
    text = "Д. 5 ЖАЛОБЫ НА БОЛЬ"
    assert all("ЖАЛОБЫ" not in value and "БОЛЬ" not in value for _, value in _found(text))
