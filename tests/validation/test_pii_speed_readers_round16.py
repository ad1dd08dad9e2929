"""Speed round 16 (export and message readers): each gate on the text's ASCII bytes passes every text the reader
behind it can find something in.

The readers' marks ("=", "</", '"', ";", a Latin letter before ": ", a digit between box marks) are looked for first in
:func:`medsyn_dataset.validation.pii.normalize.ascii_bytes`; texts here mix those marks with the Cyrillic letters that
share their low byte ("н" and "=", "л" and ";", "м" and "<") and with digits of other scripts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medsyn_dataset.validation.pii import boxed_chars, dump_cells, export_fields, export_ids
from medsyn_dataset.validation.pii.base import digit_runs
from medsyn_dataset.validation.pii.export_tables import csv_cells

_ALPHABET = "нлмокЯРТаИВ =<>/\":;,|[](){}0123456789\n\t\rLaxFN_.-٣５ "
_TEXTS = st.text(alphabet=_ALPHABET, max_size=60)


def _boxed_digits_the_long_way(text: str) -> int:
    """The boxed single digits :func:`boxed_chars._may_hold_boxes` counts, each digit run tried.

    A digit needs a mark on each side: one that ends the text is not boxed (the marks are sets of characters, so the
    empty slice past the text's end is in none of them, as in the reader before round 16's gates)."""
    boxed = 0
    for run in digit_runs(text):
        start, end = run.span()
        if end - start == 1 and start and (text[start - 1] in set("|[({<") or text[start - 2 : start] in ("| ", "[ ", "( ")) and (
            text[end : end + 1] in set("|])}>") or text[end : end + 2] in (" |", " ]", " )")
        ):
            boxed += 1
    return boxed


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_export_gates_pass_what_the_readers_read(text: str) -> None:
    assert export_fields.looks_exported(text) == (
        ": " in text or "=" in text or "</" in text or "\":" in text or "\" :" in text)
    if "=" not in text:
        assert not export_fields._ascii_key_before_equals(text)
        assert not list(export_fields._cyrillic_keys(text))
        assert dump_cells.ini_cells(text) == []
    marks = text.encode("ascii", "ignore")
    if b"L: " not in marks.translate(export_fields._YAML_SHAPES):  # (the gate of _yaml_lines in _pairs)
        assert not list(export_fields._yaml_lines(text))
    if not any(mark in text for mark in "=\"<>") and not csv_cells(text):
        assert not list(export_ids._spans(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="нл |[](){}<>0123456789٣５x", max_size=40))
def test_box_gate_passes_every_boxed_digit(text: str) -> None:
    if _boxed_digits_the_long_way(text) >= 4:
        assert boxed_chars._may_hold_boxes(text)


def test_box_gate_reads_boxes_among_cyrillic_and_other_digits() -> None:
    assert boxed_chars._may_hold_boxes("СНИЛС |1|2|3|-|4|5|6|")
    assert boxed_chars._may_hold_boxes("Серия ( 4 )( 5 )( 0 )( 9 )")
    assert boxed_chars._may_hold_boxes("номер |٣|٣|٣|٣| и ٣")  # (another script's digits: outside the code page)
    assert not boxed_chars._may_hold_boxes("АД 120/80, (1 раз в день) 2) 3) 4)")
    # (hypothesis drew this: a digit ending the text has no closing mark, so three boxes here, not four)
    assert not boxed_chars._may_hold_boxes("{0|0|0|0")
    assert boxed_chars._may_hold_boxes("{0|0|0|0|")
