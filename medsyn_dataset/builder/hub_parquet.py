"""Writing a split's rows as Hub-ready Parquet shards (named as :mod:`medsyn_dataset.release_layout` says).

Files are ``<config>/<split>-NNNNN-of-NNNNN.parquet``: zstd, page index on, row groups of at most
:data:`MAX_ROW_GROUP_ROWS` rows and about :data:`MAX_ROW_GROUP_BYTES` (the Hub's viewer reads
one row group at a time), shards of about :data:`MAX_SHARD_BYTES`. The schema carries the
``huggingface`` metadata of ``datasets.Features`` so ``load_dataset`` restores ClassLabels
even without the README.

The rows arrive as record batches, in order (an in-memory ``pa.Table`` or a split spooled to disk
by :mod:`medsyn_dataset.builder.stream`), and are written one row group at a time, so a split of
any size is written in bounded memory. The layout is decided up front from the split's row count
and Arrow size (:func:`split_layout`): ``n`` files of ``ceil(rows / n)`` rows each. Row groups are
cut from the batches without merging them: the Parquet writer ends a mini-batch at every chunk
boundary, so the chunking of the rows is part of what decides the bytes of a file (the build
spools 1,000-row batches, the record batches ``datasets`` used to write).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from medsyn_dataset.io import atomic_path
from medsyn_dataset.release_layout import shard_name

if TYPE_CHECKING:
    import datasets

MAX_ROW_GROUP_ROWS = 500
MAX_ROW_GROUP_BYTES = 64 * 1024 * 1024
MAX_SHARD_BYTES = 256 * 1024 * 1024


class SplitRows(Protocol):
    """A split's rows: how many, their Arrow size, and the record batches in order (``pa.Table`` is one)."""

    @property
    def num_rows(self) -> int: ...

    @property
    def nbytes(self) -> int: ...

    def to_batches(self) -> Iterable[pa.RecordBatch]: ...


@dataclass(frozen=True)
class SplitLayout:
    """How a split is cut into files and row groups."""

    files: int
    rows_per_file: int
    rows_per_group: int

    def rows_in_file(self, index: int, num_rows: int) -> int:
        return max(0, min(self.rows_per_file, num_rows - index * self.rows_per_file))


def split_layout(num_rows: int, nbytes: int) -> SplitLayout:
    """Files of about :data:`MAX_SHARD_BYTES` (as many as the Arrow size needs, equal row counts) and
    row groups of at most 500 rows, few enough that a group stays under ~64 MB."""
    files = max(1, math.ceil(nbytes / MAX_SHARD_BYTES))
    if num_rows == 0:
        return SplitLayout(files, 0, MAX_ROW_GROUP_ROWS)
    avg = max(1, nbytes // num_rows)
    return SplitLayout(files, math.ceil(num_rows / files), max(1, min(MAX_ROW_GROUP_ROWS, MAX_ROW_GROUP_BYTES // avg)))


class _Rows:
    """Takes consecutive runs of rows from record batches, keeping the batches' chunk boundaries."""

    def __init__(self, batches: Iterable[pa.RecordBatch]) -> None:
        self._batches: Iterator[pa.RecordBatch] = iter(batches)
        self._current: pa.RecordBatch | None = None
        self._offset = 0

    def take(self, count: int, schema: pa.Schema) -> pa.Table:
        pieces: list[pa.RecordBatch] = []
        while count > 0:
            if self._current is None or self._offset == self._current.num_rows:
                self._current, self._offset = next(self._batches), 0
                continue
            piece = self._current.slice(self._offset, min(count, self._current.num_rows - self._offset))
            pieces.append(piece)
            self._offset += piece.num_rows
            count -= piece.num_rows
        return pa.Table.from_batches(pieces, schema=schema)


def write_split(rows: SplitRows, features: datasets.Features, directory: Path, split: str) -> list[Path]:
    """Write one split's rows as sharded Parquet with the features' metadata; returns the files.

    A ``pa.Table`` is first cut to the features' columns and cast to their types; other row sources
    must already have that schema (the build's spools do).
    """
    directory.mkdir(parents=True, exist_ok=True)
    schema = features.arrow_schema
    if isinstance(rows, pa.Table):
        rows = rows.select(list(features)).cast(schema)  # same columns and types, plus the HF metadata
    layout = split_layout(rows.num_rows, rows.nbytes)
    source = _Rows(rows.to_batches())
    files = []
    for k in range(layout.files):
        path = directory / shard_name(split, k, layout.files)
        remaining = layout.rows_in_file(k, rows.num_rows)
        with atomic_path(path) as tmp, pq.ParquetWriter(tmp, schema, compression="zstd", write_page_index=True) as writer:
            if remaining == 0:  # an empty split (or file) still gets a file with its schema
                writer.write_table(schema.empty_table(), row_group_size=layout.rows_per_group)
            while remaining > 0:
                count = min(layout.rows_per_group, remaining)
                writer.write_table(source.take(count, schema), row_group_size=layout.rows_per_group)
                remaining -= count
        files.append(path)
    return files
