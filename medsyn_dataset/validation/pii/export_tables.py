"""The cells of CSV/TSV rows pasted into a note under a header line of field names (moved out of
:mod:`.export_ids`, which types them by their column's name, when that module reached 500 lines).

A header line is three or more cells naming fields, one of which names a type (:func:`.export_ids.key_type`) or a
number (:func:`.numbered_labels.numbered_label`);
every line below it with as many cells is a row. :mod:`.export_fields` reads the name and address columns of
the same rows, so the cells are computed once per text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.column_labels import cell_label
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.numbered_labels import numbered_label

_DELIMITERS = (";", "\t", ",")
#: a digit of a value or a sentence, not one of a field's name (the ТФОМС registers' "DATE_1", "DATE_2", "id2"): a
#: sentence before a header here, a value's cell in :mod:`.table_cells`
VALUE_DIGIT = re.compile(r"(?<![A-Za-z_])\d")
# a row of a delimited export: a ";" or a tab, or a comma with no space after it (prose writes ", ")
_COMMA_NO_SPACE = re.compile(r",[^\s\d]")
# (a register's column may be named by a word and the number sign: "Скрин. №", "Рег. №", "Карта №")
# (and a column of the rows' ordinals or numbers named by the sign alone or first, "№,ФИО,...", "№ тела;ФИО;...")
_HEADER_CELL = re.compile(r"[\"']?(?:[№#]|(?:[№#][ \t]*)?[A-Za-zА-Яа-яЁё_][\w .\-/()№]{0,40})[\"']?")


_CELLS: list[object] = ["", []]


def csv_cells(text: str) -> list[tuple[str, int, int]]:
    """(field name, start, end) of every cell of the CSV/TSV rows of ``text`` under a header line (see
    :func:`_delimited`; :mod:`.export_fields` reads the name and address columns of the same rows).
    Computed once per text."""
    if _CELLS[0] is not text:
        found: list[tuple[str, int, int]] = []
        # (";" looked for in the text's shared ASCII bytes, which hold it if the text does: ~0.05 us to the text's ~1 us)
        if "\n" in text and (b";" in ascii_bytes(text) or "\t" in text or _COMMA_NO_SPACE.search(text) is not None):
            found = list(_delimited_cells(text))
        _CELLS[0], _CELLS[1] = text, found
    return _CELLS[1]  # type: ignore[return-value]


def _delimited_cells(text: str) -> Iterator[tuple[str, int, int]]:
    lines = text.split("\n")
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    index = 0
    while index < len(lines):
        header = _header(lines[index])
        if header is None:
            index += 1
            continue
        delimiter, keys = header
        row = index + 1
        while row < len(lines):
            cells = _split(lines[row], delimiter)
            if len(cells) < len(keys):
                break  # (more cells: the last one ran on into the note's text, and its commas)
            for cell, key in zip(cells[: len(keys)], keys, strict=True):
                a, b = _unquoted(lines[row], cell)
                yield key, offsets[row] + a, offsets[row] + b
            row += 1
        index = row


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and field names of a header line; a header pasted after a sentence ("Жалоб нет. id;fio;...",
    "... зудом; id;fio;...") starts after the sentence: its first cell is the last word before the delimiter."""
    # (cheap tests first: most lines of a note are prose; a comma-separated header has no ", ")
    delimiters = [d for d in _DELIMITERS if line.count(d) >= 2]
    if not delimiters:
        return None
    cut = max(line.rfind(". "), line.rfind("! "), line.rfind("? "), line.rfind(": "), line.rfind(") "))
    # (a tab header's first cell may hold an abbreviation's stop itself, "Скрин. №", "Рег. номер": kept whole when it
    # names a type in three words at most)
    if cut >= 0 and delimiters[0] == "\t" and _names_type(line.partition("\t")[0]):
        cut = -1
    line = line[cut + 2 :] if cut >= 0 else line
    # (a comma-separated header has no ", ", the sentence before it may: 'Стул, диурез в норме. "ENP","FAM","IM"')
    if not (kept := [d for d in delimiters if line.count(d) >= 2 and not (d == "," and ", " in line)]):
        # (a comma-separated header glued to a sentence with commas of its own and no stop before it: "... отрыжка, стул
        # 1 раз в день fio,birth_date,snils,enp": a header's cells hold no space, so it is the line's last space-free token)
        tail = line.rstrip().rsplit(" ", 1)[-1]
        if "," not in delimiters or tail.count(",") < 2:
            return None
        line, kept = tail, [","]
    delimiters = kept
    # (a first cell that is a field's name starts the header, whatever the sentence before it holds: "АД до
    # 200/110, онемение к вечеру id_pac;fio;...")
    head, delimiter, rest = line.partition(delimiters[0])
    if " " in head.strip() and key_type(head.split()[-1]) is not None:
        line = head.split()[-1] + delimiter + rest
    if VALUE_DIGIT.search(line) is not None:
        # a sentence with numbers and no stop before the header ("АД до 200/110 мм.рт.ст, ... к вечеру
        # id_pac;fio;..."): the header starts at the word that holds its first delimiter
        # (or, when the sentence has a delimiter of its own, "миомэктомия; боли 6 дней id;fam;im": the line's last
        # space-free token, if it holds the header's delimiters)
        # (a tab header's cells hold spaces, "Дата рождения": only a ";" or "," one is cut at a space)
        tail = line.rstrip().rsplit(" ", 1)[-1]
        first = min(line.find(d) for d in delimiters)
        line = line[line.rfind(" ", 0, first) + 1 :]
        if VALUE_DIGIT.search(line) is not None:
            if VALUE_DIGIT.search(tail) is not None or not any(tail.count(d) >= 2 for d in delimiters if d != "\t"):
                return None
            line = tail
    for delimiter in delimiters:
        keys = line.strip().split(delimiter)
        # "... даются зудом; id;fio;...": the sentence's own cell, set off by a space after its delimiter (a header's
        # cells touch theirs: in "... справа n;fio;snils;inn" the "n" is the first column's name, however short)
        if len(keys) >= 4 and " " in keys[0].strip() and key_type(keys[0].split()[-1]) is None and keys[1][:1] in " \t":
            keys = keys[1:]
        # (unless the whole first cell names a type itself: a tab header's "Скрининговый номер", "Номер карты")
        if keys and " " in keys[0].strip() and not (delimiter == "\t" and key_type(keys[0].strip()) is not None):
            keys[0] = keys[0].split()[-1]
        if len(keys) >= 3 and all(_HEADER_CELL.fullmatch(key.strip()) for key in keys) and (
                any(key_type(key.strip("\"' ")) or numbered_label(key) for key in keys) or _labelled(keys)):
            return delimiter, keys
    return None


def _labelled(keys: list[str]) -> bool:
    """Whether one of a header's field names is an identifier's column as a table of bars names it
    ("образец,ФИО,д.р.,тест": :func:`.column_labels.cell_label`): one lexicon of column names for every table reader."""
    return any(cell_label(key.strip("\"' "), False) == "MEDICAL_RECORD_NUMBER" for key in keys)


def _names_type(cell: str) -> bool:
    cell = cell.strip()
    return len(cell.split()) <= 3 and _HEADER_CELL.fullmatch(cell) is not None and key_type(cell) is not None


def _split(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The cells of a delimited line (quotes keep a delimiter inside a cell)."""
    cells, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return cells


def _unquoted(line: str, cell: tuple[int, int]) -> tuple[int, int]:
    """A quoted cell's content ('"12345" 22 года' -> '12345')."""
    a, b = cell
    while a < b and line[a] in " \t":
        a += 1
    if a < b and line[a] == '"':
        close = line.find('"', a + 1, b)
        return a + 1, close if close > 0 else b
    return a, b


_TITLE_ROWS = 60


def title_above(text: str, position: int) -> str:
    """The line above the header line of the table whose row holds ``position`` ("" where there is none): a table's
    title ("Реестр счетов по ДМС (выгрузка)\\npolicy,fio,...")."""
    line_end = text.rfind("\n", 0, position)
    for _ in range(_TITLE_ROWS):
        if line_end < 0:
            return ""
        line_start = text.rfind("\n", 0, line_end) + 1
        if _header(text[line_start:line_end]) is not None:
            if line_start < 1:
                return ""
            return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        line_end = line_start - 1
    return ""
