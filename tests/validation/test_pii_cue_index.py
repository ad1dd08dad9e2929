"""The cue index's per-set records (:mod:`medsyn_dataset.validation.pii.cue_index`): found by the identity of
the tuple a caller passes, they must answer for equal tuples that are other objects, for tuples made up per
call, and for a new text, as a plain search for each word does."""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii import cue_index
from medsyn_dataset.validation.pii.cue_index import lowered, word_starts


def _plain(haystack: str, words: tuple[str, ...]) -> list[int]:
    return sorted({m.start() for word in words for m in re.finditer(f"(?={re.escape(word)})", haystack)
                   if not m.start() or not haystack[m.start() - 1].isalnum()})


_NOTE = "Тел.: 8 912 345-67-89, т/ф нет. Номер карты 12; ном. 5. Вызов принят, тел 2. АД 120/80, телефония"


def test_equal_tuples_of_other_objects_get_the_same_answer() -> None:
    lower = lowered(_NOTE)
    first = ("тел", "т/ф", "номер")
    second = tuple(word for word in ("тел", "т/ф", "номер"))  # equal, another object
    assert first is not second
    assert word_starts(lower, first) == word_starts(lower, second) == _plain(lower, first)
    assert word_starts(_NOTE, ("Тел", "Номер")) == _plain(_NOTE, ("Тел", "Номер"))  # (cased words, in the text itself)


def test_tuples_made_up_per_call_stay_bounded_and_right() -> None:
    lower = lowered(_NOTE)
    pool = ["тел", "ном", "вызов", "ад", "карт"]  # (made-up tuples of a few words: the scan takes in no new ones)
    for size in range(1, 40):
        words = tuple(pool[size % 3 : size % 3 + 1 + size % 3])
        assert word_starts(lower, words) == _plain(lower, words)
    assert len(cue_index._BY_ID) <= cue_index._MAX_BY_ID


def test_answers_follow_the_text() -> None:
    words = ("тел", "карт")
    other = "Карта вызова: тел. нет; телеграмма"
    assert word_starts(lowered(_NOTE), words) == _plain(lowered(_NOTE), words)
    assert word_starts(lowered(other), words) == _plain(lowered(other), words)
    # a haystack that is neither the note last lowered nor its lower case: searched word by word
    assert word_starts("карта тел", words) == [0, 6]
    # clinical text without any cue word: nothing
    assert word_starts(lowered("Парацетамол 500 мг 3 раза в день, ОАК: Hb 132 г/л, МКБ J06.9"), words) == []


def test_a_set_first_asked_for_after_the_note_was_indexed_still_finds_its_words() -> None:
    note = "Карта вызова № 12; тел. нет; пациент Ким"
    lower = lowered(note)
    assert word_starts(lower, ("тел",)) == _plain(lower, ("тел",))  # (the note's index is built here)
    late = ("вызов", "тел", "пациент")  # (a set of words the scan holds already: no new word, the same note)
    assert word_starts(lower, late) == _plain(lower, late) == [6, 19, 29]
    assert word_starts(lower, ("снилс",)) == []  # (and a word the note lacks)
