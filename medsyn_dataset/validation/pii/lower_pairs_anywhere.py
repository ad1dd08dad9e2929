"""PERSON: a lower-case surname and first name that agree, wherever they stand ("по смене: дроздова галина из шестой").

Hurried notes, chats and dictated handovers drop capitals, and they name a person where no cue word stands before the
name: after a heading and a colon ("скрининг: сысоев наум - не подходит"), as the object of a verb ("напомнить сидорову
евдокиму про дневник"), after a document's word ("мед. книжка фролова софия просрочена"). :mod:`.lower_names` reads a
lower-case name after a patient's, a kin's or a role's word; this module reads the pair that is a name by itself: a
surname the dictionary reads as one (pymorphy3's ``Surn``) with a surname's ending, and a first name (``Name``) beside it,
in either order, in the same case, number and gender, at most one of the two an ordinary word too (the agreement test of
:func:`.lower_name_pairs.name_pair_end`: "вера надежда", "роза ветров" are none). Two dictionary readings that agree are
what makes the words a name here; a lone lower-case surname without a cue stays unread (too many are words).

Cheap first: one scan of the lower-cased note for a lower-case word ending as a surname declines (-ов/-ев/-ин/-ын and
their case endings) next to another word; only there are the words looked up (cached per word pair).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from medsyn_dataset.language.morphology import analyzer
from medsyn_dataset.validation.pii.base import lowered
from medsyn_dataset.validation.pii.lower_name_pairs import given_word, name_pair_end, surname_word
from medsyn_dataset.validation.pii.morph import WordClass, word_class

# a word ending as a Russian surname of the -ов/-ев/-ин/-ын declension, in any case: the surname of a surname-first pair or
# the second word of a name-first one. Two scans, for the "в" of -ов/-ев/-ёв and the "н" of -ин/-ын, each opening with
# its letter, which the regex engine skips to, the vowel before it looked back at there (one scan with the five cores
# as alternatives tries them at every character: ~30 us a note against ~11)
_SURNAME_ENDINGS = tuple(re.compile(rf"{core}(?:[ау]|ым|ой|е|ом|ых)?(?![а-яё\-])") for core in ("в(?<=[оеё]в)", "н(?<=[иы]н)"))


def lower_name_pairs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a lower-case surname and first name in agreement (see above)."""
    lower = lowered(text)
    if not lower:
        return
    last = -1
    for end in sorted(found.end() for scan in _SURNAME_ENDINGS for found in scan.finditer(lower)):
        start = lower.rfind(" ", 0, end) + 1  # (the word's start: after a space, as nearly always)
        if not lower[start:end].isalpha():
            start = end - 1
            while start and lower[start - 1].isalpha():
                start -= 1
        if start <= last or not text[start].islower() or (start and lower[start - 1] in "-"):
            continue
        if not _may_be_in_pair(lower[start:end]):
            continue  # (most such words are ordinary: "анализов", "препаратов", "инсулин")
        pair = name_pair_end(text, start)  # (surname first: "дроздова галина")
        if pair and _known(lower[start:pair]):
            last = pair
            yield start, pair
            continue
        before = _first_name_before(text, start)
        if before is not None and before > last and name_pair_end(text, before) == end and _known(lower[before:end]):
            last = end
            yield before, end  # (first name first: "галина дроздова")


def _known(pair: str) -> bool:
    """No word of the pair is only guessed beside a word that reads first as an ordinary noun: a word pymorphy3 does not
    know it reads as a surname by its ending alone, and with no cue before it that is as often an adjective it lacks
    beside a common noun that is also a first name ("стриптококковой флоры", "энтерококковой флоры": a rare or misspelt
    adjective and the flora; review A r26, finding 10). A surname the dictionary lacks stays a surname beside a first
    name that is no word or as much a name as a word ("жумабаев данияр", "жумабаева динара")."""
    one, two = pair.split()
    known_one, known_two = word_class(one) & WordClass.KNOWN, word_class(two) & WordClass.KNOWN
    if (known_one and known_two) or not (known_one or known_two):
        return True
    return not _mostly_a_word(one if known_one else two)


def _mostly_a_word(word: str) -> bool:
    """Whether the dictionary's ordinary readings of ``word`` outweigh its first-name readings ("флоры": the flora's)."""
    name = common = 0.0
    for parse in analyzer().parse(word):
        if "Name" in parse.tag:
            name += parse.score
        elif not parse.tag.grammemes & {"Surn", "Patr", "Geox"}:
            common += parse.score
    return common > name


@lru_cache(maxsize=50_000)
def _may_be_in_pair(word: str) -> bool:
    """Whether ``word`` may be either word of a pair: a surname or a first name by the dictionary (what
    :func:`.lower_name_pairs.name_pair_end` asks of both; one cached look-up per word, so that the pair's other word
    and its agreement are looked up only beside such a word: ~1 word in 8 that ends so)."""
    flags = word_class(word)
    return len(word) > 2 and (surname_word(flags) or given_word(flags))


def _first_name_before(text: str, start: int) -> int | None:
    """Where the lower-case word before ``start`` (spaces between) begins, else None."""
    position = start
    while position and text[position - 1] in " \t":
        position -= 1
    if position == start:
        return None
    word_start = position
    while word_start and text[word_start - 1].isalpha():
        word_start -= 1
    if word_start == position or not text[word_start].islower():
        return None
    return word_start
