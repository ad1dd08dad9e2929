"""A full calendar date keeps its span against an identifier's or a place's reading of the same characters.

A day, a month and a four-digit year written with separators ("21.02.2021", "19-08-2022", "2000-01-06", "26.XI.2015")
are a date by their own shape: the separators stand where a date has them, the day exists in the month, the year is one
of a person's life. No identifier is written so across a space (a phone's groups, a SNILS's, a passport's series,
a record's number have no day-month-year of two stops and four digits), so a reading of the same characters as one is
a rule's overreach at a value's border, as seen from many authors' notes: a prescription's number and the date after
it read as one phone ("№ 93601054 21.02.2021"), a register's column of dates read as a record's number
("в/у выдано 19-08-2022"), an OCR-tolerant INN reading "09.06.2022<TAB>OS<TAB>71" as twelve digits, a registration
address's cue reading the date of registration ("Регистрация: 26.XI.2015 г.") as the address.

:func:`dates_kept` drops every candidate of those types that cuts such a date, before the overlaps are resolved
(:func:`.scanner.resolve_overlaps`, which keeps the longer span first): the date is then reported. Two readings are not
a cut (review A r23, findings 4 and 15): a number that holds the whole date and runs on from it without a space
("Талон ВМП № 15.03.2024-К/12", "Accession: 2021-03-12-A0045") is a dated record's number, kept whole; a phone, a
record's number or an address whose reading ran into the date's day ("тел.: 83452 45 67 12.03.2021") is trimmed to end
before the date. A person's name, an e-mail and a link keep theirs (a link may hold a date in its path).
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import Candidate
from medsyn_dataset.validation.pii.calendar_days import is_calendar_date
from medsyn_dataset.validation.pii.entities import ID_PAPERS
from medsyn_dataset.validation.pii.months import ROMAN_MONTHS

# the types a full date is never part of
_YIELDING = ID_PAPERS | {"MEDICAL_RECORD_NUMBER", "PHONE_NUMBER", "LOCATION"}
# the types trimmed to end before a date their reading ran into, with the digits what is left must still hold
_TRIMMED = {"PHONE_NUMBER": 5, "MEDICAL_RECORD_NUMBER": 3, "LOCATION": 0}
# day, month (digits or Roman) and a four-digit year with one repeated separator, or the ISO order
_DAY_FIRST = re.compile(r"(\d{1,2})([./\-])(\d{1,2}|[IVX]{1,4})\2((?:19|20)\d\d)")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


def full_date(value: str) -> bool:
    """``value`` opens with a whole calendar date with its four-digit year and separators (see the module's docstring;
    a time may follow it: "21.02.2021 10:00")."""
    day_first = _DAY_FIRST.match(value)
    if day_first is not None and not value[day_first.end() : day_first.end() + 1].isdigit():
        day, _, month, _ = day_first.groups()
        number = (ROMAN_MONTHS.index(month) + 1 if month in ROMAN_MONTHS else None) if month[0] in "IVX" else int(month)
        return number is not None and is_calendar_date(int(day), number)
    iso = _ISO.match(value)
    return (iso is not None and not value[iso.end() : iso.end() + 1].isdigit()
            and is_calendar_date(int(iso.group(3)), int(iso.group(2))))


# the year's own mark right after it, "г", "гг", "года" (with its stop or not), belongs to the date and closes it: a number
# running on after it holds the date and then a number of its own ("№ 12.03.2021г-445": the date, then the record's 445),
# no date glued into one number (review B r23, finding 10)
_YEAR_MARK = re.compile(r"г(?:г|ода?)?(?![^\W\d_])\.?")


def _glued(text: str, at: int) -> bool:
    """The character at ``at`` joins a date to the rest of one number: a letter, a digit, "-" or "/" (not a space)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "-/")


def _kept(candidate: Candidate, date: Candidate, text: str) -> Candidate | None:
    """``candidate`` as it stands against ``date`` (which it overlaps), trimmed, or None where it cuts the date."""
    if candidate.start <= date.start and date.end <= candidate.end and (candidate.start, candidate.end) != (
            date.start, date.end):
        # a number that holds the whole date and runs on from it without a space ("№ 15.03.2024-К/12") is one
        # identifier, dated; one that reaches the date across a space ("№ 93601054 21.02.2021") is two values
        mark = _YEAR_MARK.match(text, date.end)
        if ((candidate.start == date.start or _glued(text, date.start - 1))
                and (candidate.end == date.end or (_glued(text, date.end) and mark is None))):
            return candidate
        if mark is not None and candidate.type == "MEDICAL_RECORD_NUMBER":
            # (a series glued before the day, "№ АБ12.03.2021г-445", makes it one identifier, dated: kept whole, or the
            # series would be no one's; review A of round 24, finding 12)
            if candidate.start < date.start and _glued(text, date.start - 1):
                return candidate
            return _after_mark(candidate, mark.end(), text)
        return None
    if candidate.start < date.start < candidate.end < date.end and candidate.type in _TRIMMED:
        # a phone or an address whose reading ran into the date's day ("тел.: 83452 45 67 12.03.2021"): its part
        # before the date, up to its last digit (a phone) or its last letter or digit
        end = date.start
        while end > candidate.start and not (text[end - 1].isdigit() if candidate.type == "PHONE_NUMBER"
                                             else text[end - 1].isalnum()):
            end -= 1
        if sum(ch.isdigit() for ch in text[candidate.start : end]) >= _TRIMMED[candidate.type]:
            return candidate._replace(end=end)
    return None


def _after_mark(candidate: Candidate, start: int, text: str) -> Candidate | None:
    """A record's number read on past a date's year mark, from ``start`` (after the mark): its part after the mark and
    the signs after it, when that still holds three digits ("№ 12.03.2021г-445" -> "445"; "г/5" holds no number)."""
    while start < candidate.end and not text[start].isalnum():
        start += 1
    if sum(ch.isdigit() for ch in text[start : candidate.end]) >= _TRIMMED["MEDICAL_RECORD_NUMBER"]:
        return candidate._replace(start=start)
    return None


def dates_kept(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``candidates`` without those of :data:`_YIELDING` types that cut a DATE_TIME candidate whose text is a
    :func:`full_date` (``text``: the normalised text the candidates were found in); a phone or an address that ran
    into the date is trimmed to end before it, a record's number that holds the whole date glued is kept."""
    dates = [c for c in candidates if c.type == "DATE_TIME" and full_date(text[c.start : c.end])]
    if not dates:
        return candidates
    kept: list[Candidate] = []
    for candidate in candidates:
        current: Candidate | None = candidate
        if candidate.type in _YIELDING:
            for date in dates:
                if current is None:
                    break
                if current.start < date.end and date.start < current.end:
                    current = _kept(current, date, text)
        if current is not None:
            kept.append(current)
    return kept
