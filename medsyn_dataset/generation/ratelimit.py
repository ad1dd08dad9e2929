"""Requests-per-minute and tokens-per-minute limits as token buckets, shared by all workers of a run."""

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
    """Both limits of a run; either may be ``None`` (unlimited)."""

    def __init__(
        self,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.requests = TokenBucket(requests_per_minute, clock=clock, sleep=sleep) if requests_per_minute else None
        # A tokens/min bucket holds a whole minute: one request may well need more than a second's worth.
        self.tokens = (
            TokenBucket(tokens_per_minute, burst_s=60.0, clock=clock, sleep=sleep) if tokens_per_minute else None
        )

    @property
    def active(self) -> bool:
        return self.requests is not None or self.tokens is not None

    async def acquire(self, estimated_tokens: int) -> None:
        if self.requests is not None:
            await self.requests.acquire(1)
        if self.tokens is not None:
            await self.tokens.acquire(estimated_tokens)

    def settle(self, estimated_tokens: int, actual_tokens: int | None) -> None:
        """Refund the part of the estimate a finished request did not use."""
        if self.tokens is not None and actual_tokens is not None and actual_tokens < estimated_tokens:
            self.tokens.refund(estimated_tokens - actual_tokens)
