""":func:`medsyn_dataset.validation.pii.code_page.char_positions`: a character's positions, read in the note's code-page
bytes, are exactly those ``str.find`` gives, for any text (in the code page or not) and any character; and the passes
that read the colons, spaced dashes and bars from it find what the ``str.find`` loops they replace found; so do the name
labels read off the note's cue index."""

from __future__ import annotations

import random
import threading

from medsyn_dataset.validation.pii import code_page, lower_name_words, lower_names
from medsyn_dataset.validation.pii.base import _holds, lowered
from medsyn_dataset.validation.pii.code_page import char_positions
from medsyn_dataset.validation.pii.hyphenated_names import hyphenated_names
from medsyn_dataset.validation.pii.name_fields import _CELL_SEPARATORS, _SEPARATORS, _separators
from medsyn_dataset.validation.pii.name_layouts import _NAME_LABELS, _label_positions
from medsyn_dataset.validation.pii.normalize import _letter_near_digit

# marks of the code page, a Cyrillic letter whose code point shares the colon's low byte ("к", U+043A), characters outside
# the code page (the Georgian-looking "ᲁ" folds onto "в"; "ş"), the en and em dash (in the code page, not ASCII)
_ALPHABET = " :;@|-–—=_кр\nШКᲁş"


def _finds(text: str, character: str) -> list[int]:
    found, position = [], text.find(character)
    while position >= 0:
        found.append(position)
        position = text.find(character, position + 1)
    return found


def test_positions_are_those_of_str_find_in_and_out_of_the_code_page() -> None:
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        for character in ":;@|-–—ᲁşк":
            assert char_positions(text, character) == _finds(text, character), (text, character)


def test_a_note_s_positions_are_its_own() -> None:
    mine, theirs = "Жалобы: нет; время 09:15", "Диагноз: J06.9"
    assert char_positions(mine, ":") == [6, 21]
    worker = threading.Thread(target=lambda: char_positions(theirs, ":"))
    worker.start()
    worker.join()
    assert char_positions(mine, ":") == [6, 21]
    kept_text, kept = code_page._POSITIONS[0]
    assert kept_text is mine and kept[":"] == [6, 21]  # the text and its positions are one pair
    assert char_positions("", ":") == [] and char_positions("нет меток", "@") == []


def _old_separators(text: str, cells: bool) -> list[tuple[int, int]]:
    found = []
    for separator in _SEPARATORS + _CELL_SEPARATORS if cells else _SEPARATORS:
        found += [(position, len(separator) - 1 if separator != ":" else 1) for position in _finds(text, separator)]
    return sorted(found)


def test_name_field_separators_are_every_occurrence() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(" -–—=|_:а\nᲁ") for _ in range(rng.randint(0, 25)))
        for cells in (False, True):
            assert _separators(text, cells) == _old_separators(text, cells), (text, cells)
    assert _separators("ФИО: Иванов - врач | __", True) == [(3, 1), (11, 2), (18, 2), (20, 2)]
    assert _separators("нет разделителей, 5-6 мг", True) == []  # (a dash without spaces, a comma: none)


def test_a_literal_is_held_where_its_first_character_starts_it() -> None:
    for text, literal, held in (("ШК 4600", "ШК", True), ("шк 4600", "ШК", False), ("|| 4600", "||", True),
                                ("| 4600 |", "||", False), ("", "||", False), ("текст", "", True)):
        assert _holds(text, literal) is held == (literal in text), (text, literal)


def _old_label_positions(lower: str) -> list[tuple[int, str]]:
    found = []
    for label in _NAME_LABELS:
        position = lower.find(label)
        while position >= 0:
            if not position or not lower[position - 1].isalpha():
                found.append((position, label))
            position = lower.find(label, position + len(label))
    return sorted(found)


def test_the_code_page_has_no_digit_but_0_to_9_among_its_letters_and_digits() -> None:
    characters = bytes(range(256)).decode(code_page.CODE_PAGE, errors="replace")
    assert [ch for ch in characters if ch.isalnum() and not ch.isalpha()] == list("0123456789")


def test_name_labels_from_the_cue_index_are_those_of_the_find_loop() -> None:
    rng = random.Random(8)
    pieces = ["фамилия", "Фамил", "имя", "ИМЯ", "отчество", "фио", "Ф.И.О", "ф.и.о", "принимая", "12", "_", " ", "\n", "(",
              "ᲁ", "ş", "а", "9фио", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        lower = lowered(text) or text.lower()
        assert _label_positions(text, lower) == _old_label_positions(lower), text


def _old_after_patient_word(text: str, lower: str) -> list[tuple[int, int]]:
    found = []
    for anchor, pattern in lower_names._PATIENT_CUES:
        if anchor not in lower:
            continue
        for cue in lower_names._cue_matches(anchor, pattern, lower):
            if cue.group("ending") not in lower_names._CUE_ENDINGS[anchor] or (cue.start() and lower[cue.start() - 1].isalpha()):
                continue
            if not lower_name_words.opens_name(cue.group("word")) or not text[cue.start("word")].islower():
                continue
            found.append((cue.start("word"), lower_names._rest_of_name(text, cue.end("word"))))
    return found


def test_patient_cues_are_read_where_their_words_stand_unlettered() -> None:
    rng = random.Random(13)
    pieces = ["пациент ", "пациентка ", "больной ", "опациент ", "пац ", "пац-ка ", "фио ", "запись ", "5пац ", "иванова ",
              "турсунбоев ", "жасур ", "ᲁ", "Пациент ", "\n", ": "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        lower = lowered(text)
        if lower:
            assert list(lower_names._after_patient_word(text, lower)) == _old_after_patient_word(text, lower), text


def test_gates_read_off_positions_answer_as_the_searches_did() -> None:
    rng = random.Random(4)
    for _ in range(5000):
        text = "".join(rng.choice("-\nОOЗ01 аяᲁ٣") for _ in range(rng.randint(0, 12)))
        broken = any(text.startswith("\n", dash + 1) for dash in char_positions(text, "-"))
        assert broken == ("-\n" in text), text
        for letter in "ОOЗ":
            near = [p for p in range(len(text)) if text[p] == letter
                    and ((p and text[p - 1].isdigit()) or text[p + 1 : p + 2].isdigit())]
            assert _letter_near_digit(text, letter) is bool(near), (text, letter)
    assert list(hyphenated_names("нет переносов - здесь")) == []
