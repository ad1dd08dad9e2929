"""A sick leave's number right after its noun, with or without "№": "Листок нетрудоспособности 939 454 152 946 продлён".

Apart from :mod:`.numbered_values`, which reads any value after a sign: here the noun alone names the value, so the
value's own shape decides (the register's twelve digits, or a paper blank's series and number), and the scanner runs
it only where a sick leave's word stands (:data:`SICK_LEAVE_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import word_starts
from medsyn_dataset.validation.pii.record_values import BARE_SCORE

# A sick leave (листок нетрудоспособности, its electronic ЭЛН) carries the twelve-digit number the social insurance
# fund's register gives it; a note writes it right after the noun, with or without "№", plain or in groups ("Листок
# нетрудоспособности 939 454 152 946 продлён", "больничный лист 9100-1234-5678"). Twelve digits (no more) are its shape.
# (and its abbreviations, "л/н", "лн", as notes write it: "л/н 388829947017 закрыт", "лн 185-574-164-246 закрыт")
SICK_LEAVE_WORDS = ("листок", "листк", "лист", "больничн", "элн", "л/н", "лн")
_SICK_LEAVE = re.compile(
    r"(?i:листо?к\w*|лист\w*)[ \t]+(?i:нетрудоспособност\w*)(?:[ \t]*\((?i:элн)\))?|(?i:больничн\w*(?:[ \t]+лист\w*)?)|ЭЛН"
    r"|(?i:л/н|лн)(?![\w/])")
_TWELVE = re.compile(r"[ \t]*(?:№|N|#)?[ \t]*:?[ \t]*(?P<value>\d{3,6}(?:[ \t\-]?\d{2,6}){1,5})(?![\d\w]|[.,]\d)")
_DIGIT_GROUP = re.compile(r"\d+")
# (a paper blank's series of two digits and its number of six, as after "№": "Открыт больничный лист 20 743043")
_BLANK_SERIES = re.compile(r"\d{2}[ \t]\d{6}(?![\d\w]|[.,]\d)")
_SICK_LEAVE_SIGN = re.compile(r"[ \t]*(?:№|N|#)?[ \t]*:?[ \t]*")
# (a whole word or its abbreviation: "дневного стационара", "днём" open like "дн" and are no count)
_DAYS_AFTER = re.compile(r"[ \t]*(?i:дн(?:я|ей|и)?|день|сут(?:ок|ки)?|к\.?[ \t]?д)(?:\.|(?![а-яёa-z]))")


def sick_leave_numbers(text: str, low: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the twelve-digit numbers right after a sick leave's noun (``low``: the lowered text): the
    groups up to the twelfth digit, where more groups follow ("Листок нетрудоспособности 125 050 056 231 26 лет": the
    age is the next field's); or a paper blank's series and number."""
    for start in word_starts(low, SICK_LEAVE_WORDS):
        noun = _SICK_LEAVE.match(text, start)
        if noun is None:
            continue
        value = _TWELVE.match(text, noun.end())
        if value is None:
            sign = _SICK_LEAVE_SIGN.match(text, noun.end())  # (it matches an empty sign too)
            blank = _BLANK_SERIES.match(text, sign.end()) if sign is not None else None
            # (after "л/н", "лн" a day's word after the digits makes them a count: "ЛН 14 123456 дней"; "л/н 20 743043")
            if blank is not None and not (noun.group().lower() in ("л/н", "лн") and _DAYS_AFTER.match(text, blank.end())):
                yield blank.start(), blank.end(), BARE_SCORE
            continue
        digits = 0
        for group in _DIGIT_GROUP.finditer(text, value.start("value"), value.end("value")):
            digits += group.end() - group.start()
            if digits >= 12:
                rest = _DIGIT_GROUP.search(text, group.end(), value.end("value"))
                # (a group of one or two digits after the twelfth is the next field's, an age or a count; a longer one
                # makes the run another number, "7701 2345 6789 0123" a policy's sixteen)
                if digits == 12 and (rest is None or rest.end() - rest.start() <= 2):
                    yield value.start("value"), group.end(), BARE_SCORE
                break
