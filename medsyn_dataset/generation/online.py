"""Online generation: a pool of workers sends one request per task and records each answer.

Per task: the ledger is asked first (a stored answer costs nothing and sends nothing); otherwise the
budget must admit the request's worst case, the user's rate limits must let it go, and the backend
answers (its own admission control and retries included). The answer is charged, stored in the
ledger, and handed to the output run, which writes the note or the failure.

Workers pull tasks from a bounded queue (memory does not grow with the tasks table). When the
budget cannot admit another request, the producer stops and the workers finish what is in flight.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from medsyn_dataset.generation.backends.base import Backend, GenerationRequest, GenerationResult
from medsyn_dataset.generation.budget import CostMeter
from medsyn_dataset.generation.ledger import Ledger, keyed
from medsyn_dataset.generation.output import OutputRun
from medsyn_dataset.generation.progress import Tick
from medsyn_dataset.generation.ratelimit import RateLimiter, estimate_tokens
from medsyn_dataset.generation.records import request_for
from medsyn_dataset.generation.taskfile import iter_rows


@dataclass
class Answerer:
    """One request's way: ledger -> budget -> rate limits -> backend -> charge -> ledger."""

    backend: Backend
    meter: CostMeter
    limiter: RateLimiter | None = None
    ledger: Ledger | None = None
    origin: str = ""

    async def answer(self, request: GenerationRequest) -> tuple[GenerationResult, float | None] | None:
        """The result and its cost, or None when the budget cannot admit the request."""
        payload = _payload(self.backend, request) if self.ledger is not None else None
        key, text = keyed(payload) if payload is not None else (None, None)
        if key is not None and self.ledger is not None and (hit := self.ledger.lookup(key)) is not None:
            return hit, self.meter.cost(hit)
        worst = self.meter.worst_case(request)
        if not await self.meter.reserve(worst):
            return None
        result: GenerationResult | None = None
        try:
            result = await self._send(request)
        finally:
            cost = self.meter.settle(worst, result)
        if key is not None and payload is not None and self.ledger is not None:
            self.ledger.record(key, payload, result, cost=cost, mode="online", origin=self.origin, payload_json=text)
        return result, cost

    async def _send(self, request: GenerationRequest) -> GenerationResult:
        max_tokens = int(request.params.get("max_tokens") or 0)
        estimate = estimate_tokens(request.system_prompt, request.prompt, max_tokens or None)
        if self.limiter is not None:
            await self.limiter.acquire(estimate, prompt=estimate - max_tokens, completion=max_tokens)
        try:
            result = await self.backend.generate(request)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a backend bug must not kill the run; the task is retried next time
            result = GenerationResult(text=None, finish_reason="error", error=f"{type(exc).__name__}: {exc}")
        if self.limiter is not None:
            used = (result.prompt_tokens or 0) + (result.completion_tokens or 0)
            self.limiter.settle(estimate, used or None, completion_reserved=max_tokens,
                                completion_used=result.completion_tokens)
        return result


def _payload(backend: Backend, request: GenerationRequest) -> dict[str, Any] | None:
    """What the ledger keys a request by; only backends that send payloads (the API ones) have one."""
    make = getattr(backend, "payload", None)
    return make(request) if callable(make) else None


async def run_online(
    tasks: pa.Table,
    run: OutputRun,
    answerer: Answerer,
    workers: int,
    tick: Tick,
    on_shard: Any,
) -> bool:
    """Answer every task of ``tasks`` not done yet; returns True if the budget stopped the run."""
    queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=workers * 2)
    stopped = asyncio.Event()
    backend = answerer.backend

    async def produce() -> None:
        for row in iter_rows(tasks):
            if stopped.is_set():
                break
            if not run.is_done(row["task_id"]):
                await queue.put(row)
        for _ in range(workers):
            await queue.put(None)

    async def work() -> None:
        while (task := await queue.get()) is not None:
            if stopped.is_set():
                continue  # drain: the budget is spent; these tasks stay pending
            request = request_for(task)
            answered = await answerer.answer(request)
            if answered is None:
                stopped.set()
                continue
            result, cost = answered
            note = run.record(task, request, result, backend.name, backend.model, cost)
            spent = answerer.meter.spent if answerer.meter.priced else None
            tick(1, 0 if result.from_ledger else (result.prompt_tokens or 0) + (result.completion_tokens or 0),
                 run.tally.failed, spent)
            if note is not None and await run.add_note(note):
                on_shard()

    jobs = [asyncio.create_task(work()) for _ in range(workers)]
    producer = asyncio.create_task(produce())
    try:
        await asyncio.gather(producer, *jobs)
    finally:
        for job in (producer, *jobs):
            job.cancel()
        await asyncio.gather(producer, *jobs, return_exceptions=True)
    return stopped.is_set()
