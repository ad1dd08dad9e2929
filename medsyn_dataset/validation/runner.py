"""Running the configured checks over a corpus, in two passes, and gathering what they found.

:class:`Runner` is the driver's side of a run:

* **pass 1** (:meth:`Runner.pass_one`): the batches go through an executor (this process, worker
  processes, a Ray cluster: :mod:`.executors`), which runs :func:`~.batches.run_batch` on each; the
  outputs come back in corpus order, and for each the row-wise checks fold their results into
  their report sections (``summarize``), the corpus-wide checks take in their sketches
  (``observe``), and the row-wise results go to a spill on disk (:class:`~.spill.BatchSpill`).
* :meth:`Runner.finalize`: each corpus-wide check, once, over its compact state.
* **pass 2** (the pipeline's, batch by batch): :meth:`Runner.merge` puts together a batch's
  findings, written values and quality scores from the spill and the corpus-wide findings, in
  check order, for the decision.

Nothing here holds more than a batch of rows. :class:`LocalRunner` runs the same over a table in
memory and returns every row's results at once (:class:`Outcome`): for small corpora, and tests.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from medsyn_dataset.jsonrecord import JsonRecord
from medsyn_dataset.validation.batches import BATCH_ROWS, BatchJob, BatchOutput, BatchPlan
from medsyn_dataset.validation.checks.base import (
    TEXT_REDACTED,
    TOKENS,
    Check,
    CheckResult,
    CorpusCheck,
    CorpusFindings,
    RowCheck,
    Rows,
    WholeResult,
)
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.executors import Executor, InProcess
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.spill import BatchSpill


@dataclass
class Outcome:
    """What the checks found, per row of a batch (or of the corpus), and their report sections."""

    findings: list[list[Finding]]
    values: dict[str, list[Any]] = field(default_factory=dict)
    scores: list[dict[str, Any]] = field(default_factory=list)
    sections: dict[str, JsonRecord] = field(default_factory=dict)

    def add(self, result: CheckResult, start: int, rows: int) -> None:
        for row, found in result.findings.items():
            self.findings[start + row].extend(found)
        for row, numbers in result.scores.items():
            self.scores[start + row].update(numbers)
        for name, values in result.values.items():
            if len(values) != rows:
                raise ValueError(f"a check wrote {len(values)} values of {name!r} for {rows} rows")
            column = self.values.setdefault(name, [None] * len(self.findings))
            column[start : start + rows] = values


@dataclass
class PassOneCounts:
    """What pass 1 counts for the report's inputs."""

    rows: int = 0
    with_example: int = 0
    example_in_reference_pool: int = 0


def stage_names(checks: Sequence[Check]) -> list[str]:
    """The run's stages in order: ``read``, ``tokens`` before the first check that reads them, the
    checks, ``decide`` and ``write``."""
    names = ["read"]
    for check in checks:
        if TOKENS in check.reads and "tokens" not in names:
            names.append("tokens")
        names.append(check.name)
    return [*names, "decide", "write"]


class Runner:
    """The driver of a run's checks; see the module docstring."""

    def __init__(self, checks: Sequence[Check], ctx: CheckContext, stages: StageProgress, spill: BatchSpill) -> None:
        self.checks = list(checks)
        self.ctx = ctx
        self.stages = stages
        self.spill = spill
        self.counts = PassOneCounts()
        self.findings: dict[str, CorpusFindings] = {}
        stages.order(stage_names(self.checks))

    def pass_one(self, executor: Executor, jobs: Sequence[BatchJob], total_rows: int) -> PassOneCounts:
        """Every batch through ``executor``; results folded in corpus order (see the module docstring)."""
        with self.stages.bar("checks", total_rows) as advance:
            for out in executor.map(jobs):
                self._gather(out)
                advance(out.rows)
        return self.counts

    def _gather(self, out: BatchOutput) -> None:
        rows = Rows(out.start, out.ids, {})  # the batch's columns stay where it was checked
        for check in self.checks:
            started = time.perf_counter()
            if isinstance(check, RowCheck):
                check.summarize(rows, out.results[check.name])
            elif isinstance(check, CorpusCheck):
                check.observe(out.start, out.rows, out.sketches[check.name])
            self.stages.add(check.name, time.perf_counter() - started)
        for name, seconds in out.seconds.items():
            self.stages.add(name, seconds)
        self.spill.put(out.number, (out.results, out.upstream))
        self.counts.rows += out.rows
        self.counts.with_example += out.with_example
        self.counts.example_in_reference_pool += out.example_in_reference_pool

    def finalize(self) -> dict[str, CorpusFindings]:
        """Every corpus-wide check's findings (after pass 1)."""
        for check in self.checks:
            if isinstance(check, CorpusCheck):
                with self.stages.stage(check.name, total=1):
                    found = check.finalize()
                self.findings[check.name] = found if isinstance(found, CorpusFindings) else WholeResult(found)
        return self.findings

    def merge(self, job: BatchJob) -> Outcome:
        """A batch's findings, values and quality scores, in check order (pass 2; once per batch)."""
        results, upstream = self.spill.pop(job.number)
        outcome = Outcome([[] for _ in range(job.rows)], scores=[dict(upstream.get(i, {})) for i in range(job.rows)])
        for check in self.checks:
            if isinstance(check, RowCheck):
                outcome.add(results[check.name], 0, job.rows)
            else:
                outcome.add(self.findings[check.name].batch(job.start, job.start + job.rows), 0, job.rows)
        return outcome

    def sections(self) -> dict[str, JsonRecord]:
        """The checks' report sections, merged by key (after finalize)."""
        sections: dict[str, JsonRecord] = {}
        for check in self.checks:
            section = check.section()
            if section is not None:
                key, part = section
                known = sections.get(key)
                sections[key] = part if known is None else known.merged(part)
        return sections


def redacted_texts(outcome: Outcome, texts: list[str]) -> list[str]:
    """The ``text_redacted`` column of a batch: the redacted text, or the text where nothing was redacted."""
    redacted = outcome.values.get(TEXT_REDACTED)
    if redacted is None:
        return texts
    return [text if r is None else r for r, text in zip(redacted, texts, strict=True)]


class LocalRunner:
    """Runs checks over one in-memory table of notes, in this process, and returns every row's results."""

    def __init__(self, table: pa.Table, ctx: CheckContext, stages: StageProgress, batch_rows: int = BATCH_ROWS) -> None:
        self.table = table
        self.ctx = ctx
        self.stages = stages
        self.batch_rows = batch_rows

    def run(self, checks: Sequence[Check], scores: list[dict[str, Any]]) -> Outcome:
        """Run ``checks``; ``scores`` are each row's quality scores so far (the checks add theirs)."""
        from pathlib import Path

        n = self.table.num_rows
        jobs = [
            BatchJob(k, Path("<memory>"), lo, min(self.batch_rows, n - lo), lo, self.table.slice(lo, self.batch_rows))
            for k, lo in enumerate(range(0, n, self.batch_rows))
        ]
        runner = Runner(checks, self.ctx, self.stages, BatchSpill(None))
        executor = InProcess()
        with contextlib.ExitStack() as cleanup:
            for check in checks:
                cleanup.callback(check.close)
            executor.start(BatchPlan(list(checks), self.ctx, Path("<memory>")), jobs)
            runner.pass_one(executor, jobs, n)
            runner.finalize()
            outcome = Outcome([[] for _ in range(n)], scores=scores)
            for job in jobs:
                batch = runner.merge(job)
                if TEXT_REDACTED in batch.values:
                    texts = self.table.column("text").slice(job.start, job.rows).to_pylist()
                    batch.values[TEXT_REDACTED] = redacted_texts(batch, texts)
                outcome.add(CheckResult(dict(enumerate(batch.findings)), batch.values, dict(enumerate(batch.scores))),
                            job.start, job.rows)  # fmt: skip
        outcome.sections = runner.sections()
        return outcome
