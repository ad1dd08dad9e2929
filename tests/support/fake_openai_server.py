"""A fake OpenAI-compatible server on 127.0.0.1 (aiohttp), for tests and benchmarks.

In a test: ``with FakeOpenAIServer(latency_s=0.01, fault=my_fault) as server: ... server.base_url``
(the server runs on its own event loop in a thread). As a process (benchmarks, subprocess tests):
``python tests/support/fake_openai_server.py --latency 0.2 [--rpm N]`` prints ``READY <base_url>``
and serves until SIGTERM.

``fault(prompt, attempt) -> Fault | None`` decides per request (``attempt`` counts the requests
seen for that prompt, from 1) whether to answer 429 (with Retry-After), 500, hang, or an empty,
refused or truncated completion.

``rpm=N`` (and/or ``tpm=N``) limits chat requests like OpenAI does: a token bucket refilled at N
per minute holding ``burst_s`` seconds' worth; every answer carries ``x-ratelimit-limit-*``,
``-remaining-*`` and ``-reset-*`` headers, and a request over the limit gets a 429.

The Files and Batches endpoints live in :mod:`fake_openai_batch` (``server.batch`` holds what
was uploaded and created); ``server.paths`` lists every request the server saw, any endpoint.

``hold_until=N`` makes the server answer no chat request until N of them are in flight at once
(then, after ``hold_settle_s`` more, it answers them all and every later one as usual; the first
``hold_after`` requests are answered at once, for a client whose start-up ramp waits for an
answer before it opens up): a test of a concurrency bound then sees the bound reached however
slowly the client opens its connections, instead of racing a fixed latency. If N never come, the wait ends after ``hold_timeout_s`` and
``max_in_flight`` tells how many did (``hold_reached`` says whether N did). The settle pause gives a
client that would go past the bound the time to show it.

``api_key`` makes the server answer 401 to any other key; ``models`` makes it serve only those
models (404 for others) and list them at ``GET /v1/models`` (without ``models`` there is no list,
as on some real servers).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web

try:  # imported as `support.fake_openai_server` (tests) or run as a script / loaded by path (benchmarks)
    from support.fake_openai_batch import BatchBehaviour, FakeBatchAPI
except ImportError:  # pragma: no cover
    import sys as _sys
    from pathlib import Path as _Path

    _sys.path.insert(0, str(_Path(__file__).resolve().parent))
    from fake_openai_batch import BatchBehaviour, FakeBatchAPI  # type: ignore[no-redef]


@dataclass(frozen=True)
class Fault:
    kind: str  # "429" | "500" | "hang" | "empty" | "refusal" | "length" | "400"
    retry_after: str | None = None  # header value for 429 (seconds or an HTTP date)
    hang_s: float = 30.0


@dataclass
class RequestRecord:
    prompt: str
    received_at: float  # time.monotonic() on arrival
    status: int
    authorization: str | None
    body: dict = field(default_factory=dict)


FaultFn = Callable[[str, int], Fault | None]


def note_text(prompt: str) -> str:
    """The deterministic 'note' the fake model writes for ``prompt`` (tests compare against it)."""
    tag = hashlib.sha1(prompt.encode()).hexdigest()[:10]
    return (
        f"Жалобы на кашель и повышение температуры до 38,2 °C в течение трёх дней. [{tag}] "
        "Объективно: состояние удовлетворительное, дыхание везикулярное."
    )


class Bucket:
    """A requests or tokens limit per minute, as a token bucket that reports OpenAI-style headers."""

    def __init__(self, per_minute: float, burst_s: float = 1.0) -> None:
        self.per_minute = per_minute
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * burst_s)
        self.level = self.capacity
        self.stamp = time.monotonic()

    def _refill(self) -> None:
        now = time.monotonic()
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, amount: float) -> bool:
        self._refill()
        if self.level < min(amount, self.capacity):
            return False
        self.level -= amount
        return True

    def headers(self, kind: str) -> dict[str, str]:
        self._refill()
        reset = (self.capacity - self.level) / self.rate
        return {
            f"x-ratelimit-limit-{kind}": str(int(self.per_minute)),
            f"x-ratelimit-remaining-{kind}": str(max(0, int(self.level))),
            f"x-ratelimit-reset-{kind}": format_duration(reset),
        }


def format_duration(seconds: float) -> str:
    """OpenAI's reset format: ``"17ms"``, ``"1.5s"``, ``"6m0s"``."""
    if seconds < 1:
        return f"{int(seconds * 1000)}ms"
    if seconds < 60:
        return f"{seconds:.3g}s"
    return f"{int(seconds // 60)}m{seconds % 60:.0f}s"


class FakeOpenAIServer:
    def __init__(
        self,
        latency_s: float = 0.0,
        fault: FaultFn | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        rpm: float | None = None,
        tpm: float | None = None,
        burst_s: float = 1.0,
        batch: BatchBehaviour | None = None,
        api_key: str | None = None,
        models: list[str] | None = None,
        hold_until: int | None = None,
        hold_timeout_s: float = 60.0,
        hold_settle_s: float = 0.2,
        hold_after: int = 0,
    ):
        self.latency_s = latency_s
        self.hold_until = hold_until
        self.hold_timeout_s = hold_timeout_s
        self.hold_settle_s = hold_settle_s
        self.hold_after = hold_after
        self._chats = 0  # chat requests seen (hold_after counts them)
        self.hold_reached = False
        self._released: asyncio.Event | None = None  # made on the server's loop
        self.fault = fault
        self.api_key = api_key
        self.models = models
        self.host = host
        self.port = port
        self.requests_bucket = Bucket(rpm, burst_s) if rpm else None
        self.tokens_bucket = Bucket(tpm, burst_s) if tpm else None
        self.rate_limited = 0  # 429s answered because of rpm/tpm
        self.answered = 0  # 200s answered to chat requests
        self.paths: list[tuple[str, str]] = []  # (method, path) of every request, any endpoint
        self.batch = FakeBatchAPI(self, batch or BatchBehaviour())
        self.records: list[RequestRecord] = []
        self.attempts: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    # --- aiohttp app -------------------------------------------------------------------------------

    def app(self) -> web.Application:
        @web.middleware
        async def seen(request: web.Request, handler):  # type: ignore[no-untyped-def]
            self.paths.append((request.method, request.path))
            return await handler(request)

        app = web.Application(middlewares=[seen], client_max_size=256 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/stats", self._stats)
        self.batch.add_routes(app)
        if self.models is not None:
            app.router.add_get("/v1/models", self._models)
        return app

    def _refusal(self, request: web.Request, model: str | None) -> web.Response | None:
        """401 for a wrong key, 404 for a model this server does not serve (as OpenAI and vLLM answer)."""
        if self.api_key is not None and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            error = {"message": "Incorrect API key provided", "type": "invalid_request_error", "code": "invalid_api_key"}
            return web.json_response({"error": error}, status=401)
        if model is not None and self.models is not None and model not in self.models:
            error = {"message": f"The model `{model}` does not exist", "type": "invalid_request_error", "code": "model_not_found"}
            return web.json_response({"error": error}, status=404)
        return None

    async def _models(self, request: web.Request) -> web.Response:
        refused = self._refusal(request, None)
        if refused is not None:
            return refused
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.models or []]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.Response:
        # handlers all run on the server's one event loop, so plain counters are safe here
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await self._hold()
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _hold(self) -> None:
        """With ``hold_until``: wait until that many requests are in flight (or the hold times out)."""
        self._chats += 1
        if self.hold_until is None or self._chats <= self.hold_after:
            return
        if self._released is None:
            self._released = asyncio.Event()
        if self._released.is_set():
            return
        if self.in_flight >= self.hold_until:
            self.hold_reached = True
            await asyncio.sleep(self.hold_settle_s)  # one past the bound would arrive now
            self._released.set()
            return
        try:
            await asyncio.wait_for(self._released.wait(), self.hold_timeout_s)
        except TimeoutError:  # never reached: answer, and let the test report max_in_flight
            self._released.set()

    async def _answer(self, request: web.Request) -> web.Response:
        body = await request.json()
        refused = self._refusal(request, body.get("model"))
        if refused is not None:
            return refused
        prompt = body["messages"][-1]["content"]
        with self._lock:
            self.attempts[prompt] += 1
            attempt = self.attempts[prompt]
        limit_headers, limited = self._rate_limit(body)
        if limited:
            self.rate_limited += 1
            self._record(prompt, 429, request, body)
            error = {"error": {"message": "Rate limit reached (fake)", "type": "requests", "code": "rate_limit_exceeded"}}
            return web.json_response(error, status=429, headers=limit_headers)
        fault = self.fault(prompt, attempt) if self.fault else None
        status = 200
        if fault is not None and fault.kind in {"429", "500", "400"}:
            status = int(fault.kind)
        self._record(prompt, status, request, body)
        if fault is not None and fault.kind == "hang":
            await asyncio.sleep(fault.hang_s)
        if status != 200:
            headers = {"Retry-After": fault.retry_after} if fault and fault.retry_after is not None else {}
            error = {"error": {"message": f"fake {status}", "type": "fake_error", "code": str(status)}}
            return web.json_response(error, status=status, headers={**limit_headers, **headers})
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        self.answered += 1
        return web.json_response(completion(body, fault, f"chatcmpl-{attempt}"), headers=limit_headers)

    def answer_line(self, body: dict) -> tuple[int, dict]:
        """A Batch API line's answer: the same fake model and faults as the chat endpoint, no latency."""
        prompt = body["messages"][-1]["content"]
        with self._lock:
            self.attempts[prompt] += 1
            attempt = self.attempts[prompt]
        fault = self.fault(prompt, attempt) if self.fault else None
        if fault is not None and fault.kind in {"429", "500", "400"}:
            return int(fault.kind), {"error": {"message": f"fake {fault.kind}", "type": "fake_error"}}
        return 200, completion(body, fault, f"chatcmpl-batch-{attempt}")

    async def _stats(self, request: web.Request) -> web.Response:
        """Counters for a benchmark driving the server as a process."""
        return web.json_response({"rate_limited": self.rate_limited, "answered": self.answered})

    def _rate_limit(self, body: dict) -> tuple[dict[str, str], bool]:
        """The x-ratelimit-* headers of this answer, and whether the request is over the limit."""
        headers: dict[str, str] = {}
        limited = False
        if self.requests_bucket is not None:
            limited = not self.requests_bucket.take(1)
            headers.update(self.requests_bucket.headers("requests"))
        if self.tokens_bucket is not None and not limited:
            estimate = sum(len(m["content"]) for m in body["messages"]) // 3 + int(body.get("max_tokens") or 16)
            limited = not self.tokens_bucket.take(estimate)
            headers.update(self.tokens_bucket.headers("tokens"))
        return headers, limited

    def _record(self, prompt: str, status: int, request: web.Request, body: dict) -> None:
        with self._lock:
            self.records.append(
                RequestRecord(prompt, time.monotonic(), status, request.headers.get("Authorization"), body)
            )

    # --- running in a thread -----------------------------------------------------------------------

    async def _start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        await web.SockSite(self._runner, sock, backlog=1024).start()

    def start(self) -> FakeOpenAIServer:
        def serve() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            loop.run_until_complete(self._start())
            self._ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())  # type: ignore[union-attr]
            pending = asyncio.all_tasks(loop)  # handlers still hanging: cancel them quietly
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=serve, name="fake-openai", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake OpenAI server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def completion(body: dict, fault: Fault | None, completion_id: str) -> dict:
    """The chat completion the fake model answers to ``body`` (online and in batch output files)."""
    prompt = body["messages"][-1]["content"]
    text, finish = note_text(prompt), "stop"
    if fault is not None and fault.kind == "empty":
        text = ""
    elif fault is not None and fault.kind == "refusal":
        text = "Извините, но я не могу помочь с этим запросом."
    elif fault is not None and fault.kind == "length":
        finish = "length"
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": len(prompt) // 3,
            "completion_tokens": len(text) // 3,
            "total_tokens": len(prompt) // 3 + len(text) // 3,
        },
    }


def task_rows(n: int, *, prefix: str = "t", params: dict | None = None) -> list[dict]:
    """``n`` small task rows (TASK_SCHEMA) with distinct prompts, for tests and benchmarks."""
    from medsyn_dataset.schema import params_json

    codes = ["J06", "K29", "I10", "E11"]
    return [
        {
            "task_id": f"{prefix}{i:06d}",
            "seed": 1000 + i,
            "icd10_code": codes[i % len(codes)],
            "icd10_subcode": None,
            "icd10_name_ru": None,
            "symptoms": ["кашель", "лихорадка"],
            "patient": {"age": 30 + i % 50, "sex": "female" if i % 2 else "male", "marital_status": None, "smoking": False},
            "prompt_template": "short",
            "prompt_template_hash": "0" * 16,
            "system_prompt": "Ты врач. Пиши без приветствий.",
            "prompt": f"Напиши короткую запись приёма. Задание {prefix}{i:06d}.",
            "params": params_json(params if params is not None else {"temperature": 0.7, "max_tokens": 256}),
        }
        for i in range(n)
    ]


def write_tasks(path, n: int, **kwargs) -> str:
    """Write ``n`` task rows to ``path`` (atomically, in the task schema); returns the path as str."""
    from medsyn_dataset import schema

    schema.write_table(schema.table_from_rows(task_rows(n, **kwargs), "task"), path, "task")
    return str(path)


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds before each answer")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fail-every", type=int, default=0, help="answer 500 to every Nth request (0: never)")
    parser.add_argument("--rpm", type=float, default=None, help="requests per minute limit (429 + x-ratelimit headers)")
    parser.add_argument("--burst", type=float, default=1.0, help="seconds' worth of requests the limit bucket holds")
    args = parser.parse_args()
    counter = {"n": 0}

    def fault(prompt: str, attempt: int) -> Fault | None:
        counter["n"] += 1
        return Fault("500") if args.fail_every and counter["n"] % args.fail_every == 0 else None

    server = FakeOpenAIServer(latency_s=args.latency, fault=fault, port=args.port, rpm=args.rpm, burst_s=args.burst)

    async def run() -> None:
        await server._start()
        print(f"READY {server.base_url}", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        await server._runner.cleanup()  # type: ignore[union-attr]

    asyncio.run(run())


if __name__ == "__main__":
    _main()
