"""Facts for the dataset card, read from a built release folder.

Strict about the Parquet files (they are the release); the reports (``validation_report.json``,
``split_report.json``) are optional: a missing report becomes ``None`` and the card says "not
available". The validation report is read as the validation stage's typed report
(:class:`~medsyn_dataset.validation_report.ValidationReport`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from medsyn_dataset.io import parquet_file
from medsyn_dataset.release_layout import SHARD_RE, SPLIT_ORDER
from medsyn_dataset.schema import VALIDATION_COLUMN, VF
from medsyn_dataset.validation_report import GateCondition, ValidationReport


class ReleaseLayoutError(ValueError):
    """The release folder does not hold a complete, readable set of Parquet shards."""


def _split_key(split: str) -> tuple[int, str]:
    return (SPLIT_ORDER.index(split) if split in SPLIT_ORDER else len(SPLIT_ORDER), split)


def find_data_files(release_dir: Path) -> dict[str, dict[str, list[Path]]]:
    """``{config: {split: [shard, ...]}}`` for every ``<config>/<split>-NNNNN-of-NNNNN.parquet``.

    Raises :class:`ReleaseLayoutError` when a split's shards are incomplete (``-of-`` counts that
    disagree, or a missing index), so a card is never written over a half-built release.
    """
    release_dir = Path(release_dir)
    found: dict[str, dict[str, list[Path]]] = {}
    for path in sorted(release_dir.glob("*/*.parquet")):
        match = SHARD_RE.match(path.name)
        if not match:
            raise ReleaseLayoutError(f"{path}: not a <split>-NNNNN-of-NNNNN.parquet shard name")
        found.setdefault(path.parent.name, {}).setdefault(match["split"], []).append(path)
    if not found:
        raise ReleaseLayoutError(f"{release_dir}: no <config>/<split>-NNNNN-of-NNNNN.parquet files")
    for config, splits in found.items():
        for split, shards in splits.items():
            counts = {int(SHARD_RE.match(p.name)["count"]) for p in shards}  # type: ignore[index]
            indexes = sorted(int(SHARD_RE.match(p.name)["index"]) for p in shards)  # type: ignore[index]
            if len(counts) != 1 or indexes != list(range(next(iter(counts)))):
                raise ReleaseLayoutError(
                    f"{release_dir / config}: shards of split {split!r} are incomplete "
                    f"(found indexes {indexes} of {sorted(counts)})"
                )
    return {
        config: {split: splits[split] for split in sorted(splits, key=_split_key)}
        for config, splits in sorted(found.items(), key=lambda kv: (kv[0] != "notes", kv[0]))
    }


def parquet_num_rows(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += pq.ParquetFile(path).metadata.num_rows
        except (OSError, pa.ArrowInvalid) as exc:
            raise ReleaseLayoutError(f"{path}: not a readable Parquet file ({exc})") from exc
    return total


def fields_with_values(splits: Mapping[str, list[Path]], struct: str, names: Iterable[str]) -> list[str]:
    """The ``names`` of ``struct``'s fields that hold a value in at least one row, from the Parquet
    footers' null counts (no data read). A column without statistics counts as holding values."""
    wanted = list(names)
    rows: Counter[str] = Counter()
    nulls: Counter[str] = Counter()
    for path in (p for paths in splits.values() for p in paths):
        meta = parquet_file(path).metadata  # (a damaged shard: one line naming the file)
        for g in range(meta.num_row_groups):
            group = meta.row_group(g)
            for c in range(group.num_columns):
                column = group.column(c)
                name = column.path_in_schema.removeprefix(f"{struct}.")
                if column.path_in_schema == f"{struct}.{name}" and name in wanted:
                    stats = column.statistics
                    rows[name] += group.num_rows
                    nulls[name] += stats.null_count if stats is not None and stats.has_null_count else 0
    return [name for name in wanted if rows[name] > nulls[name]]


def features_of(path: Path) -> Any:
    """``datasets.Features`` of a shard (from the ``huggingface`` schema metadata when present)."""
    return _features(pq.read_schema(path))


def _features(schema: pa.Schema) -> Any:
    import datasets

    return datasets.Features.from_arrow_schema(schema)


def read_json_report(path: Path) -> dict[str, Any] | None:
    """A JSON report, or ``None`` when it is absent or unreadable (the card then says so)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


# --------------------------------------------------------------------------------------------------
# Notes statistics


@dataclass
class GenerationFacts:
    """How the notes were made, from the notes' ``generation`` / ``prompt_template`` / ``source`` columns."""

    backends: Counter[str] = field(default_factory=Counter)
    models: Counter[str] = field(default_factory=Counter)
    templates: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    params: Counter[str] = field(default_factory=Counter)  # canonical params JSON -> notes
    seed_min: int | None = None
    seed_max: int | None = None
    with_example: int = 0
    seeded: int = 0  # notes with a per-note seed
    rows: int = 0
    flags: Counter[str] = field(default_factory=Counter)  # source.flags -> notes
    created_max: str | None = None  # latest generation.created_at (ISO 8601)


@dataclass
class NotesStats:
    rows_per_split: dict[str, int]
    code_counts: dict[str, dict[str, int]]  # code -> split -> notes
    #: split -> character length of every note, in file order (int32: 4 bytes a note, never the texts).
    #: The order is kept because the length plot's bar heights are sums of floats in that order.
    text_lengths: dict[str, np.ndarray]
    generation: GenerationFacts
    decisions: Counter[str]  # validation.decision over the released notes
    #: the same facts per ``(source.kind, source.dataset)``: how each source's notes were made
    by_source: dict[tuple[str | None, str | None], GenerationFacts] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows_per_split.values())

    def length_summary(self) -> dict[str, dict[str, float]]:
        summary = {}
        for split, lengths in self.text_lengths.items():
            if len(lengths):
                arr = np.asarray(lengths, dtype=np.int64)
                summary[split] = {
                    "min": int(arr.min()),
                    "median": float(np.median(arr)),
                    "mean": float(arr.mean()),
                    "p95": float(np.percentile(arr, 95)),
                    "max": int(arr.max()),
                }
        return summary


_NOTES_COLUMNS = ("icd10_code", "text", "prompt_template", "example_id", "generation", "source", VALIDATION_COLUMN)


def _source_groups(table: pa.Table) -> list[tuple[tuple[str | None, str | None], pa.Table]]:
    """The table cut by ``(source.kind, source.dataset)``."""
    if "source" not in table.column_names:
        return [((None, None), table)]
    kinds = pc.struct_field(table.column("source"), "kind")
    datasets_ = pc.struct_field(table.column("source"), "dataset")
    keys = list(zip(kinds.to_pylist(), datasets_.to_pylist(), strict=True))
    groups = []
    for key in dict.fromkeys(keys):
        mask = pa.array([k == key for k in keys])
        groups.append((key, table.filter(mask)))
    return groups


def _code_names_from_features(features: Any) -> list[str] | None:
    import datasets

    feature = features.get("icd10_code") if features is not None else None
    return list(feature.names) if isinstance(feature, datasets.ClassLabel) else None


def _decode_codes(column: pa.ChunkedArray, names: list[str] | None, path: Path) -> list[str]:
    values = column.to_pylist()
    if pa.types.is_integer(column.type):
        if names is None:
            raise ReleaseLayoutError(f"{path}: column 'icd10_code' is an integer without ClassLabel names")
        return [names[v] for v in values]
    return [str(v) for v in values]


#: Rows per batch when the card reads the ``notes`` shards (bounded memory, whatever the shard size).
STATS_BATCH_ROWS = 5000


def _shard_batches(path: Path) -> Iterator[tuple[pa.Table, list[str] | None]]:
    """The card's columns of one ``notes`` shard in batches, with the shard's ClassLabel names."""
    file = pq.ParquetFile(path)
    schema = file.schema_arrow
    names = _code_names_from_features(_features(schema))
    columns = [c for c in _NOTES_COLUMNS if c in schema.names]
    for required in ("icd10_code", "text"):
        if required not in columns:
            raise ReleaseLayoutError(f"{path}: column {required!r} is missing")
    for batch in file.iter_batches(batch_size=STATS_BATCH_ROWS, columns=columns):
        yield pa.Table.from_batches([batch]), names


def notes_stats(shards_by_split: Mapping[str, list[Path]]) -> NotesStats:
    """Per-split counts, per-code counts, text lengths and generation facts of the ``notes`` config.

    Read in batches and kept as counts (and one int32 length per note): memory does not grow with the texts.
    """
    rows: dict[str, int] = {}
    code_counts: dict[str, dict[str, int]] = {}
    lengths: dict[str, np.ndarray] = {}
    gen = GenerationFacts()
    by_source: dict[tuple[str | None, str | None], GenerationFacts] = {}
    decisions: Counter[str] = Counter()
    for split, shards in shards_by_split.items():
        rows[split] = 0
        split_lengths: list[np.ndarray] = []
        for path in shards:
            for table, names in _shard_batches(path):
                rows[split] += table.num_rows
                for code, n in Counter(_decode_codes(table.column("icd10_code"), names, path)).items():
                    code_counts.setdefault(code, {}).setdefault(split, 0)
                    code_counts[code][split] += n
                text_lengths = pc.utf8_length(table.column("text")).to_numpy(zero_copy_only=False)
                split_lengths.append(text_lengths.astype(np.int32))
                _add_generation_facts(gen, table)
                for key, part in _source_groups(table):
                    _add_generation_facts(by_source.setdefault(key, GenerationFacts()), part)
                if VALIDATION_COLUMN in table.column_names:
                    decision = pc.struct_field(table.column(VALIDATION_COLUMN), VF.DECISION.value)
                    decisions.update(v for v in decision.to_pylist() if v is not None)
        lengths[split] = np.concatenate(split_lengths) if split_lengths else np.zeros(0, np.int32)
    return NotesStats(rows, dict(sorted(code_counts.items())), lengths, gen, decisions, by_source)


def _count_field(counter: Counter[str], column: pa.ChunkedArray, name: str) -> pa.ChunkedArray:
    values = pc.struct_field(column, name)
    counter.update(v for v in values.to_pylist() if v is not None)
    return values


def _add_generation_facts(gen: GenerationFacts, table: pa.Table) -> None:
    gen.rows += table.num_rows
    if "prompt_template" in table.column_names:
        gen.templates.update(v for v in table.column("prompt_template").to_pylist() if v)
    if "example_id" in table.column_names:
        gen.with_example += table.num_rows - table.column("example_id").null_count
    if "generation" in table.column_names:
        generation = table.column("generation")
        _count_field(gen.backends, generation, "backend")
        _count_field(gen.models, generation, "model")
        _count_field(gen.params, generation, "params")
        seeds = pc.struct_field(generation, "seed")
        gen.seeded += len(seeds) - seeds.null_count
        if seeds.null_count < len(seeds):
            lo, hi = pc.min_max(seeds).values()
            lo, hi = lo.as_py(), hi.as_py()
            gen.seed_min = lo if gen.seed_min is None else min(gen.seed_min, lo)
            gen.seed_max = hi if gen.seed_max is None else max(gen.seed_max, hi)
        created = pc.struct_field(generation, "created_at")
        if created.null_count < len(created):
            latest = pc.max(created).as_py()
            gen.created_max = latest if gen.created_max is None else max(gen.created_max, latest)
    if "source" in table.column_names:
        _count_field(gen.sources, table.column("source"), "kind")
        flags = pc.struct_field(table.column("source"), "flags")
        gen.flags.update(f for row in flags.to_pylist() for f in row or [])


# --------------------------------------------------------------------------------------------------
# Validation report (written by the validation stage, typed by medsyn_dataset.validation_report)


def read_validation_report(path: Path) -> ValidationReport | None:
    """The release's validation report, or ``None`` when it is absent (the card then says so).

    A report that is there but not in the validation stage's format is an error naming the file and the key.
    """
    return ValidationReport.read(path) if Path(path).exists() else None


@dataclass
class ValidationFacts:
    """What validation found and did, for the card."""

    total_in: int | None = None
    decisions: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)
    pii_found: dict[str, int] = field(default_factory=dict)
    pii_redacted: dict[str, int] | None = None  # None: the report does not say
    duplicates: dict[str, Any] = field(default_factory=dict)
    gate_passed: bool | None = None
    gate_checks: list[tuple[str, str]] = field(default_factory=list)  # (check, outcome)
    gate_raw: dict[str, GateCondition] = field(default_factory=dict)  # check -> its record in the report
    policy: str | None = None
    label_quality: list[tuple[str, Any]] = field(default_factory=list)  # contamination, memorisation, coverage...

    def funnel(self, released: int) -> list[tuple[str, int]]:
        """(stage, notes) pairs: input -> after dropping -> released."""
        steps: list[tuple[str, int]] = []
        if self.total_in is not None:
            steps.append(("validated", self.total_in))
        if self.decisions:
            kept = sum(n for d, n in self.decisions.items() if d != "drop")
            steps.append(("kept or redacted", kept))
            if self.decisions.get("redact"):
                steps.append(("of which redacted", self.decisions["redact"]))
        steps.append(("released", released))
        return steps


#: MinHash parameters and pair counts: in the report for the curious, not in the card's sentence
_DEDUP_INTERNALS = frozenset({"num_perm", "bands", "rows_per_band", "candidate_pairs", "verified_pairs"})


def validation_facts(report: ValidationReport | None) -> ValidationFacts | None:
    """The headline numbers of a validation report (the sections it lacks stay empty)."""
    if report is None:
        return None
    facts = ValidationFacts(
        total_in=report.rows,
        decisions=dict(report.decisions or {}),
        reasons=dict(report.reasons or {}),
        policy=report.policy_hash,
        label_quality=_label_quality(report),
    )
    if report.pii is not None:
        facts.pii_found = dict(report.pii.entities_by_type or {})
        # entities at or above the policy's score: redacted, or their note dropped
        strong = report.pii.high_confidence_entities_by_type
        facts.pii_redacted = dict(strong) if strong is not None else None
    if report.duplicates is not None:
        facts.duplicates = {
            k: v for k, v in report.duplicates.to_json().items() if v is not None and k not in _DEDUP_INTERNALS
        }
    if report.gate is not None:
        facts.gate_passed = report.gate.passed
        conditions = report.gate.conditions or {}
        facts.gate_checks = [(name, _outcome(c)) for name, c in conditions.items()]
        facts.gate_raw = dict(conditions)
    return facts


def _label_quality(report: ValidationReport) -> list[tuple[str, Any]]:
    """Findings about PII rows, contamination, memorisation and labels, as (name, value) lines."""
    lines: list[tuple[str, Any]] = []

    def add(name: str, value: Any) -> None:
        if value is not None:
            lines.append((name, value))

    if report.pii is not None:
        add("notes with high-confidence PII", report.pii.rows_with_high_confidence_pii)
    for name, section in (("contamination", report.contamination), ("memorization", report.memorization)):
        if section is not None:
            add(f"{name} rows", section.rows)
    labels = report.labels
    if labels is not None:
        add("labels symptom coverage mean", labels.symptom_coverage_mean)
        add("labels symptom coverage median", labels.symptom_coverage_median)
        add("labels rows with symptoms", labels.rows_with_symptoms)
        noise = labels.label_noise
        if noise is not None:
            add("labels label noise scored rows", noise.scored_rows)
            add("labels label noise top1 accuracy", noise.top1_accuracy)
            if noise.top_k is not None:
                add(f"labels label noise top{noise.top_k} accuracy", noise.top_k_accuracy)
    add("rows flagged", report.rows_flagged)
    return lines


def _outcome(condition: GateCondition) -> str:
    """``passed, value=0`` / ``FAILED, value=0.31, max=0.25``."""
    parts = [] if condition.ok is None else ["passed" if condition.ok else "FAILED"]
    parts += [f"{key}={getattr(condition, key)}" for key in ("value", "min", "max") if condition.has(key)]
    return ", ".join(parts)
