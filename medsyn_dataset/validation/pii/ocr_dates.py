"""A numeric date whose digits OCR or a hurried typist wrote as look-alike letters.

A scanned form's date comes back as "1В.04.2О06", "08.01.2О2S", "Оl.01.2011", "2l.04.l9В9": В or B for
8, S for 5, О or O for 0, l or I for 1, З for 3, б for 6. :mod:`.normalize` gives back the digit for a
lone "О", "l" or "З" next to digits; a date with two look-alikes side by side ("Оl"), or with the letters
it leaves alone (В, S, B, б: words hold them next to digits far more often: "В12", "S1"), is read here,
where the shape decides: two groups of one or two characters and one of four, joined by stops or commas
(a day, a month, a year), with four real digits at least (two after a date's label), that read as a calendar date once the letters
are digits. Tried only where a run of digits has a look-alike letter within two characters of it (the
date recognizer walks the runs anyway): a note without one pays nothing more.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.calendar_days import is_calendar_date
from medsyn_dataset.validation.pii.date_cues import CUE_WINDOW, DAY_MONTH_CUE

_LOOKALIKE = "lIОOЗSВBб"
#: the look-alike letters, for a caller's cheap test of the characters around a run of digits
LOOKALIKES = frozenset(_LOOKALIKE)
_DIGIT_OF = str.maketrans({"l": "1", "I": "1", "О": "0", "O": "0", "З": "3", "S": "5", "В": "8", "B": "8", "б": "6"})
#: the look-alike letters as one string (for a character class) and their digits (a ``str.translate`` table),
#: shared with the identifiers read from them (:mod:`.ocr_numbers`)
LOOKALIKE_LETTERS, DIGIT_OF_LOOKALIKE = _LOOKALIKE, _DIGIT_OF
_CHARACTER = rf"[\d{_LOOKALIKE}]"
# (the day, month and year apart by stops, commas or slashes, "ЗO/O8/1973"; after a label's stop too, "д.р.l5.1l.193S",
# but not after a number's: "1.2О.05.2019" is no date)
# (a scan's stray space may follow either separator: "2О. 07.24", "22. О8.2О", "2S.03. 2020")
_DATE = re.compile(rf"(?<![\w,])(?<!\d[.,/])(?P<day>{_CHARACTER}{{1,2}})(?P<sep>[.,/])[ \t]?(?P<month>{_CHARACTER}{{2}})[.,/][ \t]?"
                   rf"(?P<year>{_CHARACTER}{{4}}|{_CHARACTER}{{2}})(?![\w]|[.,/]\d)")
# A two-digit year leaves fewer real digits to go by ("2б.O4.Вб", "31.0S.46"): such a date is read only after a
# date's label ("Дата выдачи:", "Дата рожд.", "д.р.", "выдан"), with two real digits at least
_SHORT_YEAR_CUE = re.compile(r"(?:дат\w*(?:[ \t]+[а-яё]+\.?){0,2}|д\.?[ \t]?р\.?|г\.[ \t]?р\.?|рожд\w*\.?|выдан\w*|выдачи)[ \t]*:?[ \t]*\Z",
                            re.IGNORECASE)
_BACK = 8  # how far before a run of digits the date may start ("Оl.01.2011": two characters and a stop before "01";
# "2З. 01.2б": a day, a stop, a space and a month before the year's "2")


def ocr_date_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an OCR-spoilt date around the run of digits at ``start:end`` (see the module's docstring)."""
    for begin in range(max(0, start - _BACK), start + 1):
        found = _DATE.match(text, begin)
        if found is None or not (found.start() <= start < found.end()):
            continue
        value = found.group()
        short = len(found.group("year")) == 2
        digits = sum(ch.isdigit() for ch in value)
        labelled = (short or digits < 4) and _SHORT_YEAR_CUE.search(text, max(0, found.start() - 24), found.start()) is not None
        if short and not labelled and DAY_MONTH_CUE.search(text, max(0, found.start() - CUE_WINDOW), found.start()) is None:
            return None  # (or a word that makes a day and month a date: "Привит 2О.07.24", :mod:`.date_cues`)
        # (a four-digit year's date with fewer than four real digits, "16.Oб.2OOб", "1О.ОЗ.2ООО": after a date's label only)
        if digits < (2 if short or labelled else 4) or not any(ch in _LOOKALIKE for ch in value):
            return None
        day, month, year = (int(found.group(part).translate(_DIGIT_OF)) for part in ("day", "month", "year"))
        if (short or 1800 <= year <= 2099) and is_calendar_date(day, month):
            return found.span()
        return None
    return None
