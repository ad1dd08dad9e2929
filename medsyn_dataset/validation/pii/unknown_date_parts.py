"""DATE_TIME: a person's date whose unknown day or month is written as a placeholder, and CDISC's date keys.

A date known only in part is still the person's date (a birth, a diagnosis, an operation, the start of a drug): research
forms and registries write the unknown part as a placeholder, not leave it out: "__.07.1955", "UK.05.1955",
"UNK-04-2013", "ХХ.05.1965", "XX.XX.1965", ISO's "2013-UNK-UNK" (CDISC SDTM's "UN"/"UNK" for an unknown day or month,
a Russian form's underscores or "ХХ"). The year stays a four-digit one of 1900-2099, so a placeholder before a version
or a count ("XX.05.12") is no date; nor is a blank form's "__.__.2024" (the day and the month both underscores: unfilled).

CDISC SDTM names every date of a subject by a variable ending in "DTC" (ISO 8601 character date: "BRTHDTC" birth,
"RFICDTC" informed consent, "AESTDTC" an adverse event's start, "CMSTDTC" a drug's): the value after such a key is a date
of the person, a year alone or a year and month included ("BRTHDTC=1970", "AESTDTC: 2023-05").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer

DATE = "DATE_TIME"
SCORE = 0.85
_UNKNOWN = r"(?:_{1,2}|UNK|UN|UK|XX|ХХ|xx|хх|\?\?)"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# day-first with a placeholder for the day, the month or both (one separator throughout), or ISO's year first
_PARTIAL = re.compile(
    r"(?<![\w.\-/])(?:"
    r"(?:" + _UNKNOWN + r"(?P<s1>[./\-])(?:" + _MONTH + r"|" + _UNKNOWN + r")|" + _DAY + r"(?P<s2>[./\-])" + _UNKNOWN + r")"
    r"(?:(?P=s1)|(?P=s2))" + _YEAR
    + r"|" + _YEAR + r"-(?:" + _MONTH + r"|" + _UNKNOWN + r")-" + _UNKNOWN
    + r")(?![\w])"
)
# a blank form's date: the day and the month both underscores, only the year printed ("Дата __.__.2024", "2024-__-__"); the
# form was never filled in, so it holds no person's date (a letter placeholder, "XX.XX.1965", "2013-UNK-UNK", is a writer's
# word that the day and the month are not known, and stays)
_BLANK = re.compile(r"_{1,2}[./\-]_{1,2}[./\-]\d{4}|\d{4}-_{1,2}-_{1,2}")
# the placeholders' cheap test before the pattern runs over a note
_GATES = ("_", "UN", "UK", "XX", "ХХ", "xx", "хх", "??")
# an SDTM date variable (two to eight capitals before "DTC") and its ISO 8601 value, partial ones included
_SDTM = re.compile(
    r"(?<![\w])[A-Z]{2,8}DTC[ \t]*[:=][ \t]*\"?(?P<value>" + _YEAR + r"(?:-(?:\d\d|" + _UNKNOWN + r")){0,2}"
    r"(?:T\d\d(?::\d\d){0,2})?)(?![\w\-])"
)


def unknown_part_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of dates with a placeholder part and of the values of CDISC date keys."""
    if any(gate in text for gate in _GATES):
        for match in _PARTIAL.finditer(text):
            if not _BLANK.fullmatch(match.group()):
                yield match.span()
    if "DTC" in text:
        for match in _SDTM.finditer(text):
            yield match.span("value")


class UnknownPartDateRecognizer(CandidateRecognizer):
    """A date whose day or month is a placeholder; the value of an SDTM "--DTC" key."""

    def __init__(self) -> None:
        super().__init__(DATE, "UnknownPartDateRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in unknown_part_dates(text):
            yield Candidate(self.entity, start, end, SCORE, self.name)
