"""Speed round 18 (the address components): a postcode is tried only at the runs of exactly six digits.

:func:`medsyn_dataset.validation.pii.address._matches_of` tries the postcode's pattern (six digits that no digit, and
no dash, stop or comma before them, touches) at the starts of the note's runs of six digits alone, not at every run:
it finds what a scan of the whole text finds, in texts of digits of every run length, Unicode digits among them, and
the separators the pattern looks at.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import address

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
