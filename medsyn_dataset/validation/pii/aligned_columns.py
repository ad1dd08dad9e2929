"""Tables aligned by spaces: a header line names its columns, the values stand under their names.

Worklists, registers and reports printed from an information system in a fixed-width font (PACS and
lab worklists, admission journals, a МИС "print" of a list) carry no "|" or tab between columns: the
columns are set apart by runs of spaces, and a value stands under its column's name::

    Время   № исследования   Пациент          Д.р.
    08:30   RX-2023-11207    Сомова Е.Р.      03.05.1961

(:mod:`.table_cells` reads the tables with bars and tabs.) A header line here is three cells or more
(runs of words joined by single spaces, set apart by two spaces or more), no digits, one of them a
label of a type (the same labels as :mod:`.table_cells`: "№ карты", "Пациент", "СНИЛС", "id_pac").
Each cell of the lines below goes to the column whose name starts at or before it (a value may start
a space or two before its name when right-aligned); the table ends at a blank line or a line of prose
(fewer than two column gaps). A cell is taken only when its content fits the type.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from medsyn_dataset.validation.pii.column_labels import cell_label
from medsyn_dataset.validation.pii.table_cells import cell_fits, reported

_CELL = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces
_GAP = "  "
_MIN_COLUMNS = 3
_SLACK = 2  # a right-aligned value may start this many characters before its column's name


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CELL.finditer(text, start, end)]


def _lines(text: str, position: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines of ``text`` from ``position`` on, found as they are asked for: a table ends at
    its first line of prose, so a header reads only its own rows (no copy of the text's tail per header, which
    made a long note with many header-like lines quadratic)."""
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        yield position, end
        position = end + 1


def _header(text: str, start: int, end: int) -> list[tuple[int, str | None]] | None:
    """(column start, label) of a header line, else None."""
    if text.count(_GAP, start, end) < _MIN_COLUMNS - 1:
        return None
    cells = _cells(text, start, end)
    if len(cells) < _MIN_COLUMNS or "|" in text[start:end] or "\t" in text[start:end]:
        return None
    if any(ch.isdigit() for ch in text[cells[1][0] : end]):
        return None
    pasted = _pasted(text, *cells[0])
    if pasted is not None:  # (its columns stand where the rows' do once the sentence before them is taken away)
        cells[0], start = (pasted, cells[0][1]), pasted
    elif any(ch.isdigit() for ch in text[start:end]):
        return None
    labels = [cell_label(text[a:b], False) for a, b in cells]
    if not any(labels):
        return None
    return [(a - start, label) for (a, _), label in zip(cells, labels, strict=True)]


_SENTENCE_END = re.compile(r".*[.!?:][ \t]+(?=\S)", re.DOTALL)
_PASTED_WORDS = 3


def _pasted(text: str, start: int, end: int) -> int | None:
    """Where a header's first label starts when the header was pasted after a sentence on its line ("... боли.
    Рег.№     ФИО     Телефон", "... отека в горле НОМЕР ИБ    ФИО"): after the sentence's last stop, if three words
    or fewer follow it, or the first cell's last one to three words that are a label or a running number's column name
    ("... снижение веса N   ФАМИЛИЯ И.О.   Д/Р": the rows' "1", "2" stand under it); None for a cell of its own."""
    words = text.count(" ", start, end) + 1
    if words <= _PASTED_WORDS:
        return None
    last = text.rfind(" ", start, end) + 1
    if _PERSONNEL_NUMBER.fullmatch(text, last, end):
        return last  # (a staff list's number column opens it: nothing of the header stands before it, "... нагрузки ТАБ  ФИО")
    stop = _SENTENCE_END.match(text, start, end)
    if stop is not None and text.count(" ", stop.end(), end) < _PASTED_WORDS:
        return stop.end()
    position = end
    for _ in range(_PASTED_WORDS):
        position = text.rfind(" ", start, position)
        if position < 0:
            return None
        tail = text[position + 1 : end]
        if cell_label(tail, False) is not None or _ROW_NUMBER.fullmatch(tail):
            return position + 1
    return None


# the name of a list's running-number column, a sign no label table lists ("... снижение веса N   ФАМИЛИЯ И.О.   Д/Р"):
# pasted after prose with no stop, it still starts the table's first column
# (and a staff list's personnel number, as an HR system prints its first column: "ТАБ", "Таб.№", "Таб. номер")
_PERSONNEL_NUMBER = re.compile(r"(?i:таб(?:\.|ельный)?)(?:[ \t]?(?:№|N|номер))?")
_ROW_NUMBER = re.compile(rf"(?:N|№|#|NN|№№)(?:[ \t]*п/п)?|п/п|{_PERSONNEL_NUMBER.pattern}")


def _column(columns: list[tuple[int, str | None]], offset: int) -> int:
    index = 0
    for i, (column_start, _) in enumerate(columns):
        if column_start <= offset + _SLACK:
            index = i
    return index


def aligned_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(type, start, end) of the typed cells of ``text``'s space-aligned tables."""
    if text.count(_GAP) < 2 * (_MIN_COLUMNS - 1):
        return
    gap = text.find(_GAP)
    while gap >= 0:  # (only the lines with a gap can be headers: found gap by gap, not line by line)
        start = text.rfind("\n", 0, gap) + 1
        end = text.find("\n", gap)
        end = len(text) if end < 0 else end
        columns = _header(text, start, end)
        if columns is None:
            gap = text.find(_GAP, end)
            continue
        stop = yield from _rows(text, _lines(text, end + 1), columns)
        gap = text.find(_GAP, stop)


def _rows(text: str, lines: Iterator[tuple[int, int]], columns: list[tuple[int, str | None]]
          ) -> Generator[tuple[str, int, int], None, int]:
    """The typed cells of the rows under a header; returns where the table ends."""
    stop = len(text)
    for row_start, row_end in lines:
        stop = row_start
        cells = _cells(text, row_start, row_end)
        if len(cells) < 2 or text.count(_GAP, row_start, row_end) < 1:
            break  # a blank line or prose: the table ends
        if _header(text, row_start, row_end) is not None:
            break  # the next table's header
        for a, b, index in _placed(_split_at_columns(text, cells, columns, row_start), columns, row_start):
            kind = columns[index][1]
            if kind is not None and cell_fits(kind, text[a:b]):
                yield reported(kind), a, b
        stop = row_end
    return stop


# how far a hand-typed header's name may stand right of its values' start: a few characters (a header set off by more,
# as one whose sentence before it shifts every name alike, is no column's value moved: the row's cells stay as read)
_OFF_BY = 2 * _SLACK


def _placed(pieces: Iterator[tuple[int, int]], columns: list[tuple[int, str | None]], row_start: int
            ) -> Iterator[tuple[int, int, int]]:
    """The row's cells with the index of their column. A column holds one value a row: a second value that falls
    in a column already filled, and stands under the next column's name, is that column's. A header typed by hand
    over a print sets its names a few characters off the values ("СНИЛС           ИНН" over "50906946400
    271706690735": the twelve digits start three characters before "ИНН" and run on under it; :data:`_OFF_BY`)."""
    filled = -1
    for a, b in pieces:
        index = _column(columns, a - row_start)
        if index == filled and index + 1 < len(columns) \
                and a - row_start < columns[index + 1][0] < min(b - row_start, a - row_start + _OFF_BY + 1):
            index += 1
        filled = index
        yield a, b, index


_WORD = re.compile(r"\S+")


def _split_at_columns(text: str, cells: list[tuple[int, int]], columns: list[tuple[int, str | None]],
                      row_start: int) -> Iterator[tuple[int, int]]:
    """The cells of a row, each cut where one of its words stands under the next column's name.

    A fixed-width print fills a column to its width, so a value can meet the next one with a single
    space ("4708334390868776 КРАСИЛЬНИКОВ" under "ЕНП  ФАМИЛИЯ"): the words are dealt to the columns
    they stand under, as the values of a wider row are."""
    for a, b in cells:
        piece_start, piece_end, piece_column = a, a, _column(columns, a - row_start)
        for word in _WORD.finditer(text, a, b):
            column = _column(columns, word.start() - row_start)
            if column != piece_column:
                yield piece_start, piece_end
                piece_start, piece_column = word.start(), column
            piece_end = word.end()
        yield piece_start, piece_end


_FOUND: list[object] = ["", []]


def aligned_fields(text: str) -> list[tuple[str, int, int]]:
    """:func:`aligned_cells`, computed once per text."""
    if _FOUND[0] is not text:
        _FOUND[0], _FOUND[1] = text, list(aligned_cells(text))
    return _FOUND[1]  # type: ignore[return-value]
