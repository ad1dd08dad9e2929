"""Database dumps and YAML exports: the value's column or key, read by the format's own grammar.

Two more ways records leave a medical information system besides CSV, JSON and XML (read in
:mod:`.export_ids` and :mod:`.export_fields`):

* **SQL dumps** (``pg_dump``, ``mysqldump``, a migration script):
  ``INSERT INTO patients (nib, fio, dr, pasp_ser, pasp_num) VALUES ('123/24', 'Иванов И. И.', ...), (...);``
  and PostgreSQL's ``COPY patients (nib, fio, ...) FROM stdin;`` followed by tab-separated rows up to
  ``\\.``. The column list is the header: the n-th value of every row tuple is in the n-th column,
  exactly as the CSV reader reads a header line.
* **YAML** (configuration-style exports, API dumps, HL7 FHIR in YAML): ``key: value`` lines nested by
  indentation, lists by ``- ``. A key that names only a part (``series``, ``number``, ``value``)
  takes its meaning from its mapping: a sibling ``type: passport`` (``kind``, ``system``, ``vid``...)
  or the parent key (``passport:\\n  series: ...``), as a human reader of the dump does
  (the same words as the JSON reader's: :mod:`.export_objects`).

Both produce (field name, value start, value end) triples that the export readers type with their own
key lexicons (so "pasp_ser", "snils", "mis_id", "fio", "adr" mean what they mean in any export). Cheap
gates: an SQL dump needs "INSERT"/"COPY" in the text, a YAML block a key line opening a nested block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.export_objects import PART_WORDS, is_kind_key
from medsyn_dataset.validation.pii.latin import has_latin
from medsyn_dataset.validation.pii.normalize import ascii_bytes

_INSERT = re.compile(
    r"\bINSERT[ \t]+INTO[ \t]+(?P<table>[\w.\"`\[\]]{1,80})[ \t]*\((?P<columns>[^()]{1,800})\)\s*VALUES\s*", re.IGNORECASE
)
_COPY = re.compile(r"\bCOPY[ \t]+(?P<table>[\w.\"]{1,80})[ \t]*\((?P<columns>[^()\n]{1,800})\)[ \t]+FROM[ \t]+stdin;?[ \t]*\n", re.IGNORECASE)
_MAX_ROWS = 500
_SQL_WORDS = ("insert",)
_COPY_WORDS = ("stdin",)

Cell = tuple[str, int, int]


# A bare "name" column or key is a person's name only in a table or mapping about persons ("patients.name",
# "doctor:\n  name: ..."); in "drugs", "departments" or "services" it names a thing.
_GENERIC_NAME = frozenset(("name", "title", "naim", "naimenovanie"))
_ABOUT_PERSONS = re.compile(r"pac|pat|pers|doctor|vrach|врач|пациент|client|contact|relative|mother|father|guardian|represent"
                            r"|insured|staff|employee|sotrudn|user|fio|people|member", re.IGNORECASE)


def _columns(text: str, start: int, end: int, table: str) -> list[str]:
    names = [name.strip().strip("\"`[]' \t\n") for name in text[start:end].split(",")]
    about_persons = _ABOUT_PERSONS.search(table) is not None
    return [name if about_persons or name.lower() not in _GENERIC_NAME else "" for name in names]


def _sql_values(text: str, position: int) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """(position after the tuple, value spans) of each ``(...)`` tuple of a VALUES list from ``position``."""
    for _ in range(_MAX_ROWS):
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text) or text[position] != "(":
            return
        position += 1
        values: list[tuple[int, int]] = []
        while position < len(text):
            while position < len(text) and text[position] in " \t\n\r":
                position += 1
            if position < len(text) and text[position] == "'":  # a quoted string, '' escapes a quote
                start = end = position + 1
                while end < len(text) and not (text[end] == "'" and text[end + 1 : end + 2] != "'"):
                    end += 2 if text[end] == "'" else 1
                values.append((start, min(end, len(text))))
                position = end + 1
            else:  # a number, NULL, a function call without commas
                end = position
                while end < len(text) and text[end] not in ",)\n":
                    end += 1
                values.append((position, end))
                position = end
            while position < len(text) and text[position] in " \t\n\r":
                position += 1
            if position < len(text) and text[position] == ",":
                position += 1
                continue
            break
        if position >= len(text) or text[position] != ")":
            return
        position += 1
        yield position, values
        while position < len(text) and text[position] in " \t\n\r":
            position += 1
        if position >= len(text) or text[position] != ",":
            return
        position += 1


def sql_cells(text: str) -> Iterator[Cell]:
    """(column, start, end) of the values of the INSERT and COPY statements in ``text``."""
    low = lowered(text)  # (the statement's words from the shared cue index: no scan of its own)
    if word_starts(low, _SQL_WORDS):
        for m in _INSERT.finditer(text):
            columns = _columns(text, m.start("columns"), m.end("columns"), m.group("table"))
            for _, values in _sql_values(text, m.end()):
                for column, (a, b) in zip(columns, values, strict=False):
                    if column and b > a and text[a:b].strip().upper() != "NULL":
                        yield column, a, b
    if word_starts(low, _COPY_WORDS):
        for m in _COPY.finditer(text):
            columns = _columns(text, m.start("columns"), m.end("columns"), m.group("table"))
            position = m.end()
            for _ in range(_MAX_ROWS):
                end = text.find("\n", position)
                end = len(text) if end < 0 else end
                if text.startswith("\\.", position) or "\t" not in text[position:end]:
                    break
                cell_start = position
                for column in columns:
                    tab = text.find("\t", cell_start, end)
                    cell_end = end if tab < 0 else tab
                    if column and cell_end > cell_start and text[cell_start:cell_end] != "\\N":
                        yield column, cell_start, cell_end
                    if tab < 0:
                        break
                    cell_start = tab + 1
                position = end + 1


# a YAML line: indentation, an optional list dash, a key, a colon, and a value or nothing (a nested block follows)
_YAML_LINE = re.compile(r"(?P<indent>[ ]*)(?P<dash>-[ ]+)?(?P<key>[A-Za-z_][\w.\-]{0,40}):(?:[ ]+(?P<value>[^\n]*?))?[ \t\r]*$")
_LIST_ITEM = re.compile(r"[ ]*-[ ]+(?P<value>[^\n:#]*?[^\s:#])[ \t\r]*")
# prose, then the key that opens a block ("... со слов patient:")
_OPENING_KEY = re.compile(r"(?:^|[ \t])(?P<key>[A-Za-z_][\w.\-]{0,40}):[ \t\r]*$")
_GATE = re.compile(r":[ \t\r]*\n[ ]*(?:-[ ]+)?[A-Za-z_][\w.\-]{0,40}:")
# (led by a literal "\n": the engine jumps from one line break to the next; the text's first line is matched apart)
# (the keys in lower case, or in capitals joined by "_", as the social fund's exchange names its fields: "LN_CODE: ...\n
# PREV_LN_CODE: ..."; a capitalised word alone, "Name:", "Date:", is a form's label, no machine key)
_FLAT_KEY = r"(?:[a-z_][a-z0-9_.\-]{0,40}|[A-Z][A-Z0-9]*_[A-Z0-9_]{1,40})"
# (the next key may be a word in capitals alone, once the first has shown the block's machine keys: "LN_CODE: ...\nSNILS:")
_NEXT_KEY = r"(?:[a-z_][a-z0-9_.\-]{0,40}|[A-Z][A-Z0-9_]{1,40})"
_FLAT_GATE = re.compile(rf"\n{_FLAT_KEY}:[ ][^\n]+\n{_NEXT_KEY}:[ ]")
_FLAT_START = re.compile(rf"{_FLAT_KEY}:[ ][^\n]+\n{_NEXT_KEY}:[ ]")


def yaml_cells(text: str) -> Iterator[Cell]:
    """(key, start, end) of the scalar values of the YAML blocks in ``text`` (a block: a key line that opens
    a nested block, and the key lines under it); a part key is prefixed by what its mapping names."""
    if not has_latin(text):  # (its keys are Latin: most notes have no two Latin letters in a row, a shared test)
        return
    marks = ascii_bytes(text)  # (shared, per text: holds the text's ASCII marks side by side, if the text does)
    if (b":\n" in marks and ":\n" in text) or (b":\r\n" in marks and ":\r\n" in text):
        for gate in _GATE.finditer(text):
            if not _inside_earlier_block(gate.start(), text):
                yield from _block(text, text.rfind("\n", 0, gate.start()) + 1)
    if ": " in text:  # a flat block: two lines of machine keys or more ("patient_id: ...\nemk: ...", "LN_CODE: ...")
        if _FLAT_START.match(text) is not None:
            yield from _block(text, 0)
        for gate in _FLAT_GATE.finditer(text):
            if not _inside_earlier_block(gate.start() + 1, text):
                yield from _block(text, gate.start() + 1)


def _inside_earlier_block(position: int, text: str) -> bool:
    """Whether the block at ``position`` continues a key line just above it (read already)."""
    line_start = text.rfind("\n", 0, position) + 1
    if line_start == 0:
        return False
    previous = text.rfind("\n", 0, line_start - 1) + 1
    return _YAML_LINE.fullmatch(text, previous, line_start - 1) is not None


def _block(text: str, position: int) -> Iterator[Cell]:
    # entries: (key column, key, value start, value end, is list item start)
    entries: list[tuple[int, str, int, int, bool]] = []
    first = True
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        m = _YAML_LINE.fullmatch(text, position, end)
        if m is None and first:
            m = _OPENING_KEY.search(text, position, end)
            if m is not None:
                entries.append((0, m.group("key"), m.end(), m.end(), False))
                first = False
                position = end + 1
                continue
        if m is None and not first:
            item = _LIST_ITEM.fullmatch(text, position, end)  # "  - 8-916-...": a list of scalars, its key the parent's
            if item is not None:
                parent = next((e[1] for e in reversed(entries) if e[0] < item.start("value") - position and e[2] == e[3]), "")
                entries.append((item.start("value") - position, parent, item.start("value"), item.end("value"), True))
                position = end + 1
                continue
        if m is None:
            break
        first = False
        column = m.start("key") - position
        value_start, value_end = (m.start("value"), m.end("value")) if m.group("value") is not None else (m.end(), m.end())
        entries.append((column, m.group("key"), value_start, value_end, m.group("dash") is not None))
        position = end + 1
    if len(entries) < 2:
        return
    for index, (_, key, start, end, _) in enumerate(entries):
        while start < end and text[start] in "\"' ":
            start += 1
        while end > start and text[end - 1] in "\"' ":
            end -= 1
        if end <= start:
            continue
        if key.lower() in PART_WORDS:  # (a key that names only a part: its mapping says whose)
            key = f"{_mapping_kind(text, entries, index)} {key}".strip()
        elif key.lower() in _GENERIC_NAME and not _ABOUT_PERSONS.search(_parent_key(entries, index)):
            continue
        if text[start] == "[" and text[end - 1] == "]":  # a flow sequence, "phones: [8-916-..., 8 (812) ...]": its items
            yield from ((key, a, b) for a, b in _flow_items(text, start + 1, end - 1))
            continue
        yield key, start, end


def _flow_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The items of a YAML flow sequence's inside ``text[start:end]``, split at commas, stripped of spaces and quotes."""
    position = start
    while position <= end:
        stop = text.find(",", position, end)
        stop = end if stop < 0 else stop
        a, b = position, stop
        while a < b and text[a] in "\"' ":
            a += 1
        while b > a and text[b - 1] in "\"' ":
            b -= 1
        if b > a:
            yield a, b
        position = stop + 1


def _mapping_kind(text: str, entries: list[tuple[int, str, int, int, bool]], index: int) -> str:
    """What the mapping of entry ``index`` is about: a sibling kind key's value, else the parent key."""
    column = entries[index][0]
    first = index
    while first > 0 and entries[first][0] == column and not entries[first][4]:
        first -= 1
    if entries[first][0] != column:
        first += 1
    last = index
    while last + 1 < len(entries) and entries[last + 1][0] >= column and not (entries[last + 1][0] == column and entries[last + 1][4]):
        last += 1
    for sibling_column, key, start, end, _ in entries[first : last + 1]:
        if sibling_column == column and is_kind_key(key) and end > start:
            return text[start:end].strip("\"' ")
    for parent_column, key, _, _, _ in reversed(entries[:first]):
        if parent_column < column:
            return key
    return ""


def _parent_key(entries: list[tuple[int, str, int, int, bool]], index: int) -> str:
    column = entries[index][0]
    return next((key for parent_column, key, _, _, _ in reversed(entries[:index]) if parent_column < column), "")


# INI, .properties and TOML files (a МИС's settings-style export, a device's patient file): "key = value" lines, the
# value maybe quoted, to the line's end (spaces around "=" are where the key=value readers of logs stop)
_INI_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-zА-Яа-яЁё_][\w.\-]{0,40})[ \t]+=[ \t]*(?P<value>[^\n]*?)[ \t\r]*")
_INI_MIN_LINES = 2


def ini_cells(text: str) -> list[Cell]:
    """(key, start, end) of the values of "key = value" lines, when the text has two such lines or more."""
    # (the "=" first in the text's shared ASCII bytes, which hold it if the text does: ~0.05 us to the text's ~1)
    if b"=" not in ascii_bytes(text) or (" =" not in text and "\t=" not in text):
        return []
    cells: list[Cell] = []
    seen: set[int] = set()
    equals = text.find("=")
    while equals >= 0:
        line_start = text.rfind("\n", 0, equals) + 1
        line_end = text.find("\n", equals)
        line_end = len(text) if line_end < 0 else line_end
        if line_start not in seen:
            seen.add(line_start)
            m = _INI_LINE.fullmatch(text, line_start, line_end)
            if m is not None and m.end("value") > m.start("value"):
                start, end = m.start("value"), m.end("value")
                while start < end and text[start] in "\"'":
                    start += 1
                while end > start and text[end - 1] in "\"'":
                    end -= 1
                if end > start:
                    cells.append((m.group("key"), start, end))
        equals = text.find("=", line_end)
    return cells if len(cells) >= _INI_MIN_LINES else []


# A record on one line, "key: value" pairs of Latin keys (a JavaScript object literal, a Python dict as logs print it
# with its keys in single quotes, a log line): {patient_id: 5521, snils: '112-233-445 95', fio: 'Ли Ин'}, "card_no: 4471/22, tel: 89161234567".
# Two such pairs on a line at least: one "ID: 5" in a sentence is no record.
_MACHINE_KEY = re.compile(r"_|[a-z][A-Z]")
_INLINE_PAIR = re.compile(r"(?<![\w.\-])'?(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{1,40})'?[ \t]?:[ \t]?"
                          r"(?:'(?P<single>[^'\n]{1,80})'|\"(?P<double>[^\"\n]{1,80})\"|(?P<bare>[^\s,;'\"{}\[\]]{1,60}))")


def inline_cells(text: str) -> list[Cell]:
    """(key, start, end) of the values of the lines that hold two "key: value" pairs of Latin keys or more."""
    cells: list[Cell] = []
    if not has_latin(text):
        return cells
    done_line = -1
    colon = text.find(":")
    while colon > 0:
        before = text[colon - 1]
        if before.isascii() and (before.isalnum() or before in "_'") and colon > done_line:
            line_start = text.rfind("\n", 0, colon) + 1
            line_end = text.find("\n", colon)
            line_end = len(text) if line_end < 0 else line_end
            done_line = line_end
            pairs = [m for m in _INLINE_PAIR.finditer(text, line_start, line_end) if not m.group("key")[-1:].isdigit()]
            # (a record, not an English form's sentence "Region: stable. Street: none.": a machine key, "_" or a camel
            # hump in it, or the pairs in braces)
            if len(pairs) >= 2 and ("{" in text[line_start:colon] or any(_MACHINE_KEY.search(m.group("key")) for m in pairs)):
                for m in pairs:
                    group = next(g for g in ("single", "double", "bare") if m.group(g) is not None)
                    cells.append((m.group("key"), m.start(group), m.end(group)))
        colon = text.find(":", colon + 1)
    return cells


_FOUND: list[object] = ["", []]


def dump_cells(text: str) -> list[Cell]:
    """(field name, start, end) of the values of the SQL dumps, YAML blocks and INI/TOML lines in ``text`` (computed
    once per text)."""
    if _FOUND[0] is not text:
        _FOUND[0], _FOUND[1] = text, [*sql_cells(text), *yaml_cells(text), *ini_cells(text), *inline_cells(text)]
    return _FOUND[1]  # type: ignore[return-value]
