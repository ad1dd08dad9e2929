"""vCard contacts (RFC 6350, and the 2.1/3.0 cards phones still export) pasted into a record.

A relative's or a patient's contact card is attached to an EMR as a ``.vcf`` file or copied from a
phone: ``BEGIN:VCARD``, then one property per content line, ``[group.]NAME[;PARAM=...]:value``. As in
HL7 and DICOM the value's type is named by its property, not by words around it, and the values have
no cue a sentence reader sees ("N:Иванова;Анна;Петровна;;", "ADR;TYPE=HOME:;;ул. Мира, 5;Омск;;644000;Россия",
"BDAY:19840312"). So they are read by the standard:

* N (structured name): family;given;additional;prefix;suffix, each component a PERSON span (a
  component may list several values separated by ",");
* FN (formatted name), NICKNAME: the whole value a PERSON;
* ADR: pobox;extended;street;locality;region;code;country: every component but the country a
  LOCATION span (the street with its house and flat, the town, the region, the postcode: the postal
  code is a geographic unit smaller than a state); LABEL (a 3.0 address label) the whole value;
* BDAY, ANNIVERSARY, DEATHDATE: a date (``19840312``, ``1984-03-12``, ``--0312``, text) is a DATE_TIME;
* TEL and EMAIL are left to the phone and e-mail readers (their values look like what they are).

Content lines are read inside a BEGIN:VCARD .. END:VCARD block; without the block (a card's lines
pasted alone) only when at least two distinct name/address/birthday properties stand at line starts
and the N value has the standard's ";" structure, so a clinical "N: 0" (TNM) or "FN: ..." is never
read. A text without one of the property names costs one search of its ASCII bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.normalize import ascii_bytes

# a content line: an optional group ("item1."), the property, its parameters, ":" and the value
# (folded continuation lines, which start with a space or tab, are not joined: the first line holds
# the value in all cards seen in records)
_LINE = re.compile(
    r"^[ \t]*(?:[A-Za-z0-9\-]+\.)?(?P<prop>N|FN|NICKNAME|ADR|LABEL|BDAY|ANNIVERSARY|DEATHDATE)"
    r"(?:;[^:\n]*)?:(?P<value>[^\r\n]*)",
    re.MULTILINE | re.IGNORECASE,
)
_BLOCK = re.compile(r"BEGIN:VCARD(.*?)(?:END:VCARD|\Z)", re.DOTALL | re.IGNORECASE)
# a component's separator ";" unless escaped ("\;"), and a list separator "," inside N
_COMPONENT = re.compile(r"(?:\\.|[^;\\])+")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# (searched in the note's ASCII bytes, made once per text and shared with the other readers: an ``in`` per mark there,
# ~0.1 us each, is faster than one search of the alternation)
_MARKS = (b"FN", b"ADR", b"BDAY", b"VCARD", b"vcard")
_NAME_PROPS = ("FN", "NICKNAME")
_DATE_PROPS = ("BDAY", "ANNIVERSARY", "DEATHDATE")
_ADR_COUNTRY = 6  # ADR's seventh component: the country, no part of a person's identity


def _components(value: str, base: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, index) of the non-empty ";"-separated components of a structured value."""
    index, pos = 0, 0
    while pos <= len(value):
        found = _COMPONENT.match(value, pos)
        if found is None:  # an empty component
            index, pos = index + 1, pos + 1
            continue
        start, end = found.span()
        while start < end and value[start] in " \t":
            start += 1
        while end > start and value[end - 1] in " \t":
            end -= 1
        if end > start:
            yield base + start, base + end, str(index)
        index, pos = index + 1, found.end() + 1


def _read_line(found: re.Match[str]) -> Iterator[tuple[str, int, int]]:
    prop = found.group("prop").upper()
    base = found.start("value")
    value = found.group("value").rstrip()
    if prop == "N":
        for start, end, _ in _components(value, base):
            for part in re.finditer(r"[^,]+", value[start - base:end - base]):
                p_start, p_end = start + part.start(), start + part.end()
                if _LETTER.search(part.group()):
                    yield "PERSON", p_start + len(part.group()) - len(part.group().lstrip()), p_end
    elif prop in _NAME_PROPS:
        if _LETTER.search(value):
            yield "PERSON", base, base + len(value)
    elif prop == "ADR":
        for start, end, index in _components(value, base):
            if int(index) != _ADR_COUNTRY:
                yield "LOCATION", start, end
    elif prop == "LABEL":
        if value.strip():
            yield "LOCATION", base + len(value) - len(value.lstrip()), base + len(value)
    elif prop in _DATE_PROPS and _DIGIT.search(value):
        yield "DATE_TIME", base + len(value) - len(value.lstrip()), base + len(value)


def _loose_card(lines: list[re.Match[str]]) -> bool:
    """Content lines without BEGIN:VCARD: two distinct properties, and N in its ";" structure."""
    props = {found.group("prop").upper() for found in lines}
    if len(props) < 2:
        return False
    return all(";" in found.group("value") for found in lines if found.group("prop").upper() == "N")


def vcard_fields(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the names, addresses and dates in the vCard content lines of ``text``."""
    marks = ascii_bytes(text)
    if not (_MARKS[0] in marks or _MARKS[1] in marks or _MARKS[2] in marks or _MARKS[3] in marks or _MARKS[4] in marks):
        return []
    found: list[tuple[str, int, int]] = []
    blocks = [(block.start(1), block.end(1)) for block in _BLOCK.finditer(text)]
    if blocks:
        for start, end in blocks:
            for line in _LINE.finditer(text, start, end):
                found += _read_line(line)
        return found
    lines = list(_LINE.finditer(text))
    if _loose_card(lines):
        for line in lines:
            found += _read_line(line)
    return found
