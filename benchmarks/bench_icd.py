"""ICD-10 code prediction on real data: RuMedTop3 (../shared/data/rumedtop3) and the upstream MedSyn notes.

``--size small``: the naive baseline (most frequent training codes), the default ``tfidf-ensemble``
and the single ``tfidf`` model trained on RuMedTop3 train and scored on dev, with fit times as a
ratio against ``tfidf`` measured in the same process.

``--tune``: the baseline table. Every candidate recipe is cross-validated on RuMedTop3 *train*
(5 stratified folds, the same folds for all; mean ± standard deviation over folds), then trained
once on the whole of train and scored once on dev, beside RuMedBench's published *test* numbers.
Recipes are chosen by the CV columns only; dev (848 items: differences under ~1.5 points are
noise) is reported, never tuned on; the test split is not available here. ``--skip-slow`` leaves
out the RuMedBench recipe (minutes per fit; an hour or more for its CV on a busy machine). Each
recipe's row is kept in ``--out``/candidates/, so a rerun only computes what is missing.

``--size full`` (or ``--augment``) adds the augmentation experiment with curation as a variable:
RuMedTop3 train + the upstream MedSyn GPT notes, imported (``medsyn import --format medsyn-raw``)
and validated (``medsyn validate``, with RuMedTop3 dev as evaluation texts) into a temp folder, or
read from ``--validated DIR`` when that was done already. Pools: every ``--curations`` x
``--views``; ratios 0.5 and 1 and synthetic-only; 3 seeds; challenging codes = the 20 rarest.
Everything goes to ``--out`` (default build/bench_icd; new, empty or an earlier run of this benchmark,
marked by bench_icd.json); the augmentation report to its augment/ folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from medsyn_dataset.outputs import FolderOutput

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MEDSYN_SHARED_DATA", REPO.parent / "shared" / "data"))
RUMEDTOP3 = SHARED / "rumedtop3"
UPSTREAM = SHARED / "medsyn_upstream" / "generated_notes.parquet"
#: RuMedBench's published RuMedTop3 *test* scores (Hit@1, Hit@3).
PUBLISHED_TEST = {
    "naive": (10.58, 22.02),
    "TF-IDF + logistic regression": (49.76, 72.75),
    "BiLSTM": (40.88, 63.50),
    "RuBERT": (39.54, 62.29),
    "RuPoolBERT": (47.45, 70.44),
    "RuBioRoBERTa": (46.72, 72.87),
    "human": (25.06, 48.54),
}
#: The recipes of the baseline table: (label, model, options, slow).
CANDIDATES: list[tuple[str, str, dict[str, Any], bool]] = [
    ("rumedbench-tfidf (RuMedBench's recipe)", "rumedbench-tfidf", {}, True),
    ("tfidf (word+char, SGD logreg)", "tfidf", {}, False),
    ("svm lemma+char (one member)", "tfidf-ensemble", {"members": ["svm:lemma+char"]}, False),
    ("logreg-sgd char3-6 (one member)", "tfidf-ensemble", {"members": ["logreg-sgd:char3-6"]}, False),
    ("tfidf-ensemble, rank average", "tfidf-ensemble", {"combine": "rank"}, False),
    ("tfidf-ensemble (default)", "tfidf-ensemble", {}, False),
]
#: The benchmark's own --out folder: a rerun resumes in it (candidates/), anything else is refused.
OUTPUT = FolderOutput(
    "python -m benchmarks.bench_icd", "bench_icd.json", contents=("candidates/*", "baseline_table.json", "augment/*")
)
DEFAULT_CURATIONS = "all;keep;released,-label_not_in_top3;keep,-label_not_in_top3,-dialogue"
DEFAULT_VIEWS = "head:600;complaints"


def claim_output(out: Path) -> None:
    """``--out`` follows the output rule: new, empty or this benchmark's own folder (marker ``bench_icd.json``)."""
    from medsyn_dataset.io import atomic_write_json

    OUTPUT.check(out)  # a foreign non-empty folder or a file is refused, never touched
    out.mkdir(parents=True, exist_ok=True)
    if not OUTPUT.owns(out):
        atomic_write_json(out / OUTPUT.marker, OUTPUT.stamp({"contents": "candidates/, baseline_table.json, augment/"}))


def _pct(x: float) -> str:
    return f"{100 * x:.2f}"


def _load() -> tuple[list, list]:
    from medsyn_dataset.benchmark.data import load_examples

    return load_examples(RUMEDTOP3 / "train.jsonl"), load_examples(RUMEDTOP3 / "dev.jsonl")


def naive_ranked(train_codes: list[str], n: int, k: int = 3) -> list[list[str]]:
    top = [code for code, _ in sorted(Counter(train_codes).items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
    return [top] * n


def run_small() -> None:
    from medsyn_dataset.benchmark.icd import train_and_evaluate
    from medsyn_dataset.benchmark.metrics import compute_metrics

    train, dev = _load()
    naive = compute_metrics([e.code for e in dev], naive_ranked([e.code for e in train], len(dev)))
    print(f"RuMedTop3 dev (n={len(dev)}), train n={len(train)}; scores in percent")
    print(f"{'model':<28} {'Hit@1':>6} {'Hit@3':>6} {'MacroF1':>7} {'fit s':>7}")
    print(f"{'naive (top-3 train codes)':<28} {_pct(naive['hit_at_1']):>6} {_pct(naive['hit_at_3']):>6}")
    seconds = {}
    for model in ("tfidf", "tfidf-ensemble"):
        started = time.perf_counter()
        run = train_and_evaluate(train, dev, model=model, seed=0)
        seconds[model] = time.perf_counter() - started
        m = run.metrics
        print(f"{model:<28} {_pct(m['hit_at_1']):>6} {_pct(m['hit_at_3']):>6} {_pct(m['macro_f1']):>7} {run.train_seconds:7.1f}")
    print(f"fit + predict time tfidf-ensemble / tfidf: x{seconds['tfidf-ensemble'] / seconds['tfidf']:.2f} (same process)")


def run_table(out: Path, skip_slow: bool, folds: int) -> None:
    """The baseline table: CV on train (mean ± std over folds), dev once, published test numbers."""
    from medsyn_dataset.benchmark.cv import cross_validate, fold_indices
    from medsyn_dataset.benchmark.icd import train_and_evaluate
    from medsyn_dataset.benchmark.metrics import compute_metrics, hit_at_k
    from medsyn_dataset.io import atomic_write_json

    train, dev = _load()
    rows = []
    codes = [e.code for e in train]
    naive_h1, naive_h3 = [], []
    for fit_idx, held_idx in fold_indices(codes, folds):
        ranked = naive_ranked([codes[i] for i in fit_idx], len(held_idx))
        naive_h1.append(hit_at_k([codes[i] for i in held_idx], ranked, 1))
        naive_h3.append(hit_at_k([codes[i] for i in held_idx], ranked, 3))
    naive_dev = compute_metrics([e.code for e in dev], naive_ranked(codes, len(dev)))
    rows.append(_row("naive (top-3 train codes)", "naive", {}, naive_h1, naive_h3, naive_dev, None))
    cache = out / "candidates"  # one row per recipe: a rerun resumes (the RuMedBench recipe takes hours)
    cache.mkdir(exist_ok=True)
    for label, model, options, slow in CANDIDATES:
        if slow and skip_slow:
            continue
        cached = cache / (re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") + f"-{folds}folds.json")
        if cached.exists():
            rows.append(json.loads(cached.read_text(encoding="utf-8")))
            print(f"{label}: from {cached}", flush=True)
            continue
        print(f"cross-validating {label} ...", flush=True)
        cv = cross_validate(train, model, options, folds=folds, progress=lambda line: print("  " + line, flush=True))
        run = train_and_evaluate(train, dev, model=model, seed=0, **options)
        rows.append(_row(label, model, options, cv.hit_at_1, cv.hit_at_3, run.metrics, run.train_seconds))
        atomic_write_json(cached, rows[-1])
    atomic_write_json(out / "baseline_table.json", rows)
    print(render_table(rows, len(train), len(dev), folds))


def _row(label: str, model: str, options: dict, h1: list[float], h3: list[float], dev: dict, fit_s: float | None) -> dict:
    import statistics

    return {
        "label": label, "model": model, "options": options,
        "cv_hit_at_1": h1, "cv_hit_at_3": h3,
        "cv_hit_at_1_mean": statistics.fmean(h1), "cv_hit_at_1_std": statistics.stdev(h1),
        "cv_hit_at_3_mean": statistics.fmean(h3), "cv_hit_at_3_std": statistics.stdev(h3),
        "dev_hit_at_1": dev["hit_at_1"], "dev_hit_at_3": dev["hit_at_3"], "dev_macro_f1": dev["macro_f1"],
        "fit_seconds_full_train": fit_s,
    }  # fmt: skip


def render_table(rows: list[dict], n_train: int, n_dev: int, folds: int) -> str:
    lines = [
        f"RuMedTop3: {folds}-fold stratified CV on train (n={n_train}; mean ± std over folds), then trained on "
        f"all of train and scored once on dev (n={n_dev}). Percent.",
        "",
        "| model | CV Hit@1 | CV Hit@3 | dev Hit@1 | dev Hit@3 | dev macro-F1 | fit s (train) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        fit = f"{r['fit_seconds_full_train']:.1f}" if r["fit_seconds_full_train"] is not None else "—"
        lines.append(
            f"| {r['label']} | {_pct(r['cv_hit_at_1_mean'])} ± {_pct(r['cv_hit_at_1_std'])} | "
            f"{_pct(r['cv_hit_at_3_mean'])} ± {_pct(r['cv_hit_at_3_std'])} | {_pct(r['dev_hit_at_1'])} | "
            f"{_pct(r['dev_hit_at_3'])} | {_pct(r['dev_macro_f1'])} | {fit} |"
        )
    lines += ["", "Published RuMedTop3 *test* scores (RuMedBench; the test split is not available here):", ""]
    lines += [f"- {name}: Hit@1 {h1:.2f}, Hit@3 {h3:.2f}" for name, (h1, h3) in PUBLISHED_TEST.items()]
    return "\n".join(lines)


def validated_upstream(validated: Path | None, tmp: Path) -> Path:
    """`medsyn import --format medsyn-raw` + `medsyn validate` of the upstream notes (or the given folder)."""
    if validated is not None:
        return validated
    from medsyn_dataset.generation.importers import import_corpus
    from medsyn_dataset.validation.pipeline import validate_notes

    imported, out = tmp / "imported", tmp / "validated"
    summary = import_corpus("medsyn-raw", UPSTREAM, imported)
    print(f"imported {summary.rows} upstream notes; validating (a few minutes) ...", flush=True)
    validate_notes(imported, out, eval_texts=[RUMEDTOP3 / "dev.jsonl"], progress=False)
    return out


def run_augmentation(out: Path, seeds: int, ratios: list[float], curations: str, views: str, validated: Path | None, model: str) -> None:
    from medsyn_dataset.benchmark.augment import AugmentConfig, ChallengingSpec
    from medsyn_dataset.benchmark.augment import run_augmentation as run
    from medsyn_dataset.benchmark.report import render_markdown, report_document, write_augmentation_report
    from medsyn_dataset.benchmark.synthetic import load_synthetic, parse_curation, parse_view

    train, dev = _load()
    with tempfile.TemporaryDirectory(prefix="medsyn-upstream-") as tmp:
        folder = validated_upstream(validated, Path(tmp))
        synthetic = load_synthetic([folder])
    config = AugmentConfig(
        ratios=ratios, seeds=list(range(seeds)), challenging=ChallengingSpec("rarest", 20), model=model,
        curations=[parse_curation(c) for c in curations.split(";")], views=[parse_view(v) for v in views.split(";")],
    )  # fmt: skip
    result = run(train, synthetic, dev, config, progress=lambda line: print("  " + line, flush=True))
    sources = {"real_train": "rumedtop3/train.jsonl", "synthetic": "medsyn_upstream (imported + validated)", "eval": "rumedtop3/dev.jsonl"}
    paths = write_augmentation_report(result, out / "augment", sources)  # `medsyn benchmark augment`'s report folder
    print(render_markdown(report_document(result, sources)))
    print("report:", ", ".join(map(str, paths)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_icd", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--size", choices=("small", "full"), default="small")
    parser.add_argument("--tune", action="store_true", help="the baseline table: CV on train, dev once, published numbers")
    parser.add_argument("--skip-slow", action="store_true", help="--tune without the RuMedBench recipe (minutes per fit)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--augment", action="store_true", help="run the augmentation experiment even with --size small")
    parser.add_argument("--validated", type=Path, help="upstream notes already imported + validated (`medsyn validate` output)")
    parser.add_argument("--curations", default=DEFAULT_CURATIONS, help="';'-separated --curation values")
    parser.add_argument("--views", default=DEFAULT_VIEWS, help="';'-separated --view values")
    parser.add_argument("--model", default="tfidf-ensemble", help="model of the augmentation experiment")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--ratios", default="0,0.5,1")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "bench_icd")
    args = parser.parse_args(argv)
    if not (RUMEDTOP3 / "train.jsonl").exists():
        print(f"skipped: {RUMEDTOP3} is not available", file=sys.stderr)
        return 0
    try:
        claim_output(args.out)
    except ValueError as exc:  # OutputRefusedError: one line, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.tune:
        run_table(args.out, args.skip_slow, args.folds)
    else:
        run_small()
    if args.size == "full" or args.augment:
        if not UPSTREAM.exists() and args.validated is None:
            print(f"augmentation skipped: {UPSTREAM} is not available", file=sys.stderr)
        else:
            from medsyn_dataset.benchmark.augment import parse_ratios

            run_augmentation(args.out, args.seeds, parse_ratios(args.ratios), args.curations, args.views, args.validated, args.model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
