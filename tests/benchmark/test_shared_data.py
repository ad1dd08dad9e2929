"""On the real RuMedTop3 files in ../shared (skipped when absent)."""

from __future__ import annotations

import json
from collections import Counter

from typer.testing import CliRunner

from medsyn_dataset.benchmark.data import load_examples
from medsyn_dataset.cli import app


def test_rumedtop3_loads_and_a_naive_submission_scores(shared, tmp_path):
    train = load_examples(shared("rumedtop3", "train.jsonl"))
    dev_path = shared("rumedtop3", "dev.jsonl")
    dev = load_examples(dev_path)
    assert (len(train), len({e.code for e in train})) == (4690, 105)
    assert (len(dev), len({e.code for e in dev})) == (848, 104)
    top3 = [code for code, _ in Counter(e.code for e in train).most_common(3)]
    submission = tmp_path / "naive.jsonl"
    submission.write_text("".join(json.dumps({"idx": e.id, "prediction": top3}) + "\n" for e in dev))
    result = CliRunner().invoke(
        app, ["leaderboard", "score", str(submission), "--reference", str(dev_path),
              "--labels", str(shared("rumedtop3", "train.jsonl"))],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    hits = sum(e.code == top3[0] for e in dev) / len(dev)
    assert f"Hit@1 {100 * hits:.2f}" in result.output


def test_default_baseline_on_a_real_subset(shared):
    """The default ensemble on 1,000 real training notes: far above the naive baseline.

    A subset keeps the test fast; the full numbers come from `python -m benchmarks.bench_icd --tune`.
    """
    from medsyn_dataset.benchmark.icd import train_and_evaluate

    train = load_examples(shared("rumedtop3", "train.jsonl"))[:1000]
    dev = load_examples(shared("rumedtop3", "dev.jsonl"))[:300]
    run = train_and_evaluate(train, dev, seed=0)
    top3 = [code for code, _ in Counter(e.code for e in train).most_common(3)]
    naive = sum(e.code == top3[0] for e in dev) / len(dev)
    assert run.params["model"] == "tfidf-ensemble"
    assert run.metrics["hit_at_1"] > naive + 0.2 and run.metrics["hit_at_3"] > 0.5, run.metrics


def test_complaints_view_finds_the_complaints_of_real_generated_notes(shared):
    """On the 11,480 upstream MedSyn notes: most have a complaints section or sentence, and the view is short."""
    import statistics

    import pyarrow.parquet as pq

    from medsyn_dataset.benchmark.synthetic import complaints_of

    notes = pq.read_table(shared("medsyn_upstream", "generated_notes.parquet"), columns=["response"])
    views = [complaints_of(text) for text in notes.column("response").to_pylist() if text]
    sources = Counter(source for _, source in views)
    assert (sources["section"] + sources["sentence"]) / len(views) > 0.85, sources
    assert statistics.median(len(text) for text, _ in views) < 250  # RuMedTop3 texts: median ~120 characters
