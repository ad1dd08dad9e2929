"""PII round 17, second review: places read where none is, or cut short (:mod:`...pii.address`,
:mod:`...pii.address_lower`, :mod:`...pii.places`, :mod:`...pii.caps_address`).

Same notation as ``test_pii_formats`` (``[[KIND|value]]``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import PiiScanner


def _found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan(text)]


# finding 4: after "у." / "сл." a surname is no settlement (a person's "у")
SURNAME_AFTER_U = ["Консультирован у. Кузнецова", "Пациент у. Смирнова", "Отмечается у. Петрова 3"]


@pytest.mark.parametrize("text", SURNAME_AFTER_U)
def test_a_surname_after_u_is_no_settlement(scanner: PiiScanner, text: str) -> None:
    assert [kind for kind, _ in _found(scanner, text)] in ([], ["PERSON"]), _found(scanner, text)


# finding 3: a drug and its dose after a one-letter abbreviation ("у." утром, "с." сублингвально, "п." перорально)
DRUG_DOSES = [
    "у. бисопролол 5мг",
    "Утром: у. метопролол 25мг",
    "с. амлодипин 5мг",
    "д. нифедипин 10мг",
    "п. метформин 500мг 2р/д",
    "сл. физраствор 200мл",
    "х. лазикс 40мг",
    "п. ибупрофен 200-400",
    "с. кеторол 10-20",
    "п. перорально 12/1",
    "п. кеторол 2р",
]


@pytest.mark.parametrize("text", DRUG_DOSES)
def test_a_drug_and_its_dose_is_no_lower_case_address(scanner: PiiScanner, text: str) -> None:
    assert _found(scanner, text) == []


# finding 5: a street named by a date and followed by a house is one address with its house (one rule, in day_numbers)
DATE_NAMED_STREETS = {
    "settlement-comma-street-house": ("рп Богородское, 1 мая, д. 3", "рп Богородское, 1 мая, д. 3"),
    "village-comma-street-house": ("с. Ивановка, 8 марта, д. 3", "с. Ивановка, 8 марта, д. 3"),
    "capitalised-month": ("с. Ивановка, 8 Марта, д. 3", "с. Ивановка, 8 Марта, д. 3"),
}


@pytest.mark.parametrize(("text", "place"), list(DATE_NAMED_STREETS.values()), ids=list(DATE_NAMED_STREETS))
def test_a_street_named_by_a_date_keeps_its_house(scanner: PiiScanner, text: str, place: str) -> None:
    found = _found(scanner, text)
    assert ("LOCATION", place) in found, found


def test_a_street_word_before_a_date_named_street_is_one_rule() -> None:
    """The address grammar's cut and the keyword-less tail ask day_numbers.month_after, whose street words include
    "мкр", "проезд", "пр-д", "туп." (the grammar's own list lacked them)."""
    from medsyn_dataset.validation.pii.day_numbers import month_after

    for text in ("мкр 9 мая", "проезд 1 мая", "пр-д 1 мая", "туп. 1 мая", "ул. 9 мая"):
        day = text.index(" ") + 1
        assert not month_after(text, day, day + 1 + text[day + 1].isdigit()), text
    assert month_after("х. Троицкое 14 октября с 9:00", 12, 14)


# finding 6: the set look-up before a place label's regex (places._kind_before) is exact
def test_a_label_with_spaces_before_its_mark_names_a_place(scanner: PiiScanner) -> None:
    text = "Летом отдыхали в : Кондопога"
    assert ("LOCATION", "Кондопога") in [(kind, value.split()[-1]) for kind, value in _found(scanner, text)], _found(scanner, text)


_LABEL_PIECES = ["в", "во", "из", "В", "ИЗ", "деревне", "посёлке", "сельской", "местности", "городе", "Жалобы", "(", " ",
                 "  ", "\t", "\n", ":", "—", "–", "x", "е", ","]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=8), st.sampled_from([":", "—", "–"]), st.sampled_from([" ", "\t"]))
def test_the_kind_words_look_up_passes_wherever_the_regex_matches(pieces: list[str], mark: str, space: str) -> None:
    from medsyn_dataset.validation.pii.places import _KIND_BEFORE, _kind_before

    text = "".join(pieces) + mark + space + "Кондопога"
    start = len(text) - len("Кондопога")
    assert _kind_before(text, start) == (_KIND_BEFORE.search(text, max(0, start - 26), start) is not None), text


# finding 7: "НП" is also a medical abbreviation, "УЛИЦА" a word of a sentence
@pytest.mark.parametrize("text", ["НП ПОВЫШЕН, ", "ДИАГНОЗ: НП ГИПЕРТОНИЯ, ", "УЛИЦА НЕ УБРАНА 5"])
def test_caps_abbreviations_and_sentences_are_no_address(scanner: PiiScanner, text: str) -> None:
    assert _found(scanner, text) == []


def test_a_settlement_in_capitals_with_an_address_after_it(scanner: PiiScanner) -> None:
    found = _found(scanner, "МЕСТО РОЖДЕНИЯ: НП ПОКРОВКА, КУЩЕВСКИЙ Р-Н")
    assert any(kind == "LOCATION" and "ПОКРОВКА" in value for kind, value in found), found
