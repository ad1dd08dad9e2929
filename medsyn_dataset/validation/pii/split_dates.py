"""DATE_TIME: a numeric date that OCR or hurried typing broke apart, with or without a date label.

A scan reads spaced print or a crease as stray spaces ("12 .03. 2019", "1 2.03.2019", "12.0 3.2019",
"д.р. 20.01.201 0"), and a typist's finger doubles or swaps a stop ("12..03.2019", "12.03,2019"). The
day-month-year grammar still holds once the spaces are taken out: a day and a month of one or two
digits, a four-digit year, a separator of ``.``, ``,``, ``/`` or ``-`` between them. The span is the
whole written date, stray spaces included (an earlier pass closed the spaces in the normalised text
and so reported only the first ten characters: the last digits stayed in a redacted note).

What keeps decimals, doses and lists clean:

* the joined groups must be a calendar date with a year 1800-2099 (a two-digit year only right after a
  date label: "Дата рожд.: 1 7.02.19 63");
* the month has two digits ("12.03", not "12.3": "Hb 12.3. 2019 г." is a value and a new sentence)
  unless a date label stands before;
* a comma followed by a space is list punctuation ("1, 2, 2019"), and a comma mixed with a stop is a
  decimal before a sentence's end ("4,5. 2019"), unless nothing but digits touches them ("12.03,2019");
* only dates no plain rule of :mod:`.dates` reads are reported here (at least one stray space, a
  doubled or a mixed separator).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.calendar_days import is_calendar_date
from medsyn_dataset.validation.pii.date_cues import CUE_WINDOW, DAY_MONTH_CUE

_G = r"\d(?:[ \t]?\d)?"
_SEP = r"[ \t]?(?P<{0}>[.,/\-]{{1,2}})[ \t]?"
_LOOSE = re.compile(
    rf"(?<![\w.,/+\-])(?P<d>{_G}){_SEP.format('s1')}(?P<m>{_G}){_SEP.format('s2')}"
    r"(?P<y>\d(?:[ \t]?\d){3}|\d[ \t]?\d)(?!\d)(?![.,/\-:]\d)"
)
# a date's label shortly before: a two-digit year and a one-digit month are let in after it
_DATE_LABEL = re.compile(r"(?:дат\w*|рожд\w*|д\.\s?р\.?|г\.\s?р\.?|д/р|родил\w*|от)[^\n\d]{0,20}$", re.IGNORECASE)
_PLAIN_SEPARATORS = frozenset({".", ",", "/", "-"})
# A word that makes a bare day and month a date (an event, a visit, a study, a time preposition: "Привит 22,04.22",
# "госпитализирован 24. 11.22", "Флюорография 19/04.19"; :data:`.date_cues.DAY_MONTH_CUE`) makes a broken date with
# a two-digit year one too, as a date's label does; and a hurried hand's slash for the first stop ("19/04.19") with it
_MIXED_SLASH = frozenset({"/."})


def _cued(text: str, start: int) -> bool:
    return DAY_MONTH_CUE.search(text, max(0, start - CUE_WINDOW), start) is not None


def split_date_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of a broken numeric date starting at ``start`` (the first digit of a number), or None."""
    match = _LOOSE.match(text, start)
    if match is None:
        return None
    value = match.group()
    s1, s2 = match.group("s1"), match.group("s2")
    spaced = " " in value or "\t" in value
    if not spaced and s1 == s2 and s1 in _PLAIN_SEPARATORS:
        return None  # a plain date: the rules of .dates read it
    if {s1[0], s2[0]} - {".", ","} and (s1 != s2 or len(s1) > 1) and not (s1 + s2 in _MIXED_SLASH and _cued(text, start)):
        return None  # "12/03.2019", "12//03/2019": a slash or dash only as one kind of separator (see _MIXED_SLASH)
    if "," in s1 + s2 and ("." in s1 + s2 or s1 != s2) and spaced:
        return None  # "4,5. 2019": a decimal, then a new sentence
    for name in ("s1", "s2"):
        if "," in match.group(name) and text[match.end(name) : match.end(name) + 1] in (" ", "\t") \
                and text[match.start(name) - 1] not in (" ", "\t"):
            return None  # "1, 2, 2019": list punctuation
    day, month, year = (re.sub(r"[ \t]", "", match.group(name)) for name in ("d", "m", "y"))
    labelled = _DATE_LABEL.search(text, max(0, start - 32), start) is not None or (
        (len(year) == 2 or len(month) == 1) and _cued(text, start))
    if len(year) == 2 and not labelled:
        return None
    if len(year) == 4 and not 1800 <= int(year) <= 2099:
        return None
    if len(month) == 1 and not labelled:
        return None
    if not is_calendar_date(int(day), int(month)):
        return None
    return match.span()
