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
(:mod:`medsyn_dataset.preflight`), and an API backend gets one probe request. After validation the
gate decides: a failed gate stops the run (:class:`NotReleasableError`) before anything is built.

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
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from medsyn_dataset.builder.fingerprints import (
    build_fingerprint,
    fingerprint,
    folder_state,
    plan_fingerprint,
    plan_identity,
    validate_fingerprint,
)
from medsyn_dataset.builder.release_state import (
    BudgetReachedError,
    GenerationIncompleteError,
    NotReleasableError,
    ReleaseError,
    ReleaseInterruptedError,
    ReleaseRun,
    ReleaseSummary,
    StepReport,
)
from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.io import atomic_write_json, read_json
from medsyn_dataset.outputs import BUILD, RELEASE_WORK, VALIDATE

__all__ = [
    "BudgetReachedError",
    "GenerationIncompleteError",
    "NotReleasableError",
    "ReleaseError",
    "ReleaseInterruptedError",
    "ReleaseSummary",
    "StepReport",
    "default_work_dir",
    "parse_from",
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
    from medsyn_dataset.preflight import check_config_files

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
        _run_steps(run, config, out, imported, repo_id, progress, allow_failures, generation or {})
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
        tasks, upstream = _plan(run, config)
        notes_dir = _generate(run, config, tasks, upstream, progress, allow_failures, generation)
    else:
        notes_dir, upstream = _import(run, config, *imported)
    validated, upstream = _validate(run, config, notes_dir, upstream, progress)
    _check_gate(validated)
    _build(run, config, validated, out, upstream)
    repo_id = repo_id or config.hub.repo_id
    if repo_id:
        _publish(run, config, out, repo_id)


def _console_say() -> Callable[[str], None]:
    from rich.console import Console

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    return lambda msg: console.print(msg)


# ---- steps ---------------------------------------------------------------------------------------


def _plan(run: ReleaseRun, config: ReleaseConfig) -> tuple[Path, str]:
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
    run: ReleaseRun,
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
    previous = read_json(inputs) if inputs.is_file() else {}
    previous = previous if isinstance(previous, dict) else {}
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
    # one request to each endpoint before any task: a dead server or a refused key fails in seconds
    settings = settings.replace(probe=True)
    started = time.perf_counter()
    try:
        result = generate_notes(tasks, out, config.generation.backend, settings, progress=progress)
    except TasksMismatchError:
        raise ReleaseError(_ANOTHER_PLAN.format(out=out)) from None
    if result.interrupted:
        raise ReleaseInterruptedError(f"generation was interrupted; finished notes are kept in {out}")
    if result.budget_exhausted:
        raise BudgetReachedError(
            f"generation stopped at the budget (${result.spent_usd or 0:.4f} spent on {out}); "
            f"{result.skipped:,} task(s) left: rerun with a higher --budget to continue"
        )
    if result.failures_pending and not allow_failures:
        raise GenerationIncompleteError(
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


def _import(run: ReleaseRun, config: ReleaseConfig, fmt: str, path: Path) -> tuple[Path, str]:
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
        fmt, path, out, source=_declaration(config), **columns  # type: ignore[arg-type]
    )
    detail = f"{result.rows:,} notes over {result.codes} codes from {fmt}:{path}"
    if result.skipped:
        detail += f" ({result.skipped} skipped)"
    run.finish("import", fp, started, detail, result)
    return out, fp


def _validate(run: ReleaseRun, config: ReleaseConfig, notes_dir: Path, upstream: str, progress: bool) -> tuple[Path, str]:
    out = run.work / "validated"
    fp = validate_fingerprint(fingerprint(upstream, notes_dir.name, folder_state(notes_dir)), config)
    marker = run.done("validate", fp, out)
    if marker is not None:
        run.skip("validate", marker)
        return out, fp
    if out.exists() and not VALIDATE.owns(out):  # left by an older version: the release's own derived data
        shutil.rmtree(out)
    val = config.validation
    started = time.perf_counter()
    report = _validate_notes(
        notes_dir,
        out,
        policy=release_policy(config),
        # paths, not texts: the validation stage reads them (keeping their ids for its report)
        reference_texts=val.reference_texts,
        eval_texts=val.eval_texts,
        code_set=config.code_list(),
        progress=progress,
    )
    run.finish("validate", fp, started, _validation_detail(out, report), None)
    return out, fp


def release_policy(config: ReleaseConfig) -> Any:
    """The validation policy of a release: the policy file (or the default) with the config's overrides.

    ``validation.near_dup_threshold`` replaces the policy's near-duplicate threshold; a policy file
    that sets another value explicitly is a conflict, reported rather than silently resolved.
    """
    from medsyn_dataset.config import ConfigError
    from medsyn_dataset.validation.policy import load_policy

    val = config.validation
    policy = load_policy(val.policy)
    threshold = val.near_dup_threshold
    if threshold is None or threshold == policy.near_duplicates.threshold:
        return policy
    if "threshold" in policy.near_duplicates.model_fields_set:
        raise ConfigError(
            f"{config.source}: validation.near_dup_threshold is {threshold} but the policy file {val.policy} sets "
            f"near_duplicates.threshold {policy.near_duplicates.threshold}; set it in one place"
        )
    near = policy.near_duplicates.model_copy(update={"threshold": threshold})
    return policy.model_copy(update={"near_duplicates": near})


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


def _check_gate(validated: Path) -> None:
    """Stop before the build when the validation gate failed: a failed gate is not a release."""
    from medsyn_dataset.validation.report import REPORT_JSON, REPORT_MD, failed_conditions

    gate = (read_json(validated / REPORT_JSON).get("gate") or {})
    if not gate.get("passed"):
        raise NotReleasableError(failed_conditions(gate) or ["the report has no passed gate"], validated / REPORT_MD)


def _manifest_sha(out: Path) -> str | None:
    from medsyn_dataset.builder.manifest import MANIFEST_NAME
    from medsyn_dataset.io import sha256_file

    path = out / MANIFEST_NAME
    return sha256_file(path) if path.is_file() else None


def _build(run: ReleaseRun, config: ReleaseConfig, validated: Path, out: Path, upstream: str) -> None:
    from medsyn_dataset.builder.manifest import verify_manifest

    fp = build_fingerprint(fingerprint(upstream, folder_state(validated)), config)
    marker = run.done("build", fp, out)
    if marker is not None and marker.get("manifest_sha256") == _manifest_sha(out) and not verify_manifest(out):
        run.skip("build", marker)
        return
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.splits import split_warnings

    started = time.perf_counter()
    result = build_release(validated, out, config)
    for warning in split_warnings(result.split_report):
        run.say(f"[yellow]warning:[/] {warning}")
    rows = result.rows.get("notes", {}) if isinstance(result.rows, dict) else {}
    split_sizes = ", ".join(f"{split} {n:,}" for split, n in rows.items())
    detail = f"{result.notes_released:,} notes released ({split_sizes}); card: {result.card}"
    run.finish("build", fp, started, detail, None, manifest_sha256=_manifest_sha(out))


def _publish(run: ReleaseRun, config: ReleaseConfig, out: Path, repo_id: str) -> None:
    from medsyn_dataset.builder.publish import describe, publish_release

    started = time.perf_counter()
    try:
        result = publish_release(out, repo_id, private=config.hub.private)
    except ValueError:
        raise
    except Exception as exc:  # Hub/HTTP errors: one line (their text carries no token); the build stays
        raise ReleaseError(f"publishing {out} to {repo_id} failed: {type(exc).__name__}: {exc}") from None
    run.summary.publish = result
    lines = describe(result)
    for line in lines[:-1]:
        run.say(line)
    detail = lines[-1].strip() if lines else result.action
    run.finish("publish", fingerprint("publish", result.manifest_sha256), started, detail, None, commit=result.commit_oid)
