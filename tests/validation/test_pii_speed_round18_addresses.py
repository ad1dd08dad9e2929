"""Speed round 18 (the address passes): each shortcut finds what the long way finds.

* a postcode is tried only at the runs of exactly six digits;
* a form's address cells are read at the colons right after a cell label's word (the cue index's), not at every colon.

:func:`medsyn_dataset.validation.pii.address._matches_of` tries the postcode's pattern (six digits that no digit, and
no dash, stop or comma before them, touches) at the starts of the note's runs of six digits alone, not at every run:
it finds what a scan of the whole text finds, in texts of digits of every run length, Unicode digits among them, and
the separators the pattern looks at.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import address, fields
from medsyn_dataset.validation.pii.normalize import normalize

_POSTCODE = dict((kind, pattern) for kind, pattern, _ in address._COMPONENT_PATTERNS)["postcode"]
_PIECES = ("0", "05", "1", "23", "456", "7890", "12345", "123456", "1234567", "٣", "４", " ", "-", ".", ",", "/", "г.", "\n",
           "ул. Мира, 5", "индекс ")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_postcodes_tried_at_six_digit_runs_are_what_a_scan_finds(text: str) -> None:
    found = [match.span() for match in address._matches_of("postcode", _POSTCODE, text)]
    assert found == [match.span() for match in _POSTCODE.finditer(text)], text


def test_postcodes_in_an_address_and_beside_longer_numbers() -> None:
    text = "Адрес: 156000, г. Кострома; тел. 1560001, 156000.5, 15600, 4-156000, ٣٣٣٣٣٣"
    found = [text[slice(*match.span())] for match in address._matches_of("postcode", _POSTCODE, text)]
    assert found == ["156000", "٣٣٣٣٣٣"]


# ----- address cells: the colons after a cell label's word, read off the cue index ---------------------------------
_CELL_PIECES = ("Улица", "улица", "УЛИЦА", "Дом", "дом", "домашний", "Город", "Населенный пункт", "нас.пункт", "Почтовый индекс",
                "Субъект РФ", "Край", "Курорт", "Жалобы", ":", ": ", " :", "1.", "2)", "5", "_", "x", "\n", " ", "\t", ";", ",", "|",
                "Центральная", "5", "г. Тверь", "ул. Мира", "нет", "İ")


def _cells_at_every_colon(text: str) -> list[tuple[int, int]]:
    """:func:`.fields.address_cells` as it was: every colon walked back to its word."""
    lower = fields.lowered(text)
    found = []
    position = text.find(":")
    while position >= 0:
        word_start = position
        while word_start and lower[word_start - 1].isalpha():
            word_start -= 1
        label = fields._CELL_LABEL.search(lower, max(0, position - 40), position) if lower[word_start:position] in fields._CELL_LAST_WORDS else None
        value = fields._CELL_VALUE.match(text, position + 1) if label is not None else None
        if label is not None and value is not None:
            end = fields.field_end(text, value.end(), address=True)
            if end > value.end() and (label.group("named") or not fields._generic(text[value.end() : end])
                                      or fields.lone_place(text[value.end() : end])):
                found.append((value.end(), end))
        position = text.find(":", position + 1)
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CELL_PIECES), max_size=16).map("".join))
def test_address_cells_read_at_label_words_are_what_every_colon_gives(text: str) -> None:
    text = normalize(text)
    assert list(fields.address_cells(text)) == _cells_at_every_colon(text), text


def test_address_cells_of_a_form() -> None:
    text = "Населенный пункт: Устье\nУлица: Центральная\nДом: 5\n1.Город: Тверь\nдомашний: 12\n5дом: 7"
    assert [text[start:end] for start, end in fields.address_cells(text)] == ["Устье", "Центральная", "5", "Тверь"]
