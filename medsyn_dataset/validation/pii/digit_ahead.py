"""Where the first digit or line break after a position stands, read off the note's code-page bytes.

The record-number and document-number passes ask at each of their nouns (~12 a note, ~1 with a digit near) whether a
digit follows on the noun's line within reach: ``[^\\d\\n]{0,100}+...\\d`` and the like test each character they pass
against the Unicode digits (~1 us for a hundred). Here the note's code-page bytes (:mod:`.code_page`, one byte a
character, made once for the normaliser), mapped once per note to three shapes (a digit, a line break, anything else),
answer with two ``bytes.find`` calls. The code page's only digits are 0-9 and its only line break is "\\n" (tested),
so a shape stands where the text's character stands.
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


def digit_or_break(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """(where, whether a digit) of the first digit or line break in ``text[start:end]``, (-1, False) where there is
    neither; None for a text outside the code page (whose digits of other scripts ``\\d`` also reads)."""
    shapes = _shapes(text)
    if shapes is None:
        return None
    digit = shapes.find(b"0", start, end)
    line_break = shapes.find(b"n", start, digit if digit >= 0 else end)
    return (line_break, False) if line_break >= 0 else (digit, digit >= 0)
