"""`validate_notes`: read note shards, run the configured checks, decide per row, write shards and reports.

Stages (each with its own progress bar and timing): ``read``, then the checks in order (by default
:data:`~medsyn_dataset.validation.checks.DEFAULT_CHECKS`: quality, duplicates, contamination,
memorization, codes, symptoms, label_noise, pii; ``tokens`` before the first check that reads
word tokens), ``decide`` and ``write``. The output folder gets the same shard names as the input
(:mod:`medsyn_dataset.note_folder`), then ``validation_report.json`` (which names its writer: the
folder's marker) and ``validation_report.md``. It is written in a temp folder beside ``out_dir``
and renamed into place when complete: an interrupted or failed run leaves ``out_dir`` as it was.
``out_dir`` must be new, empty, or an earlier validation (:data:`~medsyn_dataset.outputs.VALIDATE`).
Every step is seeded, so the same input and policy give byte-identical shards.

Decision per row: each finding becomes a :class:`~medsyn_dataset.schema.Reason` with the policy's
action for it (``ignore`` adds none); the row is ``drop`` if any reason drops it, else ``redact``
if any redacts, else ``keep`` (flags never change the decision).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset import schema
from medsyn_dataset.note_folder import NoteFolder, shard_index, shard_name
from medsyn_dataset.outputs import VALIDATE
from medsyn_dataset.provenance import carry_sources
from medsyn_dataset.schema import VF, Reason, ValidationRecord
from medsyn_dataset.validation.checks import DEFAULT_CHECKS, TEXT_REDACTED, resolve
from medsyn_dataset.validation.contamination import OutsideText
from medsyn_dataset.validation.context import (
    CheckContext,
    is_text_file,
    load_code_set,
    load_outside,
)
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.policy import Action, Policy, load_policy
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.report_md import render_markdown
from medsyn_dataset.validation.runner import LocalRunner, Outcome
from medsyn_dataset.validation.summary import RecordTally, build_report
from medsyn_dataset.validation_report import REPORT_MD, Inputs, ValidationReport

__all__ = ["UPSTREAM_SCORE_PREFIX", "ValidationReport", "load_code_set", "validate_notes"]

_ACTION_RANK = {"ignore": 0, "flag": 1, "redact": 2, "drop": 3}
_VALIDATION_FIELDS = frozenset(f.value for f in VF)
#: Quality scores whose key starts with this came with the notes (importers write them) and are kept.
UPSTREAM_SCORE_PREFIX = "upstream_"
#: What a repeated id in the input folder usually is, and its cure.
_DUPLICATE_HINT = "; a generate folder merged from several runs is cleaned by `medsyn generate --compact`"


def validate_notes(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    policy: Policy | str | os.PathLike[str] | None = None,
    reference_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    eval_texts: Sequence[str | os.PathLike[str] | OutsideText] = (),
    code_set: str | os.PathLike[str] | Collection[str] | None = None,
    progress: bool = True,
    mkg: Any = None,
    checks: Sequence[str] = DEFAULT_CHECKS,
) -> ValidationReport:
    """Validate the note shards in ``in_dir`` and write the validated shards and reports to ``out_dir``.

    ``policy`` is a :class:`Policy`, a YAML path or None (default policy). ``reference_texts``
    are real notes to check memorisation against, ``eval_texts`` evaluation sets to check
    contamination against: files (JSONL/JSON/Parquet/TXT, as ``Path`` or as a string naming an
    existing file) or the texts themselves (other strings; ids ``reference:<n>`` / ``eval:<n>``). ``code_set`` is the release's code set
    (``"default"``, a file, a collection, or None for no check). ``mkg`` is the knowledge graph
    for sex/age constraints (default: the package's graph). ``checks`` names the registered
    checks to run, in order (:mod:`medsyn_dataset.validation.checks`). Returns the report written.
    """
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    if not in_dir.exists():
        raise FileNotFoundError(f"{in_dir}: no such input folder")
    VALIDATE.check(out_dir, (in_dir,))  # before any work: a refused folder costs nothing and is never touched
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    check_classes = resolve(checks)
    if mkg is None:
        from medsyn_dataset.knowledge.mkg import default_mkg

        mkg = default_mkg()
    ctx = CheckContext(
        pol, load_outside(reference_texts, "reference"), load_outside(eval_texts, "eval"), load_code_set(code_set), mkg,
        default_actions={name: act for cls in check_classes for name, act in cls.default_actions.items()},
    )  # fmt: skip

    # `staging` holds the temp output folder: it becomes out_dir when everything below succeeded
    with contextlib.ExitStack() as staging, StageProgress(enabled=progress) as stages:
        with stages.stage("read", total=1):
            parts = list(NoteFolder(in_dir).tables(hint=_DUPLICATE_HINT))
            table = pa.concat_tables([part for _, part in parts])
        runner = LocalRunner(table, ctx, stages)
        outcome = runner.run([cls(ctx) for cls in check_classes], _upstream_scores(table, runner.ids, in_dir))
        with stages.stage("decide", total=table.num_rows):
            records, tally = _decide_all(runner.ids, runner.column("text"), outcome, ctx.action, pol.policy_hash())
        with stages.stage("write", total=len(parts)) as advance:
            staged = staging.enter_context(VALIDATE.replace(out_dir, (in_dir,)))
            redacted = outcome.values.get(TEXT_REDACTED) or runner.column("text")
            _write_shards(parts, records, redacted, staged, advance)
            # what each row's source.dataset is (licence, citation): read by the build and the card
            carry_sources(in_dir, staged)
        report = build_report(
            tally=tally, sections=outcome.sections, policy=pol, inputs=_inputs(in_dir, parts, table, ctx, reference_texts, eval_texts),
            timings=stages.seconds, pii_scanned=pol.pii.enabled and "pii" in checks,
        )  # fmt: skip
        report.write(staged)
        from medsyn_dataset.io import atomic_write_text

        atomic_write_text(staged / REPORT_MD, render_markdown(report))
    return report


def decide(findings: Sequence[Finding], action: Callable[[str], Action]) -> tuple[list[Reason], schema.Decision]:
    """The reasons (in finding order, each once) and the decision of one row."""
    reasons: list[Reason] = []
    worst: schema.Decision = "keep"
    rank = 0
    for f in findings:
        act = action(f.check)
        if act == "ignore":
            continue
        reason = Reason(act, f.reason_name, f.detail or None)
        if reason not in reasons:
            reasons.append(reason)
        if _ACTION_RANK[act] > rank and act in ("redact", "drop"):
            rank, worst = _ACTION_RANK[act], act
    return reasons, worst


def _decide_all(
    ids: list[str], texts: list[str], outcome: Outcome, action: Callable[[str], Action], policy_hash: str
) -> tuple[list[ValidationRecord], RecordTally]:
    """Every row's :class:`ValidationRecord`, and the tally the report counts from."""
    fields = {name: values for name, values in outcome.values.items() if name in _VALIDATION_FIELDS}
    tally = RecordTally()
    records = []
    for i, note_id in enumerate(ids):
        reasons, decision = decide(outcome.findings[i], action)
        written = {str(name): values[i] for name, values in fields.items()}
        record = ValidationRecord(
            **{**written, VF.PII.value: tuple(written.get(VF.PII.value) or ())},
            decision=decision,
            reasons=tuple(reasons),
            quality_scores=json.dumps(outcome.scores[i], sort_keys=True, ensure_ascii=False),
            policy_hash=policy_hash,
        )
        tally.add(note_id, record, texts[i])
        records.append(record)
    return records, tally


def _write_shards(
    parts: list[tuple[Path, pa.Table]], records: list[ValidationRecord], redacted: list[str], staged: Path, advance: Any
) -> None:
    """The input shards with ``validation`` and ``text_redacted`` filled, under the same names."""
    validation_col = schema.validation_array(records)
    redacted_col = pa.array(redacted, type=pa.string())
    start = 0
    for k, (shard, part) in enumerate(parts):
        stop = start + part.num_rows
        out = part.set_column(
            part.schema.get_field_index(schema.VALIDATION_COLUMN), schema.VALIDATION_COLUMN, validation_col[start:stop]
        ).set_column(part.schema.get_field_index(TEXT_REDACTED), TEXT_REDACTED, redacted_col[start:stop])
        # a single input file (not a folder) becomes part-00000
        schema.write_table(out, staged / (shard.name if shard_index(shard) is not None else shard_name(k)))
        start = stop
        advance(1)


def _inputs(
    in_dir: Path,
    parts: list[tuple[Path, pa.Table]],
    table: pa.Table,
    ctx: CheckContext,
    reference_texts: Sequence[Any],
    eval_texts: Sequence[Any],
) -> Inputs:
    example_ids = table.column("example_id").to_pylist()
    reference_ids = {r.id for r in ctx.references}
    return Inputs(
        in_dir=str(in_dir),
        shards=[shard.name for shard, _ in parts],
        reference_texts=[str(p) for p in reference_texts if is_text_file(p)],
        reference_count=len(ctx.references),
        eval_texts=[str(p) for p in eval_texts if is_text_file(p)],
        eval_count=len(ctx.evals),
        code_set=None if ctx.code_set is None else len(ctx.code_set),
        notes_with_example=sum(1 for e in example_ids if e),
        notes_with_example_in_reference_pool=sum(1 for e in example_ids if e and e in reference_ids),
    )


def _upstream_scores(table: pa.Table, ids: list[str], in_dir: Path) -> list[dict[str, Any]]:
    """Per row, the ``upstream_*`` quality scores an importer put in ``validation.quality_scores``.

    They are the upstream corpus's own measurements (e.g. MedSyn's BERT symptom recall): this run's
    checks add their scores beside them and never drop them. Other keys are this stage's own and
    are computed afresh.
    """
    where = schema.validation_path(VF.QUALITY_SCORES)
    raw = pc.struct_field(table.column(schema.VALIDATION_COLUMN), VF.QUALITY_SCORES.value).to_pylist()
    scores: list[dict[str, Any]] = []
    for note_id, text in zip(ids, raw, strict=True):
        if not text:
            scores.append({})
            continue
        try:
            found = json.loads(text)
        except ValueError:
            raise ValueError(f"{in_dir}: note {note_id!r}: field {where!r}: not valid JSON") from None
        if not isinstance(found, dict):
            raise ValueError(f"{in_dir}: note {note_id!r}: field {where!r}: expected a JSON object")
        scores.append({k: v for k, v in found.items() if k.startswith(UPSTREAM_SCORE_PREFIX)})
    return scores
