"""Where words start in a lowered note with no letter right before them, read off the note's cue index.

Some passes look for their words with ``str.find`` over the whole lowered note and drop an occurrence with a letter
before it ("принимая" holds no label "имя"); a ``find`` that runs to the note's end costs ~2 us for each word. The
note's cue index (:func:`.cue_index.word_starts`) has already found every start of those words with no letter or digit
before it; one with a digit before it starts where a run of digits ends (:func:`.base.digit_runs`). In a note the
code page holds, 0-9 are the only characters that are letters or digits without being letters (tested), so the two
together are exactly the occurrences the ``find`` loops keep. A note outside the code page is searched as before.
"""

from __future__ import annotations

from medsyn_dataset.validation.pii.base import digit_runs, word_starts
from medsyn_dataset.validation.pii.code_page import code_page_bytes


def unlettered_starts(text: str, lower: str, words: tuple[str, ...]) -> list[int] | None:
    """Sorted positions where one of ``words`` (lower case; a module's constant, as for ``word_starts``) starts in
    ``lower``, the lowered ``text``, with no letter right before it; None where ``text`` is outside the code page (the
    caller then searches the note itself)."""
    if not lower or code_page_bytes(text) is None:
        return None
    starts = word_starts(lower, words)
    after_digits = [run.end() for run in digit_runs(text) if lower.startswith(words, run.end())]
    return sorted({*starts, *after_digits}) if after_digits else starts
