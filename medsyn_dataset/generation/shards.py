"""The output folder of `medsyn generate`: note shards, the failures table, the manifest, resume state.

Layout of ``DIR``::

    part-00000.parquet ...   note shards (NOTE_SCHEMA), each written whole and atomically
    failures.parquet         tasks that failed in their last attempt (rewritten atomically)
    manifest.json            tasks file + sha256, backend, counts, shards with rows and sha256
    .lock                    held (flock) by the one run writing to DIR

Crash safety comes from three rules: a shard is only ever created whole (temp file + rename); a
shard name that exists is never written again (a new shard takes the next free index); and the
set of finished tasks *is* the set of ids in the shards. A ``kill -9`` can therefore lose only the
in-memory buffer, whose tasks are simply generated again by the next run. If shards of different
runs ever hold the same id (e.g. two output folders of the same tasks file copied together), the
reader keeps the first row by shard order, and :func:`compact` rewrites the folder into clean shards.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import fcntl
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from medsyn_dataset import schema
from medsyn_dataset.io import atomic_write_parquet, read_parquet, sha256_file

# The note folder's naming, listing, id rule and manifest file are shared by every stage:
from medsyn_dataset.note_folder import (  # noqa: F401 - re-exported: generation's names for them
    MANIFEST_FILE,
    SHARD_GLOB,
    SHARD_RE,
    IdRule,
    NoteFolder,
    ShardInfo,
    list_shards,
    shard_index,
    shard_name,
)

FAILURES_FILE = "failures.parquet"
LOCK_FILE = ".lock"
MANIFEST_FORMAT = "medsyn-generation/1"

FAILURE_SCHEMA = pa.schema(
    [
        pa.field("task_id", pa.string(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("finish_reason", pa.string()),
        pa.field("attempts", pa.int32()),  # requests made for this task, summed over runs
        pa.field("last_attempt_at", pa.string()),  # ISO 8601, UTC
    ]
)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------------------
# locking and leftovers


@contextlib.contextmanager
def exclusive_lock(out_dir: str | os.PathLike[str]) -> Iterator[None]:
    """Hold ``DIR/.lock`` so that two runs never write into one folder at once.

    ``flock`` is released by the kernel when the process dies, so a ``kill -9`` never leaves a stale lock.
    A run that wrote nothing (it failed before its first file) takes its lock file away again, and
    the folder too if the run created it: a failed start leaves the path as it found it.
    """
    out_dir = Path(out_dir)
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = out_dir / LOCK_FILE
    fh = open(lock, "a+")  # noqa: SIM115 - held for the whole block
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ValueError(f"{out_dir}: another `medsyn generate` is writing to this folder (lock held)") from None
        try:
            yield
        finally:
            if [p.name for p in out_dir.iterdir()] == [LOCK_FILE]:  # still held: no other run can be inside
                lock.unlink()
                if created:
                    out_dir.rmdir()
    finally:
        fh.close()


def remove_stale_temp_files(out_dir: str | os.PathLike[str]) -> int:
    """Delete temp files a killed run left behind (only call while holding the lock)."""
    removed = 0
    for tmp in Path(out_dir).glob(".*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
            removed += 1
    return removed


# --------------------------------------------------------------------------------------------------
# reading


@dataclass(slots=True)
class OutputState:
    """What a folder already holds: finished ids, the shards, and how many rows repeat an earlier id."""

    done_ids: set[str] = field(default_factory=set)
    shards: list[ShardInfo] = field(default_factory=list)
    duplicate_rows: int = 0

    @property
    def next_index(self) -> int:
        indices = [shard_index(s.name) or 0 for s in self.shards]
        return max(indices) + 1 if indices else 0


def scan(out_dir: str | os.PathLike[str], known_sha256: Mapping[str, str] | None = None) -> OutputState:
    """Read only the ``id`` column of every shard (cheap even for 41k notes)."""
    rule = IdRule("first")  # a generate folder may repeat an id: see medsyn_dataset.note_folder
    shards: list[ShardInfo] = []
    known = dict(known_sha256 or {})
    for path in list_shards(out_dir):
        ids = schema.read_table(path, "note", columns=["id"]).column("id").to_pylist()
        for row, note_id in enumerate(ids):
            rule.add(note_id, path, row)
        digest = known.get(path.name) or sha256_file(path)
        shards.append(ShardInfo(path.name, len(ids), digest))
    return OutputState(rule.ids, shards, rule.repeats)


def read_shards(out_dir: str | os.PathLike[str]) -> pa.Table:
    """All notes of ``out_dir`` as one table, each id once: the first row by shard order wins."""
    if not list_shards(out_dir):
        return schema.conform(schema.NOTE_SCHEMA.empty_table(), "note")
    return NoteFolder(Path(out_dir)).read(duplicates="first")


# --------------------------------------------------------------------------------------------------
# writing


class ShardWriter:
    """Buffers note rows in memory and writes each full buffer as a new shard, atomically.

    The async methods (:meth:`aadd`, :meth:`aflush`) write in a thread so that the event loop keeps
    serving requests meanwhile; each write gets its shard index reserved up front, so concurrent
    writes never collide. A write that has started always finishes (it is shielded from
    cancellation) and :meth:`aflush` waits for all of them. Call it from one event loop only.
    """

    def __init__(self, out_dir: str | os.PathLike[str], shard_size: int, first_index: int) -> None:
        if shard_size < 1:
            raise ValueError(f"shard size must be >= 1, got {shard_size}")
        self.out_dir = Path(out_dir)
        self.shard_size = shard_size
        self._next_index = first_index
        self._buffer: list[dict[str, Any]] = []
        self._pending: set[asyncio.Future[ShardInfo]] = set()
        self.written: list[ShardInfo] = []

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def written_in_order(self) -> list[ShardInfo]:
        return sorted(self.written, key=lambda s: shard_index(s.name) or 0)

    def add(self, row: dict[str, Any]) -> ShardInfo | None:
        """Buffer one note row; returns the shard written (synchronously) if the buffer became full."""
        self._buffer.append(row)
        return self.flush() if len(self._buffer) >= self.shard_size else None

    def flush(self) -> ShardInfo | None:
        if not self._buffer:
            return None
        rows, self._buffer = self._buffer, []
        return self._write(self._reserve(), rows)

    async def aadd(self, row: dict[str, Any]) -> ShardInfo | None:
        """Buffer one note row; if the buffer became full, write it in a thread and return the shard."""
        self._buffer.append(row)
        return await self._write_in_thread() if len(self._buffer) >= self.shard_size else None

    async def aflush(self) -> ShardInfo | None:
        """Wait for writes under way, then write what is buffered."""
        info = await self._write_in_thread() if self._buffer else None
        if self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)
        return info

    def _reserve(self) -> int:
        index, self._next_index = self._next_index, self._next_index + 1
        return index

    async def _write_in_thread(self) -> ShardInfo:
        rows, self._buffer = self._buffer, []
        job = asyncio.ensure_future(asyncio.to_thread(self._write, self._reserve(), rows))
        self._pending.add(job)
        job.add_done_callback(self._pending.discard)
        return await asyncio.shield(job)

    def _write(self, index: int, rows: list[dict[str, Any]]) -> ShardInfo:
        info = write_shard(self.out_dir, index, schema.table_from_rows(rows, "note"))
        self.written.append(info)
        return info


def write_shard(out_dir: str | os.PathLike[str], index: int, table: pa.Table) -> ShardInfo:
    """Write ``table`` as shard ``index`` or, if that name is taken, the next free one; never overwrite."""
    return NoteFolder(Path(out_dir)).write_shard(index, table)


def compact(out_dir: str | os.PathLike[str], shard_size: int = 1000) -> list[ShardInfo]:
    """Rewrite ``out_dir`` into clean shards ``part-00000...`` holding every id exactly once.

    Safe against a kill at any step: the new shards are written (atomically) under fresh indices
    first, the old ones deleted afterwards, and the new ones renamed down to 0..k-1 in ascending
    order; at every moment each id is in at least one shard and duplicates resolve to equal rows.
    """
    out_dir = Path(out_dir)
    with exclusive_lock(out_dir):
        remove_stale_temp_files(out_dir)
        old = list_shards(out_dir)
        table = read_shards(out_dir)
        next_index = (shard_index(old[-1]) or 0) + 1 if old else 0
        fresh: list[ShardInfo] = []
        for start in range(0, table.num_rows, shard_size):
            info = write_shard(out_dir, next_index, table.slice(start, shard_size))
            next_index = (shard_index(info.name) or next_index) + 1
            fresh.append(info)
        for path in old:
            path.unlink()
        final: list[ShardInfo] = []
        for target, info in enumerate(fresh):
            os.replace(out_dir / info.name, out_dir / shard_name(target))
            final.append(ShardInfo(shard_name(target), info.rows, info.sha256))
        manifest = read_manifest(out_dir)
        if manifest is not None:
            manifest["shards"] = [s.as_json() for s in final]
            manifest["updated_at"] = utc_now()
            write_manifest(out_dir, manifest)
        return final


# --------------------------------------------------------------------------------------------------
# failures


@dataclass(slots=True)
class FailureRecord:
    task_id: str
    error: str
    finish_reason: str | None
    attempts: int
    last_attempt_at: str


def read_failures(out_dir: str | os.PathLike[str]) -> dict[str, FailureRecord]:
    path = Path(out_dir) / FAILURES_FILE
    if not path.exists():
        return {}
    table = read_parquet(path)
    missing = [f.name for f in FAILURE_SCHEMA if f.name not in table.column_names]
    if missing:
        raise schema.SchemaMismatchError(path, missing[0], "required column is missing")
    return {row["task_id"]: FailureRecord(**row) for row in table.select(FAILURE_SCHEMA.names).to_pylist()}


def write_failures(out_dir: str | os.PathLike[str], failures: Sequence[FailureRecord]) -> Path:
    rows = [
        {
            "task_id": f.task_id,
            "error": f.error,
            "finish_reason": f.finish_reason,
            "attempts": f.attempts,
            "last_attempt_at": f.last_attempt_at,
        }
        for f in sorted(failures, key=lambda f: f.task_id)
    ]
    return atomic_write_parquet(pa.Table.from_pylist(rows, schema=FAILURE_SCHEMA), Path(out_dir) / FAILURES_FILE)


# --------------------------------------------------------------------------------------------------
# manifest


def read_manifest(out_dir: str | os.PathLike[str]) -> dict[str, Any] | None:
    return NoteFolder(Path(out_dir)).read_manifest()


def write_manifest(out_dir: str | os.PathLike[str], manifest: Mapping[str, Any]) -> Path:
    return NoteFolder(Path(out_dir)).write_manifest(manifest)
