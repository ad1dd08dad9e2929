"""A local phone number as the field after an address in a list row, with no phone word.

A call list, a home-visit round or an ambulance log writes one row per patient, its fields apart by
dashes or semicolons: "2) Лыткин, 86 л. — д. Берёзовка, д. 52 — 3-38-01 — ОРВИ". The number after
the address (a house or flat number ends it: "д. 8", "кв. 87", "д 52/1") is the patient's contact,
although no "тел." names it: a row lists the address, then the phone. A dashed local number
("3-38-01", "45-12-07", "245-67-89") is taken there only, as a whole field (a separator or the
line's end after it); the same number with no address before it ("— 25-14-56 —" in a note) is left
to the phone-word rules, which leave it alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# an address's last part (a house, building or flat number), a field separator, the number, then the field's end
_AFTER_ADDRESS = re.compile(
    r"(?<![\w])(?:кв|д|дом|корп|к|стр)\.?[ \t]?\d{1,4}[а-яё]?(?:/\d{1,3})?[ \t]*[—–\-;,][ \t]*"
    r"(?P<value>\d{1,3}-\d{2}-\d{2})(?=[ \t]*(?:[—–;,|)]|$|\n))",
    re.IGNORECASE,
)
# a dashed local number's tail ("-38-01"), found by a search that opens with its literal dash
_GATE = re.compile(r"-(?<=\d-)\d\d-\d\d")


def phones_after_address(text: str) -> Iterator[tuple[int, int]]:
    """Spans of local numbers standing as the field after an address (see the module's docstring)."""
    gate = _GATE.search(text)
    if gate is None:
        return
    for found in _AFTER_ADDRESS.finditer(text, max(0, gate.start() - 40)):
        yield found.span("value")
