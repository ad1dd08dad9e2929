"""The passport's series by its structure (round 23, :mod:`.passport_series`), and code 14 of an identity document,
which the two classifiers give to different papers, decided by it (:mod:`.export_document_kinds`)."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner, this_year
from medsyn_dataset.validation.pii.export_document_kinds import AMBIGUOUS, document_kind
from medsyn_dataset.validation.pii.passport_series import passport_part, series_plausible


@pytest.fixture(autouse=True)
def _year_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference year the expectations below were written in (review A r23, finding 13: the module reads the
    system clock through :mod:`.this_year`, so "4550" would become a plausible series in 2050 and these tests fail then)."""
    monkeypatch.setattr(this_year, "YEAR", 2026)


@pytest.mark.parametrize(("digits", "plausible"), [
    ("4509", True), ("0119", True), ("8397", True), ("7700", True),  # (years 09, 19, 1997, 2000)
    ("0012", False),  # (no region 00)
    ("4550", False), ("4580", False),  # (no blank printed in 1950 or 1980)
    ("450", False), ("45091", False), ("45a9", False),
])
def test_a_series_is_a_region_and_a_year(digits: str, plausible: bool) -> None:
    assert series_plausible(digits) is plausible


def test_a_part_by_its_structure() -> None:
    assert passport_part("45 09", series=True) and not passport_part("ЩП", series=True)
    assert passport_part("123456", series=False) and passport_part("4509 123456", series=False)
    assert not passport_part("1234567", series=False) and not passport_part("4550 123456", series=False)


def test_code_14_is_ambiguous_only_where_the_key_does_not_say_the_classifier() -> None:
    assert document_kind("14", "DOCTYPE") == "RU_PASSPORT"  # (the ФОМС's F011)
    assert document_kind("14", "DOC_TYPE") == AMBIGUOUS
    assert document_kind("21", "DOC_TYPE") == "RU_PASSPORT" and document_kind("03", "DOC_TYPE") == "MEDICAL_RECORD_NUMBER"


def _found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type != "DATE_TIME"]


def test_code_14_with_a_passports_series_and_number(scanner: PiiScanner) -> None:
    text = "BIRTH_DT=2001-05-04\nDOC_TYPE=14\nDOC_SER=7513\nDOC_NUM=738902\n"
    assert _found(scanner, text) == [("RU_PASSPORT", "7513"), ("RU_PASSPORT", "738902")]


def test_code_14_with_another_structure_is_another_paper(scanner: PiiScanner) -> None:
    # (a series of no region and year names no one, as another paper's series alone does; a seven-digit number is no
    # passport's)
    assert _found(scanner, "DOC_TYPE=14\nDOC_SER=4550\nDOC_NUM=1382446\n") == [("MEDICAL_RECORD_NUMBER", "1382446")]


def test_a_kind_column_named_by_its_words_says_the_rows_paper(scanner: PiiScanner) -> None:
    # (a column of the СПДУЛ's codes under a header of a kind's word and a document's: 11 is no passport's code, 21 is)
    text = "ФИО,Код ДУЛ,Серия ДУЛ,Номер ДУЛ\nГорбачев С.Д.,11,91,3401352\nИванов И.И.,21,4509,123456\n"
    assert _found(scanner, text) == [("PERSON", "Горбачев С.Д."), ("MEDICAL_RECORD_NUMBER", "3401352"),
                                     ("PERSON", "Иванов И.И."), ("RU_PASSPORT", "4509"), ("RU_PASSPORT", "123456")]
