"""Identifiers unique by construction: DICOM UIDs (ISO OIDs) and UUIDs.

A DICOM UID (a study, series or instance) is recognisable by its own grammar: an ISO OID, digits
joined by single dots ("1.2.643.5.1.13.13.12.2.26.8334.0.420672.20211114"); ten components and more
stand for nothing else in a note, after a UID cue five do.
A UUID (RFC 4122) is what an information system gives a patient, a case, a document or an order.

Why a module of its own: these are read by their own grammar, with no document noun or sign, where
:mod:`.document_numbers` reads a noun, a window, a sign and a value; it calls them at their gates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medsyn_dataset.validation.pii.base import digit_runs, matches_at
from medsyn_dataset.validation.pii.record_values import NUMBERED_SCORE, SIGNED_SCORE

# ----- DICOM UIDs (ISO OIDs) ---------------------------------------------------------------------------
# (a UID opens with the arc it is issued under: ISO member bodies "1.2." (1.2.840 US, 1.2.643 Russia, ...),
# identified organisations "1.3.", countries "2.16.", UUID-derived UIDs "2.25.")
OID_START = re.compile(rb"[012]\.\d+\.\d+\.\d+\.\d")
_OID = re.compile(r"(?<![\w.])[0-2](?:\.\d{1,20}){4,}(?![\w]|\.\d)")
_UID_CUE = re.compile(r"(?:uid|oid|идентификатор\w*)[ \t]*[:=]?[ \t]*$", re.IGNORECASE)
# (a document's number label before an OID with a serial in it: an electronic prescription's or a СЭМД's number is an
# OID issued under its organisation's, "Рецепт серия/номер 1.2.643.5.1.13.8508.85045318", "№ 1.2.643.5.1.13.13.12.2.77.7973.100412")
_NUMBER_CUE = re.compile(r"(?:номер\w*|№|no\.?|number|#)[ \t]*[:=]?[ \t]*$", re.IGNORECASE)
_LONG_OID = 9  # dots: ten components
_SHORT_UID = 5  # dots: six components, the last a serial
_SERIAL_LAST = re.compile(r"\.\d{5,}$")


# an OID that names a register or a code system, not one patient's study: an XML attribute's "root", "codeSystem"
# (and a FHIR identifier's "system": "urn:oid:1.2.643.5.1.13.13.12.2.66.101" names the register of the value beside it)
_REGISTER_ATTRIBUTE = re.compile(r"(?:(?:root|codeSystem|templateId)=\"|urn:oid:)$", re.IGNORECASE)
# a UID made for one study holds a serial, a date or a time (five digits or more in a component); the OIDs of
# an organisation or a register ("1.2.643.5.1.13.13.12.2.77.7973") have short components only
_SERIAL = re.compile(r"\d{5}")


def _oid_starts(text: str) -> Iterator[int]:
    """Where an OID may start: a run of one digit 0, 1 or 2 with a stop and a digit after it."""
    for run in digit_runs(text):
        start = run.start()
        if run.end() == start + 1 and text[start] in "012" and text[run.end() : run.end() + 1] == "." \
                and text[run.end() + 1 : run.end() + 2].isdigit():
            yield start


def oids(text: str) -> Iterator[tuple[int, int, float]]:
    for match in matches_at(_OID, text, _oid_starts(text)):
        if _REGISTER_ATTRIBUTE.search(text, max(0, match.start() - 20), match.start()):
            continue
        dots = match.group().count(".")
        # (ten components with a serial, or six and more ending in a serial: an object's UID issued under its
        # organisation's OID, "1.2.643.5.1.13.19113.569724"; a register's OID ends in a short component)
        long = (dots >= _LONG_OID and _SERIAL.search(match.group()) is not None) or (
            dots >= _SHORT_UID and _SERIAL_LAST.search(match.group()) is not None)
        numbered = _SERIAL.search(match.group()) is not None and _NUMBER_CUE.search(text, max(0, match.start() - 12), match.start())
        if long or numbered or _UID_CUE.search(text, max(0, match.start() - 30), match.start()):
            yield match.start(), match.end(), NUMBERED_SCORE


# ----- UUIDs (RFC 4122) ----------------------------------------------------------------------------
# A UUID, 8-4-4-4-12 hexadecimal digits, is what an information system gives a patient, a case, a document or an
# order ("идентификатор пациента: 3f2c9a1e-8b4d-4e6f-a0b1-2c3d4e5f6a7b", "GUID документа"); no clinical value has
# its shape, so it is taken wherever it stands (a note has four dashes at least before it is looked for)
_UUID = re.compile(r"(?<![\w\-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w\-])")


def uuids(text: str) -> Iterator[tuple[int, int, float]]:
    """Tried only where a dash has three more at the places a UUID puts them (a note's dashes are few)."""
    dash = text.find("-", 8)
    while dash >= 0:
        if text[dash + 5 : dash + 6] == "-" and text[dash + 10 : dash + 11] == "-" and text[dash + 15 : dash + 16] == "-":
            match = _UUID.match(text, dash - 8)
            if match is not None:
                yield match.start(), match.end(), SIGNED_SCORE
                dash = text.find("-", match.end())
                continue
        dash = text.find("-", dash + 1)
