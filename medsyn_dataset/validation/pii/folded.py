"""Case-insensitive cue patterns searched faster, with the same result.

``re`` compares each literal of an ``IGNORECASE`` pattern by folding both sides, character by
character; the name cues (``_TRIGGER``, ``EPONYM_BEFORE``: ~150 alternatives, searched over the 40
characters before each name-like chain) cost ~16-26 us a search that way, and ~5 us as the same
pattern without the flag over the lower-cased window. The two agree on every window whose
characters all fold the way ``str.lower`` lowers them (one character each, the same letters a
case-insensitive match takes as equal, a word character staying one): Basic Latin, Latin-1,
Cyrillic, the General Punctuation (dashes, quotes) and "№", checked character by character in
tests/validation/test_pii_folded.py. Outside them lie "ſ" (which ``re`` folds to "s"), "İ" (two
characters in lower case) and the old Cyrillic letter variants U+1C80-U+1C88 (which ``re`` folds
to "в", "д", "о", "с", "т", "ъ", "ѣ" but ``str.lower`` keeps): a window with any other character
is searched with the pattern as written.

The fast path answers "no match" (the common case, a chain with no cue before it); a match is
then found again with the pattern as written, so callers that read the match see the very same
one ("По" vs "по" matters to them). Found again where the fast path found it: at each position
of such a window the two patterns agree (the same argument, read at one position), so the first
position where the lowered pattern matches is the first where the pattern as written does, and
its match there is the match ``search`` returns (one attempt at one position, not a search that
tries the ~150 alternatives case-insensitively at every position before it).

The lowered pattern's cue words are grouped by the letter they open with (:func:`_by_first_letter`):
``re`` tries the alternatives of an alternation one after another at each position where a word may
start, ~160 of them for ``TRIGGER``; grouped, it tries ~30, and skips a group whose letter is not
there (a search of a window ~2.3 -> ~1.5 us). The lowered pattern only says whether and where a match
starts, and whether a pattern matches at a position does not depend on the order of its alternatives
(a match is looked for down every one of them, none atomic): the same positions, and the match itself
is read with the pattern as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medsyn_dataset.validation.pii.base import group_by_first_character, split_alternatives

# the characters whose lower case is one character that ``re.IGNORECASE`` takes as equal to them
# (see the module's docstring; tests/validation/test_pii_folded.py checks each of them)
FOLD_SAFE = re.compile("[\x00-\xff\u0400-\u04ff\u2010-\u206f\u2116]*")


class FoldedPattern:
    """``pattern`` (IGNORECASE, written in lower case) searched in a window, fast where no cue stands."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # (an upper-case letter would be an escape such as ``\\W`` or a literal the lowered text lacks)
        if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
            raise ValueError("a folded pattern is case-insensitive and written in lower case")
        self.pattern = pattern
        self.lowered = re.compile(_by_first_letter(pattern.pattern), pattern.flags & ~re.IGNORECASE)

    def search(self, window: str) -> re.Match[str] | None:
        """``pattern.search(window)`` (an equal window gets the same match object: see :func:`_searched`)."""
        return _searched(self, window)

    def search_uncached(self, window: str) -> re.Match[str] | None:
        """``pattern.search(window)``, searched."""
        if FOLD_SAFE.fullmatch(window) is None:
            return self.pattern.search(window)
        found = self.lowered.search(window.lower())
        if found is None:
            return None
        # (``match`` at a position > 0, as ``search`` trying that position: "^" holds at the window's start only, a
        # look-behind sees the characters before; None would be a character folded otherwise: searched as written)
        return self.pattern.match(window, found.start()) or self.pattern.search(window)


# The windows searched recur from note to note: a template's "Имя пациента: ", "Пациент ", "ФИО: ", a line's start ("")
# before a name, ~60 % of the ~6 searches of a note (~55 % among distinct notes). A search costs ~10 us in a scan (the
# ~150 cue words' code out of the processor's cache), a look-up ~0.2. The answer depends on the window's characters
# alone, and a match is read only for what it holds (its group, its positions in the window): an equal window's match
# is that match. (Bounded: an entry is a window of up to 40 characters and its match.)
@lru_cache(maxsize=50_000)
def _searched(folded: FoldedPattern, window: str) -> re.Match[str] | None:
    return folded.search_uncached(window)


# how a cue pattern opens: a word's boundary, then the alternation of its cue words
_CUE_OPENING = r"(?:^|[^\w])(?:"
# an atomic group or a possessive quantifier, after which the order of alternatives may decide whether a match is found
# (a pattern with one, or what reads as one, is left as written)
_ORDERED = re.compile(r"\(\?>|[*+?}]\+")


def _by_first_letter(pattern: str) -> str:
    """``pattern`` with the cue words of its opening alternation grouped by the letter they open with (in the order
    the letters first come; a word that opens with no literal letter, ``\\w*терапевт\\w*``, after the groups), as
    :func:`.base.compile_grouped` groups them: the same language at each position, other alternatives first."""
    if not pattern.startswith(_CUE_OPENING) or _ORDERED.search(pattern):
        return pattern
    words, end = split_alternatives(pattern, len(_CUE_OPENING))
    if end >= len(pattern):
        return pattern
    return _CUE_OPENING + group_by_first_character(words, others_last=True) + pattern[end:]
