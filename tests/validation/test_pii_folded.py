"""The folded cue search (:mod:`medsyn_dataset.validation.pii.folded`) finds what the plain
case-insensitive search finds: per character of the windows it takes the fast path on, and on
windows built from the cue patterns' own pieces."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import names
from medsyn_dataset.validation.pii.folded import FOLD_SAFE, FoldedPattern
from medsyn_dataset.validation.pii.name_words import EPONYM_BEFORE

_PATTERNS = (names._TRIGGER, EPONYM_BEFORE)
_SAFE = [chr(code) for code in range(0x2200) if FOLD_SAFE.fullmatch(chr(code))]


def test_safe_characters_lower_as_re_folds_them() -> None:
    """Each character the fast path takes lowers to one character of the same kind, which equals
    a pattern's letter exactly when ``re.IGNORECASE`` takes it as that letter."""
    literals = "".join(re.sub(r"\\.", "", pattern.pattern) for pattern in _PATTERNS)  # (no escape: "\\w" is no "w")
    letters = sorted({ch for ch in literals if ch.isalpha()} | set("абвгдежзийклмнопрстуфхцчшщъыьэюяёabcdefghijklmnopqrstuvwxyz"))
    for char in _SAFE:
        lower = char.lower()
        assert len(lower) == 1, hex(ord(char))
        for kind in (r"\w", r"\s", r"\d"):
            assert bool(re.fullmatch(kind, char)) == bool(re.fullmatch(kind, lower)), (hex(ord(char)), kind)
        for letter in letters:
            assert bool(re.fullmatch(re.escape(letter), char, re.IGNORECASE)) == (lower == letter), (hex(ord(char)), letter)


def test_unsafe_characters_take_the_plain_path() -> None:
    # "İ" lowers to two characters; "ᲀ" (an old "в") folds to "в" in ``re`` but stays itself in lower case
    assert FOLD_SAFE.fullmatch("врач İ") is None and FOLD_SAFE.fullmatch("ᲀрач") is None
    folded = FoldedPattern(names._TRIGGER)
    assert folded.search("ᲀрач ") is not None and names._TRIGGER.search("ᲀрач ") is not None


def test_only_lower_case_case_insensitive_patterns() -> None:
    with pytest.raises(ValueError):
        FoldedPattern(re.compile(r"\Wврач", re.IGNORECASE))
    with pytest.raises(ValueError):
        FoldedPattern(re.compile(r"врач"))


_PIECES = (" ", "  ", "\t", "\n", ":", "-", "–", "(", ")", "«", "_", ".", ",", "1", "İ", "ᲀ", "ᲀрача", "Ω",
           "врач", "Врача", "ВРАЧ", "мать", "Мать", "по", "По", "имени", "ф.", "и.", "о", "Ф.И.О.", "дочь", "кардиолог", "ОЛОГА",
           "уролога", "педиатр", "синдром", "Синдрома", "проба", "м/с", "М/С", "зав", "отд", "со", "слов", "Иванов", "Анна", "улучшение")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_folded_search_is_the_plain_search(window: str) -> None:
    for pattern in _PATTERNS:
        plain, folded = pattern.search(window), FoldedPattern(pattern).search(window)
        assert (plain and (plain.span(), plain.group())) == (folded and (folded.span(), folded.group()))


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join))
@settings(max_examples=300, deadline=None)
def test_cached_title_word_is_the_plain_search(word: str) -> None:
    """:func:`names.is_title_word` keeps each word's verdict (bounded): the same as the search it caches."""
    assert names.is_title_word(word) == bool(names._TRIGGER.search(" " + word))
    assert names.is_title_word(word) == bool(names._TRIGGER.search(" " + word))  # (the kept verdict)
    assert names.is_title_word.cache_info().maxsize is not None
