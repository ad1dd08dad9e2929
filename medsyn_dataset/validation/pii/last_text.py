"""One helper for a reader whose answer several recognizers ask of the same text: computed once, kept for the last text.

The scanner runs each recognizer over one text in turn, and some readers (an export's typed fields, a foreign passport's
spans) answer two or more recognizers of different types; their answer is kept for the last text by identity (``is``:
no hashing or comparing of a note's characters), replaced when the next text comes. Before round 26 each such reader
kept a hand-made two-slot list of its own (review A r26, finding 14).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def once_per_text(compute: Callable[[str], _T]) -> Callable[[str], _T]:
    """``compute`` whose answer for the text last asked is kept and given again while that very text is asked."""
    last: list[object] = [None, None]

    @functools.wraps(compute)
    def cached(text: str) -> _T:
        if last[0] is text:
            return last[1]  # type: ignore[return-value]
        answer = compute(text)
        last[0], last[1] = text, answer
        return answer

    return cached
