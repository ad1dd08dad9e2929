"""`medsyn generate --batch` against the fake server's Files + Batches endpoints: split, poll, ingest,
resubmit expired lines, budget, and a kill -9 with batches in flight (no batch sent twice)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from support import fake_openai_server as fake
from support.fake_openai_batch import BatchBehaviour, Outcome

from medsyn_dataset import schema
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.ledger import Ledger
from medsyn_dataset.generation.runner import generate_notes
from medsyn_dataset.generation.settings import BatchSettings

PRICES = {"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0}}
FAST = BatchSettings(max_requests=10, poll_interval_s=0.02)


def _ids(out: Path) -> list[str]:
    return [i for p in shards.list_shards(out) for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]


def _run(tasks, out, server, batch=FAST, **kw):
    return generate_notes(tasks, out, "openai", model="fake-model", base_url=server.base_url, batch=batch,
                          progress=False, price_table=PRICES, **kw)


def test_batch_run_splits_polls_ingests_at_half_price(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 25)
    with fake.FakeOpenAIServer() as server:
        summary = _run(tasks, tmp_path / "out", server)
        sent = server.batch.lines_sent()
        chat = list(server.records)
        batches = list(server.batch.batches.values())
    assert summary.exit_code == 0 and summary.written == 25 and summary.batches == 3
    assert sorted(sent) == [f"t{i:06d}" for i in range(25)]  # every task in exactly one batch line
    assert [len(b.lines) for b in batches] == [10, 10, 5]  # split by max_requests
    assert {b.endpoint for b in batches} == {"/v1/chat/completions"} and not chat  # nothing sent online
    assert sorted(_ids(tmp_path / "out")) == [f"t{i:06d}" for i in range(25)]
    notes = {r["id"]: r for r in schema.read_notes(tmp_path / "out").to_pylist()}
    task = fake.task_rows(25)[3]
    assert notes["t000003"]["text"] == fake.note_text(task["prompt"])
    assert notes["t000003"]["generation"]["backend"] == "openai"
    online_cost = sum((len(t["prompt"]) // 3) * 1.0 + (len(fake.note_text(t["prompt"])) // 3) * 2.0
                      for t in fake.task_rows(25)) / 1000
    assert summary.cost == pytest.approx(online_cost / 2)  # Batch API: half price
    assert shards.read_manifest(tmp_path / "out")["spend"]["usd"] == pytest.approx(online_cost / 2)


def test_expired_and_failed_lines_are_sent_again_answered_ones_never(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")

    def outcome(n: int, ids: list[str]) -> Outcome:
        if n == 0:
            return Outcome("expired", answered=4)  # 4 of 10 lines ran before the window ended
        if n == 1:
            return Outcome("failed")  # the second batch fails validation: all its lines again
        return Outcome()

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 18)
    with fake.FakeOpenAIServer(batch=BatchBehaviour(outcome=outcome)) as server:
        summary = _run(tasks, tmp_path / "out", server)
        batches = list(server.batch.batches.values())
    first, second = batches[0].custom_ids, batches[1].custom_ids
    assert len(first) == 10 and len(second) == 8
    resent = [cid for b in batches[2:] for cid in b.custom_ids]
    assert sorted(resent) == sorted(first[4:] + second)  # expired lines and the failed batch, not the answered 4
    assert summary.exit_code == 0 and summary.written == 18
    assert sorted(_ids(tmp_path / "out")) == [f"t{i:06d}" for i in range(18)]


def test_resubmission_limit_then_failures_then_a_rerun_retries(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 6)
    always_expire = BatchBehaviour(outcome=lambda n, ids: Outcome("expired", answered=2))
    with fake.FakeOpenAIServer(batch=always_expire) as server:
        summary = _run(tasks, tmp_path / "out", server, batch=BatchSettings(poll_interval_s=0.02, max_resubmits=1))
        n_batches = len(server.batch.batches)
    assert n_batches == 2  # the first batch and one resubmission of its expired lines
    assert summary.written == 4 and summary.failures_pending == 2 and summary.exit_code == 3
    failed = shards.read_failures(tmp_path / "out")
    assert all("batch_expired" in f.error for f in failed.values())
    with fake.FakeOpenAIServer() as server:
        again = _run(tasks, tmp_path / "out", server)
        resent = server.batch.lines_sent()
    assert sorted(resent) == sorted(failed)  # the rerun sends only the failed tasks
    assert again.written == 2 and again.exit_code == 0
    assert sorted(_ids(tmp_path / "out")) == [f"t{i:06d}" for i in range(6)]


def test_batch_budget_submits_batches_while_the_budget_allows(tmp_path, monkeypatch):
    # Changed on purpose (issue 12, review M3): a request that does not fit while batches are open waits
    # for them to be settled at their real cost and goes in a later batch; "budget reached" only when
    # the next request does not fit with nothing open. (Before, the run stopped after the first batch,
    # sized from the worst case, having spent a fraction of the budget.)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 60, params={"max_tokens": 100})
    prompt_bytes = len("Ты врач. Пиши без приветствий.".encode()) + len("Напиши короткую запись приёма. Задание t000000.".encode())
    worst = ((prompt_bytes + 11) * 1.0 + 100 * 2.0) / 1000 / 2  # per request at batch prices
    budget = 5.5 * worst
    with fake.FakeOpenAIServer() as server:
        summary = _run(tasks, tmp_path / "out", server, budget_usd=budget)
        sent = server.batch.lines_sent()
        batches = list(server.batch.batches.values())
    assert len(batches[0].custom_ids) == 5  # the first batch: what fits at worst case
    assert len(batches) > 1 and len(sent) == len(set(sent)) == summary.written > 5
    assert summary.budget_exhausted and summary.exit_code == 5 and summary.written < 60
    assert summary.spent_usd <= budget  # the cap holds ...
    assert summary.spent_usd + worst > budget  # ... and the run stopped only when the next request did not fit


def test_kill_9_with_batches_in_flight_then_rerun_sends_no_batch_twice(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 30)
    out = tmp_path / "out"
    ledger = tmp_path / "ledger.sqlite3"
    # the batches stay in progress until the kill (a fixed 2 s could run out while a loaded machine
    # still submits the fourth), then finish as soon as the rerun polls them
    held = BatchBehaviour(validating_s=0.1, in_progress_s=3600.0)
    with fake.FakeOpenAIServer(batch=held) as server:
        cmd = [sys.executable, "-m", "medsyn_dataset.cli", "generate", "--tasks", tasks, "--out", str(out),
               "--backend", "openai", "--model", "fake-model", "--base-url", server.base_url, "--batch",
               "--batch-poll", "0.05", "--batch-max-requests", "8", "--ledger", str(ledger), "--no-progress"]
        env = {**os.environ, "OPENAI_API_KEY": "sk-test"}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 300  # only against a hang: start-up alone is slow on a loaded machine
        while len(server.batch.batches) < 4:  # all four batches (8+8+8+6) submitted, none finished
            assert proc.poll() is None, proc.stdout.read().decode()
            assert time.monotonic() < deadline, "batches were not submitted in time"
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert not shards.list_shards(out)  # nothing finished yet
        with Ledger(ledger) as led:
            assert len(led.open_submissions(str(out.resolve()))) == 4
        server.batch.behaviour = BatchBehaviour(validating_s=0.0, in_progress_s=0.0)
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        sent = server.batch.lines_sent()
        n_batches = len(server.batch.batches)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert n_batches == 4  # the rerun polled the same batches instead of sending new ones
    assert Counter(sent) == Counter(f"t{i:06d}" for i in range(30))
    ids = _ids(out)
    assert sorted(ids) == [f"t{i:06d}" for i in range(30)] and len(ids) == len(set(ids))
