"""Leaderboard: the reference, scoring a validated submission, rendering results as Markdown and HTML.

Every result records the reference it was scored on: its name, ``n`` and a sha256 fingerprint of
its gold labels (:func:`gold_fingerprint`: the ``idx`` and ``code`` of every item, in order, so
the same test split has the same fingerprint as a JSONL file, a release folder or a Hub dataset).
:func:`render_leaderboard` refuses to rank results of different references side by side.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import re
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
from medsyn_dataset.io import atomic_write_json, atomic_write_text, read_json, sha256_file

#: Columns of the leaderboard, in order: (key in metrics, header).
SCORE_COLUMNS: tuple[tuple[str, str], ...] = (("hit_at_1", "Hit@1"), ("hit_at_3", "Hit@3"), ("macro_f1", "Macro-F1"))


@dataclass
class Reference:
    """Gold codes of an evaluation set and the codes a submission may use (beyond WHO ICD-10)."""

    spec: str
    examples: list[Example]
    label_set: frozenset[str]
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or Path(self.spec).name or self.spec

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(example.code for example in self.examples)

    def describe(self) -> dict[str, Any]:
        """What results record about the reference: name, sha256 fingerprint of the gold labels, n."""
        return {"name": self.name, "sha256": gold_fingerprint(self.examples), "n": len(self.examples)}


def gold_fingerprint(examples: Sequence[Example]) -> str:
    """sha256 over ``idx<TAB>code<LF>`` of every item in order: the identity of a reference, whatever its format."""
    digest = hashlib.sha256()
    for example in examples:
        digest.update(f"{example.id}\t{example.code}\n".encode())
    return digest.hexdigest()


def load_reference(spec: str, split: str | None = "test", extra_label_specs: Sequence[str] = ()) -> Reference:
    """A RuMedTop3-format JSONL (text optional) or a release's split (folder or Hub id).

    The label set is the release's ClassLabel names when there are any, else the reference's own
    codes; ``extra_label_specs`` (e.g. the training file) add codes a model may legitimately predict.
    """
    examples = load_examples(spec, split, require_text=False)
    release_labels = release_label_names(spec)
    labels = set(release_labels or ())
    labels.update(example.code for example in examples)
    if extra_label_specs:
        labels.update(example.code for example in load_many(extra_label_specs, split=None, require_text=False))
    return Reference(
        spec=str(spec), examples=examples, label_set=frozenset(labels), name=reference_name(spec, split)
    )


def reference_name(spec: str | os.PathLike[str], split: str | None = None) -> str:
    """How results name a reference: the file name, or ``<release>:<split>`` for a release folder or Hub id."""
    path = Path(spec)
    if path.is_file():
        return path.name
    return f"{path.name or spec}:{split}" if split else str(path.name or spec)


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
        "submission_sha256": sha256_file(submission),
        "reference": reference.describe(),
        # valid ICD-10 codes that are not reference codes: allowed, scored as wrong answers
        "predicted_codes_outside_reference": parsed.codes_outside(reference.codes),
        "metrics": metrics,
    }


# --------------------------------------------------------------------------------------------------
# rendering


def load_results(paths: Sequence[str | os.PathLike[str]]) -> list[dict[str, Any]]:
    """Read score results (of `leaderboard score`, or `benchmark icd --out`); each needs ``metrics``.

    ``reference`` is normalised to ``{"name", "sha256", "n"}`` (``sha256`` is None for results of
    versions that recorded only a path); ``_path`` remembers the file for error messages.
    """
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
        document["reference"] = _reference_of(document, metrics)
        document["_path"] = str(path)
        results.append(document)
    return results


def _reference_of(document: dict[str, Any], metrics: dict[str, Any]) -> dict[str, Any]:
    reference = document.get("reference")
    if isinstance(reference, dict):
        return {"name": reference.get("name"), "sha256": reference.get("sha256"), "n": reference.get("n", metrics.get("n"))}
    name = Path(reference).name if isinstance(reference, str) else None
    return {"name": name, "sha256": None, "n": metrics.get("n")}


def _reference_label(reference: dict[str, Any]) -> str:
    sha = reference.get("sha256")
    fingerprint = f"sha256 {sha[:12]}" if sha else "no fingerprint recorded"
    return f"{reference.get('name') or '(unnamed)'} ({fingerprint}, n={reference.get('n')})"


def common_reference(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The one reference all ``results`` were scored on; a ValueError naming them when they differ."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for result in results:
        reference = _reference_of(result, result["metrics"])
        key = (reference["sha256"],) if reference["sha256"] else (None, reference["name"], reference["n"])
        groups.setdefault(key, []).append(result)
    if len(groups) > 1:
        described = "; ".join(
            f"{_reference_label(_reference_of(members[0], members[0]['metrics']))}: "
            + ", ".join(Path(m.get("_path") or "?").name for m in members)
            for members in groups.values()
        )
        raise ValueError(
            f"results were scored on {len(groups)} different references and cannot be ranked together: {described}"
        )
    return _reference_of(results[0], results[0]["metrics"]) if results else {}


def _rank_key(result: dict[str, Any]) -> tuple[float, ...]:
    # rounded: the same counts give the same fractions, but float noise must not split a tie
    return tuple(-round(float(result["metrics"][key]), 12) for key, _ in SCORE_COLUMNS)


def rank_results(results: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Best first: Hit@1, then Hit@3, then macro-F1 (all descending), then team name."""
    return sorted(results, key=lambda r: (*_rank_key(r), str(r["entry"].get("team") or "")))


def ranked_with_positions(results: Sequence[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """(rank, result) best first; equal scores share a rank and the next rank skips (1, 1, 3)."""
    ordered = rank_results(results)
    out: list[tuple[int, dict[str, Any]]] = []
    for position, result in enumerate(ordered, start=1):
        tied = out and _rank_key(out[-1][1]) == _rank_key(result)
        out.append((out[-1][0] if tied else position, result))
    return out


def _percent(value: float) -> str:
    return f"{100 * value:.2f}"


def _synthetic(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, "?")


def _safe_url(url: Any) -> str | None:
    """Only http(s) links are shown, as on the HTML page."""
    text = str(url or "").strip()
    return text if text.startswith(("http://", "https://")) and not any(c.isspace() for c in text) else None


#: What could start Markdown markup inside a table cell (< > & are HTML-escaped first; without
#: brackets no link or image can form, so parentheses stay as they are).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_text(value: Any) -> str:
    """Submitter text for a Markdown table cell: HTML-escaped (as the HTML page does) and with
    Markdown punctuation backslash-escaped, so a team name can't inject HTML, links or formatting."""
    text = " ".join(str(value).split())  # newlines would end the table row
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _reference_line(reference: dict[str, Any]) -> tuple[str, str]:
    """(label, sha256) of the reference for the page headers."""
    return reference.get("name") or "(not recorded)", reference.get("sha256") or ""


def render_markdown(results: Sequence[dict[str, Any]], reference: dict[str, Any] | None = None) -> str:
    reference = reference if reference is not None else common_reference(results)
    header = ["#", "Team", "Model", *(title for _, title in SCORE_COLUMNS), "Synthetic data", "Date"]
    name, sha = _reference_line(reference)
    lines = [
        "# ICD-10 code prediction leaderboard",
        "",
        f"Reference: {md_text(name)}, n = {reference.get('n')}" + (f", sha256 `{sha}`" if sha else "") + ".",
        "",
        "Scores in percent; ranked by Hit@1, then Hit@3, then macro-F1; equal scores share a rank.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---:", "---", "---", *("---:" for _ in SCORE_COLUMNS), "---", "---"]) + "|",
    ]
    for rank, result in ranked_with_positions(results):
        entry = result["entry"]
        team = md_text(entry.get("team") or "(anonymous)")
        url = _safe_url(entry.get("url"))
        if url:
            team = f"[{team}]({_md_url(url)})"
        cells = [
            str(rank),
            team,
            md_text(entry.get("model") or ""),
            *(_percent(result["metrics"][key]) for key, _ in SCORE_COLUMNS),
            _synthetic(entry.get("uses_synthetic_data")),
            md_text(entry.get("date") or ""),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_html(results: Sequence[dict[str, Any]], reference: dict[str, Any] | None = None) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    reference = reference if reference is not None else common_reference(results)
    env = Environment(
        loader=PackageLoader("medsyn_dataset.benchmark", "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    rows = []
    for rank, result in ranked_with_positions(results):
        entry = result["entry"]
        rows.append(
            {
                "rank": rank,
                "team": entry.get("team") or "(anonymous)",
                "url": _safe_url(entry.get("url")),
                "model": entry.get("model") or "",
                "scores": [(_percent(result["metrics"][key]), result["metrics"][key]) for key, _ in SCORE_COLUMNS],
                "synthetic": _synthetic(entry.get("uses_synthetic_data")),
                "date": entry.get("date") or "",
            }
        )
    name, sha = _reference_line(reference)
    template = env.get_template("leaderboard.html.j2")
    return template.render(
        rows=rows,
        score_titles=[title for _, title in SCORE_COLUMNS],
        reference_name=name,
        reference_sha256=sha,
        reference_n=reference.get("n"),
    )


def render_leaderboard(result_paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write ``leaderboard.md``, ``index.html`` and ``leaderboard.json`` (the ranked results) into ``out_dir``.

    ``out_dir`` must be new, empty or an earlier leaderboard (its ``leaderboard.json`` names this
    command); the three files are swapped in together. Refuses (ValueError naming them) results
    scored on different references. Returns the Markdown and HTML paths.
    """
    from medsyn_dataset.outputs import LEADERBOARD_RENDER

    LEADERBOARD_RENDER.check(out_dir)  # before reading anything: a refused folder is never touched
    results = load_results(result_paths)
    if not results:
        raise ValueError("no results to render")
    return write_pages(results, out_dir)


def write_pages(
    results: Sequence[dict[str, Any]], out_dir: str | os.PathLike[str], reference: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    """``leaderboard.md``, ``index.html`` and ``leaderboard.json`` of ``results`` (one reference) in ``out_dir``.

    ``reference`` names the reference when it is known (a page with no entries yet still says
    which reference it ranks); otherwise it is the one all results share. The folder follows the
    output rule (:data:`~medsyn_dataset.outputs.LEADERBOARD_RENDER`): new, empty or an earlier
    leaderboard, replaced as a whole.
    """
    from medsyn_dataset.outputs import LEADERBOARD_RENDER

    reference = common_reference(results) if reference is None else reference
    out = Path(out_dir)
    with LEADERBOARD_RENDER.replace(out) as staged:
        atomic_write_text(staged / "leaderboard.md", render_markdown(results, reference))
        atomic_write_text(staged / "index.html", render_html(results, reference))
        ranked = {"reference": reference, "results": rank_results(results)}
        atomic_write_json(staged / LEADERBOARD_RENDER.marker, LEADERBOARD_RENDER.stamp(ranked))
    return out / "leaderboard.md", out / "index.html"
