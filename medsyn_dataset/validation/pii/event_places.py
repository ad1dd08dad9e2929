"""LOCATION: the street and house where something happened to a person, named after a word of a spot, no street word.

An injury's, an accident's or a call's account names the spot by a house, a stop or a crossing: "ДТП на перекрёстке
Красных Партизан, 157", "Травма получена возле дома Новосельская, 91", "Травма у подъезда дома Садовая, 17", "Травма на
остановке Садовая, 17", "Вызов на дачу: Мелиоративная, 12". A place preposition and a noun of a spot in a town (a house,
its entrance or yard, a stop; a possessive maybe between, "возле своего дома"), or a crossing's or a country house's
noun on its own, say that a spot in a town follows, so a street's name and a lone house number are enough there, as after
a residence verb (:mod:`.street_house`). blind61's author marks the places of an insured event, blind59's every place of a
person; these spots are where a claim, a ruling or a case report puts the event.

The name is one to three capitalised words (an initial or an anniversary's number before maybe: "К.Маркса", "8 Марта")
that can name a street or a town (:func:`.street_house._names_town_or_street`), no patronymic among them, a street's kind
after it maybe ("Московского проспекта, 10"); the house one to four digits with a letter or a building maybe, and no
unit of a count or a measure after it ("дома 2 этажа", "у дома Ивановой 5 дней", "Перекрёсток Ленина 2 полосы").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts
from medsyn_dataset.validation.pii.street_house import _names_town_or_street as names_town_or_street

LOCATION = "LOCATION"
SCORE = 0.7
# where the cue words start (lower case): the noun of a spot in a town, a house or a part of its yard, a stop, a crossing,
# a country house
_CUES = ("дом", "подъезд", "двор", "остановк", "перекр", "пересечени", "дач")
_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAME = rf"(?:(?:[А-ЯЁ]\.[ \t]?)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}|\d{{1,2}}[ \t]+{_NAME_WORD})"
# a street's kind after its name, as a spot's account may add it ("на перекрёстке Московского проспекта, 10")
_STREET_KIND = (r"улиц[аеиуы]|ул\.|проспект[аеу]?|пр-т[аеу]?|пр\.|переул(?:ок|к[аеу])|пер\.|бульвар[аеу]?|б-р|шоссе"
                r"|проезд[аеу]?|площад[иь]|пл\.|набережн(?:ая|ой|ую)|тракт[аеу]?")
# a count's or a measure's word after the number: the number counts, no house ("у дома 2 раза", "у дома Ивановой 5 дней",
# "Перекрёсток Ленина 2 полосы", "у Дома Культуры 3 дня назад")
_UNIT = (r"этаж|подъезд|м\b|метр|км|раз|лет|год|мин|час|ч\b|чел|дн|сут|нед|мес|полос|ступен|шаг|машин|автомоб")
# the spot's noun (any case), "дома" after a part of a house ("у подъезда дома"), a mark maybe, then the street and house
_SPOT = re.compile(
    r"(?i:(?P<noun>дом(?:а|е|у|ом)?|подъезд[аеу]?|двор[аеу]?|остановк[аеиу]|перекр[её]ст(?:ке|ок|ка|ку)|пересечени[еия]"
    r"|дач[аеиу]))(?:[ \t]+(?i:дома))?[ \t]*[:\-–—]?[ \t]*"
    rf"(?P<place>(?P<name>{_NAME})(?:[ \t]+(?i:{_STREET_KIND}))?,?[ \t]+(?:д\.[ \t]?)?\d{{1,4}}[а-я]?(?:/\d{{1,3}}[а-я]?)?)"
    rf"(?![\w/\-])(?![.,]\d)(?![ \t]*(?i:{_UNIT}))"
)
# a place preposition before a house's, a yard's or a stop's noun, a possessive maybe between ("у дома", "возле своего
# дома", "на остановке", "во дворе"); a crossing and a country house name the spot themselves ("Перекрёсток", "дача")
_PREPOSITION_BEFORE = re.compile(
    r"(?i:(?<![\w\-])(?:у|возле|около|напротив|близ|вблизи|рядом[ \t]+с|во|в|на|от|к)[ \t]+"
    r"(?:(?:сво[её]го|сво[её]й|сво[её]м|его|её|ее|их|этого|того|нашего|соседнего)[ \t]+)?)$"
)
_NEEDS_PREPOSITION = ("дом", "подъезд", "двор", "остановк")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?![а-яё])", re.IGNORECASE)
_WORD = re.compile(_NAME_WORD)


def event_spots(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a street's name and house after a word of a spot (see above)."""
    lower = lowered(text)
    if not lower:
        return
    last_end = -1
    for start in word_starts(lower, _CUES):
        found = _SPOT.match(text, start)
        if found is None or found.end("place") <= last_end or _PATRONYMIC.search(found.group("name")):
            continue
        if lower.startswith(_NEEDS_PREPOSITION, start) and not _PREPOSITION_BEFORE.search(text, max(0, start - 30), start):
            continue  # ("дома Садовая 17" alone: a house's noun says a spot only after a place preposition)
        if all(names_town_or_street(word) for word in _WORD.findall(found.group("name"))):
            last_end = found.end("place")
            yield found.span("place")


class EventSpotRecognizer(CandidateRecognizer):
    """The street and house of an event's spot, after "у дома", "на остановке", "перекрёсток", "на дачу" (see the module)."""

    def __init__(self) -> None:
        super().__init__(LOCATION, "EventSpotRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in event_spots(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
