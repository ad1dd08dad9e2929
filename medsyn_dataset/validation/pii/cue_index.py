"""The cue words of a note: where each starts a word, found once per note for every recognizer.

Recognizers look for their cue words ("паспорт", "тел", "ул", "пациент", ...) at word starts only.
:func:`word_starts` answers "where does any of these words start a word?" for one set of words; a
note is asked that ~45 times (~50 sets of words, ~370 words in all). One regex scan of the
lower-cased note finds every word of every set (:func:`_cue_index`); each set's answer is read off
it. Each set of words has one :class:`_CueSet` record, found by the tuple's identity (callers pass
module constants), holding what is known of the set once for all notes (its words in lower case,
whether the scan can stand for it) and its answer for the text last asked about: a call costs one
dict look-up by ``id`` where it used to hash the tuple of words four or five times (~1.6 us per call
before, ~70 us per note).
"""

from __future__ import annotations

import re
from typing import Any

_LOWERED: list[str] = ["", ""]


def lowered(text: str) -> str:
    """``text.lower()``, computed once for the recognizers that look at the same text in turn, with each
    character in its own place ("" only for an empty text).

    One character lowers to two: "İ", the dotted capital I of Turkish and Azerbaijani names ("İlham",
    "Əliyev" in a Latin-script document), lowers to "i" and a combining dot. Such a text is lowered
    character by character, each keeping the first character of its lower case, so that offsets still
    line up (this used to return "", and every pass gated on the lowered text skipped the whole note)."""
    if _LOWERED[0] is not text:
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(ch.lower()[0] for ch in text)
        _LOWERED[0], _LOWERED[1] = text, lower
    return _LOWERED[1]


class _CueSet:
    """One set of cue words: what the scan needs to know of it, and its answer for the text last asked."""

    __slots__ = ("all_lower", "cased", "haystack", "lowers", "note", "present", "starts", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # (a bound on the scan, should a caller make up its sets of words as it goes)
        indexable = all(_indexable(word) for word in words) and len(_CUE_WORDS) + len(words) <= _MAX_CUE_WORDS
        #: the words in lower case (empty when one of them can't be indexed: searched word by word)
        self.lowers = tuple(word.lower() for word in words) if indexable else ()
        #: whether they are all in lower case already (so that the lowered text can be searched for them)
        self.all_lower = indexable and self.lowers == words
        #: each lower-case word -> the words of the set it lowers ("номер" -> "номер", "Номер", "НОМЕР")
        self.cased: dict[str, tuple[str, ...]] = {}
        for word, lower in zip(words, self.lowers, strict=False):  # (none when not indexable)
            self.cased[lower] = (*self.cased.get(lower, ()), word)
        self.haystack: str | None = None
        self.starts: list[int] = []
        #: the set's words that the note whose index is ``note`` holds, filled in as that index is built (none
        #: for another index): a set's answer is read off them, with no intersection of the set with the index
        self.note: dict[str, list[int]] | None = None
        self.present: list[str] = []
        for lower in self.cased:
            _SETS_OF.setdefault(lower, []).append(self)
        new = [word for word in self.lowers if word not in _CUE_WORDS]
        if new:  # the scan takes the new words in: built again on next use
            _CUE_WORDS.update(dict.fromkeys(new))
            _CUE_SCAN[0] = None
        _CUE_INDEX[0] = None  # (and the index again, so that this set's words present are filled in too)


# each set of words (by value) -> its record; and by the identity of the tuple a caller passes, with the tuple
# itself (kept alive, so that its ``id`` names no other object while it is here)
_CUE_SETS: dict[tuple[str, ...], _CueSet] = {}
_SETS_OF: dict[str, list[_CueSet]] = {}  # each indexable word in lower case -> the sets that hold it
_BY_ID: dict[int, tuple[tuple[str, ...], _CueSet]] = {}
_MAX_BY_ID = 10_000  # (tuples made up per call would each take a slot: forgotten past this)


def word_starts(haystack: str, words: tuple[str, ...]) -> list[int]:
    """Sorted positions where any of ``words`` occurs in ``haystack`` and no letter or digit precedes
    it (kept per set of words for the text last searched: the rules of one cue share their words)."""
    entry = _BY_ID.get(id(words))
    if entry is None or entry[0] is not words:
        cues = _CUE_SETS.get(words)
        if cues is None:
            cues = _CUE_SETS[words] = _CueSet(words)
        if len(_BY_ID) >= _MAX_BY_ID:
            _BY_ID.clear()
        entry = _BY_ID[id(words)] = (words, cues)
    cues = entry[1]
    if cues.haystack is not haystack:
        cues.starts = _word_starts(haystack, cues)
        cues.haystack = haystack
    return cues.starts


def _word_starts(haystack: str, cues: _CueSet) -> list[int]:
    lower = _LOWERED[1]
    if cues.lowers and lower and (haystack is lower or haystack is _LOWERED[0]):
        kept = _CUE_INDEX[0]
        index = kept[1] if kept is not None and kept[0] is lower else _cue_index(lower)
        # (only the set's words the note holds are visited: a set has up to ~100 words, a note ~30 of the index's)
        present = cues.present if cues.note is index else ()
        if haystack is lower:
            if cues.all_lower:
                if len(present) < 2:  # (most sets: none of their words in the note, or one)
                    return list(index[present[0]]) if present else []
                return sorted({position for word in present for position in index[word]})
        else:
            # the lowered text keeps every character's place (:func:`lowered`), and a character is a
            # letter or digit exactly when its lower case is one (tested for every character): a
            # word's starts in the text are among its lower case's starts in the lowered text
            cased = cues.cased
            return sorted({position for lower_word in present for position in index[lower_word]
                           for word in cased[lower_word] if haystack.startswith(word, position)})
    starts: set[int] = set()
    for word in cues.words:
        starts.update(_starts_of(haystack, word))
    return sorted(starts)


# The cue words of every recognizer, found in one scan of the lower-cased text per note. A note is
# searched for ~370 cue words; a ``str.find`` scan of a note for one word costs ~1.5 us (all of them
# were ~20 % of the scanner's time); one scan for all of them costs as much as ~35 ``find``s. It
# stops at each character that is no letter or digit and tries the words after it, so a hit is a
# word start, which is all :func:`word_starts` reports. Words join the scan when first asked for.
_CUE_WORDS: dict[str, None] = {}  # the lower-case words of the scan, in the order they came
_CUE_SCAN: list[tuple[re.Pattern[str], list[tuple[str, ...]]] | None] = [None]
_CUE_INDEX: list[tuple[str, dict[str, list[int]]] | None] = [None]  # the lowered text last indexed
_MAX_CUE_WORDS = 1000


def _indexable(word: str) -> bool:
    """A word whose lower case has a character for each of its own (and no sigma, whose lower case
    depends on the letters around it): its lower case stands in the lowered text where it stands."""
    lower = word.lower()
    return bool(word) and len(lower) == len(word) and "σ" not in lower and "ς" not in lower


def _cue_index(lower: str) -> dict[str, list[int]]:
    """Each cue word's positions in ``lower`` (the note last lower-cased by :func:`lowered`) where no
    letter or digit precedes it; kept for that note."""
    kept = _CUE_INDEX[0]
    if kept is not None and kept[0] is lower:
        return kept[1]
    scan = _CUE_SCAN[0]
    if scan is None:
        scan = _CUE_SCAN[0] = _compile_cue_scan(tuple(_CUE_WORDS))
    pattern, words_at = scan
    index: dict[str, list[int]] = {}
    # (a space before the text: a word at its start has a non-word character before it as well)
    for match in pattern.finditer(" " + lower):
        position = match.start()  # (the character before the word, i.e. the word's offset in ``lower``)
        if position and lower[position - 1].isalnum():
            continue  # (another script's letter or digit: the scan's first class is only the usual ones)
        for word in words_at[match.lastindex or 0]:
            index.setdefault(word, []).append(position)
    for word in index:  # (each set's words in this note: see :attr:`_CueSet.present`)
        for cues in _SETS_OF[word]:
            if cues.note is index:
                cues.present.append(word)
            else:
                cues.note, cues.present = index, [word]
    _CUE_INDEX[0] = (lower, index)
    return index


def _compile_cue_scan(words: tuple[str, ...]) -> tuple[re.Pattern[str], list[tuple[str, ...]]]:
    """A character that is no Cyrillic or Latin letter or digit (each character that is no letter or
    digit at all is one; the few others are dropped after the scan), then the words as a trie of
    nested alternations ("паспорт", "пациент": ``п(?:а(?:с...|ц...))``), each word closed by an
    empty group that names it, which comes after the longer words through it: the longest word
    found at a position is reported with the words that are its prefixes (they stand there too; no
    other word can). (A trie, as ``re`` tries the alternatives of a group one after another: one
    group per first letter had it try each of that letter's ~20 words in turn at every word start,
    the trie tries the few letters that can come next; the scan ~15-25 % faster. A class of a few
    ranges is a table look-up per character; ``[\\W_]`` asks the Unicode tables, and scanned ~20 % slower.)"""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word  # ("" marks where a word ends: no word has an empty character)
    words_at: list[tuple[str, ...]] = [()]

    def alternation(node: dict[str, Any]) -> str:
        # (the groups are numbered in the order they open in the pattern, which is the order written here)
        alternatives = [re.escape(char) + alternation(child) for char, child in node.items() if char]
        if "" in node:
            words_at.append(tuple(other for other in words if node[""].startswith(other)))
            alternatives.append("()")
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return re.compile(r"[^а-яёА-ЯЁa-zA-Z0-9](?=" + alternation(trie) + ")"), words_at


# positions of each word in the text last searched: the cue sets of several recognizers share words
# ("номер", "паспорт", "сери", "вызов"), each is looked for once
_WORD_STARTS: dict[str, tuple[str, list[int]]] = {}


def _starts_of(haystack: str, word: str) -> list[int]:
    kept = _WORD_STARTS.get(word)
    if kept is not None and kept[0] is haystack:
        return kept[1]
    found = []
    position = haystack.find(word)
    while position >= 0:
        if not position or not haystack[position - 1].isalnum():
            found.append(position)
        position = haystack.find(word, position + 1)
    _WORD_STARTS[word] = (haystack, found)
    return found
