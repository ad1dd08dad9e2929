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
BARS = RegexRecognizer(
    "MEDICAL_RECORD_NUMBER",
    "BarcodeRecognizer",
    [
        # the digits after (or among) the bars: "||| |||| 4600517722 |||"
        Rule("barcode_bars", re.compile(rf"\|{{2,}}(?:[ \t]+\|+)*[ \t]+{_VALUE}"), SCORE, Context(), digits=False),
        # the caption "ШК" (in brackets, with a colon), the bars between it and the digits or none
        Rule("barcode_caption", re.compile(rf"(?<![\w])ШК\]?[ \t]*[:\-–]?[ \t]*(?:\|+[ \t]+)*(?<![\w]){_VALUE}"),
             SCORE, Context(), digits=False, anchor=("ШК",), anchor_case=True),
    ],
    needs=("||", "ШК"),  # (two literals: looked for with ``in``, not a regex search through the note)
)
