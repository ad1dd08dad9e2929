"""Batch files for offline engines (`vllm run-batch` reads and writes the same JSONL): export a plan's
requests, ingest result files into notes exactly once, failed lines to failures.parquet, answers to the ledger."""

from __future__ import annotations

import json

from support import fake_openai_server as fake
from support.fake_openai_batch import run_batch_file
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.cli import app
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.runner import generate_notes


def test_export_run_elsewhere_ingest_exactly_once_then_online_is_served_from_the_ledger(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 25, params={"max_tokens": 80, "temperature": 0.5})
    runner = CliRunner()
    exported = runner.invoke(app, ["batch", "export", "--tasks", tasks, "--model", "qwen", "--out",
                                   str(tmp_path / "req.jsonl"), "--max-requests", "10"])
    assert exported.exit_code == 0, exported.output
    files = [tmp_path / f"req-{i:05d}.jsonl" for i in range(3)]
    assert all(f.is_file() for f in files) and not (tmp_path / "req.jsonl").exists()
    lines = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines()]
    assert [line["custom_id"] for line in lines] == [f"t{i:06d}" for i in range(25)]
    first = lines[0]
    assert first["method"] == "POST" and first["url"] == "/v1/chat/completions"
    assert first["body"]["model"] == "qwen" and first["body"]["seed"] == 1000 and first["body"]["max_tokens"] == 80

    # the engine ran the first two files, one line failed
    run_batch_file(files[0], tmp_path / "res-0.jsonl", fail={"t000003"})
    run_batch_file(files[1], tmp_path / "res-1.jsonl")
    out = tmp_path / "notes"

    def ingest(*results):  # type: ignore[no-untyped-def]
        args = ["batch", "ingest", "--tasks", tasks, "--out", str(out), "--engine", "vllm-batch"]
        for r in results:
            args += ["--results", str(r)]
        return runner.invoke(app, args)

    partial = ingest(tmp_path / "res-0.jsonl", tmp_path / "res-1.jsonl")
    assert partial.exit_code == 3, partial.output
    assert "19 notes written" in partial.output and "1 failed lines" in partial.output
    assert set(shards.read_failures(out)) == {"t000003"}
    # the third file arrives; the first two are given again: no note twice
    run_batch_file(files[2], tmp_path / "res-2.jsonl")
    run_batch_file(files[0], tmp_path / "res-0b.jsonl", only={"t000003"})  # the failed line, run again
    full = ingest(tmp_path / "res-0.jsonl", tmp_path / "res-1.jsonl", tmp_path / "res-2.jsonl", tmp_path / "res-0b.jsonl")
    assert full.exit_code == 0, full.output
    ids = schema.read_notes(out).column("id").to_pylist()
    assert sorted(ids) == [f"t{i:06d}" for i in range(25)] and len(ids) == len(set(ids))
    assert shards.read_failures(out) == {}
    note = schema.read_notes(out).to_pylist()[0]
    assert note["generation"]["backend"] == "vllm-batch" and note["generation"]["model"] == "qwen"
    assert json.loads(note["generation"]["params"]) == {"max_tokens": 80, "temperature": 0.5}
    # the answers went into the ledger: an online run of the same requests sends nothing
    with fake.FakeOpenAIServer() as server:
        online = generate_notes(tasks, tmp_path / "online", "openai", model="qwen", base_url=server.base_url,
                                progress=False)
        assert server.paths == []
    assert online.written == 25 and online.ledger_hits == 25


def test_ingest_names_the_file_and_line_of_bad_input(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    bad = tmp_path / "bad.jsonl"
    # (a 200 line needs a chat completion's choices: an empty body is itself bad input since review M5)
    body = '{"choices": [{"message": {"role": "assistant", "content": "x"}, "finish_reason": "stop"}]}'
    bad.write_text(f'{{"custom_id": "t000000", "response": {{"status_code": 200, "body": {body}}}}}\nnot json\n', "utf-8")
    result = CliRunner().invoke(app, ["batch", "ingest", "--tasks", tasks, "--results", str(bad), "--out",
                                      str(tmp_path / "o")])
    assert result.exit_code == 1 and "bad.jsonl: line 2: not valid JSON" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "o").exists()  # nothing half-written
    alien = tmp_path / "alien.jsonl"
    alien.write_text(f'{{"custom_id": "zzz", "response": {{"status_code": 200, "body": {body}}}}}\n', "utf-8")
    result = CliRunner().invoke(app, ["batch", "ingest", "--tasks", tasks, "--results", str(alien), "--out",
                                      str(tmp_path / "o")])
    assert result.exit_code == 1 and "alien.jsonl: line 1: custom_id 'zzz' is not a task" in result.output
