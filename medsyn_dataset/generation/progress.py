"""The progress bar of `medsyn generate`: done/total, notes/s, ETA, tokens, spend (and budget), failures."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from medsyn_dataset.progress import BAR, COUNT, ELAPSED, REMAINING, progress_bar


class Tick(Protocol):
    def __call__(self, n: int, tokens: int, failed: int, spent: float | None = None, status: str = "") -> None: ...


def _noop(n: int, tokens: int, failed: int, spent: float | None = None, status: str = "") -> None:
    return None


@contextlib.contextmanager
def progress_display(
    console: Any | None, total: int, done_before: int, budget_usd: float | None = None
) -> Iterator[Tick]:
    """Yield ``tick(n_done, tokens, failures, spent_usd, status)``; ``console=None``: no bar."""
    if console is None:
        yield _noop
        return
    columns = (
        "[bold]generate", BAR, COUNT, "{task.fields[rate]} notes/s", "ETA", REMAINING, ELAPSED,
        "{task.fields[tokens]:,} tok", "{task.fields[spend]}", "[red]{task.fields[failed]} failed", "{task.fields[status]}",
    )
    limit = f" / ${budget_usd:,.4f}" if budget_usd is not None else ""
    with progress_bar(*columns, console=console) as bar:
        task = bar.add_task("generate", total=total, completed=done_before, rate="-", tokens=0, failed=0,
                            spend="", status="")
        totals = {"tokens": 0, "done": 0}
        started = time.perf_counter()

        def tick(n: int, tokens: int, failed: int, spent: float | None = None, status: str = "") -> None:
            totals["tokens"] += tokens
            totals["done"] += n
            elapsed = time.perf_counter() - started
            rate = f"{totals['done'] / elapsed:.1f}" if elapsed > 0 else "-"
            spend = f"${spent:,.4f}{limit}" if spent is not None else ""
            bar.update(task, advance=n, tokens=totals["tokens"], failed=failed, rate=rate, spend=spend, status=status)

        yield tick


def noop_tick() -> Callable[..., None]:
    return _noop
