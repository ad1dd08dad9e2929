"""Validation: PII leakage, near-duplicates, ICD label consistency, quality filters, release gate.

>>> from medsyn_dataset.validation import validate_notes, Policy
>>> report = validate_notes("runs/x/notes", "runs/x/validated", policy=Policy())  # doctest: +SKIP
>>> report.gate_passed  # doctest: +SKIP

Importing this package is cheap: the pipeline (and scikit-learn, Presidio...) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medsyn_dataset._lazy import lazy_getattr

if TYPE_CHECKING:
    from medsyn_dataset.validation.pipeline import validate_notes
    from medsyn_dataset.validation.policy import Policy, PolicyError, load_policy
    from medsyn_dataset.validation_report import ValidationReport

__all__ = ["Policy", "PolicyError", "ValidationReport", "load_policy", "validate_notes"]

_LAZY = {
    "validate_notes": "medsyn_dataset.validation.pipeline",
    "ValidationReport": "medsyn_dataset.validation_report",
    "Policy": "medsyn_dataset.validation.policy",
    "PolicyError": "medsyn_dataset.validation.policy",
    "load_policy": "medsyn_dataset.validation.policy",
}

__getattr__ = lazy_getattr(__name__, _LAZY)
