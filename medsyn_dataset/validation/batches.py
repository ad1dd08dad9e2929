"""The unit of a validation run's pass 1: a batch of rows of one shard, checked where it is read.

:func:`plan_jobs` cuts every shard into :class:`BatchJob` s of at most ``batch_rows`` rows (a batch
never spans two shards, so pass 2 writes each output shard from its own batches). :func:`run_batch`
is everything pass 1 does to a batch, as a pure function of the job and the run's
:class:`BatchPlan`: read the columns the checks need, compute the batch's word tokens once, run
the row-wise checks in order (each sees the findings of the ones before it) and sketch every
corpus-wide check. It runs in this process, in worker processes or on a Ray cluster (an
executor's business, :mod:`.executors`); what it returns (:class:`BatchOutput`) is gathered in
corpus order by the driver.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset import schema
from medsyn_dataset.schema import VF
from medsyn_dataset.validation.checks.base import (
    TEXT_REDACTED,
    TOKENS,
    Check,
    CheckResult,
    CorpusCheck,
    RowCheck,
    Rows,
)
from medsyn_dataset.validation.context import BatchTokens, CheckContext
from medsyn_dataset.validation.findings import Finding

#: Rows per batch.
BATCH_ROWS = 8192
#: Quality scores whose key starts with this came with the notes (importers write them) and are kept.
UPSTREAM_SCORE_PREFIX = "upstream_"


@dataclass(frozen=True)
class BatchJob:
    """Rows ``offset .. offset + rows`` of ``shard`` (rows ``start ..`` of the corpus), batch ``number``."""

    number: int
    shard: Path
    offset: int
    rows: int
    start: int
    table: pa.Table | None = None  # rows already in memory (an in-memory run), else read from ``shard``


def plan_jobs(shards: Sequence[tuple[Path, int]], batch_rows: int = BATCH_ROWS) -> list[BatchJob]:
    """The batches of ``(shard, rows)`` in order."""
    jobs: list[BatchJob] = []
    start = 0
    for shard, rows in shards:
        for offset in range(0, rows, batch_rows):
            size = min(batch_rows, rows - offset)
            jobs.append(BatchJob(len(jobs), shard, offset, size, start))
            start += size
    return jobs


@dataclass
class BatchPlan:
    """What every batch of a run is checked with (pickled once per worker process or actor)."""

    checks: list[Check]
    ctx: CheckContext
    in_dir: Path
    columns: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        wanted = ["id", "icd10_code", "text", "example_id", schema.VALIDATION_COLUMN]  # the required ones, and the report's
        for check in self.checks:
            wanted += [name.partition(".")[0] for name in check.reads if name != TOKENS]
        declared = set(schema.NOTE_SCHEMA.names)  # a check that reads another column fails when it asks for it
        self.columns = [name for name in dict.fromkeys(wanted) if name in declared]
        self.reference_ids = {r.id for r in self.ctx.references}
        self.needs_tokens = any(TOKENS in check.reads for check in self.checks)


@dataclass
class BatchOutput:
    """What pass 1 keeps of a batch: the row-wise checks' results, the corpus-wide checks' sketches,
    the rows' upstream quality scores, two counts for the report's inputs, and the seconds spent."""

    number: int
    start: int
    ids: list[str]
    results: dict[str, CheckResult]
    sketches: dict[str, Any]
    upstream: dict[int, dict[str, Any]]
    with_example: int = 0
    example_in_reference_pool: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return len(self.ids)


class ShardReader:
    """Reads the rows of batch jobs, keeping one open stream per shard: a worker that gets a shard's
    batches in order decodes it once (a later batch of the same shard continues the stream)."""

    def __init__(self) -> None:
        self._shard: Path | None = None
        self._stream: Any = None
        self._position = 0
        self._pending: pa.Table | None = None

    def read(self, job: BatchJob, columns: Sequence[str]) -> pa.Table:
        if job.table is not None:
            return job.table
        if self._shard != job.shard or job.offset < self._position:
            self._open(job.shard, columns)
        parts: list[pa.Table] = []
        while self._position < job.offset + job.rows:
            batch = self._next()
            lo = max(job.offset - self._position, 0)
            hi = min(job.offset + job.rows - self._position, batch.num_rows)
            if hi > lo:
                parts.append(batch.slice(lo, hi - lo))
            if hi < batch.num_rows:  # the rest belongs to the next job
                self._pending = batch.slice(hi)
                self._position += hi
                break
            self._position += batch.num_rows
        table = pa.concat_tables(parts) if parts else _empty(columns)
        schema.check_required_values(table, job.shard, "note", first_row=job.offset)
        return _conform_columns(table, columns)

    def _open(self, shard: Path, columns: Sequence[str]) -> None:
        from medsyn_dataset.io import iter_parquet_batches, parquet_file

        present = set(parquet_file(shard).schema_arrow.names)
        self._stream = iter_parquet_batches(shard, BATCH_ROWS, [c for c in columns if c in present])
        self._shard, self._position, self._pending = shard, 0, None

    def _next(self) -> pa.Table:
        if self._pending is not None:
            batch, self._pending = self._pending, None
            return batch
        try:
            return pa.Table.from_batches([next(self._stream)])
        except StopIteration:
            raise ValueError(f"{self._shard}: fewer rows than its metadata says") from None


def _empty(columns: Sequence[str]) -> pa.Table:
    return pa.table({name: pa.nulls(0, schema.NOTE_SCHEMA.field(name).type) for name in columns})


def _conform_columns(table: pa.Table, columns: Sequence[str]) -> pa.Table:
    """``table`` with the declared types, and the nullable columns an older file lacks as nulls."""
    arrays = []
    for name in columns:
        declared = schema.NOTE_SCHEMA.field(name).type
        if name in table.column_names:
            arrays.append(table.column(name).cast(declared))
        else:
            arrays.append(pa.chunked_array([pa.nulls(table.num_rows, declared)]))
    return pa.Table.from_arrays(arrays, names=list(columns))


# ---- one batch ------------------------------------------------------------------------------------


def run_batch(plan: BatchPlan, job: BatchJob, reader: ShardReader) -> BatchOutput:
    """Pass 1 on one batch (see the module docstring)."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    table = reader.read(job, plan.columns)
    ids: list[str] = table.column("id").to_pylist()
    values = _Columns(table)
    out = BatchOutput(job.number, job.start, ids, {}, {}, upstream_scores(table, ids, plan.in_dir))
    examples = values.get("example_id")
    out.with_example = sum(1 for e in examples if e)
    out.example_in_reference_pool = sum(1 for e in examples if e and e in plan.reference_ids)
    seconds["read"] = time.perf_counter() - started
    tokens = None
    if plan.needs_tokens:
        started = time.perf_counter()
        tokens = BatchTokens.from_texts(values.get("text"), plan.ctx.policy.near_duplicates.shingle_size)
        seconds["tokens"] = time.perf_counter() - started
    findings: list[list[Finding]] = [[] for _ in ids]
    for check in plan.checks:
        started = time.perf_counter()
        rows = Rows(job.start, ids, {n: values.get(n) for n in check.reads if n != TOKENS}, tokens, findings)
        if isinstance(check, RowCheck):
            result = check.check(rows)
            for i, found in result.findings.items():
                findings[i].extend(found)
            out.results[check.name] = _compact(result, values)
        elif isinstance(check, CorpusCheck):
            out.sketches[check.name] = check.sketch(rows)
        seconds[check.name] = time.perf_counter() - started
    out.seconds = seconds
    return out


class _Columns:
    """The batch's columns as Python values, each converted once (struct fields as ``"patient.sex"``)."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table
        self._values: dict[str, list[Any]] = {}

    def get(self, name: str) -> list[Any]:
        if name not in self._values:
            parent, _, child = name.partition(".")
            if parent not in self.table.column_names:
                raise KeyError(f"a check reads {name!r}, which is not a note column")
            column = self.table.column(parent)
            # one struct field, not every record as a Python dict (~0.4 s on 41k rows)
            self._values[name] = (pc.struct_field(column, child) if child else column).to_pylist()
        return self._values[name]


def _compact(result: CheckResult, values: _Columns) -> CheckResult:
    """``result`` with each redacted text that equals its text replaced by None (most rows have no
    PII: the text itself need not travel back and be spilled)."""
    redacted = result.values.get(TEXT_REDACTED)
    if redacted is None:
        return result
    texts = values.get("text")
    result.values[TEXT_REDACTED] = [None if r == t else r for r, t in zip(redacted, texts, strict=True)]
    return result


def upstream_scores(table: pa.Table, ids: list[str], in_dir: Path) -> dict[int, dict[str, Any]]:
    """Per row, the ``upstream_*`` quality scores an importer put in ``validation.quality_scores``
    (rows without any left out).

    They are the upstream corpus's own measurements (e.g. MedSyn's BERT symptom recall): this run's
    checks add their scores beside them and never drop them. Other keys are this stage's own and
    are computed afresh.
    """
    where = schema.validation_path(VF.QUALITY_SCORES)
    raw = pc.struct_field(table.column(schema.VALIDATION_COLUMN), VF.QUALITY_SCORES.value).to_pylist()
    scores: dict[int, dict[str, Any]] = {}
    for i, (note_id, text) in enumerate(zip(ids, raw, strict=True)):
        if not text:
            continue
        try:
            found = json.loads(text)
        except ValueError:
            raise ValueError(f"{in_dir}: note {note_id!r}: field {where!r}: not valid JSON") from None
        if not isinstance(found, dict):
            raise ValueError(f"{in_dir}: note {note_id!r}: field {where!r}: expected a JSON object")
        kept = {k: v for k, v in found.items() if k.startswith(UPSTREAM_SCORE_PREFIX)}
        if kept:
            scores[i] = kept
    return scores
