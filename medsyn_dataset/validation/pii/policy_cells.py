"""An OMS policy's unified number (ЕНП) as a whole cell of a delimited row: a register's or an export's line.

A register of persons (a vaccination list, a drug-provision register, a CSV export of patients) writes the policy's
sixteen digits as one cell between its delimiters ("...,66061466088,5028942098589013,8-950-...",
"6172276254821056;Дьячков;Януарий;..."). The sentence rules read sixteen digits whose ЕНП check digit holds
(:func:`.checksums.enp_valid`, the ФОМС rule) as a policy, but take a comma between digits for a decimal's
("93,7783 ..."), and a header line glued to the note's prose leaves the column without its name. The cell is read
here by its own shape:

* the sixteen digits (maybe in the policy's four groups of four) fill the cell: a delimiter (",", ";", a tab, a
  table's bar) or the line's start before them, a delimiter or the line's end after;
* the ЕНП check digit holds (a random number of sixteen digits passes one time in ten);
* the row beside it holds a date (a birth date, a visit's): a person's record, not a list of codes. Without one the
  value scores as the sentence rule's checked ЕНП does (above the threshold only where nothing else reads it).

A bank card passes the same sum and is PII as well.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import Rule, has_long_number
from medsyn_dataset.validation.pii.checksums import enp_valid
from medsyn_dataset.validation.pii.context import Context

# a cell of sixteen digits: the delimiter (or the line's start) before its first digit, a delimiter or the line's end after
# (a table's bar or a ";" may have a space after it: "| 6172 2762 5482 1056 |")
_CELL = re.compile(r"(?:(?<=[,;|\t\n])|(?<=[;|] )|^)(?P<value>\d{4}(?:[ \-]?\d{4}){3})(?=[ \t]*(?:[,;|\t\r\n]|$))")
# a date in the row: "25.05.1939", "23.05.1985", "1942-08-17", "2.1.1955"
_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)")
_BASE_SCORE = 0.6  # (the sentence rule's checked ЕНП, :data:`.recognizers.OMS`)
_ROW_BOOST = 0.3  # (to the cued rules' 0.9: above an address or a phone read into the same digits)


class RowDateContext(Context):
    """Lifts a cell whose row (its line) holds a date."""

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return score + _ROW_BOOST if _DATE.search(line) is not None else score


ENP_CELL = Rule("enp_cell", _CELL, _BASE_SCORE, RowDateContext(), enp_valid, gate=has_long_number, at_digit_runs=True)
