"""What an identifier's type code says it is: HL7's table 0203 (Identifier Type), one table for v2 messages and FHIR.

HL7 v2 types an identifier in the fifth component of a CX field ("4509123456^^^МВД^PPN", :mod:`.hl7`); FHIR's
Identifier carries the same code in its ``type`` ({"type": {"coding": [{"system":
"http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN"}]}, "value": "4509 123456"}, FHIR R4 §2.24.0.10).
The code names the value's kind whatever its digits look like ("8024 195860" is a passport's series and number, not
a phone): PPN the passport; SS, PEN, NI, SN a national or pension number (the SNILS in Russian profiles); HC, NH, JHN
a health card or a health plan's number (the OMS policy). Every other code (MR, the medical record number, the commonest;
PI, PT, AN, VN, DL, ...) and a type with only a "text" still type the value as an identifier: a record id.
"""

from __future__ import annotations

import re

OMS_TYPES = frozenset(("HC", "NH", "JHN"))  # health card, national health plan, jurisdictional health number
SNILS_TYPES = frozenset(("SS", "PEN", "NI", "SN", "SNILS"))
PASSPORT_TYPES = frozenset(("PPN", "PASSPORT"))
RECORD_ID = "record id"

_S = r"[ \t\n]*"
# a JSON member's value: a string, an array or an object of one level (what an Identifier's members hold)
_MEMBER = rf"\"\w+\"{_S}:{_S}(?:\"[^\"\n]*\"|\[[^\[\]]*\]|\{{[^{{}}]*\}})"
# the Identifier's "type" (a CodeableConcept: its "coding" array of objects, maybe a "text") and its code
_TYPE = (rf"\"type\"{_S}:{_S}\{{{_S}(?:\"text\"{_S}:{_S}\"[^\"\n]*\"{_S},{_S})?\"coding\"{_S}:{_S}\[(?:{_S}\{{[^{{}}]*\}}{_S},)*?{_S}"
         rf"\{{[^{{}}]*?\"code\"{_S}:{_S}\"(?P<code>[A-Za-z]{{2,8}})\"[^{{}}]*\}}[^\[\]{{}}]*\](?:{_S},{_S}\"text\"{_S}:{_S}\"[^\"\n]*\")?{_S}\}}")
# (or a type with only its "text": {"type": {"text": "Номер карты"}})
_TYPE = rf"(?:{_TYPE}|\"type\"{_S}:{_S}\{{{_S}\"text\"{_S}:{_S}\"[^\"\n]*\"{_S}\}})"
# the type before the value ("type", maybe other members, then "value": ") or after it
_TYPE_BEFORE = re.compile(rf"{_TYPE}(?:{_S},{_S}{_MEMBER})*?{_S},{_S}\"value\"{_S}:{_S}\"\Z")
_TYPE_AFTER = re.compile(rf"\"(?:{_S},{_S}{_MEMBER})*?{_S},{_S}{_TYPE}")
_WINDOW = 240


def type_key(code: str) -> str:
    """The key a type code of table 0203 stands for ("passport", "snils", "polis"), else "record id"."""
    code = code.upper()
    if code in PASSPORT_TYPES:
        return "passport"
    if code in SNILS_TYPES:
        return "snils"
    return "polis" if code in OMS_TYPES else RECORD_ID


def identifier_type_key(text: str, start: int, end: int) -> str:
    """The key the type code of the FHIR Identifier whose "value" is ``text[start:end]`` stands for, else ""."""
    if "\"type\"" not in text:
        return ""
    before = _TYPE_BEFORE.search(text, max(0, start - _WINDOW), start)
    if before is None:
        quote = end if text[end : end + 1] == "\"" else -1
        before = _TYPE_AFTER.match(text, quote, min(len(text), end + _WINDOW)) if quote >= 0 else None
    if before is None:
        return ""
    return type_key(before.group("code")) if before.group("code") else RECORD_ID
