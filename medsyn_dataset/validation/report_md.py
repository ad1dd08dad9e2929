"""``validation_report.md``: the validation report for people."""

from __future__ import annotations

from medsyn_dataset.validation_report import (
    DuplicatesSection,
    Gate,
    LabelNoise,
    LabelsSection,
    MatchSection,
    PiiSection,
    ValidationReport,
)


def render_markdown(report: ValidationReport) -> str:
    """A human-readable summary of a report."""
    rows = report.rows or 0
    n = rows or 1
    gate = report.gate or Gate()
    verdict = "PASSED" if gate.passed else "FAILED (" + ", ".join(gate.failed or []) + ")"
    lines = ["# Validation report", ""]
    lines += [f"**Release gate: {verdict}**", "", f"Rows: {rows:,}  ", f"Policy hash: `{report.policy_hash}`", ""]
    lines += ["## Decisions", "", "| decision | rows | share |", "|---|---:|---:|"]
    for d, c in (report.decisions or {}).items():
        lines.append(f"| {d} | {c:,} | {c / n:.1%} |")
    lines += ["", "## Reasons", "", "| reason | rows | examples |", "|---|---:|---|"]
    examples = report.examples or {}
    for r, c in (report.reasons or {}).items():
        ex = ", ".join(f"`{e}`" for e in examples.get(r, [])[:3])
        lines.append(f"| `{r}` | {c:,} | {ex} |")
    lines += _pii_lines(report.pii or PiiSection())
    lines += _duplicate_lines(report.duplicates or DuplicatesSection())
    lines += [
        "",
        "## Contamination and memorisation",
        "",
        f"- rows near-duplicating an evaluation text: {(report.contamination or MatchSection()).rows or 0:,}",
        f"- rows copying a reference text: {(report.memorization or MatchSection()).rows or 0:,}",
    ]
    lines += _label_lines(report.labels or LabelsSection())
    lines += ["", "## Gate conditions", "", "| condition | ok | value |", "|---|---|---|"]
    for name, condition in (gate.conditions or {}).items():
        lines.append(f"| {name} | {'yes' if condition.ok else 'NO'} | {condition.value} |")
    if report.timings_s:
        lines += ["", "## Timings", "", "| stage | seconds |", "|---|---:|"]
        lines += [f"| {k} | {v:.2f} |" for k, v in report.timings_s.items()]
    return "\n".join(lines) + "\n"


def _pii_lines(pii: PiiSection) -> list[str]:
    lines = ["", "## PII", "", f"Scanned: {pii.scanned}; rows with high-confidence PII (score >= {pii.min_score}): "
             f"{pii.rows_with_high_confidence_pii or 0:,}", "", "| type | entities | high-confidence |", "|---|---:|---:|"]
    strong = pii.high_confidence_entities_by_type or {}
    for t, c in (pii.entities_by_type or {}).items():
        lines.append(f"| {t} | {c:,} | {strong.get(t, 0):,} |")
    return lines


def _duplicate_lines(d: DuplicatesSection) -> list[str]:
    return [
        "",
        "## Duplicates",
        "",
        f"- exact duplicate rows: {d.exact_duplicate_rows or 0:,}",
        f"- near-duplicate clusters: {d.near_duplicate_clusters or 0:,} holding {d.rows_in_clusters or 0:,} rows "
        f"(largest {d.largest_cluster})",
        f"- MinHash: Jaccard >= {d.threshold}, {d.num_perm} permutations = {d.bands} bands x {d.rows_per_band} rows; "
        f"{d.candidate_pairs or 0:,} candidate pairs, {d.verified_pairs or 0:,} verified",
    ]


def _label_lines(labels: LabelsSection) -> list[str]:
    lines = ["", "## Labels", ""]
    if labels.symptom_coverage_mean is None:  # no row carries symptoms (imported corpora): nothing to average
        lines.append("- symptom coverage: n/a (no rows with symptoms)")
    else:
        lines.append(f"- symptom coverage: mean {labels.symptom_coverage_mean}, median {labels.symptom_coverage_median} "
                     f"over {labels.rows_with_symptoms or 0:,} rows with symptoms")
    noise = labels.label_noise or LabelNoise()
    if noise.run:
        accuracies = {k: v for k, v in noise.to_json().items() if k.endswith("accuracy")}
        extra = ", ".join(f"{k} {v:.3f}" for k, v in accuracies.items() if v is not None)
        lines.append(f"- label-noise classifier (out-of-fold): {extra} over {noise.scored_rows or 0:,} rows")
    else:
        lines.append("- label-noise classifier: not run")
    return lines
