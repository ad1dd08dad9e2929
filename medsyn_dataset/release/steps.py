"""The steps of `medsyn release`, each skipped while its completion marker says its inputs are unchanged.

Each step takes the run (:class:`~medsyn_dataset.release.state.ReleaseRun`: markers, timing, the
report) and the config, reuses its output when :meth:`ReleaseRun.done` finds a marker with the same
fingerprint (:mod:`.fingerprints`), and otherwise calls its stage and writes the marker. The order
of the steps and the checks before them are :mod:`.run`.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medsyn_dataset.config import ReleaseConfig
from medsyn_dataset.io import atomic_write_json, read_json
from medsyn_dataset.outputs import VALIDATE
from medsyn_dataset.release import state
from medsyn_dataset.release.fingerprints import (
    build_fingerprint,
    fingerprint,
    folder_state,
    plan_fingerprint,
    plan_identity,
    validate_fingerprint,
)
from medsyn_dataset.release.state import ReleaseRun

if TYPE_CHECKING:
    from medsyn_dataset.validation_report import ValidationReport


def plan(run: ReleaseRun, config: ReleaseConfig) -> tuple[Path, str]:
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


def generate(
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
        raise state.ReleaseError(_ANOTHER_PLAN.format(out=out))
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
        raise state.ReleaseError(_ANOTHER_PLAN.format(out=out)) from None
    if result.interrupted:
        raise state.ReleaseInterruptedError(f"generation was interrupted; finished notes are kept in {out}")
    if result.budget_exhausted:
        raise state.BudgetReachedError(
            f"generation stopped at the budget (${result.spent_usd or 0:.4f} spent on {out}); "
            f"{result.skipped:,} task(s) left: rerun with a higher --budget to continue"
        )
    if result.failures_pending and not allow_failures:
        raise state.GenerationIncompleteError(
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


def source_declaration(config: ReleaseConfig) -> Any:
    from medsyn_dataset.provenance import SourceDeclaration

    src = config.source
    if src is None:
        return None
    return SourceDeclaration(src.name, src.license, src.citation, src.url, src.description, src.synthetic)


def import_notes(run: ReleaseRun, config: ReleaseConfig, fmt: str, path: Path) -> tuple[Path, str]:
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
        fmt, path, out, source=source_declaration(config), **columns  # type: ignore[arg-type]
    )
    detail = f"{result.rows:,} notes over {result.codes} codes from {fmt}:{path}"
    if result.skipped:
        detail += f" ({result.skipped} skipped)"
    run.finish("import", fp, started, detail, result)
    return out, fp


def validate(
    run: ReleaseRun, config: ReleaseConfig, notes_dir: Path, upstream: str, progress: bool
) -> tuple[Path, str, ValidationReport]:
    """The validated folder, its fingerprint and its report (the object written, or the file of an earlier run)."""
    out = run.work / "validated"
    fp = validate_fingerprint(fingerprint(upstream, notes_dir.name, folder_state(notes_dir)), config)
    marker = run.done("validate", fp, out)
    if marker is not None:
        run.skip("validate", marker)
        return out, fp, _read_report(out)
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
    run.finish("validate", fp, started, _validation_detail(report), None)
    return out, fp, report


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


def _validation_detail(report: ValidationReport) -> str:
    """``keep 9, redact 1, drop 2; gate passed`` for the step's line."""
    parts = []
    if report.decisions:
        parts.append(", ".join(f"{k} {v:,}" for k, v in report.decisions.items()))
    if report.gate is not None and report.gate.passed is not None:
        parts.append("gate " + ("passed" if report.gate.passed else "FAILED"))
    return "; ".join(parts) or "validated"


def _read_report(validated: Path) -> ValidationReport:
    from medsyn_dataset.validation_report import ValidationReport

    return ValidationReport.read(validated)


def check_gate(validated: Path, report: ValidationReport) -> None:
    """Stop before the build when the validation gate failed: a failed gate is not a release."""
    from medsyn_dataset.validation_report import REPORT_MD, failed_conditions

    if not report.gate_passed:
        raise state.NotReleasableError(failed_conditions(report.gate) or ["the report has no passed gate"], validated / REPORT_MD)


def _manifest_sha(out: Path) -> str | None:
    from medsyn_dataset.builder.manifest import MANIFEST_NAME
    from medsyn_dataset.io import sha256_file

    path = out / MANIFEST_NAME
    return sha256_file(path) if path.is_file() else None


def build(
    run: ReleaseRun, config: ReleaseConfig, validated: Path, out: Path, upstream: str, report: ValidationReport
) -> None:
    from medsyn_dataset.builder.manifest import verify_manifest

    fp = build_fingerprint(fingerprint(upstream, folder_state(validated)), config)
    marker = run.done("build", fp, out)
    if marker is not None and marker.get("manifest_sha256") == _manifest_sha(out) and not verify_manifest(out):
        run.skip("build", marker)
        return
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.splits import split_warnings

    started = time.perf_counter()
    result = build_release(validated, out, config, validation_report=report)
    for warning in split_warnings(result.split_report):
        run.say(f"[yellow]warning:[/] {warning}")
    rows = result.rows.get("notes", {}) if isinstance(result.rows, dict) else {}
    split_sizes = ", ".join(f"{split} {n:,}" for split, n in rows.items())
    detail = f"{result.notes_released:,} notes released ({split_sizes}); card: {result.card_label()}"
    run.finish("build", fp, started, detail, None, manifest_sha256=_manifest_sha(out))


def publish(run: ReleaseRun, config: ReleaseConfig, out: Path, repo_id: str, *, imported: bool = False) -> None:
    """Upload the built release to ``repo_id``. A repo created for a release holding imported (real)
    notes is private unless the config sets ``hub.private`` explicitly (then a public one is warned about)."""
    from medsyn_dataset.builder.publish import describe, publish_release

    private = config.hub.private
    if imported and "private" not in config.hub.model_fields_set:
        private = True
        run.say("publish: the release holds imported (non-synthetic) notes; if the repo is created now it is private "
                "(set hub.private: false in the config to make it public)")
    elif imported and not private:
        run.say("[yellow]warning:[/] publishing imported (non-synthetic) notes to a public repo (hub.private: false)")
    started = time.perf_counter()
    try:
        result = publish_release(out, repo_id, private=private)
    except Exception as exc:  # refusals and Hub/HTTP errors: one line (their text carries no token); the build stays
        raise state.PublishFailedError(
            f"the release was built in {out}, but publishing it to {repo_id} failed: {type(exc).__name__}: {exc}. "
            f"Publish it later with `medsyn publish --release {out} --repo-id {repo_id}`"
        ) from None
    run.summary.publish = result
    lines = describe(result)
    for line in lines[:-1]:
        run.say(line)
    detail = lines[-1].strip() if lines else result.action
    run.finish("publish", fingerprint("publish", result.manifest_sha256), started, detail, None, commit=result.commit_oid)
