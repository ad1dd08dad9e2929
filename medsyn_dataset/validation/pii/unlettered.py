"""Where words start in a lowered note with no letter right before them, read off the note's cue index.

Some passes look for their words with ``str.find`` over the whole lowered note and drop an occurrence with a letter
before it ("принимая" holds no label "имя"); a ``find`` that runs to the note's end costs ~2 us for each word. The
note's cue index (:func:`.cue_index.word_starts`) has already found every start of those words with no letter or digit
before it; one with a digit before it starts where a run of digits ends (:func:`.base.digit_runs`). In a note the
code page holds, 0-9 are the only characters that are letters or digits without being letters (tested), so the two
together are exactly the occurrences the ``find`` loops keep. A note outside the code page is searched as before.

The ends of the note's digit runs are read once per note (:func:`_digit_ends`), not once per call (~9 calls a note,
each of which walked every run): those a letter follows are kept apart, as a set of words that all open with a letter
(every caller's) can start at no other run's end ("5мг" has one, most notes none), so such a call tests those alone.
"""

from __future__ import annotations

from medsyn_dataset.validation.pii.base import digit_runs, word_starts
from medsyn_dataset.validation.pii.code_page import code_page_bytes

# the text last asked about, with the ends of its digit runs (None: outside the code page) and those of them a letter
# follows; one tuple, read and replaced whole (see :data:`.code_page._KEPT`)
_KEPT: list[tuple[str, list[int] | None, list[int]]] = [("", [], [])]
# whether each set of words (by the tuple's identity, a module's constant; the tuple kept against a reused id) opens
# every word with a letter
_LETTERED: dict[int, tuple[tuple[str, ...], bool]] = {}


def _digit_ends(text: str, lower: str) -> tuple[list[int] | None, list[int]]:
    """The ends of the digit runs of ``text`` (None where ``text`` is outside the code page), and those of them
    where ``lower`` (``text`` lowered) goes on with a letter; found once per text."""
    kept = _KEPT[0]
    if kept[0] is text:
        return kept[1], kept[2]
    ends = None if code_page_bytes(text) is None else [run.end() for run in digit_runs(text)]
    lettered = [end for end in ends if lower[end : end + 1].isalpha()] if ends else []
    _KEPT[0] = (text, ends, lettered)
    return ends, lettered


def _opens_with_letters(words: tuple[str, ...]) -> bool:
    entry = _LETTERED.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _LETTERED[id(words)] = (words, all(word[:1].isalpha() for word in words))
    return entry[1]


def unlettered_starts(text: str, lower: str, words: tuple[str, ...]) -> list[int] | None:
    """Sorted positions where one of ``words`` (lower case; a module's constant, as for ``word_starts``) starts in
    ``lower``, the lowered ``text``, with no letter right before it; None where ``text`` is outside the code page (the
    caller then searches the note itself)."""
    if not lower:
        return None
    ends, lettered = _digit_ends(text, lower)
    if ends is None:
        return None
    starts = word_starts(lower, words)
    # (a word that opens with a letter starts after a digit run only where a letter follows the run)
    candidates = lettered if _opens_with_letters(words) else ends
    if not candidates:
        return starts
    after_digits = [end for end in candidates if lower.startswith(words, end)]
    return sorted({*starts, *after_digits}) if after_digits else starts
