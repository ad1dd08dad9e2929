"""Limits the user gives (requests, tokens, prompt and completion tokens per minute) as token buckets.

Shared by all workers of a run. Prompt and completion tokens may have budgets of their own (some
providers limit input and output tokens separately): a request takes its prompt estimate from the
prompt bucket and its ``max_tokens`` from the completion bucket, and gets back what it did not
use. (The limits a server states in its headers are :mod:`.admission`'s business.)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

#: Russian text runs at roughly 2.5-4 characters per token with current BPE vocabularies; 3 errs
#: on the side of over-estimating, which keeps a tokens/min limit on the safe side.
CHARS_PER_TOKEN = 3.0
DEFAULT_MAX_TOKENS = 1024


def estimate_tokens(system_prompt: str | None, prompt: str | None, max_tokens: int | None) -> int:
    """Upper-ish estimate of the tokens one request consumes: prompt length plus the completion budget."""
    chars = len(system_prompt or "") + len(prompt or "")
    return int(chars / CHARS_PER_TOKEN) + 8 + int(max_tokens or DEFAULT_MAX_TOKENS)


class TokenBucket:
    """A bucket refilled at ``per_minute / 60`` units per second, holding at most ``burst_s`` seconds' worth.

    A request larger than the bucket waits until the bucket is full and then drives it negative, so
    an oversized request is slowed down, never blocked forever. Waiters are served first come, first served.
    """

    def __init__(
        self,
        per_minute: float,
        burst_s: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_minute <= 0:
            raise ValueError(f"a per-minute limit must be > 0, got {per_minute}")
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * burst_s)
        self._clock = clock
        self._sleep = sleep
        self._level = self.capacity
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._level = min(self.capacity, self._level + (now - self._stamp) * self.rate)
        self._stamp = now

    async def acquire(self, amount: float = 1.0) -> float:
        """Take ``amount`` units, waiting as needed; returns the seconds waited."""
        waited = 0.0
        async with self._lock:
            need = min(amount, self.capacity)
            self._refill()
            while self._level < need:
                delay = (need - self._level) / self.rate
                await self._sleep(delay)
                waited += delay
                self._refill()
            self._level -= amount
        return waited

    def refund(self, amount: float) -> None:
        """Give back units that were reserved but not used (e.g. estimated minus actual tokens)."""
        self._refill()
        self._level = min(self.capacity, self._level + amount)


class RateLimiter:
    """The user's limits of a run; any may be ``None`` (unlimited)."""

    def __init__(
        self,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        *,
        prompt_tokens_per_minute: float | None = None,
        completion_tokens_per_minute: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        def bucket(per_minute: float | None, burst_s: float) -> TokenBucket | None:
            return TokenBucket(per_minute, burst_s=burst_s, clock=clock, sleep=sleep) if per_minute else None

        self.requests = bucket(requests_per_minute, 1.0)
        # A tokens/min bucket holds a whole minute: one request may well need more than a second's worth.
        self.tokens = bucket(tokens_per_minute, 60.0)
        self.prompt_tokens = bucket(prompt_tokens_per_minute, 60.0)
        self.completion_tokens = bucket(completion_tokens_per_minute, 60.0)

    @property
    def active(self) -> bool:
        return any(b is not None for b in (self.requests, self.tokens, self.prompt_tokens, self.completion_tokens))

    async def acquire(self, estimated_tokens: int, *, prompt: int = 0, completion: int = 0) -> None:
        if self.requests is not None:
            await self.requests.acquire(1)
        if self.tokens is not None:
            await self.tokens.acquire(estimated_tokens)
        if self.prompt_tokens is not None:
            await self.prompt_tokens.acquire(prompt)
        if self.completion_tokens is not None:
            await self.completion_tokens.acquire(completion)

    def settle(
        self,
        estimated_tokens: int,
        actual_tokens: int | None,
        *,
        completion_reserved: int = 0,
        completion_used: int | None = None,
    ) -> None:
        """Refund the part of the estimates a finished request did not use."""
        if self.tokens is not None and actual_tokens is not None and actual_tokens < estimated_tokens:
            self.tokens.refund(estimated_tokens - actual_tokens)
        if self.completion_tokens is not None and completion_used is not None and completion_used < completion_reserved:
            self.completion_tokens.refund(completion_reserved - completion_used)
