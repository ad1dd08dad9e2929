"""The benchmark reads what `medsyn build` writes: the icd_classification config of a real release folder."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medsyn_dataset.benchmark.data import load_examples
from medsyn_dataset.benchmark.leaderboard import load_reference
from medsyn_dataset.cli import app

CODES = ["E11", "I10", "J06", "K29", "M54"]


@pytest.fixture(scope="module")
def built_release(tmp_path_factory):
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    rows = synthetic_rows(150, CODES, seed=3)
    validated = write_validated_dir(rows, tmp_path_factory.mktemp("validated"))
    out = tmp_path_factory.mktemp("release") / "medsyn"
    build_release(validated, out, seed=1, configs=["notes", "icd_classification"])
    return out


def test_splits_load_and_the_label_set_is_the_classlabel(built_release):
    train = load_examples(built_release, split="train")
    test = load_examples(built_release, split="test")
    assert train and test and not ({e.id for e in train} & {e.id for e in test})
    assert {e.code for e in train + test} <= set(CODES)
    reference = load_reference(str(built_release))
    assert reference.label_set >= {e.code for e in test}


def test_benchmark_and_leaderboard_on_the_release(built_release, tmp_path):
    runner = CliRunner()
    preds = tmp_path / "preds.jsonl"
    trained = runner.invoke(
        app, ["benchmark", "icd", "--train", str(built_release), "--eval", str(built_release), "--eval-split", "test",
              "--predictions", str(preds), "--out", str(tmp_path / "r.json")],
    )  # fmt: skip
    assert trained.exit_code == 0, trained.output
    scored = runner.invoke(app, ["leaderboard", "score", str(preds), "--reference", str(built_release)])
    assert scored.exit_code == 0, scored.output
    hit1 = json.loads((tmp_path / "r.json").read_text())["metrics"]["hit_at_1"]
    assert f"Hit@1 {100 * hit1:.2f}" in scored.output
