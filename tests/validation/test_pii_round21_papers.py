"""PII that generalises (issue #10, round 21): passports and OMS policies by mechanism, not by layout.

Marks as in :mod:`support.pii_marks`; the examples are our own, written for the mechanisms the tuning splits' misses
showed (an age right after a value, a series and a number as a list's two items, a policy's number as a register's
cell).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str, kind: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == kind]


# the owner's age right after the value: no group of it (blind37, blind39 and our number-first passports)
AGE_AFTER_VALUE = [
    "полис серия и номер [[O|9780 № 48900309]] 38 лет. Жалобы на головную боль.",
    "Полис ОМС старого образца [[O|ВС 938 510 147]] 33 года. Беременностей не было.",
    "Полис ОМС [[O|7701 2345 6789 0123]] 45 лет, жалобы на кашель.",
    "паспорт номер [[Pa|514059]], серия [[Pa|75 22]] 58 лет Менопауза в 55 лет.",
    "пасп. №[[Pa|304142]] серии [[Pa|4007]] 36 лет. Жалобы на слабость.",
]


@pytest.mark.parametrize("source", AGE_AFTER_VALUE)
def test_an_age_after_a_value_is_no_group_of_it(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_unit_after_a_series_still_makes_it_a_measure(scanner: PiiScanner) -> None:
    # (the age is let through, not any number: "серия 75 22 58 мг" stays no series)
    assert "75 22" not in _typed(scanner, "паспорт номер 514059, серия 75 22 58 мг", "RU_PASSPORT")


# the series and the number as a list's two items: "<series>, номер <number>" (blind46)
SERIES_COMMA_NUMBER = [
    "паспорт: [[Pa|1301, номер 481948]], выдан МВД. Жалобы на одышку.",
    "Предъявлен паспорт [[Pa|2217, номер 560939]]. Жалобы на боли в пояснице.",
]


@pytest.mark.parametrize("source", SERIES_COMMA_NUMBER)
def test_series_comma_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_another_papers_number_after_a_comma_is_no_passports(scanner: PiiScanner) -> None:
    # (the label's words name another paper: "номер карты")
    assert _typed(scanner, "паспорт 1301, номер карты 481948", "RU_PASSPORT") == []


# a ЕНП as a whole cell of a register's row (blind33, blind37, blind42)
ENP_CELLS = [
    "Жалоб нет. id,fio,birth_date,snils,enp,phone\n[[M|644168650]],[[P|Егоров А.С.]],[[D|10.10.2008]],[[S|651-820-495 93]],"
    "[[O|7783 8112 8561 5777]],[[T|89701729258]]\n",
    "список:\n[[O|6172276254821056]];[[P|Дьячков]];[[P|Януарий]];[[D|23.05.1985]];АДС-м;U7940\n",
    "| [[P|Гущина Т.А.]] | [[D|25.05.1939]] | [[O|5028942098589013]] |\n",
]


@pytest.mark.parametrize("source", ENP_CELLS)
def test_enp_as_a_rows_cell(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def _policy_scores(scanner: PiiScanner, text: str) -> list[tuple[str, float]]:
    return [(text[e.start : e.end], round(e.score, 2)) for e in scanner.scan_fast(text) if e.type == "RU_OMS_POLICY"]


def test_sixteen_digits_failing_the_check_digit_are_no_policy_cell(scanner: PiiScanner) -> None:
    # (review A r21, finding 10: the scanner's output, not the cell's parts: the row's sixteen digits score as the same
    # digits alone, no cell's raise; with a valid check digit the same row is the cell's)
    bare = _policy_scores(scanner, "6172276254821057")
    assert bare and bare[0][1] < 0.9
    assert _policy_scores(scanner, "код;дата\n6172276254821057;23.05.1985\n") == bare
    assert _policy_scores(scanner, "код;дата\n6172276254821056;23.05.1985\n") == [("6172276254821056", 0.9)]


def test_digits_inside_a_longer_cell_are_no_policy_cell() -> None:
    from medsyn_dataset.validation.pii.policy_cells import ENP_CELL

    # (a longer code, a cell with words after the digits, digits after a word)
    for text in ("a;61722762548210561;b", "a;6172276254821056 шт;b", "ЕАН 6172276254821056;"):
        assert ENP_CELL.pattern.search(text) is None, text


def test_a_cell_in_a_row_without_a_date_scores_as_the_sentence_rule() -> None:
    from medsyn_dataset.validation.pii.policy_cells import ENP_CELL

    assert ENP_CELL.context.adjust("a;6172276254821056;b", 2, 18, 0.6) == 0.6
    assert ENP_CELL.context.adjust("a;6172276254821056;01.02.1990", 2, 18, 0.6) == pytest.approx(0.9)


# a passport declared by its kind before its number: the ФНС СПДУЛ code 21 or the document's name under a label of its
# kind (blind44's two families, our tax-form convention)
DECLARED = [
    '"identityDoc": {"type": "21", "seriesNumber": "[[Pa|8818 424564]]"}',
    '{"docType": "21", "seriesNumber": "[[Pa|8818424564]]"}',
    "Налогоплательщик: [[P|Уварова Я.Е.]], код документа 21, [[Pa|4608630596]] Боли при открывании рта.",
    "Наименование документа: паспорт; серия, номер: [[Pa|1217-795540]]\n",
    "Вид документа — паспорт гражданина РФ, [[Pa|45 09 123456]]. Жалоб нет.",
]


@pytest.mark.parametrize("source", DECLARED)
def test_a_passport_declared_by_its_kind(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", [
    "Наименование документа: полис ОМС; номер: 4509123456",  # (another kind declared)
    "код документа 22, 4509123456",  # (22: the travel passport, no citizen's internal one)
    "код документа 21, тел. 8 912 345 67 89",  # (a value of no passport's shape first)
    "Вид документа: паспорт иностранного гражданина 4509 123456",
    "код документа 21\n4509 123456",  # (another line)
    "Вид документа паспорт, выдан 12.05.2019",
])
def test_no_passport_declared(text: str) -> None:
    from medsyn_dataset.validation.pii.declared_passports import DECLARED_PASSPORT

    assert DECLARED_PASSPORT.pattern.search(text) is None


def test_another_kind_code_types_no_passport(scanner: PiiScanner) -> None:
    # definition change r26: a travel/foreign passport is RU_PASSPORT (22 is the passport for travel abroad)
    assert _typed(scanner, '{"type": "22", "seriesNumber": "75 1234567"}', "RU_PASSPORT") == ["75 1234567"]
