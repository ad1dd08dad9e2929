"""`medsyn generate` as a subprocess, killed mid-run (SIGKILL, SIGTERM) and rerun: every task exactly once."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
from support import fake_openai_server as fake

from medsyn_dataset.generation import shards

SECRET = "sk-test-SECRET-kill-resume-7"


def _cmd(tasks: str, out: Path, *extra: str, shard_size: int = 5) -> list[str]:
    return [sys.executable, "-m", "medsyn_dataset.cli", "generate", "--tasks", tasks, "--out", str(out),
            "--shard-size", str(shard_size), "--no-progress", *extra]


def _env() -> dict[str, str]:
    return {**os.environ, "OPENAI_API_KEY": SECRET, "PYTHONUNBUFFERED": "1"}


def _ids(out: Path) -> list[str]:
    return [i for p in shards.list_shards(out) for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]


def _start_and_wait_for_shards(cmd: list[str], out: Path, at_least: int, timeout: float = 300.0) -> subprocess.Popen:
    # the timeouts here only guard against a hang: a loaded 2-core machine takes long to start a run
    before = len(shards.list_shards(out))
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while len(shards.list_shards(out)) < before + at_least:
        if proc.poll() is not None:
            raise AssertionError(f"finished before it could be killed: {proc.stdout.read().decode()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("no shard appeared in time")
        time.sleep(0.005)
    return proc


def test_sigkill_then_sigterm_mid_run_then_rerun_gives_every_task_exactly_once(tmp_path):
    n = 100
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", n)
    out = tmp_path / "out"
    with fake.FakeOpenAIServer(latency_s=0.04) as server:
        cmd = _cmd(tasks, out, "--backend", "openai", "--model", "fake", "--base-url", server.base_url,
                   "--concurrency", "4")
        # 1) kill -9 after a shard was written, with requests in flight and notes in the buffer
        run_starts = [(0, set())]  # (index into server.records, ids durable in shards) at each run's start
        proc = _start_and_wait_for_shards(cmd, out, 1)
        time.sleep(random.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
        ids = _ids(out)
        assert len(ids) == len(set(ids)) < n  # partial, but no repeats
        # 2) SIGTERM: the buffer is flushed, the run is recorded as interrupted, exit code 130
        run_starts.append((len(server.records), set(ids)))
        proc = _start_and_wait_for_shards(cmd, out, 1)
        time.sleep(0.07)
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=120)[0].decode()
        assert proc.returncode == 130, output
        assert "interrupted" in output
        last_run = shards.read_manifest(out)["runs"][-1]
        assert last_run["interrupted"] is True
        ids_after_term = _ids(out)
        assert len(ids_after_term) == len(set(ids_after_term)) == len(ids) + last_run["written"] < n
        # 3) the rerun finishes the rest
        run_starts.append((len(server.records), set(ids_after_term)))
        final = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
        records = list(server.records)
    assert final.returncode == 0, final.stdout + final.stderr
    assert sorted(_ids(out)) == [f"t{i:06d}" for i in range(n)]
    # A rerun never requests a task that was already durable in a shard when it started. (Tasks in
    # flight, buffered, or in a shard being written at a kill are requested again: that's the price.)
    bounds = [start for start, _ in run_starts[1:]] + [len(records)]
    for (start, durable), end in zip(run_starts, bounds, strict=True):
        # (each run first sends one probe request, "ping", to check the endpoint: not a task)
        asked = {m.group(1) for r in records[start:end] if (m := re.search(r"Задание (t\d{6})", r.prompt))}
        assert all(r.prompt == "ping" for r in records[start:end] if "Задание" not in r.prompt)
        assert not asked & durable, sorted(asked & durable)
    assert shards.read_failures(out) == {}
    manifest = shards.read_manifest(out)
    assert manifest["counts"]["done"] == n and manifest["counts"]["duplicate_rows"] == 0
    assert manifest["runs"][-1]["done_before"] == len(ids_after_term)
    assert not list(out.glob(".*.tmp"))
    assert SECRET.encode() not in b"".join(p.read_bytes() for p in out.iterdir() if p.is_file())


def test_sigkill_during_fast_shard_writes(tmp_path):
    """The template composer writes a shard every few milliseconds: a kill at a random moment often lands mid-write."""
    n = 800
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", n)
    out = tmp_path / "out"
    cmd = _cmd(tasks, out, "--backend", "template", "--concurrency", "8", shard_size=20)
    proc = _start_and_wait_for_shards(cmd, out, 1)
    time.sleep(random.uniform(0.0, 0.03))
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    ids = _ids(out)
    assert len(ids) == len(set(ids)) < n
    final = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stdout + final.stderr
    assert sorted(_ids(out)) == [f"t{i:06d}" for i in range(n)]
    assert shards.scan(out).duplicate_rows == 0
