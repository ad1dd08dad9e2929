"""What one `medsyn release` run keeps track of: its errors, its steps' completion markers and its summary.

A finished step writes ``<work>/<step>.done`` (JSON: when, how long, what it produced, and the
fingerprint of its inputs, :mod:`.fingerprints`); :meth:`ReleaseRun.done` reads it back so that a
rerun skips the step while its inputs are unchanged. The errors say how a run stopped, and the CLI
turns each into its exit code (:mod:`medsyn_dataset.exit_codes`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.io import atomic_write_json
from medsyn_dataset.release.fingerprints import jsonable

StepStatus = Literal["ran", "skipped"]


class ReleaseError(ValueError):
    """A release run cannot go on (the message says why and what to do)."""


class NotReleasableError(ReleaseError):
    """The validation gate failed: the notes must not be released as they are."""

    def __init__(self, failed: list[str], report: Path) -> None:
        self.failed, self.report = failed, report
        super().__init__(f"the validation gate failed: {'; '.join(failed)} (see {report})")


class GenerationIncompleteError(ReleaseError):
    """Generation left failed tasks; rerunning retries them."""


class ReleaseInterruptedError(ReleaseError):
    """The run was interrupted; finished steps are kept and a rerun resumes."""


class PublishFailedError(ReleaseError):
    """The release was built, but uploading it to the Hub failed; the built folder is kept."""


class BudgetReachedError(ReleaseError):
    """Generation stopped at the ``--budget``; rerunning with a higher budget continues it."""


@dataclass
class StepReport:
    name: str
    status: StepStatus
    seconds: float
    detail: str


@dataclass
class ReleaseSummary:
    out_dir: Path
    work_dir: Path
    steps: list[StepReport] = field(default_factory=list)
    publish: Any = None  # builder.publish.PublishResult when a repo id was given
    out_as_given: str | None = None  # the --out path as the user typed it, for the hints


    def step(self, name: str) -> StepReport:
        return next(s for s in self.steps if s.name == name)

    def load_hints(self) -> list[str]:
        """How to load the result: by path, and by name from the parent folder."""
        given = Path(self.out_as_given) if self.out_as_given else self.out_dir
        parent = given.parent.as_posix() if given.parent != Path() else "."
        hints = [
            f'from datasets import load_dataset; ds = load_dataset("{given.as_posix()}")',
            f'cd {parent} && python -c \'from datasets import load_dataset; print(load_dataset("{given.name}"))\'',
        ]
        if self.publish is not None and not self.publish.dry_run:
            hints.append(f'load_dataset("{self.publish.repo_id}", revision="{self.publish.tag}")')
        return hints


class ReleaseRun:
    """One invocation: markers, timing and the report of each step."""

    def __init__(self, work: Path, summary: ReleaseSummary, say: Callable[[str], None]) -> None:
        self.work, self.summary, self.say = work, summary, say

    def marker(self, step: str) -> Path:
        return self.work / f"{step}.done"

    def done(self, step: str, fingerprint: str, *outputs: Path) -> dict[str, Any] | None:
        """The step's marker if it exists, its outputs are still there and its inputs are unchanged."""
        path = self.marker(step)
        if not path.is_file() or not all(p.exists() for p in outputs):
            return None
        try:
            marker = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            return None
        if marker.get("fingerprint") != fingerprint:
            self.say(f"[bold]{step}[/]: its inputs changed since the last run; running it again")
            return None
        return marker

    def skip(self, step: str, marker: dict[str, Any]) -> None:
        detail = f"{marker.get('detail', '')} (done at {marker.get('finished_at', '?')})"
        self.summary.steps.append(StepReport(step, "skipped", 0.0, detail))
        self.say(f"[bold]{step}[/]: already done, skipped — {detail}")

    def finish(
        self, step: str, fingerprint: str, started: float, detail: str, result: Any = None, **extra: Any
    ) -> None:
        seconds = time.perf_counter() - started
        atomic_write_json(
            self.marker(step),
            {
                "step": step,
                "fingerprint": fingerprint,
                "finished_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "seconds": round(seconds, 3),
                "detail": detail,
                "result": jsonable(result),
                **extra,
            },
        )
        self.summary.steps.append(StepReport(step, "ran", seconds, detail))
        self.say(f"[bold]{step}[/]: {detail} ({seconds:.1f} s)")
