"""`medsyn generate`: run a tasks table through a backend into resumable, crash-safe note shards.

A fixed pool of ``concurrency`` workers pulls tasks from a bounded queue (so memory does not grow
with the size of the tasks table), waits for the rate limiter, calls the backend, checks the
result (:func:`failure_reason`), and hands successes to a :class:`~.shards.ShardWriter` that writes
a shard whenever ``shard_size`` rows are buffered. Failures go to ``failures.parquet``, never into
a shard. On SIGTERM or Ctrl-C the buffered rows are flushed before returning; on ``kill -9`` they
are lost and generated again by the next run (see :mod:`.shards` for why nothing is duplicated).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa

from medsyn_dataset import __version__, schema
from medsyn_dataset.exit_codes import EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.base import Backend, GenerationRequest, GenerationResult
from medsyn_dataset.generation.pricing import PriceTable, load_price_table, price_for
from medsyn_dataset.generation.ratelimit import RateLimiter, estimate_tokens
from medsyn_dataset.outputs import GENERATE

#: Openings of a refusal instead of a note (compared case-insensitively after normalising quotes).
#: The one place to extend when a model refuses in a new way.
REFUSAL_OPENINGS: tuple[str, ...] = (
    "извините, но я не могу",
    "извините, я не могу",
    "к сожалению, я не могу",
    "простите, но я не могу",
    "я не могу помочь",
    "я не могу выполнить",
    "я не могу создать",
    "я не могу написать",
    "как языковая модель",
    "как ии",
    "i'm sorry, but i can",
    "i am sorry, but i can",
    "sorry, but i can't",
    "i can't help with",
    "i cannot help with",
    "i can't assist",
    "i cannot assist",
    "as an ai language model",
)

#: `medsyn generate` exits with this when tasks failed (the table of all codes: medsyn_dataset.exit_codes).
EXIT_FAILURES = EXIT_INCOMPLETE


def failure_reason(result: GenerationResult) -> str | None:
    """Why ``result`` must not become a note (``None`` if it is fine): error, empty, truncated, refused."""
    if result.error:
        return result.error
    text = (result.text or "").strip()
    if not text:
        return "empty output"
    if result.finish_reason == "length":
        return "truncated output (finish_reason=length)"
    if result.finish_reason == "content_filter":
        return "output blocked by the content filter (finish_reason=content_filter)"
    opening = text[:120].lower().replace("’", "'").replace("ё", "е")
    if opening.startswith(_REFUSALS_NORMALISED):
        return f"refused: {text[:80]!r}"
    return None


_REFUSALS_NORMALISED = tuple(r.replace("ё", "е") for r in REFUSAL_OPENINGS)


@dataclass(slots=True)
class GenerationSummary:
    total: int  # tasks in scope (after --limit)
    done_before: int  # of those, already in shards when the run started
    written: int  # notes written by this run
    failed: int  # tasks that failed in this run (after retries)
    skipped: int  # tasks in scope not attempted (run interrupted); they stay pending
    tokens: int  # prompt + completion tokens of this run (as reported by the backend)
    cost: float | None  # from the price table, if one was given and knows the model
    elapsed_s: float
    notes_per_s: float
    shards: list[str]  # shards written by this run
    prompt_tokens: int = 0
    completion_tokens: int = 0
    failures_pending: int = 0  # tasks in failures.parquet after the run (all runs)
    duplicates_found: int = 0  # rows in existing shards repeating an earlier id (resolved on read)
    interrupted: bool = False
    out_dir: str = ""
    errors: dict[str, int] = field(default_factory=dict)  # error message -> count, this run

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILURES if self.failures_pending else EXIT_OK


def generate_notes(
    tasks_path: str | Path,
    out_dir: str | Path,
    backend: Backend | str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    concurrency: int = 16,
    limit: int | None = None,
    shard_size: int = 1000,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    timeout_s: float = 120.0,
    max_retries: int = 6,
    price_table: PriceTable | str | Path | dict[str, Any] | None = None,
    progress: bool = True,
    run_name: str | None = None,
    backend_options: dict[str, Any] | None = None,
) -> GenerationSummary:
    """Generate a note for every task of ``tasks_path`` not yet in ``out_dir``; see the module docstring.

    ``backend`` is a :class:`Backend` instance (left open; the caller owns it) or a backend name
    (``openai``, ``transformers``, ``template``) built with ``model``, ``base_url``, ``timeout_s``,
    ``max_retries`` and ``backend_options``, and closed at the end. Returns the run's
    :class:`GenerationSummary`; ``summary.exit_code`` is what the CLI exits with.
    """
    return asyncio.run(
        agenerate_notes(
            tasks_path,
            out_dir,
            backend,
            model=model,
            base_url=base_url,
            concurrency=concurrency,
            limit=limit,
            shard_size=shard_size,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
            timeout_s=timeout_s,
            max_retries=max_retries,
            price_table=price_table,
            progress=progress,
            run_name=run_name,
            backend_options=backend_options,
            handle_sigterm=True,
        )
    )


async def agenerate_notes(
    tasks_path: str | Path,
    out_dir: str | Path,
    backend: Backend | str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    concurrency: int = 16,
    limit: int | None = None,
    shard_size: int = 1000,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    timeout_s: float = 120.0,
    max_retries: int = 6,
    price_table: PriceTable | str | Path | dict[str, Any] | None = None,
    progress: bool = True,
    run_name: str | None = None,
    backend_options: dict[str, Any] | None = None,
    handle_sigterm: bool = False,
) -> GenerationSummary:
    """The async form of :func:`generate_notes`, for callers that already run an event loop."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    tasks_path = Path(tasks_path)
    out_dir = Path(out_dir)
    prices = load_price_table(price_table) if price_table is not None else None
    tasks = _read_tasks(tasks_path, limit)
    GENERATE.check(out_dir)  # a file, or a folder this command did not write: refused, untouched
    started_at = shards.utc_now()

    with shards.exclusive_lock(out_dir):
        shards.remove_stale_temp_files(out_dir)
        tasks_sha = shards.sha256_file(tasks_path)
        manifest = shards.read_manifest(out_dir) or {}
        _check_same_tasks(out_dir, manifest, tasks_sha)
        known = {s["name"]: s["sha256"] for s in manifest.get("shards", []) if "name" in s and "sha256" in s}
        state = shards.scan(out_dir, known)
        failures = {k: v for k, v in shards.read_failures(out_dir).items() if k not in state.done_ids}

        ids = tasks.column("task_id").to_pylist()
        done_before = sum(1 for task_id in ids if task_id in state.done_ids)
        todo = len(ids) - done_before
        run = _Run(
            out_dir=out_dir,
            writer=shards.ShardWriter(out_dir, shard_size, state.next_index),
            failures=failures,
            dataset=run_name or tasks_path.stem,
            prices=prices,
        )
        summary = GenerationSummary(
            total=len(ids),
            done_before=done_before,
            written=0,
            failed=0,
            skipped=0,
            tokens=0,
            cost=None,
            elapsed_s=0.0,
            notes_per_s=0.0,
            shards=[],
            duplicates_found=state.duplicate_rows,
            out_dir=str(out_dir),
        )
        manifest_base = {
            **GENERATE.stamp({}),
            "format": shards.MANIFEST_FORMAT,
            "package_version": __version__,
            "tasks": {"path": str(tasks_path.resolve()), "sha256": tasks_sha, "rows": _row_count(tasks_path)},
            "run_name": run.dataset,
            "runs": list(manifest.get("runs", [])),
        }
        backend_obj: Backend | None = None
        if todo:  # build the backend before anything is written: a bad name or model fails cleanly
            backend_obj = (
                _create_backend(
                    backend, model or (_model_from_tasks(tasks) if backend == "openai" else None), base_url,
                    timeout_s, max_retries, concurrency, backend_options,
                )
                if isinstance(backend, str)
                else backend
            )
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        main_task = asyncio.current_task()
        sigterm_installed = False
        try:
            if backend_obj is not None:
                if handle_sigterm and main_task is not None:
                    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                        loop.add_signal_handler(signal.SIGTERM, main_task.cancel)
                        sigterm_installed = True
                limiter = RateLimiter(requests_per_minute, tokens_per_minute)
                # the manifest first: from now on the folder is recognisably this command's (resumable)
                _save_state(run, manifest_base, backend_obj, summary, started_at, state)
                save = _throttled(lambda: _save_state(run, manifest_base, backend_obj, summary, started_at, state))
                with _progress_display(progress, len(ids), done_before) as tick:
                    await _run_workers(
                        tasks, state.done_ids, backend_obj, run, limiter if limiter.active else None, concurrency,
                        tick, save,
                    )
        except asyncio.CancelledError:
            summary.interrupted = True
        finally:
            if sigterm_installed:
                loop.remove_signal_handler(signal.SIGTERM)
            await _final_flush(run.writer)  # first: finished notes matter more than a tidy close
            summary.elapsed_s = time.perf_counter() - started
            _fill_summary(summary, run, todo)
            _save_state(run, manifest_base, backend_obj, summary, started_at, state, final=True)
            if isinstance(backend, str) and backend_obj is not None:  # ours to close; a passed-in one is not
                with contextlib.suppress(asyncio.CancelledError):
                    await backend_obj.aclose()
    return summary


async def _final_flush(writer: shards.ShardWriter) -> None:
    """Write the buffer; a second Ctrl-C/SIGTERM meanwhile only loses the buffer (regenerated next run)."""
    with contextlib.suppress(asyncio.CancelledError):
        await writer.aflush()


# --------------------------------------------------------------------------------------------------
# the run


@dataclass
class _Run:
    out_dir: Path
    writer: shards.ShardWriter
    failures: dict[str, shards.FailureRecord]
    dataset: str
    prices: PriceTable | None
    written: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    priced: bool = False
    errors: dict[str, int] = field(default_factory=dict)
    models: set[str] = field(default_factory=set)


async def _run_workers(
    tasks: pa.Table,
    done_ids: set[str],
    backend: Backend,
    run: _Run,
    limiter: RateLimiter | None,
    concurrency: int,
    tick: Callable[[int, int, int], None],
    on_shard: Callable[[], None],
) -> None:
    queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=concurrency * 2)

    async def produce() -> None:
        for row in _iter_rows(tasks):
            if row["task_id"] not in done_ids:
                await queue.put(row)
        for _ in range(concurrency):
            await queue.put(None)

    async def work() -> None:
        while (task := await queue.get()) is not None:
            request = _request_for(task)
            estimate = estimate_tokens(request.system_prompt, request.prompt, request.params.get("max_tokens"))
            if limiter is not None:
                await limiter.acquire(estimate)
            try:
                result = await backend.generate(request)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a backend bug must not kill the run; the task is retried next time
                result = GenerationResult(text=None, finish_reason="error", error=f"{type(exc).__name__}: {exc}")
            used = (result.prompt_tokens or 0) + (result.completion_tokens or 0)
            if limiter is not None:
                limiter.settle(estimate, used or None)
            note = _record(run, backend, task, request, result)
            tick(1, used, run.failed)
            if note is not None and await run.writer.aadd(note) is not None:
                on_shard()

    workers = [asyncio.create_task(work()) for _ in range(concurrency)]
    producer = asyncio.create_task(produce())
    try:
        await asyncio.gather(producer, *workers)
    finally:
        for job in (producer, *workers):
            job.cancel()
        await asyncio.gather(producer, *workers, return_exceptions=True)


#: After a shard, failures.parquet and manifest.json are refreshed at most this often. They are
#: bookkeeping, not the resume state (the shards are), and each rewrite costs an fsync or two.
STATE_SAVE_INTERVAL_S = 5.0


def _throttled(save: Callable[[], None], interval_s: float = STATE_SAVE_INTERVAL_S) -> Callable[[], None]:
    last = [time.monotonic()]

    def maybe_save() -> None:
        now = time.monotonic()
        if now - last[0] >= interval_s:
            last[0] = now
            save()

    return maybe_save


def _record(
    run: _Run, backend: Backend, task: dict[str, Any], request: GenerationRequest, result: GenerationResult
) -> dict[str, Any] | None:
    """Account for one result; returns the note row to write, or None for a failure."""
    run.prompt_tokens += result.prompt_tokens or 0
    run.completion_tokens += result.completion_tokens or 0
    answered_by = result.model or backend.model
    price = price_for(run.prices, answered_by)
    if price is not None:
        run.cost += price.cost(result.prompt_tokens, result.completion_tokens)
        run.priced = True
    reason = failure_reason(result)
    task_id = task["task_id"]
    if reason is not None:
        run.failed += 1
        run.errors[reason] = run.errors.get(reason, 0) + 1
        previous = run.failures.get(task_id)
        run.failures[task_id] = shards.FailureRecord(
            task_id=task_id,
            error=reason,
            finish_reason=result.finish_reason,
            attempts=(previous.attempts if previous else 0) + (result.attempts or 1),
            last_attempt_at=shards.utc_now(),
        )
        return None
    run.failures.pop(task_id, None)
    run.written += 1
    run.models.add(answered_by)
    return _note_row(task, request, result, backend, answered_by, run.dataset)


def _note_row(
    task: dict[str, Any],
    request: GenerationRequest,
    result: GenerationResult,
    backend: Backend,
    model: str,
    dataset: str,
) -> dict[str, Any]:
    return {
        "id": task["task_id"],
        "icd10_code": task["icd10_code"],
        "icd10_subcode": task.get("icd10_subcode"),
        "icd10_name_ru": task.get("icd10_name_ru"),
        "text": result.text,
        "symptoms": task.get("symptoms"),
        "patient": task.get("patient"),
        "example_id": task.get("example_id"),
        "example_source": task.get("example_source"),
        "prompt_template": task.get("prompt_template"),
        "prompt_template_hash": task.get("prompt_template_hash"),
        "prompt": task.get("prompt"),
        "generation": {
            "backend": backend.name,
            "model": model,
            "params": schema.params_json(request.params),
            "seed": request.seed,
            "finish_reason": result.finish_reason,
            "prompt_tokens": result.prompt_tokens,
            "completion_tokens": result.completion_tokens,
            "latency_s": result.latency_s,
            "created_at": shards.utc_now(),
        },
        "source": {"kind": "generated", "dataset": dataset, "record_id": None, "original_code": None, "flags": []},
        "validation": None,
    }


def _request_for(task: dict[str, Any]) -> GenerationRequest:
    return GenerationRequest(
        task_id=task["task_id"],
        system_prompt=task.get("system_prompt") or "",
        prompt=task.get("prompt") or "",
        params=_params(task),
        seed=int(task["seed"]),
        task=task,
    )


def _params(task: dict[str, Any]) -> dict[str, Any]:
    return _parse_params(task.get("params"), f"task {task['task_id']!r}")


def _parse_params(raw: str | None, where: str) -> dict[str, Any]:
    """A task's ``params`` JSON as a fresh dict (backends may change it); ``where`` prefixes errors."""
    if not raw:
        return {}
    try:
        params = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: field 'params': not valid JSON ({exc})") from None
    if not isinstance(params, dict):
        raise ValueError(f"{where}: field 'params': must be a JSON object")
    return params


def _iter_rows(tasks: pa.Table, batch: int = 1024) -> Iterator[dict[str, Any]]:
    # Slices keep only ~1k Python dicts alive at a time, whatever the size of the table.
    for start in range(0, tasks.num_rows, batch):
        yield from tasks.slice(start, batch).to_pylist()


# --------------------------------------------------------------------------------------------------
# inputs, backend, state


def _read_tasks(path: Path, limit: int | None) -> pa.Table:
    if not path.exists():
        raise FileNotFoundError(f"{path}: tasks file not found")
    table = schema.read_table(path, "task")
    if limit is not None:
        table = table.slice(0, limit)
    ids = table.column("task_id").to_pylist()
    seen: dict[str, int] = {}
    for row, task_id in enumerate(ids):
        if task_id in seen:
            raise ValueError(f"{path}: row {row}: field 'task_id': {task_id!r} repeats row {seen[task_id]}")
        seen[task_id] = row
    checked: set[str] = set()  # a planned table repeats one params string on every row: parse it once
    for row, raw in enumerate(table.column("params").to_pylist()):
        if raw and raw not in checked:
            _parse_params(raw, f"{path}: row {row}")
            checked.add(raw)
    return table


def _row_count(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _model_from_tasks(tasks: pa.Table) -> str | None:
    """The planner may record the intended API model in each task's params; take the first one (openai only)."""
    for raw in tasks.column("params").to_pylist()[:1]:
        if raw:
            value = json.loads(raw).get("model")
            return str(value) if value else None
    return None


def _create_backend(
    name: str,
    model: str | None,
    base_url: str | None,
    timeout_s: float,
    max_retries: int,
    concurrency: int,
    options: dict[str, Any] | None,
) -> Backend:
    from medsyn_dataset.generation.backends.registry import create_backend

    opts = dict(options or {})
    if name == "openai":
        opts.setdefault("timeout_s", timeout_s)
        opts.setdefault("max_retries", max_retries)
        opts.setdefault("max_connections", concurrency)
    return create_backend(name, model=model, base_url=base_url, **opts)


def _check_same_tasks(out_dir: Path, manifest: dict[str, Any], tasks_sha: str) -> None:
    previous = (manifest.get("tasks") or {}).get("sha256")
    if previous and previous != tasks_sha:
        raise ValueError(
            f"{out_dir}: was generated from another tasks file ({manifest['tasks'].get('path')}, "
            f"sha256 {previous[:12]}...); resume with that file or write to a new --out folder"
        )


def _public_url(url: str | None) -> str | None:
    """A base URL without user:password@ (credentials must never reach the manifest)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _fill_summary(summary: GenerationSummary, run: _Run, todo: int) -> None:
    summary.written = run.written
    summary.failed = run.failed
    summary.skipped = max(0, todo - run.written - run.failed)
    summary.prompt_tokens = run.prompt_tokens
    summary.completion_tokens = run.completion_tokens
    summary.tokens = run.prompt_tokens + run.completion_tokens
    summary.cost = round(run.cost, 6) if run.priced else None
    summary.notes_per_s = run.written / summary.elapsed_s if summary.elapsed_s > 0 else 0.0
    summary.shards = [s.name for s in run.writer.written_in_order()]
    summary.failures_pending = len(run.failures)
    summary.errors = dict(sorted(run.errors.items(), key=lambda kv: -kv[1]))


def _save_state(
    run: _Run,
    base: dict[str, Any],
    backend: Backend | None,
    summary: GenerationSummary,
    started_at: str,
    state: shards.OutputState,
    final: bool = False,
) -> None:
    """Rewrite failures.parquet and manifest.json (atomically) after a shard or at the end of the run."""
    shards.write_failures(run.out_dir, list(run.failures.values()))
    all_shards = [*state.shards, *run.writer.written_in_order()]
    done = sum(s.rows for s in all_shards) - state.duplicate_rows
    manifest = dict(base)
    if backend is not None:
        manifest["backend"] = backend.name
        manifest["model"] = backend.model
        manifest["base_url"] = _public_url(getattr(backend, "base_url", None))
    manifest["counts"] = {
        "tasks": base["tasks"]["rows"],
        "done": done,
        "failed": len(run.failures),
        "pending": max(0, base["tasks"]["rows"] - done),
        "duplicate_rows": state.duplicate_rows,
    }
    manifest["shards"] = [s.as_json() for s in all_shards]
    manifest["updated_at"] = shards.utc_now()
    if final:
        record = asdict(summary)
        record.pop("out_dir", None)
        record.pop("errors", None)
        record["elapsed_s"] = round(summary.elapsed_s, 3)
        record["notes_per_s"] = round(summary.notes_per_s, 3)
        manifest["runs"] = [
            *base["runs"],
            {"started_at": started_at, "finished_at": shards.utc_now(), "backend": manifest.get("backend"),
             "model": manifest.get("model"), **record},
        ]
    shards.write_manifest(run.out_dir, manifest)


# --------------------------------------------------------------------------------------------------
# progress


def _progress_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextlib.contextmanager
def _progress_display(enabled: bool, total: int, done_before: int) -> Iterator[Callable[[int, int, int], None]]:
    """Yield ``tick(n_done, tokens, failures)``; a rich bar with done/total, notes/s, ETA, tokens, failures."""
    if not enabled:
        yield lambda n, tokens, failed: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]generate"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} notes/s"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[tokens]:,} tok"),
        TextColumn("[red]{task.fields[failed]} failed"),
    )
    with Progress(*columns, transient=False, console=_progress_console()) as bar:
        task = bar.add_task("generate", total=total, completed=done_before, rate="-", tokens=0, failed=0)
        totals = {"tokens": 0}
        started = time.perf_counter()
        done = {"n": 0}

        def tick(n: int, tokens: int, failed: int) -> None:
            totals["tokens"] += tokens
            done["n"] += n
            elapsed = time.perf_counter() - started
            rate = f"{done['n'] / elapsed:.1f}" if elapsed > 0 else "-"
            bar.update(task, advance=n, tokens=totals["tokens"], failed=failed, rate=rate)

        yield tick
