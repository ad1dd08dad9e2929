"""URL: a link to a host with no public domain, written without a scheme: an intranet name or an IP address.

A hospital's information systems live on its own network: the МИС, the PACS viewer, the service desk and the staff
portal are reached at names under a private suffix ("mis.gkb12.local", "pacs.okb.lan", "sd.corp", RFC 6762's ".local",
the ".internal", ".intranet", ".corp", ".lan", ".home.arpa" that networks use because no public registry sells them),
or at an IPv4 address and port ("10.12.0.45:8080"). Staff paste such links into tickets, audit logs and
notes without "https://", and the path often carries a patient's record ("/emk/patient/6530131"), so the link is a URL
as any public one is. The public recognizer (:data:`.recognizers.URL`) knows a domain by its public suffix; these rules
know the private ones:

* a dotted host name under a private suffix, with a port and a path or without;
* an IPv4 address (each part 0-255), with a port, a path that opens with a letter, or both: four
  numbers alone may be a version or a code, a port or a path makes them a place to connect to.
"""

from __future__ import annotations

import re

from medsyn_dataset.validation.pii.base import Rule
from medsyn_dataset.validation.pii.normalize import ascii_bytes

_PRIVATE_SUFFIXES = r"local|lan|internal|intranet|intra|corp|localdomain|home\.arpa"
_TAIL = r"(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?"
_PORT = r"(?::\d{2,5}(?!\d))"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# a path that opens with a letter (or "~", "_"): an address's path, not a fraction or a date after a number
_LETTER_PATH = r"/[A-Za-z_~][^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]]"

PRIVATE_HOST = Rule(
    "private host",
    re.compile(
        rf"(?<![\w@.\-/])(?P<value>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_PRIVATE_SUFFIXES}){_PORT}?{_TAIL})"
        r"(?![\w@\-]|\.[a-z0-9])",
        re.IGNORECASE,
    ),
    0.7,
    gate=lambda text: _has_private_suffix(text),
)
ADDRESS_HOST = Rule(
    "address host",
    re.compile(
        rf"(?<![\w@.\-/:])(?P<value>(?:{_OCTET}\.){{3}}{_OCTET}(?:{_PORT}(?:{_TAIL})|{_LETTER_PATH}))"
        r"(?![\w@\-])",
        re.IGNORECASE,
    ),
    0.7,
    gate=lambda text: _has_address(text),
)
# the cheap tests of the note's ASCII bytes before the patterns (which have no literal to skip to)
_PRIVATE_GATE = re.compile(rb"(?i)\.(?:" + _PRIVATE_SUFFIXES.encode() + rb")(?![a-z0-9\-])")
_ADDRESS_GATE = re.compile(rb"\d\.\d{1,3}\.\d{1,3}\.\d{1,3}[:/]")


def _has_private_suffix(text: str) -> bool:
    return _PRIVATE_GATE.search(ascii_bytes(text)) is not None


def _has_address(text: str) -> bool:
    return _ADDRESS_GATE.search(ascii_bytes(text)) is not None
