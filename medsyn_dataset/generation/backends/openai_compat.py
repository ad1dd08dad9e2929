"""Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp, Ollama, ...).

Retries are done here, not by the ``openai`` client (``max_retries=0``), so that the policy is
ours and testable: exponential backoff with full jitter on 429, 5xx, 408/409, timeouts and
connection errors, never shorter than the server's ``Retry-After`` (seconds or an HTTP date; also
``retry-after-ms``). Other errors (400, 401, 404, ...) fail at once. The API key comes from the
argument or ``OPENAI_API_KEY`` and is never logged, written, or put into an error message.

Several endpoints (``base_url`` a list) share the requests by free capacity, with adaptive
admission per endpoint (:mod:`medsyn_dataset.generation.endpoints`, :mod:`.admission`).

Before a run, :meth:`OpenAICompatBackend.probe` asks each endpoint once (its model list, or a one-token
completion where there is none), so that an unreachable server, a refused key or an unknown model
is one clear error in seconds rather than minutes of retries over every task; what the probe's
answer says about rate limits (``x-ratelimit-*`` headers) goes to the endpoint's admission, so the
start-up ramp begins informed.
"""

from __future__ import annotations

import asyncio
import email.utils
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from medsyn_dataset.generation.admission import AdmissionController, Outcome, header_seconds
from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult
from medsyn_dataset.generation.endpoints import Endpoint, EndpointPool
from medsyn_dataset.generation.ratelimit import estimate_tokens

if TYPE_CHECKING:
    from medsyn_dataset.generation.settings import GenerationSettings

#: This backend's defaults (the settings leave them open: ``None`` means "ask the backend").
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_MAX_RETRIES = 6
CHAT_ENDPOINT = "/v1/chat/completions"

#: Parameters passed to ``chat.completions.create`` as keyword arguments; any other key of the
#: task's params stays out of the request (the planner may store bookkeeping there). Server-specific
#: sampling options (vLLM's ``top_k``, ``repetition_penalty``, ...) go under ``extra_body``.
CHAT_PARAMS = ("temperature", "top_p", "max_tokens", "presence_penalty", "frequency_penalty", "stop", "n")
RETRY_STATUS = frozenset({408, 409, 429})
MAX_RETRY_AFTER_S = 600.0
#: Seconds the probe waits for an answer (connection and response) before calling the endpoint unreachable.
PROBE_TIMEOUT_S = 15.0


class EndpointError(ValueError):
    """The endpoint cannot serve the run (unreachable, key refused, model unknown); one line, no key in it."""


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (delta-seconds or an HTTP date)."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    if (ms := header_seconds(lowered.get("retry-after-ms"))) is not None:
        return ms / 1000.0
    value = lowered.get("retry-after")
    seconds = header_seconds(value)
    if value is None or seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def httpx_module(openai: Any) -> Any:
    """The HTTP library the installed ``openai`` is built on (``httpx``, or ``httpx2`` for openai 3.x)."""
    import importlib

    client_base = openai.DefaultAsyncHttpxClient.__mro__[1]
    return importlib.import_module(client_base.__module__.split(".")[0])


def backoff_delay(attempt: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Full jitter: uniform in [0, min(max, base * 2**(attempt-1))] for the ``attempt``-th retry (1-based)."""
    return rng.uniform(0.0, min(max_s, base_s * (2 ** (attempt - 1))))


def chat_body(model: str, request: GenerationRequest) -> dict[str, Any]:
    """The JSON body of the chat-completions request for ``request`` (also a Batch API line's body).

    Only :data:`CHAT_PARAMS` of the task's params go in, plus what its ``extra_body`` holds
    (server-specific options), plus the task's seed.
    """
    params = request.params or {}
    messages = []
    if request.system_prompt:
        messages.append({"role": "system", "content": request.system_prompt})
    messages.append({"role": "user", "content": request.prompt})
    body: dict[str, Any] = {"model": model, "messages": messages}
    body.update({k: params[k] for k in CHAT_PARAMS if params.get(k) is not None})
    if isinstance(params.get("extra_body"), Mapping):
        body.update(params["extra_body"])
    body["seed"] = request.seed
    return body


class OpenAICompatBackend:
    """One chat-completions call per request, with our own retries; see the module docstring.

    ``base_url`` may name several endpoints serving the same model: each attempt goes to the one
    with the most free capacity (:mod:`..endpoints`), under adaptive admission unless
    ``adaptive=False`` (:mod:`..admission`). ``max_connections`` is the ceiling of requests in
    flight per endpoint.
    """

    name = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | Sequence[str] | None = None,
        *,
        api_key: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        max_connections: int | None = None,
        adaptive: bool = True,
    ) -> None:
        import openai

        # imported here: the config module loads pydantic, which `medsyn --help` should not wait for
        from medsyn_dataset.config import check_base_url

        if not model:
            raise ValueError("the openai backend needs a model name (--model, or `model` in the tasks' params)")
        urls: list[str | None] = [base_url] if base_url is None or isinstance(base_url, str) else list(base_url)
        for url in urls:
            if url is not None:
                check_base_url(url)
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if not key:
            if urls == [None]:
                raise ValueError("OPENAI_API_KEY is not set (needed for api.openai.com; local servers accept any key)")
            key = "EMPTY"  # vLLM, llama.cpp and Ollama ignore the key but the client wants one
        self.model = model
        self.base_url = urls[0]
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._openai = openai
        ceiling = max_connections or 1000
        self.pool = EndpointPool(
            [Endpoint(url or "https://api.openai.com/v1", self._client(openai, url, key, ceiling),
                      AdmissionController(ceiling, adaptive=adaptive)) for url in urls]
        )

    def _client(self, openai: Any, url: str | None, key: str, connections: int) -> Any:
        # httpx's default pool (100 connections) would cap concurrency silently; size it to the run.
        httpx = httpx_module(openai)
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        return openai.AsyncOpenAI(
            base_url=url,
            api_key=key,
            timeout=self.timeout_s,
            max_retries=0,
            http_client=openai.DefaultAsyncHttpxClient(limits=limits, timeout=self.timeout_s),
        )

    @property
    def endpoints(self) -> list[str]:
        return [e.url for e in self.pool.endpoints]

    @property
    def rate_limited(self) -> int:
        """429 answers seen so far (all endpoints)."""
        return self.pool.rate_limited()

    def __repr__(self) -> str:  # never show the key
        return f"OpenAICompatBackend(model={self.model!r}, base_url={self.base_url!r})"

    def payload(self, request: GenerationRequest) -> dict[str, Any]:
        """What this request is, for the ledger's key and a batch line: the endpoint kind and the body."""
        return {"url": CHAT_ENDPOINT, "body": chat_body(self.model, request)}

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        body = chat_body(self.model, request)
        extra = {k: v for k, v in body.items() if k not in ("model", "messages")}
        tokens = estimate_tokens(request.system_prompt, request.prompt, request.params.get("max_tokens"))
        errors = self._openai
        attempt = 0
        while True:
            attempt += 1
            endpoint, sent_at = await self.pool.acquire(tokens)
            started = time.perf_counter()
            retry_after: float | None = None
            outcome = Outcome(None, sent_at=sent_at)
            try:
                raw = await endpoint.client.chat.completions.with_raw_response.create(
                    model=self.model, messages=body["messages"], timeout=self.timeout_s, extra_body=extra
                )
                outcome = Outcome(raw.status_code, raw.headers, time.perf_counter() - started, sent_at)
                return self._result(raw.parse(), outcome.latency_s or 0.0, attempt)
            except errors.APIStatusError as exc:
                headers = exc.response.headers if exc.response is not None else None
                outcome = Outcome(exc.status_code, headers, time.perf_counter() - started, sent_at)
                retryable = exc.status_code in RETRY_STATUS or exc.status_code >= 500
                retry_after = parse_retry_after(headers)
                error = f"HTTP {exc.status_code}: {_short(exc.message)}"
            except errors.APITimeoutError:
                retryable, error = True, f"timeout after {self.timeout_s:g} s"
            except errors.APIConnectionError as exc:
                retryable, error = True, f"connection error: {_short(str(exc.__cause__ or exc))}"
            except errors.APIError as exc:  # e.g. a response that is not a chat completion
                outcome = Outcome(200, sent_at=sent_at)
                retryable, error = False, f"API error: {_short(str(exc))}"
            finally:
                self.pool.release(endpoint, outcome)
            if not retryable or attempt > self.max_retries:
                return GenerationResult(text=None, finish_reason="error", error=error, attempts=attempt)
            delay = backoff_delay(attempt, self.backoff_base_s, self.backoff_max_s, self._rng)
            if retry_after is not None:
                delay = max(delay, min(retry_after, MAX_RETRY_AFTER_S))
            await self._sleep(delay)

    def _result(self, response: Any, latency_s: float, attempts: int) -> GenerationResult:
        usage = getattr(response, "usage", None)
        choices = getattr(response, "choices", None) or []
        if not choices:
            return GenerationResult(text=None, finish_reason="error", error="response has no choices", attempts=attempts)
        choice = choices[0]
        message = choice.message
        refusal = getattr(message, "refusal", None)
        return GenerationResult(
            text=message.content,
            finish_reason=choice.finish_reason,
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
            latency_s=latency_s,
            model=getattr(response, "model", None) or self.model,
            error=f"refused: {_short(refusal)}" if refusal else None,
            attempts=attempts,
        )

    def batch_api(self) -> Any:
        """The Files + Batches calls on the first endpoint's client (for ``--batch``)."""
        from medsyn_dataset.generation.backends.openai_batch import BatchAPI

        return BatchAPI(self.pool.endpoints[0].client)

    async def aclose(self) -> None:
        for endpoint in self.pool.endpoints:
            await endpoint.client.close()

    async def probe(self, timeout_s: float = PROBE_TIMEOUT_S) -> None:
        """Ask every endpoint once (at the same time); raise :class:`EndpointError` naming the first
        that cannot serve ``self.model``. See :meth:`_probe_one`."""
        results = await asyncio.gather(
            *(self._probe_one(endpoint, timeout_s) for endpoint in self.pool.endpoints), return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _probe_one(self, endpoint: Endpoint, timeout_s: float) -> None:
        """One cheap request to ``endpoint``: its model list (free), or where there is none a one-token
        completion. Rate limits and server errors pass (the endpoint is there; the run retries them).

        The answer is also the endpoint's first word on its limits: a completion goes to its
        admission as an answer (a 429 halves the window; no ``x-ratelimit-*`` headers opens it, as
        the first answer of a run would), and any rate-limit headers of the model list are noted.
        """
        errors = self._openai
        client = endpoint.client
        where = f"endpoint {endpoint.url}"
        admission = endpoint.admission
        try:
            try:
                listing = await client.models.with_raw_response.list(timeout=timeout_s)
                admission.observe(listing.headers)
                page = listing.parse()
            except (errors.NotFoundError, errors.UnprocessableEntityError):
                page = None  # no model list here (some servers): a one-token completion answers the same
            except errors.APIStatusError as exc:
                if exc.status_code != 405:
                    raise
                page = None
            if page is not None:
                served = [m.id for m in page.data]
                if served and self.model not in served:
                    listed = ", ".join(served[:8]) + (", ..." if len(served) > 8 else "")
                    raise EndpointError(f"{where}: model {self.model!r} is not served there (it serves: {listed})")
                return
            sent_at = admission.take(estimate_tokens(None, "ping", 1))
            started = time.perf_counter()
            outcome = Outcome(None, sent_at=sent_at)
            try:
                raw = await client.chat.completions.with_raw_response.create(
                    model=self.model, messages=[{"role": "user", "content": "ping"}], max_tokens=1, timeout=timeout_s
                )
                outcome = Outcome(raw.status_code, raw.headers, time.perf_counter() - started, sent_at)
            except errors.APIStatusError as exc:
                headers = exc.response.headers if exc.response is not None else None
                outcome = Outcome(exc.status_code, headers, time.perf_counter() - started, sent_at)
                raise
            finally:
                admission.release(outcome)
        except (errors.AuthenticationError, errors.PermissionDeniedError) as exc:
            raise EndpointError(
                f"{where}: the API key was refused (HTTP {exc.status_code}: {_short(exc.message)}); check OPENAI_API_KEY"
            ) from None
        except errors.NotFoundError as exc:
            raise EndpointError(
                f"{where}: model {self.model!r} not found (HTTP 404: {_short(exc.message)}); "
                "check --model, and that the base URL ends with the API root (often /v1)"
            ) from None
        except errors.APIStatusError as exc:
            body = exc.body if isinstance(exc.body, Mapping) else {}
            if exc.status_code == 429 and body.get("code") == "insufficient_quota":
                raise EndpointError(f"{where}: the account has no quota left (HTTP 429: {_short(exc.message)})") from None
            if exc.status_code in RETRY_STATUS or exc.status_code >= 500:
                return  # there, but busy or flaky: the run's retries deal with that
            raise EndpointError(f"{where}: a test request was rejected (HTTP {exc.status_code}: {_short(exc.message)})") from None
        except errors.APITimeoutError:
            raise EndpointError(f"{where}: no answer within {timeout_s:g} s; is the server up?") from None
        except errors.APIConnectionError as exc:
            raise EndpointError(f"{where}: cannot connect ({_short(str(exc.__cause__ or exc))})") from None


def probe_endpoint(
    model: str,
    base_url: str | Sequence[str] | None = None,
    *,
    api_key: str | None = None,
    timeout_s: float = PROBE_TIMEOUT_S,
) -> None:
    """Check, with one request per endpoint, that ``base_url`` (one or several) answers, accepts the
    key and serves ``model``.

    Raises :class:`EndpointError` (or ``ValueError`` for a malformed URL or a missing key/model).
    """
    backend = OpenAICompatBackend(model, base_url, api_key=api_key, timeout_s=timeout_s, max_retries=0)

    async def run() -> None:
        try:
            await backend.probe(timeout_s)
        finally:
            await backend.aclose()

    asyncio.run(run())


def _short(text: str | None, limit: int = 200) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def create(model: str | None = None, base_url: str | Sequence[str] | None = None, **opts: Any) -> OpenAICompatBackend:
    return OpenAICompatBackend(model or "", base_url, **opts)


def from_settings(settings: GenerationSettings) -> OpenAICompatBackend:
    """The backend a run's settings describe; this backend's defaults fill what they leave open."""
    opts: dict[str, Any] = {
        "timeout_s": settings.timeout_s if settings.timeout_s is not None else DEFAULT_TIMEOUT_S,
        "max_retries": settings.max_retries if settings.max_retries is not None else DEFAULT_MAX_RETRIES,
        "max_connections": settings.concurrency,
        "adaptive": settings.adaptive,
        **settings.backend_options,
    }
    return OpenAICompatBackend(settings.model or "", settings.endpoints or None, **opts)
