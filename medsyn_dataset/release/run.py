"""`medsyn release`: plan -> generate -> validate -> build (-> publish) for one release config, resumable.

Every step writes into a work folder (default: ``<OUT>.work/`` beside the release, so the release
folder holds only the release) and, when it has finished, a completion marker
``<work>/<step>.done`` (JSON: when, how long, what it produced, and the fingerprint of its inputs),
in the manner of datatrove's completion files. A rerun skips a step whose marker exists, whose
output is still there and whose inputs are unchanged, and continues with the first step that is
not; generation also resumes inside itself (finished tasks are never generated twice).

A step's fingerprint hashes the parts of the config it depends on and its upstream step's
fingerprint: changing e.g. the split ratios or the licence reruns only the build, changing the
validation settings reruns validation and build. Notes generated for another plan (another seed,
code set, note count or generation setting) are never mixed in: the run stops and says so, and
the user decides whether to delete them (LLM output can be expensive to regenerate).

``from_="FORMAT:PATH"`` replaces plan + generate with an import of existing notes (e.g. the
published MedSyn ``generated.csv`` with ``medsyn-hub``), so an existing corpus gets a validated,
deduplicated, split and carded re-release.

Before any step: the release folder and the work folder must be new, empty or this command's own
(:mod:`medsyn_dataset.outputs`), every file the config refers to is checked
(:mod:`.preflight`), and an API backend gets one probe request. After validation the
gate decides: a failed gate stops the run (:class:`NotReleasableError`) before anything is built.
The steps themselves are :mod:`.steps`; their markers, errors and summary :mod:`.state`.

Work folder::

    <work>/release.json              the last run's config hash and source (for people reading it)
    <work>/tasks.parquet             plan        (plan.done)
    <work>/generated/part-*.parquet  generate    (generate.inputs when started, generate.done)
    <work>/imported/                 or import   (import.done)
    <work>/validated/                validate    (validate.done)
    <OUT>/                           build       (build.done, records the manifest's sha256)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.io import atomic_write_json
from medsyn_dataset.outputs import BUILD, RELEASE_WORK
from medsyn_dataset.release import steps
from medsyn_dataset.release.preflight import check_config_files
from medsyn_dataset.release.state import (
    BudgetReachedError,
    GenerationIncompleteError,
    NotReleasableError,
    PublishFailedError,
    ReleaseError,
    ReleaseInterruptedError,
    ReleaseRun,
    ReleaseSummary,
    StepReport,
)
from medsyn_dataset.release.steps import release_policy

__all__ = [
    "BudgetReachedError",
    "GenerationIncompleteError",
    "NotReleasableError",
    "PublishFailedError",
    "ReleaseError",
    "ReleaseInterruptedError",
    "ReleaseSummary",
    "StepReport",
    "default_work_dir",
    "parse_from",
    "publish_target",
    "release_policy",
    "run_release",
]

RUN_FILE = "release.json"


def parse_from(value: str) -> tuple[str, Path]:
    """``FORMAT:PATH`` -> (format, path), checked against the importers' formats."""
    from medsyn_dataset.generation.importers import FORMATS

    fmt, sep, path = value.partition(":")
    if not sep or not path:
        raise ReleaseError(f"--from {value!r}: expected FORMAT:PATH, e.g. medsyn-hub:generated.csv")
    if fmt not in FORMATS:
        raise ReleaseError(f"--from {value!r}: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if not Path(path).exists():
        raise ReleaseError(f"--from {value!r}: {path}: no such file or folder")
    return fmt, Path(path)


def default_work_dir(out_dir: Path) -> Path:
    return out_dir.parent / f"{out_dir.name}.work"


def run_release(
    config: ReleaseConfig,
    out_dir: str | os.PathLike[str],
    *,
    repo_id: str | None = None,
    publish: bool = False,
    from_: str | None = None,
    work_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
    allow_failures: bool = False,
    say: Callable[[str], None] | None = None,
    generation: Mapping[str, Any] | None = None,
) -> ReleaseSummary:
    """Run (or resume) the whole release of ``config`` into ``out_dir``; see the module docstring.

    Publishing is opt-in: ``repo_id`` (an explicit target) or ``publish`` (target: ``repo_id``, else
    ``config.hub.repo_id``) adds the publish step; a ``hub.repo_id`` in the config alone only names the
    repo in the card's "How to load". ``from_`` is
    ``FORMAT:PATH`` to import notes instead of planning and generating them. Generation that ends
    with failed tasks stops the run (rerun to retry them) unless ``allow_failures``. ``generation``
    holds run-time generation settings (:class:`~medsyn_dataset.generation.settings.GenerationSettings`
    fields such as ``ledger``, ``budget_usd``, ``price_table``, ``batch``) on top of the config's. ``progress``
    turns the stages' progress bars on; one line per step always goes to ``say`` (default: stderr).
    """
    target = publish_target(config, repo_id, publish)
    out = Path(out_dir).absolute()
    work = Path(work_dir).absolute() if work_dir is not None else default_work_dir(out)
    if work == out or out in work.parents:
        raise ReleaseError(f"--work-dir {work} must not be inside the release folder {out}")
    BUILD.check(out, (work,))  # both checked before anything is written: a refused path is never touched
    RELEASE_WORK.check(work)
    if say is None:  # step lines are always shown; ``progress`` only turns the stages' bars on/off
        say = _console_say()
    from_ = from_ or (config.source.from_ if config.source else None)
    imported = parse_from(from_) if from_ else None
    check_config_files(config, ("validation",) if imported else ("generation", "validation"))
    if imported is not None:
        _check_license_early(config, imported[0], imported[1])
    source = f"{imported[0]}:{imported[1].absolute()}" if imported else "generate"
    summary = ReleaseSummary(out_dir=out, work_dir=work, out_as_given=os.fspath(out_dir))
    run = ReleaseRun(work, summary, say)
    say(f"release [bold]{config.name}[/] {config.version} -> {out} (work folder {work})")
    run_file = {"config_name": config.name, "config_hash": config.config_hash(), "source": source}
    with _work_folder(work, RELEASE_WORK.stamp(run_file)):
        _run_steps(run, config, out, imported, target, progress, allow_failures, generation or {})
    return summary


@contextlib.contextmanager
def _work_folder(work: Path, run_file: dict[str, Any]) -> Iterator[None]:
    """Create (or reuse) the work folder; if this run made it and failed before any step left
    anything in it, take it away again: a failed start leaves the path as it found it."""
    created = not work.exists()
    work.mkdir(parents=True, exist_ok=True)
    atomic_write_json(work / RUN_FILE, run_file)
    try:
        yield
    except BaseException:
        if created and [p.name for p in work.iterdir()] == [RUN_FILE]:
            (work / RUN_FILE).unlink()
            work.rmdir()
        raise


def _run_steps(
    run: ReleaseRun,
    config: ReleaseConfig,
    out: Path,
    imported: tuple[str, Path] | None,
    repo_id: str | None,
    progress: bool,
    allow_failures: bool,
    generation: Mapping[str, Any],
) -> None:
    if imported is None:
        tasks, upstream = steps.plan(run, config)
        notes_dir = steps.generate(run, config, tasks, upstream, progress, allow_failures, generation)
    else:
        notes_dir, upstream = steps.import_notes(run, config, *imported)
    validated, upstream, report = steps.validate(run, config, notes_dir, upstream, progress)
    steps.check_gate(validated, report)
    steps.build(run, config, validated, out, upstream, report)
    if repo_id:
        steps.publish(run, config, out, repo_id, imported=imported is not None)


def publish_target(config: ReleaseConfig, repo_id: str | None, publish: bool) -> str | None:
    """The Hub repo a release is published to, or None (not published).

    Only an explicit request publishes: ``--repo-id`` names the target, ``--publish`` takes
    ``hub.repo_id`` from the config. A config's ``hub.repo_id`` alone never uploads anything.
    """
    if repo_id:
        return repo_id
    if not publish:
        return None
    if not config.hub.repo_id:
        raise ReleaseError("--publish needs a target: give --repo-id ORG/NAME or set hub.repo_id in the config")
    return config.hub.repo_id


def _console_say() -> Callable[[str], None]:
    from rich.console import Console

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    return lambda msg: console.print(msg)


def _check_license_early(config: ReleaseConfig, fmt: str, path: Path) -> None:
    """Refuse a source whose licence the config's stated licence would break, before any work."""
    from medsyn_dataset.provenance import ReleaseSource, decide_license, source_for_import

    info = source_for_import(fmt, (config.source.name if config.source else None) or path.stem, steps.source_declaration(config))
    decide_license([ReleaseSource(info, "imported", 0)], config.hub.license)
