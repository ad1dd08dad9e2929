"""Adaptive admission under a server's rate limit: throughput near the limit, few 429s; vs fixed concurrency.

1. Starts the fake OpenAI server (tests/support/fake_openai_server.py) as a process with a
   requests-per-minute limit (a token bucket holding one second's worth, OpenAI-style
   ``x-ratelimit-*`` headers on every answer, 429 over the limit) and 200 ms latency.
2. Runs the same tasks through ``generate_notes`` twice, in this one process: adaptive admission
   (the default: start-up ramp, AIMD, header gate) and a fixed concurrency (``--fixed-concurrency``,
   retries with exponential backoff and full jitter, as before), both with a ceiling of 64 in flight.
3. Reports notes/s against the limit and the server's 429 count for each.
   Goals: adaptive throughput within 10% of the limit; its 429s a small fraction (<= 10%) of the
   fixed run's.

``--size small``: 1,200 requests/min (20/s), 400 tasks. ``--size full``: 3,000/min (50/s), 2,500 tasks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FAKE_SERVER = REPO / "tests" / "support" / "fake_openai_server.py"
LATENCY_S = 0.2
CEILING = 64
SIZES = {"small": {"rpm": 1200, "tasks": 400}, "full": {"rpm": 3000, "tasks": 2500}}


def start_server(rpm: float) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_SERVER), "--latency", str(LATENCY_S), "--rpm", str(rpm), "--burst", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    line = proc.stdout.readline().strip()  # type: ignore[union-attr]
    if not line.startswith("READY "):
        proc.kill()
        raise RuntimeError(f"fake server did not start: {line!r}")
    return proc, line.split(" ", 1)[1]


def server_stats(base_url: str) -> dict:
    root = base_url.removesuffix("/v1")
    with urllib.request.urlopen(f"{root}/stats", timeout=10) as response:
        return json.loads(response.read())


def one_run(tasks: str, base_url: str, adaptive: bool) -> dict:
    from medsyn_dataset.generation.runner import generate_notes

    before = server_stats(base_url)
    with tempfile.TemporaryDirectory(prefix="bench-adm-") as out:
        started = time.perf_counter()
        summary = generate_notes(tasks, Path(out) / "notes", "openai", model="fake", base_url=base_url,
                                 concurrency=CEILING, adaptive=adaptive, ledger=False, progress=False,
                                 max_retries=50)
        elapsed = time.perf_counter() - started
    after = server_stats(base_url)
    if summary.written != summary.total:
        raise RuntimeError(f"not every task was written: {summary}")
    return {"notes_per_s": summary.written / elapsed, "elapsed_s": elapsed,
            "rate_limited": after["rate_limited"] - before["rate_limited"], "written": summary.written}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_admission", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    args = parser.parse_args(argv)
    size = SIZES[args.size]
    sys.path.insert(0, str(FAKE_SERVER.parent.parent))
    from support.fake_openai_server import write_tasks

    limit = size["rpm"] / 60.0
    server, base_url = start_server(size["rpm"])
    try:
        with tempfile.TemporaryDirectory(prefix="bench-adm-tasks-") as tmp:
            tasks = write_tasks(Path(tmp) / "tasks.parquet", size["tasks"])
            adaptive = one_run(tasks, base_url, adaptive=True)
            time.sleep(1.5)  # let the server's bucket fill again: both runs start alike
            fixed = one_run(tasks, base_url, adaptive=False)
    finally:
        server.terminate()
        server.wait(10)
    ratio = adaptive["notes_per_s"] / limit
    share = adaptive["rate_limited"] / max(1, fixed["rate_limited"])
    rows = [
        ("server limit", f"{limit:8.1f} req/s", f"{size['rpm']:,}/min, bucket of 1 s, latency {LATENCY_S * 1000:.0f} ms"),
        ("adaptive (default)", f"{adaptive['notes_per_s']:8.1f} notes/s",
         f"{adaptive['written']} tasks in {adaptive['elapsed_s']:.1f} s; {adaptive['rate_limited']} x 429"),
        ("fixed concurrency 64", f"{fixed['notes_per_s']:8.1f} notes/s",
         f"{fixed['written']} tasks in {fixed['elapsed_s']:.1f} s; {fixed['rate_limited']} x 429"),
        ("adaptive throughput / limit", f"{ratio:8.3f}", "goal: within 10% of the limit (0.9-1.1)"),
        ("429s adaptive / fixed", f"{share:8.3f}", "goal: <= 0.1"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"admission benchmark ({args.size})")
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>16}  {note}")
    ok = 0.9 <= ratio <= 1.1 and share <= 0.1
    print(f"  goals: {'met' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
