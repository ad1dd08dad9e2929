"""A town, a comma, a street's name and its house, with no keyword and no cue: "Малоярославец, Орловская 108/1",
"Сибай, Гафури 46б", "живёт Адыгейск, Производственная 107-84 с женой".

:func:`.house_streets.house_streets` reads this order when the house carries its flat ("Кириши, Строителей 2-97") and
the address fills a cell of its own; registers in fixed-width columns, lists of patients and hurried sentences write
the house alone and put the address between other values ("12.11.2003  Малоярославец, Орловская 108/1  8991...").
There the town's own word decides: a place the dictionary knows ("Малоярославец", "Сибай", "Усть-Кулом"), or a word it
does not know at all after a settlement's kind ("г. Юровск", "пос. Ишимский") before a street named by an adjective
("Фабричная"); never a word it does not know alone, as most drugs' brand names are ("Лантус, Вечерняя 20", "Хумалог,
Утренняя 12"), nor an ordinary word ("Кашель, Слабая 5") nor a person's name ("Иванов, Петрова 12"). The street is
named as streets are (an adjective or a genitive), never by a dose's or a score's adjective ("Шкала Глазго, Общая 15":
Glasgow is a place), and the house is a number, maybe with its letter, building or flat, with no unit after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.address_tails import NAME, PLACE_NAME, STREET_NAME, street_or_town
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.house_streets import STREET_ENDING, STREET_SHAPE
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, word_class

# the cheap gate: a comma, a capitalised word (or two) and a number after a space: a note has few
# (a comma may part the street from its house too, as the postal order parts every element: "Торжок, Лунная, 97/1")
_GATE = re.compile(rf",[ \t]*{NAME}(?:[ \t]+{NAME})?(?:[ \t]+|,[ \t]*)\d")
# after the comma: the street's name and the house, the house maybe with its letter, building and flat
_STREET_HOUSE = re.compile(
    rf",[ \t]*(?P<street>{STREET_NAME})(?:[ \t]+|,[ \t]*)(?P<house>\d{{1,4}}[а-я]?(?:/\d{{1,3}}[а-я]?)?(?:[ \t]?-[ \t]?\d{{1,4}}[а-я]?)?)"
    r"(?![\w/\-])(?![.,:]\d)"
)
_TOWN_BEFORE = re.compile(rf"(?<![\w\-.])(?P<town>{PLACE_NAME})$")
# a settlement's kind right before an unknown town's word: the word is a place's name ("г. Юровск", "пос. Ишимский")
_KIND_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:(?:г|гор|пос|п|с|д|дер|пгт|ст-ца)\.|город|пос[её]лок|село|деревня|станица|хутор|пгт)[ \t]*$")
# a dose's time of day or count, or a score's part, named as a street is named: "Вечерняя 20", "Повторная 2", "Общая 15"
DOSE_OR_SCORE_WORD = re.compile(
    r"(?i:утрен|вечерн|дневн|ночн|суточн|повторн|однократн|разов|курсов|общ|максимальн|минимальн|начальн|"
    r"поддерживающ|средн|базальн|болюсн|итогов|суммарн)")
_PERSON = WordClass.NAME | WordClass.PATRONYMIC | WordClass.SURNAME_READING | WordClass.NAME_READING

# the comma between the street and its house of the postal order ("Торжок, Лунная, 97/1")
_POSTAL_COMMA = re.compile(r"[ \t]*,")
# the share of the predictor's readings of an unknown word that must be a place's name (word_class's own threshold)
_PLACE_GUESS = 0.2

#: a town and its street with their house, no keyword: below a cued field's or a keyword's address
SCORE = 0.7


def town_houses(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the town and of the street with its house, two parts of "Town, Street house" (see
    above): the address chain joins them and counts both, as it counts a town and a street found by other rules
    ("Москва, Ленинская 5" scores 0.85, as before this module; one span would count as one part, review 19B finding 3)."""
    for gate in _GATE.finditer(text):
        found = _STREET_HOUSE.match(text, gate.start())
        if found is None or UNIT_AFTER.match(text, found.end()) or not _street(found.group("street")):
            continue
        town = _TOWN_BEFORE.search(text, max(0, gate.start() - 40), gate.start())
        if town is not None and _town(town.group("town"), found.group("street"),
                                      _KIND_BEFORE.search(text, max(0, town.start() - 12), town.start()) is not None,
                                      _POSTAL_COMMA.match(text, found.end("street")) is not None):
            yield town.start(), town.end(), SCORE
            yield found.start("street"), found.end(), SCORE


def _street(name: str) -> bool:
    """A street's name: it ends as one read without its keyword does, or as a register writes one ("Коммунаров"), and
    names no person (address_tails' two endings, see there), nor a dose's or a score's part."""
    if DOSE_OR_SCORE_WORD.match(name):
        return False
    return bool(STREET_ENDING.search(name) or STREET_SHAPE.search(name)) and street_or_town(name)


def _town(name: str, street: str, kind_before: bool, postal: bool) -> bool:
    """The town's last word is a place by the dictionary, or a word it does not know (no person's name) before a
    street named by an adjective: after a settlement's kind, or in the postal order, a comma before the house too
    ("Объячево, Революционная, 85"), when the morphological predictor reads the word as a place's name by its ending
    (pymorphy3's "Geox" guessed for an unknown word: "Объячево"; a drug's brand is guessed a noun: "Лантус")."""
    last = name.split()[-1]
    flags = word_class(last)
    if flags & WordClass.PLACE:
        return True
    if flags & (WordClass.KNOWN | _PERSON) or adjective_form(street.split()[-1]) is None:
        return False
    return kind_before or (postal and sum(parse.score for parse in analyzer().parse(last.lower())
                                          if "Geox" in parse.tag.grammemes) >= _PLACE_GUESS)
