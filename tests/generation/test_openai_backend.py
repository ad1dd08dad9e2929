"""The OpenAI-compatible backend against a fake server on 127.0.0.1: retries, Retry-After, timeouts, key."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time

import pytest
from support import fake_openai_server as fake

from medsyn_dataset.generation.backends.base import GenerationRequest
from medsyn_dataset.generation.backends.openai_compat import (
    OpenAICompatBackend,
    backoff_delay,
    parse_retry_after,
)

SECRET = "sk-test-SECRET-do-not-write-123"


def _request(prompt: str = "Напиши запись.", **params) -> GenerationRequest:
    return GenerationRequest(
        task_id="t1", system_prompt="Ты врач.", prompt=prompt, params=params or {"max_tokens": 64}, seed=7
    )


def _run(backend: OpenAICompatBackend, request: GenerationRequest):
    async def go():
        try:
            return await backend.generate(request)
        finally:
            await backend.aclose()

    return asyncio.run(go())


class RecordingSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


# --- pure helpers ------------------------------------------------------------------------------------


def test_parse_retry_after_forms():
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}) == 0.25
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28.0 <= parse_retry_after({"Retry-After": date}, now=now) <= 30.5
    assert parse_retry_after({"Retry-After": email.utils.formatdate(now - 30, usegmt=True)}, now=now) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None
    assert parse_retry_after(None) is None


def test_backoff_is_full_jitter_and_capped():
    rng = random.Random(0)
    delays = [backoff_delay(attempt, 1.0, 8.0, rng) for attempt in range(1, 8) for _ in range(50)]
    assert min(delays) >= 0.0
    assert max(delays) <= 8.0
    assert len({round(d, 6) for d in delays}) > 300  # jittered, not a fixed ladder
    assert all(backoff_delay(1, 1.0, 8.0, rng) <= 1.0 for _ in range(100))


def test_missing_key_for_the_real_api_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        OpenAICompatBackend("gpt-4o-mini")
    with pytest.raises(ValueError, match="model"):
        OpenAICompatBackend("", base_url="http://127.0.0.1:1/v1")


# --- against the fake server ---------------------------------------------------------------------------


def test_success_reports_usage_latency_and_sends_only_chat_params(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    with fake.FakeOpenAIServer() as server:
        backend = OpenAICompatBackend("fake-model", server.base_url, timeout_s=5, max_retries=0)
        assert SECRET not in repr(backend)
        request = _request("Напиши запись.", temperature=0.3, max_tokens=64, template_version="v1", top_k=5)
        result = _run(backend, request)
    assert result.ok, result.error
    assert result.text == fake.note_text("Напиши запись.")
    assert result.finish_reason == "stop"
    assert result.prompt_tokens == len("Напиши запись.") // 3
    assert result.completion_tokens == len(result.text) // 3
    assert result.latency_s is not None and result.latency_s > 0
    assert result.model == "fake-model"
    assert result.attempts == 1
    (record,) = server.records
    assert record.authorization == f"Bearer {SECRET}"
    assert record.body["seed"] == 7
    assert record.body["temperature"] == 0.3
    assert record.body["max_tokens"] == 64
    assert "template_version" not in record.body and "top_k" not in record.body
    assert [m["role"] for m in record.body["messages"]] == ["system", "user"]


def test_429_retry_after_is_honoured_in_real_time(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)

    def fault(prompt, attempt):
        return fake.Fault("429", retry_after="1") if attempt == 1 else None

    with fake.FakeOpenAIServer(fault=fault) as server:
        backend = OpenAICompatBackend("m", server.base_url, timeout_s=5, max_retries=3, backoff_base_s=0.01)
        result = _run(backend, _request())
    assert result.ok and result.attempts == 2
    first, second = server.records
    assert first.status == 429 and second.status == 200
    assert second.received_at - first.received_at >= 1.0


def test_retry_after_is_a_floor_for_the_backoff(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    sleep = RecordingSleep()

    def fault(prompt, attempt):
        if attempt == 1:
            return fake.Fault("429", retry_after="7")
        if attempt == 2:
            return fake.Fault("429", retry_after=email.utils.formatdate(time.time() + 20, usegmt=True))
        return None

    with fake.FakeOpenAIServer(fault=fault) as server:
        backend = OpenAICompatBackend("m", server.base_url, max_retries=4, backoff_base_s=0.01, sleep=sleep)
        result = _run(backend, _request())
    assert result.ok and result.attempts == 3
    assert sleep.delays[0] >= 7.0
    assert sleep.delays[1] >= 18.0  # an HTTP date ~20 s ahead (a second or two of clock slack)


def test_5xx_and_hangs_are_retried_then_succeed(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)

    def fault(prompt, attempt):
        if "hang" in prompt:
            return fake.Fault("hang", hang_s=60) if attempt == 1 else None
        return fake.Fault("500") if attempt <= 2 else None

    # timeouts long enough for an ordinary answer on a loaded machine (0.4 s was not always), and a
    # hang far longer than the timeout, so "cut by the timeout" does not depend on the machine's speed
    with fake.FakeOpenAIServer(fault=fault) as server:
        backend = OpenAICompatBackend("m", server.base_url, timeout_s=10, max_retries=3, backoff_base_s=0.01)
        flaky = _run(backend, _request("500 twice"))
        backend = OpenAICompatBackend("m", server.base_url, timeout_s=2, max_retries=3, backoff_base_s=0.01)
        started = time.perf_counter()
        hung = _run(backend, _request("hang once"))
        hung_elapsed = time.perf_counter() - started
    assert flaky.ok and flaky.attempts == 3
    assert hung.ok and hung.attempts == 2
    assert hung_elapsed < 30  # the 60 s hang was cut by the per-request timeout, not waited out


def test_exhausted_retries_and_client_errors_fail_without_raising(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)

    def fault(prompt, attempt):
        return fake.Fault("400") if "bad" in prompt else fake.Fault("500")

    with fake.FakeOpenAIServer(fault=fault) as server:
        backend = OpenAICompatBackend("m", server.base_url, timeout_s=5, max_retries=2, backoff_base_s=0.01)
        always_500 = _run(backend, _request("always 500"))
        backend = OpenAICompatBackend("m", server.base_url, timeout_s=5, max_retries=2, backoff_base_s=0.01)
        bad = _run(backend, _request("bad request"))
    assert not always_500.ok and always_500.attempts == 3 and "HTTP 500" in always_500.error
    assert not bad.ok and bad.attempts == 1 and "HTTP 400" in bad.error  # 4xx other than 408/409/429: no retry
    assert SECRET not in always_500.error and SECRET not in bad.error


def test_connection_errors_are_retried_and_reported(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    with fake.FakeOpenAIServer() as server:
        url = server.base_url
    # the server is gone: every attempt is a connection error
    sleep = RecordingSleep()
    backend = OpenAICompatBackend("m", url, timeout_s=2, max_retries=2, backoff_base_s=0.01, sleep=sleep)
    result = _run(backend, _request())
    assert not result.ok and result.attempts == 3
    assert result.error.startswith("connection error")
    assert len(sleep.delays) == 2
