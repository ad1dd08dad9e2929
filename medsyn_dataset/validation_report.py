"""The validation report (``validation_report.json``) as typed dataclasses, and its file.

Like :mod:`medsyn_dataset.schema` for the note rows, this is a file format every stage may use (the
stages talk through files, not through each other's code). The validation stage writes it (:func:`medsyn_dataset.validation.pipeline.validate_notes` returns
the :class:`ValidationReport` it wrote); the builder, the release, the publisher and the dataset card
read it through :meth:`ValidationReport.read` (or take the object when they have it at hand). The
JSON layout::

    written_by        "medsyn validate" (the folder's marker; absent in the copy a release carries)
    rows, decisions, reasons, rows_flagged
    pii, duplicates, contamination, memorization, labels    the checks' sections (see checks/)
    <check>           the section of any other registered check, under its name
    text_chars, examples, gate, policy_hash, policy, inputs, timings_s

Every key is optional when reading (a missing one is ``None``: "the report does not say"); a key
this module does not know, or a value of another type, is an error naming the file and the key.
``reasons`` and ``examples`` are keyed by :attr:`medsyn_dataset.schema.Reason.key`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from medsyn_dataset.jsonrecord import JsonRecord, ReportFormatError, dump

REPORT_JSON = "validation_report.json"
REPORT_MD = "validation_report.md"

__all__ = [
    "REPORT_JSON",
    "REPORT_MD",
    "DuplicatesSection",
    "Gate",
    "GateCondition",
    "Inputs",
    "LabelNoise",
    "LabelsSection",
    "MatchSection",
    "PiiSection",
    "ReportFormatError",
    "TextChars",
    "ValidationReport",
    "failed_conditions",
]


@dataclass
class PiiSection(JsonRecord):
    """``pii``: what the PII scan found (all entities, and those at or above ``min_score``)."""

    rows_with_high_confidence_pii: int | None = None
    entities_by_type: dict[str, int] | None = None
    high_confidence_entities_by_type: dict[str, int] | None = None
    min_score: float | None = None
    scanned: bool | None = None


@dataclass
class DuplicatesSection(JsonRecord):
    """``duplicates``: exact duplicates and near-duplicate clusters, and the MinHash parameters."""

    exact_duplicate_rows: int | None = None
    near_duplicate_clusters: int | None = None
    rows_in_clusters: int | None = None
    largest_cluster: int | None = None
    threshold: float | None = None
    num_perm: int | None = None
    bands: int | None = None
    rows_per_band: int | None = None
    candidate_pairs: int | None = None
    verified_pairs: int | None = None


@dataclass
class MatchSection(JsonRecord):
    """``contamination`` / ``memorization``: rows matching an evaluation / reference text."""

    rows: int | None = None


_TOP_K = re.compile(r"top(\d+)_accuracy")


@dataclass
class LabelNoise(JsonRecord):
    """``labels.label_noise``: the out-of-fold classifier. In JSON ``top_k_accuracy`` is ``top<k>_accuracy``."""

    run: bool | None = None
    scored_rows: int | None = None
    top1_accuracy: float | None = None
    top_k: int | None = None
    top_k_accuracy: float | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Self:
        if not isinstance(data, dict):
            return super().from_json(data, where)
        renamed: dict[str, Any] = {}
        for key, value in data.items():
            match = _TOP_K.fullmatch(key)
            if match and key != "top1_accuracy":
                renamed.update(top_k=int(match.group(1)), top_k_accuracy=value)
            else:
                renamed[key] = value
        return super().from_json(renamed, where)

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out.pop("top_k", None)
        if "top_k_accuracy" in out:
            out[f"top{self.top_k}_accuracy"] = out.pop("top_k_accuracy")
        return out


@dataclass
class LabelsSection(JsonRecord):
    """``labels``: symptom coverage (the symptoms check) and the label-noise classifier (its own check)."""

    symptom_coverage_mean: float | None = None
    symptom_coverage_median: float | None = None
    rows_with_symptoms: int | None = None
    label_noise: LabelNoise | None = None


@dataclass
class TextChars(JsonRecord):
    mean: float | None = None
    median: float | None = None


@dataclass
class GateCondition(JsonRecord):
    """One condition of the release gate: passed or not, the value measured, and its limit if any."""

    ok: bool | None = None
    value: Any = None
    max: float | None = None
    min: int | None = None


@dataclass
class Gate(JsonRecord):
    passed: bool | None = None
    failed: list[str] | None = None
    conditions: dict[str, GateCondition] | None = None


@dataclass
class Inputs(JsonRecord):
    """``inputs``: what was validated, against what."""

    in_dir: str | None = None
    shards: list[str] | None = None
    reference_texts: list[str] | None = None
    reference_count: int | None = None
    eval_texts: list[str] | None = None
    eval_count: int | None = None
    code_set: int | None = None  # the number of codes in the release's code set; None: no code-set check
    # Notes written from an example can only be checked for copying it when the example pool is
    # among the reference texts (pass it with --reference-texts).
    notes_with_example: int | None = None
    notes_with_example_in_reference_pool: int | None = None

    def public(self) -> Inputs:
        """Paths cut to their names: no user folders in a published report."""
        changes: dict[str, Any] = {}
        if self.in_dir is not None:
            changes["in_dir"] = Path(self.in_dir).name
        for key in ("reference_texts", "eval_texts"):
            if getattr(self, key) is not None:
                changes[key] = [Path(p).name for p in getattr(self, key)]
        return self.replaced(**changes)


#: Keys of the checks' sections that the report types itself; other checks' sections are kept as JSON.
_SECTION_TYPES: dict[str, type[JsonRecord]] = {
    "pii": PiiSection,
    "duplicates": DuplicatesSection,
    "contamination": MatchSection,
    "memorization": MatchSection,
    "labels": LabelsSection,
}


@dataclass
class ValidationReport(JsonRecord):
    """The content of ``validation_report.json``; see the module docstring."""

    written_by: str | None = None
    rows: int | None = None
    decisions: dict[str, int] | None = None
    reasons: dict[str, int] | None = None
    rows_flagged: int | None = None
    pii: PiiSection | None = None
    duplicates: DuplicatesSection | None = None
    contamination: MatchSection | None = None
    memorization: MatchSection | None = None
    labels: LabelsSection | None = None
    #: sections of checks other than the built-in ones, by check name (their own JSON)
    other_sections: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    text_chars: TextChars | None = None
    examples: dict[str, list[str]] | None = None
    gate: Gate | None = None
    policy_hash: str | None = None
    policy: dict[str, Any] | None = None  # Policy.model_dump(mode="json") of the policy applied
    inputs: Inputs | None = None
    timings_s: dict[str, float] | None = None

    # ---- what readers ask most -------------------------------------------------------------------

    @property
    def gate_passed(self) -> bool:
        return bool(self.gate is not None and self.gate.passed)

    @property
    def timings(self) -> dict[str, float]:
        return dict(self.timings_s or {})

    @property
    def data(self) -> dict[str, Any]:
        """The report as JSON (what ``validation_report.json`` holds)."""
        return self.to_json()

    def public(self) -> ValidationReport:
        """The copy a release carries: not the validation stage's marker (``medsyn validate --out RELEASE``
        must not take the release folder for an earlier validation), input paths cut to names."""
        public = self.without("written_by")
        return public.replaced(inputs=self.inputs.public()) if self.inputs is not None else public

    # ---- JSON ------------------------------------------------------------------------------------

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Self:
        if not isinstance(data, dict):
            return super().from_json(data, where)
        known = {f.name for f in dataclasses.fields(cls)} - {"other_sections"}
        others = {k: v for k, v in data.items() if k not in known and isinstance(v, dict)}
        report = super().from_json({k: v for k, v in data.items() if k not in others}, where)
        report.other_sections = others
        return report._keep_keys(tuple(data))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in self.json_keys():
            if key == "other_sections":  # made in code: other checks' sections, after the built-in ones
                out.update(self.other_sections)
            elif key in self.other_sections:
                out[key] = self.other_sections[key]
            else:
                out[key] = dump(getattr(self, key))
        return out

    @classmethod
    def section_type(cls, key: str) -> type[JsonRecord] | None:
        """The type of the built-in section ``key`` (None for other checks' sections)."""
        return _SECTION_TYPES.get(key)

    # ---- the file --------------------------------------------------------------------------------

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> ValidationReport:
        """Read ``validation_report.json`` (or the file ``path``); bad content names the file and the key."""
        import json

        from medsyn_dataset.io import read_text

        path = Path(path)
        if path.is_dir():
            path = path / REPORT_JSON
        try:
            data = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc}); rerun `medsyn validate`") from None
        try:
            return cls.from_json(data)
        except ReportFormatError as exc:
            raise ReportFormatError(f"{path}: {exc}; rerun `medsyn validate`") from None

    def write(self, folder: str | os.PathLike[str]) -> Path:
        """Write ``folder/validation_report.json`` (atomically)."""
        from medsyn_dataset.io import atomic_write_json

        return atomic_write_json(Path(folder) / REPORT_JSON, self.to_json())


def failed_conditions(gate: Gate | None) -> list[str]:
    """The gate's failed conditions in words, e.g. ``drop_share_at_most_max (0.31, max 0.25)``."""
    if gate is None:
        return []
    lines = []
    for name in gate.failed or []:
        condition = (gate.conditions or {}).get(name) or GateCondition()
        limits = ", ".join(f"{k} {getattr(condition, k)}" for k in ("max", "min") if condition.has(k))
        detail = ", ".join(str(x) for x in (condition.value, limits) if x not in (None, ""))
        lines.append(f"{name} ({detail})" if detail else name)
    return lines
