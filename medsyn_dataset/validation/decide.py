"""Pass 2 of a validation run: decide every row and write the output shards, one shard at a time.

Decision per row: each finding becomes a :class:`~medsyn_dataset.schema.Reason` with the policy's
action for it (``ignore`` adds none); the row is ``drop`` if any reason drops it, else ``redact``
if any redacts, else ``keep`` (flags never change the decision).

Each input shard is read whole (with its checked schema), its batches' findings merged from the
spill and the corpus-wide checks (:meth:`~.runner.Runner.merge`), decided, counted for the report
(:class:`~.summary.RecordTally`, which keeps counts, not rows) and written under the shard's own
name (a single input file becomes ``part-00000``) as soon as its last batch is decided.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pyarrow as pa

from medsyn_dataset import schema
from medsyn_dataset.note_folder import shard_index, shard_name
from medsyn_dataset.schema import VF, Reason, ValidationRecord
from medsyn_dataset.validation.batches import BatchJob
from medsyn_dataset.validation.checks.base import TEXT_REDACTED
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.policy import Action
from medsyn_dataset.validation.progress import StageProgress
from medsyn_dataset.validation.runner import Outcome, Runner, redacted_texts
from medsyn_dataset.validation.summary import RecordTally

_ACTION_RANK = {"ignore": 0, "flag": 1, "redact": 2, "drop": 3}
_VALIDATION_FIELDS = frozenset(f.value for f in VF)


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


def decide_rows(
    ids: list[str], texts: list[str], outcome: Outcome, action: Callable[[str], Action], policy_hash: str,
    tally: RecordTally,
) -> list[ValidationRecord]:  # fmt: skip
    """Every row's :class:`ValidationRecord` (each counted in ``tally``)."""
    fields = {name: values for name, values in outcome.values.items() if name in _VALIDATION_FIELDS}
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
    return records


def write_pass(
    runner: Runner, shards: Sequence[tuple[Path, int]], jobs: Sequence[BatchJob], staged: Path, policy_hash: str,
    stages: StageProgress,
) -> RecordTally:  # fmt: skip
    """Pass 2 (see the module docstring); returns the tally the report counts from."""
    tally = RecordTally()
    action = runner.ctx.action
    by_shard = {shard: list(group) for shard, group in itertools.groupby(jobs, key=lambda job: job.shard)}
    with stages.bar("decide, write", sum(n for _, n in shards)) as advance:
        for k, (shard, _) in enumerate(shards):
            shard_jobs = by_shard.get(shard, [])
            with stages.timed("read"):
                table = schema.read_table(shard, "note")
            validation: list[pa.Array] = []
            redacted: list[pa.Array] = []
            for job in shard_jobs:
                with stages.timed("decide"):
                    rows = table.slice(job.offset, job.rows)
                    ids, texts = rows.column("id").to_pylist(), rows.column("text").to_pylist()
                    outcome = runner.merge(job)
                    records = decide_rows(ids, texts, outcome, action, policy_hash, tally)
                    validation.append(schema.validation_array(records))
                    redacted.append(pa.array(redacted_texts(outcome, texts), pa.string()))
                advance(job.rows)
            with stages.timed("write"):
                out = table.set_column(
                    table.schema.get_field_index(schema.VALIDATION_COLUMN), schema.VALIDATION_COLUMN,
                    pa.concat_arrays(validation) if validation else schema.validation_array([]),
                ).set_column(
                    table.schema.get_field_index(TEXT_REDACTED), TEXT_REDACTED,
                    pa.concat_arrays(redacted) if redacted else pa.array([], pa.string()),
                )  # fmt: skip
                schema.write_table(out, staged / (shard.name if shard_index(shard) is not None else shard_name(k)))
    return tally
