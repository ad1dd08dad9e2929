"""Review B of round 20, findings 8-12 and the form code (identifiers): inputs are the review's, each checked for the
exact identifiers the scanner reports."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner

_NAMES = ("PERSON", "LOCATION", "DATE_TIME")


def ids(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type not in _NAMES]


def test_an_hl7_record_numbers_check_digit_is_no_policy(scanner: PiiScanner) -> None:
    # 8: one random sixteen-digit number in ten passes the ЕНП check: PID-3's first id stays the record number
    text = "MSH|^~\\&|MIS|LPU|||20240301||ADT^A01|1|P|2.5\nPID|1||1234567890123452||ИВАНОВ^ИВАН||19800101|M"
    assert ids(scanner, text) == [("MEDICAL_RECORD_NUMBER", "1234567890123452")]


def test_an_hl7_policy_in_pid18_keeps_its_check_digit(scanner: PiiScanner) -> None:
    text = "MSH|^~\\&|MIS|LPU|||20240301||ADT^A01|1|P|2.5\nPID|1||4512||ИВАНОВ^ИВАН|||||||||||||2708155727974514"
    assert ("RU_OMS_POLICY", "2708155727974514") in ids(scanner, text)


def test_a_fixed_width_rows_cells_are_no_passport(scanner: PiiScanner) -> None:
    # 9: the scan's doubled space only opening its line under no row of cells, or after the page's word on its line
    text = "Паспорт: серия и номер указаны в карте\nРост 170  Вес 80  АД 120/80\n12  05  202412"
    assert ids(scanner, text) == []


@pytest.mark.parametrize("text", [
    "пасп:36  05  485595 боли по всему животу",
    "Паспорт выдан МВД\nФамилия КОНОВАЛОВ\n73 01  391650\nЖалобы на слабость.",
])
def test_a_scans_doubled_space_stays_a_passport(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in ids(scanner, text)] == ["RU_PASSPORT"]


@pytest.mark.parametrize("text", [
    # 10: a foreign citizen so called, no state named: a Russian passport's 4 + 6 digits stay RU_PASSPORT
    "Из анамнеза: в 1998 году - иностранный гражданин, паспорт 4509 123456 получен в 2005",
    "Иностранный гражданин, паспорт 4509 123456 (РФ)",
])
def test_a_russian_passport_after_a_foreign_holders_words(scanner: PiiScanner, text: str) -> None:
    assert ids(scanner, text) == [("RU_PASSPORT", "4509 123456")]


@pytest.mark.parametrize(("text", "value"), [
    ("Иностранный гражданин, паспорт 873142655", "873142655"),
    ("Гражданин Узбекистана, паспорт 4509 123456", "4509 123456"),
])
def test_a_foreign_holders_passport_stays_a_record_number(scanner: PiiScanner, text: str, value: str) -> None:
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    assert ids(scanner, text) == [("RU_PASSPORT", value)]


def test_a_markdown_row_of_empty_cells_is_no_bars(scanner: PiiScanner) -> None:
    # 11: "||" and "|| |" of empty markdown cells are no barcode above or below a line of numbers
    assert ids(scanner, "| Показатель || Значение |\n|| | |\n120 450 300") == []


def test_a_barcodes_printed_line_under_its_bars(scanner: PiiScanner) -> None:
    assert ids(scanner, "Этикетка\n||| | || ||| |\n4600 5177 22") == [("MEDICAL_RECORD_NUMBER", "4600 5177 22")]


@pytest.mark.parametrize(("text", "found"), [
    # 12: the blank's series and number only after the spelt-out noun, not after "ЛН"
    ("ЛН 14 123456 дней", []),
    ("Открыт больничный лист 20 743043", [("MEDICAL_RECORD_NUMBER", "20 743043")]),
    ("л/н 388829947017 закрыт", [("MEDICAL_RECORD_NUMBER", "388829947017")]),
    # (review 0 of round 21: the short nouns keep the blank's series and number when no day's word follows)
    ("л/н 20 743043", [("MEDICAL_RECORD_NUMBER", "20 743043")]),
    ("Выдан ЛН: 20 743043, закрыт", [("MEDICAL_RECORD_NUMBER", "20 743043")]),
    ("ЛН 14 123456 дн.", []),
])
def test_a_sick_leaves_blank_series(scanner: PiiScanner, text: str, found: list[tuple[str, str]]) -> None:
    assert ids(scanner, text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a form's code after "по форме"/"ф." is never a record number, its kind's letter or its number after the dash too
    ("Медицинская карта по форме 003-О/у", []),
    ("Мед. карта по форме 025-1/у", []),
    ("Медицинская карта по форме 003-О/у № 4512", [("MEDICAL_RECORD_NUMBER", "4512")]),
    ("Медицинская карта ф. 003-В/у 4512/24", [("MEDICAL_RECORD_NUMBER", "4512/24")]),
    # (review 0 of round 21: a letter after the dash is a form's kind only before its slash; "452-Ку" is the number)
    ("История болезни 452-Ку", [("MEDICAL_RECORD_NUMBER", "452-Ку")]),
    ("Карта 452-ау", [("MEDICAL_RECORD_NUMBER", "452-ау")]),
])
def test_a_forms_code_is_no_record_number(scanner: PiiScanner, text: str, found: list[tuple[str, str]]) -> None:
    assert ids(scanner, text) == found
