"""ASTM E1394 / CLSI LIS2-A2 records (laboratory analysers and LIS): a field's POSITION names its value.

Haematology and chemistry analysers (Sysmex, Mindray, Beckman, ...) send results to the laboratory
system as ASTM records, and a copy of them ends up in a note: "H|\\^&|||XN-350^00-22|||||||P|1",
"P|1||26506549||IVANOVA^ANNA^PETROVNA||19450429|F", "O|1|3420638640^5^4||^^^WBC|R", "R|1|^^^WBC|7.2",
"L|1|N". The header record declares the delimiters right after its "H": field "|", repeat "\\",
component "^", escape "&". Each record is a line starting with its type letter (after the frame number
of the low-level protocol when the dump keeps it: "1H|", "2P|"). As in HL7 (:mod:`.hl7`, whose
component readers are reused) the ids have no cue words, so they are read by the standard's field
definitions:

* P (patient): P-3 practice-assigned patient id, P-4 laboratory-assigned patient id, P-5 patient
  id No. 3 (record numbers), P-6 name (last^first^middle), P-7 mother's maiden name, P-8 birth date
  (YYYYMMDD), P-11 address, P-13 telephone, P-14 attending physician;
* O (order): O-3 specimen id (its components after the first are the rack and position), O-4
  instrument specimen id, O-7 requested and O-8 collection date and time;
* R (result): R-13 date and time the test was completed; H-14 the message's date and time.

Only a text with the header's delimiter declaration "|\\^&" is read (one ``str.find`` otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.hl7 import CX, EI, TS, XAD, XCN, XPN, XTN, Delimiters, split, typed_value

# record type -> {field number (the type letter is field 1): data type}
FIELDS: dict[str, dict[int, str]] = {
    "H": {14: TS},
    "P": {3: CX, 4: CX, 5: CX, 6: XPN, 7: XPN, 8: TS, 11: XAD, 13: XTN, 14: XCN},
    "O": {3: EI, 4: EI, 7: TS, 8: TS},
    "R": {13: TS},
}
DECLARATION = "|\\^&"
# a record line: its type letter after the frame number of the low-level protocol, if the dump kept it
_RECORD = re.compile(r"[ \t]*[0-7]?(?P<type>[HPOQRCLMS])\|")
_DELIMITERS = Delimiters("|", "^\\&")  # (component "^", repeat "\", escape "&": as the header declares them)


def astm_fields(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity type, start, end) of the PII values of the ASTM records in ``text``: from the header
    (which may follow a sentence on its line) through each following line that is a record."""
    header = text.find(DECLARATION)
    if header < 1 or text[header - 1] != "H":
        return
    position, kind_at = header, "H"
    while True:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        yield from _record(text, kind_at, position, end)
        if end >= len(text):
            return
        m = _RECORD.match(text, end + 1)
        if m is None:
            return  # (the records end where a line is no record)
        position, kind_at = m.end() - 1, m.group("type")


def _record(text: str, kind: str, bar: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The typed values of one record whose type letter stands before ``text[bar]`` ("|")."""
    wanted = FIELDS.get(kind)
    if not wanted:
        return
    fields = split(text, bar, end, "|")  # (the empty part before the first "|" stands for the type letter: field 1)
    for number, data_type in wanted.items():
        if number - 1 < len(fields):
            a, b = fields[number - 1]
            for rep_start, rep_end in split(text, a, b, "\\") if a < b else ():
                yield from typed_value(data_type, text, rep_start, rep_end, _DELIMITERS)
