"""Writing a prepared split as Hub-ready Parquet shards (named as :mod:`medsyn_dataset.release_layout` says).

Files are ``<config>/<split>-NNNNN-of-NNNNN.parquet``: zstd, page index on, row groups of at most
:data:`MAX_ROW_GROUP_ROWS` rows and about :data:`MAX_ROW_GROUP_BYTES` (the Hub's viewer reads
one row group at a time), shards of about :data:`MAX_SHARD_BYTES`. The schema carries the
``huggingface`` metadata of ``datasets.Features`` so ``load_dataset`` restores ClassLabels
even without the README.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from medsyn_dataset.release_layout import shard_name

if TYPE_CHECKING:
    import datasets

MAX_ROW_GROUP_ROWS = 500
MAX_ROW_GROUP_BYTES = 64 * 1024 * 1024
MAX_SHARD_BYTES = 256 * 1024 * 1024


def row_group_rows(table: pa.Table) -> int:
    """Rows per row group: at most 500, and few enough that a group stays under ~64 MB."""
    if table.num_rows == 0:
        return MAX_ROW_GROUP_ROWS
    avg = max(1, table.nbytes // table.num_rows)
    return max(1, min(MAX_ROW_GROUP_ROWS, MAX_ROW_GROUP_BYTES // avg))


def write_split(table: pa.Table, features: datasets.Features, directory: Path, split: str) -> list[Path]:
    """Write one split's rows as sharded Parquet with the features' metadata; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    schema = features.arrow_schema
    table = table.select(list(features)).cast(schema)  # same columns and types, plus the HF metadata
    n_shards = max(1, math.ceil(table.nbytes / MAX_SHARD_BYTES))
    per_shard = math.ceil(table.num_rows / n_shards) if table.num_rows else 0
    rows_per_group = row_group_rows(table)
    files = []
    for k in range(n_shards):
        path = directory / shard_name(split, k, n_shards)
        part = table.slice(k * per_shard, per_shard) if per_shard else table
        with pq.ParquetWriter(path, schema, compression="zstd", write_page_index=True) as writer:
            writer.write_table(part, row_group_size=rows_per_group)
        files.append(path)
    return files


