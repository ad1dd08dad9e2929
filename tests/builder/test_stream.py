"""The streamed build: the same bytes as the datasets builder's splits, bounded batches, bad input.

The oracle is the build as it was before it streamed: each config prepared by the ``datasets``
builder (``MedsynBuilder``), each split loaded whole and written with ``write_table`` in files of
``ceil(rows / n)`` rows, ``n`` from the split's Arrow size. Shards and row groups are made small
here so that files and row groups cut through the 1,000-row batches.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medsyn_dataset.builder import hub_parquet
from medsyn_dataset.builder.build import build_release
from medsyn_dataset.builder.configs import CONFIG_NAMES
from medsyn_dataset.builder.source import (
    ValidatedInputError,
    released_batches,
    released_rows,
    split_keys,
    validated_shards,
)
from medsyn_dataset.builder.splits import plan_splits
from medsyn_dataset.builder.stream import SplitRouting, SplitSpool, spool_configs
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.dataset_card import read_card_metadata
from medsyn_dataset.schema import table_from_rows, write_table

CODES = ["A09", "E11", "I10", "J06", "K29", "M54", "N39", "R51"]
SEED = 7


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = synthetic_rows(2600, CODES, seed=3, drop_rate=0.07, redact_rate=0.15, cluster_rate=0.1)
    return write_validated_dir(rows, tmp_path_factory.mktemp("validated"), shard_size=700)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reference_split(table: pa.Table, features, directory: Path, split: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The split written the way the build wrote it before streaming (whole split in memory)."""
    schema = features.arrow_schema
    table = table.select(list(features)).cast(schema)
    n_files = max(1, math.ceil(table.nbytes / hub_parquet.MAX_SHARD_BYTES))
    per_file = math.ceil(table.num_rows / n_files)
    avg = max(1, table.nbytes // table.num_rows)
    per_group = max(1, min(hub_parquet.MAX_ROW_GROUP_ROWS, hub_parquet.MAX_ROW_GROUP_BYTES // avg))
    out = {}
    for k in range(n_files):
        path = directory / f"{split}-{k:05d}-of-{n_files:05d}.parquet"
        with pq.ParquetWriter(path, schema, compression="zstd", write_page_index=True) as writer:
            writer.write_table(table.slice(k * per_file, per_file), row_group_size=per_group)
        out[path.name] = _sha(path)
    return out


def test_streamed_files_are_byte_identical_to_the_datasets_builders(
    validated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medsyn_dataset.builder.medsyn_builder import MedsynBuilder

    monkeypatch.setattr(hub_parquet, "MAX_SHARD_BYTES", 900_000)  # several files per split
    monkeypatch.setattr(hub_parquet, "MAX_ROW_GROUP_BYTES", 330_000)  # row groups of fewer than 500 rows
    out = tmp_path / "release"
    build_release(validated, out, seed=SEED)
    declared = {i["config_name"]: i for i in read_card_metadata(out / "README.md")["dataset_info"]}
    codes = tuple(sorted({k.code for k in split_keys(validated_shards(validated))}))
    several_files = small_groups = False
    for config in CONFIG_NAMES:
        builder = MedsynBuilder(config_name=config, data_dir=str(validated), cache_dir=str(tmp_path / "cache"),
                                seed=SEED, codes=codes)  # fmt: skip
        builder.download_and_prepare()
        expected_info = [
            {"name": name, "num_bytes": s.num_bytes, "num_examples": s.num_examples} for name, s in builder.info.splits.items()
        ]
        assert declared[config]["splits"] == expected_info, config  # the card's split sizes, bytes included
        for split in builder.info.splits:
            reference = tmp_path / "reference" / config
            reference.mkdir(parents=True, exist_ok=True)
            expected = _reference_split(builder.as_dataset(split=split).data.table, builder.info.features, reference, split)
            got = {p.name: _sha(p) for p in sorted((out / config).glob(f"{split}-*.parquet"))}
            assert got == expected, (config, split)
            several_files |= len(got) > 1
            groups = pq.ParquetFile(out / config / next(iter(got))).metadata
            small_groups |= 1 < groups.row_group(0).num_rows < hub_parquet.MAX_ROW_GROUP_ROWS
    assert several_files and small_groups  # the test cut through files and row groups


def test_released_batches_are_the_released_rows(validated: Path) -> None:
    for shard in validated_shards(validated):
        expected = list(released_rows(shard))
        got = [(int(n), row) for numbers, table in released_batches(shard) for n, row in zip(numbers, table.to_pylist(), strict=True)]
        assert got == expected


def test_released_batches_refuse_what_released_rows_refuses(tmp_path: Path) -> None:
    rows = synthetic_rows(5, CODES, seed=1, drop_rate=0, redact_rate=0)
    rows[3]["validation"]["decision"] = "maybe"
    shard = tmp_path / "part-00000.parquet"
    write_table(table_from_rows(rows), shard)
    with pytest.raises(ValidatedInputError, match=r"part-00000.parquet: row 3: field 'validation.decision' is 'maybe'"):
        list(released_batches(shard))
    rows[3]["validation"]["decision"] = "redact"
    rows[3]["text_redacted"] = ""
    write_table(table_from_rows(rows), shard)
    with pytest.raises(ValidatedInputError, match=r"part-00000.parquet: row 3: field 'text_redacted' is empty"):
        list(released_batches(shard))


def test_a_shard_that_changes_between_the_split_and_the_pass_is_an_error(validated: Path, tmp_path: Path) -> None:
    shards = validated_shards(validated)
    keys = split_keys(shards)
    routing = SplitRouting.from_assignment(keys, plan_splits(keys, None, SEED).assignment)
    codes = sorted({k.code for k in keys})
    with pytest.raises(ValidatedInputError, match="changed while the release was being built"):
        spool_configs(["notes"], shards[::-1], routing, codes, tmp_path)  # other order: other notes at each position
    with pytest.raises(ValidatedInputError, match="changed while the release was being built"):
        spool_configs(["notes"], shards[:-1], routing, codes, tmp_path)  # fewer notes


def test_spool_keeps_1000_row_batches_and_counts_their_ipc_size(tmp_path: Path) -> None:
    schema = pa.schema([("id", pa.string()), ("n", pa.int64())])
    spool = SplitSpool(tmp_path / "x.arrows", schema)
    for start in range(0, 2500, 300):
        count = min(300, 2500 - start)
        spool.append(pa.table({"id": [f"r{i}" for i in range(start, start + count)], "n": list(range(start, start + count))},
                              schema=schema))  # fmt: skip
    spool.close()
    batches = list(spool.to_batches())
    assert [b.num_rows for b in batches] == [1000, 1000, 500] and spool.num_rows == 2500
    assert pa.Table.from_batches(batches).column("n").to_pylist() == list(range(2500))
    assert spool.nbytes == sum(b.nbytes for b in batches)  # as read back: no empty validity bitmaps
    spool.discard()
    assert not (tmp_path / "x.arrows").exists()


def test_split_sizes_in_the_card_match_the_manifest(validated: Path, tmp_path: Path) -> None:
    out = tmp_path / "release"
    summary = build_release(validated, out, seed=SEED)
    manifest = json.loads((out / "release_manifest.json").read_text())
    declared = {i["config_name"]: {s["name"]: s["num_examples"] for s in i["splits"]}
                for i in read_card_metadata(out / "README.md")["dataset_info"]}  # fmt: skip
    assert declared == manifest["rows"] == summary.rows
    assert summary.timings["configs:read"] > 0
