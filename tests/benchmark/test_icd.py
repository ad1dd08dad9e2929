from __future__ import annotations

import json

from typer.testing import CliRunner

from medsyn_dataset.benchmark.data import load_examples
from medsyn_dataset.benchmark.icd import train_and_evaluate
from medsyn_dataset.cli import app

runner = CliRunner()


def test_tfidf_learns_the_tiny_task(tiny_train, tiny_dev):
    run = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), model="tfidf", seed=0)
    assert run.metrics["hit_at_1"] >= 0.9
    assert run.metrics["hit_at_3"] == 1.0
    assert all(len(r) == 3 and len(set(r)) == 3 for r in run.ranked)
    again = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), model="tfidf", seed=0)
    assert again.ranked == run.ranked  # deterministic


def test_cli_icd_writes_results_and_a_valid_submission(tmp_path, tiny_train, tiny_dev):
    out, preds = tmp_path / "results.json", tmp_path / "preds.jsonl"
    result = runner.invoke(
        app,
        ["benchmark", "icd", "--train", str(tiny_train), "--eval", str(tiny_dev), "--out", str(out),
         "--predictions", str(preds), "--alpha", "1e-4"],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text())
    assert document["model"]["model"] == "tfidf" and document["model"]["alpha"] == 1e-4
    assert document["n_train"] == 60 and document["metrics"]["n"] == 20
    # the predictions are a leaderboard submission that scores to the same numbers
    scored = runner.invoke(app, ["leaderboard", "score", str(preds), "--reference", str(tiny_dev)])
    assert scored.exit_code == 0, scored.output
    assert f"Hit@1 {100 * document['metrics']['hit_at_1']:.2f}" in scored.output


def test_cli_icd_bad_input(tmp_path, tiny_dev):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"idx": "a", "symptoms": "x", "code": "J06"}\n{"idx": "b", "symptoms": "y"}\n')
    result = runner.invoke(app, ["benchmark", "icd", "--train", str(bad), "--eval", str(tiny_dev)])
    assert result.exit_code == 1
    assert "bad.jsonl: line 2: field 'code'" in result.output
    unknown = runner.invoke(app, ["benchmark", "icd", "--train", str(tiny_dev), "--eval", str(tiny_dev), "--model", "svm"])
    assert unknown.exit_code == 1 and "unknown model 'svm'" in unknown.output


def test_lbfgs_solver_and_cross_validation(tiny_train, tiny_dev):
    from medsyn_dataset.benchmark.models.tfidf import cross_validate

    run = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), model="tfidf", solver="lbfgs", C=10.0)
    assert run.metrics["hit_at_1"] >= 0.9 and run.params["solver"] == "lbfgs"
    train = load_examples(tiny_train)
    scores = cross_validate([e.text for e in train], [e.code for e in train], [{"alpha": 1e-4}, {"alpha": 10.0}])
    assert [params for params, _ in scores] == [{"alpha": 1e-4}, {"alpha": 10.0}]
    assert 0.0 <= scores[1][1] <= 1.0 and scores[0][1] >= 0.8


def test_transformer_without_the_local_extra_is_a_clear_error(tmp_path, tiny_train, tiny_dev, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError
    out = tmp_path / "r.json"
    result = runner.invoke(
        app, ["benchmark", "icd", "--train", str(tiny_train), "--eval", str(tiny_dev), "--model", "transformer",
              "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "needs the `local` extra" in result.output
    assert not out.exists()
