"""The one declared schema every stage reads and writes.

Stages talk through Parquet files whose Arrow schema is :data:`NOTE_SCHEMA` (one row per note)
or :data:`TASK_SCHEMA` (one row per note to generate). The schema version is stored in the
Parquet metadata under ``medsyn.schema``; reading a file checks it, every column's type, and that
required (non-nullable) columns hold no null; a mismatch is a :class:`SchemaMismatchError` naming
the file, the column and (for a null) the row.

``datasets.Features`` twins (:func:`note_features`, :func:`task_features`) are derived from the
Arrow schemas, never written by hand, so the two can't drift apart.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa

from medsyn_dataset.io import canonical_json

if TYPE_CHECKING:  # datasets is heavy; import it only when Features are asked for
    import datasets

#: Bump the minor version for added nullable columns, the major version for anything else.
NOTE_SCHEMA_VERSION = "1.0"
TASK_SCHEMA_VERSION = "1.0"
SCHEMA_METADATA_KEY = b"medsyn.schema"
#: Parquet metadata key naming the command that wrote a file (see :mod:`medsyn_dataset.outputs`).
WRITTEN_BY_METADATA_KEY = b"medsyn.written_by"

Decision = Literal["keep", "redact", "drop"]
DECISIONS: tuple[str, ...] = ("keep", "redact", "drop")
SEXES: tuple[str, ...] = ("male", "female")
MARITAL_STATUSES: tuple[str, ...] = ("single", "married", "divorced", "widowed")

PATIENT_TYPE = pa.struct(
    [
        pa.field("age", pa.int16()),
        pa.field("sex", pa.string()),  # "male" | "female"
        pa.field("marital_status", pa.string()),  # one of MARITAL_STATUSES, or null if unknown
        pa.field("smoking", pa.bool_()),
    ]
)

GENERATION_TYPE = pa.struct(
    [
        pa.field("backend", pa.string()),  # "openai" | "transformers" | "template" | "import"
        pa.field("model", pa.string()),
        pa.field("params", pa.string()),  # JSON object: temperature, max_tokens, ...
        pa.field("seed", pa.int64()),
        pa.field("finish_reason", pa.string()),
        pa.field("prompt_tokens", pa.int32()),
        pa.field("completion_tokens", pa.int32()),
        pa.field("latency_s", pa.float64()),
        pa.field("created_at", pa.string()),  # ISO 8601, UTC
    ]
)

SOURCE_TYPE = pa.struct(
    [
        pa.field("kind", pa.string()),  # "generated" | "imported"
        pa.field("dataset", pa.string()),  # e.g. "medsyn-raw", "medsyn-hub", "rumedtop3", or the run name
        pa.field("record_id", pa.string()),  # id in the upstream data, if any
        pa.field("original_code", pa.string()),  # the code as the upstream wrote it, if it differed
        pa.field("flags", pa.list_(pa.string())),  # e.g. "icd10_code_mapped_to_category"
    ]
)

PII_ENTITY_TYPE = pa.struct(
    [
        pa.field("type", pa.string()),
        pa.field("start", pa.int32()),  # character offsets into the original `text`
        pa.field("end", pa.int32()),
        pa.field("score", pa.float32()),
        pa.field("recognizer", pa.string()),
    ]
)

class ValidationField(StrEnum):
    """The fields of the ``validation`` struct: their one spelling (see :class:`ValidationRecord`)."""

    DECISION = "decision"  # one of DECISIONS; null until validated
    REASONS = "reasons"  # Reason strings, e.g. "redact:pii:PHONE_NUMBER"
    PII = "pii"  # PiiSpan per entity found
    NEAR_DUP_CLUSTER = "near_dup_cluster"  # null for singletons
    IS_CLUSTER_REPRESENTATIVE = "is_cluster_representative"
    SYMPTOM_COVERAGE = "symptom_coverage"
    LABEL_PREDICTIONS = "label_predictions"  # top-k codes of the label-noise model
    MEMORIZED_SOURCE_ID = "memorized_source_id"  # real note this one copies, if any
    CONTAMINATED_WITH = "contaminated_with"  # evaluation text id this one duplicates, if any
    QUALITY_SCORES = "quality_scores"  # JSON object of per-check numbers
    POLICY_HASH = "policy_hash"


VF = ValidationField
#: The note column holding the validation struct.
VALIDATION_COLUMN = "validation"

VALIDATION_TYPE = pa.struct(
    [
        pa.field(VF.DECISION.value, pa.string()),
        pa.field(VF.REASONS.value, pa.list_(pa.string())),
        pa.field(VF.PII.value, pa.list_(PII_ENTITY_TYPE)),
        pa.field(VF.NEAR_DUP_CLUSTER.value, pa.int64()),
        pa.field(VF.IS_CLUSTER_REPRESENTATIVE.value, pa.bool_()),
        pa.field(VF.SYMPTOM_COVERAGE.value, pa.float32()),
        pa.field(VF.LABEL_PREDICTIONS.value, pa.list_(pa.string())),
        pa.field(VF.MEMORIZED_SOURCE_ID.value, pa.string()),
        pa.field(VF.CONTAMINATED_WITH.value, pa.string()),
        pa.field(VF.QUALITY_SCORES.value, pa.string()),
        pa.field(VF.POLICY_HASH.value, pa.string()),
    ]
)


def validation_path(field: ValidationField) -> str:
    """The dotted column path of a validation field, for nested column selection: ``validation.decision``."""
    return f"{VALIDATION_COLUMN}.{field.value}"


#: The columns a note carries over from its task, typed once (the two schemas below name them).
TASK_NOTE_FIELDS: dict[str, pa.Field] = {
    f.name: f
    for f in [
        pa.field("icd10_code", pa.string(), nullable=False),
        pa.field("icd10_subcode", pa.string()),
        pa.field("icd10_name_ru", pa.string()),
        pa.field("symptoms", pa.list_(pa.string())),
        pa.field("patient", PATIENT_TYPE),
        pa.field("example_id", pa.string()),
        pa.field("example_source", pa.string()),
        pa.field("prompt_template", pa.string()),
        pa.field("prompt_template_hash", pa.string()),
        pa.field("prompt", pa.string()),
    ]
}


def _schema(kind: str, version: str, columns: Sequence[pa.Field | str]) -> pa.Schema:
    """A versioned schema of ``columns``; a name stands for that column of :data:`TASK_NOTE_FIELDS`."""
    fields = [TASK_NOTE_FIELDS[c] if isinstance(c, str) else c for c in columns]
    return pa.schema(fields, metadata={SCHEMA_METADATA_KEY: f"{kind}/{version}".encode()})


NOTE_SCHEMA = _schema(
    "note",
    NOTE_SCHEMA_VERSION,
    [
        pa.field("id", pa.string(), nullable=False),
        "icd10_code", "icd10_subcode", "icd10_name_ru",
        pa.field("text", pa.string(), nullable=False),
        pa.field("text_redacted", pa.string()),
        "symptoms", "patient", "example_id", "example_source", "prompt_template", "prompt_template_hash", "prompt",
        pa.field("generation", GENERATION_TYPE),
        pa.field("source", SOURCE_TYPE),
        pa.field("validation", VALIDATION_TYPE),
    ],
)  # fmt: skip

TASK_SCHEMA = _schema(
    "task",
    TASK_SCHEMA_VERSION,
    [
        pa.field("task_id", pa.string(), nullable=False),
        pa.field("seed", pa.int64(), nullable=False),
        "icd10_code", "icd10_subcode", "icd10_name_ru", "symptoms", "patient", "prompt_template", "prompt_template_hash",
        pa.field("system_prompt", pa.string()),
        "prompt", "example_id", "example_source",
        pa.field("example_text", pa.string()),
        pa.field("params", pa.string()),  # JSON object of generation parameters for this task
    ],
)  # fmt: skip

# --------------------------------------------------------------------------------------------------
# The validation contract as Python objects: a row's ``validation`` struct and its reasons

ReasonAction = Literal["flag", "redact", "drop"]
REASON_ACTIONS: tuple[str, ...] = ("flag", "redact", "drop")
#: Reasons whose detail is a category (the PII entity type), kept in the report's tally key; other
#: details point at one row, text or code (``near_duplicate_of:<id>``) and are left out of it.
CATEGORY_DETAIL_CHECKS: frozenset[str] = frozenset({"pii"})


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason of ``validation.reasons``: ``<action>:<check>[:<detail>]``.

    ``action`` is the policy's action (``flag``, ``redact`` or ``drop``), ``check`` the reason's
    name (``refusal``, ``near_duplicate_of``, ``pii``...) and ``detail`` what it is about, if
    anything: an id (which may itself hold ``:``), a code or an entity type.
    ``str(Reason.parse(text)) == text`` for every reason the validation stage writes.
    """

    action: ReasonAction
    check: str
    detail: str | None = None

    def __str__(self) -> str:
        return f"{self.action}:{self.check}" + (f":{self.detail}" if self.detail is not None else "")

    @classmethod
    def parse(cls, text: str) -> Reason:
        """``"flag:near_duplicate_of:eval:1"`` -> ``Reason("flag", "near_duplicate_of", "eval:1")``."""
        action, _, rest = text.partition(":")
        check, has_detail, detail = rest.partition(":")
        if action not in REASON_ACTIONS or not check:
            raise ValueError(f"{text!r} is not a reason (expected <flag|redact|drop>:<check>[:<detail>])")
        return cls(action, check, detail if has_detail else None)  # type: ignore[arg-type]

    @property
    def key(self) -> str:
        """What the validation report counts by: ``flag:near_duplicate_of``, ``redact:pii:PERSON``."""
        if self.check in CATEGORY_DETAIL_CHECKS and self.detail is not None:
            return str(self)
        return f"{self.action}:{self.check}"


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One element of ``validation.pii``: an entity found, with offsets into the original ``text``."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str

    def to_arrow(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "score": self.score,
                "recognizer": self.recognizer}  # fmt: skip


@dataclass(frozen=True)
class ValidationRecord:
    """A row's ``validation`` struct (:data:`VALIDATION_TYPE`) as an object; one attribute per
    :class:`ValidationField`, in the same order."""

    decision: Decision | None = None
    reasons: tuple[Reason, ...] = ()
    pii: tuple[PiiSpan, ...] = ()
    near_dup_cluster: int | None = None
    is_cluster_representative: bool | None = None
    symptom_coverage: float | None = None
    label_predictions: tuple[str, ...] | None = None
    memorized_source_id: str | None = None
    contaminated_with: str | None = None
    quality_scores: str | None = None  # a JSON object, as stored
    policy_hash: str | None = None

    def to_arrow(self) -> dict[str, Any]:
        """The struct value for ``pa.array(..., type=VALIDATION_TYPE)``."""
        return {
            VF.DECISION: self.decision,
            VF.REASONS: [str(r) for r in self.reasons],
            VF.PII: [p.to_arrow() for p in self.pii],
            VF.NEAR_DUP_CLUSTER: self.near_dup_cluster,
            VF.IS_CLUSTER_REPRESENTATIVE: self.is_cluster_representative,
            VF.SYMPTOM_COVERAGE: self.symptom_coverage,
            VF.LABEL_PREDICTIONS: None if self.label_predictions is None else list(self.label_predictions),
            VF.MEMORIZED_SOURCE_ID: self.memorized_source_id,
            VF.CONTAMINATED_WITH: self.contaminated_with,
            VF.QUALITY_SCORES: self.quality_scores,
            VF.POLICY_HASH: self.policy_hash,
        }

    @classmethod
    def from_arrow(cls, value: Mapping[str, Any] | None) -> ValidationRecord:
        """A struct value as read (``to_pylist()``); null (a note not yet validated) is the empty record."""
        if value is None:
            return cls()
        predictions = value.get(VF.LABEL_PREDICTIONS)
        return cls(
            decision=value.get(VF.DECISION),
            reasons=tuple(Reason.parse(r) for r in value.get(VF.REASONS) or ()),
            pii=tuple(PiiSpan(**p) for p in value.get(VF.PII) or ()),
            near_dup_cluster=value.get(VF.NEAR_DUP_CLUSTER),
            is_cluster_representative=value.get(VF.IS_CLUSTER_REPRESENTATIVE),
            symptom_coverage=value.get(VF.SYMPTOM_COVERAGE),
            label_predictions=None if predictions is None else tuple(predictions),
            memorized_source_id=value.get(VF.MEMORIZED_SOURCE_ID),
            contaminated_with=value.get(VF.CONTAMINATED_WITH),
            quality_scores=value.get(VF.QUALITY_SCORES),
            policy_hash=value.get(VF.POLICY_HASH),
        )


def validation_array(records: Sequence[ValidationRecord]) -> pa.Array:
    """The ``validation`` column of ``records``."""
    return pa.array([r.to_arrow() for r in records], type=VALIDATION_TYPE)


_SCHEMAS: dict[str, tuple[pa.Schema, str]] = {
    "note": (NOTE_SCHEMA, NOTE_SCHEMA_VERSION),
    "task": (TASK_SCHEMA, TASK_SCHEMA_VERSION),
}


class SchemaMismatchError(ValueError):
    """A file does not hold the declared schema. The message names the file and the column."""

    def __init__(self, path: str | os.PathLike[str], column: str | None, problem: str) -> None:
        self.path = str(path)
        self.column = column
        self.problem = problem
        where = f"{self.path}: column {column!r}" if column else self.path
        super().__init__(f"{where}: {problem}")


def _schema_for(kind: str) -> tuple[pa.Schema, str]:
    try:
        return _SCHEMAS[kind]
    except KeyError:
        raise ValueError(f"unknown schema kind {kind!r}; expected one of {sorted(_SCHEMAS)}") from None


def check_schema(actual: pa.Schema, path: str | os.PathLike[str], kind: str = "note") -> None:
    """Raise :class:`SchemaMismatchError` if ``actual`` is not the declared schema of ``kind``.

    Files written by an older minor version (fewer nullable columns) are accepted by
    :func:`read_table`, which adds the missing columns as nulls; a different major version,
    a missing required column, or a column of another type is an error.
    """
    expected, version = _schema_for(kind)
    tag = (actual.metadata or {}).get(SCHEMA_METADATA_KEY)
    if tag is None:
        raise SchemaMismatchError(path, None, f"no {SCHEMA_METADATA_KEY.decode()} metadata: not a medsyn {kind} file")
    try:
        found_kind, _, found_version = tag.decode().partition("/")
    except UnicodeDecodeError:  # a damaged footer: found by the bad-input test, flipping bits at random
        raise SchemaMismatchError(path, None, f"{SCHEMA_METADATA_KEY.decode()} metadata is damaged (not UTF-8)") from None
    if found_kind != kind:
        raise SchemaMismatchError(path, None, f"holds {found_kind!r} rows, expected {kind!r} rows")
    if found_version.split(".")[0] != version.split(".")[0]:
        raise SchemaMismatchError(
            path, None, f"schema version {found_version} is incompatible with this package's {version}"
        )
    for field in expected:
        idx = actual.get_field_index(field.name)
        if idx < 0:
            if not field.nullable:
                raise SchemaMismatchError(path, field.name, "required column is missing")
            continue
        found = actual.field(idx).type
        if not found.equals(field.type):
            raise SchemaMismatchError(path, field.name, f"type {found} does not match declared {field.type}")
    extra = [name for name in actual.names if expected.get_field_index(name) < 0]
    if extra:
        raise SchemaMismatchError(path, extra[0], "column is not in the declared schema")


def check_required_values(table: pa.Table, path: str | os.PathLike[str], kind: str = "note", first_row: int = 0) -> None:
    """Raise :class:`SchemaMismatchError` naming the row if a required (non-nullable) column holds a null.

    A file written by another tool may declare a required column nullable and leave it empty; the
    types would match, so this is checked on the values. ``first_row`` numbers the rows of a batch.
    """
    expected, _ = _schema_for(kind)
    for field in expected:
        if field.nullable or field.name not in table.column_names:
            continue
        column = table.column(field.name)
        if column.null_count:
            import pyarrow.compute as pc

            row = pc.index(pc.is_null(column), True).as_py()
            raise SchemaMismatchError(path, field.name, f"row {first_row + row}: required value is null")


def conform(table: pa.Table, kind: str = "note") -> pa.Table:
    """Reorder columns to the declared order, add missing nullable columns as nulls, and attach metadata."""
    expected, _ = _schema_for(kind)
    columns = []
    for field in expected:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        elif field.nullable:
            columns.append(pa.nulls(table.num_rows, type=field.type))
        else:
            raise SchemaMismatchError("<in-memory table>", field.name, "required column is missing")
    return pa.Table.from_arrays(columns, schema=expected)


def table_from_rows(rows: Sequence[Mapping[str, Any]], kind: str = "note") -> pa.Table:
    """Build a table of the declared schema from dicts; missing nullable keys become nulls."""
    expected, _ = _schema_for(kind)
    unknown = {key for row in rows for key in row} - set(expected.names)
    if unknown:
        raise SchemaMismatchError("<rows>", sorted(unknown)[0], "column is not in the declared schema")
    for i, row in enumerate(rows):
        for field in expected:
            if not field.nullable and row.get(field.name) is None:
                raise SchemaMismatchError(f"<rows>[{i}]", field.name, "required value is null or missing")
    return pa.Table.from_pylist(list(rows), schema=expected)


def read_table(path: str | os.PathLike[str], kind: str = "note", columns: Iterable[str] | None = None) -> pa.Table:
    """Read one Parquet file of ``kind`` rows, checking its schema first."""
    from medsyn_dataset.io import ParquetReadError, parquet_file, read_parquet

    path = Path(path)
    if path.is_dir():
        raise SchemaMismatchError(path, None, f"is a folder, not a Parquet file of {kind} rows")
    try:
        check_schema(parquet_file(path).schema_arrow, path, kind)
        table = read_parquet(path, list(columns) if columns is not None else None)
    except ParquetReadError as exc:
        raise SchemaMismatchError(path, None, exc.problem) from None
    check_required_values(table, path, kind)
    return table if columns is not None else conform(table, kind)


def list_shards(directory: str | os.PathLike[str]) -> list[Path]:
    """The note shards of a stage's output folder, in index order (see :mod:`medsyn_dataset.note_folder`)."""
    from medsyn_dataset.note_folder import list_shards as _list_shards

    return _list_shards(directory)


def read_notes(source: str | os.PathLike[str]) -> pa.Table:
    """Read a note shard, or every shard of a note folder, into one checked table.

    A repeated id is an error naming both rows (:class:`medsyn_dataset.note_folder.IdRule`).
    """
    from medsyn_dataset.note_folder import NoteFolder

    return NoteFolder(Path(source)).read()


def write_table(
    table: pa.Table,
    path: str | os.PathLike[str],
    kind: str = "note",
    written_by: str | None = None,
    **parquet_kwargs: Any,
) -> Path:
    """Write a table of the declared schema atomically (temp file + rename).

    ``written_by`` (e.g. ``"medsyn plan"``) goes into the Parquet metadata: the mark by which a
    command recognises a file as its own output (see :mod:`medsyn_dataset.outputs`).
    """
    from medsyn_dataset.io import atomic_write_parquet

    table = conform(table, kind)
    if written_by:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), WRITTEN_BY_METADATA_KEY: written_by.encode()})
    return atomic_write_parquet(table, path, **parquet_kwargs)


# --------------------------------------------------------------------------------------------------
# datasets.Features, derived from the Arrow schemas


def note_features() -> datasets.Features:
    """``datasets.Features`` of a note row (the contract of the ``notes`` config)."""
    import datasets

    return datasets.Features.from_arrow_schema(NOTE_SCHEMA)


def task_features() -> datasets.Features:
    import datasets

    return datasets.Features.from_arrow_schema(TASK_SCHEMA)


def params_json(params: Mapping[str, Any] | None) -> str:
    """Canonical JSON for the ``params`` columns: sorted keys, no spaces, so equal params hash equal."""
    return canonical_json(dict(params or {}))
