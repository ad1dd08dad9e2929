"""Speed round 18 (PERSON passes): each shortcut gives what the long way gives.

* the name echoes (:func:`medsyn_dataset.validation.pii.name_echoes.name_echoes`): each pattern is tried only on the
  lines that hold its signs (read off the note's brackets and slashes), which finds what the same function finds with
  each pattern scanning the whole note, in the same order;
* the name cues' searches (:class:`medsyn_dataset.validation.pii.folded.FoldedPattern`): an equal window gets the match a
  search of it finds (kept per window's characters);
* the name fields' label check (:func:`medsyn_dataset.validation.pii.name_fields._label_before`): the search kept per
  window and the character before it gives the groups, and the span less the window's start, of a search of the text;
* the name fields' gate (:func:`medsyn_dataset.validation.pii.name_fields._label_may_end`), its tails read off one slice:
  the answer of the three slices it read before.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import name_echoes, name_fields, name_triggers

_ECHO_PIECES = [
    "Ахмед", "Мухаммед", "Г.А.", "ИВАНОВ", "Ли", "На", "Чэнь", "Я", "x", "a", "Z", "Akhmed", "Li", "NA", "Smith", "smith",
    "O'Neil", "Al-Saidi", "CHEN", " ", "  ", "\t", "\n", "(", ")", "/", " / ", "( ", ",", "-", "_",
    # (the names of the two spellings, so that the echo's check passes and spans come out, not matches only)
    "Смит", "Джон", "John", "KULAKOV", "Кулаков", "Lapin", "Лапин",
    "Smith John", "Смит Джон", "LI NA", "Ли На", "Akhmed Mukhammed", "Ахмед Мухаммед",
    "Ахмед Мухаммед (Akhmed Mukhammed)", "Smith John / Смит Джон", "LI NA / Ли На", "Ахмед Карим (Akhmed Karim)",
]


def _echoes_the_long_way(text: str) -> list[tuple[int, int]]:
    """The real pass with its line gate opened: each pattern scans the whole note (what the pass did before the gate)."""
    whole = [(0, len(text))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(name_echoes, "gate_lines", lambda note: (whole, whole, True))
        return list(name_echoes.name_echoes(text))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_ECHO_PIECES), max_size=16).map("".join))
def test_echo_patterns_tried_on_the_gate_lines_find_what_the_whole_note_scan_finds(text: str) -> None:
    assert list(name_echoes.name_echoes(text)) == _echoes_the_long_way(text)


def test_echo_lines_keep_the_known_cases() -> None:
    note = ("Пациент Ахмед Мухаммед (Akhmed Mukhammed), жалобы.\nФИО: LI NA / Ли На\nSmith John / Смит Джон\n"
            "Отец: Ахмед Карим (Akhmed Karim)")
    found = list(name_echoes.name_echoes(note))
    assert found == _echoes_the_long_way(note)
    # (both brackets' lines, then both slashes' lines, each with its two spellings; since ce1ada7 a slash after a
    # lower-case Latin letter is read in every note, no longer only where a "(" before a Latin capital opens the pass)
    assert [note[start:end] for start, end in found] == [
        "Akhmed Mukhammed", "Ахмед Мухаммед", "Akhmed Karim", "Ахмед Карим", "Ли На", "LI NA", "Смит Джон", "Smith John"]


_CUE_PIECES = ["Имя", "пациента", "Пациент", "ФИО", "врач", "Врач", "по", "болезнь", "Синдром", "мать", ":", " ", "  ", "\t", "(",
               ")", "/", "-", "«", ",", ".", "ᲀрач", "ſ", "İ", "Петров"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=8).map("".join))
def test_a_kept_cue_search_is_the_search_of_the_window(window: str) -> None:
    for folded, pattern in ((name_triggers.TRIGGER_FOLDED, name_triggers.TRIGGER), (name_triggers.EPONYM_FOLDED, name_triggers.EPONYM_BEFORE)):
        expected = pattern.search(window)
        for _ in range(2):  # (searched, then kept; an equal window that is another string object)
            found = folded.search("".join(list(window)))
            assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


# label words (lowered, as name_fields reads them), letters glued before them (the look-behind at the window's start),
# characters folded otherwise than lowered ("ſ", "ᲀ"), and filler that moves a label across the window's first position
_LABEL_PIECES = ["фио", "ф.и.о.", "пациента", "пациент", "пациентка", "врач", "лечащий", "фамилия", "имя", "отчество",
                 "ассистент 2", "м/с", "выдан(а)", "кому", "к", "x", "а", "_", "1", " ", "\t", "  ", ".", ",", "\n", "ſ",
                 "ᲀрач", "жалобы", "0123456789"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=30).map("".join), st.integers(0, 3))
def test_a_kept_label_check_is_the_search_of_the_text(lower: str, cut: int) -> None:
    end = max(0, len(lower) - cut)
    low = max(0, end - 60)
    expected = name_fields._LABEL.search(lower, low, end)
    offset = max(0, low - 1)  # (the window kept starts one character early where there is one: the look-behind's)
    for _ in range(2):  # (searched, then kept; an equal text that is another string object)
        found = name_fields._label_before("".join(list(lower)), end)
        assert (found and (found.start() + offset, found.end() + offset, found.groupdict())) == (
            expected and (expected.start(), expected.end(), expected.groupdict())), (lower, end)


def _label_may_end_the_long_way(lower: str, stop: int, position: int) -> bool:
    return (lower[stop - 1 : stop] in name_fields._LAST_CHARS or lower[max(0, stop - 3) : stop] in name_fields._LAST_ENDS
            or lower[max(0, stop - 2) : stop] in name_fields._LAST_ENDS or name_fields._whose_window(lower, position))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=12).map("".join), st.data())
def test_the_gate_read_off_one_slice_answers_as_three_slices(lower: str, data: st.DataObject) -> None:
    stop = data.draw(st.integers(0, len(lower)))
    position = data.draw(st.integers(stop, len(lower)))
    assert name_fields._label_may_end(lower, stop, position) == _label_may_end_the_long_way(lower, stop, position)
    assert all(name_fields._label_may_end(word, len(word), len(word)) for word in ("о", "фио", "2", "ф.и.о.", "м/с"))
