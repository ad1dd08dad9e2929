"""Where a pass's keywords start words in a note, read off one look-up of all of them per note.

The address pass (:mod:`.address`) asks the note's cue index (:func:`.cue_index.word_starts`) for the word
starts of ~15 small sets of keywords ("г.", "гор.", "город"; "уч.", "участок"; ...). Each first question
for a set costs some index work (about a microsecond), and most answers are empty: a note holds ~1.7
word starts of all of those keywords together, none in a quarter of notes. Here the pass asks once for
the union of its sets, and each set's answer is the union's starts where one of the set's own words
stands (``str.startswith``): the same positions, as "a word of the set starts here, no letter or
digit before it" is "a word of the union starts here, no letter or digit before it, and it is one of
the set's"."""

from __future__ import annotations

from collections.abc import Iterable

from medsyn_dataset.validation.pii.cue_index import word_starts


class KeywordStarts:
    """The word starts of a pass's sets of keywords, one index look-up per text (the last text's answer kept with the
    text: the scanner may run in threads, and a thread reads its own note's answer or finds it again)."""

    def __init__(self, sets: Iterable[tuple[str, ...]]) -> None:
        self.every = tuple(dict.fromkeys(word for words in sets for word in words))
        # the text last asked about and its starts, one pair read and replaced whole: threads scanning two notes at once
        # never pair one's text with the other's starts (a ``threading.local``'s attributes cost ~3x this look-up)
        self._kept: list[tuple[str, list[int]]] = [("", [])]

    def of(self, text: str, words: tuple[str, ...]) -> list[int]:
        """``word_starts(text, words)``, for ``words`` among the sets given (sorted positions)."""
        kept = self._kept[0]
        if kept[0] is not text:
            kept = self._kept[0] = (text, word_starts(text, self.every))
        every = kept[1]
        return [start for start in every if text.startswith(words, start)] if every else []
