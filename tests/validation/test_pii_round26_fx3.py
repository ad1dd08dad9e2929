"""Review A r26, findings 4, 5 and 6: the record numbers read beside a record's first value.

Each text is the reviewer's (or of the same class); each test failed on comb e101e56 before the fix.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii.scanner import PiiScanner

_SCANNER = PiiScanner()


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in _SCANNER.scan_fast(text)]


def _typed(text: str, kind: str) -> list[str]:
    return [value for type_, value in _found(text) if type_ == kind]


# finding 4: a SNILS or a person's INN in the bracket after a card's noun is the holder's paper, its checksum names it
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Медкарта пациента Исаевой А.Ф. (112-233-445 95) передана", "RU_SNILS", "112-233-445 95"),
    ("Медкарта пациента Исаевой А.Ф. (11223344595) передана", "RU_SNILS", "11223344595"),
])
def test_a_checksummed_paper_in_a_cards_bracket_keeps_its_type(text: str, kind: str, value: str) -> None:
    assert value in _typed(text, kind)
    assert value not in _typed(text, "MEDICAL_RECORD_NUMBER")


def test_a_cards_own_number_in_brackets_is_still_read() -> None:
    assert _typed("открыть карту пациента Исаевой А.Ф. (88765491-13)", "MEDICAL_RECORD_NUMBER") == ["88765491-13"]


# finding 5: an amount with its unit after "и" or after a role noun is no one's number
@pytest.mark.parametrize(("text", "expected"), [
    ("ИБ № 12345 и 25000 ЕД гепарина введено", ["12345"]),
    ("ИБ № 12345 и 100000 КОЕ/мл в посеве", ["12345"]),
    ("ИБ № 12345 и 5000 МЕ", ["12345"]),
    ("Пациенту перелито от донора 250000 ЕД", []),
    ("Донор 450 мл, реципиент 70 кг; донора 300000 клеток/кг", []),
])
def test_an_amount_with_its_unit_is_no_record_number(text: str, expected: list[str]) -> None:
    assert _typed(text, "MEDICAL_RECORD_NUMBER") == expected


def test_a_role_nouns_bare_person_number_is_still_read() -> None:
    assert _typed("Субъект 09739 выбыл из исследования", "MEDICAL_RECORD_NUMBER") == ["09739"]


# finding 6: the joiner is any of "и", "или", a comma, a slash
@pytest.mark.parametrize("text", [
    "прошу объединить карты 54220777 и 58857310",
    "прошу объединить карты 54220777, 58857310",
    "прошу объединить карты 54220777 или 58857310",
    "дубли ИБ 54220777 / 58857310",
])
def test_a_second_joined_record_number(text: str) -> None:
    assert "58857310" in _typed(text, "MEDICAL_RECORD_NUMBER")


@pytest.mark.parametrize("text", [
    "ИБ № 12345, 25000 ЕД гепарина",
    "ИБ № 12345 / 100000 КОЕ/мл",
    "карта 54220777, 112-233-445 95",
    "ИБ № 12345, 15000 руб. оплачено",
])
def test_the_joiners_keep_the_guards(text: str) -> None:
    assert _typed(text, "MEDICAL_RECORD_NUMBER")[1:] == []
