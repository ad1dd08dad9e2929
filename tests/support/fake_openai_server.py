"""A fake OpenAI-compatible chat-completions server on 127.0.0.1 (aiohttp), for tests and benchmarks.

In a test: ``with FakeOpenAIServer(latency_s=0.01, fault=my_fault) as server: ... server.base_url``
(the server runs on its own event loop in a thread). As a process (benchmarks, subprocess tests):
``python tests/support/fake_openai_server.py --latency 0.2`` prints ``READY <base_url>`` and
serves until SIGTERM.

``fault(prompt, attempt) -> Fault | None`` decides per request (``attempt`` counts the requests
seen for that prompt, from 1) whether to answer 429 (with Retry-After), 500, hang, or an empty,
refused or truncated completion.

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


class FakeOpenAIServer:
    def __init__(
        self,
        latency_s: float = 0.0,
        fault: FaultFn | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        models: list[str] | None = None,
    ):
        self.latency_s = latency_s
        self.fault = fault
        self.api_key = api_key
        self.models = models
        self.host = host
        self.port = port
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
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
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
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request) -> web.Response:
        body = await request.json()
        refused = self._refusal(request, body.get("model"))
        if refused is not None:
            return refused
        prompt = body["messages"][-1]["content"]
        with self._lock:
            self.attempts[prompt] += 1
            attempt = self.attempts[prompt]
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
            return web.json_response(error, status=status, headers=headers)
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        text, finish = note_text(prompt), "stop"
        if fault is not None and fault.kind == "empty":
            text = ""
        elif fault is not None and fault.kind == "refusal":
            text = "Извините, но я не могу помочь с этим запросом."
        elif fault is not None and fault.kind == "length":
            finish = "length"
        return web.json_response(
            {
                "id": f"chatcmpl-{attempt}",
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
        )

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
    args = parser.parse_args()
    counter = {"n": 0}

    def fault(prompt: str, attempt: int) -> Fault | None:
        counter["n"] += 1
        return Fault("500") if args.fail_every and counter["n"] % args.fail_every == 0 else None

    server = FakeOpenAIServer(latency_s=args.latency, fault=fault, port=args.port)

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
