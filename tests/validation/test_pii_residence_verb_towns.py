"""A town after a residence verb with no keyword (round 25, :func:`.fields.address_fields`). Our own examples: a
voucher's line, a chat of a caller, a form's "Проживает:" label, and the ordinary words after such verbs."""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _places(scanner: PiiScanner, text: str) -> list[str]:
    return [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "LOCATION"]


@pytest.mark.parametrize(("text", "place"), [
    # one word that reads as a place (or that the dictionary does not know) up to the sentence's end
    ("Носов А.Г., 1947 г.р., проживает Калевала. Начало курса 30 апреля.", "Калевала"),
    ("Пациент 1986 г.р., проживает Урус-Мартан. Курс 21 день.", "Урус-Мартан"),
    # a town of two capitalised words after a residence label's colon
    ("Проживает: Серебряные Пруды.", "Серебряные Пруды"),
    # a caller's first person, a town, a street and a house: the field ends at the house
    ("полис 60201753 78534906, живем Туруханск Ореховая 16 перезвоните 8 (902) 780-80-74", "Туруханск Ореховая 16"),
    ("не могу записаться, живу Тосно Мичурина 75 кв 3, перезвоните", "Тосно Мичурина 75 кв 3"),
])
def test_a_town_after_a_residence_verb(scanner: PiiScanner, text: str, place: str) -> None:
    assert _places(scanner, text) == [place]


@pytest.mark.parametrize("text", [
    "Проживает Один. Курит.",
    "Живет Отдельно.",
    "Проживает: Отдельно",
    "живу один, работаю.",
    "Живем Дружно 5 лет",
])
def test_no_town_after_a_residence_verb_before_ordinary_words(scanner: PiiScanner, text: str) -> None:
    assert _places(scanner, text) == []
