"""Machine exports: a field's KEY says what its value is (names and addresses in XML, JSON, key=value).

Records leave information systems as XML (CDA's ``<family>``/``<given>``, ``<streetAddressLine>``),
JSON (``"lastName": "..."``, ``"fio": "..."``) and logs (``doctor="..."``, ``patient_fio=...``). There the
value's type is named by its key, not by the words around it, and a rare first name on its own
("<given>Ладимир</given>") has no cue a sentence reader sees. Keys are written in many ways
(``last_name``, ``lastName``, ``LAST-NAME``, ``ns:family``, ``familiya``, ``Фамилия``), so a key is
normalised (namespace dropped, camelCase split, separators removed, lower case) and matched by its
ending against a lexicon of what keys for names and addresses are called: English (HL7/FHIR, CDA,
common schemas), transliterated Russian and Russian (the lexicon: :mod:`.export_person_keys`). The value must fit:
letters and no digits for a name; letters for an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.dump_cells import dump_cells
from medsyn_dataset.validation.pii.export_ids import parent_element
from medsyn_dataset.validation.pii.export_objects import OWNER_WINDOW, holder_key, open_object
from medsyn_dataset.validation.pii.export_person_keys import ADDRESS_OBJECTS as _ADDRESS_OBJECTS
from medsyn_dataset.validation.pii.export_person_keys import key_type, normal_key
from medsyn_dataset.validation.pii.export_tables import (
    csv_cells,  # (no cycle: an import per call cost ~3 us a note)
)
from medsyn_dataset.validation.pii.normalize import ascii_bytes

# what a register writes where a part of the name is absent ("<OT>НЕТ</OT>"): no one's name
_ABSENT = frozenset(("нет", "отсутствует", "none", "null", "нет данных", "-"))
# a postal code's value is the code itself, digits only: five or six of them (Russia's six, the five of a foreign address)
_POSTAL_VALUE = re.compile(r"\d{5,6}")

_XML = re.compile(r"<(?P<key>[\w:.\-]{1,40})(?:\s[^<>]{0,200})?>(?P<value>[^<>\n]{1,120})</(?P=key)>")
_JSON = re.compile(r"\"(?P<key>[\w.\-]{1,40})\"\s*:\s*\"(?P<value>[^\"\n]{1,120})\"")
_JSON_ARRAY = re.compile(r"\"(?P<key>[\w.\-]{1,40})\"\s*:\s*\[(?P<items>\s*\"[^\"\n]{1,120}\"(?:\s*,\s*\"[^\"\n]{1,120}\"){0,5})\s*\]")
_JSON_STRING = re.compile(r"\"([^\"\n]{1,120})\"")
# (an unquoted value ends at the next pair's delimiter too: flat exports and logs join pairs with "|", ";" or "&",
# "ID_PAC=123|FAM=ИВАНОВ|IM=ИВАН|OT=ИВАНОВИЧ", the ТФОМС registers' keys in one line, "?fam=...&im=...")
_KEY_VALUE = re.compile(r"(?<![\w.\-])(?P<key>[A-Za-z_][\w.\-]{0,39})=(?:\"(?P<quoted>[^\"\n]{1,120})\"|(?P<value>[^\s\"|;&]{1,80}))")
_NAME_VALUE = re.compile(r"[A-ZА-ЯЁ][\w'’\-]*\.?(?:[ ]+[A-ZА-ЯЁa-zа-яё][\w'’\-]*\.?){0,4}")
EXPORT_SCORE = 0.85


def _pairs(text: str) -> Iterator[tuple[str, int, int]]:
    """(key, value start, value end) of the text's XML elements, JSON string members and key=value pairs."""
    # (every reader's marks are ASCII, so each is in the text's ASCII bytes, shared and kept per text, where a one-byte
    # test costs ~0.05 us; a test of the text for "=", "</" or '":' costs 1-2 us, as "=" shares its low byte with "н")
    marks = ascii_bytes(text)
    equals = b"=" in marks
    if b"<" in marks and "</" in text:
        for m in _XML.finditer(text):
            yield m.group("key"), m.start("value"), m.end("value")
    if b'"' in marks and ("\":" in text or "\" :" in text):
        for m in _JSON.finditer(text):
            yield m.group("key"), m.start("value"), m.end("value")
        if "[" in text:  # an array of strings under one key: FHIR's "given": ["Анна", "Петровна"], "line": [...]
            for m in _JSON_ARRAY.finditer(text):
                for item in _JSON_STRING.finditer(text, m.start("items"), m.end("items")):
                    yield m.group("key"), item.start(1), item.end(1)
    if equals and _ascii_key_before_equals(text):
        for m in _KEY_VALUE.finditer(text):
            group = "quoted" if m.group("quoted") is not None else "value"
            end = m.end(group)
            if group == "value" and key_type(m.group("key")) in ("LOCATION", "PERSON"):
                end = _line_value_end(text, m.start(), end)
            yield m.group("key"), m.start(group), end
    if equals and 'value="' in text:  # FHIR XML and CDA: <family value="..."/>, the element names its attribute's value
        for m in _VALUE_ATTRIBUTE.finditer(text):
            yield m.group("key"), m.start("value"), m.end("value")
    if equals:
        yield from _cyrillic_keys(text)
    if b"L: " in marks.translate(_YAML_SHAPES):
        yield from _yaml_lines(text)


# an element whose value stands in its "value" attribute
_VALUE_ATTRIBUTE = re.compile(r"<(?P<key>[\w:.\-]{1,40})(?=[ \t])[^<>]{0,120}?[ \t]value=\"(?P<value>[^\"\n]{1,120})\"")
# 1C and МИС exports name their fields in Russian: 'Фамилия="Нгуен"' (XML attributes), 'Фамилия=Нгуен;'
_CYRILLIC_KEY_BEFORE = re.compile(r"(?<![\w.\-])[А-Яа-яЁё][\w.\-]{0,39}$")
_VALUE_AFTER_EQUALS = re.compile(r"=(?:\"(?P<quoted>[^\"\n]{1,120})\"|(?P<value>[^\s\";&<>,]{1,80}))")


def _cyrillic_keys(text: str) -> Iterator[tuple[str, int, int]]:
    position = text.find("=")
    while position > 0:  # (read backwards from each "=": notes have few, and most are "АД=120/80")
        if "а" <= text[position - 1].lower() <= "я" or text[position - 1] in "ёЁ":
            key = _CYRILLIC_KEY_BEFORE.search(text, max(0, position - 41), position)
            value = _VALUE_AFTER_EQUALS.match(text, position) if key is not None else None
            if key is not None and value is not None and key_type(key.group()) is not None:
                group = "quoted" if value.group("quoted") is not None else "value"
                end = value.end(group)
                if group == "value" and key_type(key.group()) in ("LOCATION", "PERSON"):
                    end = _line_value_end(text, key.start(), end)  # ("АДРЕС=ТВЕРЬ, УЛ. МИРА, 5" on a line of its own)
                yield key.group(), value.start(group), end
        position = text.find("=", position + 1)


# YAML and similar dumps: a machine key ("last_name", "patient.firstName": with "_", "." or a camel hump; or a
# field's name in capitals, as the social fund's exchange of sick leaves, ЭЛН, names its fields "SURNAME", "NAME",
# "PATRONYMIC", "BIRTHDAY", and a dump of it writes them) at a line's start, a colon and the value up to the line's end
_YAML_KEY_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z][\w.\-]{1,40})$")
_MACHINE_KEY = re.compile(r"[_.]|[a-z][A-Z]|^[A-Z]{2,}$")


# a YAML line's key ends in a Latin letter right before its colon, and a space or a tab follows the colon: all ASCII,
# so side by side in the text's ASCII bytes too (where each Latin letter is read as "L" and each tab as a space)
_YAML_SHAPES = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\t", b"L" * 52 + b" ")


def _yaml_lines(text: str) -> Iterator[tuple[str, int, int]]:
    position = text.find(":")
    while position > 0:
        if text[position - 1].isascii() and text[position - 1].isalpha() and text[position + 1 : position + 2] in (" ", "\t"):
            key = _YAML_KEY_BEFORE.search(text, max(0, position - 48), position)
            if key is not None and _MACHINE_KEY.search(key.group("key")) and key_type(key.group("key")) is not None:
                end = text.find("\n", position)
                end = len(text) if end < 0 else end
                start = position + 1
                while start < end and text[start] in " \t\"'":
                    start += 1
                while end > start and text[end - 1] in " \t\"'\r":
                    end -= 1
                if end > start:
                    yield key.group("key"), start, end
        position = text.find(":", position + 1)


def _line_value_end(text: str, key_start: int, end: int) -> int:
    """An unquoted address or name in a one-pair-per-line export (``ADDR_REG=ТВЕРЬ, УЛ. МИРА, Д.5, КВ.2``,
    ``FIO=ЛИ ИН ЁН``, as .env, .properties and МИС exports write them) runs to the line's end: it has spaces,
    and such a line has no other pair. A pair among others on its line keeps its space-free value."""
    if key_start and text[key_start - 1] != "\n":
        return end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.find("=", end, line_end) >= 0:
        return end  # (another pair on the line: "Фамилия=Тхай; Имя=Зыонг")
    while line_end > end and text[line_end - 1] in " \t\r;,":
        line_end -= 1
    return line_end


def _ascii_key_before_equals(text: str) -> bool:
    """Some "=" has a Latin letter, digit or "_" right before it (notes write "АД=120/80", logs "doc=")."""
    position = text.find("=")
    while position > 0:
        before = text[position - 1]
        if before.isascii() and (before.isalnum() or before == "_"):
            return True
        position = text.find("=", position + 1)
    return False


def looks_exported(text: str) -> bool:
    """Whether ``text`` may hold an XML element, a JSON member, a ``key=value`` pair or a ``key: value``
    line (the cheap test before the export readers: most notes are no export)."""
    # (the most frequent first: ~3 notes in 4 have a ": ", found near their start; each ``in`` that runs to the
    # end of a note without the string costs ~2 us, so the rest are looked for first in the ASCII bytes, which hold
    # every one of their characters: see :func:`_pairs`)
    if ": " in text:
        return True
    marks = ascii_bytes(text)
    return b"=" in marks or (b"<" in marks and "</" in text) or (b'"' in marks and ("\":" in text or "\" :" in text))


_PAIRS: list[object] = ["", []]  # the text last read and its pairs (the PERSON and LOCATION passes share them)


def _pairs_of(text: str) -> list[tuple[str, int, int]]:
    if _PAIRS[0] is not text:  # (read once per text, shared with export_ids)
        pairs = list(_pairs(text)) if looks_exported(text) else []
        # the cells of a CSV export under its header: its name and address columns
        pairs += [(key.strip("\"' "), start, end) for key, start, end in csv_cells(text)]
        pairs += dump_cells(text)  # (the columns of SQL dumps, the keys of YAML blocks)
        _PAIRS[0], _PAIRS[1] = text, pairs
    return _PAIRS[1]  # type: ignore[return-value]


_INITIALS_KEY = re.compile(r"(?i)initials|инициалы")
_INITIALS_VALUE = re.compile(r"[A-ZА-ЯЁ](?:[.\- ]{0,2}[A-ZА-ЯЁ]){1,2}\.?")


def _person_value(key: str, value: str) -> bool:
    """A name's words, or under an initials key the initials' letters ("А.В.К.", "AVK", "И-П-С")."""
    return _NAME_VALUE.fullmatch(value) is not None or (
        _INITIALS_KEY.search(key) is not None and _INITIALS_VALUE.fullmatch(value) is not None)


def export_fields(text: str, entity: str) -> Iterator[tuple[int, int]]:
    """Spans of the values whose keys name ``entity`` ("PERSON" or "LOCATION")."""
    pairs = _pairs_of(text)
    if not pairs:
        return
    from medsyn_dataset.validation.pii.names import is_name_word  # names imports this module

    for key, start, end in pairs:
        kind = key_type(key)
        raw = text[start:end]
        value = raw.strip()
        if kind in ("POSTAL", "ADDRESS_PART"):
            value = value.rstrip(";,") if kind == "POSTAL" else value  # ("postalCode=620000; city=...")
            if entity == "LOCATION" and _address_part(text, key, kind, value, start):
                yield start + len(raw) - len(raw.lstrip()), start + len(raw) - len(raw.lstrip()) + len(value)
            continue
        if kind is None or not value or value.lower() in _ABSENT or (kind != "LOCATION" and any(ch.isdigit() for ch in value)):
            continue
        if kind != "LOCATION" and all(len(word.strip(".")) < 2 for word in value.split()) and not _INITIALS_KEY.search(key):
            continue  # letters alone ("Ф И О", "X"): a form's placeholder, no one's name (but under an initials key,
            # "patient_initials": "А.В.К.", a person's initials are their letters alone)
        start += len(raw) - len(raw.lstrip())
        end = start + len(value)
        if (entity == "LOCATION" and kind == "LOCATION" and sum(ch.isalpha() for ch in value) >= 3) or (entity == "PERSON" and kind in ("PERSON", "ROLE") and _person_value(key, value) and (
            kind == "PERSON" or any(is_name_word(word) for word in value.split()) or _in_person_object(text, key, start)
        )):
            yield start, end


# objects that describe a person: their "name" member is that person's name, in any language
# ('{"patient": {"name": "Нгуен Ван Хунг"}}', '<mother><name>...</name>'), known to a dictionary or not
_PERSON_OBJECTS = ("patient", "pacient", "person", "doctor", "physician", "practitioner", "nurse", "contact", "mother",
                   "father", "relative", "guardian", "representative", "insured", "author", "performer", "assignedperson",
                   "caller", "sender", "пациент", "врач", "vrach")


def _holder(text: str, start: int) -> str:
    """The key of the JSON object, or the name of the XML element, that holds the member at ``start``, else ""."""
    brace = open_object(text, start)
    if brace >= 0:
        return holder_key(text, brace)
    if "</" in text:
        return parent_element(text, text.rfind("<", max(0, start - OWNER_WINDOW), start))
    return ""


def _in_person_object(text: str, key: str, start: int) -> bool:
    """Whether the ``name``-like member at ``start`` belongs to a JSON object or XML element whose own key
    names a person (:data:`_PERSON_OBJECTS`)."""
    if not normal_key(key).endswith("name"):
        return False
    parent = _holder(text, start)
    return bool(parent) and normal_key(parent).endswith(_PERSON_OBJECTS)


def _address_part(text: str, key: str, kind: str, value: str, start: int) -> bool:
    """A postal code's digits under its key anywhere; another part of an address (a "line", a "district", a
    "state", the whole "text") only as a member of an address object or element."""
    if kind == "POSTAL":
        return _POSTAL_VALUE.fullmatch(value) is not None
    if sum(ch.isalpha() for ch in value) < 3:
        return False
    holder = _holder(text, start)
    if not holder and normal_key(key) in _FLAT_PLACE_KEYS:
        # a flat table's column of a place (a waiting list's "region", a register's "район") in a table of persons
        # (a column of their names): a row is a person's whole record, so a column named by an address's part holds
        # where they live (not "line", "text", "state"; a lab table's "region" is the body's, and it names no one)
        cells = csv_cells(text)
        return any(cell_start == start for _, cell_start, _ in cells) and any(
            key_type(cell_key.strip("\"' ")) == "PERSON" for cell_key, _, _ in cells)
    return bool(holder) and normal_key(holder).endswith(_ADDRESS_OBJECTS)


_FLAT_PLACE_KEYS = frozenset(("region", "district", "locality", "oblast", "raion", "rayon", "район", "область", "регион"))
