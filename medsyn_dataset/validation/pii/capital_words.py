"""Where the capitalised words of a note can start, found once per note for the passes that read them.

Two passes read every capitalised word of a note: the name chains of :mod:`.names` and the place
names of :mod:`.places`. Both patterns open with a capital Cyrillic letter (``[А-ЯЁ]``) that no letter,
digit or hyphen stands before; ``re`` finds such starts by testing every character of the note
against the class, ~20 us a scan of a 2,000-character note, once per pass. Here the note's code-page
bytes (:mod:`.code_page`, one byte a character, shared with the normaliser), mapped by one
``bytes.translate`` to three shapes (a capital, a character that may not stand before a word's start,
anything else), give the starts of both passes in ~5 us. Each pass then tries its own pattern at those
starts alone (:func:`.base.matches_at`), which finds what its scan finds: every match of either pattern
starts at one of them. A text outside the code page is scanned as before.

The starts are kept for the text last asked about, with that text (the scanner may run in threads: a thread reads
the starts of its own note or finds them again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from medsyn_dataset.validation.pii.base import matches_at
from medsyn_dataset.validation.pii.code_page import code_page_bytes, shapes_table

_WORD_CHARACTER = re.compile(r"\w")
# "A" a capital Cyrillic letter (what ``[А-ЯЁ]`` matches); "w" what no capitalised word starts after in either
# pass (a word character but "_", the chains taking "____Петрова" in; a hyphen); " " the rest ("_", ".", spaces,
# punctuation: the chains refuse a capital after a "." themselves, the place words one after a "_")
_SHAPES = shapes_table(
    lambda ch: "A" if "А" <= ch <= "Я" or ch == "Ё" else "w" if ch == "-" or (ch != "_" and _WORD_CHARACTER.fullmatch(ch)) else " "
)
_START = re.compile(rb" A")  # (a literal: ``re`` finds it as ``bytes.find`` does, not character by character)
# the text last asked about and its starts, one pair read and replaced whole (see :data:`.code_page._KEPT`)
_KEPT: list[tuple[str, list[int] | None]] = [("", [])]


def capital_starts(text: str) -> list[int] | None:
    """The positions in ``text`` of each capital Cyrillic letter with no letter, digit or hyphen before it
    (None when ``text`` has a character the code page lacks)."""
    kept = _KEPT[0]
    if kept[0] is text:
        return kept[1]
    encoded = code_page_bytes(text)
    starts: list[int] | None = None
    if encoded is not None:
        # (a space before the text: a capital at its start has a place to stand after; "X" at j of the shapes is
        # the text's character j - 1, so a " A" found at j is a capital at j)
        starts = [found.start() for found in _START.finditer(b" " + encoded.translate(_SHAPES))]
    _KEPT[0] = (text, starts)
    return starts


def capital_matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose every match starts at a capital Cyrillic letter
    with no letter, digit or hyphen before it: tried at :func:`capital_starts` alone."""
    starts = capital_starts(text)
    return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)
