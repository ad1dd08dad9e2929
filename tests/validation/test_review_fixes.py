"""Review fixes of issue 9: upstream quality scores survive validation; the release config's
near-duplicate threshold reaches the check; validation's output folder follows the output rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.cli import app
from medsyn_dataset.config import ConfigError, config_from_dict
from medsyn_dataset.outputs import OutputRefusedError
from medsyn_dataset.release.run import release_policy
from medsyn_dataset.validation.pipeline import validate_notes
from medsyn_dataset.validation.policy import Policy

from .conftest import CLEAN_NOTE, note, write_notes

FAST = Policy.model_validate({"labels": {"label_noise": False}, "pii": {"enabled": False}})


def test_importer_quality_scores_are_kept_beside_the_new_ones(tmp_path: Path) -> None:
    upstream = json.dumps({"upstream_symptoms_recall": 0.75, "upstream_anamnesis_precision": 0.5, "stale": 1})
    rows = [note("a", validation={"quality_scores": upstream}), note("b", CLEAN_NOTE + " Контроль через неделю.")]
    validate_notes(write_notes(tmp_path / "in", rows), tmp_path / "out", policy=FAST, progress=False)
    out = {r["id"]: json.loads(r["validation"]["quality_scores"]) for r in schema.read_notes(tmp_path / "out").to_pylist()}
    assert out["a"]["upstream_symptoms_recall"] == 0.75 and out["a"]["upstream_anamnesis_precision"] == 0.5
    assert "cyrillic_share" in out["a"] and "stale" not in out["a"]  # this stage's own keys are recomputed
    assert not any(k.startswith("upstream_") for k in out["b"])


def _near_pair() -> list[dict]:
    base = CLEAN_NOTE.split()
    twin = " ".join([*base[:40], "контроль", "через", "неделю", *base[40:]])  # ~0.8 shingle overlap
    return [note("one", CLEAN_NOTE), note("two", twin)] + [
        note(f"other-{i}", f"Запись {i}. " + " ".join(reversed(base[i:])) + f" Наблюдение {i * 7}.") for i in range(6)
    ]


def test_the_release_configs_near_duplicate_threshold_changes_the_result(tmp_path: Path) -> None:
    notes = write_notes(tmp_path / "in", _near_pair())
    base = {"name": "t", "notes": {"total": 8}}
    counts = {}
    for threshold in (None, 0.3, 0.99):
        config = config_from_dict({**base, "validation": {"near_dup_threshold": threshold}})
        policy = release_policy(config).model_copy(update={"labels": FAST.labels, "pii": FAST.pii})
        report = validate_notes(notes, tmp_path / f"out-{threshold}", policy=policy, progress=False)
        counts[threshold] = report.data["policy"]["near_duplicates"]["threshold"], report.reasons.get("flag:near_duplicate_of", 0)
    assert counts[None][0] == 0.8 and counts[0.3][0] == 0.3 and counts[0.99][0] == 0.99
    assert counts[0.3][1] > counts[0.99][1] == 0  # a lower threshold finds the pair; 0.99 does not


def test_a_threshold_set_in_both_the_config_and_the_policy_file_is_a_conflict(tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("near_duplicates: {threshold: 0.9}\n", encoding="utf-8")
    config = config_from_dict({"name": "t", "notes": {"total": 1}, "validation": {"policy": str(policy), "near_dup_threshold": 0.7}})
    with pytest.raises(ConfigError, match="set it in one place"):
        release_policy(config)
    agree = config_from_dict({"name": "t", "notes": {"total": 1}, "validation": {"policy": str(policy), "near_dup_threshold": 0.9}})
    assert release_policy(agree).near_duplicates.threshold == 0.9


def test_validate_refuses_foreign_output_and_replaces_its_own(tmp_path: Path) -> None:
    notes = write_notes(tmp_path / "in", [note("a"), note("b", CLEAN_NOTE + " Повторный осмотр.")])
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("keep")
    with pytest.raises(OutputRefusedError, match="not written by `medsyn validate`"):
        validate_notes(notes, mine, policy=FAST, progress=False)
    with pytest.raises(OutputRefusedError, match="holds\\) the input"):
        validate_notes(notes, tmp_path, policy=FAST, progress=False)  # replacing it would lose the input
    out = tmp_path / "out"
    validate_notes(notes, out, policy=FAST, progress=False)
    assert json.loads((out / "validation_report.json").read_text())["written_by"] == "medsyn validate"
    validate_notes(notes, out, policy=FAST, progress=False)  # its own: replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "mine", "out"]  # no temp folders left


def test_ctrl_c_in_validate_says_what_was_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medsyn_dataset.validation.checks.pii import PiiCheck

    notes = write_notes(tmp_path / "in", [note("a"), note("b", CLEAN_NOTE + " Повторный осмотр.")])
    out = tmp_path / "out"
    args = ["validate", "--in", str(notes), "--out", str(out), "--no-progress"]

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(PiiCheck, "check", interrupt)  # mid-run, after the first stages
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 130
    assert "interrupted: nothing was written to" in first.output and "Traceback" not in first.output
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    monkeypatch.undo()
    assert CliRunner().invoke(app, [*args, "--policy", str(_fast_policy(tmp_path))]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(PiiCheck, "check", interrupt)
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 130 and "the earlier validation in" in second.output and "kept" in second.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def _fast_policy(tmp_path: Path) -> Path:
    path = tmp_path.parent / f"{tmp_path.name}-fast.yaml"
    path.write_text("labels: {label_noise: false}\npii: {enabled: false}\n", encoding="utf-8")
    return path
