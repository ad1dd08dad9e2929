"""Opt-in: score a published RuMedBench prediction file and compare with the published numbers.

RuMedBench's baseline outputs (``code/<model>/out/RuMedTop3.jsonl`` in its repository) hold, per
test item, ``idx``, the gold ``code`` and the ranked ``prediction``. Neither they nor the RuMedTop3
test split may be copied into this repository, and tests have no network, so this test runs only
when ``MEDSYN_RUMEDBENCH_OUT`` names such a file (its parent's parent folder name says which model).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset.cli import app

#: Published RuMedTop3 test scores (Hit@1, Hit@3) of the RuMedBench baselines, by output folder.
PUBLISHED = {"naive": [(10.58, 22.02)], "linear_models": [(49.76, 72.75)], "bilstm": [(40.88, 63.50)],
             "bert": [(39.54, 62.29), (47.45, 70.44)]}  # fmt: skip


def test_published_prediction_file_reproduces_published_numbers(tmp_path):
    source = os.environ.get("MEDSYN_RUMEDBENCH_OUT")
    if not source:
        pytest.skip("set MEDSYN_RUMEDBENCH_OUT to a RuMedBench code/<model>/out/RuMedTop3.jsonl")
    source_path = Path(source)
    model = source_path.parent.parent.name
    rows = [json.loads(line) for line in source_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    reference, submission = tmp_path / "reference.jsonl", tmp_path / "submission.jsonl"
    reference.write_text("".join(json.dumps({"idx": r["idx"], "code": r["code"]}) + "\n" for r in rows))
    submission.write_text("".join(json.dumps({"idx": r["idx"], "prediction": r["prediction"]}) + "\n" for r in rows))
    out = tmp_path / "result.json"
    # no --labels: a predicted ICD-10 code that no test item has (I25 in these files) is a wrong answer
    result = CliRunner().invoke(
        app, ["leaderboard", "score", str(submission), "--reference", str(reference), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.read_text())["metrics"]
    scores = (round(100 * metrics["hit_at_1"], 2), round(100 * metrics["hit_at_3"], 2))
    assert scores in PUBLISHED[model], f"{model}: scored {scores}, published {PUBLISHED[model]}"
