"""What a lower-case word reads as, for :mod:`.lower_names`: a surname, a first name, a part of a name.

A name written without capitals is found by its words' readings in pymorphy3's dictionary (a surname with no ordinary
reading, a first name that may also be a word, a Turkic particle, a listed East Asian surname) and by how surnames end.
Apart from :mod:`.lower_names`, which finds where such a name stands (after a patient's, a kin's or a role's word, around
a patronymic, next to initials, after a journal entry's date), because these tests read one word alone, cached.
"""

from __future__ import annotations

from functools import lru_cache

from medsyn_dataset.validation.pii import name_east_asian as east_asian
from medsyn_dataset.validation.pii.lower_name_pairs import may_open_pair
from medsyn_dataset.validation.pii.morph import WordClass, word_class
from medsyn_dataset.validation.pii.name_triggers import SURNAME_ENDS

# A dictated record (speech recognition writes no capitals) names the patient right after the word
# "пациент": "пациент турсунбоев жасур", "пациентка каримова дилноза", "пациент нгуен ван хунг". There a
# lower-case surname (by the dictionary or its ending, with no ordinary reading, or a listed East Asian
# one) opens a name, and the words after it that read as first names or patronymics, that the
# dictionary does not know, or that are Turkic patronymic particles ("угли", "кызы") go with it.
# how surnames end (tested before the dictionary is asked): "-ов", "-ева", "-ин", "-ский", "-ко"; or a listed
# East Asian surname (:mod:`.name_east_asian`), maybe declined
LOWER_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ий", "ой", "ая", "ых", "их", "ко", "ук", "юк",
                 "ич", "ян", "дзе", "швили", "ли", "улы")


_PARTICLES = frozenset("угли оглы оглу улы уулу кызы гызы кизи ибн бин".split())


_NAME_PART = WordClass.NAME | WordClass.NAME_READING | WordClass.PATRONYMIC | WordClass.SURNAME


@lru_cache(maxsize=20_000)
def opens_name(word: str) -> bool:
    """The lower-case word after a patient cue may open a name (one cached verdict a word, asked ~8 times a note)."""
    return bool((word.endswith(LOWER_SURNAME_ENDS) and (is_surname(word) or _surname_reading(word))) or east_asian.is_surname(word))


PAIR_ONLY = 2


@lru_cache(maxsize=20_000)
def opens_name_or_pair(word: str) -> int:
    """1 when the word after a patient cue opens a name (:func:`opens_name`), :data:`PAIR_ONLY` when it may only open a
    first name and surname pair (:func:`.lower_name_pairs.may_open_pair`), else 0: one cached look-up a cue's word."""
    return 1 if opens_name(word) else PAIR_ONLY if may_open_pair(word) else 0


@lru_cache(maxsize=20_000)
def role_surname(word: str) -> bool:
    """A lower-case surname after a role's word: a surname's ending ("-ов", "-овой", "-ым") and a surname by the
    dictionary or by that ending (:func:`is_surname`), or a listed East Asian surname."""
    if word.endswith("ин") and not word_class(word) & WordClass.KNOWN:
        return False  # (a drug's or an analyte's name the dictionary does not know, as :func:`surname_by_dictionary` says)
    # (or a surname's suffix and no ordinary reading, a place's notwithstanding: "пестова", also the town Пестово's)
    flags = word_class(word)
    by_suffix = bool(flags & WordClass.SURNAME_POSSIBLE) and not flags & (WordClass.COMMON | WordClass.NAME | WordClass.PATRONYMIC)
    return (word.endswith(SURNAME_ENDS) and (is_surname(word) or by_suffix)) or east_asian.is_surname(word)


def _surname_reading(word: str) -> bool:
    """A surname by the dictionary, also one that reads as a plural first name ("каримов", "исаков": of the
    Karims, the Isaacs), which no patient is called by after "пациент"."""
    flags = word_class(word)
    return bool(flags & WordClass.SURNAME_READING) and not flags & WordClass.COMMON


def name_part(word: str) -> bool:
    """A word that goes on a lower-case name: a name's reading, no dictionary entry, a particle."""
    flags = word_class(word)
    return (word in _PARTICLES or bool(flags & _NAME_PART and not flags & WordClass.COMMON)
            or not flags & WordClass.KNOWN or east_asian.is_surname(word) or word in east_asian.GIVEN_SYLLABLES)


_VOWELS = frozenset("аеёиоуыэюя")


def first_name(word: str) -> bool:
    """The word before a patronymic: a first name by the dictionary, also one that is a word ("вера"),
    or a word of no ordinary reading ("софия", "милан": pymorphy3 knows them as cities only), or one it does not
    know at all ("пров", "стоян": rare first names, which the patronymic after them vouches for)."""
    flags = word_class(word)
    return bool(flags & (WordClass.NAME | WordClass.NAME_READING) or (flags & WordClass.KNOWN and not flags & WordClass.COMMON)
                or (not flags & WordClass.KNOWN and len(word) > 2 and not _VOWELS.isdisjoint(word)))  # ("мрт", "кт": none)


def is_kind(word: str, kind: int, strict: bool) -> bool:
    flags = word_class(word)
    return bool(flags & kind) and not (strict and flags & WordClass.COMMON)


def is_surname(word: str) -> bool:
    """A surname by the dictionary, or one with a surname ending and no ordinary reading."""
    flags = word_class(word)
    if flags & (WordClass.NAME | WordClass.PATRONYMIC):
        return False
    return bool(flags & WordClass.SURNAME_READING) or (bool(flags & WordClass.SURNAME) and not flags & WordClass.COMMON)


def lower_surname(word: str) -> bool:
    return word.endswith(LOWER_SURNAME_ENDS) and (is_surname(word) or _surname_reading(word))


def first_name_reading(word: str) -> bool:
    """A word with a first name's reading, also one that is a word too ("лавр", "карл", "вера")."""
    return len(word) > 1 and bool(word_class(word) & (WordClass.NAME | WordClass.NAME_READING))


def surname_by_dictionary(word: str) -> bool:
    """A surname in any case ("сидоровым"), by the dictionary or its ending, with no ordinary reading; but not a
    word the dictionary does not know that ends in "-ин": as often an analyte or a drug before a lab's abbreviation
    ("ферритин н.о.": not found; "креатинин", "метформин" read as surnames by their ending alone)."""
    if word.endswith("ин") and not word_class(word) & WordClass.KNOWN:
        return False
    return len(word) > 2 and is_surname(word)
