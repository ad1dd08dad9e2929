"""The structure of an internal passport's series and number: evidence from the value itself, not from its label.

The series of the citizen's passport (Положение о паспорте гражданина РФ, постановление Правительства № 828 of
8.07.1997; the blank's format, приказ МВД) is four digits: the first two the ОКАТО code of the region that issued the
blank, the last two the last digits of the year it was printed (the blank exists since 1997: 97, 98, 99, then 00 to
this year's). The number is six digits. Of the region's pair only "00" is refused (no region has it); the set of
ОКАТО codes is not checked (a pair no region uses, "02", "62", passes). A value passing this is no proof of a passport
(one in three random series passes); it decides only where a field leaves open which paper the value is.
"""

from __future__ import annotations

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
