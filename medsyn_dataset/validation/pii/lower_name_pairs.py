"""A first name and a surname in lower case, in either order and in any case, after a cue that names a person.

:mod:`.lower_names` opens a lower-case name after a patient's, a relative's or a role's word with its surname ("пац.
николаев исай"); hurried notes as often put the first name first and decline both ("пац. исай николаев", "с пациентом
саргсяном ашотом", "клиент елена королева"). Two words are one person's name when pymorphy3 reads one as a first name
(``Name``) and the other as a surname (``Surn``), in the same case, number and gender, and at most one of them also has an
ordinary reading ("елена королева": a queen; "дементьев лавр": a laurel); a phrase of two ordinary words that happen
to be names ("вера надежда") or of a name and a word ("роза ветров") is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.morph import WordClass, word_class

_PAIR = re.compile(r"([а-яё]+)[ \t]+([а-яё]+)(?![\w\-])")


@lru_cache(maxsize=20_000)
def may_open_pair(word: str) -> bool:
    """``word`` (lower case) may open such a pair: a first name or a surname by the dictionary (the cheap test a cue's
    word passes before the pair is read: most words after "пациент" are verbs, "жалуется", "отмечает")."""
    return len(word) > 2 and bool(word_class(word) & (WordClass.NAME | WordClass.SURNAME_READING))


def name_pair_end(text: str, start: int, guessed: bool = False) -> int:
    """The end of a lower-case first name and surname that start at ``start`` (see above), else 0; ``guessed``: a surname
    the dictionary does not know may follow the first name (after a role's cue: "звонила галина зимина")."""
    found = _PAIR.match(text, start)
    if found is None or not text[start].islower() or not text[found.start(2)].islower():
        return 0
    return found.end() if _name_pair(found.group(1), found.group(2), guessed) else 0


@lru_cache(maxsize=20_000)
def _name_pair(one: str, two: str, guessed: bool = False) -> bool:
    if len(one) < 3 or len(two) < 3:
        return False
    a, b = word_class(one), word_class(two)
    if a & WordClass.COMMON and b & WordClass.COMMON:
        return False
    if given_word(a) and surname_word(b):
        return bool(_forms(one, "Name") & _forms(two, "Surn"))
    if surname_word(a) and given_word(b):
        return bool(_forms(one, "Surn") & _forms(two, "Name"))
    if guessed and given_word(a) and not b & (WordClass.KNOWN | WordClass.SURNAME_READING) and b & WordClass.SURNAME:
        # a surname the dictionary does not know, by an ending that agrees with the first name ("галина зимина", "с
        # галиной зиминой"; review D r22, finding 4); not a man's "-ин" in the nominative, a drug's ending ("павел
        # аспирин" is known; "-ин" unknown reads as a drug as often, see lower_name_words.role_surname)
        return any(two.endswith(_GUESSED_SURNAME_ENDS.get((case, gender), ())) for case, _, gender in _forms(one, "Name"))
    return False


# a guessed surname's endings by the first name's case and gender (the "-ов"/"-ин" declension; a man's "-ин" nominative
# left out)
_GUESSED_SURNAME_ENDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("nomn", "femn"): ("ова", "ева", "ёва", "ина", "ына"),
    ("nomn", "masc"): ("ов", "ев", "ёв"),
    ("gent", "femn"): ("овой", "евой", "иной", "ыной"),
    ("datv", "femn"): ("овой", "евой", "иной", "ыной"),
    ("ablt", "femn"): ("овой", "евой", "иной", "ыной"),
    ("loct", "femn"): ("овой", "евой", "иной", "ыной"),
    ("accs", "femn"): ("ову", "еву", "ину", "ыну"),
    ("gent", "masc"): ("ова", "ева", "ина", "ына"),
    ("accs", "masc"): ("ова", "ева", "ина", "ына"),
    ("datv", "masc"): ("ову", "еву", "ину", "ыну"),
    ("ablt", "masc"): ("овым", "евым", "иным", "ыным"),
    ("loct", "masc"): ("ове", "еве", "ине", "ыне"),
}


def given_word(flags: int) -> bool:
    """A first name by the word's class (not a patronymic's or a place's too)."""
    return bool(flags & WordClass.NAME) and not flags & (WordClass.PATRONYMIC | WordClass.PLACE)


def surname_word(flags: int) -> bool:
    """A surname by the word's class (not a first name's or a patronymic's too)."""
    return bool(flags & WordClass.SURNAME_READING) and not flags & (WordClass.NAME | WordClass.PATRONYMIC)


def _forms(word: str, grammeme: str) -> frozenset[tuple[str, str, str]]:
    """(case, number, gender) of ``word``'s readings with ``grammeme`` ("Name", "Surn"): a name and a surname agree in all
    three ("эдуарду назарову"; not "эдуарду назарова", a woman's name in the accusative and a man's surname)."""
    return frozenset((str(p.tag.case), str(p.tag.number), str(p.tag.gender)) for p in analyzer().parse(word) if grammeme in p.tag)
