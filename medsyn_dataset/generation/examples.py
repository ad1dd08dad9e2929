"""The example-note pool: real notes shown to the model as style examples, by ICD-10 category.

A pool is any JSONL, Parquet or CSV file with a text column and a code column (and optionally an
id column), e.g. RuMedTop3 train (``text_column: symptoms``, ``code_column: code``,
``id_column: idx``). Codes are reduced to their 3-character category, so a pool with subcodes
serves the category. Rows with an empty text or code are skipped and counted; a code that is not
shaped like an ICD-10 code is an error naming the file, the row and the field.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medsyn_dataset.io import ParquetReadError, iter_jsonl, iter_parquet_batches, iter_text_lines
from medsyn_dataset.knowledge.icd10 import category_of


class ExamplePoolError(ValueError):
    """A pool file is malformed; the message names the file, the row and the field."""


@dataclass(frozen=True, slots=True)
class ExampleNote:
    id: str
    code: str  # 3-character category
    text: str


@dataclass
class ExamplePool:
    """Example notes grouped by category, in file order."""

    source: str  # goes into ``example_source`` of every task that uses the pool
    by_code: dict[str, list[ExampleNote]] = field(default_factory=dict)
    skipped: int = 0

    def count(self, code: str) -> int:
        return len(self.by_code.get(code, ()))

    def notes(self, code: str) -> list[ExampleNote]:
        return self.by_code.get(code, [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_code.values())


def iter_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(row number, record)`` from a JSONL, Parquet or CSV file.

    Row numbers are 1-based: the line number in JSONL, the record number in Parquet, and the
    line-based row in CSV where the header is row 1.
    """
    suffix = path.suffix.lower()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if suffix in (".jsonl", ".json", ".ndjson"):
        yield from iter_jsonl(path, ExamplePoolError)
    elif suffix == ".parquet":
        row_no = 0
        try:
            for batch in iter_parquet_batches(path):
                for record in batch.to_pylist():
                    row_no += 1
                    yield row_no, record
        except ParquetReadError as exc:
            raise ExamplePoolError(str(exc)) from None
    elif suffix in (".csv", ".tsv"):
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # clinical notes can exceed the 128 KiB default
        reader = csv.DictReader(iter_text_lines(path, ExamplePoolError), delimiter="," if suffix == ".csv" else "\t")
        try:
            yield from enumerate(reader, start=2)
        except csv.Error as exc:
            raise ExamplePoolError(f"{path}: line {reader.line_num}: not valid CSV ({exc})") from None
    else:
        raise ExamplePoolError(f"{path}: unsupported file type {suffix!r}; use .jsonl, .parquet or .csv")


def require_columns(
    path: Path,
    record: dict[str, Any],
    row_no: int,
    columns: list[str],
    error: type[ValueError] = ExamplePoolError,
) -> None:
    """Raise ``error`` naming the file, the row and the first of ``columns`` missing from ``record``."""
    for column in columns:
        if column not in record:
            raise error(f"{path}: row {row_no}, field {column!r}: column is missing")


def load_example_pool(
    path: str | os.PathLike[str],
    text_column: str = "text",
    code_column: str = "code",
    id_column: str | None = None,
    source: str | None = None,
) -> ExamplePool:
    """Load a pool file. ``source`` defaults to ``<folder>/<file name>`` (e.g. ``rumedtop3/train.jsonl``)."""
    path = Path(path)
    pool = ExamplePool(source=source or f"{path.parent.name}/{path.name}")
    needed = [text_column, code_column] + ([id_column] if id_column else [])
    seen_ids: set[str] = set()
    for row_no, record in iter_records(path):
        require_columns(path, record, row_no, needed)
        text, code = record.get(text_column), record.get(code_column)
        if text is None or code is None or not str(text).strip() or not str(code).strip():
            pool.skipped += 1
            continue
        try:
            category = category_of(str(code))
        except ValueError as exc:
            raise ExamplePoolError(f"{path}: row {row_no}, field {code_column!r}: {exc}") from None
        note_id = str(record[id_column]) if id_column else f"{path.stem}-{row_no}"
        if note_id in seen_ids:
            raise ExamplePoolError(f"{path}: row {row_no}, field {id_column!r}: duplicate id {note_id!r}")
        seen_ids.add(note_id)
        pool.by_code.setdefault(category, []).append(ExampleNote(note_id, category, str(text)))
    return pool
