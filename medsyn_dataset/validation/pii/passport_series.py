"""The structure of an internal passport's series and number: evidence from the value itself, not from its label.

The series of the citizen's passport (Положение о паспорте гражданина РФ, постановление Правительства № 828 of
8.07.1997; the blank's format, приказ МВД) is four digits: the first two the ОКАТО code of the region that issued the
blank, the last two the last digits of the year it was printed (the blank exists since 1997: 97, 98, 99, then 00 to
this year's). The number is six digits. Of the region's pair only "00" is refused (no region has it); the set of
ОКАТО codes is not checked (a pair no region uses, "02", "62", passes). A value passing this is no proof of a passport
(one in three random series passes); it decides only where a field leaves open which paper the value is.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import this_year
from medsyn_dataset.validation.pii.checksums import digits_only

_FIRST_YEAR = 97  # (1997: the first blanks of the new passport)


def series_plausible(digits: str) -> bool:
    """Four digits whose first two are not "00" (no region's code; the others are not checked against ОКАТО's) and whose
    last two a year the blank may have been printed in."""
    if len(digits) != 4 or not digits.isdigit() or digits[:2] == "00":
        return False
    year = int(digits[2:])
    return year >= _FIRST_YEAR or year <= this_year.YEAR % 100


def passport_part(value: str, series: bool) -> bool:
    """Whether ``value`` has the structure of a passport's series (``series``) or of its number or of both."""
    digits = digits_only(value)
    if series:
        return series_plausible(digits)
    return len(digits) == 6 or (len(digits) == 10 and series_plausible(digits[:4]))


# the passport's own print: the series (four digits, or its region's and year's pairs) and the number, single spaces
_PRINTED = re.compile(r"(?P<series>\d{4}|\d{2} \d{2}) \d{6}")
# what opens and closes a whole field around a value: a row's or a list's separator, a line's edge, a label's colon, an
# element's tag, a quote, a bracket
_FIELD_OPENS = frozenset(";\t|\n,>\"'(:[")
_FIELD_CLOSES = frozenset(";\t|\n\r,<\"').]")


def printed_as_passport(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is ten digits printed as a passport's series and number are ("4013 421989", "40 13
    421989"), with a series that may be one, filling a field of its own (a table's or a row's cell, an element's or a
    quoted value, an item of a person's comma-separated line): no phone is written so (a number with a four-digit area
    code is bracketed, dashed or dialled with its "8": "8 (4012) 53-12-34"), so with no phone word near it is the
    passport's reading, not the phone's. In prose ("по 3908 886578 в сутки", "Рег. 8912 345678") the words around decide
    as before."""
    printed = _PRINTED.fullmatch(text, start, end)
    if printed is None or not series_plausible(digits_only(printed.group("series"))):
        return False
    before, after = start, end
    while before > 0 and text[before - 1] == " ":
        before -= 1
    while after < len(text) and text[after] == " ":
        after += 1
    return (before == 0 or text[before - 1] in _FIELD_OPENS) and (after == len(text) or text[after] in _FIELD_CLOSES)
