"""Labels that could never be class names are dropped or refused; splits that lack codes say so (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset.builder import build as build_module
from medsyn_dataset.builder.build import build_release
from medsyn_dataset.builder.source import ValidatedInputError
from medsyn_dataset.builder.splits import NoteKey, plan_splits, split_warnings
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.cli import app


def _kept(rows: list[dict]) -> list[dict]:
    for row in rows:
        row["validation"]["decision"], row["text_redacted"] = "keep", None
    return rows


def test_a_kept_row_with_an_invalid_code_is_refused_by_the_build(tmp_path: Path) -> None:
    rows = _kept(synthetic_rows(30, ["J06", "K29"], seed=1))
    rows[7]["icd10_code"] = "ZZZ"  # kept by a policy that only flagged it
    validated = write_validated_dir(rows, tmp_path / "validated")
    with pytest.raises(ValidatedInputError, match=r"part-00000\.parquet: row 7: field 'icd10_code': 'ZZZ' is not an ICD-10 category"):
        build_release(validated, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_default_policy_drops_invalid_and_out_of_set_codes_so_class_names_stay_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medsyn_dataset.validation.pipeline import validate_notes
    from medsyn_dataset.validation.policy import Policy

    rows = _kept(synthetic_rows(40, ["J06", "K29"], seed=2))
    for row in rows:
        row["validation"] = None
    rows[3]["icd10_code"], rows[4]["icd10_code"], rows[5]["icd10_code"] = "Q99.99", "N40", "j06"
    notes = write_validated_dir(rows, tmp_path / "notes")
    policy = Policy.model_validate({"labels": {"label_noise": False}, "pii": {"enabled": False}})
    report = validate_notes(notes, tmp_path / "validated", policy=policy, code_set=["J06", "K29"], progress=False)
    assert report.reasons["drop:invalid_code"] == 2 and report.reasons["drop:code_not_in_set"] == 1
    monkeypatch.setattr(build_module, "_card_writer", lambda: None)  # the card is not what this tests
    summary = build_release(tmp_path / "validated", tmp_path / "out")
    assert summary.notes_released == 37
    import datasets

    features = datasets.load_dataset(str(tmp_path / "out"), "notes", split="train").features
    assert features["icd10_code"].names == ["J06", "K29"]


def test_split_warnings_name_the_codes_and_the_notes_they_need() -> None:
    keys = [NoteKey(f"a{i}", "J06") for i in range(10)] + [NoteKey("b0", "K29"), NoteKey("b1", "K29")]
    keys += [NoteKey(f"c{i}", "I10", near_dup_cluster=1) for i in range(4)]  # 4 notes, one group
    warnings = split_warnings(plan_splits(keys, seed=0).report)
    assert warnings, "K29 (2 notes) and I10 (one group) cannot be in every split"
    text = " ".join(warnings)
    assert "K29 (2 notes)" in text and "I10 (4 notes in 1 groups)" in text and "J06" not in text
    assert "at least 3 notes" in text
    tiny = split_warnings(plan_splits([NoteKey("x", "J06"), NoteKey("y", "J06")], seed=0).report)
    assert any("split 'test' is empty" in w for w in tiny) and any("split 'validation' is empty" in w for w in tiny)
    plenty = [NoteKey(f"{c}{i}", c) for c in ("J06", "K29") for i in range(10)]
    assert split_warnings(plan_splits(plenty, seed=0).report) == []


def test_build_cli_prints_the_split_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "_card_writer", lambda: None)
    rows = _kept(synthetic_rows(24, ["J06"], seed=3)) + _kept(synthetic_rows(2, ["K29"], seed=4, id_prefix="rare"))
    validated = write_validated_dir(rows, tmp_path / "validated")
    result = CliRunner().invoke(app, ["build", "--in", str(validated), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "warning: split" in result.output and "K29 (2 notes)" in result.output
