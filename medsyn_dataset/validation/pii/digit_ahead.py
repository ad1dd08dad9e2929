"""Whether a digit follows a position on its line within reach, read off the note's code-page bytes.

The record-number and document-number passes ask it at each of their nouns (~12 a note, ~1 with a digit near):
``[^\\d\\n]{0,100}+\\d`` and the like test each character they pass against the Unicode digits (~1 us for a
hundred). Here the note's code-page bytes (:mod:`.code_page`, one byte a character, made once for the
normaliser), mapped once per note to three shapes (a digit, a line break, anything else), answer with two
``bytes.find`` calls. The code page's only digits are 0-9 and its only line break is "\\n" (tested), so a shape
stands where the text's character stands.
"""

from __future__ import annotations

from medsyn_dataset.validation.pii.code_page import code_page_bytes, shapes_table

# "0" a digit, "n" a line break, " " anything else
_SHAPES = shapes_table(lambda ch: "0" if "0" <= ch <= "9" else "n" if ch == "\n" else " ")
# the text last asked about and its shapes (None outside the code page), one pair read and replaced whole: a thread
# never reads the shapes another thread made for its own note (see :data:`.base._LONG_NUMBER_SEEN`)
_KEPT: list[tuple[str, bytes | None]] = [("", b"")]


def _shapes(text: str) -> bytes | None:
    kept = _KEPT[0]
    if kept[0] is not text:
        encoded = code_page_bytes(text)
        kept = _KEPT[0] = (text, None if encoded is None else encoded.translate(_SHAPES))
    return kept[1]


def digit_ahead(text: str, start: int, reach: int) -> int | None:
    """The position of the first digit at or after ``start`` where it stands within ``reach`` characters
    (``start + reach`` at most) with no line break before it; -1 where neither a digit stands in
    ``text[start : start + reach + 1]`` nor a line break in ``text[start : start + reach + 2]``; None
    otherwise (a line break first, or a text outside the code page: the caller's own pattern decides).

    So ``[^\\d\\n]{0,reach}+\\d`` matches at ``start`` when this is 0 or more (its possessive run stops at
    that digit, as every character before it is neither a digit nor a line break) and does not when it is -1
    (the run stops ``reach`` characters on, or at the text's end, before a character that is neither); nor does
    a pattern that goes on past a line break there after the run and at most one more character
    (:data:`.record_numbers._DIGIT_AHEAD`: "№ \\n")."""
    shapes = _shapes(text)
    if shapes is None:
        return None
    digit = shapes.find(b"0", start, start + reach + 1)
    if shapes.find(b"n", start, digit if digit >= 0 else start + reach + 2) >= 0:
        return None
    return digit
