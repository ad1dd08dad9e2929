"""Whether a day and a month make a calendar date (shared by the date readers: numeric, split, compact)."""

from __future__ import annotations

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_calendar_date(day: int, month: int) -> bool:
    """``day`` exists in ``month`` of some year (29 February included)."""
    return 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]
