"""Round 25's speed work (SPD) finds what the code it replaced found.

``base.matches_at`` returns its matches as a list made at once instead of yielding them one by one (a generator's
suspend and resume for each of ~170 matches a note cost ~1.5 % of the scan). These tests hold it to what
``pattern.finditer`` finds at every position a match can start, and to being a list (read twice, indexed, sized),
which the generator it replaced was not.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii.base import finditer_at_digit_runs, matches_at
from medsyn_dataset.validation.pii.capital_words import capital_matches
from medsyn_dataset.validation.pii.names import _CHAIN
from medsyn_dataset.validation.pii.places import _WORD


def _texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# overlapping candidates: "абб" and "бб" start inside a longer match, which finditer (and matches_at) skips past
_PATTERN = re.compile(r"а?б+(в)?")


@settings(max_examples=300, deadline=None)
@given(_texts("а", "б", "в", "бв", " ", "аб", "x"))
def test_matches_at_every_position_is_what_finditer_finds(text: str) -> None:
    """Tried at every position, the matches are finditer's: same spans, groups and order (a start inside a
    match is passed over, as finditer goes on after a match)."""
    assert _spans(matches_at(_PATTERN, text, range(len(text) + 1))) == _spans(_PATTERN.finditer(text))


def test_matches_at_returns_a_list_read_as_often_as_needed() -> None:
    """The matches come as a list: sized, indexed, and the same when read a second time (the generator it
    replaced was empty on a second reading)."""
    text = "абб бв ааб x бббв"
    found = matches_at(_PATTERN, text, range(len(text) + 1))
    assert isinstance(found, list)
    assert len(found) == 4 and found[0].group() == "абб"
    assert _spans(found) == _spans(found) == _spans(_PATTERN.finditer(text))


def test_digit_runs_and_capital_words_read_off_the_same_list() -> None:
    """The helpers built on it return its list: the digit-run rules and the capitalised-word passes of the
    names and places (a note in the code page) get every match of their scan."""
    text = "Пациент Иванов Иван, 12 лет, из Твери. Тел 8 912 345-67-89, карта 123456"
    digits = re.compile(r"\d+(?:[ -]\d+)*")
    runs = finditer_at_digit_runs(digits, text)
    assert isinstance(runs, list) and _spans(runs) == _spans(digits.finditer(text))
    for pattern in (_CHAIN, _WORD):
        words = capital_matches(pattern, text)
        assert isinstance(words, list) and _spans(words) == _spans(pattern.finditer(text))
