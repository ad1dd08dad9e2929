"""Validation checks: one module per check, registered here; see :mod:`.base` for what a check is.

=================  ======  ===============================================================
check              scope   finds
=================  ======  ===============================================================
``quality``        row     empty, too short/long, non-Russian, refusals, disclaimers, ...
``duplicates``     corpus  exact duplicates and near-duplicate clusters
``contamination``  corpus  rows that duplicate an evaluation text
``memorization``   corpus  rows that copy a reference (real) note
``codes``          row     invalid codes, codes outside the set, subcode and sex/age mismatches
``symptoms``       row     symptom lists the text does not cover
``label_noise``    corpus  codes an out-of-fold classifier does not rank among its top k
``pii``            row     personal information (redacted in ``text_redacted``)
=================  ======  ===============================================================

:data:`DEFAULT_CHECKS` is the order the pipeline runs them in (a check sees what the checks
before it found). To add one: write its module (a :class:`RowCheck` or :class:`CorpusCheck`),
add its class to :data:`BUILTIN` (or call :func:`register` for a check of your own and pass
``checks=[*DEFAULT_CHECKS, "mine"]`` to ``validate_notes``), and test it.
"""

from __future__ import annotations

from medsyn_dataset.validation.checks.base import (
    TEXT_REDACTED,
    TOKENS,
    Check,
    CheckResult,
    CorpusCheck,
    RowCheck,
    Rows,
    Section,
)
from medsyn_dataset.validation.checks.codes import CodesCheck
from medsyn_dataset.validation.checks.contamination import ContaminationCheck
from medsyn_dataset.validation.checks.duplicates import DuplicatesCheck
from medsyn_dataset.validation.checks.label_noise import LabelNoiseCheck
from medsyn_dataset.validation.checks.memorization import MemorizationCheck
from medsyn_dataset.validation.checks.pii import PiiCheck
from medsyn_dataset.validation.checks.quality import QualityCheck
from medsyn_dataset.validation.checks.registry import register, registered, resolve, unregister
from medsyn_dataset.validation.checks.symptoms import SymptomsCheck

#: The built-in checks, in the order they run by default.
BUILTIN: tuple[type[Check], ...] = (
    QualityCheck,
    DuplicatesCheck,
    ContaminationCheck,
    MemorizationCheck,
    CodesCheck,
    SymptomsCheck,
    LabelNoiseCheck,
    PiiCheck,
)
for _check in BUILTIN:
    register(_check)
DEFAULT_CHECKS: tuple[str, ...] = tuple(c.name for c in BUILTIN)

__all__ = [
    "BUILTIN",
    "DEFAULT_CHECKS",
    "TEXT_REDACTED",
    "TOKENS",
    "Check",
    "CheckResult",
    "CorpusCheck",
    "RowCheck",
    "Rows",
    "Section",
    "register",
    "registered",
    "resolve",
    "unregister",
]
