"""A date in the field after a date cue (:mod:`.fields`, :mod:`.dicom`): the grammar of :mod:`.dates`, relaxed.

A cue ("Дата рождения:", "DOB") has already said that a date follows, so the field's first date-like
expression is taken: any rule of the grammar, a day and month alone, a bare year, or a form's date in digit
boxes. (Moved out of :mod:`.dates`, which holds the grammar and the free-text recognizer.)
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.calendar_days import is_calendar_date
from medsyn_dataset.validation.pii.date_grammar import DAY, MONTH_NUM, MONTH_WORD, RULES, YEAR
from medsyn_dataset.validation.pii.dates import _I, _YEAR_RANGE, _plausible
from medsyn_dataset.validation.pii.latin import has_latin


def date_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first date-like expression in ``text[start:end]`` (a field after a date cue), relaxed:
    any rule of :mod:`.dates`, a day and month (``25.10``) or a bare year (``1985``)."""
    window = text[start:end]
    best: tuple[int, int] | None = None
    for name, pattern, _ in _FIELD_RULES if has_latin(text) else _FIELD_RULES_CYRILLIC:
        for match in pattern.finditer(window):
            if _plausible(name, match.group("value")):
                span = match.span("value")
                if best is None or span[0] < best[0] or (span[0] == best[0] and span[1] > best[1]):
                    best = span
                break
    if best is None:
        best = _digit_cells(window)
    if best is None:
        relaxed = _RELAXED.search(window)
        if relaxed is None:
            return None
        best = relaxed.span("value")
    return start + best[0], start + best[1]


_MONTH_YEAR = re.compile(rf"(?<![\w\-])(?P<value>(?:{MONTH_WORD})\s?,?\s?{YEAR})(?!\d)", _I)
_FIELD_RULES = (*RULES, ("month_year", _MONTH_YEAR, 0.0))
_FIELD_RULES_CYRILLIC = tuple(rule for rule in _FIELD_RULES if not rule[0].startswith("en_"))
_RELAXED = re.compile(rf"^[\s:\-–—]*(?:(?:в|во|от|in|on)\s+)?(?P<value>{DAY}[./]{MONTH_NUM}|{YEAR})(?!\d)(?![.,/\-]\d)")

# A form's date in boxes, one digit each, as a scan or a printed form gives it: "1 5 0 5 1 9 4 3",
# "1|5|0|5|1|9|4|3", "1 | 5 | . | 0 | 5 | ..." (one kind of separator between all boxes)
_DIGIT_CELLS = re.compile(r"^[\s:\-–—]*(?P<value>\d(?P<sep>[ \t]*[|./\-][ \t]*|[ \t]+)\d(?:(?P=sep)[\d.]){6,8})(?![\d|])")


def _digit_cells(window: str) -> tuple[int, int] | None:
    """The span of a date written in digit boxes at the start of ``window``: eight digits that read
    as a calendar date, day first (DDMMYYYY) or year first (YYYYMMDD)."""
    match = _DIGIT_CELLS.match(window)
    if match is None:
        return None
    digits = "".join(ch for ch in match.group("value") if ch.isdigit())
    if len(digits) != 8:
        return None
    day_first = _YEAR_RANGE.fullmatch(digits[4:]) and is_calendar_date(int(digits[:2]), int(digits[2:4]))
    year_first = _YEAR_RANGE.fullmatch(digits[:4]) and is_calendar_date(int(digits[6:]), int(digits[4:6]))
    return match.span("value") if day_first or year_first else None
