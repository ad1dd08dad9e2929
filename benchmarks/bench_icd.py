"""ICD-10 code prediction on real data: RuMedTop3 (../shared/data/rumedtop3) and the upstream MedSyn notes.

``--size small`` (< 2 min on an idle 2-core machine): the naive baseline (most frequent training
codes) and the TF-IDF baseline trained on RuMedTop3 train, evaluated on dev, with the ratio
TF-IDF / naive; the published RuMedBench test numbers are printed beside them for reference (the
test split is not available here, so dev is what we can measure).

``--size full`` adds the synthetic-augmentation experiment: RuMedTop3 train + the upstream MedSyn
GPT notes (imported with ``medsyn_dataset.generation.importers.import_corpus("medsyn-raw", ...)``,
restricted to the RuMedTop3 training codes and cut to their first 600 characters, where the
complaints are), ratios 0, 0.5, 1, 2 and synthetic only, 3 seeds,
evaluated on RuMedTop3 dev; the report goes to ``--out`` (default build/bench_icd).

``--rumedbench-recipe`` trains RuMedBench's own TF-IDF configuration on train and scores it on dev
(minutes): the like-for-like comparison, since the published numbers are on the test split.
``--tune`` runs the 3-fold cross-validation on RuMedTop3 *train* that chose the TF-IDF defaults.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MEDSYN_SHARED_DATA", REPO.parent / "shared" / "data"))
RUMEDTOP3 = SHARED / "rumedtop3"
UPSTREAM = SHARED / "medsyn_upstream" / "generated_notes.parquet"
PUBLISHED_TEST = {"naive": (10.58, 22.02), "tfidf": (49.76, 72.75)}


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}"


def naive_ranked(train_codes: list[str], n: int, k: int = 3) -> list[list[str]]:
    top = [code for code, _ in sorted(Counter(train_codes).items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
    return [top] * n


def run_baselines() -> dict:
    from medsyn_dataset.benchmark.data import load_examples
    from medsyn_dataset.benchmark.icd import train_and_evaluate
    from medsyn_dataset.benchmark.metrics import compute_metrics

    train = load_examples(RUMEDTOP3 / "train.jsonl")
    dev = load_examples(RUMEDTOP3 / "dev.jsonl")
    started = time.perf_counter()
    naive = compute_metrics([e.code for e in dev], naive_ranked([e.code for e in train], len(dev)))
    naive_s = time.perf_counter() - started
    started = time.perf_counter()
    run = train_and_evaluate(train, dev, model="tfidf", seed=0)
    tfidf_s = time.perf_counter() - started
    print(f"RuMedTop3 dev (n={len(dev)}), train n={len(train)}; scores in percent")
    print(f"{'model':<28} {'Hit@1':>6} {'Hit@3':>6} {'MacroF1':>7} {'seconds':>8}   published test Hit@1/Hit@3")
    for name, metrics, seconds, key in (
        ("naive (top-3 train codes)", naive, naive_s, "naive"),
        (f"tfidf ({run.params['solver']})", run.metrics, tfidf_s, "tfidf"),
    ):
        pub = PUBLISHED_TEST[key]
        print(
            f"{name:<28} {_pct(metrics['hit_at_1'])} {_pct(metrics['hit_at_3'])} {_pct(metrics['macro_f1']):>7} "
            f"{seconds:8.1f}   {pub[0]:.2f} / {pub[1]:.2f}"
        )
    print(
        f"ratio tfidf/naive: Hit@1 x{run.metrics['hit_at_1'] / naive['hit_at_1']:.2f}, "
        f"Hit@3 x{run.metrics['hit_at_3'] / naive['hit_at_3']:.2f}"
    )
    print(
        f"tfidf vs published TF-IDF test: Hit@1 {100 * run.metrics['hit_at_1'] - PUBLISHED_TEST['tfidf'][0]:+.2f}, "
        f"Hit@3 {100 * run.metrics['hit_at_3'] - PUBLISHED_TEST['tfidf'][1]:+.2f} points (dev vs test)"
    )
    return {"naive": naive, "tfidf": run.metrics}


def run_rumedbench_recipe() -> None:
    """RuMedBench's published TF-IDF configuration (character 3-8-grams, one-vs-rest logistic
    regression, C=10) trained on RuMedTop3 train and scored on dev: the like-for-like reference
    for our TF-IDF baseline, since the published 49.76 / 72.75 are on the test split we don't have."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    from medsyn_dataset.benchmark.data import load_examples
    from medsyn_dataset.benchmark.metrics import compute_metrics

    train = load_examples(RUMEDTOP3 / "train.jsonl")
    dev = load_examples(RUMEDTOP3 / "dev.jsonl")
    started = time.perf_counter()
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(3, 8))
    features = vectorizer.fit_transform([e.text for e in train])
    classifier = OneVsRestClassifier(LogisticRegression(C=10)).fit(features, [e.code for e in train])
    proba = classifier.predict_proba(vectorizer.transform([e.text for e in dev]))
    ranked = [[str(classifier.classes_[j]) for j in row] for row in np.argsort(-proba, axis=1, kind="stable")[:, :3]]
    metrics = compute_metrics([e.code for e in dev], ranked)
    print(
        f"{'RuMedBench TF-IDF recipe':<28} {_pct(metrics['hit_at_1'])} {_pct(metrics['hit_at_3'])} "
        f"{_pct(metrics['macro_f1']):>7} {time.perf_counter() - started:8.1f}   (char 3-8 + OvR LogReg C=10, dev)"
    )


def run_tuning() -> None:
    from medsyn_dataset.benchmark.data import load_examples
    from medsyn_dataset.benchmark.models.tfidf import cross_validate

    train = load_examples(RUMEDTOP3 / "train.jsonl")
    grid = [{"alpha": 1e-5}, {"alpha": 3e-5}, {"alpha": 2e-5, "max_iter": 60}, {"char_ngrams": (1, 6)},
            {"word_ngrams": (1, 1)}]
    print("3-fold CV on RuMedTop3 train (Hit@1):")
    for params, score in cross_validate([e.text for e in train], [e.code for e in train], grid):
        print(f"  {params}: {_pct(score)}")


def run_augmentation(out: Path, seeds: int, ratios: list[float], max_chars: int | None) -> None:
    from medsyn_dataset.benchmark.augment import AugmentConfig, ChallengingSpec
    from medsyn_dataset.benchmark.augment import run_augmentation as run
    from medsyn_dataset.benchmark.data import load_examples
    from medsyn_dataset.benchmark.report import render_markdown, report_document, write_augmentation_report
    from medsyn_dataset.generation.importers import import_corpus

    with tempfile.TemporaryDirectory(prefix="medsyn-upstream-") as tmp:
        imported = Path(tmp) / "imported"
        summary = import_corpus("medsyn-raw", UPSTREAM, imported)
        print(f"imported {summary.rows} upstream notes ({summary.codes} codes) with `medsyn import --format medsyn-raw`")
        synthetic = load_examples(imported)
    real = load_examples(RUMEDTOP3 / "train.jsonl")
    dev = load_examples(RUMEDTOP3 / "dev.jsonl")
    config = AugmentConfig(
        ratios=ratios, seeds=list(range(seeds)), challenging=ChallengingSpec("rarest", 20), synthetic_max_chars=max_chars
    )
    result = run(real, synthetic, dev, config, progress=lambda line: print("  " + line, flush=True))
    sources = {"real_train": str(RUMEDTOP3 / "train.jsonl"), "synthetic": str(UPSTREAM), "eval": str(RUMEDTOP3 / "dev.jsonl")}
    paths = write_augmentation_report(result, out, sources)
    print(render_markdown(report_document(result, sources)))
    print("report:", ", ".join(map(str, paths)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_icd", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=("small", "full"), default="small")
    parser.add_argument("--tune", action="store_true", help="cross-validate the TF-IDF penalty on RuMedTop3 train")
    parser.add_argument("--rumedbench-recipe", action="store_true",
                        help="also train RuMedBench's published TF-IDF configuration on train, score it on dev (slow)")
    parser.add_argument("--augment", action="store_true", help="run the augmentation experiment even with --size small")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--ratios", default="0,0.5,1,2")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "bench_icd")
    parser.add_argument("--synthetic-max-chars", type=int, default=600,
                        help="cut synthetic notes (complaints first) to this length; 0 keeps them whole")
    args = parser.parse_args(argv)
    if not (RUMEDTOP3 / "train.jsonl").exists():
        print(f"skipped: {RUMEDTOP3} is not available", file=sys.stderr)
        return 0
    run_baselines()
    if args.rumedbench_recipe:
        run_rumedbench_recipe()
    if args.tune:
        run_tuning()
    if args.size == "full" or args.augment:
        if not UPSTREAM.exists():
            print(f"augmentation skipped: {UPSTREAM} is not available", file=sys.stderr)
        else:
            from medsyn_dataset.benchmark.augment import parse_ratios

            run_augmentation(args.out, args.seeds, parse_ratios(args.ratios), args.synthetic_max_chars or None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
