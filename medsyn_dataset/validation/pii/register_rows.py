"""A register's row with no header above it: the number in a row that holds a person's name and a date.

Lists printed from an information system or pasted from a spreadsheet often lose their header line: a ward's list
("1949367  Крюков П.А.  07.01.2017  палата 4"), a row copied alone ("Сагитов А.М.<TAB>12.11.1970<TAB>...<TAB>927442"),
a specimen's label that stacks the same cells as lines ("3586611210\\nЗимин Аким Владленович  06.05.1969"). Such a row is
one person's entry: its cells are set apart by a tab or by two spaces and more, one cell is a person's name (a surname
with initials, or a surname, a first name and a patronymic), another a date; a cell that is a number alone is that
person's number in the register or the lab, HIPAA's "any other unique identifying number". (:mod:`.aligned_columns`
and :mod:`.table_cells` read the rows under a header; this reads the row by what its cells are.)

A number here is five digits and more, or four digits and more with a year's or a series' part after "/" or "-"
("8919/21", "96793/19"), or a letter's prefix ("В-22815"). Left out: a cell with a word ("палата 4", "стол 9"), a date,
a count, a ward or a year (four digits and fewer), a blood pressure or a dose pair ("120/80"), a span of years, a sum with a decimal part, a phone (a mobile's ten digits from 9, eleven from 7
or 8), and a number whose check digits make it a SNILS, an INN or an ЕНП (their own readers type it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.checksums import enp_valid, inn_valid, snils_valid
from medsyn_dataset.validation.pii.code_page import code_page_bytes, shapes_table
from medsyn_dataset.validation.pii.record_values import year_span
from medsyn_dataset.validation.pii.units import MEASURE_AFTER

# a surname (capitalised or in capitals, hyphenated or not) with initials, or with a first name and a patronymic
_SURNAME = r"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?"
_NAME = re.compile(rf"{_SURNAME}[ \t]+(?:[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.?"
                   r"|(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]+)[ \t]+(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]+)(?i:вич|вна|ична|чна|оглы|кызы|улы|уулу))")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})")
# (four digits at least before a year's or a series' part: three, a slash and two or three are a blood pressure or a
# dose pair, "120/80", "250/50"; review C r22, finding 12)
_NUMBER = re.compile(r"(?:[А-ЯЁA-Z]{1,3}-?)?\d{5,12}(?:[/\-]\d{2,4})?|\d{4,7}[/\-]\d{2,4}")
# the cells of a row: set apart by a tab or by two spaces and more
_GAP = re.compile(r"\t[ \t]*|  +")
_GAP_SHAPES = shapes_table(lambda ch: "0" if "0" <= ch <= "9" else " " if ch == " " else "t" if ch == "\t" else "x")
_DATE_IN = re.compile(r"\d\.\d{1,2}\.\d\d")
_LEAST_CELLS = 2  # (a name and a date: a label's row, its number on the line above)
_MOBILE = re.compile(r"9\d{9}|[78]\d{10}")
# an amount in an edge cell: a unit or a currency after the number ("50000 ЕД", "12500 руб."), a sum's word before it
# ("Оплачено 12500", "Итого: 12500"); review C r22, finding 1
_CURRENCY = re.compile(r"[ \t]?(?:руб|коп|р\.|₽|rub\b|usd\b|eur\b|\$|€)", re.IGNORECASE)
_SUM_BEFORE = re.compile(r"(?<![^\W\d_])(?:итог|всего|оплач|оплат|доплат|сумм|стоимост|цен[аеуы]?(?![^\W\d_])|остат|долг"
                         r"|задолж|тариф|аванс)[^\W\d_]*[ \t]*[:=—\-]?[ \t]*\Z", re.IGNORECASE)
# (a person's INN has twelve digits: ten are an organisation's, no cell of a person's row)
_CHECKED = {11: (snils_valid,), 12: (inn_valid,), 16: (enp_valid,)}


def _number(value: str) -> bool:
    if _NUMBER.fullmatch(value) is None or _DATE.fullmatch(value) is not None or _MOBILE.fullmatch(value) is not None \
            or year_span(value):
        return False
    return not (value.isdigit() and any(check(value) for check in _CHECKED.get(len(value), ())))


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells, position = [], start
    for gap in _GAP.finditer(text, start, end):
        if gap.start() > position:
            cells.append((position, gap.start()))
        position = gap.end()
    if end > position:
        cells.append((position, end))
    return cells


def _edge_token(text: str, cell: tuple[int, int], first: bool) -> tuple[int, int]:
    """A row's first cell may hold the note's sentence before the number, its last one the sentence after it
    ("... сахара крови 4901932", "927442 Частый жидкий стул"): the number is the cell's last or first word."""
    a, b = cell
    if first:
        space = text.rfind(" ", a, b)
        return (space + 1, b) if space >= 0 else cell
    space = text.find(" ", a, b)
    return (a, space) if space >= 0 else cell


def _row_numbers(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The number cells of a person's row (None when the line is no such row)."""
    cells = _cells(text, start, end)
    if len(cells) < _LEAST_CELLS:
        return None
    named = dated = False
    numbers = []
    for index, (a, b) in enumerate(cells):
        if _NAME.fullmatch(text, a, b):
            named = True
        elif _DATE.fullmatch(text, a, b):
            dated = True
        else:
            cell = a, b
            if index == 0 or index == len(cells) - 1:
                a, b = _edge_token(text, cell, first=index == 0)
                if _amount(text, cell, a, b):
                    continue
            if _number(text[a:b]):
                numbers.append((a, b))
    return numbers if named and dated else None


def register_row_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the numbers of the person's rows of ``text`` (see the module's docstring)."""
    # (a row's gap looked for in the note's shared one-byte copy, where ``find`` costs ~0.1 us to the text's ~2 us)
    encoded = code_page_bytes(text)
    if encoded is not None and not _digit_touches_gap(encoded):
        return
    done = -1
    for position, after in _gaps(text):
        # (a cell of a person's row that is a date or a number touches a gap: "07.01.2017  палата",
        # "А.М.<TAB>12.11.1970", "1949367  Крюков"; prose's double spaces seldom touch a digit)
        if text[position - 1 : position].isdigit() or text[after : after + 1].isdigit():
            line_start = text.rfind("\n", 0, position) + 1
            if line_start > done:
                done = line_start
                yield from _line(text, line_start)


def _digit_touches_gap(encoded: bytes) -> bool:
    """Whether a digit stands right before or after a tab or two spaces, looked for in the bytes' shapes (digits
    "0", a space " ", a tab "t", all else "x"; C's speed: a Python loop over a note's double spaces costs more)."""
    if b"\t" not in encoded and b"  " not in encoded:
        return False
    shapes = encoded.translate(_GAP_SHAPES)
    return b"  0" in shapes or b"0  " in shapes or b"t0" in shapes or b"0t" in shapes


def _gaps(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the runs of blanks with a tab or two spaces (asked only of the few notes past the gate)."""
    for gap in ("\t", "  "):
        position = text.find(gap)
        while position >= 0:
            after = position + len(gap)
            while after < len(text) and text[after] in " \t":
                after += 1
            yield position, after
            position = text.find(gap, after)


def _line(text: str, line_start: int) -> Iterator[tuple[int, int]]:
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if _DATE_IN.search(text, line_start, line_end) is None:
        return
    numbers = _row_numbers(text, line_start, line_end)
    if numbers:
        yield from numbers
    elif numbers is not None and line_start > 0:
        yield from _label(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)


def _label(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """A label's number: alone at the end of the line above the name-and-date row."""
    label = _edge_token(text, (a, b), first=True)
    if label[0] < label[1] and _number(text[label[0] : label[1]]) and _alone(text, a, label[0]) \
            and not _amount(text, (a, b), *label):
        yield label


def _amount(text: str, cell: tuple[int, int], start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of its cell is an amount: a unit or a currency after it, a sum's word
    before it in the cell."""
    return (end < cell[1] and (MEASURE_AFTER.match(text, end, cell[1]) is not None
                               or _CURRENCY.match(text, end, cell[1]) is not None)) \
        or (start > cell[0] and _SUM_BEFORE.search(text, cell[0], start) is not None)


def _alone(text: str, line_start: int, start: int) -> bool:
    """The number is the line's only word, or stands after a sentence's stop ("... во влагалище. 182666702")."""
    before = text[line_start:start].rstrip()
    return not before or before[-1] in ".!?;:"


def person_row_cells(text: str) -> Iterator[list[tuple[int, int]]]:
    """The cells (start, end) of each person's row of ``text``: its cells set apart by a tab or two spaces and more, one
    of them a name, another a date (the rows :func:`register_row_ids` reads), for a reader of one cell's own shape
    (:mod:`.policy_rows`: an old policy's series and number)."""
    encoded = code_page_bytes(text)
    if encoded is not None and not _digit_touches_gap(encoded):
        return
    done = -1
    for position, after in _gaps(text):
        if text[position - 1 : position].isdigit() or text[after : after + 1].isdigit():
            line_start = text.rfind("\n", 0, position) + 1
            if line_start <= done:
                continue
            done = line_start
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if _DATE_IN.search(text, line_start, line_end) is None:
                continue
            cells = _cells(text, line_start, line_end)
            if any(_NAME.fullmatch(text, a, b) for a, b in cells) and any(_DATE.fullmatch(text, a, b) for a, b in cells):
                yield cells
