from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medsyn_dataset.benchmark.augment import (
    AugmentConfig,
    ChallengingSpec,
    parse_challenging,
    parse_ratios,
    run_augmentation,
    sample_synthetic,
)
from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.cli import app

from .conftest import make_examples, write_jsonl


def examples(rows):
    return [Example(r["idx"], r["symptoms"], r["code"]) for r in rows]


@pytest.fixture
def real():  # E11 and K29 are rare in the real training data
    return examples(make_examples(10, seed=1, prefix="r", counts={"E11": 1, "K29": 2}, foreign=2))


@pytest.fixture
def synthetic():
    rows = make_examples(8, seed=5, prefix="s")
    rows += [{"idx": f"z{i}", "symptoms": "сыпь зуд кожа", "code": "L30"} for i in range(5)]  # not a real code
    return examples(rows)


@pytest.fixture
def evaluation():
    return examples(make_examples(6, seed=2, prefix="d", foreign=2))


def test_parsers():
    assert parse_ratios("1, 0,0.5,1") == [0.0, 0.5, 1.0]
    assert parse_challenging("lowest-recall:5") == ChallengingSpec("lowest-recall", 5)
    for bad in ("rarest", "rarest:0", "often:3"):
        with pytest.raises(ValueError, match="--challenging"):
            parse_challenging(bad)
    with pytest.raises(ValueError, match="--ratios"):
        parse_ratios("1,x")
    with pytest.raises(ValueError, match="--ratios"):
        parse_ratios("-1")


def test_sampling_is_seeded_and_capped(synthetic):
    assert sample_synthetic(synthetic, 5, 1) == sample_synthetic(synthetic, 5, 1)
    assert sample_synthetic(synthetic, 5, 1) != sample_synthetic(synthetic, 5, 2)
    assert len(sample_synthetic(synthetic, 1000, 1)) == len(synthetic)


def test_run_on_small_fixtures(real, synthetic, evaluation):
    config = AugmentConfig(ratios=[0.5, 1.0], seeds=[0, 1, 2], challenging=ChallengingSpec("rarest", 2))
    result = run_augmentation(real, synthetic, evaluation, config)
    names = [c.name for c in result.conditions]
    assert names == ["real", "real+syn x0.5", "real+syn x1", "synthetic only"]  # the real baseline is always added
    assert result.n_synthetic_dropped == 5 and result.n_synthetic_available == 40
    assert result.challenging_codes == ["E11", "K29"]
    n_real = len(real)
    for condition in result.conditions:
        assert [run.seed for run in condition.runs] == [0, 1, 2]
        for run in condition.runs:
            assert run.n_real == (0 if condition.ratio is None else n_real)
            expected = min(40, n_real) if condition.ratio is None else min(40, round(condition.ratio * n_real))
            assert run.n_synthetic == expected
    baseline = result.baseline
    # rare codes have 1-2 noisy real notes; adding clean synthetic ones must help them here
    base_rare, _ = baseline.subset_recall(result.challenging_codes)
    aug_rare, aug_spread = result.conditions[2].subset_recall(result.challenging_codes)
    assert base_rare < 0.5 and aug_rare > base_rare + 0.2
    assert aug_spread > 0  # different synthetic samples per seed
    assert result.conditions[2].mean("hit_at_1") > baseline.mean("hit_at_1")


def test_lowest_recall_selection(real, synthetic, evaluation):
    config = AugmentConfig(ratios=[0.0], seeds=[0, 1, 2], challenging=ChallengingSpec("lowest-recall", 2), synthetic_only=False)
    result = run_augmentation(real, synthetic, evaluation, config)
    recalls = {code: result.baseline.code_recall(code) for code in result.eval_codes}
    chosen = result.challenging_codes
    assert len(chosen) == 2 and max(recalls[c] for c in chosen) <= min(v for c, v in recalls.items() if c not in chosen)


def test_no_usable_synthetic(real, evaluation):
    only_foreign = [Example("z", "сыпь", "L30")]
    with pytest.raises(ValueError, match="no usable synthetic notes"):
        run_augmentation(real, only_foreign, evaluation, AugmentConfig(seeds=[0]))


def test_cli_augment_writes_report_and_plot(tmp_path, real, synthetic, evaluation):
    def dump(name, items):
        return write_jsonl(tmp_path / name, [{"idx": e.id, "symptoms": e.text, "code": e.code} for e in items])

    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        ["benchmark", "augment", "--real-train", str(dump("real.jsonl", real)), "--synthetic",
         str(dump("syn.jsonl", synthetic)), "--eval", str(dump("dev.jsonl", evaluation)), "--ratios", "0,1",
         "--seeds", "3", "--challenging", "rarest:2", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    document = json.loads((out / "report.json").read_text())
    assert [c["name"] for c in document["conditions"]] == ["real", "real+syn x1", "synthetic only"]
    assert document["challenging"]["codes"] == ["E11", "K29"]
    assert all(len(c["runs"]) == 3 for c in document["conditions"])
    assert {p["code"] for p in document["per_code"]} == {"E11", "I10", "J06", "K29", "M54"}
    markdown = (out / "report.md").read_text()
    assert "| real+syn x1 |" in markdown and "Challenging codes: the 2 rarest codes" in markdown
    assert "| E11 | 1 |" in markdown
    assert (out / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_synthetic_notes_can_be_cut(real, synthetic, evaluation):
    from medsyn_dataset.benchmark.synthetic import truncate_text

    assert truncate_text("кашель насморк першение", 15) == "кашель насморк"
    assert truncate_text("короткий", 50) == "короткий"
    assert truncate_text("оченьдлинноеслово", 5) == "очень"
    long_synthetic = [Example(e.id, e.text + " хвост" * 50, e.code) for e in synthetic]
    config = AugmentConfig(ratios=[1.0], seeds=[0], synthetic_only=False, synthetic_max_chars=60)
    result = run_augmentation(real, long_synthetic, evaluation, config)
    assert result.config.synthetic_max_chars == 60 and result.n_synthetic_available == 40


@pytest.mark.parametrize(("model", "real_fits"), [("tfidf", 3), ("rumedbench-tfidf", 1)])
def test_real_only_is_trained_per_seed_unless_the_fit_ignores_the_seed(monkeypatch, real, evaluation, model, real_fits):
    """SGD models shuffle by their seed: real-only must run per seed, or its spread would read 0."""
    import medsyn_dataset.benchmark.augment as augment
    from medsyn_dataset.benchmark.icd import IcdRun

    seeds_trained = []

    def fake_train(rows, evaluation, model, seed, **options):
        seeds_trained.append(seed)
        metrics = {"hit_at_1": 0.5 + seed / 10, "hit_at_3": 0.9, "macro_f1": 0.4, "per_code_recall": {}}
        return IcdRun(metrics, [], None, {}, 0.0)

    monkeypatch.setattr(augment, "train_and_evaluate", fake_train)
    config = AugmentConfig(ratios=[0.0], seeds=[0, 1, 2], synthetic_only=False, model=model)
    baseline = run_augmentation(real, [], evaluation, config).baseline
    assert len(seeds_trained) == real_fits and [run.seed for run in baseline.runs] == [0, 1, 2]
    assert (baseline.std("hit_at_1") > 0) == (real_fits == 3)
