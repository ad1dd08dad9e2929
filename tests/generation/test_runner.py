"""The runner end to end against a fake OpenAI server with injected faults; shards, resume, merge, limits."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset import schema
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.ratelimit import RateLimiter, TokenBucket, estimate_tokens
from medsyn_dataset.generation.runner import agenerate_notes, failure_reason, generate_notes

SECRET = "sk-test-SECRET-never-in-files-42"

# Task index -> what the fake server does with it (attempt numbers count from 1).
RECOVERS = {1: "429 then ok", 2: "500 twice then ok", 3: "hang then ok"}
FAILS = {4: "always 500", 5: "empty", 6: "refusal", 7: "length", 8: "400"}


def _index(prompt: str) -> int:
    return int(prompt.rsplit("t", 1)[1].rstrip("."))


def _faults(healed: set[int] | None = None):
    healed = healed or set()

    def fault(prompt: str, attempt: int):
        i = _index(prompt) % 10
        if i in healed:
            return None
        if i == 1 and attempt == 1:
            return fake.Fault("429", retry_after="0")
        if i == 2 and attempt <= 2:
            return fake.Fault("500")
        if i == 3 and attempt == 1:
            return fake.Fault("hang", hang_s=2)
        return {4: fake.Fault("500"), 5: fake.Fault("empty"), 6: fake.Fault("refusal"), 7: fake.Fault("length"),
                8: fake.Fault("400")}.get(i)

    return fault


def _ids(out_dir: Path) -> list[str]:
    return [i for p in shards.list_shards(out_dir) for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]


def _all_bytes(out_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out_dir.rglob("*")) if p.is_file())


def test_failure_reason_classifies_bad_outputs():
    assert failure_reason(GenerationResult("Жалобы на кашель.", "stop")) is None
    assert failure_reason(GenerationResult(None, error="HTTP 500: x")) == "HTTP 500: x"
    assert failure_reason(GenerationResult("  \n", "stop")) == "empty output"
    assert "truncated" in failure_reason(GenerationResult("Жалобы на", "length"))
    assert "content filter" in failure_reason(GenerationResult("...", "content_filter"))
    for refusal in ("Извините, но я не могу написать это.", "К сожалению, я не могу помочь.",
                    "I’m sorry, but I can’t help with that.", "As an AI language model, I cannot"):
        assert failure_reason(GenerationResult(refusal, "stop")).startswith("refused"), refusal
    # a note that merely mentions inability is fine
    assert failure_reason(GenerationResult("Пациент не может спать из-за кашля.", "stop")) is None


def test_faulty_server_every_task_written_or_failed_once_then_resume_heals(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 40)
    out = tmp_path / "out"
    with fake.FakeOpenAIServer(latency_s=0.005, fault=_faults()) as server:
        first = generate_notes(
            tasks, out, "openai", model="fake-model", base_url=server.base_url, concurrency=8, shard_size=7,
            timeout_s=0.5, max_retries=3, progress=False, backend_options={"backoff_base_s": 0.01},
            price_table={"fake-model": {"prompt_per_1k": 1.0, "completion_per_1k": 2.0}},
        )
    n_fail = sum(1 for i in range(40) if i % 10 in FAILS)
    assert (first.total, first.done_before, first.written, first.failed) == (40, 0, 40 - n_fail, n_fail)
    assert first.exit_code == 3 and first.failures_pending == n_fail and not first.interrupted
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == 40 - n_fail
    failures = shards.read_failures(out)
    assert set(ids) | set(failures) == {f"t{i:06d}" for i in range(40)}
    assert not set(ids) & set(failures)
    reasons = {tid: f.error for tid, f in failures.items()}
    assert "HTTP 500" in reasons["t000004"] and failures["t000004"].attempts == 4
    assert reasons["t000005"] == "empty output"
    assert reasons["t000006"].startswith("refused")
    assert "truncated" in reasons["t000007"] and failures["t000007"].finish_reason == "length"
    assert "HTTP 400" in reasons["t000008"] and failures["t000008"].attempts == 1
    # shards: 7 rows each but the last, note schema, facts copied, provenance filled
    sizes = [pq.ParquetFile(p).metadata.num_rows for p in shards.list_shards(out)]
    assert sizes[:-1] == [7] * (len(sizes) - 1) and 0 < sizes[-1] <= 7
    notes = schema.read_notes(out)
    by_id = {r["id"]: r for r in notes.to_pylist()}
    note = by_id["t000001"]
    task = fake.task_rows(40)[1]
    assert note["text"] == fake.note_text(task["prompt"])
    assert note["icd10_code"] == task["icd10_code"] and note["symptoms"] == task["symptoms"]
    assert note["patient"]["age"] == task["patient"]["age"] and note["prompt"] == task["prompt"]
    gen = note["generation"]
    assert gen["backend"] == "openai" and gen["model"] == "fake-model" and gen["seed"] == task["seed"]
    assert json.loads(gen["params"]) == {"max_tokens": 256, "temperature": 0.7}
    assert gen["finish_reason"] == "stop" and gen["completion_tokens"] > 0 and gen["latency_s"] > 0
    assert gen["created_at"].endswith("+00:00")
    assert note["source"]["kind"] == "generated" and note["source"]["dataset"] == "tasks"
    assert note["validation"] is None
    assert first.cost and first.cost > 0 and first.tokens > 0
    manifest = shards.read_manifest(out)
    assert manifest["counts"] == {"tasks": 40, "done": 40 - n_fail, "failed": n_fail, "pending": n_fail,
                                  "duplicate_rows": 0}
    assert manifest["backend"] == "openai" and manifest["model"] == "fake-model"
    assert [s["name"] for s in manifest["shards"]] == [p.name for p in shards.list_shards(out)]
    assert all(s["sha256"] == shards.sha256_file(out / s["name"]) for s in manifest["shards"])
    assert SECRET.encode() not in _all_bytes(out)

    # rerun against a healed server: only the failed tasks are requested, and now all are written
    with fake.FakeOpenAIServer(fault=_faults(healed=set(FAILS))) as server:
        second = generate_notes(tasks, out, "openai", model="fake-model", base_url=server.base_url,
                                concurrency=4, shard_size=7, progress=False)
        requested = {r.prompt for r in server.records}
    assert requested == {t["prompt"] for t in fake.task_rows(40) if int(t["task_id"][1:]) % 10 in FAILS}
    assert (second.done_before, second.written, second.failed, second.exit_code) == (40 - n_fail, n_fail, 0, 0)
    ids = _ids(out)
    assert sorted(ids) == [f"t{i:06d}" for i in range(40)]
    assert shards.read_failures(out) == {}
    assert len(shards.read_manifest(out)["runs"]) == 2
    assert SECRET.encode() not in _all_bytes(out)
    # a third run has nothing to do and contacts nobody
    third = generate_notes(tasks, out, "openai", model="m", base_url="http://127.0.0.1:9/v1", progress=False)
    assert (third.done_before, third.written, third.failed) == (40, 0, 0)


class SlowEcho:
    """A backend that answers after ``delay`` seconds and counts calls."""

    name = "slow-echo"

    def __init__(self, delay: float = 0.0, model: str = "echo") -> None:
        self.delay = delay
        self.model = model
        self.calls = 0

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        self.calls += 1
        await asyncio.sleep(self.delay)
        return GenerationResult(f"Запись для {request.task_id}: жалобы на кашель.", "stop", 10, 20, self.delay)

    async def aclose(self) -> None:
        return None


def test_interrupt_flushes_buffered_notes_and_resume_completes(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 60)
    out = tmp_path / "out"
    backend = SlowEcho(delay=0.01)

    async def interrupted_run():
        job = asyncio.create_task(agenerate_notes(tasks, out, backend, concurrency=4, shard_size=1000, progress=False))
        while backend.calls < 12:
            await asyncio.sleep(0.005)
        job.cancel()
        return await job

    summary = asyncio.run(interrupted_run())
    assert summary.interrupted and summary.exit_code == 130
    assert 8 <= summary.written < 60 and summary.skipped == 60 - summary.written - summary.failed
    ids = _ids(out)  # the buffer (far below shard_size) was flushed on the way out
    assert len(ids) == len(set(ids)) == summary.written
    rest = generate_notes(tasks, out, SlowEcho(), concurrency=4, progress=False)
    assert rest.done_before == summary.written and rest.written == 60 - summary.written
    assert sorted(_ids(out)) == [f"t{i:06d}" for i in range(60)]


def test_limit_model_default_and_template_backend(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 12, params={"model": "from-tasks", "max_tokens": 100})
    echo = SlowEcho()
    summary = generate_notes(tasks, tmp_path / "a", echo, limit=5, shard_size=2, progress=False)
    assert (summary.total, summary.written, echo.calls) == (5, 5, 5)
    assert sorted(_ids(tmp_path / "a")) == [f"t{i:06d}" for i in range(5)]
    # a bigger limit later picks up where the small one stopped
    summary = generate_notes(tasks, tmp_path / "a", echo, shard_size=2, progress=False)
    assert (summary.done_before, summary.written) == (5, 7)
    # the offline template composer through the registry (3a's backend)
    full = fake.write_tasks(tmp_path / "t2.parquet", 6)
    summary = generate_notes(full, tmp_path / "b", "template", shard_size=4, progress=False, run_name="demo")
    assert summary.written == 6 and summary.exit_code == 0
    notes = schema.read_notes(tmp_path / "b").to_pylist()
    assert {n["generation"]["backend"] for n in notes} == {"template"}
    assert {n["source"]["dataset"] for n in notes} == {"demo"}
    assert all(len(n["text"]) > 50 for n in notes)


def test_duplicate_shards_from_two_runs_merge_and_compact(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 10)
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    generate_notes(tasks, out_a, SlowEcho(), shard_size=4, progress=False)
    generate_notes(tasks, out_b, SlowEcho(model="other"), shard_size=3, progress=False)
    # copy run b's shards behind run a's: every id is now there twice
    for i, shard in enumerate(shards.list_shards(out_b)):
        shutil.copy(shard, out_a / shards.shard_name(10 + i))
    state = shards.scan(out_a)
    assert len(state.done_ids) == 10 and state.duplicate_rows == 10
    merged = shards.read_shards(out_a)
    assert merged.num_rows == 10
    assert {g["model"] for g in merged.column("generation").to_pylist()} == {"echo"}  # the first by shard order
    # a resumed run sees nothing to do and reports the duplicates
    summary = generate_notes(tasks, out_a, SlowEcho(), progress=False)
    assert summary.written == 0 and summary.duplicates_found == 10
    from medsyn_dataset.cli import app

    result = CliRunner().invoke(app, ["generate", "--tasks", tasks, "--out", str(out_a), "--shard-size", "6",
                                      "--compact", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 clean shards" in result.output
    assert [p.name for p in shards.list_shards(out_a)] == ["part-00000.parquet", "part-00001.parquet"]
    assert sorted(_ids(out_a)) == [f"t{i:06d}" for i in range(10)]
    assert shards.scan(out_a).duplicate_rows == 0
    assert [s["name"] for s in shards.read_manifest(out_a)["shards"]] == ["part-00000.parquet", "part-00001.parquet"]


def test_existing_shard_names_are_never_overwritten(tmp_path):
    table = schema.table_from_rows(
        [{"id": "a", "icd10_code": "J06", "text": "x"}], "note"
    )
    first = shards.write_shard(tmp_path, 0, table)
    before = (tmp_path / first.name).read_bytes()
    second = shards.write_shard(tmp_path, 0, table)
    assert (first.name, second.name) == ("part-00000.parquet", "part-00001.parquet")
    assert (tmp_path / first.name).read_bytes() == before


def test_bad_inputs_are_clear_errors(tmp_path):
    rows = fake.task_rows(3)
    rows[2]["task_id"] = rows[0]["task_id"]
    dup = tmp_path / "dup.parquet"
    schema.write_table(schema.table_from_rows(rows, "task"), dup, "task")
    with pytest.raises(ValueError, match=r"dup\.parquet: row 2: field 'task_id'"):
        generate_notes(dup, tmp_path / "o", SlowEcho(), progress=False)
    rows = fake.task_rows(3)
    rows[1]["params"] = "{not json"
    bad = tmp_path / "bad.parquet"
    schema.write_table(schema.table_from_rows(rows, "task"), bad, "task")
    with pytest.raises(ValueError, match=r"bad\.parquet: row 1: field 'params'"):
        generate_notes(bad, tmp_path / "o", SlowEcho(), progress=False)
    with pytest.raises(FileNotFoundError):
        generate_notes(tmp_path / "missing.parquet", tmp_path / "o", SlowEcho(), progress=False)
    # a folder made from one tasks file refuses another (here: the same ids with other sampling
    # params; a larger plan that keeps the old tasks unchanged is a top-up, see test_topup_*)
    a = fake.write_tasks(tmp_path / "a.parquet", 3)
    b = fake.write_tasks(tmp_path / "b.parquet", 4, params={"temperature": 0.1, "max_tokens": 256})
    generate_notes(a, tmp_path / "o", SlowEcho(), progress=False)
    with pytest.raises(ValueError, match="another tasks file"):
        generate_notes(b, tmp_path / "o", SlowEcho(), progress=False)
    fewer = fake.write_tasks(tmp_path / "fewer.parquet", 2)  # a smaller plan would orphan a note
    with pytest.raises(ValueError, match="another tasks file: note 't000002' has no task"):
        generate_notes(fewer, tmp_path / "o", SlowEcho(), progress=False)
    with pytest.raises(ValueError, match="unknown backend"):
        generate_notes(b, tmp_path / "o2", "nope", progress=False)
    assert not shards.list_shards(tmp_path / "o2")
    assert not (tmp_path / "o2" / shards.MANIFEST_FILE).exists()


def test_lock_and_stale_temp_files(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".part-00000.parquet.abc123.tmp"
    stale.write_bytes(b"half a shard")
    with shards.exclusive_lock(out), pytest.raises(ValueError, match="another `medsyn generate`"):
        generate_notes(tasks, out, SlowEcho(), progress=False)
    generate_notes(tasks, out, SlowEcho(), progress=False)
    assert not stale.exists()
    assert sorted(_ids(out)) == ["t000000", "t000001", "t000002"]


def test_token_bucket_paces_requests_and_tokens():
    now = [0.0]
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)
        now[0] += delay

    async def go():
        rpm = TokenBucket(60, clock=lambda: now[0], sleep=sleep)  # 1 request/s, burst 1
        for _ in range(5):
            await rpm.acquire()
        limiter = RateLimiter(tokens_per_minute=6000, clock=lambda: now[0], sleep=sleep)  # 100 tokens/s
        start = now[0]
        for _ in range(3):
            await limiter.acquire(3000)
        return now[0] - start

    token_wait = asyncio.run(go())
    assert sum(slept[:4]) == pytest.approx(4.0)  # 5 requests at 1/s after a burst of 1
    assert token_wait == pytest.approx(30.0)  # bucket of 6000 covers 2 requests; the third waits 3000/100 s
    assert estimate_tokens("абв" * 10, "где" * 100, 200) == 330 // 3 + 8 + 200


def test_rate_limited_run_takes_at_least_the_limit(tmp_path):
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 30)
    started = time.perf_counter()
    summary = generate_notes(tasks, tmp_path / "o", SlowEcho(), concurrency=8, requests_per_minute=1200, progress=False)
    elapsed = time.perf_counter() - started
    assert summary.written == 30
    assert elapsed >= 0.45  # 20 requests/s after a burst of one second's worth (20): 10 more need 0.5 s


def test_cli_generate_exit_codes_and_summary(tmp_path, monkeypatch):
    from medsyn_dataset.cli import app

    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 10)
    runner = CliRunner()
    ok = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "ok"), "--backend", "template",
                             "--shard-size", "4", "--no-progress"])
    assert ok.exit_code == 0, ok.output
    assert sorted(_ids(tmp_path / "ok")) == [f"t{i:06d}" for i in range(10)]
    with fake.FakeOpenAIServer(fault=_faults()) as server:
        failing = runner.invoke(app, ["generate", "--tasks", tasks, "--out", str(tmp_path / "f"), "--backend", "openai",
                                      "--model", "fake", "--base-url", server.base_url, "--timeout", "0.5",
                                      "--max-retries", "2", "--no-progress"])
    assert failing.exit_code == 3, failing.output
    assert "failed" in failing.output and "rerun" in failing.output
    assert len(shards.read_failures(tmp_path / "f")) == len(FAILS)
    bad = runner.invoke(app, ["generate", "--tasks", str(tmp_path / "nope.parquet"), "--out", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "nope.parquet" in bad.output
    assert "Exit codes" in runner.invoke(app, ["generate", "--help"]).output


def test_openai_model_defaults_to_the_tasks_params(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3, params={"model": "from-tasks", "max_tokens": 50})
    with fake.FakeOpenAIServer() as server:
        summary = generate_notes(tasks, tmp_path / "o", "openai", base_url=server.base_url, progress=False)
        sent = {r.body["model"] for r in server.records}
    assert summary.written == 3 and sent == {"from-tasks"}
    notes = schema.read_notes(tmp_path / "o").to_pylist()
    assert {n["generation"]["model"] for n in notes} == {"from-tasks"}
    assert shards.read_manifest(tmp_path / "o")["base_url"] == server.base_url


def test_progress_bar_shows_counts_tokens_and_failures(tmp_path):
    import io

    from rich.console import Console

    from medsyn_dataset.generation import runner

    class HalfFailing(SlowEcho):
        async def generate(self, request):
            result = await super().generate(request)
            return GenerationResult("", "stop") if int(request.task_id[1:]) % 2 else result

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 6)
    buffer = io.StringIO()
    original = runner._progress_console
    runner._progress_console = lambda: Console(file=buffer, width=200, force_terminal=False)
    try:
        summary = generate_notes(tasks, tmp_path / "o", HalfFailing(), progress=True)
    finally:
        runner._progress_console = original
    shown = buffer.getvalue()
    assert summary.written == 3 and summary.failed == 3
    assert "6/6" in shown and "3 failed" in shown and "90 tok" in shown and "notes/s" in shown


def test_price_table_from_yaml_json_and_prefix_match(tmp_path):
    from medsyn_dataset.generation.pricing import load_price_table, price_for

    yaml_file = tmp_path / "prices.yaml"
    yaml_file.write_text("gpt-4o-mini: {prompt_per_1k: 0.00015, completion_per_1k: 0.0006}\ngpt-4o: {prompt_per_1k: 0.0025, completion_per_1k: 0.01}\n")
    table = load_price_table(yaml_file)
    assert price_for(table, "gpt-4o-mini-2024-07-18") == table["gpt-4o-mini"]  # longest prefix, not gpt-4o
    assert price_for(table, "llama") is None
    assert table["gpt-4o"].cost(1000, 500) == pytest.approx(0.0025 + 0.005)
    json_file = tmp_path / "prices.json"
    json_file.write_text('{"m": {"prompt_per_1k": 1}}')
    with pytest.raises(ValueError, match=r"prices\.json: model 'm': field 'completion_per_1k' is missing"):
        load_price_table(json_file)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 4)
    summary = generate_notes(tasks, tmp_path / "o", SlowEcho(model="gpt-4o"), price_table=yaml_file, progress=False)
    assert summary.cost == pytest.approx(4 * (10 * 0.0025 + 20 * 0.01) / 1000)
    assert shards.read_manifest(tmp_path / "o")["runs"][-1]["cost"] == pytest.approx(summary.cost)


def test_concurrency_is_bounded_and_reached_beyond_the_http_pool_default(tmp_path, monkeypatch):
    """httpx pools 100 connections by default; the backend sizes its pool to --concurrency.

    The server answers nothing until 130 requests are in flight at once (not after a fixed latency,
    which a slow client on a loaded machine may not fill), then waits a moment more for a 131st. Its
    first answer comes at once: admission opens the window fully only after an answer without
    rate-limit headers (before that, 8 in flight)."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 260)
    with fake.FakeOpenAIServer(hold_until=130, hold_after=1) as server:
        summary = generate_notes(tasks, tmp_path / "o", "openai", model="m", base_url=server.base_url,
                                 concurrency=130, progress=False)
        peak, reached = server.max_in_flight, server.hold_reached
    assert summary.written == 260
    assert reached and peak == 130, f"at most {peak} requests were in flight at once (130 reached: {reached})"


def test_sync_and_async_entry_points_take_the_same_options():
    # generate_notes forwards every option to agenerate_notes by keyword: an option added to one
    # and not the other would be silently unreachable from the sync API.
    import inspect

    sync = dict(inspect.signature(generate_notes).parameters)
    async_ = dict(inspect.signature(agenerate_notes).parameters)
    assert async_.pop("handle_sigterm").default is False  # the sync form always handles SIGTERM
    assert [(p.name, p.kind, p.default) for p in sync.values()] == [
        (p.name, p.kind, p.default) for p in async_.values()
    ]
