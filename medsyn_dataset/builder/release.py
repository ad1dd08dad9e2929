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

Work folder::

    <work>/release.json              the last run's config hash and source (for people reading it)
    <work>/tasks.parquet             plan        (plan.done)
    <work>/generated/part-*.parquet  generate    (generate.inputs when started, generate.done)
    <work>/imported/                 or import   (import.done)
    <work>/validated/                validate    (validate.done)
    <OUT>/                           build       (build.done, records the manifest's sha256)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.io import atomic_write_json

RUN_FILE = "release.json"
StepStatus = Literal["ran", "skipped"]


class ReleaseError(ValueError):
    """A release run cannot go on (the message says why and what to do)."""


class GenerationStopped(ReleaseError):
    """Generation stopped before its end (interrupted, budget reached); rerunning continues it."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


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


def _jsonable(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        obj = asdict(obj)
    return json.loads(json.dumps(obj, default=str))


class _Run:
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
                "result": _jsonable(result),
                **extra,
            },
        )
        self.summary.steps.append(StepReport(step, "ran", seconds, detail))
        self.say(f"[bold]{step}[/]: {detail} ({seconds:.1f} s)")


#: Generation settings that change how fast notes are made, not which notes: not in the fingerprint.
_RUNTIME_KNOBS = ("concurrency", "requests_per_minute", "tokens_per_minute", "timeout_s", "max_retries", "shard_size")


def fingerprint(*parts: Any) -> str:
    """sha256 of the canonical JSON of ``parts``."""
    canonical = json.dumps(_jsonable(list(parts)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def folder_state(folder: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime) of the files of a stage's output: a rerun upstream changes it, so the next
    step's fingerprint changes too and stale results downstream are never kept."""
    return sorted(
        (p.relative_to(folder).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    )


def plan_fingerprint(config: ReleaseConfig) -> str:
    """What the task table depends on: name, seed, code set, counts, and the generation settings."""
    dump = config.model_dump(mode="json")
    generation = {k: v for k, v in dump["generation"].items() if k not in _RUNTIME_KNOBS}
    return fingerprint("plan", dump["name"], dump["seed"], config.code_list(), dump["notes"], generation)


def plan_identity(config: ReleaseConfig) -> str:
    """The plan without its size: a config that only asks for more (or other counts of) notes keeps it."""
    dump = config.model_dump(mode="json")
    generation = {k: v for k, v in dump["generation"].items() if k not in _RUNTIME_KNOBS}
    return fingerprint("plan-identity", dump["name"], dump["seed"], config.code_list(), generation)


def validate_fingerprint(upstream: str, config: ReleaseConfig) -> str:
    return fingerprint("validate", upstream, config.model_dump(mode="json")["validation"], config.code_list())


def build_fingerprint(upstream: str, config: ReleaseConfig) -> str:
    dump = config.model_dump(mode="json")
    fields = {k: dump[k] for k in ("name", "version", "description", "seed", "splits")}
    # everything the card shows: the licence, names, curator and the repo id of "How to load"
    hub = {k: dump["hub"][k] for k in ("license", "pretty_name", "curator", "contact", "year", "repo_id")}
    return fingerprint("build", upstream, fields, hub)


def run_release(
    config: ReleaseConfig,
    out_dir: str | os.PathLike[str],
    *,
    repo_id: str | None = None,
    from_: str | None = None,
    work_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
    allow_failures: bool = False,
    say: Callable[[str], None] | None = None,
    generation: Mapping[str, Any] | None = None,
) -> ReleaseSummary:
    """Run (or resume) the whole release of ``config`` into ``out_dir``; see the module docstring.

    ``repo_id`` (default: ``config.hub.repo_id``) adds the publish step. ``from_`` is
    ``FORMAT:PATH`` to import notes instead of planning and generating them. Generation that ends
    with failed tasks stops the run (rerun to retry them) unless ``allow_failures``. ``generation``
    holds run-time generation settings (:class:`~medsyn_dataset.generation.settings.GenerationSettings`
    fields such as ``ledger``, ``budget_usd``, ``price_table``, ``batch``) on top of the config's. ``progress``
    turns the stages' progress bars on; one line per step always goes to ``say`` (default: stderr).
    """
    out = Path(out_dir).absolute()
    work = Path(work_dir).absolute() if work_dir is not None else default_work_dir(out)
    if work == out or out in work.parents:
        raise ReleaseError(f"--work-dir {work} must not be inside the release folder {out}")
    if say is None:  # step lines are always shown; ``progress`` only turns the stages' bars on/off
        say = _console_say()
    from_ = from_ or (config.source.from_ if config.source else None)
    imported = parse_from(from_) if from_ else None
    if imported is not None:
        _check_license_early(config, imported[0], imported[1])
    source = f"{imported[0]}:{imported[1].absolute()}" if imported else "generate"
    work.mkdir(parents=True, exist_ok=True)
    atomic_write_json(work / RUN_FILE, {"config_name": config.name, "config_hash": config.config_hash(), "source": source})
    summary = ReleaseSummary(out_dir=out, work_dir=work, out_as_given=os.fspath(out_dir))
    run = _Run(work, summary, say)
    say(f"release [bold]{config.name}[/] {config.version} -> {out} (work folder {work})")

    if imported is None:
        tasks, upstream = _plan(run, config)
        notes_dir = _generate(run, config, tasks, upstream, progress, allow_failures, generation or {})
    else:
        notes_dir, upstream = _import(run, config, *imported)
    validated, upstream = _validate(run, config, notes_dir, upstream, progress)
    _build(run, config, validated, out, upstream)
    repo_id = repo_id or config.hub.repo_id
    if repo_id:
        _publish(run, config, out, repo_id)
    return summary


def _console_say() -> Callable[[str], None]:
    from rich.console import Console

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    return lambda msg: console.print(msg)


# ---- steps ---------------------------------------------------------------------------------------


def _plan(run: _Run, config: ReleaseConfig) -> tuple[Path, str]:
    tasks = run.work / "tasks.parquet"
    fp = plan_fingerprint(config)
    marker = run.done("plan", fp, tasks)
    if marker is not None:
        run.skip("plan", marker)
        return tasks, fp
    from medsyn_dataset.generation.planner import plan_tasks, write_tasks

    started = time.perf_counter()
    table = plan_tasks(config)
    write_tasks(table, tasks)
    codes = len(set(table.column("icd10_code").to_pylist()))
    run.finish("plan", fp, started, f"{table.num_rows:,} tasks over {codes} codes", {"tasks": table.num_rows})
    return tasks, fp


def _generate(
    run: _Run,
    config: ReleaseConfig,
    tasks: Path,
    plan_fp: str,
    progress: bool,
    allow_failures: bool,
    overrides: Mapping[str, Any],
) -> Path:
    out = run.work / "generated"
    fp = fingerprint("generate", plan_fp)
    marker = run.done("generate", fp, out)
    if marker is not None:
        run.skip("generate", marker)
        return out
    inputs = run.work / "generate.inputs"
    identity = plan_identity(config)
    previous = json.loads(inputs.read_text(encoding="utf-8")) if inputs.is_file() else {}
    # A plan with more notes (same name, seed, codes, generation settings) tops the folder up;
    # any other change means other notes, which are never mixed in.
    same_plan = previous.get("fingerprint") == fp or previous.get("identity") == identity
    if out.exists() and any(out.iterdir()) and not same_plan:
        raise ReleaseError(_ANOTHER_PLAN.format(out=out))
    atomic_write_json(inputs, {"fingerprint": fp, "identity": identity})
    from medsyn_dataset.generation.runner import generate_notes
    from medsyn_dataset.generation.settings import GenerationSettings
    from medsyn_dataset.generation.taskfile import TasksMismatchError

    settings = GenerationSettings.from_config(config.generation, run_name=config.name, **overrides)
    started = time.perf_counter()
    try:
        result = generate_notes(tasks, out, config.generation.backend, settings, progress=progress)
    except TasksMismatchError:
        raise ReleaseError(_ANOTHER_PLAN.format(out=out)) from None
    if result.interrupted:
        raise GenerationStopped(f"generation was interrupted; rerun the same command to resume ({out})", 130)
    if result.budget_exhausted:
        raise GenerationStopped(
            f"generation stopped at the budget (${result.spent_usd or 0:.4f} spent on {out}); "
            f"{result.skipped:,} task(s) left: rerun with a higher --budget to continue",
            4,
        )
    if result.failures_pending and not allow_failures:
        raise ReleaseError(
            f"generation left {result.failures_pending} failed task(s) in {out}/failures.parquet; "
            "rerun the same command to retry them, or pass --allow-failures to release without them"
        )
    detail = f"{result.written:,} notes written ({result.done_before:,} already there, {result.failed} failed)"
    run.finish("generate", fp, started, detail, result)
    return out


_ANOTHER_PLAN = (
    "{out} holds notes generated for another plan (the config's seed, codes or generation settings changed); "
    "delete that folder to generate again, or use another --work-dir"
)


def _declaration(config: ReleaseConfig) -> Any:
    from medsyn_dataset.provenance import SourceDeclaration

    src = config.source
    if src is None:
        return None
    return SourceDeclaration(src.name, src.license, src.citation, src.url, src.description, src.synthetic)


def _check_license_early(config: ReleaseConfig, fmt: str, path: Path) -> None:
    """Refuse a source whose licence the config's stated licence would break, before any work."""
    from medsyn_dataset.provenance import ReleaseSource, decide_license, source_for_import

    info = source_for_import(fmt, (config.source.name if config.source else None) or path.stem, _declaration(config))
    decide_license([ReleaseSource(info, "imported", 0)], config.hub.license)


def _import(run: _Run, config: ReleaseConfig, fmt: str, path: Path) -> tuple[Path, str]:
    out = run.work / "imported"
    stat = path.stat()
    src = config.model_dump(mode="json").get("source")
    fp = fingerprint("import", fmt, str(path.absolute()), stat.st_size, stat.st_mtime_ns, src)
    marker = run.done("import", fp, out)
    if marker is not None:
        run.skip("import", marker)
        return out, fp
    from medsyn_dataset.generation.importers import import_corpus

    started = time.perf_counter()
    # imports are cheap and atomic (the importer swaps its output in): redo rather than resume
    columns: dict[str, Any] = {}
    if config.source is not None:
        src_cfg = config.source
        columns = {
            "text_column": src_cfg.text_column, "code_column": src_cfg.code_column, "id_column": src_cfg.id_column,
            "symptoms_column": src_cfg.symptoms_column, "model": src_cfg.model, "dataset": src_cfg.name,
        }  # fmt: skip
    result = import_corpus(
        fmt, path, out, overwrite=True, source=_declaration(config), **columns  # type: ignore[arg-type]
    )
    detail = f"{result.rows:,} notes over {result.codes} codes from {fmt}:{path}"
    if result.skipped:
        detail += f" ({result.skipped} skipped)"
    run.finish("import", fp, started, detail, result)
    return out, fp


def _validate(run: _Run, config: ReleaseConfig, notes_dir: Path, upstream: str, progress: bool) -> tuple[Path, str]:
    out = run.work / "validated"
    fp = validate_fingerprint(fingerprint(upstream, notes_dir.name, folder_state(notes_dir)), config)
    marker = run.done("validate", fp, out)
    if marker is not None:
        run.skip("validate", marker)
        return out, fp
    if out.exists():  # an unfinished or outdated earlier attempt: derived data, start it over
        shutil.rmtree(out)
    val = config.validation
    started = time.perf_counter()
    report = _validate_notes(
        notes_dir,
        out,
        policy=val.policy,
        # paths, not texts: the validation stage reads them (keeping their ids for its report)
        reference_texts=val.reference_texts,
        eval_texts=val.eval_texts,
        code_set=config.code_list(),
        progress=progress,
    )
    run.finish("validate", fp, started, _validation_detail(out, report), None)
    return out, fp


def _validate_notes(*args: Any, **kwargs: Any) -> Any:
    """The validation stage's entry point (imported here, lazily: it loads Presidio and friends)."""
    from medsyn_dataset.validation.pipeline import validate_notes

    return validate_notes(*args, **kwargs)


def _validation_detail(out: Path, report: Any) -> str:
    path = out / "validation_report.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "validated"
    from medsyn_dataset.dataset_card.stats import validation_facts

    facts = validation_facts(data)
    parts = []
    if facts is not None and facts.decisions:
        parts.append(", ".join(f"{k} {v:,}" for k, v in facts.decisions.items()))
    if facts is not None and facts.gate_passed is not None:
        parts.append("gate " + ("passed" if facts.gate_passed else "FAILED"))
    return "; ".join(parts) or "validated"


def _manifest_sha(out: Path) -> str | None:
    from medsyn_dataset.builder.manifest import MANIFEST_NAME
    from medsyn_dataset.io import sha256_file

    path = out / MANIFEST_NAME
    return sha256_file(path) if path.is_file() else None


def _build(run: _Run, config: ReleaseConfig, validated: Path, out: Path, upstream: str) -> None:
    from medsyn_dataset.builder.manifest import verify_manifest

    fp = build_fingerprint(fingerprint(upstream, folder_state(validated)), config)
    marker = run.done("build", fp, out)
    if marker is not None and marker.get("manifest_sha256") == _manifest_sha(out) and not verify_manifest(out):
        run.skip("build", marker)
        return
    from medsyn_dataset.builder.build import build_release

    started = time.perf_counter()
    result = build_release(validated, out, config)
    rows = result.rows.get("notes", {}) if isinstance(result.rows, dict) else {}
    split_sizes = ", ".join(f"{split} {n:,}" for split, n in rows.items())
    detail = f"{result.notes_released:,} notes released ({split_sizes}); card: {result.card}"
    run.finish("build", fp, started, detail, None, manifest_sha256=_manifest_sha(out))


def _publish(run: _Run, config: ReleaseConfig, out: Path, repo_id: str) -> None:
    from medsyn_dataset.builder.publish import describe, publish_release

    started = time.perf_counter()
    result = publish_release(out, repo_id, private=config.hub.private)
    run.summary.publish = result
    lines = describe(result)
    for line in lines[:-1]:
        run.say(line)
    detail = lines[-1].strip() if lines else result.action
    run.finish("publish", fingerprint("publish", result.manifest_sha256), started, detail, None, commit=result.commit_oid)
