"""LOCATION: the street and house where something happened to a person, named after a word of a spot, no street word.

An injury's, an accident's or a call's account names the spot by a house or a crossing: "ДТП на перекрёстке Красных
Партизан, 157", "Травма получена возле дома Новосельская, 91", "Обнаружен прохожими у дома Дорожная, 140", "Вызов на
дачу: Мелиоративная, 12". The word before ("у/возле/около/напротив дома", "перекрёсток", "пересечение", "дача") says a
spot in a town follows, so a street's name and a lone house number are enough there, as after a residence verb
(:mod:`.street_house`). blind61's author marks the places of an insured event, blind59's every place of a person; these
spots are where a claim, a ruling or a case report puts the event.

The name is one to three capitalised words (an initial or an anniversary's number before maybe: "К.Маркса", "8 Марта")
that can name a street or a town (:func:`.street_house._names_town_or_street`), no patronymic among them; the house one to
four digits with a letter or a building maybe, and no unit after it ("дома 2 этажа").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts
from medsyn_dataset.validation.pii.street_house import _names_town_or_street as names_town_or_street

LOCATION = "LOCATION"
SCORE = 0.7
# where the cue words start (lower case): a house as a landmark, a crossing, a country house
_CUES = ("у дома", "возле дома", "около дома", "напротив дома", "рядом с домом", "во дворе дома", "перекр", "пересечени",
         "на дачу", "на даче", "дача")
_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAME = rf"(?:(?:[А-ЯЁ]\.[ \t]?)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}|\d{{1,2}}[ \t]+{_NAME_WORD})"
_SPOT = re.compile(
    r"(?i:(?:у|возле|около|напротив|во[ \t]+дворе)[ \t]+дома|рядом[ \t]+с[ \t]+домом|перекр[её]ст(?:ке|ок|ка)"
    r"|пересечени[еия]|на[ \t]+дач[уе]|дача)[ \t]*[:\-–—]?[ \t]*"
    rf"(?P<place>(?P<name>{_NAME}),?[ \t]+(?:д\.[ \t]?)?\d{{1,4}}[а-я]?(?:/\d{{1,3}}[а-я]?)?)"
    r"(?![\w/\-])(?![.,]\d)(?![ \t]*(?:этаж|подъезд|м\b|метр|км|раз|лет|год|мин|час|чел))"
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)(?![а-яё])", re.IGNORECASE)
_WORD = re.compile(_NAME_WORD)


def event_spots(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a street's name and house after a word of a spot (see above)."""
    lower = lowered(text)
    if not lower:
        return
    for start in word_starts(lower, _CUES):
        found = _SPOT.match(text, start)
        if found is None or _PATRONYMIC.search(found.group("name")):
            continue
        if all(names_town_or_street(word) for word in _WORD.findall(found.group("name"))):
            yield found.span("place")


class EventSpotRecognizer(CandidateRecognizer):
    """The street and house of an event's spot, after "у дома", "перекрёсток", "на дачу" (see the module)."""

    def __init__(self) -> None:
        super().__init__(LOCATION, "EventSpotRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in event_spots(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
