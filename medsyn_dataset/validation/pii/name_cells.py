"""A lone surname that fills a table's cell or starts a list's item (issue #10, round 17).

Registers, journals and lists write a person by the surname alone where the row or the item says the rest:
a pharmacy's or a vaccination journal's row ("12.05.2023 | Гришина | рец. 34 ...", "| 0,5 мл | А616-81 |
Попова |"), a list of a group or of home calls ("1. Голубев, 8-935-...", "Быков, 04.08.1999"). Alone such a
word scores 0.3 in :mod:`.names` (a surname is also a place, a hospital's or a method's name), too weak to report.
Three shapes make it a person's:

* the word is the whole cell of a row, a pipe on both sides;
* the word is the whole cell of a space-aligned row (a fixed-width journal: column gaps of three spaces or more, a
  cell starting in the same column on the line above; round 25);
* the word opens a cell, a line or a numbered item and a comma puts a person's own value right after it:
  a date of birth (day, month and year, or month and year), a phone, an age ("10 л.", "54 лет"). A town
  is no surname ("Москва, 04.08.1999"), an eponym's year is no date ("Бехтерева, 2019").

A word the dictionary does not know ending in "-ин" is as often a drug in either shape ("| Варфарин |",
"Метформин, 5 л. назад отменён"): left out.

Asked by :mod:`.names` only for a run of one surname word scoring below a report's threshold, and for a
lone ordinary word with a surname's reading ("Лапина", "Коновалова": also words, and so never a run), so
its price is a character test for the few such words of a note.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.morph import analyzer

CELL_SCORE = 0.6

# where a cell or an item starts: the line's start, a pipe, a semicolon, a list's number or bullet
_OPENS = re.compile(r"(?:^|[|;]|^[ \t]*(?:\d{1,3}[.)]|[-–—•*·]))[ \t]*$", re.MULTILINE)
_CLOSES_CELL = re.compile(r"[ \t]*\|")
# a person's own value after the comma: a date of birth, a phone, an age
_VALUE_AFTER = re.compile(
    r",[ \t]*(?:(?:\d{1,2}\.)?\d{2}\.(?:\d{4}|\d{2})(?![\d.])"  # 04.08.1999, 13.05.02, 08.1952
    r"|(?:\+\d{1,3}|8)[ \t\-(]*\d[\d \t\-()]{7,}\d"  # +7 ..., +992 91 313 2230, 8-935-651-96-51
    r"|\d{1,3}[ \t]*(?:л\.|лет\b|год))"  # 10 л., 54 лет, 1 год
)


def fills_cell(text: str, start: int, end: int, in_dictionary: bool) -> bool:
    """The surname ``text[start:end]`` fills a row's cell or opens an item before a person's own value."""
    if not in_dictionary and text.endswith("ин", start, end):  # "| Варфарин |", "Метформин, 5 л. назад": a drug's ending
        return False
    after = text[end : end + 1]
    if after == ",":
        return _VALUE_AFTER.match(text, end) is not None and _opens(text, start)
    if text.endswith(_COLUMN_GAP, 0, start):
        return _aligned_cell(text, start, end)
    if after not in (" ", "\t", "|") or _CLOSES_CELL.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].rstrip(" \t").endswith("|")


# A space-aligned journal (a fixed-width print, a register typed with padding) parts its cells by runs of spaces:
# the word is a whole cell when a column gap stands before it and after it (or the line ends), the line holds two
# more such gaps, and the line above has a cell starting in the same column (its header or the row before).
_COLUMN_GAP = "   "
_GAPS = re.compile(r"[^ \t\n] {3,}(?=[^ \t\n])")


def _aligned_cell(text: str, start: int, end: int) -> bool:
    """The word at ``start`` (a column gap before it) is a whole cell of a space-aligned row (see above)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t\r") and not text.startswith(_COLUMN_GAP, end):
        return False  # (the cell goes on: "Мельников Иван" is the chains' to read)
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or len(_GAPS.findall(text, line_start, line_end)) < 3:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    column = above_start + start - line_start
    return column < line_start - 1 and text[column] not in " \t\n" and text[column - 1] in " \t"


# a woman's surname's endings: an ordinary word with a surname's reading ending so is a surname as a whole cell
# ("| Лапина |", "| Коновалова |"); a masculine one is as often a drug's ("Аспирин", "Инсулин", "Гепарин")
_FEMININE_ENDS = ("ова", "ева", "ёва", "ина", "ына")


def word_fills_cell(text: str, start: int, end: int) -> bool:
    """An ordinary word with a surname's reading, in a woman's form and no noun in the nominative (a sex's or a
    relation's column: "| Женщина |", "| Кузина |"), is a whole cell of a row (as in :func:`fills_cell`)."""
    if not text.endswith(_FEMININE_ENDS, start, end) or text[end : end + 1] == ",":
        return False
    return fills_cell(text, start, end, True) and not _nominative_noun(text[start:end])


def _nominative_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and "Surn" not in p.tag and "Name" not in p.tag
               for p in analyzer().parse(word.lower()))  # (a surname's own reading is a noun too)


def _opens(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _OPENS.search(text[line_start:start]) is not None
