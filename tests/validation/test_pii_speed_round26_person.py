"""Round 26's speed work on the PERSON passes (SPA) finds what the code it replaced found.

* :func:`.unlettered.unlettered_starts` reads the ends of a note's digit runs once per note and, for words that open
  with a letter, tests only the ends a letter follows: the positions are those of a ``find`` loop that keeps each
  occurrence with no letter before it, a word glued to a number ("5пациент") among them.
* :func:`.person_initials.initials_persons` reads the initials after a cue only where a capital follows it, as every
  reading of its ``_INITIALS`` opens with one: with the gate opened to every character, it finds the same spans.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import person_initials, unlettered
from medsyn_dataset.validation.pii.base import lowered
from medsyn_dataset.validation.pii.lower_names import lower_case_names
from medsyn_dataset.validation.pii.name_layouts import _NAME_LABELS


def _texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=25).map("".join)


def _find_loop(lower: str, words: tuple[str, ...]) -> list[int]:
    """What the ``find`` loops kept: every occurrence of a word with no letter right before it."""
    found = set()
    for word in words:
        position = lower.find(word)
        while position >= 0:
            if not position or not lower[position - 1].isalpha():
                found.add(position)
            position = lower.find(word, position + 1)
    return sorted(found)


_PATIENT = ("пациент",)
_DASHED = ("-ка", "пац-")  # (one word opens with no letter: every digit run's end is tested for it)


@settings(max_examples=400, deadline=None)
@given(_texts("пациент", "Пациент", "фио", "ф.и.о", "имя", "-ка", "пац-", "5", "12", " ", "\n", "а", "Я", ".", ":", "x"))
def test_unlettered_starts_are_those_of_the_find_loop(text: str) -> None:
    lower = lowered(text)
    for words in (_PATIENT, _NAME_LABELS, _DASHED):
        starts = unlettered.unlettered_starts(text, lower, words)
        assert starts is None or starts == _find_loop(lower, words), (text, words)


def test_a_word_glued_to_a_number_is_found_after_it() -> None:
    """"5пациент", "12фио", "3-ка": the word starts right where the digits end (a letter follows the run only in the
    first two; the third word opens with a hyphen, which the letters-only list would miss)."""
    text = "Записи: 5пациент ушёл, 12фио, 3-ка, пациентка, опациент"
    lower = lowered(text)
    assert unlettered.unlettered_starts(text, lower, _PATIENT) == [9, 36]
    assert unlettered.unlettered_starts(text, lower, ("фио",)) == [25]
    assert unlettered.unlettered_starts(text, lower, _DASHED) == [31]


def test_a_patient_cue_after_digits_still_opens_a_lower_case_name() -> None:
    text = "Запись 14.06 12пациентка иванова мария петровна пришла"
    assert (text.index("иванова"), text.index(" пришла")) in set(lower_case_names(text))


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


_INITIALS_PIECES = ("Пациент", "пациент", "ФИО", "Инициалы", "Subject", "donor", "Подпись", ": ", " ", "-", ",", "(", ")",
                    "А.", "В.", "К.", "Ё.", "АВК", "ЁЖИ", "A.", "V.", "AVK", "И-П-С", "ЖРТ", " подписал", ", 45 лет", "№ 01-014",
                    "УЗИ", "жалуется", "\n", "_")


@settings(max_examples=400, deadline=None)
@given(_texts(*_INITIALS_PIECES))
def test_initials_found_with_and_without_the_capital_gate(text: str) -> None:
    gated = list(person_initials.initials_persons(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(person_initials, "_CAPITALS", _Everything())
        assert gated == list(person_initials.initials_persons(text)), text


@pytest.mark.parametrize("text", [
    "Пациент А.В.К., 45 лет", "Инициалы: ЁЖИ", "Subject AVK was randomised", "ФИО: Ё.Б.", "Пациент (Ё-Ж-З) подписал",
])
def test_initials_opening_with_any_capital_are_found(text: str) -> None:
    assert list(person_initials.initials_persons(text)), text


def test_every_initials_reading_opens_with_a_listed_capital() -> None:
    """``_INITIALS`` matches only where one of ``_CAPITALS`` stands (the gate's premise): tried at each character."""
    for code in range(0x2FFF):
        character = chr(code)
        if person_initials._INITIALS.match(character + "." + character + ".") or person_initials._INITIALS.match(character * 3):
            assert character in person_initials._CAPITALS, character
    assert {c for c in person_initials._CAPITALS if not re.fullmatch(r"[А-ЯЁA-Z]", c)} == set()
