"""Review A of round 20, findings 7-9: a lower-case street's settlement, a hurried address's house, a register's cell.

* 7: the settlement read before a lower-case street ("с рябиновка ул снежная 52") is no preposition and its object
  ("беседа с матерью", "консультация с терапевтом"): the street alone is the address;
* 8: a house, its flat and its building after a hurried address's cue ("адр ленина 5-12/3") is read as before 0f881ba;
* 9: a tab after a count of days is a cell boundary only in a register's row of four cells or more ("Срок\\t5\\tд.
  Иванова" are days and a surname; "14\\tБольшаков П.Б.\\t19\\tд. Малиновка" stays a village).
Made-up cases.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Беседа с матерью [[L|ул снежная 52]]",
    "Консультация с терапевтом [[L|ул. садовая 5]]",
    # the register's settlement before the street, with or without its stop, is still taken
    "живет [[L|с рябиновка ул снежная 52]] одна",
    "живет [[L|с. рябиновка ул снежная 52]] одна",
    # (review 0 of round 21: the street's keyword spelt out is one, as before a59c349)
    "[[L|с. рябиновка улица снежная 52]]",
    "Выписана домой: [[L|с. рябиновка улица снежная 52]]",
    "адр [[L|ленина 5-12/3]]",
])
def test_a_street_after_a_preposition_and_a_house_flat_building(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted([e for e in scanner.scan_fast(text) if e.type == "LOCATION"], text, spans)


@pytest.mark.parametrize("text", ["Срок\t5\tд. Иванова", "Курс\t7\tд. Петрова наблюдает"])
def test_days_in_a_short_tabbed_line_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "LOCATION"] == []


@pytest.mark.parametrize(("text", "place"), [
    # (review 0 of round 21: a year's cell before the tab is a register's, in a line of two or three cells too)
    ("1955\tс. Комаровка", "с. Комаровка"),
    ("Петров П.П.\t1955\tс. Комаровка", "с. Комаровка"),
])
def test_a_village_after_a_year_cell_in_a_short_row(scanner: PiiScanner, text: str, place: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"] == [place]


@pytest.mark.parametrize("text", ["д горки ул мира 3", "с липки ул лесная 7", "д березки ул садовая 5"])
def test_a_plural_settlement_before_a_lower_case_street(scanner: PiiScanner, text: str) -> None:
    # (review 0 of round 21: a plural name, read first as a genitive, is the settlement's, no preposition's object; the
    # span is asked whole, as an overlap would pass with the street alone)
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"] == [text]


def test_a_word_opening_with_a_kinds_letter_is_no_settlement(scanner: PiiScanner) -> None:
    # (review 0 of round 21: with no stop the kind and the name are parted by a space; "проживания" was read as "п"
    # and "роживания" once the name's nominative reading kept the settlement)
    text = "место проживания вытегра, ул.минина 63-197"
    places = [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]
    assert places and not any("проживания" in place for place in places)
