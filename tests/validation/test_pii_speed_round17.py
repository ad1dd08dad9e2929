"""Speed round 17 (shared machinery): each shortcut gives what the long way gives.

* the lowered note (:func:`medsyn_dataset.validation.pii.cue_index.lowered`): a note the code page holds is
  lowered in its bytes (``bytes.translate`` and a decode), which is ``str.lower`` of it, character by character;
* the runs of digits near an OCR look-alike (:func:`medsyn_dataset.validation.pii.ocr_numbers._near_lookalike`): a
  run none of whose four places around holds a look-alike is passed over at once, as the test of the places drops it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import cue_index, ocr_numbers
from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.code_page import CODE_PAGE, code_page_bytes
from medsyn_dataset.validation.pii.ocr_dates import LOOKALIKE_LETTERS

# every character of the code page (its one undefined byte left out)
_CODE_PAGE_CHARACTERS = "".join(ch for ch in bytes(range(256)).decode(CODE_PAGE, errors="replace") if ch != "\ufffd")


def _lower_the_long_way(text: str) -> str:
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(ch.lower()[0] for ch in text)


def test_each_character_of_the_code_page_lowers_as_str_lower_lowers_it() -> None:
    assert len(_CODE_PAGE_CHARACTERS) == 255
    for character in _CODE_PAGE_CHARACTERS:
        text = f"Ж{character}Ы {character}"  # (a new string each time: not the note last lowered)
        assert code_page_bytes(text) is not None
        assert cue_index.lowered(text) == text.lower(), repr(character)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_CODE_PAGE_CHARACTERS + "İΣσ€ẞǅ"), max_size=60))
def test_a_note_is_lowered_as_str_lower_lowers_it(text: str) -> None:
    """Notes of the code page's characters (lowered in bytes) and notes with one it lacks (lowered by ``str.lower``:
    "İ" lowers to two characters, a capital sigma by the letters around it) give the long way's lower case."""
    note = text + "Q"  # (a new string: not the note last lowered, whose lower case the cue index keeps)
    assert cue_index.lowered(note) == _lower_the_long_way(note)


def _near_lookalike_the_long_way(text: str) -> list[tuple[int, int]]:
    """:func:`medsyn_dataset.validation.pii.ocr_numbers._near_lookalike` without its test of the places' slice."""
    found = []
    for run in digit_runs(text):
        start, end = run.span()
        if any(ocr_numbers._stands_for_digit(text, at) for at in (start - 1, start - 2, end, end + 1)):
            found.append((start, end))
    return found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789" + LOOKALIKE_LETTERS + " -./:абвгОоВS\n"), max_size=40))
def test_runs_near_a_lookalike_are_those_the_long_way_finds(text: str) -> None:
    note = text + "."  # (a new string: the digit runs are kept for the text last asked about)
    assert ocr_numbers._near_lookalike(note) == _near_lookalike_the_long_way(note)


def test_runs_near_a_lookalike_at_the_places_around_a_run() -> None:
    for note in ("1В.04.2О06", "177-798-OBS-52", "Оl.01.2011", "В12 мг", "8 баллов", "тел 8-9l2", "20б", "O", "5"):
        assert ocr_numbers._near_lookalike(note) == _near_lookalike_the_long_way(note), note
    assert ocr_numbers._near_lookalike("177-798-OBS-52") == [(4, 7), (12, 14)]  # ("798" before "-O", "52" after "S-")
