"""DICOM header fields quoted in a record: the attribute's NAME or TAG says what its value is.

A radiology report, a PACS viewer's overlay or a dump of a study's header (``dcmdump``, pydicom,
gdcm) writes a study's attributes as "Patient Name: IVANOV^IVAN^IVANOVICH", "Patient's Birth Date
19530912", "(0010,0020) LO [1234567]", "(0008, 0050) Accession Number  SH: 'CT2401230001'". The values
follow DICOM's value representations (PS3.5 §6.2), not Russian prose: a person name (PN) is
family^given^middle^prefix^suffix, a date (DA) is YYYYMMDD, a time (TM) HHMMSS, a unique id (UI)
a dotted OID ("1.2.643.5.1.13..."). So the attribute decides, by its keyword or name written in any
of the usual ways (normalised: case, spaces, "'s", "_" and "-" dropped: "Patient's Name",
"PatientName", "PATIENT NAME") or by its tag (PS3.6 data dictionary), and the value must fit its
representation. The attributes read are those of a patient and a study that identify them (PS3.15
Annex E, the basic de-identification profile): names of the patient and of the staff, the patient's
ids, birth date, address and phones, accession number, study/series/instance UIDs and ids, and the
study's dates and times.

A name in PN form ("LARIONOVA^ANZHELA^ELDAROVNA") is read also without an attribute before it:
two to five '^'-separated words of letters are no prose of any language (HL7 messages, whose coded
values look alike, are read by their own module, :mod:`.hl7`, and skipped here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import lowered, word_starts
from medsyn_dataset.validation.pii.field_dates import date_at
from medsyn_dataset.validation.pii.identifier_systems import checked_key
from medsyn_dataset.validation.pii.placeholder_names import PLACEHOLDER_NAMES

PERSON, MRN, DATE, LOCATION, PHONE = "PERSON", "MEDICAL_RECORD_NUMBER", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
# the patient's own identifiers (Patient ID, Other Patient IDs: PS3.3 C.7.1.1, "other identification numbers or codes
# used to identify the patient"): a record number, unless the value's check digits make it a national identifier
# (:func:`_patient_id_type`)
PATIENT_ID = "PATIENT_ID"
_NAMES: dict[str, str] = {
    **dict.fromkeys((
        "patientname", "otherpatientnames", "patientmotherbirthname", "referringphysicianname", "referringphysician",
        "performingphysicianname", "performingphysician", "nameofphysiciansreadingstudy", "nameofphysicianreadingstudy",
        "readingphysician", "physiciansofrecord", "operatorsname", "operatorname", "requestingphysician",
        "scheduledperformingphysicianname", "consultingphysicianname", "responsibleperson",
    ), PERSON),
    **dict.fromkeys((
        "accessionnumber", "accessionno", "accessionnr", "accession", "studyinstanceuid",
        "studyuid", "seriesinstanceuid", "seriesuid", "sopinstanceuid", "studyid", "admissionid", "requestedprocedureid",
        "scheduledprocedurestepid", "performedprocedurestepid", "medicalrecordlocator",
    ), MRN),
    **dict.fromkeys(("patientid", "otherpatientids"), PATIENT_ID),
    **dict.fromkeys((
        "patientbirthdate", "patientdob", "patientbirthtime", "studydate", "seriesdate", "acquisitiondate", "contentdate",
        "instancecreationdate", "performedprocedurestepstartdate", "scheduledprocedurestepstartdate", "acquisitiondatetime",
        "studytime", "seriestime", "acquisitiontime", "contenttime", "admittingdate", "admittingtime", "dischargedate",
        "dischargetime", "lastmenstrualdate", "scheduledprocedurestependdate", "performedprocedurestependdate",
    ), DATE),
    # where the patient lives, to the country (PS3.15 Annex E removes all three)
    **dict.fromkeys(("patientaddress", "countryofresidence", "regionofresidence"), LOCATION),
    **dict.fromkeys(("patienttelephonenumbers", "patienttelephonenumber"), PHONE),
}
# PS3.6 tags of the same attributes ("0010,0010" ...)
_TAGS: dict[str, str] = {
    **dict.fromkeys(("00100010", "00101001", "00101060", "00080090", "00081050", "00081060", "00081070", "00321032",
                     "00081048", "00400006"), PERSON),
    **dict.fromkeys(("00100020", "00101000"), PATIENT_ID),
    **dict.fromkeys(("00080050", "0020000d", "0020000e", "00080018", "00200010", "00380010",
                     "00401001", "00400009", "00400253"), MRN),
    **dict.fromkeys(("00100030", "00100032", "00080020", "00080021", "00080022", "00080023", "00080012", "0008002a",
                     "00080030", "00080031", "00080032", "00080033", "00400244", "00380020", "00380021", "00380030",
                     "00380032", "001021d0", "00400004", "00400250"), DATE),
    **dict.fromkeys(("00101040", "00102150", "00102152"), LOCATION),
    **dict.fromkeys(("00102154",), PHONE),
}
# words an attribute's name starts with (lower case), where the label reader is tried
_ANCHORS = ("patient", "other", "accession", "study", "series", "sop", "referring", "performing", "name", "reading",
            "physician", "operator", "requesting", "scheduled", "consulting", "responsible", "admission", "requested",
            "performed", "acquisition", "content", "instance", "medical", "admitting", "discharge", "last", "country",
            "region", "(00")
# a header quotes some attribute of the patient, the study or its staff: one of these words is in it (the
# cheap test before the anchors above are looked for one by one)
_GATE = ("patient", "accession", "study", "series", "physician", "operator", "uid", "(00", "instance")
_LABEL = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ _\-]?[A-Za-z][A-Za-z'’]*){0,6}")
_LABEL_WORD = re.compile(r"[A-Za-z][a-z'’]*|[A-Z]+(?![a-z])")
_TAG = re.compile(r"\((?P<group>[0-9A-Fa-f]{4}),[ \t]?(?P<element>[0-9A-Fa-f]{4})\)(?:[ \t]+[A-Za-z'’][A-Za-z'’ \-]{0,60}?)??")
# the value representations of PS3.5 §6.2 (a closed list of two capitals)
_VR = "AE|AS|AT|CS|DA|DS|DT|FL|FD|IS|LO|LT|OB|OD|OF|OW|PN|SH|SL|SQ|SS|ST|TM|UI|UL|UN|US|UT"
# between the attribute and its value: a value representation ("PN", "(DA)"), then ":", "=", "[" or a quote; or a
# bare one of the closed list between spaces, as a dump's columns stand ("(0008,0020) StudyDate  DA  20210303",
# tag, keyword, VR, value: dcmdump, gdcm and pydicom print so)
_BETWEEN = re.compile(
    r"(?:[ \t]*\.+)?[ \t]*(?:\(?[A-Z]{2}\)?(?=[ \t]*[:=\['\"])|(?:" + _VR + r")(?=[ \t]+[^\s:=]))?[ \t]*"
    r"(?P<sep>[:=]|[#№][ \t]*:?|(?=[\['\"]))?[ \t]*(?P<open>[\['\"])?")
# a dump's keyword after a tag, before its bare value representation ("(0010,0030) PatientBirthDate DA ...")
_TAG_KEYWORD = re.compile(r"[ \t]+[A-Za-z][A-Za-z'’]{1,60}(?=[ \t]+(?:" + _VR + r")[ \t])")
_UID = re.compile(r"\d+(?:\.\d+){3,}")
_COMPACT_DATE = re.compile(r"(?:1[89]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d(?:[0-5]\d(?:\.\d{1,6})?)?)?")
_TIME = re.compile(r"(?:[01]\d|2[0-3])(?::?[0-5]\d)(?::?[0-5]\d(?:\.\d{1,6})?)?")
_PN = re.compile(r"[^\W\d_][\w'’\-]*(?:[ ][^\W\d_][\w'’\-]*)*")
# family^given^middle[^prefix^suffix]: parts of letters (a hyphen or apostrophe inside), no spaces
# (a space ends the name: "IVANOV^IVAN Patient DOB: ..."), the family part of two letters or more
_CARET_NAME = re.compile(
    r"(?<![\w^])(?P<name>[^\W\d_]{2,}(?:['’\-][^\W\d_]+)*(?:\^(?:[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?)?){1,4})(?![\w^])")
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Dipl)\.?[ \t]+", re.IGNORECASE)
_PLACEHOLDERS = PLACEHOLDER_NAMES | {"none", "na"}
_MAX_VALUE = 80


def _normal(label: str) -> str:
    words = [w.lower() for w in _LABEL_WORD.findall(label.replace("’s", "").replace("'s", "").replace("s'", "s"))]
    return "".join(words)


# DICOM's own JSON and XML encodings (PS3.18 F.2, PS3.19 A.1): the tag names the attribute, the value
# stands in "Value" ('"00100030": {"vr": "DA", "Value": ["19590607"]}') or <Value>
# ('<DicomAttribute tag="00100030" vr="DA"><Value number="1">19590607</Value>'); a name's
# "Alphabetic" string too ('"Value": [{"Alphabetic": "KRYLOV^IGOR"}]')
_JSON_ATTRIBUTE = re.compile(
    r"\"(?P<tag>[0-9A-Fa-f]{8})\"[ \t]*:[ \t]*\{[ \t]*\"vr\"[ \t]*:[ \t]*\"[A-Z]{2}\"[ \t]*,[ \t]*\"Value\"[ \t]*:[ \t]*\["
    r"[ \t]*(?:\{[ \t]*\"Alphabetic\"[ \t]*:[ \t]*)?\"(?P<value>[^\"\n]{1,80})\""
)
_XML_ATTRIBUTE = re.compile(r"<DicomAttribute\b[^<>]*?\btag=\"(?P<tag>[0-9A-Fa-f]{8})\"[^<>]*>[ \t\r\n]*<Value\b[^<>]*>(?P<value>[^<>\n]{1,80})</Value>")


def _encoded_attributes(text: str) -> Iterator[tuple[str, int, int]]:
    for pattern, gate in ((_JSON_ATTRIBUTE, '"vr"'), (_XML_ATTRIBUTE, "<DicomAttribute")):
        if gate in text:
            for match in pattern.finditer(text):
                kind = _TAGS.get(match.group("tag").lower())
                span = _fitting(kind, match.group("value"), True) if kind is not None else None
                if kind is not None and span is not None:
                    start, end = match.start("value") + span[0], match.start("value") + span[1]
                    yield _patient_id_type(text[start:end], text) if kind == PATIENT_ID else kind, start, end


# a unique id (UI: a dotted OID, PS3.5 §9) after the word "UID" in a label of any language ("UID
# исследования: 1.2.840...", "Study UID 1.2.643..."): a study's, series' or image's, i.e. a record number
_UID_AFTER_CUE = re.compile(r"uid\b[^\n\d]{0,30}?(?P<value>[0-2](?:\.\d+){5,}(?![\d.]))", re.IGNORECASE)


def dicom_fields(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity type, start, end) of the values of the DICOM attributes quoted in ``text``."""
    yield from _encoded_attributes(text)
    lower = lowered(text) or text.lower()
    if not any(word in lower for word in _GATE):
        return
    for start in word_starts(lower, ("uid",)):
        uid = _UID_AFTER_CUE.match(text, start)
        if uid is not None:
            yield MRN, uid.start("value"), uid.end("value")
    for start in word_starts(lower, _ANCHORS):
        if text.startswith("(", start):
            tag = _TAG.match(text, start)
            if tag is not None:
                kind = _TAGS.get((tag.group("group") + tag.group("element")).lower())
                if kind is not None:
                    keyword = _TAG_KEYWORD.match(text, tag.end())
                    yield from _value(kind, text, tag.end() if keyword is None else keyword.end(), labelled=True)
            continue
        label = _LABEL.match(text, start)
        if label is None:
            continue
        words = [m for m in re.finditer(r"[A-Za-z'’]+", label.group())]
        for count in range(len(words), 0, -1):  # the longest attribute name the words start with
            end = start + words[count - 1].end()
            kind = _NAMES.get(_normal(text[start:end]))
            if kind is not None:
                yield from _value(kind, text, end, labelled=False)
                break


def _value(kind: str, text: str, position: int, labelled: bool) -> Iterator[tuple[str, int, int]]:
    between = _BETWEEN.match(text, position)
    if between is None:
        return
    start = between.end()
    closer = {"[": "]", "'": "'", '"': '"'}.get(between.group("open") or "")
    stop = _value_end(text, start, closer)
    value = text[start:stop]
    separated = labelled or between.group("sep") is not None or closer is not None
    span = _fitting(kind, value, separated)
    if span is not None:
        found = value[span[0] : span[1]]
        yield _patient_id_type(found, text) if kind == PATIENT_ID else kind, start + span[0], start + span[1]


#: the type a register's key the check digits give (:func:`.identifier_systems.checked_key`) stands for
_CHECKED_TYPES = {"snils": "RU_SNILS", "inn": "RU_INN", "polis": "RU_OMS_POLICY"}


# the Issuer of Patient ID (0010,0021) by its tag or its name: where the header names who assigned the ids, it decides
# (:mod:`.policy_records` reads an insurer there as the policy's), not the check digits
_ISSUER = re.compile(r"\(0010,[ \t]?0021\)|00100021|issuer[ _']?of[ _']?patient", re.IGNORECASE)


def _patient_id_type(value: str, text: str) -> str:
    """A patient id's type where no Issuer of Patient ID is quoted: a national identifier whose check digits hold (a
    ЕНП's sixteen digits with its Luhn digit, a SNILS, a person's INN; the ЕНП is the id that follows a patient across
    Russian systems, ЕГИСЗ's too), else a record number (1 in 10 sixteen-digit and 1 in 100 eleven- or twelve-digit
    record numbers pass by chance: both types are redacted alike)."""
    if _ISSUER.search(text):
        return MRN
    return _CHECKED_TYPES.get(checked_key(value), MRN)


def _value_end(text: str, start: int, closer: str | None) -> int:
    limit = min(len(text), start + _MAX_VALUE)
    if closer is not None:
        found = text.find(closer, start, limit)
        return found if found >= 0 else start
    stop = limit
    for mark in ("\n", "\r", "\t", "  ", "|"):
        found = text.find(mark, start, stop)
        if found >= 0:
            stop = found
    return stop


def _fitting(kind: str, value: str, separated: bool) -> tuple[int, int] | None:
    """The part of ``value`` that fits the attribute's value representation (a value after no ":"
    must have a shape no prose has: a digit, a '^' or a compact date)."""
    if kind in (MRN, PATIENT_ID):
        token = value.split()[0] if value.split() else ""
        token = token.rstrip(".,;")
        if token and any(ch.isdigit() for ch in token) and (len(token) <= 64):
            offset = value.find(token)
            return offset, offset + len(token)
        return None
    if kind == DATE:
        stripped = value.lstrip()
        offset = len(value) - len(stripped)
        for pattern in (_COMPACT_DATE, _TIME):
            match = pattern.match(stripped)
            if match is not None and not stripped[match.end() : match.end() + 1].isdigit():
                return offset, offset + match.end()
        return date_at(value, 0, min(len(value), 24)) if separated else None
    if kind == PERSON:
        stripped = value.lstrip()
        offset = len(value) - len(stripped)
        caret = _CARET_NAME.match(stripped)
        if caret is not None:
            return offset, offset + len(caret.group("name").rstrip("^"))
        title = _TITLE.match(stripped)
        if title is not None:  # "Dr. Sokolov": the name after its title
            offset, stripped = offset + title.end(), stripped[title.end() :]
        plain = _PN.match(stripped) if separated else None
        if plain is not None and not {w.lower() for w in plain.group().split()} <= _PLACEHOLDERS:
            words = plain.group().split()[:4]
            if all(w[0].isupper() for w in words):
                return offset, offset + len(" ".join(words))
        return None
    digits = sum(ch.isdigit() for ch in value)
    stripped = value.strip().rstrip(".,;")
    offset = value.find(stripped[:1]) if stripped else 0
    if kind == PHONE and separated and 5 <= digits <= 15:
        return offset, offset + len(stripped)
    if kind == LOCATION and separated and sum(ch.isalpha() for ch in stripped) >= 3:
        return offset, offset + len(stripped)
    return None


def caret_names(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Names in PN/XPN form anywhere ("LARIONOVA^ANZHELA^ELDAROVNA"), outside the ``skip`` spans
    (HL7 segments): every part letters, the first of two letters or more, no placeholder."""
    if "^" not in text:
        return
    for match in _CARET_NAME.finditer(text):
        start = match.start("name")
        if any(a <= start < b for a, b in skip):
            continue
        value = match.group("name").rstrip("^")
        parts = [p for p in value.split("^") if p]
        if len(parts) >= 2 and not {p.lower() for p in parts} & _PLACEHOLDERS and all(len(p.rstrip(".")) >= 1 for p in parts):
            yield start, start + len(value)
