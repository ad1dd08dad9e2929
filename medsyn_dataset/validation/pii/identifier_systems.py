"""The register an identifier's system names in an export: a FHIR ``system``, an OID, or else the value's check digits.

An export names the register of a value beside the value rather than in its key: FHIR's Identifier and ContactPoint
(``{"system": "urn:oid:1.2.643.100.3", "value": "..."}``), CDA's ``<id root="OID" extension="..."/>``. This module turns
that register into the key :mod:`.export_ids` types values by ("snils", "polis", "phone", "record id"); apart, because
it reads registers and check digits, not keys.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.checksums import enp_valid, inn_valid, snils_valid

SNILS_OID = "1.2.643.100.3"  # the SNILS register's OID in Russian federal standards

# FHIR's Identifier and ContactPoint: {"system": "urn:oid:1.2.643.100.3", "value": "..."} (JSON, either order),
# <system value="..."/><value value="..."/> (XML): the system names the value's register or channel
_SYSTEM = re.compile(r"(?:\"system\"[ \t]*:[ \t]*\"|<(?:\w+:)?system[ \t]+value=\")(?P<system>[^\"\n]{1,120})\"")
_SYSTEM_WINDOW = 240
# The Russian federal register of identity-document types (НСИ "Виды документов, удостоверяющих личность",
# OID 1.2.643.2.69.1.1.1.6, the code list the integrated EMR (ИЭМК) and the regional MIS exchange in a FHIR
# Identifier's system as "urn:oid:1.2.643.2.69.1.1.1.6.<code>"): the code names the document: 223 SNILS, 226 an
# old-style OMS policy, 227 a temporary OMS certificate, 228 a uniform (new-style) OMS policy, 14 a passport.
_DOCUMENT_TYPE_REGISTER = re.compile(r"1\.2\.643\.2\.69\.1\.1\.1\.6\.(\d{1,3})$")
_DOCUMENT_TYPES = {"223": "snils", "226": "polis", "227": "polis", "228": "polis", "14": "passport"}


def register_key(text: str, start: int, end: int) -> str:
    """The key a FHIR ``system`` beside this ``value`` stands for ("snils", "phone", "record id"), else ""."""
    if "system" not in text:
        return ""
    opening = max(text.rfind("{", max(0, start - _SYSTEM_WINDOW), start), text.rfind("<identifier", max(0, start - _SYSTEM_WINDOW), start),
                  text.rfind("<telecom", max(0, start - _SYSTEM_WINDOW), start))
    if opening < 0:
        return ""
    closing = min((found for found in (text.find("}", end), text.find("</identifier", end), text.find("</telecom", end)) if found >= 0),
                  default=len(text))
    system = _SYSTEM.search(text, opening, min(closing, end + _SYSTEM_WINDOW))
    if system is None or system.start("system") <= start < system.end("system"):
        return ""  # (the system's own value attribute, read as a "value=" pair, names nothing)
    named = system.group("system").lower()
    register = _DOCUMENT_TYPE_REGISTER.search(named)
    if register is not None and register.group(1) in _DOCUMENT_TYPES:
        return _DOCUMENT_TYPES[register.group(1)]
    if SNILS_OID in named or "snils" in named:
        return "snils"
    if named in ("phone", "sms", "fax", "pager"):
        return "phone"
    if any(word in named for word in ("oms", "enp", "polis", "policy")):
        return "polis"
    # an OID or URI of some register or information system, for a value of an Identifier (a Quantity has a
    # system too: {"value": 135, "system": "http://unitsofmeasure.org"} is a measurement)
    if (":" in named or "." in named or "/" in named) and _in_identifier(text, opening):
        return checked_key(text[start:end])
    return ""


def checked_key(value: str) -> str:
    """A value's key in a register the code does not know: by its check digits (SNILS, a person's INN, an OMS ЕНП), else
    a record id (it has none: 1 in 100 passing a SNILS or INN sum, 1 in 10 sixteen-digit ones the ЕНП's, is the cost)."""
    if value.isdigit():
        if snils_valid(value):
            return "snils"
        if len(value) == 12 and inn_valid(value):
            return "inn"
        if enp_valid(value):
            return "polis"
    return "record id"


def _in_identifier(text: str, opening: int) -> bool:
    """Whether the object or element opened at ``opening`` is an Identifier: ``<identifier>``, or a JSON
    object under an "identifier" key, alone or in its array."""
    if text.startswith("<identifier", opening):
        return True
    bracket = text.rfind("[", max(0, opening - 400), opening)
    if bracket >= 0 and "]" not in text[bracket:opening]:
        opening = bracket
    return "identifier" in text[max(0, opening - 24) : opening].lower()
