"""iCalendar (RFC 5545) events quoted in a record: an appointment or a reminder exported from a МИС.

Booking systems send the patient an ``.ics`` invitation, and its text ends up pasted into a note or a
complaint::

    BEGIN:VEVENT
    DTSTART;TZID=Europe/Moscow:20260312T093000
    ORGANIZER;CN="Сомова Е.Р.":mailto:priem@gp3.ru
    ATTENDEE;CN=Ким Дмитрий;ROLE=REQ-PARTICIPANT:mailto:kim@mail.ru

A content line is ``NAME;PARAM=value;...:value``: the property's NAME says what the value is, as a
key does in an export. The moments of the event (DTSTART, DTEND, DUE, DTSTAMP, CREATED, LAST-MODIFIED,
RECURRENCE-ID) are dates (``YYYYMMDD[THHMMSS[Z]]``); the CN ("common name") parameter of ATTENDEE,
ORGANIZER and CONTACT is a person's name. (E-mails after ``mailto:`` are found by their own reader;
SUMMARY and DESCRIPTION are prose, read by the prose recognizers.) Gated by the words "BEGIN" or "DTSTART".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts

_WORDS = ("begin", "dtstart")
_LINE = re.compile(r"(?m)^(?P<name>[A-Z][A-Z\-]{1,20})(?P<params>(?:;[^:\n]{1,200})?):(?P<value>[^\n]{0,200})$")
_MOMENTS = frozenset(("DTSTART", "DTEND", "DUE", "DTSTAMP", "CREATED", "LAST-MODIFIED", "RECURRENCE-ID", "EXDATE", "RDATE"))
_PEOPLE = frozenset(("ATTENDEE", "ORGANIZER", "CONTACT"))
_DATE_VALUE = re.compile(r"(?:1[89]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:T[0-2]\d[0-5]\d(?:[0-5]\d)?Z?)?")
_CN = re.compile(r";CN=(?:\"(?P<quoted>[^\"\n]{2,80})\"|(?P<bare>[^;:\n]{2,80}))", re.IGNORECASE)


def ical_fields(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of the dates and names of the iCalendar content lines in ``text``."""
    low = lowered(text)  # (from the shared cue index: no scan of its own)
    if not word_starts(low, _WORDS):
        return
    for m in _LINE.finditer(text):
        name = m.group("name")
        if name in _MOMENTS:
            value = _DATE_VALUE.match(text, m.start("value"))
            if value is not None:
                yield "DATE_TIME", value.start(), value.end()
        elif name in _PEOPLE and m.group("params"):
            cn = _CN.search(text, m.start("params"), m.end("params"))
            if cn is not None:
                group = "quoted" if cn.group("quoted") is not None else "bare"
                if not any(ch.isdigit() for ch in cn.group(group)):
                    yield "PERSON", cn.start(group), cn.end(group)
