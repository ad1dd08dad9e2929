"""PII that generalises (issue #10, round 22): the findings the reviews of round 21 left open.

Marks as in :mod:`support.pii_marks`; the examples are our own or the reviews' reproducers.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner


def _typed(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)]


# Review C of round 21, finding 13: an infinitive or imperative of calling and the one to call (a dative) name the
# number to call; only a past tense reads a dashed date after it as when the call was
@pytest.mark.parametrize("text, expected", [
    ("Позвонить сыну 12-05-14.", [("PHONE_NUMBER", "12-05-14")]),
    ("Перезвоните дочери 12-05-14", [("PHONE_NUMBER", "12-05-14")]),
    ("Звонить матери 21-07-33", [("PHONE_NUMBER", "21-07-33")]),
    ("Позвонить сыну 45-05-14.", [("PHONE_NUMBER", "45-05-14")]),
    # (a past tense: when the call was; no one to call: a date to call on)
    ("Позвонили сыну 12-05-14.", [("DATE_TIME", "12-05-14")]),
    ("Созвонились 12-03-19 с сыном", [("DATE_TIME", "12-03-19")]),
    ("Позвонить 12-05-14", [("DATE_TIME", "12-05-14")]),
    ("Позвонить завтра 12-05-14", [("DATE_TIME", "12-05-14")]),
])
def test_a_verb_to_call_someone_names_the_number_a_past_one_the_day(scanner: PiiScanner, text: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert _typed(scanner, text) == expected
