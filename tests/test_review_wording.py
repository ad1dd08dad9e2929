"""Wording a user reads (issue 9 review L5): no "None" in the validation report, no internal names in progress lines."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.validation.report_md import _label_lines
from medsyn_dataset.validation_report import LabelsSection


def test_symptom_coverage_without_symptoms_is_n_a() -> None:
    text = "\n".join(_label_lines(LabelsSection(rows_with_symptoms=0)))
    assert "None" not in text and "symptom coverage: n/a (no rows with symptoms)" in text
    text = "\n".join(_label_lines(LabelsSection(symptom_coverage_mean=0.5, symptom_coverage_median=0.4, rows_with_symptoms=3)))
    assert "mean 0.5, median 0.4 over 3 rows" in text


def test_build_names_the_card_file_not_its_writer(tmp_path: Path) -> None:
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    validated = write_validated_dir(synthetic_rows(40, ["J06", "K29"], seed=2), tmp_path / "validated")
    result = CliRunner().invoke(app, ["build", "--in", str(validated), "--out", str(tmp_path / "rel")], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "card: README.md" in result.output and "write_card" not in result.output
