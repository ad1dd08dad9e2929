"""PII that generalises (issue #10, round 22): passports and OMS policies, by the mechanism that read them.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

_IDENTIFIER_TYPES = ("MEDICAL_RECORD_NUMBER", "RU_PASSPORT", "RU_OMS_POLICY", "RU_SNILS", "RU_INN", "PHONE_NUMBER")


def _identifiers(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type in _IDENTIFIER_TYPES]


# A passport page's scan: OCR widens the gap between the printed series and number, or a space inside a field of the line
# above; one wide gap there is the scan's, not a table's row of cells
@pytest.mark.parametrize(("source", "number"), [
    ("Паспорт выдан ГУ МВД\n30.04.2016  353-451\n03 12   307941 Жалобы на слабость.", "03 12   307941"),
    ("Паспорт выдан ГУ МВД России\nМесто рождения С. ВУКТЫЛ НЕНЕЦКИЙ  АО\n27 00  838538\nЖалобы.", "27 00  838538"),
])
def test_a_scanned_pages_widened_gaps(scanner: PiiScanner, source: str, number: str) -> None:
    assert _identifiers(scanner, source) == [("RU_PASSPORT", number)]


@pytest.mark.parametrize("text", [
    # (a row of three fixed-width cells above: its numbers' row, no page's number)
    "Паспорт: серия и номер указаны в карте\nРост 170  Вес 80  АД 120/80\n12  05  202412",
    # (four spaces: no printed value's gap)
    "Паспорт выдан ГУ МВД\n30.04.2016  353-451\n03 12    307941 мг",
])
def test_no_page_number_in_a_table_row_or_a_wider_gap(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "RU_PASSPORT"] == []


# The policy's full name (326-ФЗ art. 45) as its blank prints it, in capitals, after a sentence of the note
def test_a_policys_full_name_in_capitals_is_its_cue(scanner: PiiScanner) -> None:
    text = "Курит 35 лет. ПОЛИС ОБЯЗАТЕЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ\n№ 7058 2795 9753 8350\nЖалобы на слабость."
    assert _identifiers(scanner, text) == [("RU_OMS_POLICY", "7058 2795 9753 8350")]


def test_a_voluntary_insurers_number_is_no_policys(scanner: PiiScanner) -> None:
    text = "ДОГОВОР ДОБРОВОЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ\n№ 7058 2795\nЖалобы на слабость."
    assert [kind for kind, _ in _identifiers(scanner, text) if kind == "RU_OMS_POLICY"] == []
