"""Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp, Ollama, ...).

Retries are done here, not by the ``openai`` client (``max_retries=0``), so that the policy is
ours and testable: exponential backoff with full jitter on 429, 5xx, 408/409, timeouts and
connection errors, never shorter than the server's ``Retry-After`` (seconds or an HTTP date; also
``retry-after-ms``). Other errors (400, 401, 404, ...) fail at once. The API key comes from the
argument or ``OPENAI_API_KEY`` and is never logged, written, or put into an error message.

Before a run, :func:`probe_endpoint` asks the endpoint once (its model list, or a one-token
completion where there is none), so that an unreachable server, a refused key or an unknown model
is one clear error in seconds rather than minutes of retries over every task.
"""

from __future__ import annotations

import asyncio
import email.utils
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from medsyn_dataset.generation.backends.base import GenerationRequest, GenerationResult

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


def check_base_url(url: str, where: str = "--base-url") -> str:
    """``url`` if it is an ``http(s)://HOST[:PORT][/PATH]`` URL; a ValueError naming ``where`` otherwise."""
    example = "e.g. http://127.0.0.1:8000/v1"
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok, parts = False, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise ValueError(f"{where} {url!r}: not an http(s)://HOST[:PORT]/PATH URL ({example})")
    if any(c.isspace() for c in url) or parts.query or parts.fragment:
        raise ValueError(f"{where} {url!r}: a base URL has no spaces, query or fragment ({example})")
    return url


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (delta-seconds or an HTTP date)."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    if (ms := lowered.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
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


class OpenAICompatBackend:
    """One chat-completions call per request, with our own retries; see the module docstring."""

    name = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        max_retries: int = 6,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 60.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        max_connections: int | None = None,
    ) -> None:
        import openai

        if not model:
            raise ValueError("the openai backend needs a model name (--model, or `model` in the tasks' params)")
        if base_url is not None:
            check_base_url(base_url)
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if not key:
            if base_url is None:
                raise ValueError("OPENAI_API_KEY is not set (needed for api.openai.com; local servers accept any key)")
            key = "EMPTY"  # vLLM, llama.cpp and Ollama ignore the key but the client wants one
        self.model = model
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._openai = openai
        # httpx's default pool (100 connections) would cap concurrency silently; size it to the run.
        httpx = httpx_module(openai)
        limits = httpx.Limits(max_connections=max_connections or 1000, max_keepalive_connections=max_connections or 1000)
        self._client = openai.AsyncOpenAI(
            base_url=base_url,
            api_key=key,
            timeout=timeout_s,
            max_retries=0,
            http_client=openai.DefaultAsyncHttpxClient(limits=limits, timeout=timeout_s),
        )

    def __repr__(self) -> str:  # never show the key
        return f"OpenAICompatBackend(model={self.model!r}, base_url={self.base_url!r})"

    def _request_kwargs(self, request: GenerationRequest) -> dict[str, Any]:
        params = request.params or {}
        kwargs: dict[str, Any] = {k: params[k] for k in CHAT_PARAMS if params.get(k) is not None}
        if isinstance(params.get("extra_body"), Mapping):
            kwargs["extra_body"] = dict(params["extra_body"])
        kwargs["seed"] = request.seed
        return kwargs

    async def generate(self, request: GenerationRequest) -> GenerationResult:
        messages = []
        if request.system_prompt:
            messages.append({"role": "system", "content": request.system_prompt})
        messages.append({"role": "user", "content": request.prompt})
        kwargs = self._request_kwargs(request)
        errors = self._openai
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            retry_after: float | None = None
            try:
                response = await self._client.chat.completions.create(
                    model=self.model, messages=messages, timeout=self.timeout_s, **kwargs  # type: ignore[arg-type]
                )
            except errors.APIStatusError as exc:
                retryable = exc.status_code in RETRY_STATUS or exc.status_code >= 500
                retry_after = parse_retry_after(exc.response.headers if exc.response is not None else None)
                error = f"HTTP {exc.status_code}: {_short(exc.message)}"
            except errors.APITimeoutError:
                retryable, error = True, f"timeout after {self.timeout_s:g} s"
            except errors.APIConnectionError as exc:
                retryable, error = True, f"connection error: {_short(str(exc.__cause__ or exc))}"
            except errors.APIError as exc:  # e.g. a response that is not a chat completion
                retryable, error = False, f"API error: {_short(str(exc))}"
            else:
                return self._result(response, time.perf_counter() - started, attempt)
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

    async def aclose(self) -> None:
        await self._client.close()

    async def probe(self, timeout_s: float = PROBE_TIMEOUT_S) -> None:
        """One cheap request: raise :class:`EndpointError` if this endpoint cannot serve ``self.model``.

        Asks for the model list (free); a server without one gets a one-token completion instead.
        Rate limits and server errors pass: the endpoint is there and the run retries them.
        """
        errors = self._openai
        where = f"endpoint {self.base_url or 'https://api.openai.com/v1'}"
        try:
            try:
                page = await self._client.models.list(timeout=timeout_s)
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
            await self._client.chat.completions.create(
                model=self.model, messages=[{"role": "user", "content": "ping"}], max_tokens=1, timeout=timeout_s
            )
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
    model: str, base_url: str | None = None, *, api_key: str | None = None, timeout_s: float = PROBE_TIMEOUT_S
) -> None:
    """Check, with one request, that ``base_url`` answers, accepts the key and serves ``model``.

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


def create(model: str | None = None, base_url: str | None = None, **opts: Any) -> OpenAICompatBackend:
    return OpenAICompatBackend(model or "", base_url, **opts)
