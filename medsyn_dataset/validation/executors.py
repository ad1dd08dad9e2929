"""Where pass 1's batches run: this process, worker processes, or a Ray cluster (:mod:`.ray_executor`).

An executor maps :func:`~.batches.run_batch` over the jobs and yields the outputs **in job order**,
so the driver sees the corpus in order whatever ran where. It starts its workers in
:meth:`Executor.start` (before the progress display starts a thread: a process forked while another
thread holds a lock can deadlock) and stops them in :meth:`Executor.close`.

Worker processes ignore Ctrl-C (SIGINT goes to the whole process group: the driver alone handles
it, stops the pool and says what was kept) and take SIGTERM's default action, so stopping them
never prints a traceback. A failure in a worker comes back as the same kind of error (a bad input's
one-line message stays one line; an interrupt stays an interrupt).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator, Sequence
from typing import Any, Literal, Protocol

from medsyn_dataset.validation.batches import BatchJob, BatchOutput, BatchPlan, ShardReader, run_batch
from medsyn_dataset.validation.worker_signals import quiet_worker, signals_held

ExecutorName = Literal["local", "ray"]
#: The errors a worker sends back as such; anything else comes back as a RuntimeError with the worker's traceback.
_PASSED_ON: dict[str, type[BaseException]] = {
    e.__name__: e for e in (ValueError, FileNotFoundError, KeyError, PermissionError, KeyboardInterrupt)
}


class Executor(Protocol):
    def start(self, plan: BatchPlan, jobs: Sequence[BatchJob]) -> None: ...

    def map(self, jobs: Sequence[BatchJob]) -> Iterator[BatchOutput]: ...

    def close(self) -> None: ...


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_executor(name: ExecutorName = "local", workers: int | None = None) -> Executor:
    """``local``: this process (one worker, or a single batch) or a pool of worker processes; ``ray``:
    a Ray cluster (``RAY_ADDRESS``, or a local instance), ``workers`` actors."""
    if name == "ray":
        from medsyn_dataset.validation.ray_executor import RayExecutor

        return RayExecutor(workers)
    if name != "local":
        raise ValueError(f"unknown executor {name!r}; expected 'local' or 'ray'")
    return LocalExecutor(workers or default_workers())


class InProcess:
    """Every batch in this process, one after another."""

    def __init__(self) -> None:
        self.plan: BatchPlan | None = None
        self.reader = ShardReader()

    def start(self, plan: BatchPlan, jobs: Sequence[BatchJob]) -> None:
        self.plan = plan

    def map(self, jobs: Sequence[BatchJob]) -> Iterator[BatchOutput]:
        assert self.plan is not None
        for job in jobs:
            yield run_batch(self.plan, job, self.reader)

    def close(self) -> None:
        self.plan = None


class LocalExecutor:
    """``workers`` worker processes (forked where the platform can: they share the driver's loaded
    checks), or this process when there is one worker or one batch."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.workers = workers
        self._pool: Any = None
        self._local: InProcess | None = None

    def start(self, plan: BatchPlan, jobs: Sequence[BatchJob]) -> None:
        workers = min(self.workers, len(jobs))
        if workers <= 1:
            self._local = InProcess()
            self._local.start(plan, jobs)
            return
        import multiprocessing as mp

        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        with signals_held():  # a Ctrl-C while the workers start waits until they can ignore it
            self._pool = mp.get_context(method).Pool(workers, initializer=_init_worker, initargs=(plan,))

    def map(self, jobs: Sequence[BatchJob]) -> Iterator[BatchOutput]:
        if self._local is not None:
            yield from self._local.map(jobs)
            return
        for out in self._pool.imap(_run_job, jobs, chunksize=1):
            yield raise_failure(out)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        if self._local is not None:
            self._local.close()
            self._local = None


# ---- in a worker process -------------------------------------------------------------------------

_PLAN: BatchPlan | None = None
_READER: ShardReader | None = None


def _init_worker(plan: BatchPlan) -> None:
    global _PLAN, _READER
    quiet_worker()
    _PLAN, _READER = plan, ShardReader()


def _run_job(job: BatchJob) -> BatchOutput | tuple[str, str]:
    assert _PLAN is not None and _READER is not None
    return guarded(_PLAN, job, _READER)


def guarded(plan: BatchPlan, job: BatchJob, reader: ShardReader) -> BatchOutput | tuple[str, str]:
    """:func:`run_batch`, with a failure returned as ``(kind, message)`` (exceptions do not always
    survive pickling: an error class with its own constructor arguments does not)."""
    try:
        return run_batch(plan, job, reader)
    except BaseException as exc:
        kind = next((name for name, cls in _PASSED_ON.items() if isinstance(exc, cls)), None)
        if kind is None:
            return "RuntimeError", f"a validation worker failed on {job.shard} (rows {job.offset}..):\n{traceback.format_exc()}"
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        return kind, str(message)


def raise_failure(out: BatchOutput | tuple[str, str]) -> BatchOutput:
    """``out``, or the error a worker sent back, raised here."""
    if isinstance(out, tuple):
        kind, message = out
        raise _PASSED_ON.get(kind, RuntimeError)(message)
    return out
