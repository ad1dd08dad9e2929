"""Context words that lift or lower a candidate's score.

Presidio's own ``LemmaContextAwareEnhancer`` only ever raises scores and needs lemmas of the
whole text; here a candidate is judged from a few dozen characters around it, which costs
nothing when a text has no candidates and can also *lower* the score ("500 мг", "мм рт. ст.").
Context patterns are matched case-insensitively on word stems, so one entry covers all
Russian case forms ("телефон", "телефона", "телефону").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def stems(*words: str, whole: tuple[str, ...] = (), raw: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as the start of a word (stem match), or any of
    ``whole`` as a whole word (for short units and prepositions: "мг", "от"); ``raw``: stems already written as
    patterns (a stem with its own lookahead), tried first, behind the same lookbehind."""
    parts = []
    if words or raw:
        parts.append(r"(?<![\w])(?:" + "|".join((*raw, *sorted(map(re.escape, words), key=len, reverse=True))) + ")")
    if whole:
        parts.append(r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, whole), key=len, reverse=True)) + r")(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """How text around a candidate moves its score.

    ``positive`` found within ``before`` characters before (or ``after`` after) the candidate adds
    ``boost``; ``negative`` found in ``negative_before``/``negative_after`` characters subtracts
    ``penalty``. Windows stop at a line break, where a new field or list item starts.
    """

    positive: re.Pattern[str] | None = None
    negative: re.Pattern[str] | None = None
    before: int = 40
    after: int = 0
    negative_before: int = 8
    negative_after: int = 6
    boost: float = 0.35
    penalty: float = 0.5
    #: a negative word counts only where it may label this candidate: not where a value of its own stands between it and
    #: the candidate (the word's value came first, "СНИЛС 123-456-789 64, 771234567859": a person's line lists its
    #: papers one after another), nor, after the candidate, where a value follows it (the next field's label,
    #: "771234567859, тел. 8 912 345-67-89")
    labels_only: bool = False

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        base = score
        if self.positive is not None and (
            self.positive.search(_window_before(text, start, self.before))
            or (self.after and self.positive.search(_window_after(text, end, self.after)))
        ):
            score += self.boost
        if self.negative is not None and self.negative_near(text, start, end):
            # a unit next to a number that a context word already called an identifier counts less
            score -= self.penalty / 2 if score > base else self.penalty
        return min(max(score, 0.0), 1.0)

    def negative_near(self, text: str, start: int, end: int) -> bool:
        """Whether a ``negative`` word stands in the windows before or after the candidate (with ``labels_only``, one
        that may be this candidate's label)."""
        assert self.negative is not None
        before = _window_before(text, start, self.negative_before)
        after = _window_after(text, end, self.negative_after)
        if not self.labels_only:
            return bool(self.negative.search(before) or self.negative.search(after))
        last = None
        for last in self.negative.finditer(before):  # noqa: B007 (the last one is the nearest)
            pass
        if last is not None and not any(ch.isdigit() for ch in before[last.end():]):
            return True
        label = self.negative.search(after)
        return label is not None and _VALUE_AFTER.match(text, end + label.end()) is None


# a label's value after it on its line: a digit within a few words ("тел. 8 912 ...", "СНИЛС: 123-...")
_VALUE_AFTER = re.compile(r"[^\d\n]{0,24}\d")


_SENTENCE_END = re.compile(r"[\n;]|[.!?](?:\s|$)")


def _window_before(text: str, start: int, size: int) -> str:
    """Up to ``size`` characters before ``start``, within the same line and sentence, whole words."""
    begin = max(0, start - size)
    while 0 < begin < start and text[begin - 1].isalpha() and text[begin].isalpha():
        begin -= 1  # never cut a word in two: "кг" must not be read out of "ткг"
    window = text[begin:start]
    cut = 0
    for boundary in _SENTENCE_END.finditer(window):
        cut = boundary.end()
    return window[cut:]


def _window_after(text: str, end: int, size: int) -> str:
    """Up to ``size`` characters after ``end``, within the same line and sentence, whole words."""
    stop = min(len(text), end + size)
    while end < stop < len(text) and text[stop].isalpha() and text[stop - 1].isalpha():
        stop += 1
    window = text[end:stop]
    cut = _SENTENCE_END.search(window)
    return window if cut is None else window[: cut.start()]


#: a unit, a count word or a year mark right after a number (its leading spaces included): the number is
#: a measurement, a dose, a duration or a year, not a house or a record ("5 лет", "2 раза", "10 мг", "2019 г.")
UNIT_AFTER = re.compile(
    r"[ \t]*(?:лет|год|гг|г\.|мг|мкг|мл|см|мм|кг|%|раз|р/д|р/с|ед|дн|сут|мес|нед|ч\b|час|мин|сек|балл|шт|таб|капс|уд"
    r"|°|градус|x\s?\d|х\s?\d|ммоль|мкмоль|г/л|пачк|сигар|этаж|амп)",
    re.IGNORECASE,
)


# a wide gap between two cells of a table's row: two spaces and more, a tab, a bar
_CELL_GAP = re.compile(r"\S(?: {2,}|\t|[ \t]*\|[ \t]*)(?=\S)")
# a cell that holds a value: a digit, or a label's colon with its value after it ("ФИО: Орлова А.Б.    Д/Р: 01.01.1980
# Полис ОМС:\n123456789" is a form's filled line, its last label's value on the next line; a header's cells are labels,
# whose names may hold a digit glued to a word: "МКБ-10", "SpO2")
_FILLED_CELL = re.compile(r"(?<![\w\-])\d|:[ ]?[^\s|]")


def under_header_row(text: str, start: int) -> bool:
    """Whether ``start`` opens a line right under a table's header row (three cells or more, wide gaps between them,
    no cell holding a value):
    a label that ends such a row heads its column, and the value opening the next line is the first column's ("№ ИБ
    ФИО  Д/Р  ПОЛИС\\n31942/24  Бобылева Е.Ф. ...": the case history's number, not the policy's)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or text[line_start:start].strip():
        return False
    row = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return len(_CELL_GAP.findall(row)) >= 2 and _FILLED_CELL.search(row) is None


@dataclass(frozen=True)
class CueLineContext(Context):
    """A cued rule's context (``inner``), and no value across the line break under a table's header row
    (:func:`under_header_row`): a cue may name the value on the next line only on a label line of its own."""

    inner: Context = field(default_factory=Context)

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if under_header_row(text, start):
            return 0.0
        return self.inner.adjust(text, start, end, score)
