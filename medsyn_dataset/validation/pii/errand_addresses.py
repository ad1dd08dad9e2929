"""LOCATION: the address a polyclinic's errand goes to, after a word that says one follows, typed in a hurry.

A patient's address is written not only after "Адрес:" or "проживает" (:mod:`.fields`) but after the errand that
takes someone there: a delivery of drugs or of a certificate ("доставка лекарств г. ставрополь, пр-т гражданская,
д. 6-238", "Доставить: СНТ «Рассвет», уч. 250"), a nurse's or a doctor's home visit to a newborn or a bedridden
patient ("Патронаж новорождённого — череповец родниковая 45-130"), or the abbreviated label of a hurried note ("адр
ш. глинки, 43к1 кв.230"; "прож" and "м/ж", место жительства, without their stop or colon: "прож Таежная 22/1/132",
"м/ж Курская 9а кв153"). Such notes drop the markers and the capitals, so these cue words alone say little
("доставка лекарств курьером завтра", "патронаж 2 раза в неделю"): the value after them counts only where it opens
as an address does:

* an address keyword with its stop or space ("г.", "ш.", "д.", "ул ", "обл."), or glued to its capitalised name
  ("гКоломна улТитова 21"), a six-digit postcode, a garden partnership ("СНТ");
* or a run of one to three words, maybe parted by commas (any case: "нижний тагил", "РОСТОВ-НА-ДОНУ 1 МАЯ",
  "Избербаш, Черемушки,") and a house with its flat or building joined by a dash or a slash ("67-167", "24-179",
  "12/3"), a house, its building and its flat ("107/1/245"), or a house and its flat's keyword ("107б кв 11") with no
  unit after it ("2-3 дня" is a count).

The field then runs to its end as every cued address field does (:func:`.field_ends.field_end`). The pass costs a look-up
in the shared cue index on a note without these words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, lowered, word_starts
from medsyn_dataset.validation.pii.day_numbers import month_after
from medsyn_dataset.validation.pii.field_ends import _KEYWORD_SHORT, _KEYWORD_WORD, field_end
from medsyn_dataset.validation.pii.fields import CUE_SCORE, GLUED_KEYWORD
from medsyn_dataset.validation.pii.morph import WordClass, adjective_form, word_class

_ANCHORS = ("доставк", "достав", "адр", "патронаж", "прож", "м/ж", "живет", "живёт")
# the cue; then up to two words of its object ("лекарств", "новорождённого", "на дом"), then a colon or a dash, or nothing
# ("прож." and "м/ж:" with their marks are labels of :mod:`.fields`; without them they are as hurried as "адр")
# (a verb of residence, "живет", "проживает", "прож.", cues :mod:`.fields` too, whose test of a value wants a name the
# dictionary does not know; here only a value that opens as an address does counts, so a hurried note's lower-case town,
# street and "house/building-flat" are read after it: "живет всеволожск маркса 105/1/3-159 одна")
_CUE = re.compile(r"(?:доставк[аиуе]|доставить|доставлен[аоы]?|адр(?![\w.])|патронаж\w*|прож(?![\w.])|м/ж"
                  r"|прож\.|проживает|жив[её]т)(?![\w])", re.IGNORECASE)
# the residence verbs: frequent in notes, they are read on only with a number ahead in their line
_VERBS = frozenset(("проживает", "живет", "живёт"))
_NUMBER_AHEAD = re.compile(r"[^\n\d]{0,60}\d")
_OBJECT_WORD = re.compile(r"[ \t]+[а-яё]+(?![\w.])", re.IGNORECASE)
_SIGN = re.compile(r"[ \t]*(?:[:\-–—][ \t]*)?")
_MAX_OBJECT_WORDS = 2
# (a keyword of one letter only with its stop: "с курьером", "д 5" are a preposition and a count as often)
_KEYWORD_START = re.compile(
    rf"(?:(?:{_KEYWORD_SHORT})\.|(?:{_KEYWORD_SHORT}|{_KEYWORD_WORD})(?<![^\W\d_]{{2}})(?<=[^\W\d_]{{2}})[ \t]+(?=[^\W\d_]|«|\")"
    rf"|\d{{6}}(?!\d)|снт(?![\w])|(?-i:{GLUED_KEYWORD}))",
    re.IGNORECASE,
)
# one to three words, then a house and its flat or building ("весенняя 67-167", "павлика морозова 78-183"), its flat
# and building ("ленина 5-12/3"), a house, its
# building and flat ("Таежная 22/1/132": not a date's "5/3/20"), or a house and its flat's keyword ("Курская 9а кв153")
# (not a preposition's or a pronoun's phrase: "прож у дочери, 1-2 эт." is the floor of a relative's flat)
_WORDS_HOUSE = re.compile(
    r"(?!(?:у|с|со|в|во|на|к|по|за|при|от|до|для|из|один|одна|одни|сам|сама)[ \t,])[^\W\d_][\w\-]*(?:,?[ \t]+[\w\-]+){0,3}?,?[ \t]+(?:\d{1,4}[а-яё]?(?:-\d{1,4}[а-яё]?(?:/\d{1,3})?|/\d{1,4}[а-яё]?(?:/\d{1,3}(?<!\d/\d\d))?(?:-\d{1,4}(?!-))?)"
    r"|\d{1,4}[а-яё]?[ \t,]*(?:кв\.?|квартира)[ \t]?\d{1,4})(?![\w/\-]|[.,]\d)"
    r"(?![ \t]*(?:лет|год|г\.|раз|дн|день|дня|мес|нед|сут|час|ч\.|мин|мм|см|мл|мг|кг|ед|%|уп|таб|шт|эт))",
    re.IGNORECASE,
)
# what may follow a house read by its shape in the same address: its entrance, floor, flat or building ("68-111, п.1,
# эт.8"); anything else ends the address there ("25а/84 самообращение", "22/1/132 (у сына)")
# (one list for both patterns below: a house's part is never the word that ends the address)
# (Not field_ends' address words, though the flat's, the building's and the letter's are among those too: they say whether
# a cued field goes on after a house-flat pair, in any case form ("квартир\w*"), and hold no entrance or floor, so
# "Адрес: ул. Ленина 5-12 этаж 3" ends at "5-12" (the floor names no one); these are the parts written before a number
# that a house read by its shape keeps, entrance and floor included ("адр ул. ленина 5 подъезд 2 этаж 3",
# test_pii_review18_places). One list would move one of the two ends: test_pii_one_place_round19.)
_HOUSE_PART_WORD = r"п|под|подъезд|эт|этаж|кв|квартир[аеы]|корп|корпус|стр|строение|лит|литер[аы]?"
_HOUSE_PARTS = re.compile(rf"(?:[ \t]*,?[ \t]*(?:{_HOUSE_PART_WORD})\.?[ \t]?\d{{1,4}}[а-я]?(?![\w.,]\d))*")
# a house in an address whose keywords are glued to their names, and a word after it: the next sentence ("гКоломна
# улТитова 21 Применяла ...": the field's end is read by its marks, which such a note drops); not the house's own
# building, flat or entrance ("ул. ленина 5 корпус 2 кв 3" goes on)
_HOUSE_THEN_WORD = re.compile(
    rf"\d[а-яё]?(?:[-/]\d{{1,4}}[а-яё]?)*(?=[ \t]+(?!лет\b|(?i:{_HOUSE_PART_WORD})(?![а-яё]))[А-ЯЁа-яё][а-яё]{{2,}}(?![\w.]))"
)

# (... where an ordinary word or a bracket follows: "25а/84 самообращение", "22/1/132 (у сына)"; a name or a settlement's
# keyword after the house is its town or region, "67-167 Кимры", "67-167, Кимрский р-н", and the field goes on)
_ADDRESS_ENDS = re.compile(rf"[ \t,]*(?:\(|(?!{_KEYWORD_START.pattern})[а-яё])")


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
        if cue is not None and cue.group().lower() in _VERBS and _NUMBER_AHEAD.match(text, cue.end()) is None:
            continue  # (a residence verb, frequent in notes, with no house number in its line: "проживает с семьёй")
        value = _value_start(text, cue.end()) if cue is not None else None
        if value is None:
            continue
        start, shape = value
        end = _trimmed(text, start, field_end(text, start, address=True))
        if shape is not None:  # (an address read by its shape ends with its house and the house's parts ...)
            parts_end = _HOUSE_PARTS.match(text, shape.end()).end()  # type: ignore[union-attr]
            end = min(end, parts_end) if _ADDRESS_ENDS.match(text, parts_end) else end
        elif text[start : start + 1].islower() and text[start + 1 : start + 3] != ". ":
            house = _HOUSE_THEN_WORD.search(text, start, end)
            end = house.end() if house is not None and not month_after(text, house.start(), house.end()) else end
        if end - start >= 6:
            resume = end
            yield start, end


def _value_start(text: str, position: int) -> tuple[int, re.Match[str] | None] | None:
    """Where the address starts after the cue ending at ``position``: after none, one or two words of the cue's
    object, each a common word in the genitive ("лекарств", "новорождённого"; a town's name is no object); and the
    words and house it was read by, where no keyword opens it."""
    for _ in range(_MAX_OBJECT_WORDS + 1):
        sign = _SIGN.match(text, position)
        start = sign.end() if sign is not None else position
        if start > position and _KEYWORD_START.match(text, start):
            return start, None
        word = _OBJECT_WORD.match(text, position)
        if word is None or not _object_word(word.group().strip()):
            shape = _WORDS_HOUSE.match(text, start) if start > position else None
            return None if shape is None or not _commas_part_places(shape.group()) else (start, shape)
        position = word.end()
    return None


# a word that a comma ends, in the words before a house read by its shape
_WORD_BEFORE_COMMA = re.compile(r"(?<![\w\-])[^\W\d_][\w\-]*(?=,)")


def _commas_part_places(words: str) -> bool:
    """The first word a comma ends in ``words`` (the town of "Town, Street, house") may name a place: one the dictionary
    reads as a place, a capitalised word with no ordinary reading ("Избербаш, Черемушки, 99б/249",
    "Славянск-на-Кубани, Комарова, 25а/84"; the street after it may be one, "Аршан, 70 лет Октября, 89/30"), or an
    adjective, as stanitsas and villages are named ("Павловская, Энергетическая, 36б/267"); a comma after a common noun
    parts a list ("бинты, перчатки 2-3", "инсулин, метформин 2/3" are goods and their counts)."""
    word = _WORD_BEFORE_COMMA.search(words)
    if word is None:
        return True
    flags = word_class(word.group())
    if flags & WordClass.PLACE or (word.group()[0].isupper() and not flags & WordClass.COMMON):
        return True
    return adjective_form(word.group()) is not None


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
