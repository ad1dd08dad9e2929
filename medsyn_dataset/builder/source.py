"""Reading the validation stage's output: checked shards, split keys, and the releasable rows.

What leaves the package here is what may be published:

* rows whose ``validation.decision`` is ``drop`` are left out;
* for ``redact`` rows the released ``text`` is ``text_redacted`` and the original text is not
  carried anywhere (``text_redacted`` keeps the released text, so ``text_redacted IS NOT NULL``
  marks the notes that were redacted; for ``keep`` rows it is null);
* a row without a decision (not validated), with an unknown decision, or a ``redact`` row without
  ``text_redacted`` is an error naming the file, the row and the field;
* a released row whose ``icd10_code`` is not an ICD-10 category in canonical form (``J06``) is an
  error too: its code would become a ``ClassLabel`` name (the default validation policy drops such rows).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset.builder.splits import NoteKey
from medsyn_dataset.io import iter_parquet_batches, parquet_file
from medsyn_dataset.note_folder import IdRule, NoteFolder
from medsyn_dataset.schema import (
    DECISIONS,
    NOTE_SCHEMA,
    VALIDATION_COLUMN,
    VF,
    check_required_values,
    check_schema,
    conform,
    validation_path,
)

#: Rows per batch when streaming a shard (bounded memory for large shards).
BATCH_ROWS = 2000


class ValidatedInputError(ValueError):
    """The validated notes folder or one of its rows cannot be released; names file, row and field."""


def validated_shards(directory: str | os.PathLike[str]) -> list[Path]:
    """The ``part-*.parquet`` shards of a validation output folder, each schema-checked."""
    directory = Path(directory)
    if not directory.is_dir():
        what = "is a file, not a folder" if directory.exists() else "no such folder"
        raise FileNotFoundError(f"{directory}: {what} of validated notes")
    shards = NoteFolder(directory).require_shards(hint=" (run `medsyn validate` first)")
    for shard in shards:
        check_schema(parquet_file(shard).schema_arrow, shard, "note")
    return shards


def _batches(shard: Path, columns: Sequence[str] | None = None) -> Iterator[tuple[int, pa.Table]]:
    """(first row number, table) per batch; full-schema batches are conformed to NOTE_SCHEMA."""
    file = parquet_file(shard)
    present = set(file.schema_arrow.names)
    present |= {f"{field.name}.{child.name}" for field in file.schema_arrow
                if pa.types.is_struct(field.type) for child in field.type}
    # an older minor schema version may lack nullable columns: read what is there, add the rest as nulls
    read = [c for c in columns if c in present] if columns else None
    missing = [c for c in columns if c not in present] if columns else []
    offset = 0
    for batch in iter_parquet_batches(shard, BATCH_ROWS, read):
        table = pa.Table.from_batches([batch])
        check_required_values(table, shard, "note", offset)
        for name in missing:
            if "." in name:  # a missing struct child: the split keys treat it as null
                continue
            table = table.append_column(NOTE_SCHEMA.field(name), pa.nulls(table.num_rows, NOTE_SCHEMA.field(name).type))
        yield offset, (table if columns else conform(table, "note"))
        offset += table.num_rows


_DECISION = validation_path(VF.DECISION)


def _decision(shard: Path, row: int, validation: dict[str, Any] | None) -> str:
    decision = (validation or {}).get(VF.DECISION)
    if decision is None:
        raise ValidatedInputError(
            f"{shard}: row {row}: field {_DECISION!r} is null: the note was not validated (run `medsyn validate` first)"
        )
    if decision not in DECISIONS:
        raise ValidatedInputError(
            f"{shard}: row {row}: field {_DECISION!r} is {decision!r}; expected one of {', '.join(DECISIONS)}"
        )
    return decision


def split_keys(shards: Sequence[Path]) -> list[NoteKey]:
    """The :class:`NoteKey` of every released (not dropped) note, for :func:`plan_splits`.

    Every row's id is checked here too: an id twice in the folder is an error naming both rows
    (:class:`~medsyn_dataset.note_folder.IdRule`).
    """
    keys: list[NoteKey] = []
    ids = IdRule("error")
    for shard in shards:
        # only the two validation fields needed (nested column selection): the PII lists are not read
        columns = ["id", "icd10_code", "example_id", _DECISION, validation_path(VF.NEAR_DUP_CLUSTER)]
        for offset, table in _batches(shard, columns):
            def values(name: str, table: pa.Table = table) -> list[Any]:
                return table.column(name).to_pylist() if name in table.column_names else [None] * table.num_rows

            for i, (note_id, code, example_id, validation) in enumerate(
                zip(values("id"), values("icd10_code"), values("example_id"), values(VALIDATION_COLUMN), strict=True)
            ):
                ids.add(note_id, shard, offset + i)
                if _decision(shard, offset + i, validation) == "drop":
                    continue
                if not _is_class_name(code):
                    raise ValidatedInputError(
                        f"{shard}: row {offset + i}: field 'icd10_code': {code!r} is not an ICD-10 category "
                        "and must not become a class name; validate with a policy that drops invalid codes "
                        "(the default policy does)"
                    )
                keys.append(NoteKey(note_id, code, (validation or {}).get(VF.NEAR_DUP_CLUSTER), example_id))
    return keys


@functools.lru_cache(maxsize=4096)
def _is_class_name(code: str | None) -> bool:
    from medsyn_dataset.knowledge import icd10

    return bool(code) and icd10.normalize_code(code or "") == code and icd10.is_category(code or "")


def source_counts(shards: Sequence[Path]) -> dict[tuple[str | None, str | None], int]:
    """Released (not dropped) rows per ``(source.kind, source.dataset)``: what the release's provenance covers."""
    counts: dict[tuple[str | None, str | None], int] = {}
    for shard in shards:
        columns = ["source.kind", "source.dataset", _DECISION]
        for offset, table in _batches(shard, columns):
            sources = table.column("source").to_pylist() if "source" in table.column_names else [None] * table.num_rows
            validations = table.column(VALIDATION_COLUMN).to_pylist()
            for i, (source, validation) in enumerate(zip(sources, validations, strict=True)):
                if _decision(shard, offset + i, validation) == "drop":
                    continue
                key = ((source or {}).get("kind"), (source or {}).get("dataset"))
                counts[key] = counts.get(key, 0) + 1
    return counts


def _first_bad_decision(shard: Path, offset: int, decision: pa.ChunkedArray) -> None:
    """The checks of :func:`_decision` on a whole batch: the first null or unknown decision is an error."""
    bad = pc.invert(pc.fill_null(pc.is_in(decision, value_set=pa.array(DECISIONS, pa.string())), False))
    if pc.any(bad).as_py():
        row = pc.index(bad, True).as_py()
        _decision(shard, offset + row, {VF.DECISION: decision[row].as_py()})


def released_batches(shard: Path) -> Iterator[tuple[np.ndarray, pa.Table]]:
    """(row numbers, table) of the releasable rows of ``shard``, in bounded batches of the note schema.

    The vectorised twin of :func:`released_rows` (same rules, same errors): dropped rows are left
    out; a ``redact`` row's ``text`` is its ``text_redacted``; a ``keep`` row's ``text_redacted`` is null.
    """
    for offset, table in _batches(shard):
        decision = pc.struct_field(table.column(VALIDATION_COLUMN), VF.DECISION.value)
        _first_bad_decision(shard, offset, decision)
        redact = pc.equal(decision, "redact")
        redacted = table.column("text_redacted")
        empty = pc.invert(pc.fill_null(pc.greater(pc.binary_length(redacted), 0), False))
        missing = pc.and_(redact, empty)
        if pc.any(missing).as_py():
            row = offset + pc.index(missing, True).as_py()
            raise ValidatedInputError(
                f"{shard}: row {row}: field 'text_redacted' is empty although "
                f"{_DECISION} is 'redact'; refusing to release the unredacted text"
            )
        for name, values in (
            ("text", pc.if_else(redact, redacted, table.column("text"))),
            ("text_redacted", pc.if_else(redact, redacted, pa.scalar(None, pa.string()))),
        ):
            index = table.schema.get_field_index(name)
            table = table.set_column(index, table.schema.field(index), values)
        released = pc.not_equal(decision, "drop")
        numbers = offset + np.flatnonzero(released.to_numpy(zero_copy_only=False))
        yield numbers, table.filter(released)


#: Columns every released row needs (the decision, the id filter and the redaction).
_ROW_CORE = ("id", "text", "text_redacted", _DECISION)


def released_rows(
    shard: Path, ids: Collection[str] | pa.Array | None = None, columns: Sequence[str] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, releasable row) for every released row of ``shard`` (optionally only ``ids``).

    ``columns`` limits what is read (the id, text, redaction and validation columns are always
    read); by default every schema column is. Filtering by ``ids`` happens in Arrow, before any
    row becomes a Python dict. Pass ``ids`` as a string ``pa.Array`` to reuse it across shards.
    """
    wanted = None if columns is None else list(dict.fromkeys([*_ROW_CORE, *columns]))
    id_set = ids if isinstance(ids, pa.Array) or ids is None else pa.array(list(ids), pa.string())
    for offset, table in _batches(shard, wanted):
        numbers: Sequence[int] = range(offset, offset + table.num_rows)
        if id_set is not None:
            mask = pc.is_in(table.column("id"), value_set=id_set)
            positions = pc.indices_nonzero(mask).to_pylist()
            table = table.filter(mask)
            numbers = [offset + p for p in positions]
        for number, row in zip(numbers, table.to_pylist(), strict=True):
            decision = _decision(shard, number, row[VALIDATION_COLUMN])
            if decision == "drop":
                continue
            if decision == "redact":
                if not row.get("text_redacted"):
                    raise ValidatedInputError(
                        f"{shard}: row {number}: field 'text_redacted' is empty although "
                        f"{_DECISION} is 'redact'; refusing to release the unredacted text"
                    )
                row["text"] = row["text_redacted"]
            else:
                row["text_redacted"] = None
            yield number, row
