from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from medsyn_dataset.cli import app

runner = CliRunner()

COMMANDS = [
    ["plan"], ["generate"], ["import"], ["validate"], ["build"], ["export"], ["publish"], ["release"],
    ["benchmark", "icd"], ["benchmark", "augment"],
    ["leaderboard", "validate"], ["leaderboard", "score"], ["leaderboard", "render"],
    ["kb", "codes"], ["kb", "show"], ["kb", "sample"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_kb_codes_lists_219_with_both_names():
    result = runner.invoke(app, ["kb", "codes", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 219
    j06 = next(r for r in rows if r["code"] == "J06")
    assert j06["name_ru"].startswith("Острые инфекции верхних дыхательных путей")
    assert "upper respiratory" in j06["name_en"].lower()
    assert all(r["n_symptoms"] >= 8 for r in rows)
    table = runner.invoke(app, ["kb", "codes"])
    assert table.exit_code == 0 and "219 ICD-10 categories" in table.output


def test_kb_sample_is_deterministic():
    args = ["kb", "sample", "J06", "-n", "5", "--seed", "11"]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    assert len(first.output.strip().splitlines()) == 5
    other = runner.invoke(app, ["kb", "sample", "J06", "-n", "5", "--seed", "12"])
    assert other.output != first.output


def test_kb_sample_respects_sex_rules():
    result = runner.invoke(app, ["kb", "sample", "N40", "-n", "30", "--seed", "1"])
    assert result.exit_code == 0
    assert all("[male," in line for line in result.output.strip().splitlines())


def test_kb_show_and_unknown_code():
    result = runner.invoke(app, ["kb", "show", "N80"])
    assert result.exit_code == 0 and "female" in result.output
    bad = runner.invoke(app, ["kb", "show", "Q99.99"])
    assert bad.exit_code == 1
    assert "not a valid ICD-10 code" in bad.output


def test_import_and_help_stay_light():
    """`medsyn --help` must not import the heavy libraries (they load inside the commands)."""
    code = (
        "import sys; from medsyn_dataset.cli import app; "
        "heavy = [m for m in ('datasets', 'torch', 'transformers', 'presidio_analyzer', 'evaluate', 'polars', 'sklearn') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_kb_keeps_bracketed_text_of_icd_titles():
    """rich would read "[herpes simplex]" as a markup tag and drop it."""
    shown = runner.invoke(app, ["kb", "show", "B00"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "Herpesviral [herpes simplex] infections" in shown.output
    assert "Инфекции, вызванные вирусом герпеса [herpes simplex]" in shown.output
    listed = runner.invoke(app, ["kb", "codes"], env={"COLUMNS": "250"})
    assert "[herpes simplex]" in listed.output and "Эссенциальная [первичная] гипертензия" in listed.output
