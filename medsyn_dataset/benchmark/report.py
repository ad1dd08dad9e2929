"""The augmentation experiment's report: report.json, report.md and plot.png (matplotlib, Agg)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from medsyn_dataset.benchmark.augment import SCORE_KEYS, AugmentResult
from medsyn_dataset.io import atomic_path, atomic_write_json, atomic_write_text

_TITLES = {"hit_at_1": "Hit@1", "hit_at_3": "Hit@3", "macro_f1": "Macro-F1"}


def _pct(value: float) -> str:
    return f"{100 * value:.2f}"


def report_document(result: AugmentResult, sources: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the report shows, as JSON (fractions in [0, 1])."""
    baseline = result.baseline
    challenging_base, _ = baseline.subset_recall(result.challenging_codes)
    conditions = []
    for condition in result.conditions:
        chal_mean, chal_std = condition.subset_recall(result.challenging_codes)
        conditions.append(
            {
                "name": condition.name,
                "ratio": condition.ratio,
                "curation": condition.pool.curation if condition.pool else None,
                "view": condition.pool.view if condition.pool else None,
                "n_real": condition.runs[0].n_real,
                "n_synthetic": [run.n_synthetic for run in condition.runs],
                **{f"{key}_mean": condition.mean(key) for key in SCORE_KEYS},
                **{f"{key}_std": condition.std(key) for key in SCORE_KEYS},
                "challenging_recall_mean": chal_mean,
                "challenging_recall_std": chal_std,
                "challenging_recall_relative_change": (
                    (chal_mean - challenging_base) / challenging_base if challenging_base else None
                ),
                "runs": [
                    {"seed": run.seed, **{key: run.metrics[key] for key in SCORE_KEYS}} for run in condition.runs
                ],
            }
        )
    per_code = [
        {
            "code": code,
            "n_real_train": result.train_counts.get(code, 0),
            "challenging": code in result.challenging_codes,
            "recall": {condition.name: condition.code_recall(code) for condition in result.conditions},
            "delta_vs_real": {
                condition.name: condition.code_recall(code) - baseline.code_recall(code)
                for condition in result.conditions
                if condition is not baseline
            },
        }
        for code in result.eval_codes
    ]
    config = result.config
    return {
        "experiment": "synthetic_augmentation",
        "sources": dict(sources or {}),
        "model": config.model,
        "seeds": config.seeds,
        "ratios": config.ratios,
        "restrict_synthetic": config.restrict_synthetic,
        "synthetic_max_chars": config.synthetic_max_chars,
        "n_synthetic_available": result.n_synthetic_available,
        "n_synthetic_dropped": result.n_synthetic_dropped,
        "pools": [
            {"curation": pool.curation, "view": pool.view, "n": len(pool.examples), "view_sources": pool.view_sources}
            for pool in result.pools
        ],
        "challenging": {"mode": config.challenging.mode, "n": config.challenging.n, "codes": result.challenging_codes},
        "conditions": conditions,
        "per_code": per_code,
    }


def summary_table(result: AugmentResult) -> Any:
    """A rich table of the conditions (mean ± std over seeds, percent)."""
    from rich.table import Table

    document = report_document(result)
    table = Table(title=f"augmentation ({result.config.model}, {len(result.config.seeds)} seeds)")
    for column in ("condition", "n real", "n synthetic", "Hit@1", "Hit@3", "Macro-F1", "challenging recall"):
        table.add_column(column, justify="left" if column == "condition" else "right")
    for row in document["conditions"]:
        table.add_row(row["name"], *_row_cells(row)[1:])
    return table


def _row_cells(row: Mapping[str, Any]) -> list[str]:
    n_syn = sorted(set(row["n_synthetic"]))
    return [
        row["name"],
        str(row["n_real"]),
        "/".join(str(n) for n in n_syn),
        *(f"{_pct(row[f'{key}_mean'])} ± {_pct(row[f'{key}_std'])}" for key in SCORE_KEYS),
        f"{_pct(row['challenging_recall_mean'])} ± {_pct(row['challenging_recall_std'])}",
    ]


def render_markdown(document: Mapping[str, Any]) -> str:
    challenging = document["challenging"]
    chosen = (
        f"the {challenging['n']} rarest codes in the real training data"
        if challenging["mode"] == "rarest"
        else f"the {challenging['n']} codes with the lowest real-only recall (selected on the evaluation set itself, "
        "so expect some regression to the mean)"
    )
    lines = [
        "# Synthetic augmentation: ICD-10 code prediction",
        "",
        f"Model `{document['model']}`; seeds {', '.join(map(str, document['seeds']))}; "
        f"scores in percent, mean ± standard deviation over seeds, evaluated on real held-out data.",
        "",
        f"Synthetic notes usable: {document['n_synthetic_available']}"
        + (
            f" ({document['n_synthetic_dropped']} dropped: code not in the real training codes)"
            if document["restrict_synthetic"]
            else ""
        )
        + (
            f". Synthetic notes cut to at most {document['synthetic_max_chars']} characters (word boundary)"
            if document.get("synthetic_max_chars")
            else ""
        )
        + ". `real+syn xR` adds R x n_real synthetic notes of a pool (all of them when fewer); "
        "`synthetic only` trains on min(n_real, pool) synthetic notes.",
        "",
        *_pool_lines(document.get("pools") or []),
        "| condition | n real | n synthetic | Hit@1 | Hit@3 | Macro-F1 | challenging recall | change on challenging |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in document["conditions"]:
        change = row["challenging_recall_relative_change"]
        change_text = "—" if row["ratio"] == 0 or change is None else f"{100 * change:+.1f}%"
        lines.append("| " + " | ".join([*_row_cells(row), change_text]) + " |")
    lines += [
        "",
        f"Challenging codes: {chosen}: {', '.join(challenging['codes'])}.",
        "",
        "## Per-code recall of the challenging codes (mean over seeds; delta against real-only)",
        "",
    ]
    names = [row["name"] for row in document["conditions"]]
    lines.append("| code | n real train | " + " | ".join(names) + " |")
    lines.append("|---|---:|" + "|".join("---:" for _ in names) + "|")
    for entry in document["per_code"]:
        if not entry["challenging"]:
            continue
        cells = []
        for name in names:
            recall = _pct(entry["recall"][name])
            delta = entry["delta_vs_real"].get(name)
            cells.append(recall if delta is None else f"{recall} ({100 * delta:+.1f})")
        lines.append(f"| {entry['code']} | {entry['n_real_train']} | " + " | ".join(cells) + " |")
    lines += ["", "Every code's recall and delta is in report.json (`per_code`). Plot: plot.png.", ""]
    return "\n".join(lines)


def _pool_lines(pools: list[Mapping[str, Any]]) -> list[str]:
    """The pools (curation x view) and their sizes, when there is more than the default one."""
    if not pools or [(p["curation"], p["view"]) for p in pools] == [("all", "full")]:
        return []
    lines = [
        "Pools (curation: which notes, by validation decision and flags; view: which text of each note):",
        "",
        "| curation | view | notes | complaints found in |",
        "|---|---|---:|---|",
    ]
    for pool in pools:
        sources = ", ".join(f"{k} {v}" for k, v in sorted(pool["view_sources"].items())) or "—"
        lines.append(f"| {pool['curation']} | {pool['view']} | {pool['n']} | {sources} |")
    return [*lines, ""]


def plot(document: Mapping[str, Any], path: str | os.PathLike[str]) -> Path:
    """Bar chart: the three scores and the challenging-code recall per condition, with ±1 std."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = document["conditions"]
    names = [row["name"] for row in rows]
    keys = [*SCORE_KEYS, "challenging_recall"]
    fig, ax = plt.subplots(figsize=(min(28.0, max(6.0, 1.1 * len(names) + 2)), 5.0))
    width = 0.8 / len(keys)
    for i, key in enumerate(keys):
        positions = [j + (i - (len(keys) - 1) / 2) * width for j in range(len(rows))]
        ax.bar(
            positions,
            [100 * row[f"{key}_mean"] for row in rows],
            width,
            yerr=[100 * row[f"{key}_std"] for row in rows],
            capsize=3,
            label=_TITLES.get(key, "challenging-code recall"),
        )
    ax.set_xticks(range(len(rows)), names, rotation=30 if len(rows) > 4 else 15, ha="right", fontsize="small")
    ax.set_ylabel("percent")
    ax.set_title(f"Synthetic augmentation ({document['model']}, mean ± std over {len(document['seeds'])} seeds)")
    ax.legend(fontsize="small")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)
    return Path(path)


def write_augmentation_report(
    result: AugmentResult, out_dir: str | os.PathLike[str], sources: Mapping[str, Any] | None = None
) -> list[Path]:
    """report.json, report.md and plot.png in ``out_dir``, swapped in together when all are written.

    ``out_dir`` must be new, empty or an earlier report (``report.json`` names this command).
    """
    from medsyn_dataset.outputs import AUGMENT

    out = Path(out_dir)
    document = AUGMENT.stamp(report_document(result, sources))
    with AUGMENT.replace(out) as staged:
        atomic_write_json(staged / "report.json", document)
        atomic_write_text(staged / "report.md", render_markdown(document))
        plot(document, staged / "plot.png")
    return [out / "report.json", out / "report.md", out / "plot.png"]
