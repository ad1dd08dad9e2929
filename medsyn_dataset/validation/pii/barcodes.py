"""A barcode's number on a label, as a scan or a printer's text export gives it back.

A tube, a specimen container, a wristband or a card's sticker carries a barcode (ШК, штрих-код) and under it the
same number in digits. Text made of such a label draws the bars as runs of "|" and puts the digits among them
("||||| |||| ||| 4600517722 ||||"), often under the caption "ШК" ("[ШК] 4600517722", "ШК: 00412277"). That number
is the sample's or the patient's id in a laboratory or hospital system: a record number. A table's border is a
single "|" per cell and a form's boxes put one "|" between single digits (:data:`.id_fields.BOX_SEPARATOR`), so
only a run of two bars and more, or the caption, names a barcode.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import RegexRecognizer, Rule
from medsyn_dataset.validation.pii.context import Context

#: a barcode names its number as a record's word does (:data:`.record_values.SIGNED_SCORE`)
SCORE = 0.87

# the digits (a letter prefix at most: "S 00412277", "LAB4600517722"): six and more, a barcode's length
_VALUE = r"(?P<value>[A-Z]{0,3}[ \t]?\d{6,20})(?![\w\-/.,])"
# (the same digits in a printer's groups, on a line of their own: "6575 3581 05", "4600517722")
_GROUPED = r"(?P<value>\d{2,10}(?:[ \t]\d{2,10}){0,4})"
_DIGITS = (6, 20)


def _barcode_digits(digits: str) -> bool:
    return _DIGITS[0] <= len(digits) <= _DIGITS[1]


BARS = RegexRecognizer(
    "MEDICAL_RECORD_NUMBER",
    "BarcodeRecognizer",
    [
        # the digits after (or among) the bars: "||| |||| 4600517722 |||"
        Rule("barcode_bars", re.compile(rf"\|{{2,}}(?:[ \t]+\|+)*[ \t]+{_VALUE}"), SCORE, Context(), digits=False),
        # the caption "ШК" (in brackets, with a colon), the bars between it and the digits or none
        Rule("barcode_caption", re.compile(rf"(?<![\w])ШК\]?[ \t]*[:\-–]?[ \t]*(?:\|+[ \t]+)*(?<![\w]){_VALUE}"),
             SCORE, Context(), digits=False, anchor=("ШК",), anchor_case=True),
        # the digits printed on their own line right above or below the bars, as a label prints its human-readable line
        # (GS1's "human readable interpretation", in the printer's groups): "│ 6575 3581 05\n│ ||||| |||| || |||"; the
        # bars' line holds two runs of two bars and more, not a markdown row of empty cells ("|| | |")
        Rule("barcode_line_above", re.compile(
            rf"(?:^|(?<=\n))[ \t│|]{{0,3}}{_GROUPED}[ \t]*(?:[│|][ \t]*)?\n[ \t│|]{{0,3}}\|{{2,}}(?:[ \t]+\|)*[ \t]+\|{{2}}"
        ), SCORE, Context(), _barcode_digits),
        Rule("barcode_line_below", re.compile(
            rf"\|{{2,}}(?:[ \t]+\|)*[ \t]+\|{{2}}[^\n\d]{{0,40}}\n[ \t│|]{{0,3}}{_GROUPED}[ \t]*(?:[│|][ \t]*)?(?=\n|$)"
        ), SCORE, Context(), _barcode_digits),
    ],
    needs=("||", "ШК"),  # (two literals: looked for with ``in``, not a regex search through the note)
)
