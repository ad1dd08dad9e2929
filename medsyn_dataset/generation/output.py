"""One run's hold on an output folder: lock, resume state, results in, manifest out.

:func:`open_output` takes the folder's lock, removes a killed run's temp files, checks that the
tasks file fits the notes already there (:func:`.taskfile.check_folder_matches`), and yields an
:class:`OutputRun`. Whatever runs the requests (online workers, the Batch API, an ingested batch
output file) hands each result to :meth:`OutputRun.record`; the run writes notes through a
:class:`~.shards.ShardWriter`, failures to ``failures.parquet`` and its counts to ``manifest.json``
(see :mod:`.shards` for why a crash never loses or repeats a note).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from medsyn_dataset.exit_codes import EXIT_BUDGET, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.records import failure_reason, note_row
from medsyn_dataset.generation.taskfile import TaskTable, check_folder_matches
from medsyn_dataset.note_folder import manifest_header
from medsyn_dataset.outputs import GENERATE

__all__ = ["EXIT_BUDGET", "EXIT_FAILURES", "EXIT_INTERRUPTED", "EXIT_OK", "GenerationSummary", "OutputRun", "open_output"]

#: `medsyn generate` exits with this when tasks failed (the table of all codes: medsyn_dataset.exit_codes).
EXIT_FAILURES = EXIT_INCOMPLETE

#: After a shard, failures.parquet and manifest.json are refreshed at most this often. They are
#: bookkeeping, not the resume state (the shards are), and each rewrite costs an fsync or two.
STATE_SAVE_INTERVAL_S = 5.0


@dataclass(slots=True)
class GenerationSummary:
    total: int  # tasks in scope (after --limit)
    done_before: int  # of those, already in shards when the run started
    written: int  # notes written by this run
    failed: int  # tasks that failed in this run (after retries)
    skipped: int  # tasks in scope not attempted (run interrupted or budget reached); they stay pending
    tokens: int  # prompt + completion tokens of this run (as reported by the backend)
    cost: float | None  # this run's spend in USD, from the price table (None: no price for the model)
    elapsed_s: float
    notes_per_s: float
    shards: list[str]  # shards written by this run
    prompt_tokens: int = 0
    completion_tokens: int = 0
    failures_pending: int = 0  # tasks in failures.parquet after the run (all runs)
    duplicates_found: int = 0  # rows in existing shards repeating an earlier id (resolved on read)
    interrupted: bool = False
    ledger_hits: int = 0  # answers served from the request ledger (free)
    spent_usd: float | None = None  # the folder's spend over all runs, this one included
    budget_usd: float | None = None
    budget_exhausted: bool = False  # stopped because the next request could exceed the budget
    batches: int = 0  # Batch API batches submitted by this run
    rate_limited: int = 0  # 429 answers seen by this run (adaptive admission keeps this low)
    out_dir: str = ""
    errors: dict[str, int] = field(default_factory=dict)  # error message -> count, this run

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.budget_exhausted:
            return EXIT_BUDGET
        return EXIT_FAILURES if self.failures_pending else EXIT_OK


@dataclass
class Tally:
    """What this run did so far (the live numbers of the progress bar come from here)."""

    written: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    priced: bool = False
    ledger_hits: int = 0
    batches: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    models: set[str] = field(default_factory=set)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class OutputRun:
    """An output folder held for one run; results go in through :meth:`record`."""

    def __init__(self, out_dir: Path, tasks: TaskTable, shard_size: int, dataset: str) -> None:
        self.out_dir = out_dir
        self.tasks = tasks
        self.dataset = dataset
        self.started_at = shards.utc_now()
        self._started = time.perf_counter()
        self.manifest = shards.read_manifest(out_dir) or {}
        check_folder_matches(out_dir, self.manifest, tasks)
        known = {s["name"]: s["sha256"] for s in self.manifest.get("shards", []) if "name" in s and "sha256" in s}
        self.state = shards.scan(out_dir, known)
        self.failures = {k: v for k, v in shards.read_failures(out_dir).items() if k not in self.state.done_ids}
        self.writer = shards.ShardWriter(out_dir, shard_size, self.state.next_index)
        self.tally = Tally()
        self.done_before = sum(1 for task_id in tasks.ids if task_id in self.state.done_ids)
        # what earlier runs recorded stays until this run has something newer (a no-op rerun keeps it)
        kept: tuple[str, ...] = ("backend", "model", "base_url", "base_urls")
        self.backend_info: dict[str, Any] = {k: self.manifest[k] for k in kept if k in self.manifest}
        kept = ("spend", "prices")
        self.extra: dict[str, Any] = {k: self.manifest[k] for k in kept if k in self.manifest}
        self._written_ids: set[str] = set()

    @property
    def todo(self) -> int:
        return len(self.tasks.ids) - self.done_before

    def is_done(self, task_id: str) -> bool:
        return task_id in self.state.done_ids or task_id in self._written_ids

    def spent_before(self) -> float:
        """USD recorded by the earlier runs of this folder (a lower bound: a killed run records none)."""
        return sum(float(run.get("cost") or 0.0) for run in self.manifest.get("runs", []))

    def record(
        self,
        task: dict[str, Any],
        request: GenerationRequest,
        result: GenerationResult,
        backend_name: str,
        default_model: str,
        cost: float | None,
    ) -> dict[str, Any] | None:
        """Account for one result; returns the note row to write (see :meth:`add_note`), or None."""
        tally = self.tally
        task_id = task["task_id"]
        if not result.from_ledger:
            tally.prompt_tokens += result.prompt_tokens or 0
            tally.completion_tokens += result.completion_tokens or 0
        else:
            tally.ledger_hits += 1
        if cost is not None:
            tally.cost += cost
            tally.priced = True
        if self.is_done(task_id):  # exactly once: a second answer for a finished task is dropped
            return None
        reason = failure_reason(result)
        if reason is not None:
            tally.failed += 1
            tally.errors[reason] = tally.errors.get(reason, 0) + 1
            previous = self.failures.get(task_id)
            self.failures[task_id] = shards.FailureRecord(
                task_id=task_id,
                error=reason,
                finish_reason=result.finish_reason,
                attempts=(previous.attempts if previous else 0) + (result.attempts or 1),
                last_attempt_at=shards.utc_now(),
            )
            return None
        self.failures.pop(task_id, None)
        self._written_ids.add(task_id)
        tally.written += 1
        model = result.model or default_model
        tally.models.add(model)
        return note_row(task, request, result, backend_name, model, self.dataset)

    async def add_note(self, row: dict[str, Any]) -> bool:
        """Buffer a note; True when a shard was written (time to save the state)."""
        return await self.writer.aadd(row) is not None

    async def final_flush(self) -> None:
        """Write the buffer; a second Ctrl-C/SIGTERM meanwhile only loses the buffer (regenerated next run)."""
        with contextlib.suppress(asyncio.CancelledError):
            await self.writer.aflush()

    def summary(self) -> GenerationSummary:
        tally = self.tally
        elapsed = time.perf_counter() - self._started
        return GenerationSummary(
            total=len(self.tasks.ids),
            done_before=self.done_before,
            written=tally.written,
            failed=tally.failed,
            skipped=max(0, self.todo - tally.written - tally.failed),
            tokens=tally.tokens,
            cost=round(tally.cost, 6) if tally.priced else None,
            elapsed_s=elapsed,
            notes_per_s=tally.written / elapsed if elapsed > 0 else 0.0,
            shards=[s.name for s in self.writer.written_in_order()],
            prompt_tokens=tally.prompt_tokens,
            completion_tokens=tally.completion_tokens,
            failures_pending=len(self.failures),
            duplicates_found=self.state.duplicate_rows,
            ledger_hits=tally.ledger_hits,
            batches=tally.batches,
            out_dir=str(self.out_dir),
            errors=dict(sorted(tally.errors.items(), key=lambda kv: -kv[1])),
        )

    def save(self, summary: GenerationSummary | None = None) -> None:
        """Rewrite failures.parquet and manifest.json (atomically); with ``summary``, add the run's record."""
        shards.write_failures(self.out_dir, list(self.failures.values()))
        all_shards = [*self.state.shards, *self.writer.written_in_order()]
        rows = self.tasks.full.num_rows
        done = sum(s.rows for s in all_shards) - self.state.duplicate_rows
        manifest: dict[str, Any] = {
            # written_by first: what makes the folder recognisably this command's (resume, top-up)
            **manifest_header(GENERATE, shards.MANIFEST_FORMAT),
            "tasks": {"path": str(self.tasks.path.resolve()), "sha256": self.tasks.sha256, "rows": rows},
            "run_name": self.dataset,
            **self.backend_info,
            "counts": {
                "tasks": rows,
                "done": done,
                "failed": len(self.failures),
                "pending": max(0, rows - done),
                "duplicate_rows": self.state.duplicate_rows,
            },
            "shards": [s.as_json() for s in all_shards],
            **self.extra,
            "updated_at": shards.utc_now(),
            "runs": list(self.manifest.get("runs", [])),
        }
        if summary is not None:
            record = asdict(summary)
            for key in ("out_dir", "errors"):
                record.pop(key, None)
            record["elapsed_s"] = round(summary.elapsed_s, 3)
            record["notes_per_s"] = round(summary.notes_per_s, 3)
            manifest["runs"].append(
                {"started_at": self.started_at, "finished_at": shards.utc_now(), "tasks_sha256": self.tasks.sha256,
                 "backend": manifest.get("backend"), "model": manifest.get("model"), **record}
            )
            self.manifest["runs"] = manifest["runs"]
        shards.write_manifest(self.out_dir, manifest)

    def throttled_save(self, interval_s: float = STATE_SAVE_INTERVAL_S) -> Any:
        last = [time.monotonic()]

        def maybe_save() -> None:
            now = time.monotonic()
            if now - last[0] >= interval_s:
                last[0] = now
                self.save()

        return maybe_save


@contextlib.contextmanager
def open_output(out_dir: str | Path, tasks: TaskTable, shard_size: int, dataset: str) -> Iterator[OutputRun]:
    """Hold ``out_dir`` (its lock) for one run; see the module docstring.

    The output rule (:mod:`medsyn_dataset.outputs`) first: a file, or a non-empty folder that this
    command did not write, is refused before anything is created. A run that fails before it
    writes anything leaves no folder holding only the lock (:func:`.shards.exclusive_lock`).
    """
    out_dir = Path(out_dir)
    GENERATE.check(out_dir)
    with shards.exclusive_lock(out_dir):
        shards.remove_stale_temp_files(out_dir)
        yield OutputRun(out_dir, tasks, shard_size, dataset)


def backend_info(name: str, model: str, endpoints: tuple[str, ...]) -> dict[str, Any]:
    """The manifest's backend keys; URLs without credentials."""
    public = [public_url(url) for url in endpoints]
    info: dict[str, Any] = {"backend": name, "model": model, "base_url": public[0] if public else None}
    if len(public) > 1:
        info["base_urls"] = public
    return info


def public_url(url: str | None) -> str | None:
    """A base URL without user:password@ (credentials must never reach the manifest)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
