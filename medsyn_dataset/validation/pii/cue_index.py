"""The cue words of a note: where each starts a word, found once per note for every recognizer.

Recognizers look for their cue words ("паспорт", "тел", "ул", "пациент", ...) at word starts only.
:func:`word_starts` answers "where does any of these words start a word?" for one set of words; a
note is asked that ~45 times (~50 sets of words, ~370 words in all). One regex scan of the
lower-cased note finds every word of every set (:func:`_index_note`); each set's answer is read off
it. Each set of words has one :class:`_CueSet` record, found by the tuple's identity (callers pass
module constants), holding what is known of the set once for all notes (its words in lower case,
whether the scan can stand for it). What is known of the note itself (its lower case, its index, the
answers read off it so far) is kept per thread in a :class:`_Note`, keyed by the note's own string
objects: a call for a set already asked about costs two dict look-ups (by the tuple's ``id``, then
by its record), and threads scanning notes at once never see each other's note.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from medsyn_dataset.validation.pii.code_page import CODE_PAGE, code_page_bytes


class _Note:
    """One note as the recognizers look at it: the text, its lower case, the cue index of that (built on first
    use, with the :data:`_GENERATION` of the sets it was built for, and each set's words it holds) and the
    answers read off it so far. The note last lowered is in :data:`_CURRENT`; a caller's strings are matched
    against it by identity, and a note is never changed but by adding answers that any thread would read the
    same: two threads scanning two notes at once each get their own note's answers (at worst recomputed where
    the other thread took the slot), never the other's (shared per-set slots, a value and the haystack it was
    for written one after the other, could be read half-written)."""

    __slots__ = ("built", "cased", "lower", "text")

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower
        #: the note's cue index (:class:`_Built`), built on first use. One object, written at once.
        self.built: _Built | None = None
        #: each set of words -> its answer in ``text`` (the answers in ``lower`` are in ``built``)
        self.cased: dict[_CueSet, list[int]] = {}


_CURRENT = [_Note("", "")]


def lowered(text: str) -> str:
    """``text.lower()``, computed once for the recognizers that look at the same text in turn, with each
    character in its own place ("" only for an empty text).

    One character lowers to two: "İ", the dotted capital I of Turkish and Azerbaijani names ("İlham",
    "Əliyev" in a Latin-script document), lowers to "i" and a combining dot. Such a text is lowered
    character by character, each keeping the first character of its lower case, so that offsets still
    line up (this used to return "", and every pass gated on the lowered text skipped the whole note)."""
    note = _CURRENT[0]
    if note.text is text:
        return note.lower
    encoded = code_page_bytes(text)  # (the note's code-page bytes, kept for the normaliser and the digit runs)
    if encoded is not None:
        lower = encoded.translate(_LOWER_BYTES).decode(CODE_PAGE)
    else:
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(ch.lower()[0] for ch in text)
    _CURRENT[0] = _Note(text, lower)
    return lower


def _lower_byte(byte: int) -> int:
    """The code-page byte of the lower case of the code page's character ``byte`` (itself where the code page has
    no character there: such a byte is in no encoded text). A lower case outside the code page, or of more than one
    character, raises (UnicodeEncodeError, TypeError from ``ord``): the byte table would then be wrong."""
    try:
        character = bytes([byte]).decode(CODE_PAGE)
    except UnicodeDecodeError:
        return byte
    return ord(character.lower().encode(CODE_PAGE))


# A note the code page holds (nearly all) is lowered in its bytes: ``str.lower`` looks each character of a Cyrillic
# note up in the Unicode tables (~8 us for 2,000 characters, ~19 in a scan, where the tables are out of the cache), a
# ``bytes.translate`` and a decode cost ~4 (~11 in a scan). The same text: each character of the code page lowers to
# one character the code page has (``ord`` above takes one byte only; :func:`_lower_byte` raises at import
# otherwise), and its lower case depends on no character around it (the one that does, the Greek capital sigma, is
# not in the code page).
_LOWER_BYTES = bytes(_lower_byte(byte) for byte in range(256))


class _CueSet:
    """One set of cue words: what the scan needs to know of it, once for all notes (a note's answers are
    in its :class:`_Note`)."""

    __slots__ = ("all_lower", "cased", "in_capture", "lower_set", "lowers", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        #: each word the scan captured (:func:`_index`'s hits) -> the words of the set that stand where it stands (its
        #: cased forms of the lower-case words that are its prefixes), filled as the notes bring them (for the cased
        #: look-up of :func:`_cased_starts`; what a captured word holds depends on its letters alone)
        self.in_capture: dict[str, tuple[str, ...]] = {}
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
        #: the record of the set's words in lower case (itself when they are), whose answer in the lowered note holds
        #: every start of the set in the note itself (:func:`_cased_starts`); set by :func:`_entry`, None when that
        #: set can't be indexed
        self.lower_set: _CueSet | None = self if self.all_lower else None


class _Built:
    """A note's cue index: where the scan stopped (each word start any cue word opens, with the longest cue word
    there: every cue word there is a prefix of it), the generation of sets it was built for, and each set of
    lower-case words the note holds any of -> its answer in the lowered note (:func:`word_starts`). Never changed
    once made (one object, written at once)."""

    __slots__ = ("answers", "generation", "hits")

    def __init__(self, hits: list[tuple[int, str]], generation: int, answers: dict[_CueSet, list[int]]) -> None:
        self.hits = hits
        self.generation = generation
        self.answers = answers


# each set of words (by value) -> its record; and by the identity of the tuple a caller passes, with the tuple
# itself (kept alive, so that its ``id`` names no other object while it is here)
_CUE_SETS: dict[tuple[str, ...], _CueSet] = {}
_SETS_OF: dict[str, list[_CueSet]] = {}  # each indexable word in lower case -> the sets that hold it
_BY_ID: dict[int, tuple[tuple[str, ...], _CueSet]] = {}
_MAX_BY_ID = 10_000  # (tuples made up per call would each take a slot: forgotten past this)
# a new set of words is taken in under this lock (rare: once per set per process); its number goes up with each,
# so that an index built before it (in any thread) is built again, with the new set's words in it
_REGISTER = threading.Lock()
_GENERATION = [0]


def _entry(words: tuple[str, ...]) -> tuple[tuple[str, ...], _CueSet]:
    """The record of ``words``, made (and the scan extended by its words) when the set is new."""
    with _REGISTER:
        cues = _CUE_SETS.get(words)
        if cues is None:
            lowers = tuple(dict.fromkeys(word.lower() for word in words))
            # (a set in capitals or capitalised is looked for in the note itself: its starts are read off the answer of
            # its words in lower case, a set of its own, taken in first)
            lower_set = None if lowers == words or not all(map(_indexable, words)) else (
                _CUE_SETS.get(lowers) or _register(lowers))
            cues = _register(words)
            if lower_set is not None and lower_set.all_lower and cues.lowers:
                cues.lower_set = lower_set
        if len(_BY_ID) >= _MAX_BY_ID:
            _BY_ID.clear()
        entry = _BY_ID[id(words)] = (words, cues)
        return entry


def _register(words: tuple[str, ...]) -> _CueSet:
    """A new set's record, its words taken into the scan (with :data:`_REGISTER` held)."""
    cues = _CUE_SETS[words] = _CueSet(words)
    for lower in cues.cased:
        _SETS_OF.setdefault(lower, []).append(cues)
    new = [word for word in cues.lowers if word not in _CUE_WORDS]
    if new:  # the scan takes the new words in: built again on next use
        _CUE_WORDS.update(dict.fromkeys(new))
        _CUE_SCAN[0] = None
    _GENERATION[0] += 1  # (and a note's index again, so that this set's words in it are known too)
    return cues


def word_starts(haystack: str, words: tuple[str, ...]) -> list[int]:
    """Sorted positions where any of ``words`` occurs in ``haystack`` and no letter or digit precedes
    it (kept per set of words for the text last searched in this thread: the rules of one cue share
    their words; callers must not change the list)."""
    note = _CURRENT[0]
    entry = _BY_ID.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _entry(words)
    cues = entry[1]
    if haystack is note.lower and cues.all_lower and haystack:
        # (the commonest call, ~75 a note, ~68 of them the first for their tuple in the note: each set's answer was read
        # off the note's index as it was built, and most sets have none, as the note holds none of their words. The
        # answer is looked up here whether or not the tuple was asked about before in the note: a second look-up by the
        # tuple's id, kept per note, answered only ~7 calls a note and cost each first call a miss and a store)
        built = note.built
        if built is None or built.generation != _GENERATION[0]:
            built = _built(note)
        found = built.answers.get(cues)
        return [] if found is None else found
    if haystack is note.text and cues.lowers and note.lower:
        found = note.cased.get(cues)
        if found is None:
            found = note.cased[cues] = _cased_starts(note, cues)
        return found
    kept = _OTHER.get(cues)
    if kept is not None and kept[0] is haystack:
        return kept[1]
    starts: set[int] = set()
    for word in cues.words:
        starts.update(_starts_of(haystack, word))
    found = sorted(starts)
    _OTHER[cues] = (haystack, found)
    return found


# a haystack that is neither the note last lowered nor its lower case (searched word by word): each set's answer
# for the haystack last searched for it, with that haystack (one tuple, written at once)
_OTHER: dict[_CueSet, tuple[str, list[int]]] = {}


def _built(note: _Note) -> _Built:
    """The note's index, built where it is due: not yet, or before the last set of words came in (its words in
    the note are then known too, and its answer with the others')."""
    built = note.built
    if built is None or built.generation != _GENERATION[0]:
        built = note.built = _index(note.lower)
    return built


def _cased_starts(note: _Note, cues: _CueSet) -> list[int]:
    """A set's words in the note itself. The lowered text keeps every character's place (:func:`lowered`),
    and a character is a letter or digit exactly when its lower case is one (tested for every character): a
    word's starts in the text are among its lower case's starts in the lowered text, the hits of the index
    whose captured word that lower case is a prefix of.

    Where the set's words in lower case have a record of their own (nearly always), those starts are its answer, read
    off as the note was indexed (~4 cased sets a note, each a walk of the ~29 hits otherwise): a start there is the
    set's where one of its words stands (``str.startswith`` with the set: a word that stands there lowers to one that
    does)."""
    lower_set = cues.lower_set
    if lower_set is not None:
        starts = _built(note).answers.get(lower_set)
        if starts is None:
            return []
        text, set_words = note.text, cues.words
        return [start for start in starts if text.startswith(set_words, start)]
    haystack, in_capture = note.text, cues.in_capture
    found = []
    for position, captured in _built(note).hits:
        words = in_capture.get(captured)
        if words is None:
            words = in_capture[captured] = tuple(word for lower, cased in cues.cased.items() if captured.startswith(lower)
                                                 for word in cased)
        for word in words:
            if haystack.startswith(word, position):
                found.append(position)
                break
    return found


# The cue words of every recognizer, found in one scan of the lower-cased text per note. A note is
# searched for ~370 cue words; a ``str.find`` scan of a note for one word costs ~1.5 us (all of them
# were ~20 % of the scanner's time); one scan for all of them costs as much as ~35 ``find``s. It
# stops at each character that is no letter or digit and tries the words after it, so a hit is a
# word start, which is all :func:`word_starts` reports. Words join the scan when first asked for.
_CUE_WORDS: dict[str, None] = {}  # the lower-case words of the scan, in the order they came
_CUE_SCAN: list[tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None] = [None]
_MAX_CUE_WORDS = 1000


def _indexable(word: str) -> bool:
    """A word whose lower case has a character for each of its own (and no sigma, whose lower case
    depends on the letters around it): its lower case stands in the lowered text where it stands."""
    lower = word.lower()
    return bool(word) and len(lower) == len(word) and "σ" not in lower and "ς" not in lower


def _index(lower: str) -> _Built:
    """The cue index of ``lower`` (:class:`_Built`)."""
    generation = _GENERATION[0]  # (read before the scan: a set that comes in meanwhile has it built again)
    pattern, prefixes = _cue_scan()
    sets_of = _capture_sets(generation)
    hits: list[tuple[int, str]] = []
    answers: dict[_CueSet, list[int]] = {}
    # (a space before the text: a word at its start has a non-word character before it as well)
    for match in pattern.finditer(" " + lower):
        position = match.start()  # (the character before the word, i.e. the word's offset in ``lower``)
        if position and lower[position - 1].isalnum():
            continue  # (another script's letter or digit: the scan's first class is only the usual ones)
        captured = match.group(1)
        hits.append((position, captured))
        # (each set's answer read off here for all sets at once, ~20 a note: asked for one by one, the calls to read each
        # off cost more than the reading. The hits come in order, one a position, and a set is listed once for a captured
        # word however many of its words stand there: each answer is sorted, without repeats)
        sets = sets_of.get(captured)
        if sets is None:
            sets = sets_of[captured] = tuple(dict.fromkeys(cues for word in prefixes[captured] for cues in _SETS_OF[word]
                                                           if cues.all_lower))
        for cues in sets:
            found = answers.get(cues)
            if found is None:
                answers[cues] = [position]
            else:
                found.append(position)
    return _Built(hits, generation, answers)


# each word the scan captures -> the sets of lower-case words (``all_lower``) that hold one of its prefixes among the
# scan's words (those standing where it stands), for the generation of sets it was made for (one pair, replaced whole
# when a set comes in)
_CAPTURE_SETS: list[tuple[int, dict[str, tuple[_CueSet, ...]]]] = [(-1, {})]


def _capture_sets(generation: int) -> dict[str, tuple[_CueSet, ...]]:
    kept = _CAPTURE_SETS[0]
    if kept[0] != generation:
        kept = _CAPTURE_SETS[0] = (generation, {})
    return kept[1]


def _cue_scan() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    scan = _CUE_SCAN[0]
    if scan is None:
        with _REGISTER:
            scan = _CUE_SCAN[0]
            if scan is None:
                scan = _CUE_SCAN[0] = _compile_cue_scan(tuple(_CUE_WORDS))
    return scan


# The letters by how often they open a word of a clinical note (Russian, then Latin), and by how often they
# stand in one: the order the trie's branches are tried in (see :func:`_compile_cue_scan`). Any order finds
# the same words; a letter missing here is tried after these.
_OPENING_ORDER = "писвнодкартмубзлгчжфхэеяшцщйюёьыъcxiasptdhobemvfnrlwgyuqkjz"
_INNER_ORDER = "еоиантслрвпкмдяуызчбгьйхцжющшфэъёiexcatsonrdlhpmvygufbwkzqj"


def _compile_cue_scan(words: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A character that is no Cyrillic or Latin letter or digit (each character that is no letter or
    digit at all is one; the few others are dropped after the scan), then, in a lookahead, one group
    holding the longest of the words that starts after it, and with it the words that are its prefixes
    (they stand there too; no other word can): each longest word -> those words (itself among them).

    The words are a trie of nested alternations ("паспорт", "пациент": ``п(?:а(?:с...|ц...))``), where
    a word's end is the last alternative of its node, after the longer words through it: ``re`` tries the
    alternatives in order and backtracks, so the group takes the longest word found. (A trie, as ``re``
    tries the alternatives of a group one after another: one group per first letter had it try each of
    that letter's ~20 words in turn at every word start, the trie tries the few letters that can come
    next; the scan ~15-25 % faster. A class of a few ranges is a table look-up per character; ``[\\W_]``
    asks the Unicode tables, and scanned ~20 % slower.)

    What makes the scan cheaper than it was (~200 -> ~110 us for a note of ~2,000 characters), none of it
    changing what it finds: (1) a class of the words' first characters before the trie, so that a
    position before a space, a digit, a sign or a letter no word opens with is left after one table
    look-up rather than a test of each of the ~50 first letters; (2) the letters of each node in the
    order they are met in notes (the letters of a node differ, so at most one of them matches: their
    order is free); (3) one group, not one per word: a match object holds room for every group of its
    pattern (~600 here), made for each of the ~30 matches of a note."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word  # ("" marks where a word ends: no word has an empty character)

    def alternation(node: dict[str, Any], order: str) -> str:
        chars = sorted((char for char in node if char), key=lambda char: (order.find(char) % (len(order) + 1), char))
        alternatives = [re.escape(char) + alternation(node[char], _INNER_ORDER) for char in chars]
        if "" in node:
            alternatives.append("")  # (last: the longer words through this node are tried first)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    # (each word's own prefixes looked up, in the order the words came: a test of every pair of words cost ~0.2 s
    # for each of the few times the scan is built again as a process's recognizers first ask for their words)
    rank = {word: number for number, word in enumerate(words)}
    prefixes = {word: tuple(sorted((word[:size] for size in range(1, len(word) + 1) if word[:size] in rank), key=rank.__getitem__))
                for word in words}
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(r"[^а-яёА-ЯЁa-zA-Z0-9](?=[" + firsts + "])(?=(" + alternation(trie, _OPENING_ORDER) + "))"), prefixes


# each word's starts in the haystack last searched for it, with that haystack (the cue sets of several
# recognizers share words: "номер", "паспорт", "сери")
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
