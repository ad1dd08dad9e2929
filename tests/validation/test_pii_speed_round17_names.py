"""Speed round 17 (the PERSON passes): each shortcut finds what the long way finds.

* the name fields' gate (:func:`medsyn_dataset.validation.pii.name_fields._label_may_end`): a separator whose
  text before it ends as no label's word ends (its last three characters), with no "whose" label in the window,
  is passed over; with the gate open at every separator the same names are found;
* the folded cue search's lowered pattern (:class:`medsyn_dataset.validation.pii.folded.FoldedPattern`), its cue
  words grouped by their first letter: a match starts at the same positions as with the words as written.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import name_fields, name_triggers
from medsyn_dataset.validation.pii.base import split_alternatives
from medsyn_dataset.validation.pii.folded import FoldedPattern, _by_first_letter
from medsyn_dataset.validation.pii.normalize import normalize

# fields: a word before (or none), a label's word (every one the gate knows, in their cases) or another word that
# ends as labels end, a separator, a value (names, ordinary words), a field's end
_BEFORE = ["", "Пациент ", "ФИО ", "\n", "Дата: 12.03. ", "(", "Имя и ", "2"]
_LABELS = [*sorted(name_fields._LAST_WORDS), "Пол", "История заболевания", "Возраст", "доктор", "ФИО (полностью)",
           "Фамилия (латиницей)", "Ассистент 2", "Ф.И.О.", "фи.о пациента", "Фамилия пострадавшего", "Имя ребёнка", "Кому",
           "И.О.", "о.", "Жалобы", "Врач", "ПАЦИЕНТ", "Лечащий врач", "Лечащий врач ", "Фамилия И.О."]
_SEPARATORS = [":", ": ", " - ", " – ", " — ", " = ", " | ", " __", ":\t", " :"]
_VALUES = ["Иванова", "Анна Петровна", "Иванова А.П.", "И.И. Петров", "Мельник", "Роман", "ПЕТРОВ ИВАН", "Ким Ен Хи", "Москва",
           "нет", "XXXX", "___ПОТАПОВ___", "/Белова Т.К./", "Господин Иванов", "мужчина 45 лет", ""]
_ENDS = ["", "\n", "; ", ". ", ", ", " | ", "  "]
_FIELDS = st.lists(st.tuples(*(st.sampled_from(pieces) for pieces in (_BEFORE, _LABELS, _SEPARATORS, _VALUES, _ENDS))),
                   min_size=1, max_size=4).map(lambda fields: "".join("".join(field) for field in fields))


def _ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    with monkeypatch.context() as patched:
        patched.setattr(name_fields, "_label_may_end", lambda lower, stop, position: True)
        return list(name_fields.name_fields(text))


@settings(max_examples=400, deadline=None)
@given(_FIELDS)
def test_name_field_gate_finds_what_every_separator_finds(text: str) -> None:
    text = normalize(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert list(name_fields.name_fields(text)) == _ungated(text, monkeypatch), text


@pytest.mark.parametrize("word", sorted(name_fields._LAST_WORDS))
def test_every_label_word_opens_the_gate(word: str) -> None:
    for text in (f"{word}: Иванова", f"Пациент {word}  - Иванова", f"{word}\t= Иванова"):
        lower = text.lower()
        position = next(i for i, ch in enumerate(lower) if ch in ":-=" and i >= len(word))
        stop = len(lower[:position].rstrip(" \t"))
        assert name_fields._label_may_end(lower, stop, position), text


_CUE_PATTERNS = (name_triggers.TRIGGER, name_triggers.EPONYM_BEFORE)
# windows of cue words (their letters in turn, each group's first and others), words that open with no letter's
# literal ("кардиолога", "педиатр", "физиотерапевт", "к.м.н."), separators and what follows a cue
_CUE_PIECES = (" ", "  ", "\t", "\n", ":", "-", "–", "(", ")", "«", "_", ".", ",", "/", "1", "я,", "я", "имя", "исп.", "фио", "ф.и.о.",
               "отец", "отчество", "по", "по имени", "пациент", "пациентка", "пац.", "пац-т", "б-ной", "гр-ка", "врач", "врача",
               "д-р", "др.", "м/с", "зав. отд.", "к.м.н.", "д.м.н", "кардиолога", "педиатр", "физиотерапевт", "хирурга", "мать",
               "мама", "муж", "со слов", "перезвонить", "представилась как", "называет себя", "синдром", "проба", "знак",
               "знакомый", "им.", "стол", "тип", "(подпись)", "/ врач", "(мать)", "бабушка", "сын", "иванов", "анна", "улучшение")


@pytest.mark.parametrize("pattern", _CUE_PATTERNS)
def test_cue_words_are_grouped_by_first_letter(pattern: re.Pattern[str]) -> None:
    grouped = FoldedPattern(pattern).lowered.pattern
    assert grouped != pattern.pattern and grouped == _by_first_letter(pattern.pattern)
    opening = len(r"(?:^|[^\w])(?:")
    assert len(split_alternatives(grouped, opening)[0]) < len(split_alternatives(pattern.pattern, opening)[0]) / 2  # (~30 of ~160, ~18 of ~56)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=10).map("".join))
def test_grouped_cue_words_match_where_the_words_as_written_match(window: str) -> None:
    for pattern in _CUE_PATTERNS:
        written, grouped = re.compile(pattern.pattern), FoldedPattern(pattern).lowered
        for start in range(len(window) + 1):
            assert (written.match(window, start) is None) == (grouped.match(window, start) is None), (window, start)
        found, found_grouped = written.search(window), grouped.search(window)
        assert (found and found.start()) == (found_grouped and found_grouped.start()), window


def test_an_atomic_or_possessive_pattern_is_left_as_written() -> None:
    for pattern in (r"(?:^|[^\w])(?:аб|ав|(?>вв))$", r"(?:^|[^\w])(?:аб|ав++)$"):
        assert _by_first_letter(pattern) == pattern
    assert _by_first_letter(r"(?:^|[^\w])(?:аб|ав|\w*в)$") == r"(?:^|[^\w])(?:а(?:б|в)|\w*в)$"
