"""`medsyn generate`: run a tasks table through a backend into resumable, crash-safe note shards.

This module wires the parts of a run together; each part has its own module:

* :mod:`.settings` - the one :class:`~.settings.GenerationSettings` object a run is described by;
* :mod:`.taskfile` - the tasks table, and whether an output folder's notes fit it (resume, top-up);
* :mod:`.output` - the output folder held for one run: notes, failures, manifest, summary;
* :mod:`.online` - workers sending one request per task; :mod:`.batch` - the OpenAI Batch API;
* :mod:`.ledger` - answers stored by payload hash, so nothing is paid twice;
* :mod:`.budget` and :mod:`.pricing` - spend, the ``--budget`` cap, online and batch prices;
* :mod:`.admission` and :mod:`.endpoints` - adaptive concurrency and several endpoints (in the
  OpenAI backend); :mod:`.ratelimit` - the user's own per-minute limits;
* :mod:`.ray_executor` - ``--executor ray``: the backend on Ray actors, everything else here.

On SIGTERM or Ctrl-C the buffered notes are flushed before returning; on ``kill -9`` they are lost
and generated again by the next run, from the ledger when it holds them (see :mod:`.shards` for why
nothing is duplicated).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

from medsyn_dataset.generation import output
from medsyn_dataset.generation.backends.base import Backend
from medsyn_dataset.generation.budget import CostMeter, check_budget_inputs
from medsyn_dataset.generation.ledger import Ledger
from medsyn_dataset.generation.online import Answerer, run_online
from medsyn_dataset.generation.output import (
    EXIT_BUDGET,
    EXIT_FAILURES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    GenerationSummary,
    OutputRun,
    open_output,
)
from medsyn_dataset.generation.pricing import price_for, resolve_prices
from medsyn_dataset.generation.progress import progress_display
from medsyn_dataset.generation.ratelimit import RateLimiter
from medsyn_dataset.generation.records import REFUSAL_OPENINGS, failure_reason, parse_params, request_for
from medsyn_dataset.generation.settings import GenerationSettings
from medsyn_dataset.generation.taskfile import TaskTable, iter_rows, model_from_tasks, read_tasks

__all__ = [
    "EXIT_BUDGET",
    "EXIT_FAILURES",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "REFUSAL_OPENINGS",
    "GenerationSummary",
    "agenerate_notes",
    "failure_reason",
    "generate_notes",
]


def generate_notes(
    tasks_path: str | Path,
    out_dir: str | Path,
    backend: Backend | str,
    settings: GenerationSettings | None = None,
    *,
    progress: bool = True,
    **overrides: Any,
) -> GenerationSummary:
    """Generate a note for every task of ``tasks_path`` not yet in ``out_dir``; see the module docstring.

    ``backend`` is a :class:`Backend` instance (left open; the caller owns it) or a backend name
    (``openai``, ``transformers``, ``template``) built from ``settings`` and closed at the end.
    ``overrides`` are :class:`GenerationSettings` fields applied on top of ``settings`` (e.g.
    ``concurrency=8``). Returns the run's :class:`GenerationSummary`; ``summary.exit_code`` is what
    the CLI exits with.
    """
    return asyncio.run(
        _stopped_by_signals(agenerate_notes(tasks_path, out_dir, backend, settings, progress=progress, **overrides))
    )


async def _stopped_by_signals(run: Coroutine[Any, Any, GenerationSummary]) -> GenerationSummary:
    """``run``, cancelled by Ctrl-C or SIGTERM at any moment (the probe included); an interrupt before
    the first request (the run's cancel then escapes it) comes out as ``KeyboardInterrupt``.

    The handlers go through the loop (``add_signal_handler``), not a Python-level handler: a signal
    may be delivered to any thread of the process (the resolver's, the HTTP client's), and then only
    the loop's wakeup fd wakes a main thread asleep in the selector; before this, a Ctrl-C during the
    probe waited for the probe's own 15 s timeout and was lost in its error.
    """
    loop = asyncio.get_running_loop()
    task = loop.create_task(run)
    received: list[int] = []

    def stop(signum: int) -> None:
        received.append(signum)
        if len(received) > 1 and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: stop now, as asyncio.run does
        task.cancel()

    installed = []
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread, Windows
            loop.add_signal_handler(signum, stop, signum)
            installed.append(signum)
    try:
        return await task
    except asyncio.CancelledError:
        if received:
            raise KeyboardInterrupt from None
        raise
    finally:
        for signum in installed:  # and the caller's handlers back (release's SIGTERM handler, say)
            loop.remove_signal_handler(signum)
            if previous[signum] is not None:
                signal.signal(signum, previous[signum])


async def agenerate_notes(
    tasks_path: str | Path,
    out_dir: str | Path,
    backend: Backend | str,
    settings: GenerationSettings | None = None,
    *,
    progress: bool = True,
    handle_sigterm: bool = False,
    **overrides: Any,
) -> GenerationSummary:
    """The async form of :func:`generate_notes`, for callers that already run an event loop."""
    settings = (settings or GenerationSettings()).replace(**overrides) if overrides else settings or GenerationSettings()
    tasks = read_tasks(tasks_path, settings.limit)
    with open_output(out_dir, tasks, settings.shard_size, settings.run_name or tasks.path.stem) as run:
        # everything that can refuse the run (backend, ledger, budget, batch mode) before anything is written
        backend_obj = _backend(backend, settings, tasks) if run.todo else None
        ledger: Ledger | None = None
        try:
            ledger = _open_ledger(settings, backend_obj)
            meter = _cost_meter(settings, backend_obj, run, ledger)
            _check_batch_mode(settings, backend_obj, ledger)
            await _probe(settings, backend_obj, run, meter)
        except BaseException:
            await _close(ledger, backend, backend_obj)
            _raise_if_cancelled()  # a cancel (Ctrl-C) that met the probe's own error is still a cancel
            raise
        _raise_if_cancelled()
        if backend_obj is not None:
            # the manifest before the first request: from now on the folder is recognisably this
            # command's, so a run killed at any later moment is resumed, never refused
            run.save()
        interrupted = budget_stop = False
        try:
            interrupted, budget_stop = await _execute(run, backend_obj, ledger, meter, settings, progress,
                                                      handle_sigterm)
        finally:
            await run.final_flush()  # first: finished notes matter more than a tidy close
            summary = _summary(run, meter, settings, backend_obj, interrupted, budget_stop)
            run.save(summary)
            await _close(ledger, backend, backend_obj)
    return summary


def _raise_if_cancelled() -> None:
    """Raise ``CancelledError`` if this task was asked to stop and has not yet seen it: ``_close``
    waits out a cancel to close the backend, and the error the probe raised meanwhile must not hide it."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


async def _execute(
    run: OutputRun,
    backend: Backend | None,
    ledger: Ledger | None,
    meter: CostMeter,
    settings: GenerationSettings,
    progress: bool,
    handle_sigterm: bool,
) -> tuple[bool, bool]:
    """Run the requests; returns (interrupted, stopped by the budget)."""
    if backend is None:
        return False, False
    if meter.exhausted:
        return False, True
    console = _progress_console() if progress else None
    try:
        with _sigterm_cancels(handle_sigterm), progress_display(
            console, len(run.tasks.ids), run.done_before, settings.budget_usd
        ) as tick:
            if settings.batch is not None:
                from medsyn_dataset.generation.batch import run_batches

                stopped = await run_batches(run, backend, ledger, meter, settings.batch, tick)
            else:
                answerer = Answerer(backend, meter, _limiter(settings), ledger, _origin(run))
                workers = getattr(backend, "max_in_flight", None) or settings.workers  # Ray: per actor too
                stopped = await run_online(run.tasks.table, run, answerer, workers, tick, run.throttled_save())
    except asyncio.CancelledError:
        return True, False
    return False, stopped


async def _close(ledger: Ledger | None, given: Backend | str, backend: Backend | None) -> None:
    if ledger is not None:
        ledger.close()
    if isinstance(given, str) and backend is not None:  # ours to close; a passed-in one is not
        with contextlib.suppress(asyncio.CancelledError):
            await backend.aclose()


def _summary(
    run: OutputRun,
    meter: CostMeter,
    settings: GenerationSettings,
    backend: Backend | None,
    interrupted: bool,
    budget_stop: bool,
) -> GenerationSummary:
    summary = run.summary()
    summary.interrupted = interrupted
    summary.budget_exhausted = budget_stop and summary.skipped > 0
    summary.budget_usd = settings.budget_usd
    summary.rate_limited = int(getattr(backend, "rate_limited", 0) or 0)
    if meter.priced:
        summary.cost = summary.cost or 0.0  # priced, even if nothing was answered this run
        summary.spent_usd = round(meter.spent, 6)
        run.extra["spend"] = {"usd": summary.spent_usd, "budget_usd": settings.budget_usd}
    return summary


# --------------------------------------------------------------------------------------------------
# the parts of a run


def _backend(backend: Backend | str, settings: GenerationSettings, tasks: TaskTable) -> Backend:
    if not isinstance(backend, str):
        if settings.ray is not None:
            raise ValueError("--executor ray builds the backend on each actor: pass a backend name, not an instance")
        return backend
    from medsyn_dataset.generation.backends.registry import backend_from_settings

    model = settings.model or (model_from_tasks(tasks.table) if backend == "openai" else None)
    if settings.ray is not None:  # the backend on Ray actors; the rest of the run stays here
        from medsyn_dataset.generation.ray_executor import RayBackend

        return RayBackend.start(backend, settings.replace(model=model))
    return backend_from_settings(backend, settings.replace(model=model))


def _open_ledger(settings: GenerationSettings, backend: Backend | None) -> Ledger | None:
    """The run's ledger; only backends that send payloads (the API ones) have answers worth keeping."""
    if backend is None or not callable(getattr(backend, "payload", None)):
        return None
    path = settings.ledger_path()
    return Ledger(path) if path is not None else None


def _cost_meter(settings: GenerationSettings, backend: Backend | None, run: OutputRun, ledger: Ledger | None) -> CostMeter:
    if backend is None:  # nothing to do: nothing to price or cap
        return CostMeter(None)
    prices, source = resolve_prices(settings.price_table)
    price = price_for(prices, backend.model)
    spent_before = max(ledger.spent(_origin(run)) if ledger is not None else 0.0, run.spent_before())
    meter = CostMeter(price, batch=settings.batch is not None, budget_usd=settings.budget_usd, spent_before=spent_before)
    endpoints = tuple(getattr(backend, "endpoints", None) or ())
    run.backend_info = output.backend_info(backend.name, backend.model, endpoints)
    distinct = set(run.tasks.table.column("params").to_pylist())
    check_budget_inputs(meter, (parse_params(raw, "tasks") for raw in distinct))
    if price is not None:
        run.extra["prices"] = source
    return meter


def _check_batch_mode(settings: GenerationSettings, backend: Backend | None, ledger: Ledger | None) -> None:
    if settings.batch is None or backend is None:
        return
    if not callable(getattr(backend, "batch_api", None)):
        raise ValueError(f"--batch needs the openai backend (the OpenAI Batch API), not {backend.name!r}")
    if ledger is None:
        raise ValueError("--batch keeps its batch ids in the request ledger: it cannot run with --no-ledger")


async def _probe(settings: GenerationSettings, backend: Backend | None, run: OutputRun, meter: CostMeter) -> None:
    """One cheap request per endpoint (backends that can, with ``settings.probe``): a dead server, a
    refused key or an unknown model is one error now, not minutes of retries over every task.

    Not when the budget admits none of the pending requests: then the run sends nothing at all.
    """
    probe = getattr(backend, "probe", None)
    if not settings.probe or not callable(probe):
        return
    if meter.budget_usd is not None and not any(
        meter.fits(meter.worst_case(request_for(task))) for task in iter_rows(run.tasks.table)
        if not run.is_done(task["task_id"])
    ):
        return
    await probe()


def _limiter(settings: GenerationSettings) -> RateLimiter | None:
    limiter = RateLimiter(
        settings.requests_per_minute,
        settings.tokens_per_minute,
        prompt_tokens_per_minute=settings.prompt_tokens_per_minute,
        completion_tokens_per_minute=settings.completion_tokens_per_minute,
    )
    return limiter if limiter.active else None


def _origin(run: OutputRun) -> str:
    """The output folder as the ledger's charges name it."""
    return str(run.out_dir.resolve())


@contextlib.contextmanager
def _sigterm_cancels(enabled: bool) -> Iterator[None]:
    """SIGTERM cancels the run like Ctrl-C does (so the buffer is flushed on the way out)."""
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    installed = False
    if enabled and main_task is not None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signal.SIGTERM, main_task.cancel)
            installed = True
    try:
        yield
    finally:
        if installed:
            loop.remove_signal_handler(signal.SIGTERM)


def _progress_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)
