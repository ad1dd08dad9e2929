"""The Files and Batches endpoints of the fake OpenAI server (see :mod:`fake_openai_server`).

Implements what ``openai``'s ``files.create/content`` and ``batches.create/retrieve/list/cancel``
call: ``POST /v1/files`` (multipart, ``purpose=batch``), ``GET /v1/files/{id}[/content]``,
``POST /v1/batches``, ``GET /v1/batches[/{id}]``, ``POST /v1/batches/{id}/cancel``.

A batch goes ``validating`` -> ``in_progress`` -> ``finalizing`` -> ``completed`` on a timer
(``BatchBehaviour.validating_s``/``in_progress_s``), or ends ``expired`` (only the first
``answered`` lines were run; the rest are ``batch_expired`` lines in the error file) or ``failed``
(no output; ``errors`` says why) when ``BatchBehaviour.outcome(n, custom_ids)`` says so for the
``n``-th batch (from 0). Lines are answered by the same fake model as the chat endpoint, the
server's ``fault`` included (a 4xx/5xx fault becomes a line of the error file).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Outcome:
    status: str = "completed"  # "completed" | "expired" | "failed"
    answered: int | None = None  # expired: how many lines were run before the window ended


@dataclass
class BatchBehaviour:
    validating_s: float = 0.05
    in_progress_s: float = 0.1
    outcome: Callable[[int, list[str]], Outcome] = field(default=lambda n, ids: Outcome())


@dataclass
class FakeBatch:
    id: str
    input_file_id: str
    endpoint: str
    completion_window: str
    metadata: dict | None
    lines: list[dict]
    outcome: Outcome
    created_at: float
    cancelled: bool = False
    output_file_id: str | None = None
    error_file_id: str | None = None
    finished: bool = False
    counts: dict = field(default_factory=lambda: {"total": 0, "completed": 0, "failed": 0})

    @property
    def custom_ids(self) -> list[str]:
        return [line["custom_id"] for line in self.lines]


class FakeBatchAPI:
    def __init__(self, server: Any, behaviour: BatchBehaviour) -> None:
        self.server = server
        self.behaviour = behaviour
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, FakeBatch] = {}
        self._lock = threading.Lock()
        self._next = 0

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/files", self._upload)
        app.router.add_get("/v1/files/{id}", self._file)
        app.router.add_get("/v1/files/{id}/content", self._content)
        app.router.add_post("/v1/batches", self._create)
        app.router.add_get("/v1/batches", self._list)
        app.router.add_get("/v1/batches/{id}", self._retrieve)
        app.router.add_post("/v1/batches/{id}/cancel", self._cancel)

    def lines_sent(self) -> list[str]:
        """custom_id of every line of every batch created, in order (a test's exactly-once check)."""
        return [cid for batch in self.batches.values() for cid in batch.custom_ids]

    # ---- files -----------------------------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        with self._lock:
            self._next += 1
            return f"{prefix}-{self._next:05d}"

    def _store(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = self._new_id("file")
        self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                               "filename": filename, "purpose": purpose, "status": "processed", "data": data}
        return self.files[file_id]

    @staticmethod
    def _public(file: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in file.items() if k != "data"}

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        upload = form.get("file")
        if upload is None or not hasattr(upload, "file"):
            return web.json_response({"error": {"message": "file is required"}}, status=400)
        data = upload.file.read()
        file = self._store(data, upload.filename or "upload.jsonl", str(form.get("purpose", "")))
        return web.json_response(self._public(file))

    async def _file(self, request: web.Request) -> web.Response:
        file = self.files.get(request.match_info["id"])
        if file is None:
            return web.json_response({"error": {"message": "no such file"}}, status=404)
        return web.json_response(self._public(file))

    async def _content(self, request: web.Request) -> web.Response:
        file = self.files.get(request.match_info["id"])
        if file is None:
            return web.json_response({"error": {"message": "no such file"}}, status=404)
        return web.Response(body=file["data"], content_type="application/octet-stream")

    # ---- batches ---------------------------------------------------------------------------------

    async def _create(self, request: web.Request) -> web.Response:
        body = await request.json()
        file = self.files.get(body.get("input_file_id", ""))
        if file is None:
            return web.json_response({"error": {"message": "input file not found"}}, status=400)
        lines = [json.loads(line) for line in file["data"].decode("utf-8").splitlines() if line.strip()]
        batch_id = self._new_id("batch")
        n = len(self.batches)
        outcome = self.behaviour.outcome(n, [line["custom_id"] for line in lines])
        batch = FakeBatch(batch_id, file["id"], body["endpoint"], body["completion_window"], body.get("metadata"),
                          lines, outcome, time.monotonic())
        batch.counts["total"] = len(lines)
        self.batches[batch_id] = batch
        return web.json_response(self._view(batch))

    async def _retrieve(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return web.json_response({"error": {"message": "no such batch"}}, status=404)
        return web.json_response(self._view(batch))

    async def _list(self, request: web.Request) -> web.Response:
        data = [self._view(b) for b in reversed(list(self.batches.values()))]  # newest first, as OpenAI
        return web.json_response({"object": "list", "data": data, "has_more": False,
                                  "first_id": data[0]["id"] if data else None,
                                  "last_id": data[-1]["id"] if data else None})

    async def _cancel(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return web.json_response({"error": {"message": "no such batch"}}, status=404)
        batch.cancelled = True
        return web.json_response(self._view(batch))

    def _status(self, batch: FakeBatch) -> str:
        age = time.monotonic() - batch.created_at
        if age < self.behaviour.validating_s:
            return "validating"
        if batch.outcome.status == "failed":
            return "failed"
        if batch.cancelled:
            self._finish(batch, answered=0, reason="batch_cancelled")
            return "cancelled"
        if age < self.behaviour.validating_s + self.behaviour.in_progress_s:
            return "in_progress"
        if batch.outcome.status == "expired":
            self._finish(batch, answered=batch.outcome.answered or 0, reason="batch_expired")
            return "expired"
        self._finish(batch, answered=len(batch.lines), reason="")
        return "completed"

    def _finish(self, batch: FakeBatch, answered: int, reason: str) -> None:
        """Run the lines once (the first ``answered``) and write the output and error files."""
        if batch.finished:
            return
        batch.finished = True
        out, err = [], []
        for i, line in enumerate(batch.lines):
            request_id = f"batch_req_{batch.id}_{i}"
            if i >= answered:
                message = "This request could not be executed before the completion window expired."
                err.append({"id": request_id, "custom_id": line["custom_id"], "response": None,
                            "error": {"code": reason, "message": message}})
                continue
            status, payload = self.server.answer_line(line["body"])
            record = {"id": request_id, "custom_id": line["custom_id"],
                      "response": {"status_code": status, "request_id": request_id, "body": payload}, "error": None}
            (out if status == 200 else err).append(record)
        batch.counts.update(completed=sum(1 for r in out), failed=len(err))
        if out:
            batch.output_file_id = self._store(_jsonl(out), f"{batch.id}_output.jsonl", "batch_output")["id"]
        if err:
            batch.error_file_id = self._store(_jsonl(err), f"{batch.id}_error.jsonl", "batch_output")["id"]

    def _view(self, batch: FakeBatch) -> dict[str, Any]:
        status = self._status(batch)
        created = int(time.time())
        errors = None
        if status == "failed":
            errors = {"object": "list", "data": [{"code": "invalid_request", "message": "fake validation failure",
                                                  "line": 1, "param": None}]}
        return {
            "id": batch.id, "object": "batch", "endpoint": batch.endpoint, "errors": errors,
            "input_file_id": batch.input_file_id, "completion_window": batch.completion_window,
            "status": status, "output_file_id": batch.output_file_id, "error_file_id": batch.error_file_id,
            "created_at": created, "in_progress_at": None, "expires_at": created + 86400, "finalizing_at": None,
            "completed_at": None, "failed_at": None, "expired_at": None, "cancelling_at": None,
            "cancelled_at": None, "request_counts": dict(batch.counts), "metadata": batch.metadata,
        }  # fmt: skip


def _jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def run_batch_file(requests: Any, results: Any, *, only: set[str] | None = None, fail: set[str] | None = None) -> int:
    """Do what ``vllm run-batch -i REQUESTS -o RESULTS`` does, with the fake model; returns lines written.

    ``only``: answer just these custom ids (a partial run); ``fail``: answer these with an error line.
    """
    from pathlib import Path

    from support.fake_openai_server import completion

    out = []
    for i, raw in enumerate(Path(requests).read_text(encoding="utf-8").splitlines()):
        line = json.loads(raw)
        cid = line["custom_id"]
        if only is not None and cid not in only:
            continue
        if fail and cid in fail:
            out.append({"id": f"vllm-{i}", "custom_id": cid, "response": None,
                        "error": {"code": "invalid_request", "message": "fake engine error"}})
            continue
        body = completion(line["body"], None, f"cmpl-{i}")
        out.append({"id": f"vllm-{i}", "custom_id": cid,
                    "response": {"status_code": 200, "request_id": f"vllm-batch-{i}", "body": body}, "error": None})
    Path(results).write_bytes(_jsonl(out))
    return len(out)
