"""Offline Russian PII detection and redaction on Presidio.

>>> from medsyn_dataset.validation.pii import PiiScanner, redact
>>> scanner = PiiScanner()
>>> text = "Пациентка Петрова М.И., тел. +7 (912) 345-67-89"
>>> entities = scanner.scan(text)
>>> redact(text, entities)
'Пациентка <PERSON>, тел. <PHONE>'

Importing this package is cheap; Presidio (and pymorphy3) load when :class:`PiiScanner` or
:func:`redact` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medsyn_dataset._lazy import lazy_getattr
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES, PLACEHOLDERS, PiiEntity

if TYPE_CHECKING:
    from medsyn_dataset.validation.pii.engine import build_analyzer
    from medsyn_dataset.validation.pii.redaction import redact
    from medsyn_dataset.validation.pii.scanner import PiiScanner

__all__ = ["ENTITY_TYPES", "PLACEHOLDERS", "PiiEntity", "PiiScanner", "build_analyzer", "redact"]

_LAZY = {
    "PiiScanner": "medsyn_dataset.validation.pii.scanner",
    "redact": "medsyn_dataset.validation.pii.redaction",
    "build_analyzer": "medsyn_dataset.validation.pii.engine",
}

__getattr__ = lazy_getattr(__name__, _LAZY)
