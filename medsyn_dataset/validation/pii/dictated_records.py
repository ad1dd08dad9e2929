"""Record numbers dictated in Russian number words (speech recognition of a doctor's dictation).

A dictated note writes a case history's number as it was said: "номер истории пятьдесят четыре
восемьсот семьдесят", "карта номер сто двенадцать дробь двадцать один", "номер амбулаторной карты
семь тысяч триста сорок". After a record cue ("номер" with a record noun after or before it: истории,
карты, амбулаторной карты, ИБ, медкарты), a run of number words (and digit groups, "дробь"/"тире"
between them) is read with the dictated-phone reader of :mod:`.number_words`; three digits and more
make a record number. The cue is needed: counts said in words ("сорок семь лет", "два раза") have
none, and a unit after the run ("лет", "раз", "мг") makes it a measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import word_starts
from medsyn_dataset.validation.pii.context import UNIT_AFTER
from medsyn_dataset.validation.pii.number_words import NUMBER_WORDS, read_number_words

_RECORD_NOUN = r"(?:истори\w*|карт\w*|медкарт\w*|иб|и/б)(?:[ \t]+болезни)?"
# "номер истории", "номер амбулаторной карты", "номер ИБ"
_NUMBER_THEN_NOUN = re.compile(
    rf"номер\w*[ \t]+(?:(?:амбулаторн|медицинск|стационарн)\w*[ \t]+)?{_RECORD_NOUN}(?![\w])[ \t]*[:\-]?[ \t]*", re.IGNORECASE
)
# "история номер", "карта номер", "ИБ номер"
_NOUN_BEFORE = re.compile(rf"(?<![\w]){_RECORD_NOUN}[ \t]+$", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"номер\w*[ \t]*[:\-]?[ \t]*", re.IGNORECASE)
_TOKEN = re.compile(r"[а-яё]+|\d+", re.IGNORECASE)
_GAP = re.compile(r"[ \t,\-]*")
# said between groups: a slash, a dash ("сто двенадцать дробь двадцать один")
_JOINERS = frozenset(("дробь", "тире", "слеш", "слэш"))
_THOUSAND = re.compile(r"тысяч[аиуей]?")
_MIN_DIGITS = 3


def _run(text: str, start: int, digits: int = _MIN_DIGITS) -> tuple[int, int] | None:
    """The span of the number words at ``start`` when they read as a number of ``digits`` digits or more."""
    tokens: list[str] = []
    end = position = start
    while True:
        gap = _GAP.match(text, position)
        token = _TOKEN.match(text, gap.end()) if gap is not None else None
        if token is None:
            break
        word = token.group().lower()
        if word in NUMBER_WORDS or word.isdigit():
            tokens.append(word)
            end = token.end()
        elif not tokens or not (word in _JOINERS or _THOUSAND.fullmatch(word)):
            break  # (a joiner or "тысяч" inside the run only: the span ends at the last number)
        position = token.end()
    words = sum(1 for token in tokens if not token.isdigit())
    if not words or len(read_number_words(tokens)) < digits:
        return None
    if UNIT_AFTER.match(text, end):
        return None  # "номер карты ... сорок семь лет": a count
    return start, end


# a record's noun alone before the words ("история болезни пятьдесят четыре восемьсот семьдесят"): a longer
# number is needed, four digits (no count of years or visits reaches it)
_NOUN_ALONE = re.compile(r"(?:истори\w*|карт[аеуы])(?:[ \t]+болезни)?[ \t]*[:\-]?[ \t]*", re.IGNORECASE)
_NOUN_ALONE_DIGITS = 4


def dictated_record_numbers(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """Spans of record numbers said in words after a record cue (``lower``: ``text`` lower-cased)."""
    found_ends = set()
    for start in word_starts(lower, ("номер",)):
        cue = _NUMBER_THEN_NOUN.match(text, start)
        if cue is None and _NOUN_BEFORE.search(text, max(0, start - 30), start):
            cue = _NUMBER_WORD.match(text, start)
        span = _after(text, cue.end()) if cue is not None else None
        if span is not None:
            found_ends.add(span[1])
            yield span
    for start in word_starts(lower, ("ист", "карт")):  # (the record grammar's own anchors: found once per text)
        cue = _NOUN_ALONE.match(text, start)
        span = _after(text, cue.end(), _NOUN_ALONE_DIGITS) if cue is not None else None
        if span is not None and span[1] not in found_ends:
            yield span


def _after(text: str, position: int, digits: int = _MIN_DIGITS) -> tuple[int, int] | None:
    token = _TOKEN.match(text, position)
    if token is None or token.group().lower() not in NUMBER_WORDS:
        return None  # (digits after the cue are the record grammar's: :mod:`.record_numbers`)
    return _run(text, position, digits)
