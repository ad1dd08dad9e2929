"""Speed round 19: each shortcut finds what the long way finds.

* the cue index (:mod:`medsyn_dataset.validation.pii.cue_index`) reads each set's answer off the scan's hits as
  it scans (a set listed once for each captured word) and a cased set's off the same hits: the answers are those
  of a plain search for each word, in the lowered note and in the note itself.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import cue_index


def _plain(haystack: str, words: tuple[str, ...]) -> list[int]:
    return sorted({m.start() for word in words for m in re.finditer(f"(?={re.escape(word)})", haystack)
                   if not m.start() or not haystack[m.start() - 1].isalnum()})


# sets whose words are prefixes of each other and of other sets' words, one-word and several-word sets, sets that share
# words, and cased sets (asked about in the note itself)
_LOWER_SETS = [("тел",), ("телефон",), ("тел", "телефон"), ("т.", "т/ф"), ("т",), ("телеф", "тел/факс"), ("ф",),
               ("номер", "ном", "н"), ("карт", "карта", "кар"), ("паспорт",), ("пац", "пациент", "пациентка")]
_CASED_SETS = [("Тел", "ТЕЛ"), ("Номер", "НОМЕР", "номер"), ("Пациент", "пац"), ("Т",), ("КАРТ", "Карта")]
_PIECES = ["тел", "Тел", "ТЕЛ", "телефон", "Телефон", "т/ф", "т.", "Т.", "ф", "номер", "Номер", "НОМЕР", "ном", "н",
           "карта", "КАРТА", "Карт", "кар", "паспорт", "пациентка", "Пациент", "пац", "ПАЦ", "факс", " ", "  ", ", ", ".",
           ":", "\n", "-", "(", "5", "12", "ş", "é", "Ж", "а", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_each_set_gets_what_a_plain_search_finds(note: str) -> None:
    lower = cue_index.lowered(note + "")  # (a new string object: the note the index is built for)
    text = cue_index._CURRENT[0].text
    for words in _LOWER_SETS:
        assert cue_index.word_starts(lower, words) == _plain(lower, words), (note, words)
    for words in _CASED_SETS:
        assert cue_index.word_starts(text, words) == _plain(text, words), (note, words)
