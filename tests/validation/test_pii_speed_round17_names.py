"""Speed round 17 (the PERSON passes): each shortcut finds what the long way finds.

* the name fields' gate (:func:`medsyn_dataset.validation.pii.name_fields._label_may_end`): a separator whose
  text before it ends as no label's word ends (its last three characters), with no "whose" label in the window,
  is passed over; with the gate open at every separator the same names are found.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import name_fields
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
