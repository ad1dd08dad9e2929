"""A passport declared by its kind in a field before its number: by the tax service's code or by the document's name.

Forms that hold any identity document give its kind in a field of its own and its number in the next one, and the
number's field names no passport ("серия, номер"). The kind is written

* as the code of the tax service's classifier of identity documents (СПДУЛ, приказ ФНС № ММВ-7-11/477@ and its
  successors): **21**, "Паспорт гражданина Российской Федерации", which the tax, social fund and МСЭ forms and
  exchanges use ("код документа 21, 4608630596"; an export's ``{"type": "21", "seriesNumber": ...}`` is read by
  :mod:`.export_objects`, where the kind member's code is translated);
* or by the document's name under a label of its kind: "Наименование документа: паспорт; серия, номер: ...",
  "Вид документа — паспорт гражданина РФ, 4509 123456".

After such a declaration the first value of the record, on the same line, of a passport's shape (its series and number,
2 + 2 + 6 digits with any of the usual separators, or ten digits whole) is the passport. Another kind declared (a code
other than 21, "полис", "паспорт иностранного гражданина") declares nothing here. One rule of the passport's
recognizer, tried only where the passport rules' words stand ("документ" among them): no cost of its own to a note
without one.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import Rule
from medsyn_dataset.validation.pii.id_fields import ID_CUE_SCORE, PASSPORT_ANCHOR
from medsyn_dataset.validation.pii.paper_nouns import NOT_PERSONS_PASSPORT

# the label of a document's kind right before "документа" (fixed-width look-behinds: "код", "вид", "тип", "наименование",
# "название", maybe "удостоверяющего" between), then the kind: the passport's name or its СПДУЛ code, then no digit up to
# the value, on the same line
_DECLARED = re.compile(
    r"(?i:(?:(?<=код )|(?<=вид )|(?<=тип )|(?<=наименование )|(?<=название )|(?<=удостоверяющего ))документа)"
    r"(?:[ \t]+[а-яё]+){0,2}[ \t]*[:\-–—=]?[ \t]*[\"«]?"
    rf"(?i:21(?!\d)|паспорт(?!\w)(?![ \t]+(?:иностран|моряк|{NOT_PERSONS_PASSPORT}))(?:[ \t]+гражданина[ \t]+(?:рф|российской[ \t]+федерации))?)"
    r"[^\d\n]{0,60}?(?<![\d\-./+])"
    r"(?P<value>\d{2}[ \t]?\d{2}(?:[ \t]{1,3}|[ \t]?[\-/][ \t]?|[ \t]?№[ \t]?)?\d{6})(?!\d)(?![.,/\-]\d)"
)


def _plausible(digits: str) -> bool:
    # (region codes run from 01; a number is never all zeros)
    return len(digits) == 10 and digits[:2] != "00" and digits[4:] != "000000"


DECLARED_PASSPORT = Rule("declared_passport", _DECLARED, ID_CUE_SCORE, validate=_plausible, anchor=PASSPORT_ANCHOR)
