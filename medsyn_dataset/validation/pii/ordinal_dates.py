"""A day written as an ordinal word before a month: "третьего мая 1985 года", "двадцать первого июня",
"первое сентября" (letters, dictations, transcribed speech), for :class:`.dates.RuDateRecognizer`.

Searched only just before a month's genitive after a space, found in the lowered text by a pattern that
opens with a literal space (a search of the whole pattern over every note cost more than the rest of the
date recognizer). That pattern is tried only at a space before a month's word start of the note's shared
cue scan (a scan for the literal space stops at every space of a note).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, matches_at, word_starts
from medsyn_dataset.validation.pii.months import GENITIVES

_I = re.IGNORECASE
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORDINAL_STEM = (r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат"
                 r"|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)")
_MONTH_GENT_WORDS = GENITIVES
_MONTH_GENT = "(?:" + "|".join(_MONTH_GENT_WORDS) + ")"
_SPACE_MONTH_GENT = re.compile(" " + _MONTH_GENT)
# a year said in words, as a dictation spells it after the day and month: "две тысячи двадцать первого
# (года)", "тысяча девятьсот сорок второго": left out, it would stay in the text after the day and month went
_YEAR_WORDS = (
    r"(?:(?:две[ \t]+тысячи|тысяча[ \t]+девятьсот)(?:[ \t]+(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят"
    rf"|восемьдесят|девяносто))?[ \t]+(?:{_ORDINAL_STEM}|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)"
    r"(?:ого|ьего)|двухтысячного)(?:[ \t]+года)?"
)
_ORDINAL_DATE = re.compile(
    rf"(?<![\w\-])(?:(?:двадцать|тридцать)[ \t]+)?{_ORDINAL_STEM}(?:ого|ое|ье|ьего|ьое)(?:-го|-е)?[ \t]+{_MONTH_GENT}"
    rf"(?P<year>[ \t]+(?:{_YEAR}(?!\d)|{_YEAR_WORDS}))?(?![\w\-])", _I)


def ordinal_dates(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the ordinal dates of ``text``: 0.85 with a year, 0.7 without."""
    lower = lowered(text) or text.lower()
    spaces = [start - 1 for start in word_starts(lower, _MONTH_GENT_WORDS) if start and lower[start - 1] == " "]
    for month in matches_at(_SPACE_MONTH_GENT, lower, spaces):
        position = month.start()
        if position >= 4:
            window_end = min(len(text), month.end() + 72)  # (a year in words is long)
            for match in _ORDINAL_DATE.finditer(text, max(0, position - 40), window_end):
                yield match.start(), match.end(), 0.85 if match.group("year") else 0.7
