"""`medsyn generate --batch`: the run's requests through the OpenAI Batch API, each task's note exactly once.

1. Tasks already done are skipped; requests the ledger has answered become notes at once (free).
2. The rest are written as batch JSONL (``custom_id`` = task id), split by the API's limits
   (:data:`~.settings.BATCH_MAX_REQUESTS` lines, :data:`~.settings.BATCH_MAX_BYTES` bytes), uploaded
   (Files API) and submitted (Batches API). Each upload is recorded in the ledger *before* its batch
   is created and the batch id right after, so a run killed at any point resumes: it polls the
   batches it finds in the ledger, adopts a batch created from a recorded upload (found by its input
   file), and never sends a request twice while its batch is open.
3. Open batches are polled every ``poll_interval_s``. A finished batch's output and error files
   are downloaded and every line is read once: answers are charged at batch prices, stored in the
   ledger and written as notes; lines that failed for reasons worth retrying (expired, cancelled,
   429, 5xx) are sent again in a new batch, at most ``max_resubmits`` times in this run; other
   failures go to ``failures.parquet``. Only then is the batch marked ingested.

The budget reserves each request's worst case when it is submitted (and, on resume, for the lines
of batches still open), with the same admission rule as the online runner
(:meth:`.budget.CostMeter.admit`): a request that does not fit waits until open batches are
settled at their real cost and is submitted in a later batch; the run stops with "budget reached"
only when a request does not fit with no batch open.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

from medsyn_dataset.generation.backends.base import Backend, GenerationRequest, GenerationResult
from medsyn_dataset.generation.backends.openai_batch import TERMINAL, BatchAPI, BatchInfo
from medsyn_dataset.generation.batchfiles import iter_result_lines, request_line, split_lines
from medsyn_dataset.generation.budget import Admission, CostMeter
from medsyn_dataset.generation.ledger import Ledger, Submission, request_key
from medsyn_dataset.generation.output import OutputRun
from medsyn_dataset.generation.progress import Tick
from medsyn_dataset.generation.records import request_for
from medsyn_dataset.generation.settings import BatchSettings
from medsyn_dataset.generation.taskfile import iter_rows

#: Status checks that may fail in a row (network trouble) before the run stops with a clear error.
MAX_POLL_FAILURES = 10


async def run_batches(
    run: OutputRun, backend: Backend, ledger: Ledger | None, meter: CostMeter, settings: BatchSettings, tick: Tick
) -> bool:
    """Run the tasks of ``run`` through the Batch API; returns True if the budget left tasks unsent.

    The runner has checked that ``backend`` has the Batch API and that there is a ledger.
    """
    if ledger is None or not callable(getattr(backend, "batch_api", None)):
        raise ValueError("--batch needs the openai backend and the request ledger")
    return await BatchRun(run, backend, ledger, meter, settings, tick, backend.batch_api()).execute()  # type: ignore[attr-defined]


class BatchRun:
    """One ``--batch`` run over an output folder; see the module docstring."""

    def __init__(
        self,
        run: OutputRun,
        backend: Backend,
        ledger: Ledger,
        meter: CostMeter,
        settings: BatchSettings,
        tick: Tick,
        api: BatchAPI,
    ) -> None:
        self.run, self.backend, self.ledger, self.meter = run, backend, ledger, meter
        self.settings, self.tick, self.api = settings, tick, api
        self.origin = str(run.out_dir.resolve())
        self._row_of = {tid: i for i, tid in enumerate(run.tasks.full.column("task_id").to_pylist())}
        self._keys: dict[str, str] = {}  # task id -> ledger key of its request, for the lines being sent
        self._reserved: dict[str, float] = {}
        self._sent: Counter[str] = Counter()  # batches that carried each task in this run
        self.budget_stop = False
        self._waiting: list[str] = []  # task ids the budget admits once open batches are settled
        self._poll_failures = 0
        self._save = run.throttled_save()

    # ---- the run ---------------------------------------------------------------------------------

    async def execute(self) -> bool:
        open_subs = self.ledger.open_submissions(self.origin)
        in_flight = {cid for sub in open_subs for cid in sub.custom_ids}
        for sub in open_subs:  # an earlier run's batches: their answers may still be charged
            for cid in sub.custom_ids:
                self._sent[cid] += 1
                self._reserve(cid, self._request(cid), force=True)
            if sub.batch_id is None:
                await self._create(sub, adopt=True)
        to_send = [cid for cid in await self._serve_from_ledger() if cid not in in_flight]
        await self._submit(to_send)
        await self._poll()
        self.budget_stop = bool(self._waiting)  # nothing open, and still they do not fit
        return self.budget_stop

    async def _serve_from_ledger(self) -> list[str]:
        """Write the notes the ledger already has; return the task ids still to ask."""
        todo = []
        for task in iter_rows(self.run.tasks.table):
            task_id = task["task_id"]
            if self.run.is_done(task_id):
                continue
            request = request_for(task)
            hit = self.ledger.lookup(request_key(self._payload(request)))
            if hit is None:
                todo.append(task_id)
                continue
            await self._note(task, request, hit, self.meter.cost(hit))
        return todo

    async def _submit(self, task_ids: list[str]) -> int:
        """Submit the requests of ``task_ids`` the budget admits now (the rest wait); returns how many."""
        submitted = 0
        for chunk in split_lines(self._lines(task_ids), self.settings.max_requests, self.settings.max_bytes):
            sub = Submission(
                submission_id=uuid.uuid4().hex,
                origin=self.origin,
                endpoint="/v1/chat/completions",
                input_file_id="",
                batch_id=None,
                status="uploading",
                requests=len(chunk),
                round=max(self._sent[cid] for cid, _ in chunk) + 1,
                custom_ids={cid: self._keys.pop(cid) for cid, _ in chunk},
            )
            sub.input_file_id = await self.api.upload(f"medsyn-{sub.submission_id}.jsonl", b"".join(line for _, line in chunk))
            self.ledger.add_submission(sub)  # before the batch exists: a kill now is resumed by adoption
            for cid, _ in chunk:
                self._sent[cid] += 1
            await self._create(sub, adopt=False)
            self.run.tally.batches += 1
            submitted += len(chunk)
        return submitted

    def _lines(self, task_ids: list[str]) -> Iterator[tuple[str, bytes]]:
        """Request lines of the tasks the budget admits; the first that does not fit and those after it wait."""
        for i, cid in enumerate(task_ids):
            request = self._request(cid)
            if not self._reserve(cid, request):
                self._waiting.extend(task_ids[i:])
                return
            payload = self._payload(request)
            self._keys[cid] = request_key(payload)
            yield cid, request_line(cid, payload)

    async def _create(self, sub: Submission, adopt: bool) -> None:
        info = await self.api.find(sub.input_file_id) if adopt else None
        if info is None:
            info = await self.api.create(
                sub.input_file_id, sub.endpoint, self.settings.completion_window,
                {"medsyn_submission": sub.submission_id},
            )
        sub.batch_id, sub.status = info.id, info.status
        self.ledger.update_submission(sub.submission_id, batch_id=info.id, status=info.status)

    async def _poll(self) -> None:
        while subs := self.ledger.open_submissions(self.origin):
            again: list[str] = []
            states: Counter[str] = Counter()
            for sub in subs:
                if sub.batch_id is None:  # pragma: no cover - created above, or adopted
                    continue
                info = await self._retrieve(sub.batch_id)
                if info is None:
                    states["unreachable"] += 1
                    continue
                self.ledger.update_submission(sub.submission_id, status=info.status,
                                              output_file_id=info.output_file_id, error_file_id=info.error_file_id)
                states[info.status] += 1
                if info.done:
                    again += await self._ingest(sub, info)
            self.tick(0, 0, self.run.tally.failed, self._spent(),
                      "batches: " + ", ".join(f"{n} {state}" for state, n in sorted(states.items())))
            pending, self._waiting = again + self._waiting, []
            submitted = await self._submit(pending) if pending else 0
            if not submitted and any(state not in TERMINAL for state in states):
                await asyncio.sleep(self.settings.poll_interval_s)

    async def _retrieve(self, batch_id: str) -> BatchInfo | None:
        """The batch's state; None after a transient failure (polled again later), an error after many."""
        try:
            info = await self.api.retrieve(batch_id)
        except Exception as exc:
            self._poll_failures += 1
            if self._poll_failures >= MAX_POLL_FAILURES:
                raise ValueError(
                    f"batch {batch_id}: polling failed {self._poll_failures} times in a row ({type(exc).__name__}: "
                    f"{exc}); the batch ids are in the ledger: rerun the same command to resume polling"
                ) from None
            return None
        self._poll_failures = 0
        return info

    # ---- reading results -------------------------------------------------------------------------

    async def _ingest(self, sub: Submission, info: BatchInfo) -> list[str]:
        """Read a finished batch's files once; returns the task ids to send again."""
        seen: set[str] = set()
        again: list[str] = []
        for file_id in (info.output_file_id, info.error_file_id):
            if not file_id:
                continue
            data = await self.api.download(file_id)
            for line in iter_result_lines(data, f"batch {info.id} file {file_id}"):
                if line.custom_id not in sub.custom_ids or line.custom_id in seen:
                    continue  # not ours, or read already: each line counts once
                seen.add(line.custom_id)
                if await self._answered(sub, line.custom_id, line.result, line.error, line.retryable):
                    again.append(line.custom_id)
        reason = f"batch {info.status}" + (f": {'; '.join(info.errors)}" if info.errors else " without a result")
        for cid in sub.custom_ids:
            if cid not in seen and await self._answered(sub, cid, None, reason[:300], True):
                again.append(cid)
        self.ledger.update_submission(sub.submission_id, ingested=1)
        return again

    async def _answered(
        self, sub: Submission, cid: str, result: GenerationResult | None, error: str | None, retryable: bool
    ) -> bool:
        """Account for one line; True if it should be sent again."""
        reserved = self._reserved.pop(cid, 0.0)
        self.meter.settle(reserved, None)
        task = self._task(cid)
        request = request_for(task)
        if result is None:
            if retryable and self._sent[cid] <= self.settings.max_resubmits and not self.run.is_done(cid):
                return True
            result = GenerationResult(text=None, finish_reason="error", error=error or "batch line failed",
                                      attempts=self._sent[cid])
            self.run.record(task, request, result, self.backend.name, self.backend.model, None)
            return False
        cost = self.meter.cost(result)
        if self.ledger.record(sub.custom_ids[cid], self._payload(request), result, cost=cost, mode="batch",
                              origin=self.origin, ref=sub.submission_id):
            self.meter.add(cost)
        await self._note(task, request, result, cost)
        return False

    async def _note(self, task: dict[str, Any], request: GenerationRequest, result: GenerationResult,
                    cost: float | None) -> None:
        note = self.run.record(task, request, result, self.backend.name, self.backend.model, cost)
        tokens = 0 if result.from_ledger else (result.prompt_tokens or 0) + (result.completion_tokens or 0)
        self.tick(1, tokens, self.run.tally.failed, self._spent())
        if note is not None and await self.run.add_note(note):
            self._save()

    # ---- helpers ---------------------------------------------------------------------------------

    def _task(self, cid: str) -> dict[str, Any]:
        if cid not in self._row_of:
            raise ValueError(f"batch line {cid!r} has no task in {self.run.tasks.path}")
        return dict(self.run.tasks.full.slice(self._row_of[cid], 1).to_pylist()[0])

    def _request(self, cid: str) -> GenerationRequest:
        return request_for(self._task(cid))

    def _payload(self, request: GenerationRequest) -> dict[str, Any]:
        return self.backend.payload(request)  # type: ignore[attr-defined]

    def _reserve(self, cid: str, request: GenerationRequest, force: bool = False) -> bool:
        worst = self.meter.worst_case(request)
        if force:
            self.meter.reserved += worst
        elif self.meter.admit(worst) is not Admission.RESERVED:
            return False
        self._reserved[cid] = self._reserved.get(cid, 0.0) + worst
        return True

    def _spent(self) -> float | None:
        return self.meter.spent if self.meter.priced else None
