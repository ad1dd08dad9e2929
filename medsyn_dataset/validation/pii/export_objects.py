"""The object an export's member belongs to, and what that object is about: one reading for every export reader.

A member that names only a part of an identifier (``"series"``, ``"number"``, ``"value"``) means what its object
is about: a sibling member that names the object's kind (``{"type": "passport", "number": ...}``, YAML's
``kind: snils``), else the key that holds the object (``"passport": {...}``, ``"ids": [{...}]``, YAML's
``passport:`` above its block). JSON is read here (:func:`json_owner`, :func:`holder_key`); YAML's mappings in
:mod:`.dump_cells`, with the same words. (:mod:`.export_ids` types the parts, :mod:`.export_fields` reads a
person's or an address object's members, :mod:`.dump_cells` the YAML blocks.)
"""

from __future__ import annotations

import re

# ("serial": how an English-speaking schema's attribute names a document's series, <Passport serial="..">)
SERIES_WORDS = frozenset(("series", "seria", "serija", "ser", "serial", "серия"))
NUMBER_WORDS = frozenset(("number", "num", "no", "nomer", "номер", "nr"))
# the last word of a key that names only a part of an identifier: the object says whose. (Not "id": an object's
# own "id" is its id, and a drug's or a lab's is no one's record; not "code": a service's or a diagnosis's code.)
PART_WORDS = SERIES_WORDS | NUMBER_WORDS | frozenset(("value", "extension"))
# member keys (lower case, no separators) whose value names what the object's other members are: "type": "passport",
# "docType", "vid" (вид документа), "tip", FHIR's "system": "snils". (Not "name": a policy's "name" is its insurer's.)
KIND_KEYS = frozenset(("type", "kind", "vid", "doctype", "documenttype", "tip", "system"))

_SEPARATORS = re.compile(r"[_\-.]")
_MEMBER = re.compile(r"\"(?P<key>[\w.\-]{1,40})\"[ \t]*:[ \t]*\"(?P<value>[^\"\n]{1,40})\"")
# the key of the object or array that holds a member: '"address": {', '"ids": [{', "'patient':\n  {"
_HOLDER = re.compile(r"[\"'](?P<key>[\w.\-]{1,40})[\"']\s*:\s*\[?\s*$")
OWNER_WINDOW = 300  # how far back the object's opening brace is looked for


def is_kind_key(key: str) -> bool:
    """Whether a member's key names its object's kind (``"type"``, ``"doc_type"``, ``"documentType"``)."""
    return _SEPARATORS.sub("", key.lower()) in KIND_KEYS


def open_object(text: str, position: int) -> int:
    """Where the JSON object still open at ``position`` opens (within :data:`OWNER_WINDOW`), else -1."""
    brace = text.rfind("{", max(0, position - OWNER_WINDOW), position)
    return -1 if brace < 0 or "}" in text[brace:position] else brace


def holder_key(text: str, brace: int) -> str:
    """The key that holds the object opened at ``brace``, alone or in an array, else ""."""
    found = _HOLDER.search(text, max(0, brace - 48), brace)
    return found.group("key") if found is not None else ""


def json_kind(text: str, position: int) -> str:
    """The value of the kind member of the JSON object around ``position`` (``"type": "foreign_passport"``), else ""."""
    brace = open_object(text, position)
    return "" if brace < 0 else _kind_member(text, position, brace)


# a kind member's value that is a code of a documented classifier, and the word it stands for: 21 of the tax service's
# classifier of identity documents (СПДУЛ, приказ ФНС № ММВ-7-11/477@), "Паспорт гражданина Российской Федерации", as the
# tax, social fund and МСЭ exchanges write it ({"type": "21", "seriesNumber": ...})
_KIND_CODES = {"21": "passport"}


def _kind_member(text: str, position: int, brace: int) -> str:
    close = text.find("}", position)
    for member in _MEMBER.finditer(text, brace, close if close > 0 else len(text)):
        # a member of an object nested inside this one ({"person": {"doc": {"type": "21"}}}) names that object's kind,
        # not this one's: its braces before it are not all closed
        nested = text.count("{", brace + 1, member.start()) - text.count("}", brace + 1, member.start())
        if nested == 0 and is_kind_key(member.group("key")):
            return _KIND_CODES.get(member.group("value"), member.group("value"))
    return ""


# the keys of a generic container, an object that is no paper of its own but the data of the object holding it: what that
# object is about, its kind member or its holder key, is the container's too ({"document": {"kind": "21", "data":
# {"seriesNumber": ...}}}; review C r21, finding 12); an object under any other key, or with a kind of its own, keeps its own
_CONTAINER_KEYS = frozenset(("data", "details", "detail", "info", "attributes", "attrs", "body", "content", "payload", "fields"))
_CONTAINER_DEPTH = 3  # (containers looked through, one in another; review A r22, finding 14)


def json_owner(text: str, position: int) -> str:
    """What the JSON object around ``position`` is about: its kind member's value, else its holder key (a generic
    container's: what the object holding it is about), else ""."""
    brace = open_object(text, position)
    if brace < 0:
        return ""
    own = _kind_member(text, position, brace) or holder_key(text, brace)
    for _ in range(_CONTAINER_DEPTH):  # (a container in a container, JSON:API's "data": {"attributes": ...}: on up)
        outer = open_object(text, brace) if own.lower() in _CONTAINER_KEYS else -1
        if outer < 0:
            break
        own, brace = _kind_member(text, brace, outer) or holder_key(text, outer) or own, outer
    return own
