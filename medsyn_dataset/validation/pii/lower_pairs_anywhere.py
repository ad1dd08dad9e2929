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

from medsyn_dataset.validation.pii.base import lowered
from medsyn_dataset.validation.pii.lower_name_pairs import name_pair_end

# a word ending as a Russian surname of the -ов/-ев/-ин declension, in any case: the surname of a surname-first pair or
# the second word of a name-first one
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е|ом|ых)?(?![а-яё\-])")


def lower_name_pairs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a lower-case surname and first name in agreement (see above)."""
    lower = lowered(text)
    if not lower:
        return
    last = -1
    for found in _SURNAME_ENDING.finditer(lower):
        end = found.end()
        start = end - 1
        while start and lower[start - 1].isalpha():
            start -= 1
        if start <= last or not text[start].islower() or (start and lower[start - 1] in "-"):
            continue
        pair = name_pair_end(text, start)  # (surname first: "дроздова галина")
        if pair:
            last = pair
            yield start, pair
            continue
        before = _first_name_before(text, start)
        if before is not None and before > last and name_pair_end(text, before) == end:
            last = end
            yield before, end  # (first name first: "галина дроздова")


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
