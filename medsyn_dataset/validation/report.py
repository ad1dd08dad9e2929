"""The validation report (``validation_report.json`` + ``validation_report.md``) and the release gate.

The gate is what the release stage checks before publishing: it passes only when the PII scan ran,
no kept row carries unredacted high-confidence PII, no contaminated row is kept, the drop share is
at most the policy's maximum and enough rows are kept.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from medsyn_dataset.validation.dedup import DedupResult
    from medsyn_dataset.validation.policy import Policy

REPORT_JSON = "validation_report.json"
REPORT_MD = "validation_report.md"


def _reason_key(reason: str) -> str:
    """``flag:near_duplicate_of:abc`` -> ``flag:near_duplicate_of``; PII keeps its entity type."""
    parts = reason.split(":")
    if len(parts) >= 3 and parts[1] == "pii":
        return ":".join(parts[:3])
    return ":".join(parts[:2])


def gate(validations: Sequence[dict[str, Any]], policy: Policy) -> dict[str, Any]:
    n = len(validations)
    decisions = Counter(v["decision"] for v in validations)
    drop_share = decisions.get("drop", 0) / n if n else 0.0
    kept = n - decisions.get("drop", 0)
    unredacted_pii = sum(
        1 for v in validations if v["decision"] == "keep" and any(":pii:" in f":{r}" for r in v["reasons"])
    )
    contaminated_kept = sum(1 for v in validations if v["decision"] != "drop" and v["contaminated_with"])
    conditions: dict[str, dict[str, Any]] = {
        "pii_scan_ran": {"ok": policy.pii.enabled or not policy.gate.require_pii_scan, "value": policy.pii.enabled},
        "no_unredacted_high_confidence_pii_kept": {"ok": unredacted_pii == 0, "value": unredacted_pii},
        "no_contamination_kept": {"ok": contaminated_kept == 0, "value": contaminated_kept},
        "drop_share_at_most_max": {
            "ok": drop_share <= policy.gate.max_drop_share + 1e-12,
            "value": round(drop_share, 6),
            "max": policy.gate.max_drop_share,
        },
        "enough_rows_kept": {"ok": kept >= policy.gate.min_kept_rows, "value": kept, "min": policy.gate.min_kept_rows},
    }
    failed = [name for name, c in conditions.items() if not c["ok"]]
    return {"passed": not failed, "failed": failed, "conditions": conditions}


def failed_conditions(gate_data: dict[str, Any]) -> list[str]:
    """The gate's failed conditions in words, e.g. ``drop_share_at_most_max (0.31, max 0.25)``."""
    lines = []
    for name in gate_data.get("failed") or []:
        condition = (gate_data.get("conditions") or {}).get(name) or {}
        limits = ", ".join(f"{k} {condition[k]}" for k in ("max", "min") if k in condition)
        value = condition.get("value")
        detail = ", ".join(str(x) for x in (value, limits) if x not in (None, ""))
        lines.append(f"{name} ({detail})" if detail else name)
    return lines


def build_report(
    *,
    ids: Sequence[str],
    validations: Sequence[dict[str, Any]],
    texts: Sequence[str],
    policy: Policy,
    dups: DedupResult,
    coverage: Sequence[float | None],
    noise_stats: dict[str, Any],
    inputs: dict[str, Any],
    timings: dict[str, float],
) -> dict[str, Any]:
    n = len(validations)
    decisions = Counter(v["decision"] for v in validations)
    reasons = Counter(_reason_key(r) for v in validations for r in v["reasons"])
    pii_all = Counter(e["type"] for v in validations for e in v["pii"])
    pii_strong = Counter(
        e["type"] for v in validations for e in v["pii"] if e["score"] >= policy.pii.min_score
    )
    rows_with_pii = sum(1 for v in validations if any(":pii:" in f":{r}" for r in v["reasons"]))
    covered = [c for c in coverage if c is not None]
    cluster_sizes = Counter(int(c) for c in dups.cluster if c >= 0)
    examples: dict[str, list[str]] = {}
    for note_id, v in zip(ids, validations, strict=True):
        for r in v["reasons"]:
            bucket = examples.setdefault(_reason_key(r), [])
            if len(bucket) < 5 and note_id not in bucket:
                bucket.append(note_id)
    return {
        "rows": n,
        "decisions": {d: decisions.get(d, 0) for d in ("keep", "redact", "drop")},
        "reasons": dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        "rows_flagged": sum(1 for v in validations if any(r.startswith("flag:") for r in v["reasons"])),
        "pii": {
            "rows_with_high_confidence_pii": rows_with_pii,
            "entities_by_type": dict(sorted(pii_all.items())),
            "high_confidence_entities_by_type": dict(sorted(pii_strong.items())),
            "min_score": policy.pii.min_score,
            "scanned": policy.pii.enabled,
        },
        "duplicates": {
            "exact_duplicate_rows": int((dups.exact_duplicate_of >= 0).sum()),
            "near_duplicate_clusters": len(cluster_sizes),
            "rows_in_clusters": int(sum(cluster_sizes.values())),
            "largest_cluster": max(cluster_sizes.values(), default=0),
            "threshold": policy.near_duplicates.threshold,
            "num_perm": policy.near_duplicates.num_perm,
            "bands": dups.bands,
            "rows_per_band": dups.rows,
            "candidate_pairs": dups.candidate_pairs,
            "verified_pairs": dups.verified_pairs,
        },
        "contamination": {"rows": sum(1 for v in validations if v["contaminated_with"])},
        "memorization": {"rows": sum(1 for v in validations if v["memorized_source_id"])},
        "labels": {
            "symptom_coverage_mean": round(statistics.fmean(covered), 4) if covered else None,
            "symptom_coverage_median": round(statistics.median(covered), 4) if covered else None,
            "rows_with_symptoms": len(covered),
            "label_noise": noise_stats,
        },
        "text_chars": {
            "mean": round(statistics.fmean(len(t) for t in texts), 1) if texts else 0,
            "median": statistics.median(len(t) for t in texts) if texts else 0,
        },
        "examples": dict(sorted(examples.items())),
        "gate": gate(validations, policy),
        "policy_hash": policy.policy_hash(),
        "policy": policy.model_dump(mode="json"),
        "inputs": inputs,
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
    }


def render_markdown(report: dict[str, Any]) -> str:
    """A human-readable summary of a report dict."""
    n = report["rows"] or 1
    lines = ["# Validation report", ""]
    gate_info = report["gate"]
    verdict = "PASSED" if gate_info["passed"] else "FAILED (" + ", ".join(gate_info["failed"]) + ")"
    lines += [f"**Release gate: {verdict}**", "", f"Rows: {report['rows']:,}  ", f"Policy hash: `{report['policy_hash']}`", ""]
    lines += ["## Decisions", "", "| decision | rows | share |", "|---|---:|---:|"]
    for d, c in report["decisions"].items():
        lines.append(f"| {d} | {c:,} | {c / n:.1%} |")
    lines += ["", "## Reasons", "", "| reason | rows | examples |", "|---|---:|---|"]
    for r, c in report["reasons"].items():
        ex = ", ".join(f"`{e}`" for e in report["examples"].get(r, [])[:3])
        lines.append(f"| `{r}` | {c:,} | {ex} |")
    pii = report["pii"]
    lines += ["", "## PII", "", f"Scanned: {pii['scanned']}; rows with high-confidence PII (score >= {pii['min_score']}): "
              f"{pii['rows_with_high_confidence_pii']:,}", "", "| type | entities | high-confidence |", "|---|---:|---:|"]
    for t, c in pii["entities_by_type"].items():
        lines.append(f"| {t} | {c:,} | {pii['high_confidence_entities_by_type'].get(t, 0):,} |")
    d = report["duplicates"]
    lines += [
        "",
        "## Duplicates",
        "",
        f"- exact duplicate rows: {d['exact_duplicate_rows']:,}",
        f"- near-duplicate clusters: {d['near_duplicate_clusters']:,} holding {d['rows_in_clusters']:,} rows "
        f"(largest {d['largest_cluster']})",
        f"- MinHash: Jaccard >= {d['threshold']}, {d['num_perm']} permutations = {d['bands']} bands x {d['rows_per_band']} rows; "
        f"{d['candidate_pairs']:,} candidate pairs, {d['verified_pairs']:,} verified",
        "",
        "## Contamination and memorisation",
        "",
        f"- rows near-duplicating an evaluation text: {report['contamination']['rows']:,}",
        f"- rows copying a reference text: {report['memorization']['rows']:,}",
        "",
        "## Labels",
        "",
    ]
    lab = report["labels"]
    lines.append(f"- symptom coverage: mean {lab['symptom_coverage_mean']}, median {lab['symptom_coverage_median']} "
                 f"over {lab['rows_with_symptoms']:,} rows with symptoms")
    noise = lab["label_noise"]
    if noise.get("run"):
        extra = ", ".join(f"{k} {v:.3f}" for k, v in noise.items() if k.endswith("accuracy") and v is not None)
        lines.append(f"- label-noise classifier (out-of-fold): {extra} over {noise['scored_rows']:,} rows")
    else:
        lines.append("- label-noise classifier: not run")
    lines += ["", "## Gate conditions", "", "| condition | ok | value |", "|---|---|---|"]
    for name, c in gate_info["conditions"].items():
        lines.append(f"| {name} | {'yes' if c['ok'] else 'NO'} | {c['value']} |")
    if report.get("timings_s"):
        lines += ["", "## Timings", "", "| stage | seconds |", "|---|---:|"]
        lines += [f"| {k} | {v:.2f} |" for k, v in report["timings_s"].items()]
    return "\n".join(lines) + "\n"
