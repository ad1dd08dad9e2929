"""Planted-PII notation shared by the PII tests: ``[[KIND|value]]`` marks a span of a type.

P person, T phone, E e-mail, U URL, D date, L location, S SNILS, I INN, Pa passport, O policy, M record number.
"""

from __future__ import annotations

import re

KINDS = {"P": "PERSON", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "D": "DATE_TIME", "L": "LOCATION", "S": "RU_SNILS", "I": "RU_INN",
         "Pa": "RU_PASSPORT", "O": "RU_OMS_POLICY", "M": "MEDICAL_RECORD_NUMBER"}


def planted(source: str) -> tuple[str, list[tuple[str, int, int]]]:
    """'Тел. [[T|22-33-44]]' -> (text, [(type, start, end)])."""
    text, spans, cursor = "", [], 0
    for match in re.finditer(r"\[\[(\w+)\|(.+?)\]\]", source):
        text += source[cursor : match.start()]
        spans.append((KINDS[match.group(1)], len(text), len(text) + len(match.group(2))))
        text += match.group(2)
        cursor = match.end()
    return text + source[cursor:], spans


def check_planted(found: list, text: str, spans: list[tuple[str, int, int]]) -> None:
    """Every marked span found with its type (span overlap, as the benchmark scores it), nothing unmarked flagged."""
    for kind, start, end in spans:
        assert any(e.type == kind and e.start < end and start < e.end for e in found), (
            f"{text[start:end]!r} not found as {kind}: {[(e.type, text[e.start:e.end]) for e in found]}"
        )
    extra = [(e.type, text[e.start : e.end]) for e in found if not any(e.start < b and a < e.end for _, a, b in spans)]
    assert extra == [], "nothing unmarked may be flagged"
