"""Machine exports: a field's own name says what its identifier or phone is.

(:mod:`.export_fields` reads names and addresses from the same exports; this module the identifiers,
record numbers and phones, which need a digit-count check per type and the register's OID.)

Records leave information systems as CSV/TSV rows under a header, JSON objects, ``key=value`` log
lines and XML (ЕГИСЗ СЭМД/CDA). There no Russian cue word stands before an identifier; the field
name does the naming: ``"snils": "..."``, ``patient_id=...``, ``<identity:Number>`` inside an
``<identity:InsurancePolicy>``, ``<id root="1.2.643.100.3" extension="..."/>``, a column headed
``phone``. Rather than list the keys a bench happens to contain, a key is **normalised** (XML
namespace dropped, camelCase and snake_case split, lower case: ``passportSeries``,
``PASSPORT_SERIES``, ``passport-series`` and ``identity:PassportSeries`` all give
``passport series``) and its words are looked up in a small lexicon of the words systems use for
each identifier, in Latin (also transliterated Russian: ``polis``, ``nomer``, ``telefon``) and in
Cyrillic. The value is taken only when its digits fit the type (11 for SNILS, 10/12 for INN, a
passport's 4 + 6, 6-16 for a policy, 5-15 for a phone, a digit for a record id).

A bare ``id`` names a record only where the same export describes a person (a name, a birth date
or a patient key elsewhere in it): a log's ``id`` of a message is no one's record number.

XML ``<id root="OID" extension="value">``: the root OID names the register. ``1.2.643.100.3`` is
the SNILS register's OID in Russian federal standards; under any other root a value whose check
digits hold is that document's (SNILS, INN, an OMS policy's ЕНП), any other a record number (the registers, and
FHIR's ``system`` beside a value: :mod:`.identifier_systems`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_valid, snils_valid
from medsyn_dataset.validation.pii.column_labels import cell_label
from medsyn_dataset.validation.pii.date_grammar import FULL_DATE
from medsyn_dataset.validation.pii.dump_cells import dump_cells
from medsyn_dataset.validation.pii.export_document_kinds import (
    AMBIGUOUS,
    OTHER_PASSPORT,
    document_kind,
    kind_attributed,
    kind_before,
    paper_kind,
)
from medsyn_dataset.validation.pii.export_keys import DATE_WORDS as _DATE_WORDS
from medsyn_dataset.validation.pii.export_keys import ID_WORDS as _ID_WORDS
from medsyn_dataset.validation.pii.export_keys import MEASURE_WORDS, foreign_passport_key, key_type, key_words
from medsyn_dataset.validation.pii.export_keys import TYPE_WORDS as _WORDS
from medsyn_dataset.validation.pii.export_objects import NUMBER_WORDS as _NUMBER
from medsyn_dataset.validation.pii.export_objects import PART_WORDS as _PART_WORDS
from medsyn_dataset.validation.pii.export_objects import SERIES_WORDS as _SERIES
from medsyn_dataset.validation.pii.export_objects import is_kind_key, json_kind, json_owner
from medsyn_dataset.validation.pii.export_papers import names_paper, number_attributes
from medsyn_dataset.validation.pii.export_tables import csv_cells, title_above
from medsyn_dataset.validation.pii.identifier_systems import SNILS_OID as _SNILS_OID
from medsyn_dataset.validation.pii.identifier_systems import checked_key, register_key
from medsyn_dataset.validation.pii.identifier_types import RECORD_ID, identifier_type_key
from medsyn_dataset.validation.pii.last_text import once_per_text
from medsyn_dataset.validation.pii.normalize import ascii_bytes
from medsyn_dataset.validation.pii.numbered_labels import numbered_label, numbered_value
from medsyn_dataset.validation.pii.passport_series import passport_part
from medsyn_dataset.validation.pii.table_cells import cell_fits
from medsyn_dataset.validation.pii.voluntary_insurance import TITLE_MARK

EXPORT_SCORE = 0.9  # the field name names the value: above a phone or a date read by shape

# words that make a key a person's record: a bare "id" is a record number only in such an export
_PERSON_KEY = re.compile(r"fio|фио|family|surname|birth|name|patient|пациент|фамилия|рожд", re.IGNORECASE)
_PATIENT_REFERENCE = re.compile(r"(?:Patient|Person|RelatedPerson)/(?P<id>[A-Za-z0-9\-.]{1,64})")

# seconds (or milliseconds) of Unix time from 1973 to 2033, as logs and JSON exports write a moment
_EPOCH = re.compile(r"(?:[1-9]\d{8}|1\d{9})(?:\d{3})?")
# a value shaped as a calendar date or an ISO 8601 moment ("2026-10-04T14:15:20"): a date, never a record number
_DATE_VALUE = re.compile(r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?)?"
                         r"|[0-3]\d\.[01]\d\.(?:1[89]|20)\d\d(?: [0-2]\d:[0-5]\d(?::[0-5]\d)?)?")


def _fits(kind: str, value: str, key: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    if not digits or _DATE_VALUE.fullmatch(value.strip()):
        return False
    words = set(key_words(key))
    if kind == "RU_SNILS":
        return digits == 11
    if kind == "RU_INN":
        return digits in (10, 12)
    if kind == "RU_PASSPORT":
        # (a key naming both parts, "seriesNumber", "series_number", holds the whole ten digits)
        if words & _SERIES and not words & _NUMBER:
            return digits == 4 or (digits == 2 and value.strip().isdigit())
        if words & _NUMBER:
            return digits in (6, 7, 9, 10)
        return digits in (9, 10)
    if kind == "RU_OMS_POLICY":
        return 6 <= digits <= 16
    if kind == "PHONE_NUMBER":
        return 5 <= digits <= 15 and not any(ch.isalpha() for ch in value.replace("tel", "").replace("ext", ""))
    # (a paper's number printed in groups, "16 23 310536" (a licence's region, series and number): groups of digits after
    # the first, eight digits in all; a cell run on into the note's text, "12345 Жалобы на ...", "12345 12 лет", has no such)
    groups = [group for group in value.split() if group != "№"]  # ("8214 № 222711": the sign between series and number)
    return len(value) <= 40 and (len(groups) == 1 or (
        len(groups) <= 4 and digits >= _GROUPED_DIGITS and all(group.isdigit() and len(group) >= 2 for group in groups[1:])))


_GROUPED_DIGITS = 8


# key=value (logs, URLs' queries): the key is a word, the value runs to a space, quote, "&" or ";"
# (a bar ends a value too: flat exports of the ТФОМС registers join their pairs with it, "DOCSER=9008|DOCNUM=309021")
_KEY_VALUE = re.compile(r"(?<![\w.\-])(?P<key>[A-Za-zА-Яа-яЁё_][\w.\-]{0,40})=(?P<q>\"?)(?P<value>[^\s\"&;,<>|]{1,60})")
# an INI file's section names the paper whose keys follow ("[certificate]\nnumber=8446-2026"), as an element does its
# children's: the nearest section header above a key
_SECTION = re.compile(r"(?P<name>[A-Za-zА-Яа-яЁё_][\w .\-]{0,40})")
# a key naming a paper by itself ("conclusion", "referral", "заключение") holds its number only when the value is shaped
# as one: letters of a series, then four digits and more ("ПО-056313", "Н-2231/24"), or four digits and more with a
# group after a dash or a slash ("2231-2025", "4410/М-25"); text is the paper's content, a bare number its count or sum
# ("conclusion": "1500"), a date (compact or not: 20240315, 2024-03-15, 2024-03) the day it was given
# (or a short series dashed before a long number, as a dispensing system joins a prescription's series and number:
# "rx=687-59498134", "rx=3566-9940777")
# (or six digits and more alone, the number a dispensing log writes undashed, "rx=0013642"; but a cell count, a
# concentration or a sum in kopecks has as many, so not under a key with a sum's or a count's word, "recipe_sum":
# review A r22, finding 2)
_PAPER_NUMBER = re.compile(r"\d{6,12}|(?:(?:[A-ZА-ЯЁ]{1,5}[ \-/]?\d{4,}|\d{4,}(?=[\-/])|\d{2,3}(?=[\-/]\d{6}))(?:[\-/]\d{1,8})*"
                           r"(?:[\-/][A-ZА-ЯЁ]{1,3}\d{0,4})?)")
_BARE_DIGITS = re.compile(r"\d+")
_DATE_SHAPED = re.compile(r"(?:19|20)\d\d(?:[\-/.]?(?:0[1-9]|1[0-2])(?:[\-/.]?(?:0[1-9]|[12]\d|3[01]))?)")
# ... or day first, as a note writes a date ('"referralNumber": "12/03/2024"'; review C r21, finding 12)
_DAY_FIRST_DATE = re.compile(FULL_DATE)
# a paper's "number" key (<Referral><Number>, "[prescription]\nnumber=") names the value as a number, so any grouping
# will do ("78-733647", "004512"), though not four digits and fewer (a count, a sum: "number=2500") nor a date
_NUMBERED_DIGITS = 5


def _paper_number(text: str, start: int, end: int, numbered: bool, measured: bool = False) -> bool:
    """Whether ``text[start:end]``, the value of a key naming a paper (``numbered``: its "number" key; ``measured``:
    a sum's or a count's word in it), is shaped as the paper's number rather than its content, a count or a date."""
    if _DATE_SHAPED.fullmatch(text, start, end) or _DAY_FIRST_DATE.fullmatch(text, start, end):
        return False
    if measured and _BARE_DIGITS.fullmatch(text, start, end):
        return False
    if numbered:
        return sum(ch.isdigit() for ch in text[start:end]) >= _NUMBERED_DIGITS
    return _PAPER_NUMBER.fullmatch(text, start, end) is not None
_KEY_BEFORE = re.compile(r"(?<![\w.\-])[A-Za-zА-Яа-яЁё_][\w.\-]{0,40}$")
# JSON: "key": "value" or "key": 12345
_JSON = re.compile(r"\"(?P<key>[^\"\n]{1,40})\"[ \t]*:[ \t]*(?:\"(?P<value>[^\"\n]{1,60})\"|(?P<number>\d[\d\-]{2,30}))")
# XML: <tag>value</tag>; <tag attr="..." extension|value="...">
_ELEMENT = re.compile(r"<(?P<tag>[\w:.\-]{1,60})(?:[ \t][^<>]{0,200})?>(?P<value>[^<>\n]{1,60})</(?P=tag)>")
_OPEN_TAG = re.compile(r"<(?P<tag>[\w:.\-]{1,60})(?P<attrs>[ \t][^<>]{0,300})?/?>")
_ATTRIBUTE = re.compile(r"(?P<key>[\w:.\-]+)=\"(?P<value>[^\"]{1,80})\"")
_VALUE_ATTRIBUTES = ("extension", "value", "Value")  # (CDISC ODM's <ItemData ItemOID="I.LBREFID" Value="...">, :func:`_xml`)
_TEL_SCHEME = re.compile(r"(?:tel|fax|callto):", re.IGNORECASE)


class _PersonExport:
    """Whether the export describes a person (looked up once, and only when a bare "id" asks)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: bool | None = None

    def __bool__(self) -> bool:
        if self.known is None:
            self.known = _PERSON_KEY.search(self.text) is not None
        return bool(self.known)


def _spans(text: str) -> Iterator[tuple[str, int, int]]:
    person_export: Any = _PersonExport(text)
    marks = ascii_bytes(text)  # (the ASCII marks of each reader are tested there first: see :func:`export_ids`)
    equals = text.find("=") if b"=" in marks else -1
    while equals >= 0:  # (found at each "=", the key read backwards: a regex led by a letter would try every word)
        key = _KEY_BEFORE.search(text, max(0, equals - 41), equals)
        m = _KEY_VALUE.match(text, key.start()) if key is not None else None
        if m is not None:
            yield from _typed(m.group("key"), m.start("value"), _quoted_end(text, m), text, person_export,
                              _section(text, m.start()) if "[" in text else "")
        equals = text.find("=", equals + 1)
    if b'"' in marks and ("\":" in text or "\" :" in text):
        for m in _JSON.finditer(text):
            group = "value" if m.group("value") is not None else "number"
            name = m.group("key")
            parent = json_owner(text, m.start()) if key_words(name)[-1:] and key_words(name)[-1] in _PART_WORDS else ""
            yield from _typed(name, m.start(group), m.end(group), text, person_export, parent)
    if (b"<" in marks and "</" in text) or (b">" in marks and "/>" in text):
        yield from _xml(text, person_export)
    yield from _delimited(text, person_export)


def _quoted_end(text: str, m: re.Match[str]) -> int:
    """Where a key=value's value ends: a quoted one at its closing quote, spaces and all (an XML attribute's
    'СерНомДок="83 2302998"', 'snils="123-456-789 01"'), on its line; an unquoted one at the space."""
    end = m.end("value")
    if m.group("q") and text[end : end + 1] == " ":
        close = text.find('"', end, end + _QUOTED_LONGEST)
        if close > 0 and "\n" not in text[end:close]:
            return close
    return end


_QUOTED_LONGEST = 40


def _typed(key: str, start: int, end: int, text: str, person_export: bool, parent: str = "", paper: str = ""
           ) -> Iterator[tuple[str, int, int]]:
    scheme = _TEL_SCHEME.match(text, start, end)
    if scheme is not None:
        start = scheme.end()
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'.,":
        end -= 1
    if key_words(key)[-1:] == ("value",):
        key = _system_key(text, start, end) or key
    if key_words(key)[-1:] and key_words(key)[-1] in _DATE_WORDS and _EPOCH.fullmatch(text, start, end):
        yield "DATE_TIME", start, end  # '"ts": 1712912400', 'created_at=1712912400123': Unix time, a moment of the record
        return
    if key_words(key)[-1:] == ("reference",):
        # (FHIR's Reference: "Patient/<id>" is the logical id of the patient's resource in the system that exported it)
        reference = _PATIENT_REFERENCE.fullmatch(text, start, end)
        if reference is not None and any(ch.isdigit() for ch in reference.group("id")):
            yield "MEDICAL_RECORD_NUMBER", reference.start("id"), end
        return
    kind = key_type(key, person_export)
    # (a travel or a foreign state's passport named by the key, its object's kind or its record's kind field: read as
    # another paper's number, reported RU_PASSPORT since round 26, :func:`.export_document_kinds.paper_kind`)
    travel = foreign_passport_key(key) or (bool(parent) and foreign_passport_key(parent))
    if kind is None and key_words(key)[-1:] and key_words(key)[-1] in MEASURE_WORDS:
        kind = _checked_kind(key_type(" ".join(key_words(key)[:-1]), person_export), text[start:end])
    if kind == "RU_PASSPORT" and parent and _WORDS["RU_PASSPORT"].isdisjoint(key_words(key)) \
            and key_type(parent, person_export) == "MEDICAL_RECORD_NUMBER" and parent == json_kind(text, start):
        # (a generic document's number, "docNumber", in an object whose kind member names another paper of the person's:
        # {"docType": "SANATORIUM_CARD_072U", "docNumber": "ЛН-399"}, {"type": "foreign_passport", "number": ...}; a
        # holder key names only whose the object is: {"card": {"docNumber": "4509 123456"}} holds the patient's passport)
        kind = "MEDICAL_RECORD_NUMBER"
    own = key_words(key)
    if kind is None and parent and key_words(key)[-1:] and (key_words(key)[-1] in _PART_WORDS):
        kind = key_type(f"{parent} {key}", person_export)  # <InsurancePolicy><Number>, <DOC><SER>: the enclosing element names it
        # (a patient's paper as the enclosing element: <Referral><Number>, "prescription": {"series": ..}, as its
        # attributes are, :func:`_xml`; <House><Number> names none)
        if kind is None and names_paper(key_words(parent)):
            words = key_words(key)
            if words[-1] not in _NUMBER or _paper_number(text, start, end, numbered=True):
                kind = "MEDICAL_RECORD_NUMBER"
        key = f"{parent} {key}"
    # (a key that names a paper itself, whatever object holds it; its own number word names the value as the paper's
    # number, as a "number" under a paper's element does: "referralNumber", "prescription_no")
    if kind is None and names_paper(own) and _paper_number(text, start, end, numbered=own[-1] in _NUMBER,
                                                      measured=not MEASURE_WORDS.isdisjoint(own)):
        kind = "MEDICAL_RECORD_NUMBER"
    if kind == "RU_PASSPORT" or (kind is None and parent and own[-1:] and own[-1] in _PART_WORDS):
        # (the record's document-kind field, a code of the ФНС's classifier or a name, says which paper it is:
        # :mod:`.export_document_kinds`; a part under a kind naming another paper is that paper's number)
        series = bool(set(own) & _SERIES) and not set(own) & _NUMBER
        named = document_kind(paper) if paper else kind_before(text, start, series) if kind else document_kind(parent)
        travel, named = (True, "MEDICAL_RECORD_NUMBER") if named == OTHER_PASSPORT else (travel, named)
        if named == AMBIGUOUS:  # (code 14 of either classifier: the value's structure decides, :mod:`.passport_series`)
            named = None if passport_part(text[start:end], series) else "MEDICAL_RECORD_NUMBER"
        if named == "MEDICAL_RECORD_NUMBER" and (kind or _paper_number(text, start, end, numbered=True)):
            if set(own) & _SERIES and not set(own) & _NUMBER:
                return  # (another paper's series alone, "DOC_SER: 91", "ЩП", names no one: its number does)
            kind = named
    if kind is None:
        return
    # (a cell may run on into the note's text: "..;187-758-322 34 22 года": the longest part before a
    # space that fits the type is the value)
    while end > start and not _fits(kind, text[start:end], key):
        space = text.rfind(" ", start, end)
        if space < 0:
            return
        end = space
        while end > start and text[end - 1] in " \t\"'.,":
            end -= 1
    if end > start:
        yield paper_kind(kind, text[start:end], key_words(key), travel), start, end


# (review C r21, finding 7: an amount's last key word, "polis_oms_paid", refuses an amount, not a value passing the check
# digits of the kind the other words name: a valid ЕНП, SNILS or INN is no sum)
_CHECKED = {"RU_OMS_POLICY": enp_valid, "RU_SNILS": snils_valid, "RU_INN": inn_valid}


def _checked_kind(kind: str | None, value: str) -> str | None:
    check = _CHECKED.get(kind or "")
    return kind if check is not None and check("".join(ch for ch in value if ch.isdigit())) else None


def _section(text: str, position: int) -> str:
    """The name of the INI section holding ``position`` ("" outside any): the last "[name]" that ends its line before
    it (an export pasted into a note may follow the note's text on the header's line)."""
    close = text.rfind("]\n", 0, position)
    opening = text.rfind("[", max(0, close - 42), close) if close > 0 else -1
    found = _SECTION.fullmatch(text, opening + 1, close) if opening >= 0 else None
    return found.group("name") if found is not None else ""


def _system_key(text: str, start: int, end: int) -> str:
    """The key a FHIR ``system`` beside this ``value`` stands for ("snils", "phone", "record id"), else "" (or else the
    Identifier's type code's: {"code": "PPN"}, :mod:`.identifier_types`; a code the value's shape does not fit, a PPN of
    eleven digits, and every other code, "MR", type it as a record id, as the system may name its register)."""
    typed = identifier_type_key(text, start, end)
    kind = key_type(typed) if typed and typed != RECORD_ID else None
    if kind is not None and _fits(kind, text[start:end], typed):
        return typed
    return register_key(text, start, end) or (RECORD_ID if typed else "")


def _xml(text: str, person_export: bool) -> Iterator[tuple[str, int, int]]:
    for m in _ELEMENT.finditer(text):
        # (an identity document's element with its kind's attribute holds its series and number: <Document type="21">)
        tag = f"{m.group('tag')} number" if kind_attributed(text, m.start(), m.start("value")) else m.group("tag")
        yield from _typed(tag, m.start("value"), m.end("value"), text, person_export, parent_element(text, m.start()))
    for m in _OPEN_TAG.finditer(text):
        attrs = m.group("attrs")
        if not attrs or "=\"" not in attrs:
            continue
        values = {a.group("key"): a for a in _ATTRIBUTE.finditer(text, m.start("attrs"), m.end("attrs"))}
        for name in _VALUE_ATTRIBUTES:
            value = values.get(name)
            if value is None:
                continue
            root = values.get("root")
            if root is not None:  # the SNILS register's, else some register's or system's: by its check digits, if any
                # ("<id root='<an OID>' extension='<ЕНП>'/>", a СЭМД patientRole's policy), else a record id
                key = "snils" if root.group("value") == _SNILS_OID else checked_key(value.group("value"))
            else:  # (an ODM item is named by its OID's last part, "I.LBREFID", its element's name says nothing: blind56)
                key = values["ItemOID"].group("value").rsplit(".", 1)[-1] if "ItemOID" in values else m.group("tag")
            yield from _typed(key, value.start("value"), value.end("value"), text, person_export, parent_element(text, m.start()))
        yield from _part_attributes(m.group("tag"), values, text, person_export)
        if names_paper(key_words(m.group("tag"))) and key_type(m.group("tag")) is None:  # (<Phone number=...> is a phone's)
            for start, end in number_attributes(values, key_words, _NUMBER | _SERIES | _ID_WORDS):
                yield from _typed("record id", start, end, text, person_export)


def _part_attributes(tag: str, values: dict[str, re.Match[str]], text: str, person_export: bool) -> Iterator[tuple[str, int, int]]:
    """Attributes that name only a part of a document take its type from their element, as a child
    element does from its parent: ``<Passport serial="4510" number="123456"/>``, ``<Polis
    number="..."/>``, ``<snils:Doc series="..">`` (the element says which document; the attribute
    says series or number). (The key=value pass reads each attribute by its own name: "number" alone
    names no type.)"""
    for name, value in values.items():
        words = key_words(name)
        if name in _VALUE_ATTRIBUTES or not words or not all(word in _SERIES or word in _NUMBER for word in words):
            continue
        yield from _typed(f"{tag} {name}", value.start("value"), value.end("value"), text, person_export)


_ANY_OPEN = re.compile(r"<(?P<tag>[\w:.\-]{1,60})(?:[ \t][^<>]{0,300})?>")


def parent_element(text: str, position: int) -> str:
    """The name of the nearest element opened before ``position`` and not closed by then."""
    window_start = max(0, position - 400)
    opened = [m for m in _ANY_OPEN.finditer(text, window_start, position) if not m.group().endswith("/>")]
    for m in reversed(opened):
        if f"</{m.group('tag')}>" not in text[m.end() : position]:
            return m.group("tag")
    return ""


def _delimited(text: str, person_export: bool) -> Iterator[tuple[str, int, int]]:
    """CSV/TSV: a header line of field names (no digits, three or more cells, one naming a type)
    types the cells of the lines below it that have as many cells."""
    cells = csv_cells(text)
    for key, start, end in cells:
        kind = key_type(key.strip("\"' "), person_export)
        if kind == "RU_OMS_POLICY" and TITLE_MARK.search(title_above(text, start)):
            # (a bare policy column under a title naming a voluntary insurance holds the insurer's contracts, as
            # :mod:`.table_cells` reads a table's: "Реестр счетов по ДМС\npolicy,fio,...")
            yield from _typed("dms policy", start, end, text, person_export)
        elif kind is not None:
            yield from _typed(key, start, end, text, person_export, paper=_row_kind(text, cells, start) if kind == "RU_PASSPORT" else "")
        elif numbered_label(key) and numbered_value(text[start:end]):  # ("tab_no", "№ тела": :mod:`.numbered_labels`)
            yield "MEDICAL_RECORD_NUMBER", start, end
        elif cell_label(key.strip("\"' "), False) == "MEDICAL_RECORD_NUMBER" and cell_fits("MEDICAL_RECORD_NUMBER", text[start:end]):
            # (a column the tables of bars name, "образец", "№ пробы": one lexicon for every table reader)
            yield from _typed("record id", start, end, text, person_export)


# a column of the document's kind by its words, a kind's and a document's ("Код ДУЛ", "Вид документа", "doc code")
_KIND_COLUMN = re.compile(r"(?i:код|вид|тип|code|type|kind)[ _\-]?(?i:дул|удл|док\w*|doc\w*|dul|udl)")


def _row_kind(text: str, cells: list[tuple[str, int, int]], position: int) -> str:
    """The value of the document-kind column ("doc_code", "doc_type", "Вид документа") in the CSV row of ``position``."""
    line_start = text.rfind("\n", 0, position) + 1
    for key, start, end in cells:
        key = key.strip("\"' ")
        if line_start <= start < position and (is_kind_key(key.replace("code", "type")) or _KIND_COLUMN.fullmatch(key)):
            return text[start:end]
    return ""


_CHEAP = re.compile(r"[=<]|\":|[;,\t][^\n]*\n")


@once_per_text
def export_ids(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the identifier values of ``text``'s machine-export fields (computed once per text)."""
    found: list[tuple[str, int, int]] = []
    # (the readers of :func:`_spans` need an "=", a '"', a "<" or a ">" (ASCII all, so in the text's shared ASCII bytes,
    # where a test costs ~0.05 us to the text's ~1-2 us), or the cells of a CSV table (read for the text already by
    # :mod:`.export_fields`): _CHEAP alone let ~97 % of notes through, on the comma and newline of prose)
    marks = ascii_bytes(text)
    if (b"=" in marks or b'"' in marks or b"<" in marks or b">" in marks or csv_cells(text)) and _CHEAP.search(text) is not None:
        found = list(dict.fromkeys(_spans(text)))
    dump = dump_cells(text)  # SQL dumps and YAML blocks: the same key lexicon types their values
    if dump:
        person_export: Any = _PersonExport(text)
        found = list(dict.fromkeys([*found, *(t for key, a, b in dump for t in _typed(key, a, b, text, person_export))]))
    return found


class ExportFieldRecognizer(CandidateRecognizer):
    """The values of one type in the text's machine-export fields (see the module's docstring)."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity, f"ExportField{entity.title().replace('_', '')}Recognizer")

    @staticmethod
    def group_idle(text: str) -> bool:  # (see :attr:`.base.CandidateRecognizer.group_idle`)
        return not export_ids(text)

    def candidates(self, text: str) -> Iterator[Candidate]:
        for kind, start, end in export_ids(text):
            if kind == self.entity:
                yield Candidate(kind, start, end, EXPORT_SCORE, self.name)


def export_recognizers() -> list[ExportFieldRecognizer]:
    """One recognizer per identifier type an export's field name can name (and one for Unix times under a date key)."""
    return [ExportFieldRecognizer(kind) for kind in (*_WORDS, "DATE_TIME")]
