"""A town, a comma, a street's name and its house, with no keyword and no cue: "Малоярославец, Орловская 108/1",
"Сибай, Гафури 46б", "живёт Адыгейск, Производственная 107-84 с женой".

:func:`.address_tails.house_streets` reads this order when the house carries its flat ("Кириши, Строителей 2-97") and
the address fills a cell of its own; registers in fixed-width columns, lists of patients and hurried sentences write
the house alone and put the address between other values ("12.11.2003  Малоярославец, Орловская 108/1  8991...").
There the town's own word decides: a place the dictionary knows ("Малоярославец", "Сибай") or a word it does not
know at all ("Юровск", "Усть-Ишим") before a street named by an adjective ("Фабричная": a drug's name is unknown too,
"Бисопролол, Амлодипина 5"), never an ordinary word ("Кашель, Слабая 5") nor a person's name ("Иванов, Петрова 12");
the street is named as streets are (an adjective or a genitive) and the house is a number, maybe with its letter,
building or flat, with no unit after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.address_tails import (
    _STREET_ENDING,
    _STREET_SHAPE,
    NAME,
    PLACE_NAME,
    STREET_NAME,
    _street_or_town,
)
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, word_class

# the cheap gate: a comma, a capitalised word (or two) and a number after a space: a note has few
_GATE = re.compile(rf",[ \t]*{NAME}(?:[ \t]+{NAME})?[ \t]+\d")
# after the comma: the street's name and the house, the house maybe with its letter, building and flat
_STREET_HOUSE = re.compile(
    rf",[ \t]*(?P<street>{STREET_NAME})[ \t]+(?P<house>\d{{1,4}}[а-я]?(?:/\d{{1,3}}[а-я]?)?(?:[ \t]?-[ \t]?\d{{1,4}}[а-я]?)?)"
    r"(?![\w/\-])(?![.,:]\d)"
)
_TOWN_BEFORE = re.compile(rf"(?<![\w\-.])(?P<town>{PLACE_NAME})$")
_PERSON = WordClass.NAME | WordClass.PATRONYMIC | WordClass.SURNAME_READING | WordClass.NAME_READING

#: a town and its street with their house, no keyword: below a cued field's or a keyword's address
SCORE = 0.7


def town_houses(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of "Town, Street house" (see above)."""
    for gate in _GATE.finditer(text):
        found = _STREET_HOUSE.match(text, gate.start())
        if found is None or UNIT_AFTER.match(text, found.end()) or not _street(found.group("street")):
            continue
        town = _TOWN_BEFORE.search(text, max(0, gate.start() - 40), gate.start())
        if town is not None and _town(town.group("town"), found.group("street")):
            yield town.start(), found.end(), SCORE


def _street(name: str) -> bool:
    """A street's name: it ends as one read without its keyword does, or as a register writes one ("Коммунаров"), and
    names no person (address_tails' two endings, see there)."""
    return bool(_STREET_ENDING.search(name) or _STREET_SHAPE.search(name)) and _street_or_town(name)


def _town(name: str, street: str) -> bool:
    """The town's last word is a place by the dictionary, or a word it does not know (no person's name) before a
    street named by an adjective."""
    flags = word_class(name.split()[-1])
    if flags & WordClass.PLACE:
        return True
    return not flags & (WordClass.KNOWN | _PERSON) and adjective_form(street.split()[-1]) is not None
