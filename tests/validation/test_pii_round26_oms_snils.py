"""Round 26: the SNILS's paper by its names (the pension insurance's certificate, ОПС/ГПС, its notice АДИ-РЕГ) and an
old OMS policy as a cell of a person's row with no header (:mod:`.policy_rows`).

Our own examples, written for the mechanisms, none copied from a split. The SNILS values break their check digits on
purpose: after the paper's name the cue decides, and without it (before this round) nothing reads them as a SNILS.
"""

from __future__ import annotations

import pytest
from support.pii_marks import planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import digits_only, snils_valid


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


SNILS_PAPERS = [
    "Страховое свидетельство ОПС № [[S|308 517 264 68]], выдано ПФР.",
    "Страх. свид-во гос. пенсионного страхования [[S|514-620-773 65]]",
    "Свид. ОПС: [[S|200-481-937 26]]",
    "свидетельство ГПС [[S|11223344596]] (старого образца)",
    "ССОПС [[S|308-517-264 68]]",
    "Уведомление АДИ-РЕГ № [[S|514 620 773 65]] от 2020 г.",
]


@pytest.mark.parametrize("source", SNILS_PAPERS)
def test_the_snils_named_by_its_paper(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    assert not any(snils_valid(digits_only(text[a:b])) for _, a, b in spans)  # (the cue decides, not the checksum)
    found = [value for kind, value in _typed(scanner, text) if kind == "RU_SNILS"]
    assert found == [text[a:b] for _, a, b in spans], (text, _typed(scanner, text))


def test_the_pension_insurance_is_no_record_noun(scanner: PiiScanner) -> None:
    """"Свидетельство ОПС №" names the SNILS's card: the certificate's noun no longer takes "ОПС № ..." as a record's
    number (:mod:`.other_number_words`), which swallowed the SNILS inside its longer span."""
    text = "Страховое свидетельство ОПС № 308 517 264 68"
    assert ("MEDICAL_RECORD_NUMBER", "ОПС № 308 517 264 68") not in _typed(scanner, text)


OLD_POLICY_ROWS = [
    "[[O|КК 12345678]]   [[P|Петров Андрей Сергеевич]]   [[D|01.02.1960]]   уч. 12",
    "[[P|Сидорова Е.П.]]\t[[D|12.03.1975]]\t[[O|ВМ № 458812]]",
    "[[O|7701 45128890]]\t[[P|Иванов П.С.]]\t[[D|03.04.1950]]",
    "Список на диспансеризацию:\n[[O|ЯК-5531207]]  [[P|Орлова Н.В.]]  [[D|22.11.1948]]",
    # (the row pasted after the note's own sentence: the value ends the first cell)
    "Жалоб нет. [[O|ТТ № 637322]]   [[P|Гусев В.А.]]   [[D|05.06.1981]]",
]


@pytest.mark.parametrize("source", OLD_POLICY_ROWS)
def test_an_old_policy_in_a_persons_row(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [value for kind, value in _typed(scanner, text) if kind == "RU_OMS_POLICY"]
    assert found == [text[a:b] for kind, a, b in spans if kind == "RU_OMS_POLICY"], (text, _typed(scanner, text))


NOT_POLICIES = [
    # (a record's abbreviation, a Roman numeral's certificate, a labelled military ID keep their record number's type)
    ("ИБ 1234567   Петров А.А.   01.02.1960", ("MEDICAL_RECORD_NUMBER", "ИБ 1234567")),
    ("II-АГ 123456   Петров А.А.   01.02.1960", ("MEDICAL_RECORD_NUMBER", "II-АГ 123456")),
    ("в/б АБ 1234567   Петров А.А.   01.02.1960", ("MEDICAL_RECORD_NUMBER", "АБ 1234567")),
    # (four digits and six: a passport's series and number)
    ("4509 123456   Петров А.А.   01.02.1960", ("RU_PASSPORT", "4509 123456")),
    # (no person in the row; no row at all)
    ("ЯМ 0940868   15.09.2012   уч. 5", ("MEDICAL_RECORD_NUMBER", "ЯМ 0940868")),
    ("Пациент предъявил ЯМ 0940868 вчера, Петров А.А. 01.02.1960", ("MEDICAL_RECORD_NUMBER", "ЯМ 0940868")),
    # (an identifier's abbreviation is no series)
    ("ИНН 770123456789   Петров А.А.   01.02.1960", ("RU_INN", "770123456789")),
]


@pytest.mark.parametrize(("text", "kept"), NOT_POLICIES)
def test_what_a_row_holds_besides_a_policy(scanner: PiiScanner, text: str, kept: tuple[str, str]) -> None:
    found = _typed(scanner, text)
    assert kept in found and not any(kind == "RU_OMS_POLICY" for kind, _ in found), found


HURRIED = [
    # (an underscore between the groups and after the cue: a form's blank line typed over, a key's joiner)
    ("СНИЛС_602-318-749_00_ Жалобы на кашель.", "RU_SNILS", "602-318-749_00"),
    ("СНИЛС :417-205-368_31 отмечает слабость", "RU_SNILS", "417-205-368_31"),
    # (the insurance cut to "стр.": the cue decides, the checksum fails here)
    ("Пациент 40 лет. Стр. номер 417 - 205 - 368 30 приложен", "RU_SNILS", "417 - 205 - 368 30"),
    # (the insured person of the fund's reports and a word processor's spaced dashes: the checksum decides)
    ("Сведения о застрахованном лице 731 - 046 - 285 64 направлены", "RU_SNILS", "731 - 046 - 285 64"),
    # (the identifiers' Latin names as an IT system's keys)
    ("user snils=602-318-749 01 ok", "RU_SNILS", "602-318-749 01"),
    ("oms_policy: 7701 48215590", "RU_OMS_POLICY", "7701 48215590"),
    # (a form's printed "№", then the series and its own "№" written after it, the policy's mark in lower case)
    ("полис омс № серия ЯМ № 5512894", "RU_OMS_POLICY", "5512894"),
]


@pytest.mark.parametrize(("text", "kind", "value"), HURRIED)
def test_a_hurried_snils_or_policy(scanner: PiiScanner, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _typed(scanner, text), _typed(scanner, text)


@pytest.mark.parametrize("text", ["Сведения о застрахованном лице 731 - 046 - 285 86 направлены", "ПДД: Стр. 4 - 5 - 6 12",
                                  "Справка, стр. 2. Номер 123"])
def test_no_snils_without_its_checksum_or_its_cue(scanner: PiiScanner, text: str) -> None:
    assert not any(kind == "RU_SNILS" for kind, _ in _typed(scanner, text))


def test_a_voluntary_policy_in_latin_stays_a_record_number(scanner: PiiScanner) -> None:
    assert ("MEDICAL_RECORD_NUMBER", "AX-1234567") in _typed(scanner, "AXA policy AX-1234567")


def test_a_voluntary_policy_issued_in_a_town_holding_the_letters_is_no_oms(scanner: PiiScanner) -> None:
    text = "полис ДМС выдан в Томске, серия АБ № 224994926"
    assert not any(kind == "RU_OMS_POLICY" for kind, _ in _typed(scanner, text)), _typed(scanner, text)


def test_a_latin_column_name_heads_a_delimited_header_not_its_next_row(scanner: PiiScanner) -> None:
    """"oms" ending a ";"-delimited header names a column: the next line's first cell (a row's id) is no policy."""
    text = "id;fio;birth;snils;oms\n017373534;Зайцева Татьяна Михайловна;18.02.1970;602-318-749 60;7723441193736232"
    found = _typed(scanner, text)
    assert ("RU_OMS_POLICY", "017373534") not in found and ("RU_OMS_POLICY", "7723441193736232") in found, found


def test_a_row_under_a_header_is_the_headers_to_type(scanner: PiiScanner) -> None:
    """A headed table's column may name another paper (a sanatorium's voucher): the row's shape reads no policy there."""
    text = "№\tФИО\tДата рожд.\tПутёвка\tЗаезд\n1\tБуров М.Б.\t27.11.1986\tСК № 599152\t11.12.2024"
    assert not any(kind == "RU_OMS_POLICY" for kind, _ in _typed(scanner, text)), _typed(scanner, text)
