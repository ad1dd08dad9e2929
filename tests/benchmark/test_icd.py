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
         "--predictions", str(preds), "--model", "tfidf", "--alpha", "1e-4"],
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
    from medsyn_dataset.benchmark.cv import cross_validate

    run = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), model="tfidf", solver="lbfgs", C=10.0)
    assert run.metrics["hit_at_1"] >= 0.9 and run.params["solver"] == "lbfgs"
    train = load_examples(tiny_train)
    good = cross_validate(train, "tfidf", {"alpha": 1e-4}, folds=3)
    assert len(good.hit_at_1) == 3 and good.mean("hit_at_1") >= 0.8 and good.mean("hit_at_3") >= good.mean("hit_at_1")
    assert good.summary()["hit_at_1_folds"] == good.hit_at_1 and good.std("hit_at_1") >= 0
    # codes shuffled across texts: held-out folds score near chance (1 in 5), so nothing leaks from them
    import random

    codes = [e.code for e in train]
    random.Random(3).shuffle(codes)
    shuffled = [type(e)(e.id, e.text, c) for e, c in zip(train, codes, strict=True)]
    assert cross_validate(shuffled, "tfidf", {"alpha": 1e-4}, folds=3).mean("hit_at_1") < 0.45


def test_cv_folds_are_stratified_and_shared(tiny_train):
    from medsyn_dataset.benchmark.cv import fold_indices

    codes = [e.code for e in load_examples(tiny_train)]
    folds = fold_indices(codes, folds=4, seed=0)
    assert folds == fold_indices(codes, folds=4, seed=0)  # every recipe sees the same folds
    assert sorted(i for _, held in folds for i in held) == list(range(len(codes)))
    for _, held in folds:  # 12 per code over 4 folds: 3 of each code held out
        assert sorted({codes.count(c) for c in codes}) == [12] and {[codes[i] for i in held].count(c) for c in set(codes)} == {3}


def test_default_model_is_the_ensemble(tiny_train, tiny_dev):
    run = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), seed=0)
    assert run.params["model"] == "tfidf-ensemble"
    assert run.params["members"] == ["logreg-sgd:word+char", "svm:lemma+char", "logreg-sgd:char3-6"]
    assert run.metrics["hit_at_1"] >= 0.9 and run.metrics["hit_at_3"] == 1.0
    again = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), seed=0)
    assert again.ranked == run.ranked  # deterministic
    ranked_by_rank = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), combine="rank")
    assert ranked_by_rank.metrics["hit_at_1"] >= 0.9


def test_ensemble_probabilities_are_the_mean_of_its_members(tiny_train, tiny_dev):
    import numpy as np

    from medsyn_dataset.benchmark.models import make_model

    train, dev = load_examples(tiny_train), load_examples(tiny_dev)
    texts, codes = [e.text for e in train], [e.code for e in train]
    members = ["logreg-sgd:word+char", "svm:lemma+char", "logreg-sgd:char3-6"]
    whole = make_model("tfidf-ensemble", members=members).fit(texts, codes).scores([e.text for e in dev])
    parts = [make_model("tfidf-ensemble", members=[m]).fit(texts, codes).scores([e.text for e in dev]) for m in members]
    assert np.allclose(whole, np.mean(parts, axis=0))
    assert np.allclose(whole.sum(axis=1), 1.0)  # each member gives probabilities


def test_ensemble_and_rumedbench_options_are_checked():
    import pytest

    from medsyn_dataset.benchmark.models import make_model

    with pytest.raises(ValueError, match="ensemble member 'knn:word'"):
        make_model("tfidf-ensemble", members=["knn:word"])
    with pytest.raises(ValueError, match="unknown combine"):
        make_model("tfidf-ensemble", combine="vote")
    assert make_model("rumedbench-tfidf").describe()["C"] == 10.0


def test_rumedbench_recipe_learns_the_tiny_task(tiny_train, tiny_dev):
    run = train_and_evaluate(load_examples(tiny_train), load_examples(tiny_dev), model="rumedbench-tfidf")
    assert run.metrics["hit_at_1"] >= 0.9 and run.params["model"] == "rumedbench-tfidf"


def test_lemmatize():
    from medsyn_dataset.benchmark.models.ensemble import lemmatize

    assert lemmatize("Болит ГОЛОВА, болели суставы; тошнота!") == "болеть голова болеть сустав тошнота"
    assert lemmatize("ёлка 2-х") == "елка 2 х"


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
