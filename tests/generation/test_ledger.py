"""The request ledger: payload keys, answers served to a second output folder with zero requests, unusable
answers asked again, kill -9 safety, and `medsyn ledger stats|export|prune`."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.cli import app
from medsyn_dataset.generation import ledger_file, shards
from medsyn_dataset.generation.backends.base import GenerationResult
from medsyn_dataset.generation.ledger import Ledger, default_ledger_path, request_key
from medsyn_dataset.generation.runner import generate_notes

PRICES = {"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0}}


def _payload(seed: int = 1, **body):
    return {"url": "/v1/chat/completions",
            "body": {"model": "m", "messages": [{"role": "user", "content": "x"}], "seed": seed, **body}}


def test_the_key_is_the_canonical_payload():
    a = request_key(_payload(temperature=0.7, max_tokens=10))
    assert a == request_key({"body": {"max_tokens": 10, "seed": 1, "temperature": 0.7, "messages": [
        {"content": "x", "role": "user"}], "model": "m"}, "url": "/v1/chat/completions"})  # key order is irrelevant
    assert len({a, request_key(_payload(seed=2, temperature=0.7, max_tokens=10)),
                request_key(_payload(temperature=0.8, max_tokens=10)),
                request_key({**_payload(temperature=0.7, max_tokens=10), "url": "/v1/completions"})}) == 4


def test_default_path_comes_from_the_environment_in_tests(_temp_ledger, monkeypatch):
    assert default_ledger_path() == _temp_ledger  # tests never touch the user's real cache folder
    assert not _temp_ledger.is_relative_to(Path.home() / ".cache")
    monkeypatch.delenv("MEDSYN_LEDGER")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    if sys.platform.startswith("linux"):
        assert default_ledger_path() == Path("/somewhere/cache/medsyn-dataset/ledger.sqlite3")


def test_a_second_output_folder_is_served_from_the_ledger_with_zero_requests(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 20)
    with fake.FakeOpenAIServer() as server:
        first = generate_notes(tasks, tmp_path / "a", "openai", model="fake-model", base_url=server.base_url,
                               progress=False, price_table=PRICES)
        asked = len(server.records)
        second = generate_notes(tasks, tmp_path / "b", "openai", model="fake-model", base_url=server.base_url,
                                progress=False, price_table=PRICES)
        paths_after = list(server.paths)
    assert first.written == 20 and asked == 20 and first.cost > 0
    assert len(paths_after) == 20  # the second folder sent nothing at all
    assert second.written == 20 and second.ledger_hits == 20 and second.cost == 0.0 and second.tokens == 0
    a = {r["id"]: r["text"] for r in schema.read_notes(tmp_path / "a").to_pylist()}
    b = {r["id"]: r["text"] for r in schema.read_notes(tmp_path / "b").to_pylist()}
    assert a == b
    with Ledger(default_ledger_path()) as ledger:
        stats = ledger.stats()
        assert ledger.spent(str((tmp_path / "a").resolve())) == pytest.approx(first.cost)
        assert ledger.spent(str((tmp_path / "b").resolve())) == 0.0
    assert (stats.answers, stats.usable, stats.hits, stats.paid_requests) == (20, 20, 20, 20)
    assert stats.hit_rate == pytest.approx(0.5) and stats.saved == pytest.approx(first.cost)


def test_unusable_answers_are_kept_but_asked_again(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 6)

    def truncated_first(prompt: str, attempt: int):
        return fake.Fault("length") if attempt == 1 and prompt.endswith("t000002.") else None

    with fake.FakeOpenAIServer(fault=truncated_first) as server:
        first = generate_notes(tasks, tmp_path / "a", "openai", model="m", base_url=server.base_url, progress=False)
        second = generate_notes(tasks, tmp_path / "b", "openai", model="m", base_url=server.base_url, progress=False)
        prompts = [r.prompt for r in server.records]
    assert first.failed == 1 and second.written == 6 and second.ledger_hits == 5
    assert prompts.count("Напиши короткую запись приёма. Задание t000002.") == 2  # asked again, now answered
    with Ledger(default_ledger_path()) as ledger:
        assert ledger.stats().answers == 6  # the usable answer replaced the truncated one


def test_kill_9_keeps_the_ledger_and_the_rerun_does_not_pay_again(tmp_path):
    n = 120
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", n)
    out, ledger_path = tmp_path / "out", tmp_path / "ledger.sqlite3"
    with fake.FakeOpenAIServer(latency_s=0.03) as server:
        cmd = [sys.executable, "-m", "medsyn_dataset.cli", "generate", "--tasks", tasks, "--out", str(out),
               "--backend", "openai", "--model", "m", "--base-url", server.base_url, "--concurrency", "4",
               "--shard-size", "1000", "--ledger", str(ledger_path), "--no-progress"]
        env = {**os.environ, "OPENAI_API_KEY": "sk-test"}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        while len(server.records) < 40:
            assert proc.poll() is None, proc.stdout.read().decode()
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        db = sqlite3.connect(ledger_path)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = {json.loads(r)["body"]["messages"][-1]["content"] for (r,) in db.execute("SELECT request FROM responses")}
        db.close()
        assert len(kept) >= 20  # all but the last group of answers survived the kill (nothing was in a shard)
        start = len(server.records)
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        asked_again = {r.prompt for r in server.records[start:]}
        asked_again.discard("ping")  # the rerun's endpoint probe (`medsyn generate` sends it first), not a task
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert not asked_again & kept  # what the ledger held was not paid for twice
    assert len(asked_again) == n - len(kept)
    assert shards.read_manifest(out)["runs"][-1]["ledger_hits"] == len(kept)
    assert sorted(schema.read_notes(out).column("id").to_pylist()) == [f"t{i:06d}" for i in range(n)]


def test_ledger_cli_stats_export_prune(tmp_path):
    path = tmp_path / "l.sqlite3"
    with Ledger(path) as ledger:
        for seed, model in ((1, "m"), (2, "m"), (3, "other")):
            payload = _payload(seed=seed)
            payload["body"]["model"] = model
            ledger.record(request_key(payload), payload, GenerationResult("Запись.", "stop", 10, 20, 0.1, model),
                          cost=0.5, mode="online", origin="/out")
        truncated = _payload(seed=4)
        ledger.record(request_key(truncated), truncated, GenerationResult("Запи", "length", 10, 20), cost=0.5,
                      mode="online", origin="/out")
        ledger.lookup(request_key(_payload(seed=1)))
    runner = CliRunner()
    stats = runner.invoke(app, ["ledger", "stats", "--ledger", str(path)])
    assert stats.exit_code == 0, stats.output
    assert "4 answers" in stats.output and "1 hit " in stats.output and "1.5000" in stats.output
    export = runner.invoke(app, ["ledger", "export", "--ledger", str(path), "--out", str(tmp_path / "e.jsonl"),
                                 "--model", "m"])
    assert export.exit_code == 0, export.output
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == 3 and {line["model"] for line in lines} == {"m"}
    assert lines[0]["request"]["body"]["messages"][0]["content"] == "x" and "usage" in lines[0]["response"]
    nothing = runner.invoke(app, ["ledger", "prune", "--ledger", str(path)])
    assert nothing.exit_code == 1 and "prune needs" in nothing.output
    pruned = runner.invoke(app, ["ledger", "prune", "--ledger", str(path), "--unusable"])
    assert pruned.exit_code == 0 and "1 answer" in pruned.output
    pruned = runner.invoke(app, ["ledger", "prune", "--ledger", str(path), "--model", "other"])
    assert pruned.exit_code == 0 and "1 answer" in pruned.output
    with Ledger(path) as ledger:
        assert ledger.stats().answers == 2 and ledger.spent("/out") == pytest.approx(2.0)  # charges stay
    folder = runner.invoke(app, ["ledger", "stats", "--ledger", str(tmp_path)])
    assert folder.exit_code == 1 and "must be a file" in folder.output
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello", encoding="utf-8")
    bad = runner.invoke(app, ["ledger", "stats", "--ledger", str(not_db)])
    assert bad.exit_code == 1 and "not a medsyn ledger" in bad.output and "Traceback" not in bad.output


# ---- whose file it is ----------------------------------------------------------------------------

_MAIN_SCHEMA = """CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE responses (key TEXT PRIMARY KEY, model TEXT, request TEXT NOT NULL, text TEXT, finish_reason TEXT,
 prompt_tokens INTEGER, completion_tokens INTEGER, answered_by TEXT, latency_s REAL, usable INTEGER NOT NULL, cost REAL,
 mode TEXT NOT NULL, created_at REAL NOT NULL, hits INTEGER NOT NULL DEFAULT 0, last_hit_at REAL);
CREATE TABLE charges (id INTEGER PRIMARY KEY, key TEXT NOT NULL, model TEXT, origin TEXT NOT NULL, mode TEXT NOT NULL,
 prompt_tokens INTEGER, completion_tokens INTEGER, cost REAL, at REAL NOT NULL, ref TEXT);
CREATE TABLE batches (submission_id TEXT PRIMARY KEY, origin TEXT NOT NULL, endpoint TEXT NOT NULL,
 input_file_id TEXT NOT NULL, batch_id TEXT, status TEXT NOT NULL, requests INTEGER NOT NULL, round INTEGER NOT NULL,
 output_file_id TEXT, error_file_id TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL,
 ingested INTEGER NOT NULL DEFAULT 0);
CREATE TABLE batch_requests (submission_id TEXT NOT NULL, custom_id TEXT NOT NULL, key TEXT NOT NULL,
 PRIMARY KEY (submission_id, custom_id));
INSERT INTO meta VALUES ('schema', '1');"""


def test_read_only_commands_leave_the_ledger_byte_for_byte(tmp_path):
    path = tmp_path / "l.sqlite3"
    with Ledger(path) as ledger:
        ledger.record(request_key(_payload()), _payload(), GenerationResult("Жалобы.", "stop", 3, 4, model="m"),
                      cost=0.01, mode="online", origin="o")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    runner = CliRunner()
    assert runner.invoke(app, ["ledger", "stats", "--ledger", str(path)]).exit_code == 0
    out = tmp_path / "export" / "a.jsonl"
    out.parent.mkdir()
    assert runner.invoke(app, ["ledger", "export", "--ledger", str(path), "--out", str(out)]).exit_code == 0
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    missing = tmp_path / "nope.sqlite3"
    assert runner.invoke(app, ["ledger", "stats", "--ledger", str(missing)]).exit_code == 1
    assert not missing.exists()


def test_a_ledger_written_before_the_marker_is_still_ours(tmp_path):
    path = tmp_path / "old.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.executescript(_MAIN_SCHEMA)
    result = CliRunner().invoke(app, ["ledger", "stats", "--ledger", str(path)])
    assert result.exit_code == 0, result.output
    with Ledger(path) as ledger:  # opened for writing: it gets the marker
        assert ledger.spent("o") == 0.0
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == ledger_file.APPLICATION_ID


def test_a_new_ledger_carries_the_marker_and_an_empty_file_becomes_one(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    Ledger(path).close()
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == ledger_file.APPLICATION_ID
        assert con.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone() == (ledger_file.SCHEMA_VERSION,)
