"""A date as a cell of a comma-separated row, for :class:`.dates.RuDateRecognizer`: how many commas its line holds, the
score of eight digits in such a cell and their day and month (moved out of :mod:`.dates`, unchanged)."""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.calendar_days import is_calendar_date

# eight digits that read as a day, a month and a year, day first ("08052020"): a date, not a record's or a blank's
# number, wherever a number of eight digits is read by its shape (named_after, blank_series)
COMPACT_DAY_FIRST = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d")


def line_commas(text: str, position: int, separator: str = ",") -> int:
    """How many commas (or other ``separator``s) the line around ``position`` holds."""
    return text.count(separator, text.rfind("\n", 0, position) + 1, (text.find("\n", position) + 1 or len(text) + 1) - 1)


# Eight digits that read as a calendar date, day first or year first, as a cell of a comma-separated row ("Иванова
# Анна Петровна,17091942,+7 (977) ...", a register's export whose header names the column "dr"): a date, as the row's
# other date cells are (numeric_cell); above the 0.5 a candidate needs, below any cued or signed number
# (record_values.SIGNED_SCORE 0.87). Alone in prose, without a date word, eight digits stay an article's or a lot's
# number ("Артикул 12032019", "партия 12052019 гр."). A semicolon-separated row is read alike: a spreadsheet saved as
# CSV in a Russian locale separates its cells with ";", the comma being the decimal sign ("Гришин Н.Ф;11092005;8 (916)")
COMPACT_CELL_SCORE = 0.55


def compact_day_month(digits: str) -> tuple[int, int]:
    """(day, month) of eight digits, year first ("20230402") when they open with 19 or 20 and read as a date that way."""
    if digits[:2] in ("19", "20") and is_calendar_date(int(digits[6:]), int(digits[4:6])):
        return int(digits[6:]), int(digits[4:6])
    return int(digits[:2]), int(digits[2:4])
