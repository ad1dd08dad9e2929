"""DATE_TIME: a day, a month's name with a typo, and a year: "19 декбаря 2019", "3 нояьря 2024", "5 мя 2021".

A hurried typist (or a dictation, or OCR) drops, doubles, swaps or mistypes one letter of a month's
name, and the exact-word rules of :mod:`.dates` no longer read the date: the day and the year are
still there, and so is the person's date. The grammar here is the full Russian date "day, month in the
genitive, four-digit year" with the month's word one edit (Damerau-Levenshtein: an insertion, a
deletion, a substitution or two neighbours swapped) away from a month's genitive.

What keeps clinical text clean:

* the year must be there (1900-2039) and the day a day (1-31), so "5 мг 2 раза", "10 мл 2019"-like
  doses and values have no month; a bare event year ("в 2019 году") has no day and no month word;
* the word's first letter is the month's own (typos rarely hit the first letter; "3 мес 2019" and
  unit words like "мг", "мл", "ед" are two edits or more from any month);
* a word of two letters counts only as "мая" without its "а" (the one month short enough);
* exact month words are left to :mod:`.dates` (this pass reports only misspelt ones).

The pass is cheap: it runs only where the shared digit runs have a four-digit run after a space,
and each candidate word is compared with the twelve genitives once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer, digit_runs
from medsyn_dataset.validation.pii.misspelt_labels import one_edit
from medsyn_dataset.validation.pii.months import GENITIVES

SCORE = 0.8
_GENITIVES = GENITIVES
# a day, one word of Cyrillic letters, a year; the match ends at the year (searched backwards from it)
_BEFORE_YEAR = re.compile(r"(?<![\w.,/\-+])(?P<day>0?[1-9]|[12]\d|3[01])[ \t]+(?P<word>[а-яё]{2,9})[ \t]+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19\d\d|20[0-3]\d)")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of neighbours."""
    return a != b and one_edit(a, b)


# A hurried hand drops the space before the year, often with the month's last letter: "5 ноябр2026", "28 ма2025",
# "3 января2024". The day before the word and the four-digit year glued to it still make the date; the word may be
# the month's genitive, or that with one typo, or "мая" short of its "я" ("ма", "мя")
_BEFORE_GLUED_YEAR = re.compile(r"(?<![\w.,/\-+])(?P<day>0?[1-9]|[12]\d|3[01])[ \t]+(?P<word>[а-яё]{2,9})$", re.IGNORECASE)
_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")


def glued_month(word: str) -> bool:
    """Whether ``word`` (lower case), glued to a year, is a month's genitive, exact or with one typo."""
    if len(word) == 2:
        return word in ("ма", "мя")
    return word in _GENITIVES or misspelt_month(word)


def misspelt_month(word: str) -> bool:
    """Whether ``word`` (lower case) is a month's genitive with one typo, not the month itself."""
    if word in _GENITIVES:
        return False
    if len(word) == 2:
        return word == "мя"
    return any(word[0] == month[0] and one_edit_apart(word, month) for month in _GENITIVES)


class MisspeltMonthDateRecognizer(CandidateRecognizer):
    """Full dates whose month's name has one typo (DATE_TIME)."""

    def __init__(self) -> None:
        super().__init__("DATE_TIME", "MisspeltMonthDateRecognizer")

    def candidates(self, text: str) -> Iterator[Candidate]:
        for number in digit_runs(text):
            start = number.start()
            if number.end() - start != 4 or start < 6 or not _YEAR.fullmatch(number.group()):
                continue
            if number.end() < len(text) and text[number.end()].isalnum():
                continue
            glued = text[start - 1] not in " \t"
            if glued and not _CYRILLIC_LETTER.match(text, start - 1):
                continue
            before = (_BEFORE_GLUED_YEAR if glued else _BEFORE_YEAR).search(text, max(0, start - 16), start)
            if before is not None and (glued_month(before.group("word").lower()) if glued else misspelt_month(before.group("word").lower())):
                yield Candidate(self.entity, before.start(), number.end(), SCORE, self.name)
