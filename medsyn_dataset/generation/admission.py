"""When may one endpoint take another request? AIMD concurrency plus what its rate-limit headers allow.

An :class:`AdmissionController` belongs to one endpoint and combines two signals:

* **A window** (how many requests in flight), TCP-style. Start-up ramp: the window opens at
  ``initial`` (8) and grows by one per answer (slow start, doubling per round trip). The first
  answer decides the rest: without ``x-ratelimit-*`` headers the endpoint states no limits (vLLM,
  llama.cpp, Ollama) and the window opens to the ceiling; with them, slow start continues. A 429
  halves the window (at most once per round trip; multiplicative decrease) and ends slow start;
  after that every answer adds ``1/window`` (additive increase: one more request per round trip).
* **A gate** from the server's ``x-ratelimit-{limit,remaining,reset}-{requests,tokens}`` headers:
  an answer says how many requests and tokens remained when the server took its request in, and
  how fast they come back (``limit`` per minute). The controller counts from there: what it has
  sent since that request left, what has come back since, and admits a request only when it fits.
  (Headers are counted from the request's departure, not the answer's arrival: a server checks
  its limits when a request comes in, and with long generations many requests leave meanwhile.)
  This is what
  makes a run settle just under a server's limit instead of bouncing off it with retries.
  (A 429's ``Retry-After`` is the backend's business: the request that got it waits that long.)

With ``adaptive=False`` the window is the ceiling from the start and nothing else is looked at (a
fixed concurrency, the behaviour before this module).
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: Requests in flight per endpoint before the first answer says anything about its limits.
INITIAL_WINDOW = 8
#: How long admissions are remembered (a header older than this is stale anyway).
SENT_MEMORY_S = 120.0

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def header_seconds(value: str | None) -> float | None:
    """A header value that is a bare number of seconds (``"1.5"``), at least 0; None if absent or not a number."""
    if value is None:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        return None


def parse_duration(value: str | None) -> float | None:
    """Seconds of an OpenAI reset header: ``"1s"``, ``"6m0s"``, ``"20ms"``, ``"1h2m3.5s"`` or bare seconds."""
    seconds = header_seconds(value)
    if value is None or seconds is not None:
        return seconds
    value = value.strip()
    parts = _DURATION_PART.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    return sum(float(number) * scale[unit] for number, unit in parts)


@dataclass(frozen=True, slots=True)
class Quota:
    """One limit as a header reported it: ``remaining`` now, refilled at ``limit`` per minute up to ``capacity``."""

    limit: float
    remaining: float
    capacity: float
    observed_at: float

    def level(self, now: float, taken_since: float) -> float:
        refill = (now - self.observed_at) * self.limit / 60.0
        return min(self.capacity, self.remaining + refill) - taken_since

    def wait_for(self, need: float, now: float, taken_since: float) -> float:
        """Seconds until ``need`` units are there (0: now)."""
        missing = need - self.level(now, taken_since)
        return 0.0 if missing <= 0 else missing / max(self.limit / 60.0, 1e-9)


def parse_quota(headers: Mapping[str, str], kind: str, now: float) -> Quota | None:
    """The ``requests`` or ``tokens`` quota of ``x-ratelimit-*`` headers (None when absent or malformed)."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        limit = float(lowered[f"x-ratelimit-limit-{kind}"])
        remaining = float(lowered[f"x-ratelimit-remaining-{kind}"])
    except (KeyError, ValueError):
        return None
    if limit <= 0:
        return None
    reset = parse_duration(lowered.get(f"x-ratelimit-reset-{kind}"))
    capacity = remaining + reset * limit / 60.0 if reset is not None else limit
    return Quota(limit, remaining, max(capacity, remaining, 1.0), now)


@dataclass(slots=True)
class Outcome:
    """What one attempt at an endpoint came back with."""

    status: int | None  # HTTP status; None: no answer (timeout, connection error)
    headers: Mapping[str, str] | None = None
    latency_s: float | None = None
    sent_at: float | None = None  # the controller's clock when the request was admitted (take())

    @property
    def rate_limited(self) -> bool:
        return self.status == 429

    @property
    def endpoint_failed(self) -> bool:
        """The endpoint itself is in trouble (no answer or a 5xx), as opposed to this request."""
        return self.status is None or self.status >= 500


class AdmissionController:
    """Admission for one endpoint; see the module docstring."""

    def __init__(
        self,
        ceiling: int,
        *,
        adaptive: bool = True,
        initial: int = INITIAL_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ceiling < 1:
            raise ValueError(f"the concurrency ceiling must be >= 1, got {ceiling}")
        self.ceiling = ceiling
        self.adaptive = adaptive
        self.window = float(min(ceiling, initial) if adaptive else ceiling)
        self.slow_start = adaptive
        self.in_flight = 0
        self.rate_limited = 0  # 429s seen
        self._clock = clock
        self._answers = 0
        self._headers_seen = False
        self._last_decrease = float("-inf")
        self._rtt = 1.0  # smoothed latency: one window decrease per round trip
        self._requests: Quota | None = None
        self._tokens: Quota | None = None
        self._requests_taken = 0.0  # admitted since the quota's request left
        self._tokens_taken = 0.0
        self._sent: deque[tuple[float, float]] = deque()  # (time, tokens) of recent admissions

    # ---- asking ----------------------------------------------------------------------------------

    def wait_s(self, tokens: float) -> float | None:
        """0 if a request of ``tokens`` may start now, seconds to wait if a limit says so, None if the window is full."""
        if self.in_flight >= max(1, int(self.window)):
            return None
        if not self.adaptive:
            return 0.0
        now = self._clock()
        wait = 0.0
        if self._requests is not None:
            wait = max(wait, self._requests.wait_for(1.0, now, self._requests_taken))
        if self._tokens is not None:
            need = min(tokens, self._tokens.capacity)  # an oversized request waits for a full bucket, not forever
            wait = max(wait, self._tokens.wait_for(need, now, self._tokens_taken))
        return wait

    def free(self) -> float:
        """Free slots in the window (for spreading requests over endpoints)."""
        return max(0.0, self.window - self.in_flight)

    def take(self, tokens: float) -> float:
        """Admit a request of ``tokens``; returns its departure time (give it back in its :class:`Outcome`)."""
        now = self._clock()
        self.in_flight += 1
        self._requests_taken += 1
        self._tokens_taken += tokens
        if self.adaptive:
            self._sent.append((now, tokens))
            while self._sent and now - self._sent[0][0] > SENT_MEMORY_S:
                self._sent.popleft()
        return now

    # ---- learning --------------------------------------------------------------------------------

    def release(self, outcome: Outcome) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        if outcome.rate_limited:
            self.rate_limited += 1
        if not self.adaptive:
            return
        now = self._clock()
        if outcome.latency_s is not None and outcome.status is not None:
            self._rtt = 0.8 * self._rtt + 0.2 * outcome.latency_s if self._answers else outcome.latency_s
        if outcome.headers:
            self._observe(outcome.headers, now if outcome.sent_at is None else outcome.sent_at)
        if outcome.rate_limited:
            self._decrease(now)
        elif outcome.status is not None and outcome.status < 400:
            self._increase()

    def observe(self, headers: Mapping[str, str] | None) -> None:
        """Note what rate-limit headers outside a request's answer say (e.g. the probe's model list)."""
        if self.adaptive and headers:
            self._observe(headers, self._clock())

    def _observe(self, headers: Mapping[str, str], sent_at: float) -> None:
        """Take the server's word as of when this request left, if nothing newer is known."""
        requests, tokens = parse_quota(headers, "requests", sent_at), parse_quota(headers, "tokens", sent_at)
        self._headers_seen = self._headers_seen or requests is not None or tokens is not None
        if requests is None and tokens is None:
            return
        later = [amount for when, amount in self._sent if when > sent_at]
        if requests is not None and (self._requests is None or sent_at >= self._requests.observed_at):
            self._requests, self._requests_taken = requests, float(len(later))
        if tokens is not None and (self._tokens is None or sent_at >= self._tokens.observed_at):
            self._tokens, self._tokens_taken = tokens, float(sum(later))

    def _increase(self) -> None:
        self._answers += 1
        if self._answers == 1 and not self._headers_seen and self.slow_start:
            self.window = float(self.ceiling)  # no limits stated: no reason to hold back
        elif self.slow_start:
            self.window += 1.0
        else:
            self.window += 1.0 / max(self.window, 1.0)
        self.window = min(self.window, float(self.ceiling))

    def _decrease(self, now: float) -> None:
        self.slow_start = False
        if now - self._last_decrease < self._rtt:
            return  # one decrease per round trip: the 429s of one burst are one signal
        self._last_decrease = now
        self.window = max(1.0, self.window / 2.0)
