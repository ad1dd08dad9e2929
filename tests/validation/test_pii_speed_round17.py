"""Speed round 17 (shared machinery): each shortcut gives what the long way gives.

* the lowered note (:func:`medsyn_dataset.validation.pii.cue_index.lowered`): a note the code page holds is
  lowered in its bytes (``bytes.translate`` and a decode), which is ``str.lower`` of it, character by character.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import cue_index
from medsyn_dataset.validation.pii.code_page import CODE_PAGE, code_page_bytes

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
