"""LOCATION: the address a polyclinic's errand goes to, after a word that says one follows, typed in a hurry.

A patient's address is written not only after "Адрес:" or "проживает" (:mod:`.fields`) but after the errand that
takes someone there: a delivery of drugs or of a certificate ("доставка лекарств г. ставрополь, пр-т гражданская,
д. 6-238", "Доставить: СНТ «Рассвет», уч. 250"), a nurse's or a doctor's home visit to a newborn or a bedridden
patient ("Патронаж новорождённого — череповец родниковая 45-130"), or the abbreviated label of a hurried note ("адр
ш. глинки, 43к1 кв.230"). Such notes drop the markers and the capitals, so these cue words alone say little
("доставка лекарств курьером завтра", "патронаж 2 раза в неделю"): the value after them counts only where it opens
as an address does:

* an address keyword with its stop or space ("г.", "ш.", "д.", "ул ", "обл."), a six-digit postcode, a garden
  partnership ("СНТ");
* or a run of one to three words (any case: "нижний тагил", "РОСТОВ-НА-ДОНУ 1 МАЯ") and a house with its flat or
  building joined by a dash or a slash ("67-167", "24-179", "12/3") with no unit after it ("2-3 дня" is a count).

The field then runs to its end as every cued address field does (:func:`.field_ends.field_end`). The pass costs a look-up
in the shared cue index on a note without these words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered, word_starts
from medsyn_dataset.validation.pii.field_ends import _KEYWORD_SHORT, _KEYWORD_WORD, field_end
from medsyn_dataset.validation.pii.fields import CUE_SCORE

_ANCHORS = ("доставк", "достав", "адр", "патронаж")
# the cue; then up to two words of its object ("лекарств", "новорождённого", "на дом"), then a colon or a dash, or nothing
_CUE = re.compile(r"(?:доставк[аиуе]|доставить|доставлен[аоы]?|адр(?![\w.])|патронаж\w*)(?![\w])", re.IGNORECASE)
_OBJECT_WORD = re.compile(r"[ \t]+[а-яё]+(?![\w.])", re.IGNORECASE)
_SIGN = re.compile(r"[ \t]*(?:[:\-–—][ \t]*)?")
_MAX_OBJECT_WORDS = 2
# (a keyword of one letter only with its stop: "с курьером", "д 5" are a preposition and a count as often)
_KEYWORD_START = re.compile(
    rf"(?:(?:{_KEYWORD_SHORT})\.|(?:{_KEYWORD_SHORT}|{_KEYWORD_WORD})(?<![^\W\d_]{{2}})(?<=[^\W\d_]{{2}})[ \t]+(?=[^\W\d_]|«|\")"
    r"|\d{6}(?!\d)|снт(?![\w]))",
    re.IGNORECASE,
)
# one to three words, then a house and its flat or building ("весенняя 67-167", "павлика морозова 78-183")
_WORDS_HOUSE = re.compile(
    r"[^\W\d_][\w\-]*(?:[ \t]+[\w\-]+){0,3}?[ \t]+\d{1,4}[а-яё]?[-/]\d{1,4}[а-яё]?(?![\w/\-]|[.,]\d)"
    r"(?![ \t]*(?:лет|год|г\.|раз|дн|день|дня|мес|нед|сут|час|ч\.|мин|мм|см|мл|мг|кг|ед|%|уп|таб|шт))",
    re.IGNORECASE,
)


def errand_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the addresses after delivery, home-visit and "адр" cues (see the module's docstring)."""
    lower = lowered(text)
    if not lower:
        return
    resume = 0
    for position in word_starts(lower, _ANCHORS):
        if position < resume:
            continue
        cue = _CUE.match(text, position)
        start = _value_start(text, cue.end()) if cue is not None else None
        if start is None:
            continue
        end = _trimmed(text, start, field_end(text, start, address=True))
        if end - start >= 6:
            resume = end
            yield start, end


def _value_start(text: str, position: int) -> int | None:
    """Where the address starts after the cue ending at ``position``: after none, one or two words of the cue's
    object, each a common word in the genitive ("лекарств", "новорождённого"; a town's name is no object)."""
    for _ in range(_MAX_OBJECT_WORDS + 1):
        sign = _SIGN.match(text, position)
        start = sign.end() if sign is not None else position
        if start > position and _KEYWORD_START.match(text, start):
            return start
        word = _OBJECT_WORD.match(text, position)
        if word is None or not _object_word(word.group().strip()):
            return start if start > position and _WORDS_HOUSE.match(text, start) else None
        position = word.end()
    return None


@lru_cache(maxsize=5_000)
def _object_word(word: str) -> bool:
    """``word`` reads first as a common noun or adjective in the genitive (what is delivered, whom a visit is to)."""
    tag = analyzer().parse(word.lower())[0].tag
    return tag.POS in ("NOUN", "ADJF", "PRTF") and tag.case in ("gent", "gen2") and not tag.grammemes & _NAME_GRAMMEMES


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def _trimmed(text: str, start: int, end: int) -> int:
    """The field's end, before what starts another field in a hurried note: a word glued to a long number (a paper's
    number: "...671828 карта488416"), or, in an address typed in capitals, a word in ordinary case (the next sentence:
    "СНТ «РАССВЕТ», УЧ. 250 Замедленность движений")."""
    glued = _GLUED_NUMBER.search(text, start, end)
    if glued is not None:
        end = glued.start()
    if _CAPS_WORD.match(text, start):
        ordinary = _ORDINARY_WORD.search(text, start, end)
        if ordinary is not None:
            end = ordinary.start()
    while end > start and text[end - 1] in " \t,.;:-–—":
        end -= 1
    return end


_GLUED_NUMBER = re.compile(r"(?<![\w])[^\W\d_]{3,}\d{5,}")
_CAPS_WORD = re.compile(r"[А-ЯЁ]{2,}(?![а-яё])")
_ORDINARY_WORD = re.compile(r"(?<=[ \t])[А-ЯЁ][а-яё]{2,}")


class ErrandAddressRecognizer(CandidateRecognizer):
    """Addresses after a delivery, a home visit or a hurried "адр" (LOCATION)."""

    def __init__(self) -> None:
        super().__init__("LOCATION", "ErrandAddressRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in errand_addresses(text):
            yield Candidate(self.entity, start, end, CUE_SCORE, self.name)
