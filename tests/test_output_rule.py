"""Each command replaces its own earlier output, and a single file that is not its own only with
--overwrite (the refusals themselves are in test_bad_inputs.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medsyn_dataset.cli import app

runner = CliRunner()


def ok(*argv: str) -> str:
    result = runner.invoke(app, list(argv), env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.output
    return result.output


def refused(*argv: str) -> str:
    result = runner.invoke(app, list(argv), env={"COLUMNS": "1000"})
    assert result.exit_code == 1 and "--overwrite" in result.output, result.output
    return result.output


@pytest.fixture
def rumed(tmp_path: Path) -> tuple[Path, Path]:
    words = {"J06": "кашель насморк", "K29": "изжога тошнота", "I10": "давление затылок"}

    def write(path: Path, n: int, prefix: str) -> Path:
        rows = [{"idx": f"{prefix}{i}", "symptoms": f"{words[c]} {i}", "code": c} for i, c in enumerate(list(words) * n)]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path

    return write(tmp_path / "train.jsonl", 6, "t"), write(tmp_path / "dev.jsonl", 2, "d")


def test_plan_replaces_its_own_tasks_table_and_needs_overwrite_for_another_file(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text("name: c\ncodes: [J06, K29]\nnotes: {total: 4}\n", encoding="utf-8")
    out = tmp_path / "tasks.parquet"
    ok("plan", "--config", str(config), "--out", str(out), "--no-progress")
    first = out.read_bytes()
    ok("plan", "--config", str(config), "--out", str(out), "--no-progress", "--total", "6")
    assert out.read_bytes() != first
    other = tmp_path / "notes.parquet"
    other.write_bytes(b"someone else's data")
    refused("plan", "--config", str(config), "--out", str(other), "--no-progress")
    assert other.read_bytes() == b"someone else's data"
    ok("plan", "--config", str(config), "--out", str(other), "--no-progress", "--overwrite")


def test_benchmark_and_leaderboard_files(tmp_path: Path, rumed: tuple[Path, Path]) -> None:
    train, dev = rumed
    results, preds = tmp_path / "results.json", tmp_path / "preds.jsonl"
    icd = ["benchmark", "icd", "--train", str(train), "--eval", str(dev), "--out", str(results), "--predictions", str(preds)]
    ok(*icd)
    assert json.loads(results.read_text())["written_by"] == "medsyn benchmark icd"
    # results are recognisably its own, and so are the predictions (plain JSONL) by their sidecar's hash
    assert json.loads((tmp_path / "preds.jsonl.medsyn").read_text())["written_by"] == "medsyn benchmark icd"
    ok(*icd)
    with preds.open("a") as fh:
        fh.write('{"idx": "mine", "prediction": ["J06"]}\n')
    assert "was changed since" in refused(*icd)  # edited since: no longer its own
    ok(*icd, "--overwrite")
    score = ["leaderboard", "score", str(preds), "--reference", str(dev), "--out", str(tmp_path / "score.json")]
    ok(*score)
    ok(*score)  # its own earlier result: replaced
    foreign = tmp_path / "mine.json"
    foreign.write_text('{"mine": 1}')
    refused("leaderboard", "score", str(preds), "--reference", str(dev), "--out", str(foreign))
    assert foreign.read_text() == '{"mine": 1}'
    site = tmp_path / "site"
    render = ["leaderboard", "render", str(tmp_path / "score.json"), str(results), "--out", str(site)]
    ok(*render)
    ok(*render)
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "leaderboard.json", "leaderboard.md"]
    assert json.loads((site / "leaderboard.json").read_text())["written_by"] == "medsyn leaderboard render"


def test_export_replaces_its_own_folder(tmp_path: Path) -> None:
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    validated = write_validated_dir(synthetic_rows(40, ["J06", "K29"], seed=1), tmp_path / "validated")
    release = build_release(validated, tmp_path / "release").out_dir
    out = tmp_path / "rumedtop3"
    ok("export", "--release", str(release), "--out", str(out))
    ok("export", "--release", str(release), "--out", str(out))
    manifest = json.loads((out / "export_manifest.json").read_text())
    assert manifest["written_by"] == "medsyn export" and set(manifest["files"]) == {"train.jsonl", "dev.jsonl", "test.jsonl"}


def test_batch_files_and_the_ledger_export(tmp_path: Path) -> None:
    import os
    import stat

    from support import fake_openai_server as fake
    from support.fake_openai_batch import run_batch_file

    from medsyn_dataset.generation.backends.base import GenerationResult
    from medsyn_dataset.generation.ledger import Ledger

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 5)
    requests = tmp_path / "requests.jsonl"
    export = ["batch", "export", "--tasks", tasks, "--model", "m", "--out", str(requests)]
    ok(*export)
    ok(*export)  # its own earlier export (request lines have no room for a marker: its sidecar holds the hash)
    assert json.loads((tmp_path / "requests.jsonl.medsyn").read_text())["written_by"] == "medsyn batch export"
    requests.write_text(requests.read_text() + "\n")
    assert "was changed since" in refused(*export)
    ok(*export, "--overwrite")
    old_umask = os.umask(0o022)
    try:  # split files appear together, each checked first; they follow the umask
        split = [*export[:-1], str(tmp_path / "split.jsonl"), "--max-requests", "2"]
        (tmp_path / "split-00001.jsonl").write_text("mine\n")
        refused(*split)
        assert (tmp_path / "split-00001.jsonl").read_text() == "mine\n" and not (tmp_path / "split-00000.jsonl").exists()
        ok(*split, "--overwrite")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "split-00002.jsonl").stat().st_mode) == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    results = tmp_path / "results.jsonl"
    run_batch_file(requests, results, only={"t000000", "t000001"})
    notes = tmp_path / "notes"
    ingest = ["batch", "ingest", "--tasks", tasks, "--results", str(results), "--out", str(notes), "--no-ledger"]
    assert runner.invoke(app, ingest).exit_code == 3  # 3 of 5 tasks have no note yet: incomplete
    assert json.loads((notes / "manifest.json").read_text())["written_by"] == "medsyn generate"
    ok("generate", "--tasks", tasks, "--out", str(notes), "--backend", "template", "--no-progress")  # generate continues it
    run_batch_file(requests, results)
    ok(*ingest)  # and ingest continues generate's folder (every task has its note once)
    ledger = tmp_path / "ledger.sqlite3"
    with Ledger(ledger) as led:
        payload = {"url": "/v1/chat/completions", "body": {"model": "m", "messages": [{"role": "user", "content": "x"}]}}
        led.record("k", payload, GenerationResult("y", "stop", 1, 1, model="m"), cost=None, mode="online", origin="o")
    answers = tmp_path / "answers.jsonl"
    ok("ledger", "export", "--ledger", str(ledger), "--out", str(answers))
    ok("ledger", "export", "--ledger", str(ledger), "--out", str(answers))  # its own: replaced
    answers.write_text("edited\n")
    assert "was changed since" in refused("ledger", "export", "--ledger", str(ledger), "--out", str(answers))
    ok("ledger", "export", "--ledger", str(ledger), "--out", str(answers), "--overwrite")
    assert answers.read_text().count("\n") == 1 and '"key": "k"' in answers.read_text()
    foreign = tmp_path / "theirs.jsonl"
    foreign.write_text("theirs\n")
    result = runner.invoke(app, ["ledger", "export", "--ledger", str(ledger), "--out", str(foreign)])
    assert result.exit_code == 1, result.output
    line = result.output.strip()
    assert "\n" not in line and "theirs.jsonl" in line and "not written by `medsyn ledger export`" in line
    assert "Traceback" not in result.output and foreign.read_text() == "theirs\n"
