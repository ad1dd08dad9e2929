"""`validate_notes`: read note shards, run the configured checks, decide per row, write shards and reports.

The corpus is streamed, in two passes over its shards (see :mod:`.runner`), so memory stays
bounded whatever its size:

0. ``read``: each shard's schema, its ids (the duplicate-id rule, one hash per row) and its rows.
1. the checks (by default :data:`~medsyn_dataset.validation.checks.DEFAULT_CHECKS`: quality,
   duplicates, contamination, memorization, codes, symptoms, label_noise, pii) on every batch of
   rows, in worker processes (``workers``, default: the cores there are) or on a Ray cluster
   (``executor="ray"``); the row-wise results go to a spill in a temp folder, the corpus-wide
   checks keep compact state (spilled to disk past a size). Then each corpus-wide check finalizes.
2. ``decide`` and ``write``: shard by shard, each row's findings become reasons and a decision,
   and each output shard is written as soon as its rows are decided.

The output folder gets the same shard names as the input (:mod:`medsyn_dataset.note_folder`), then
``validation_report.json`` (which names its writer: the folder's marker) and
``validation_report.md``. It is written in a temp folder beside ``out_dir`` and renamed into place
when complete: an interrupted or failed run leaves ``out_dir`` as it was. ``out_dir`` must be new,
empty, or an earlier validation (:data:`~medsyn_dataset.outputs.VALIDATE`). Every step is seeded,
and batches are gathered in corpus order, so the same input and policy give byte-identical shards
with any number of workers and on any executor. The report's ``timings_s`` are seconds per stage,
summed over the workers.

Decision per row: see :mod:`.decide`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from medsyn_dataset.note_folder import NoteFolder
from medsyn_dataset.outputs import VALIDATE
from medsyn_dataset.provenance import carry_sources
from medsyn_dataset.validation.batches import BATCH_ROWS, UPSTREAM_SCORE_PREFIX, BatchPlan, plan_jobs
from medsyn_dataset.validation.checks import DEFAULT_CHECKS, resolve
from medsyn_dataset.validation.contamination import OutsideText
from medsyn_dataset.validation.context import (
    CheckContext,
    is_text_file,
    load_code_set,
    load_outside,
)
from medsyn_dataset.validation.decide import decide, write_pass
from medsyn_dataset.validation.executors import ExecutorName, make_executor
from medsyn_dataset.validation.policy import Policy, load_policy
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.report_md import render_markdown
from medsyn_dataset.validation.runner import PassOneCounts, Runner
from medsyn_dataset.validation.spill import BatchSpill
from medsyn_dataset.validation.summary import build_report
from medsyn_dataset.validation_report import REPORT_MD, Inputs, ValidationReport

__all__ = ["UPSTREAM_SCORE_PREFIX", "ValidationReport", "decide", "load_code_set", "validate_notes"]

#: What a repeated id in the input folder usually is, and its cure.
_DUPLICATE_HINT = "; a generate folder merged from several runs is cleaned by `medsyn generate --compact`"


def validate_notes(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    policy: Policy | str | os.PathLike[str] | None = None,
    reference_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    eval_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    code_set: str | os.PathLike[str] | Collection[str] | None = None,
    progress: bool = True,
    mkg: Any = None,
    checks: Sequence[str] = DEFAULT_CHECKS,
    workers: int | None = None,
    executor: ExecutorName = "local",
    batch_rows: int = BATCH_ROWS,
) -> ValidationReport:
    """Validate the note shards in ``in_dir`` and write the validated shards and reports to ``out_dir``.

    ``policy`` is a :class:`Policy`, a YAML path or None (default policy). ``reference_texts``
    are real notes to check memorisation against, ``eval_texts`` evaluation sets to check
    contamination against: files (JSONL/JSON/Parquet/TXT, as ``Path`` or as a string naming an
    existing file) or the texts themselves (other strings; ids ``reference:<n>`` / ``eval:<n>``). ``code_set`` is the release's code set
    (``"default"``, a file, a collection, or None for no check). ``mkg`` is the knowledge graph
    for sex/age constraints (default: the package's graph). ``checks`` names the registered
    checks to run, in order (:mod:`medsyn_dataset.validation.checks`). ``workers`` is the number of
    worker processes (or Ray actors) for the batches (default: the cores there are; the results do
    not depend on it), ``executor`` where they run (``local`` or ``ray``), ``batch_rows`` the rows
    per batch. Returns the report written.
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    if not in_dir.exists():
        raise FileNotFoundError(f"{in_dir}: no such input folder")
    VALIDATE.check(out_dir, (in_dir,))  # before any work: a refused folder costs nothing and is never touched
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    check_classes = resolve(checks)
    run = executor_for(executor, workers)  # a bad name or count is refused before any work
    if mkg is None:
        from medsyn_dataset.knowledge.mkg import default_mkg

        mkg = default_mkg()
    started = time.perf_counter()
    shards = NoteFolder(in_dir).row_counts(hint=_DUPLICATE_HINT)
    read_seconds = time.perf_counter() - started
    jobs = plan_jobs(shards, batch_rows)
    # `cleanup` stops the workers and closes the checks; `staging` holds the temp output folder,
    # which becomes out_dir when everything below succeeded
    with tempfile.TemporaryDirectory(prefix="medsyn-validate-") as scratch, contextlib.ExitStack() as cleanup:
        ctx = CheckContext(
            pol, load_outside(reference_texts, "reference"), load_outside(eval_texts, "eval"), load_code_set(code_set), mkg,
            default_actions={name: act for cls in check_classes for name, act in cls.default_actions.items()},
            scratch=Path(scratch),
        )  # fmt: skip
        made = [cls(ctx) for cls in check_classes]
        for check in made:
            cleanup.callback(check.close)
        cleanup.callback(run.close)
        run.start(BatchPlan(made, ctx, in_dir), jobs)  # workers start before the progress display's thread
        with StageProgress(enabled=progress) as stages:
            runner = Runner(made, ctx, stages, BatchSpill(Path(scratch) / "rows"))
            stages.add("read", read_seconds)
            counts = runner.pass_one(run, jobs, sum(n for _, n in shards))
            run.close()  # the workers' memory is free for pass 2
            runner.finalize()
            staged = cleanup.enter_context(VALIDATE.replace(out_dir, (in_dir,)))
            tally = write_pass(runner, shards, jobs, staged, pol.policy_hash(), stages)
            with stages.timed("write"):
                carry_sources(in_dir, staged)  # what each row's source.dataset is: read by the build and the card
        report = build_report(
            tally=tally, sections=runner.sections(), policy=pol, inputs=_inputs(in_dir, shards, counts, ctx, reference_texts, eval_texts),
            timings=stages.seconds, pii_scanned=pol.pii.enabled and "pii" in checks,
        )  # fmt: skip
        report.write(staged)
        from medsyn_dataset.io import atomic_write_text

        atomic_write_text(staged / REPORT_MD, render_markdown(report))
    return report


def executor_for(name: ExecutorName, workers: int | None) -> Any:
    """The executor of a run (``workers`` None: the cores there are)."""
    if workers is not None and workers < 1:
        raise ValueError(f"--workers must be at least 1, got {workers}")
    return make_executor(name, workers)


def _inputs(
    in_dir: Path,
    shards: list[tuple[Path, int]],
    counts: PassOneCounts,
    ctx: CheckContext,
    reference_texts: Sequence[Any],
    eval_texts: Sequence[Any],
) -> Inputs:
    return Inputs(
        in_dir=str(in_dir),
        shards=[shard.name for shard, _ in shards],
        reference_texts=[str(p) for p in reference_texts if is_text_file(p)],
        reference_count=len(ctx.references),
        eval_texts=[str(p) for p in eval_texts if is_text_file(p)],
        eval_count=len(ctx.evals),
        code_set=None if ctx.code_set is None else len(ctx.code_set),
        notes_with_example=counts.with_example,
        notes_with_example_in_reference_pool=counts.example_in_reference_pool,
    )
