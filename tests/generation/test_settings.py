"""GenerationSettings: the one settings object of a run (issue 11's generation part)."""

from __future__ import annotations

import asyncio
import dataclasses
import inspect

import pytest

from medsyn_dataset.config import load_config
from medsyn_dataset.generation.backends.openai_compat import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_S,
    from_settings,
)
from medsyn_dataset.generation.ratelimit import RateLimiter
from medsyn_dataset.generation.settings import BatchSettings, GenerationSettings


def test_settings_validate_normalise_and_copy():
    settings = GenerationSettings(base_url=["http://a/v1", "http://b/v1"], concurrency=4)
    assert settings.endpoints == ("http://a/v1", "http://b/v1") and settings.workers == 8
    assert GenerationSettings(base_url="http://a/v1").endpoints == ("http://a/v1",)
    assert GenerationSettings().endpoints == () and GenerationSettings().workers == 16
    assert settings.replace(concurrency=9).concurrency == 9 and settings.concurrency == 4
    with pytest.raises(TypeError, match=r"unknown generation setting.*concurrncy"):
        settings.replace(concurrncy=9)
    for bad in ({"concurrency": 0}, {"shard_size": 0}, {"budget_usd": -1}, {"timeout_s": 0}, {"ledger": True}):
        with pytest.raises(ValueError):
            GenerationSettings(**bad)
    with pytest.raises(ValueError, match="max_requests"):
        BatchSettings(max_requests=0)
    assert GenerationSettings(ledger=False).ledger_path() is None


def test_from_a_release_config_and_the_openai_defaults_live_in_the_backend(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    gen = load_config("medsyn-41k").generation
    settings = GenerationSettings.from_config(gen, run_name="x")
    assert (settings.model, settings.concurrency, settings.timeout_s, settings.run_name) == (
        gen.model, gen.concurrency, gen.timeout_s, "x")
    backend = from_settings(GenerationSettings(model="m", base_url="http://127.0.0.1:9/v1"))
    assert (backend.timeout_s, backend.max_retries) == (DEFAULT_TIMEOUT_S, DEFAULT_MAX_RETRIES)
    backend = from_settings(GenerationSettings(model="m", base_url="http://127.0.0.1:9/v1", timeout_s=3, max_retries=1))
    assert (backend.timeout_s, backend.max_retries) == (3, 1)
    asyncio.run(backend.aclose())


def test_every_copied_config_field_is_a_setting_of_the_same_name():
    from medsyn_dataset.config import GenerationConfig
    from medsyn_dataset.generation.settings import CONFIG_FIELDS

    settings = {f.name for f in dataclasses.fields(GenerationSettings)}
    assert set(CONFIG_FIELDS) <= set(GenerationConfig.model_fields) & settings
    gen = load_config("medsyn-41k").generation
    copied = GenerationSettings.from_config(gen)
    assert {name: getattr(copied, name) for name in CONFIG_FIELDS} == {name: getattr(gen, name) for name in CONFIG_FIELDS}


def test_the_entry_points_take_one_settings_object():
    from medsyn_dataset.generation.runner import agenerate_notes, generate_notes

    for fn in (generate_notes, agenerate_notes):
        params = inspect.signature(fn).parameters
        assert "settings" in params and "concurrency" not in params and "timeout_s" not in params


def test_prompt_and_completion_token_budgets_are_separate():
    now = [0.0]
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)
        now[0] += delay

    async def go() -> None:
        limiter = RateLimiter(prompt_tokens_per_minute=6000, completion_tokens_per_minute=600,
                              clock=lambda: now[0], sleep=sleep)
        await limiter.acquire(700, prompt=100, completion=600)  # a bucket holds a minute: all 600 completion
        assert now[0] == 0.0 and limiter.prompt_tokens.capacity == 6000
        await limiter.acquire(150, prompt=50, completion=100)  # the completion bucket is empty: 100 need 10 s
        assert now[0] == pytest.approx(10.0)
        limiter.settle(150, 60, completion_reserved=100, completion_used=10)  # 90 unused come back
        await limiter.acquire(150, prompt=50, completion=90)
        assert now[0] == pytest.approx(10.0)

    asyncio.run(go())
