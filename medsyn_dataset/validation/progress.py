"""A rich progress display with one bar per validation stage (silent when disabled) and stage timings."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class StageProgress:
    """``with stages.stage("quality", total=n) as advance: ... advance(1)``; timings land in ``seconds``."""

    enabled: bool = True
    seconds: dict[str, float] = field(default_factory=dict)
    _progress: Any = None

    def __enter__(self) -> StageProgress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("[bold]{task.description:<14}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=False,
            )
            self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
            self._progress = None

    @contextlib.contextmanager
    def stage(self, name: str, total: int) -> Iterator[Any]:
        started = time.perf_counter()
        task = self._progress.add_task(name, total=max(total, 1)) if self._progress is not None else None

        def advance(n: int = 1) -> None:
            if task is not None:
                self._progress.advance(task, n)

        try:
            yield advance
        finally:
            if task is not None:
                self._progress.update(task, completed=max(total, 1))
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
