"""A rich progress display with one bar per validation stage (silent when disabled) and stage timings."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from medsyn_dataset.progress import BAR, COUNT, ELAPSED, REMAINING, progress_bar


@dataclass
class StageProgress:
    """``with stages.stage("quality", total=n) as advance: ... advance(1)``; timings land in ``seconds``.

    A bar and a timing can also be kept apart: :meth:`bar` shows progress without timing it,
    :meth:`add` adds seconds measured elsewhere (in worker processes) to a stage, and :meth:`order`
    fixes the order the stages are listed in.
    """

    enabled: bool = True
    seconds: dict[str, float] = field(default_factory=dict)
    _progress: Any = None

    def __enter__(self) -> StageProgress:
        if self.enabled:
            self._progress = progress_bar("[bold]{task.description:<14}", BAR, COUNT, ELAPSED, "eta", REMAINING)
            self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)
            self._progress = None

    def order(self, names: Iterable[str]) -> None:
        """List the stages ``names`` first, in this order (at zero seconds until they run)."""
        self.seconds = {**{name: self.seconds.get(name, 0.0) for name in names}, **self.seconds}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    @contextlib.contextmanager
    def bar(self, description: str, total: int) -> Iterator[Any]:
        """A progress bar (not timed): ``advance(n)`` moves it."""
        task = self._progress.add_task(description, total=max(total, 1)) if self._progress is not None else None

        def advance(n: int = 1) -> None:
            if task is not None:
                self._progress.advance(task, n)

        try:
            yield advance
        finally:
            if task is not None:
                self._progress.update(task, completed=max(total, 1))

    @contextlib.contextmanager
    def stage(self, name: str, total: int) -> Iterator[Any]:
        started = time.perf_counter()
        try:
            with self.bar(name, total) as advance:
                yield advance
        finally:
            self.add(name, time.perf_counter() - started)

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        """Time a block as (part of) stage ``name``, without a bar."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)
