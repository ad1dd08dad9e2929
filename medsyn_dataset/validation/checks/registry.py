"""The registry of validation checks: name -> class. ``validate_notes(checks=[...])`` runs checks by name."""

from __future__ import annotations

from collections.abc import Sequence

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TEXT_REDACTED, Check

_REGISTRY: dict[str, type[Check]] = {}
#: What a check may write: the decision, reasons, quality scores and policy hash are the pipeline's.
WRITABLE = frozenset(
    {f.value for f in ValidationField}
    - {ValidationField.DECISION, ValidationField.REASONS, ValidationField.QUALITY_SCORES, ValidationField.POLICY_HASH}
) | {TEXT_REDACTED}


def register(check: type[Check]) -> type[Check]:
    """Register a check class under its ``name`` (usable as a class decorator)."""
    name = getattr(check, "name", None)
    if not isinstance(name, str) or not name:
        raise ValueError(f"{check.__name__}: a check needs a `name`")
    if getattr(check, "scope", None) not in ("row", "corpus"):
        raise ValueError(f"{check.__name__}: subclass RowCheck or CorpusCheck")
    wrong = [w for w in getattr(check, "writes", ()) if w not in WRITABLE]
    if wrong:
        raise ValueError(f"{check.__name__}: cannot write {str(wrong[0])!r}; a check writes one of {sorted(WRITABLE)}")
    known = _REGISTRY.get(name)
    if known is not None and known is not check:
        raise ValueError(f"a check named {name!r} is already registered ({known.__module__}.{known.__name__})")
    _REGISTRY[name] = check
    return check


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def registered() -> dict[str, type[Check]]:
    """Every registered check, by name, in registration order."""
    return dict(_REGISTRY)


def resolve(names: Sequence[str]) -> list[type[Check]]:
    """The check classes of ``names``, in that order; an unknown or repeated name is an error."""
    if len(set(names)) != len(names):
        raise ValueError(f"checks: a check is named twice in {list(names)}")
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        raise ValueError(f"checks: unknown check {unknown[0]!r}; registered: {', '.join(_REGISTRY)}")
    return [_REGISTRY[n] for n in names]
