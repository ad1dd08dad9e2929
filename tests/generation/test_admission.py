"""Adaptive admission (AIMD window, start-up ramp, x-ratelimit-* gate) and several endpoints (spread by
free capacity, a dead one taken out and probed later), against clocks we control and fake servers."""

from __future__ import annotations

import pytest
from support import fake_openai_server as fake

from medsyn_dataset import schema
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.admission import AdmissionController, Outcome, parse_duration, parse_quota
from medsyn_dataset.generation.runner import generate_notes


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_parse_duration_takes_openai_reset_forms():
    assert parse_duration("1s") == 1.0
    assert parse_duration("6m0s") == 360.0
    assert parse_duration("20ms") == pytest.approx(0.02)
    assert parse_duration("1h2m3.5s") == pytest.approx(3723.5)
    assert parse_duration("0.5") == 0.5
    assert parse_duration("soon") is None and parse_duration("1s junk") is None and parse_duration(None) is None


def test_quota_from_headers_refills_at_the_limit_rate():
    quota = parse_quota({"X-RateLimit-Limit-Requests": "600", "x-ratelimit-remaining-requests": "0",
                         "x-ratelimit-reset-requests": "2s"}, "requests", now=10.0)
    assert quota is not None and quota.capacity == pytest.approx(20.0)  # 0 left + 2 s x 10/s
    assert quota.wait_for(1, now=10.0, taken_since=0) == pytest.approx(0.1)
    assert quota.level(now=11.0, taken_since=3) == pytest.approx(7.0)
    assert parse_quota({"x-ratelimit-limit-requests": "x"}, "requests", now=0) is None


def test_start_up_ramp_opens_fully_for_an_endpoint_without_limits():
    ctl = AdmissionController(64, clock=Clock())
    assert ctl.window == 8
    for _ in range(8):
        assert ctl.wait_s(100) == 0.0
        ctl.take(100)
    assert ctl.wait_s(100) is None  # the ramp holds the ninth until an answer comes
    ctl.release(Outcome(200, {}, 0.2))
    assert ctl.window == 64  # no x-ratelimit headers: nothing to hold back for


def test_slow_start_then_halving_on_429_once_per_round_trip_then_additive_increase():
    clock = Clock()
    ctl = AdmissionController(64, clock=clock)
    limits = {"x-ratelimit-limit-requests": "100000", "x-ratelimit-remaining-requests": "99999",
              "x-ratelimit-reset-requests": "1ms"}
    for _ in range(8):
        ctl.take(1)
        ctl.release(Outcome(200, limits, 0.5))
    assert ctl.window == 16  # slow start: +1 per answer
    ctl.take(1), ctl.take(1), ctl.take(1)
    ctl.release(Outcome(429, None, 0.01))
    ctl.release(Outcome(429, None, 0.01))  # same round trip: one signal
    assert ctl.window == 8 and ctl.rate_limited == 2
    clock.now += 1.0
    ctl.release(Outcome(429, None, 0.01))
    assert ctl.window == 4
    for _ in range(4):
        ctl.take(1)
        ctl.release(Outcome(200, limits, 0.5))
    assert 4.9 < ctl.window < 5.1  # additive: +1 per window of answers


def test_the_header_gate_waits_for_the_server_to_have_room():
    clock = Clock()
    ctl = AdmissionController(64, clock=clock)
    ctl.take(1)
    ctl.release(Outcome(200, {"x-ratelimit-limit-requests": "60", "x-ratelimit-remaining-requests": "1",
                              "x-ratelimit-reset-requests": "2s", "x-ratelimit-limit-tokens": "6000",
                              "x-ratelimit-remaining-tokens": "500", "x-ratelimit-reset-tokens": "1s"}, 0.1))
    assert ctl.wait_s(100) == 0.0
    ctl.take(100)
    assert ctl.wait_s(100) == pytest.approx(1.0)  # requests: 1 per second; none left
    clock.now += 1.0
    assert ctl.wait_s(100) == 0.0
    assert ctl.wait_s(300) == 0.0  # tokens: 500 left of a 600 bucket, 100 per second
    assert ctl.wait_s(550) == pytest.approx(0.5)
    assert ctl.wait_s(900) == pytest.approx(1.0)  # more than the bucket holds: wait for a full one, not forever


def test_fixed_concurrency_ignores_every_signal():
    ctl = AdmissionController(5, adaptive=False)
    assert ctl.window == 5
    ctl.take(1)
    ctl.release(Outcome(429, {"x-ratelimit-limit-requests": "1", "x-ratelimit-remaining-requests": "0"}, 0.1))
    assert ctl.window == 5 and ctl.wait_s(1) == 0.0 and ctl.rate_limited == 1


def test_adaptive_runs_settle_under_a_server_limit_with_few_429s(tmp_path, monkeypatch):
    """A limit of 2 requests/s (a bucket of 10: more than the start-up ramp's 8) is far below what
    even a starved client asks for with a fixed 16 in flight: that run must keep running into it,
    the adaptive one must not. (At 25/s, a client on a loaded machine could not send fast enough to
    run into the limit at all, and the comparison failed.) 18 tasks: 8 wait for the refill, 4 s."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 18)
    counts = {}
    for adaptive in (True, False):
        with fake.FakeOpenAIServer(rpm=120, burst_s=5) as server:
            summary = generate_notes(tasks, tmp_path / f"out-{adaptive}", "openai", model="m", base_url=server.base_url,
                                     concurrency=16, adaptive=adaptive, ledger=False, progress=False, max_retries=1000,
                                     backend_options={"backoff_base_s": 0.05, "backoff_max_s": 0.25})
            counts[adaptive] = server.rate_limited
        assert summary.written == 18 and summary.rate_limited == counts[adaptive]
    assert counts[False] >= 10, counts  # a fixed 16 in flight runs into the limit over and over
    assert counts[True] <= max(2, counts[False] // 5), counts


def test_requests_spread_over_endpoints_and_a_dead_one_is_taken_out(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 60)
    with fake.FakeOpenAIServer() as gone:
        dead_url = gone.base_url  # nothing listens there any more
    with fake.FakeOpenAIServer(latency_s=0.02) as a, fake.FakeOpenAIServer(latency_s=0.02) as b:
        summary = generate_notes(tasks, tmp_path / "out", "openai", model="m", base_url=(a.base_url, b.base_url),
                                 concurrency=4, progress=False)
        spread = (len(a.records), len(b.records))
        both = generate_notes(tasks, tmp_path / "out2", "openai", model="m", ledger=False, concurrency=4,
                              base_url=(dead_url, a.base_url), progress=False, backend_options={"backoff_base_s": 0.01})
    assert summary.written == 60 and min(spread) >= 15  # both servers did a fair share
    assert both.written == 60 and both.failed == 0  # the dead endpoint cost retries, not notes
    manifest = shards.read_manifest(tmp_path / "out")
    assert manifest["base_urls"] == [a.base_url, b.base_url]
    assert len(schema.read_notes(tmp_path / "out2")) == 60
