"""HL7 v2 messages pasted into a record: each field's POSITION in its segment says what it holds.

Laboratory systems, admission (ADT) feeds and МИС integrations exchange HL7 v2 messages; a copy of
one often ends up in a note ("MSH|^~\\&|...", "PID|1||...", "PV1|..."). A message is a run of
segments, one per line (the standard ends them with a carriage return), each a three-character
segment id and fields separated by the field separator ("|", declared by MSH-1); a field holds
repetitions ("~"), components ("^") and sub-components ("&"), the characters declared by MSH-2.
There the names have no cue words and look nothing like Russian prose ("MATVEEV^PANFIL^KHAR..."),
dates are compact ("19680112", "201702230735") and identifiers stand alone, so they are read by the
standard's field definitions (HL7 v2.5, chapters 2-4 and 6), not by their look:

* TS/DTM (date and time, ``YYYY[MM[DD[HHMM[SS[.S]]]]][+ZZZZ]``): MSH-7, EVN-2/6, PID-7 (birth),
  PID-29 (death), PV1-44/45 (admit, discharge), ORC-9/15, OBR-6/7/8/14/22/36, OBX-14/19, ...;
* XPN (person name: family^given^middle^...): PID-5 (patient), PID-6 (mother's maiden name),
  PID-9 (alias), NK1-2/30 (next of kin), IN1-16 (insured), GT1-3 (guarantor), MRG-7 (prior name);
* XCN (a staff member: id^family^given^middle^...): PV1-7/8/9/17 (attending, referring,
  consulting, admitting doctor), ORC-10/11/12, OBR-16, OBX-16, EVN-5, PD1-4, DG1-16, TXA-9/10/11;
* XAD (address: street^other^city^state^zip^country): PID-11, NK1-4/32, IN1-19, GT1-5; PID-23 (birth place);
* XTN (telephone: the number, or country^area^local in components 5-7): PID-13/14, NK1-5/6/31, GT1-6/7;
* CX (an identifier with its assigning authority and type code): PID-2/3/4/18/21, PV1-19/50,
  MRG-1..5, NK1-33; EI (entity identifier): ORC-2/3/4, OBR-2/3 (placer and filler order numbers),
  TXA-12, SPM-2; PID-19 (the national id, "SSN": a СНИЛС in Russian profiles), PID-20 (driver's
  licence), IN1-36 (the insurance policy number: an ОМС policy when all digits), IN1-49, GT1-12.

An identifier is a record number (MEDICAL_RECORD_NUMBER) unless its assigning authority or type
code, or its shape, names a Russian register: СНИЛС (authority "SNILS"/"СНИЛС", the SNILS OID
1.2.643.100.3, or 11 digits whose checksum holds in a national-id field), ОМС (authority
"OMS"/"ENP"/"POLIS", type HC/NH, a 16-digit ЕНП), a passport (type PPN). Segments are found only
where a known segment id stands at a line's (or the text's) start before the field separator, so a
note without "|" costs one ``str.find``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.checksums import enp_valid, snils_valid
from medsyn_dataset.validation.pii.identifier_types import OMS_TYPES, PASSPORT_TYPES, SNILS_TYPES
from medsyn_dataset.validation.pii.placeholder_names import PLACEHOLDER_NAMES

# segment ids of HL7 v2 (the ones a record is likely to quote; an unknown id is not read)
SEGMENTS = frozenset((
    "MSH", "EVN", "PID", "PD1", "PV1", "PV2", "NK1", "ORC", "OBR", "OBX", "NTE", "IN1", "IN2", "GT1", "DG1", "AL1",
    "MRG", "SPM", "TXA", "PR1", "RXA", "RXO", "RXE", "FT1", "SCH", "AIP", "MSA", "ERR", "ROL", "TQ1", "QRD",
))
TS, XPN, XCN, XAD, XTN, CX, EI, NATIONAL_ID, ID, PLACE, POLICY, CODE_OR_ID = (
    "TS XPN XCN XAD XTN CX EI NATIONAL_ID ID PLACE POLICY CODE_OR_ID".split()
)
# HL7 field number -> data type read there (MSH numbers its fields from the separator itself: MSH-1)
FIELDS: dict[str, dict[int, str]] = {
    "MSH": {7: TS},
    "EVN": {2: TS, 3: TS, 5: XCN, 6: TS},
    "PID": {2: CX, 3: CX, 4: CX, 5: XPN, 6: XPN, 7: TS, 9: XPN, 11: XAD, 13: XTN, 14: XTN, 18: CX, 19: NATIONAL_ID,
            20: ID, 21: CX, 23: PLACE, 29: TS},
    "PD1": {4: XCN},
    "NK1": {2: XPN, 4: XAD, 5: XTN, 6: XTN, 8: TS, 16: TS, 30: XPN, 31: XTN, 32: XAD, 33: CX},
    # (PV1-18, patient type, is a short code of the user table 0018; a value with five digits or more there is the
    # visit number of PV1-19 written one field early, as hand-built feeds do)
    "PV1": {7: XCN, 8: XCN, 9: XCN, 17: XCN, 18: CODE_OR_ID, 19: CX, 44: TS, 45: TS, 50: CX, 52: XCN},
    "PV2": {8: TS, 9: TS},
    "ORC": {2: EI, 3: EI, 4: EI, 9: TS, 10: XCN, 11: XCN, 12: XCN, 15: TS, 19: XCN},
    "OBR": {2: EI, 3: EI, 6: TS, 7: TS, 8: TS, 10: XCN, 14: TS, 16: XCN, 22: TS, 28: XCN, 36: TS},
    "OBX": {14: TS, 16: XCN, 19: TS},
    "SPM": {2: EI, 17: TS, 18: TS},
    "IN1": {16: XPN, 18: TS, 19: XAD, 36: POLICY, 49: CX},
    "GT1": {3: XPN, 5: XAD, 6: XTN, 7: XTN, 8: TS, 12: NATIONAL_ID},
    "MRG": {1: CX, 2: CX, 3: CX, 4: CX, 5: CX, 7: XPN},
    "DG1": {5: TS, 16: XCN, 19: TS},
    "TXA": {4: TS, 6: TS, 7: TS, 8: TS, 9: XCN, 10: XCN, 11: XCN, 12: EI},
    "PR1": {5: TS, 8: XCN, 11: XCN, 12: XCN},
    "AL1": {6: TS},
    "RXA": {3: TS, 4: TS, 10: XCN},
}
# YYYYMM[DD[HH[MM[SS[.S]]]]][+ZZZZ]: a month and year at least (a partial date is a date of a person too)
_TS = re.compile(
    r"(?:1[89]|20)\d\d(?P<month>0[1-9]|1[0-2])(?:(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:(?:[01]\d|2[0-3])(?:[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?)?)?(?:[+\-]\d{4})?"
)
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_LETTERS = re.compile(r"[^\W\d_]")
_SNILS_AUTHORITY = re.compile(r"snils|снилс|1\.2\.643\.100\.3(?!\d)", re.IGNORECASE)
_OMS_AUTHORITY = re.compile(r"oms|омс|enp|енп|polis|полис|фомс|foms", re.IGNORECASE)
_PASSPORT_AUTHORITY = re.compile(r"passport|паспорт|pasport", re.IGNORECASE)
SCORE = 0.9  # the field's position names the value: above any reading of its look


class Delimiters:
    """The separators a message declares in MSH-1 and MSH-2 (the standard's defaults otherwise)."""

    def __init__(self, field: str = "|", encoding: str = "^~\\&") -> None:
        self.field = field
        self.component = encoding[0] if len(encoding) > 0 else "^"
        self.repetition = encoding[1] if len(encoding) > 1 else "~"
        self.subcomponent = encoding[3] if len(encoding) > 3 else "&"


def segments(text: str) -> Iterator[tuple[str, int, int, Delimiters]]:
    """(segment id, start of its first field, end, delimiters) of each HL7 v2 segment in ``text``: a
    known segment id at the start of a line (or after white space: a message flattened into one
    line) right before "|" (or the field separator its MSH declares)."""
    if text.find("|") < 0:
        return
    delimiters = Delimiters()
    starts: list[tuple[int, str]] = []
    bar = text.find("|", 3)
    while bar >= 0:
        head = bar - 3
        seg = text[head:bar]
        # (at a line's start, after white space or a quote, or after an escaped "\r"/"\n" of a message kept in a
        # JSON string)
        if seg in SEGMENTS and (head == 0 or text[head - 1].isspace() or text[head - 1] in "\"'"
                                or text[head - 2 : head] in ("\\r", "\\n")):
            starts.append((head, seg))
            if seg == "MSH":
                encoding = text[bar + 1 : bar + 7].split("|", 1)[0].replace("\\\\", "\\")  # ("\\" escaped in a JSON string)
                if 2 <= len(encoding) <= 5 and not any(ch.isalnum() or ch.isspace() for ch in encoding):
                    delimiters = Delimiters("|", encoding)
        bar = text.find("|", bar + 1)
    for i, (head, seg) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        line_end = _line_end(text, head, stop)
        yield seg, head + 4, line_end, delimiters


def _line_end(text: str, start: int, stop: int) -> int:
    for mark in ("\r", "\n", "\\r", "\\n"):
        found = text.find(mark, start, stop)
        if found >= 0:
            stop = found
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop


def split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the parts of ``text[start:end]`` between ``separator``s."""
    parts = []
    position = start
    while True:
        found = text.find(separator, position, end)
        if found < 0:
            parts.append((position, end))
            return parts
        parts.append((position, found))
        position = found + 1


def hl7_fields(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity type, start, end) of the PII values of the HL7 v2 segments in ``text``."""
    for seg, start, end, delimiters in segments(text):
        wanted = FIELDS.get(seg)
        if not wanted:
            continue
        fields = split(text, start, end, delimiters.field)
        shift = 1 if seg == "MSH" else 0  # MSH-1 is the separator itself: the first part after it is MSH-2
        for number, kind in wanted.items():
            index = number - 1 - shift
            if 0 <= index < len(fields):
                a, b = fields[index]
                if index == len(fields) - 1:
                    b = _run_on_end(text, a, b)
                repetitions = split(text, a, b, delimiters.repetition) if a < b else []
                for rep, (rep_start, rep_end) in enumerate(repetitions):
                    # PID-3's first id is the patient's record number (the list's own id): no check digit retypes it
                    record = seg == "PID" and number == 3 and rep == 0
                    yield from typed_value(kind, text, rep_start, rep_end, delimiters, record=record)
        yield from _names_elsewhere(text, fields, wanted, shift, delimiters)


# A full Russian name in XPN's order, family^given^patronymic, the last one a patronymic by its suffix: "ВОЛКОВ^НИФОНТ^
# ЕРЕМЕЕВИЧ". No code or value of a message has that shape, so it is a person in any field: МИС exports and versions
# put their doctors a field off the table above (the ordering provider is OBR-16, but a hand-made export writes it in
# OBR-15, the specimen source's place)
_FULL_NAME = re.compile(r"[А-ЯЁ][А-ЯЁа-яё\-]+\^[А-ЯЁ][А-ЯЁа-яё\-]+\^[А-ЯЁ][А-ЯЁа-яё]+(?i:вич|вна|ична|ич)")


def _names_elsewhere(text: str, fields: list[tuple[int, int]], wanted: dict[int, str], shift: int,
                     d: Delimiters) -> Iterator[tuple[str, int, int]]:
    """Full names (:data:`_FULL_NAME`) in the fields of a segment that the table gives no name type (with the standard
    component separator, "^")."""
    if d.component != "^":
        return
    for index, (a, b) in enumerate(fields):
        if index + 1 + shift not in wanted and text.find("^", a, b) >= 0:
            found = _FULL_NAME.match(text, a, b)
            if found is not None and found.end() == b:
                yield "PERSON", a, b


def typed_value(
    kind: str, text: str, start: int, end: int, d: Delimiters, record: bool = False
) -> Iterator[tuple[str, int, int]]:
    """The typed PII values of one field's repetition; ``record``: the field is PID-3's first id, the record number."""
    parts = split(text, start, end, d.component)
    if kind == TS:
        span = _timestamp(text, *parts[0])
        if span is not None:
            yield "DATE_TIME", *span
    elif kind in (XPN, XCN):
        # XCN: the person's id, then the name's components; many МИС leave the id out and write the name from the
        # first component ("Петров^Иван"): a first component of letters is the family name
        first = 1 if kind == XCN and not _LETTERS.match(text, *_filled_part(text, *parts[0]) or (0, 0)) else 0
        span = _joined(text, parts[first : first + 3], d)
        if span is not None and _is_name(text[span[0] : span[1]], d):
            yield "PERSON", *span
    elif kind == XAD:
        span = _joined(text, parts[:6], d)
        if span is not None and len(_LETTERS.findall(text, span[0], span[1])) >= 3:
            yield "LOCATION", *span
    elif kind == PLACE:
        span = _filled_part(text, *parts[0])
        if span is not None and len(_LETTERS.findall(text, span[0], span[1])) >= 3:
            yield "LOCATION", *span
    elif kind == XTN:
        yield from _phone(text, parts)
    elif kind == CODE_OR_ID:
        span = _filled_part(text, *parts[0])
        if span is not None and sum(ch.isdigit() for ch in text[span[0] : span[1]]) >= 5:
            yield "MEDICAL_RECORD_NUMBER", *span
    elif kind in (CX, EI, ID, NATIONAL_ID, POLICY):
        span = _filled_part(text, *parts[0])
        if span is not None and any(ch.isdigit() for ch in text[span[0] : span[1]]):
            yield _identifier_type(kind, text, span, parts, record), *span


_RUN_ON = re.compile(r"[ \t]+(?=[^\W\d_]{2})")


def _run_on_end(text: str, start: int, end: int) -> int:
    """A message pasted into a note without a line break after its last segment: the last field runs on into
    the note's words ("...||6294/23 покраснение и шелушение"); an HL7 value has no space before a word there,
    so the field ends at the first space that a word follows."""
    m = _RUN_ON.search(text, start, end)
    return m.start() if m is not None else end


def _filled_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part ``text[start:end]`` without the blanks and quotes around it, or None when nothing else is in it."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    return (start, end) if start < end else None


def _joined(text: str, parts: list[tuple[int, int]], d: Delimiters) -> tuple[int, int] | None:
    """From the first to the last non-empty part of ``parts`` (separators between them included)."""
    filled = [span for span in (_filled_part(text, a, b) for a, b in parts) if span is not None]
    return (filled[0][0], filled[-1][1]) if filled else None


def _is_name(value: str, d: Delimiters) -> bool:
    """Letters (any script), spaces, apostrophes and hyphens between the separators: no digits, and
    not an escape sequence or a placeholder."""
    if any(ch.isdigit() for ch in value) or "\\" in value:
        return False
    words = [w for w in re.split(rf"[{re.escape(d.component + d.subcomponent)}\s]+", value) if w]
    return bool(words) and all(_LETTERS.match(w) for w in words) and sum(len(w) for w in words) >= 3 and not (
        {w.lower() for w in words} <= _PLACEHOLDERS
    )


_PLACEHOLDERS = PLACEHOLDER_NAMES | {"неизвестен", "аноним"}


def _timestamp(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = _filled_part(text, start, end)
    if span is None:
        return None
    match = _TS.fullmatch(text, *span)
    if match is None:
        # a TS holds no space: a message pasted into a note may run on into the note's text after its last field
        # ("...|||202405061726 Жалобы на ..."), and the TS is the field's value up to that space
        match = _TS.match(text, *span)
        if match is None or not text[match.end() : match.end() + 1].isspace():
            return None
        span = match.span()
    day = match.group("day")
    if day is not None and int(day) > _DAYS[int(match.group("month")) - 1]:
        return None
    return span


def _phone(text: str, parts: list[tuple[int, int]]) -> Iterator[tuple[str, int, int]]:
    """XTN: the number as written (component 1), else country^area^local (components 5-7)."""
    span = _filled_part(text, *parts[0])
    if span is not None and 5 <= sum(ch.isdigit() for ch in text[span[0] : span[1]]) <= 15 and not _LETTERS.search(
        text, span[0], span[1]
    ):
        yield "PHONE_NUMBER", *span
        return
    if len(parts) >= 7:
        joined = _joined(text, parts[4:8], Delimiters())
        if joined is not None and 5 <= sum(ch.isdigit() for ch in text[joined[0] : joined[1]]) <= 15:
            yield "PHONE_NUMBER", *joined


def _identifier_type(kind: str, text: str, span: tuple[int, int], parts: list[tuple[int, int]], record: bool = False) -> str:
    """The register an identifier belongs to: named by its assigning authority (CX-4) and type code
    (CX-5), and checked by its shape; a record number otherwise."""
    value = text[span[0] : span[1]]
    digits = "".join(ch for ch in value if ch.isdigit())
    authority = text[parts[3][0] : parts[3][1]] if len(parts) > 3 else ""
    type_code = text[parts[4][0] : parts[4][1]].strip().upper() if len(parts) > 4 else ""
    named = f"{authority} {type_code}"
    only_digits = len(digits) == sum(1 for ch in value if ch.isalnum())
    # (PID-20, the driver's licence, is no 11-digit number in Russia (2 + 2 + 6 digits): eleven digits whose СНИЛС check
    # digits hold there are the national id of PID-19 written one field late, as hand-built feeds do)
    if only_digits and len(digits) == 11 and (
        _SNILS_AUTHORITY.search(named) or type_code in SNILS_TYPES
        or (kind in (NATIONAL_ID, ID) and snils_valid(digits))  # (its digits: a feed may keep the card's "123-456-789 01")
    ):
        return "RU_SNILS"
    if only_digits and 6 <= len(digits) <= 16 and (kind == POLICY or _OMS_AUTHORITY.search(named) or type_code in OMS_TYPES):
        return "RU_OMS_POLICY"
    # (an identifier that names no register, sixteen digits whose ЕНП check digit holds (the ФОМС rule, :func:`.checksums.
    # enp_valid`), is the OMS policy, as an export's value under an unknown register is, :func:`.identifier_systems.checked_key`:
    # "PID|...|||||2708155727974514", the policy in PID-18 of a hand-built feed); not PID-3's first id, the record
    # number, which one random sixteen-digit number in ten would pass as a policy
    if only_digits and not named.strip() and not record and enp_valid(digits):
        return "RU_OMS_POLICY"
    if only_digits and len(digits) == 10 and (_PASSPORT_AUTHORITY.search(named) or type_code in PASSPORT_TYPES):
        return "RU_PASSPORT"
    return "MEDICAL_RECORD_NUMBER"
