"""Several endpoints serving one model (e.g. four vLLM servers), one client process driving them all.

Each request goes to the endpoint with the most free capacity that may take it now (its
:class:`~.admission.AdmissionController` decides). With more than one endpoint, one that fails ``down_after`` times in a
row (no answer, or a 5xx) is taken out for a cool-down that doubles with every further failure (5 s
up to 60 s); after it, one probe request is let through, and a success puts it back. While every
endpoint is out, requests wait for the first one to come back; the backend's retry limit still
bounds how often one request is tried.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from medsyn_dataset.generation.admission import AdmissionController, Outcome

#: Longest single wait before the pool looks again (a limit may lift, an endpoint may come back).
MAX_WAIT_S = 1.0


@dataclass(eq=False)
class Endpoint:
    url: str
    client: Any
    admission: AdmissionController
    failures: int = 0  # in a row
    down_until: float = 0.0
    outages: int = 0  # times it was taken out
    sent: int = 0
    probing: bool = False

    def available(self, now: float) -> bool:
        if self.down_until > now:
            return False
        return not (self.probing and self.admission.in_flight > 0)


class EndpointPool:
    """Picks an endpoint per attempt and learns from each outcome; see the module docstring."""

    def __init__(
        self,
        endpoints: Sequence[Endpoint],
        *,
        down_after: int = 3,
        cooldown_s: float = 5.0,
        max_cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not endpoints:
            raise ValueError("an endpoint pool needs at least one endpoint")
        self.endpoints = list(endpoints)
        self.down_after = down_after
        self.cooldown_s = cooldown_s
        self.max_cooldown_s = max_cooldown_s
        self._clock = clock
        self._changed = asyncio.Event()
        self._waiting = 0

    async def acquire(self, tokens: float) -> tuple[Endpoint, float]:
        """Wait for an endpoint that may take a request of ``tokens`` now, take a slot there; returns
        the endpoint and the departure time (for the attempt's :class:`Outcome`)."""
        while True:
            endpoint, wait = self._pick(tokens)
            if endpoint is not None:
                endpoint.sent += 1
                return endpoint, endpoint.admission.take(tokens)
            changed = self._changed
            self._waiting += 1
            try:
                async with asyncio.timeout(min(wait, MAX_WAIT_S) if wait is not None else MAX_WAIT_S):
                    await changed.wait()
            except TimeoutError:
                pass
            finally:
                self._waiting -= 1

    def release(self, endpoint: Endpoint, outcome: Outcome) -> None:
        endpoint.admission.release(outcome)
        now = self._clock()
        if outcome.endpoint_failed and len(self.endpoints) > 1:  # one endpoint: nowhere else to go
            endpoint.failures += 1
            if endpoint.failures >= self.down_after or endpoint.probing:
                endpoint.outages += 1
                pause = min(self.max_cooldown_s, self.cooldown_s * 2 ** (endpoint.outages - 1))
                endpoint.down_until = now + pause
                endpoint.probing = True  # when it is back, one request at a time until one succeeds
        elif outcome.status is not None:
            endpoint.failures = 0
            endpoint.probing = False
            if outcome.status < 400:
                endpoint.outages = 0
        if self._waiting:  # wake the waiters: a slot is free or something changed
            self._changed.set()
            self._changed = asyncio.Event()

    def _pick(self, tokens: float) -> tuple[Endpoint | None, float | None]:
        """The endpoint to use now, or (None, seconds worth waiting before looking again)."""
        now = self._clock()
        best: Endpoint | None = None
        soonest: float | None = None
        for endpoint in self.endpoints:
            if not endpoint.available(now):
                if endpoint.down_until > now:
                    soonest = _min(soonest, endpoint.down_until - now)
                continue
            wait = endpoint.admission.wait_s(tokens)
            if wait is None:
                continue  # window full: a release will wake us
            if wait > 0:
                soonest = _min(soonest, wait)
                continue
            if best is None or endpoint.admission.free() > best.admission.free():
                best = endpoint
        return best, soonest

    def rate_limited(self) -> int:
        return sum(e.admission.rate_limited for e in self.endpoints)


def _min(a: float | None, b: float) -> float:
    return b if a is None else min(a, b)
