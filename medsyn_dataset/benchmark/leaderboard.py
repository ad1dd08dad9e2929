"""Leaderboard: the reference, scoring a validated submission, rendering results as Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.benchmark.data import Example, load_examples, load_many, release_label_names
from medsyn_dataset.benchmark.metrics import compute_metrics
from medsyn_dataset.benchmark.submission import (
    InvalidSubmissionError,
    Problem,
    SubmissionMetadata,
    validate_submission,
)
from medsyn_dataset.io import atomic_write_json, atomic_write_text, read_json

#: Columns of the leaderboard, in order: (key in metrics, header).
SCORE_COLUMNS: tuple[tuple[str, str], ...] = (("hit_at_1", "Hit@1"), ("hit_at_3", "Hit@3"), ("macro_f1", "Macro-F1"))


@dataclass
class Reference:
    """Gold codes of an evaluation set and the codes a submission may use."""

    spec: str
    examples: list[Example]
    label_set: frozenset[str]


def load_reference(spec: str, split: str | None = "test", extra_label_specs: Sequence[str] = ()) -> Reference:
    """A RuMedTop3-format JSONL (text optional) or a release's split (folder or Hub id).

    The label set is the release's ClassLabel names when there are any, else the reference's own
    codes; ``extra_label_specs`` (e.g. the training file) add codes a model may legitimately predict.
    """
    examples = load_examples(spec, split, require_text=False)
    labels = set(release_label_names(spec) or ())
    labels.update(example.code for example in examples)
    if extra_label_specs:
        labels.update(example.code for example in load_many(extra_label_specs, split=None, require_text=False))
    return Reference(spec=str(spec), examples=examples, label_set=frozenset(labels))


def check_submission(submission: str | os.PathLike[str], reference: Reference) -> list[Problem]:
    return validate_submission(submission, reference.examples, reference.label_set)[1]


def score_submission(
    submission: str | os.PathLike[str], reference: Reference, metadata: SubmissionMetadata | None = None
) -> dict[str, Any]:
    """Validate, then score; raises :class:`InvalidSubmissionError` listing every problem.

    The metrics depend only on the two files; ``date`` is the metadata's or today's (UTC).
    """
    parsed, problems = validate_submission(submission, reference.examples, reference.label_set)
    if problems:
        raise InvalidSubmissionError(submission, problems)
    ranked = [parsed.predictions[example.id] for example in reference.examples]
    metrics = compute_metrics([example.code for example in reference.examples], ranked)
    meta = (metadata or SubmissionMetadata()).to_dict()
    meta["date"] = meta.get("date") or dt.datetime.now(dt.UTC).date().isoformat()
    return {
        "entry": meta,
        "submission": Path(submission).name,
        "submission_sha256": hashlib.sha256(Path(submission).read_bytes()).hexdigest(),
        "reference": reference.spec,
        "metrics": metrics,
    }


# --------------------------------------------------------------------------------------------------
# rendering


def load_results(paths: Sequence[str | os.PathLike[str]]) -> list[dict[str, Any]]:
    """Read score results (of `leaderboard score`, or `benchmark icd --out`); each needs ``metrics``."""
    results = []
    for path in paths:
        document = read_json(path)
        metrics = document.get("metrics") if isinstance(document, dict) else None
        if not isinstance(metrics, dict):
            raise ValueError(f"{path}: field 'metrics' is missing: not a `medsyn leaderboard score` result")
        for key, _ in SCORE_COLUMNS:
            if not isinstance(metrics.get(key), int | float):
                raise ValueError(f"{path}: field 'metrics.{key}' is missing or not a number")
        entry = document.setdefault("entry", {})
        if not entry.get("model") and isinstance(document.get("model"), dict):
            entry["model"] = document["model"].get("model")  # a `medsyn benchmark icd` results file
        results.append(document)
    return results


def rank_results(results: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Best first: Hit@1, then Hit@3, then macro-F1 (all descending), then team name."""
    return sorted(
        results,
        key=lambda r: (
            *(-float(r["metrics"][key]) for key, _ in SCORE_COLUMNS),
            str(r["entry"].get("team") or ""),
        ),
    )


def _percent(value: float) -> str:
    return f"{100 * value:.2f}"


def _synthetic(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, "?")


def render_markdown(results: Sequence[dict[str, Any]]) -> str:
    ranked = rank_results(results)
    header = ["#", "Team", "Model", *(title for _, title in SCORE_COLUMNS), "Synthetic data", "Date"]
    lines = [
        "# ICD-10 code prediction leaderboard",
        "",
        "Scores in percent; ranked by Hit@1, then Hit@3, then macro-F1.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---:", "---", "---", *("---:" for _ in SCORE_COLUMNS), "---", "---"]) + "|",
    ]
    for rank, result in enumerate(ranked, start=1):
        entry = result["entry"]
        team = str(entry.get("team") or "(anonymous)").replace("|", "\\|")
        if entry.get("url"):
            team = f"[{team}]({entry['url']})"
        cells = [
            str(rank),
            team,
            str(entry.get("model") or "").replace("|", "\\|"),
            *(_percent(result["metrics"][key]) for key, _ in SCORE_COLUMNS),
            _synthetic(entry.get("uses_synthetic_data")),
            str(entry.get("date") or ""),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_html(results: Sequence[dict[str, Any]]) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("medsyn_dataset.benchmark", "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    rows = []
    for rank, result in enumerate(rank_results(results), start=1):
        entry = result["entry"]
        rows.append(
            {
                "rank": rank,
                "team": entry.get("team") or "(anonymous)",
                "url": entry.get("url") if str(entry.get("url") or "").startswith(("http://", "https://")) else None,
                "model": entry.get("model") or "",
                "scores": [(_percent(result["metrics"][key]), result["metrics"][key]) for key, _ in SCORE_COLUMNS],
                "synthetic": _synthetic(entry.get("uses_synthetic_data")),
                "date": entry.get("date") or "",
            }
        )
    template = env.get_template("leaderboard.html.j2")
    return template.render(rows=rows, score_titles=[title for _, title in SCORE_COLUMNS], escape=html.escape)


def render_leaderboard(result_paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write ``leaderboard.md``, ``index.html`` and ``leaderboard.json`` (the ranked results) into ``out_dir``.

    ``out_dir`` must be new, empty or an earlier leaderboard (its ``leaderboard.json`` names this
    command); the three files are swapped in together. Returns the Markdown and HTML paths.
    """
    from medsyn_dataset.outputs import LEADERBOARD_RENDER

    out = Path(out_dir)
    LEADERBOARD_RENDER.check(out)
    results = load_results(result_paths)
    if not results:
        raise ValueError("no results to render")
    with LEADERBOARD_RENDER.replace(out) as staged:
        atomic_write_text(staged / "leaderboard.md", render_markdown(results))
        atomic_write_text(staged / "index.html", render_html(results))
        atomic_write_json(staged / LEADERBOARD_RENDER.marker, LEADERBOARD_RENDER.stamp({"results": rank_results(results)}))
    return out / "leaderboard.md", out / "index.html"
