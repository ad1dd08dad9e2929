"""Speed round 18 (PERSON passes): each shortcut gives what the long way gives.

* the name echoes (:func:`medsyn_dataset.validation.pii.name_echoes.name_echoes`): the note-wide gate is read off the
  note's brackets and slashes, and each pattern is tried only on the lines that hold its signs, which finds the matches
  a scan of the whole note finds, after the gate's search, in the same order;
* the name cues' searches (:class:`medsyn_dataset.validation.pii.folded.FoldedPattern`): an equal window gets the match a
  search of it finds (kept per window's characters).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import name_echoes, name_triggers

_ECHO_PIECES = [
    "Ахмед", "Мухаммед", "Г.А.", "ИВАНОВ", "Ли", "На", "Чэнь", "Я", "x", "a", "Z", "Akhmed", "Li", "NA", "Smith", "smith",
    "O'Neil", "Al-Saidi", "CHEN", " ", "  ", "\t", "\n", "(", ")", "/", " / ", "( ", ",", "-", "_",
]


def _matches_the_long_way(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """What the pass read before: nothing without a match of ``_GATE``, else each pattern's scan of the whole note."""
    if name_echoes._GATE.search(text) is None:
        return None
    return ([m.span() for m in name_echoes._ECHO.finditer(text)], [m.span() for m in name_echoes._SLASHED.finditer(text)])


def _matches_on_gate_lines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    brackets, slashes, capital_slash = name_echoes.gate_lines(text)
    if not brackets and not capital_slash:
        return None
    return ([m.span() for begin, end in brackets for m in name_echoes._ECHO.finditer(text, begin, end)],
            [m.span() for begin, end in slashes for m in name_echoes._SLASHED.finditer(text, begin, end)])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_ECHO_PIECES), max_size=16).map("".join))
def test_echo_patterns_tried_on_the_gate_lines_find_what_the_whole_note_scan_finds(text: str) -> None:
    assert _matches_on_gate_lines(text) == _matches_the_long_way(text)


def test_echo_lines_keep_the_known_cases() -> None:
    note = "Пациент Ахмед Мухаммед (Akhmed Mukhammed), жалобы.\nФИО: LI NA / Ли На\nSmith John / Смит Джон"
    found = _matches_on_gate_lines(note)
    assert found == _matches_the_long_way(note)
    assert found is not None and len(found[0]) == 1 and len(found[1]) == 2  # (the bracket; both slashes' lines)
    # a lower-case letter before the slash: the slash's line is read only where the note passes the gate elsewhere
    assert _matches_on_gate_lines("Smith John / Смит Джон") is None


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
