"""From decided rows to the report: counts over the rows (:class:`RecordTally`), the release gate,
and :func:`build_report`, which puts them together with the checks' sections.

The gate passes only when the PII scan ran, no kept row carries unredacted high-confidence PII,
no contaminated row is kept, the drop share is at most the policy's maximum and enough rows are kept.
The tally keeps counts, a few example ids per reason and the text lengths: it can take the rows
shard by shard.
"""

from __future__ import annotations

import array
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from medsyn_dataset.jsonrecord import JsonRecord
from medsyn_dataset.outputs import VALIDATE
from medsyn_dataset.schema import DECISIONS, ValidationRecord
from medsyn_dataset.validation.policy import Policy
from medsyn_dataset.validation_report import (
    Gate,
    GateCondition,
    Inputs,
    TextChars,
    ValidationReport,
)

EXAMPLES_PER_REASON = 5


@dataclass
class RecordTally:
    """What the report counts over the decided rows."""

    rows: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # by Reason.key
    rows_flagged: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    unredacted_pii_kept: int = 0
    contaminated_kept: int = 0
    text_lengths: array.array[int] = field(default_factory=lambda: array.array("q"))  # 8 bytes a row

    def add(self, note_id: str, record: ValidationRecord, text: str) -> None:
        self.rows += 1
        self.decisions[record.decision or ""] += 1
        self.text_lengths.append(len(text))
        for reason in record.reasons:
            self.reasons[reason.key] += 1
            bucket = self.examples.setdefault(reason.key, [])
            if len(bucket) < EXAMPLES_PER_REASON and note_id not in bucket:
                bucket.append(note_id)
        if any(r.action == "flag" for r in record.reasons):
            self.rows_flagged += 1
        if record.decision == "keep" and any(r.check == "pii" for r in record.reasons):
            self.unredacted_pii_kept += 1
        if record.decision != "drop" and record.contaminated_with:
            self.contaminated_kept += 1

    def text_chars(self) -> TextChars:
        lengths = self.text_lengths
        return TextChars(
            mean=round(statistics.fmean(lengths), 1) if lengths else 0,
            median=statistics.median(lengths) if lengths else 0,
        )


def gate(tally: RecordTally, policy: Policy, pii_scanned: bool) -> Gate:
    """The release gate over the tally (see the module docstring)."""
    n = tally.rows
    dropped = tally.decisions.get("drop", 0)
    drop_share = dropped / n if n else 0.0
    kept = n - dropped
    conditions = {
        "pii_scan_ran": GateCondition.with_keys(ok=pii_scanned or not policy.gate.require_pii_scan, value=pii_scanned),
        "no_unredacted_high_confidence_pii_kept": GateCondition.with_keys(
            ok=tally.unredacted_pii_kept == 0, value=tally.unredacted_pii_kept
        ),
        "no_contamination_kept": GateCondition.with_keys(ok=tally.contaminated_kept == 0, value=tally.contaminated_kept),
        "drop_share_at_most_max": GateCondition.with_keys(
            ok=drop_share <= policy.gate.max_drop_share + 1e-12, value=round(drop_share, 6), max=policy.gate.max_drop_share
        ),
        "enough_rows_kept": GateCondition.with_keys(
            ok=kept >= policy.gate.min_kept_rows, value=kept, min=policy.gate.min_kept_rows
        ),
    }
    failed = [name for name, c in conditions.items() if not c.ok]
    return Gate(passed=not failed, failed=failed, conditions=conditions)


def build_report(
    *,
    tally: RecordTally,
    sections: Mapping[str, JsonRecord],
    policy: Policy,
    inputs: Inputs,
    timings: Mapping[str, float],
    pii_scanned: bool,
) -> ValidationReport:
    """The report of a run, stamped with its writer (the validation folder's marker)."""
    values: dict[str, Any] = {
        "written_by": VALIDATE.command,
        "rows": tally.rows,
        "decisions": {d: tally.decisions.get(d, 0) for d in DECISIONS},
        "reasons": dict(sorted(tally.reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        "rows_flagged": tally.rows_flagged,
    }
    others: dict[str, dict[str, Any]] = {}
    for key in ("pii", "duplicates", "contamination", "memorization", "labels"):  # their place in the file
        if key in sections:
            values[key] = sections[key]
    for key, part in sections.items():
        expected = ValidationReport.section_type(key)
        if expected is None:
            others[key] = part.to_json()
        elif not isinstance(part, expected):
            raise TypeError(f"report section {key!r} must be a {expected.__name__}, not {type(part).__name__}")
    values.update(
        other_sections=others,
        text_chars=tally.text_chars(),
        examples=dict(sorted(tally.examples.items())),
        gate=gate(tally, policy, pii_scanned),
        policy_hash=policy.policy_hash(),
        policy=policy.model_dump(mode="json"),
        inputs=inputs,
        timings_s={k: round(v, 3) for k, v in timings.items()},
    )
    return ValidationReport.with_keys(**values)
