"""The validation policy: what each finding leads to, the thresholds of every check, the release gate.

A policy is a YAML file validated by pydantic (unknown keys are errors that name the key); every
field has a default, so a policy file only lists what it changes::

    actions: {dialogue: drop, near_duplicate: drop}
    pii: {min_score: 0.6}
    gate: {max_drop_share: 0.1}

Reasons scheme (``validation.reasons``): ``<action>:<reason>[:<detail>]`` where ``action`` is the
policy's action for the check (``flag``, ``redact`` or ``drop``; ``ignore`` adds nothing) and
``reason`` is the check name, except for checks that point at another text, which say so:
``exact_duplicate_of:<id>``, ``near_duplicate_of:<id>``, ``contaminated_with:<eval id>``,
``memorized_from:<source id>``; PII is ``redact:pii:<ENTITY_TYPE>`` and label noise
``flag:label_not_in_top<k>``. Examples: ``drop:refusal``, ``flag:placeholder``,
``flag:sex_mismatch:N40``, ``flag:subcode_not_of_category:K35.8``.

Decision: ``drop`` if any reason's action is drop, else ``redact`` if any is redact, else ``keep``
(flags never change the decision).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)

from medsyn_dataset.validation.quality import QualityThresholds

Action = Literal["ignore", "flag", "redact", "drop"]


class PolicyError(ValueError):
    """A policy file is invalid; the message names the file and the key."""


class _Strict(BaseModel):
    # strict: `min_words: true` is an error, not 1 (the policy has no values that need converting)
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Actions(_Strict):
    """Action per check. ``redact`` only makes sense for ``pii``; elsewhere it acts like ``flag``.

    Besides the built-in findings below, a policy may set the action of any finding of a check in
    the registry (:mod:`medsyn_dataset.validation.checks.registry`: a check's name or a key of its
    ``default_actions``), e.g. ``actions: {exclamation: drop}`` for a check registered as
    ``exclamation``. Those land in ``registered`` and are written back flat (``model_dump`` lists
    them beside the built-in ones, so a policy without them dumps and hashes as before).
    """

    empty: Action = "drop"
    too_short: Action = "drop"
    too_long: Action = "flag"
    non_russian: Action = "drop"
    refusal: Action = "drop"
    ai_disclaimer: Action = "flag"
    placeholder: Action = "flag"
    dialogue: Action = "flag"
    truncated: Action = "flag"
    repetition: Action = "flag"
    exact_duplicate: Action = "drop"
    near_duplicate: Action = "flag"
    contaminated: Action = "drop"
    memorized: Action = "flag"
    pii: Action = "redact"
    # a kept row's code becomes a ClassLabel name of the release: it must be a category of the code set
    invalid_code: Action = "drop"
    code_not_in_set: Action = "drop"
    invalid_subcode: Action = "flag"
    subcode_not_of_category: Action = "flag"
    sex_mismatch: Action = "flag"
    age_mismatch: Action = "flag"
    low_symptom_coverage: Action = "flag"
    label_not_in_top_k: Action = "flag"
    label_issue: Action = "flag"
    registered: dict[str, Action] = Field(default_factory=dict, description="actions of registered checks' findings")

    @model_validator(mode="before")
    @classmethod
    def _registered_findings(cls, data: object) -> object:
        """Move keys that name a registered check's finding into ``registered``; unknown keys stay
        and are refused (``extra="forbid"``; :func:`load_policy` lists the known names)."""
        if not isinstance(data, dict):
            return data
        known = registered_findings()
        moved = {k: v for k, v in data.items() if k not in cls.model_fields and k in known}
        if not moved:
            return data
        rest = {k: v for k, v in data.items() if k not in moved}
        return {**rest, "registered": {**rest.get("registered", {}), **moved}}

    @model_serializer(mode="wrap")
    def _flat(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data = handler(self)
        data.update(data.pop("registered", None) or {})
        return data

    def of(self, finding: str) -> Action | None:
        """The action this policy sets for ``finding``, or None when it sets none."""
        if finding in self.registered:
            return self.registered[finding]
        if finding in type(self).model_fields and finding != "registered":
            return getattr(self, finding)
        return None


def registered_findings() -> set[str]:
    """Findings a policy's ``actions`` may name beyond the built-in fields: every registered check's
    name and the keys of its ``default_actions``."""
    from medsyn_dataset.validation.checks import registry

    names: set[str] = set()
    for name, check in registry.registered().items():
        names.add(name)
        names.update(getattr(check, "default_actions", {}))
    return names - set(Actions.model_fields)


_QUALITY = QualityThresholds()  # the defaults live in one place: quality.py


class QualityPolicy(_Strict):
    min_words: int = Field(_QUALITY.min_words, ge=0, description="fewer words than this is too_short (only whitespace: empty)")
    min_chars: int = Field(_QUALITY.min_chars, ge=0)
    max_chars: int = Field(_QUALITY.max_chars, ge=1)
    min_cyrillic_share: float = Field(
        _QUALITY.min_cyrillic_share, ge=0.0, le=1.0, description="Cyrillic share of letters below this is non-Russian"
    )
    min_dialogue_turns: int = Field(_QUALITY.min_dialogue_turns, ge=1, description="doctor and patient speaker turns each")
    min_questions: int = Field(_QUALITY.min_questions, ge=1, description="question marks that make a note an interview")
    max_repeated_line_share: float = Field(_QUALITY.max_repeated_line_share, ge=0.0, le=1.0)
    min_lines_for_repetition: int = Field(_QUALITY.min_lines_for_repetition, ge=1)

    def thresholds(self) -> QualityThresholds:
        return QualityThresholds(**self.model_dump())


class PiiPolicy(_Strict):
    enabled: bool = Field(True, description="run the PII scan (the release gate fails when it did not run)")
    min_score: float = Field(
        0.5, ge=0.0, le=1.0,
        description="entities at or above this score are high-confidence (findings, redacted); the learned "
        "identifier tagger's record numbers score 0.55, so a value above that leaves them in validation.pii only, "
        "unredacted",
    )
    types: list[str] | None = Field(None, description="entity types that count (null = all)")
    redaction: Literal["placeholder", "surrogate"] = Field(
        "placeholder",
        description="what text_redacted holds in place of PII: typed placeholders (<PERSON>) or realistic "
        "surrogates of the same type and shape, consistent within a note",
    )
    surrogate_seed: int = Field(0, ge=0, description="seed of the surrogates (same seed and note: same surrogates)")
    keep_years: bool = Field(
        False,
        description="keep a year written alone ('2015', 'в 2015 г.', 'с 2019 года', '1985' of a birth): it is neither "
        "counted nor redacted and stays in validation.pii, as HIPAA's Safe Harbor method allows (it removes every "
        "element of a date but the year); false (default): a year of the person's history is a date, as the "
        "i2b2/UTHealth 2014 de-identification guidelines tag it",
    )


class NearDuplicatePolicy(_Strict):
    threshold: float = Field(0.8, gt=0.0, le=1.0, description="Jaccard similarity of word shingles")
    num_perm: int = Field(128, ge=8, le=1024)
    shingle_size: int = Field(5, ge=1, le=20)
    seed: int = Field(1, ge=0)
    false_negative_weight: float = Field(
        0.7, ge=0.0, le=1.0, description="weight of missed pairs vs. false candidates when choosing bands x rows"
    )


class ContaminationPolicy(_Strict):
    jaccard: float = Field(0.8, gt=0.0, le=1.0, description="near-duplicate of an eval text")
    containment: float = Field(0.8, gt=0.0, le=1.0, description="share of an eval text's shingles inside the note")
    min_shingles: int = Field(3, ge=1, description="eval texts with fewer shingles are judged by Jaccard only")


class MemorizationPolicy(_Strict):
    min_shared_ngram: int = Field(20, ge=5, description="a shared run of this many words is a copy")
    min_containment: float = Field(0.5, gt=0.0, le=1.0, description="share of either text found in the other")
    min_shingles: int = Field(10, ge=1, description="containment counts only when both texts have this many shingles")


class LabelPolicy(_Strict):
    label_noise: bool = Field(True, description="run the cross-validated classifier")
    top_k: int = Field(3, ge=1, le=20)
    folds: int = Field(3, ge=2, le=10)
    svd_components: int = Field(64, ge=2, le=1024)
    max_iter: int = Field(20, ge=1, le=1000, description="logistic-regression epochs (SAG)")
    max_train_rows: int = Field(6000, ge=100, description="rows the SVD and each fold's model are fitted on")
    use_cleanlab: bool = Field(False, description="also flag cleanlab's find_label_issues verdicts")
    min_symptom_coverage: float = Field(0.5, ge=0.0, le=1.0)
    seed: int = Field(0, ge=0)


class GatePolicy(_Strict):
    max_drop_share: float = Field(0.25, ge=0.0, le=1.0, description="the release fails above this share of drops")
    min_kept_rows: int = Field(1, ge=0)
    require_pii_scan: bool = True


class Policy(_Strict):
    """The whole policy. ``Policy()`` is the default policy."""

    version: Literal[1] = 1
    actions: Actions = Field(default_factory=Actions)
    quality: QualityPolicy = Field(default_factory=QualityPolicy)
    pii: PiiPolicy = Field(default_factory=PiiPolicy)
    near_duplicates: NearDuplicatePolicy = Field(default_factory=NearDuplicatePolicy)
    contamination: ContaminationPolicy = Field(default_factory=ContaminationPolicy)
    memorization: MemorizationPolicy = Field(default_factory=MemorizationPolicy)
    labels: LabelPolicy = Field(default_factory=LabelPolicy)
    gate: GatePolicy = Field(default_factory=GatePolicy)

    def policy_hash(self) -> str:
        """Short hash of the canonical JSON of every setting: equal policies hash equal."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def action(self, check: str) -> Action:
        action = self.actions.of(check)
        if action is None:
            raise KeyError(f"the policy has no action for {check!r}")
        return action


def load_policy(path: str | os.PathLike[str] | None) -> Policy:
    """The policy in a YAML file (``None`` = the default policy)."""
    if path is None:
        return Policy()
    from medsyn_dataset.io import load_yaml

    path = Path(path)
    if path.is_dir():
        raise PolicyError(f"{path}: is a folder, not a policy file")
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such policy file")
    data = load_yaml(path, PolicyError)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: expected a mapping of policy keys, got {type(data).__name__}")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(part) for part in err["loc"]) or "<root>"
            message = err["msg"]
            if err["type"] == "extra_forbidden" and err["loc"][:1] == ("actions",):
                known = sorted({*Actions.model_fields, *registered_findings()} - {"registered"})
                message = f"not a check or finding in the registry; known: {', '.join(known)}"
            problems.append(f"{key}: {message}")
        raise PolicyError(f"{path}: " + "; ".join(problems)) from None
