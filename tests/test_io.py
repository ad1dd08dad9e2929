from __future__ import annotations

import pytest

from medsyn_dataset.io import atomic_open, atomic_write_text


def test_atomic_write_replaces(tmp_path):
    path = tmp_path / "a.txt"
    atomic_write_text(path, "one")
    atomic_write_text(path, "two")
    assert path.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_failure_leaves_old_file_and_no_temp(tmp_path):
    path = tmp_path / "a.txt"
    atomic_write_text(path, "old")
    with pytest.raises(RuntimeError), atomic_open(path) as fh:
        fh.write("half")
        raise RuntimeError("crash")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_iter_jsonl_numbers_lines_and_names_bad_ones(tmp_path):
    from medsyn_dataset.io import iter_jsonl

    path = tmp_path / "a.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    assert list(iter_jsonl(path)) == [(1, {"a": 1}), (3, {"a": 2})]

    class MyError(ValueError):
        pass

    path.write_text('{"a": 1}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(MyError, match=r"a\.jsonl: line 2: expected a JSON object"):
        list(iter_jsonl(path, MyError))
    path.write_text('{"a": 1}\n{"a": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.jsonl: line 2: not valid JSON"):
        list(iter_jsonl(path))


def test_staged_dir_replaces_only_on_success(tmp_path):
    from medsyn_dataset.io import staged_dir

    out = tmp_path / "release"
    with staged_dir(out) as staged:
        (staged / "a.txt").write_text("first")
    assert (out / "a.txt").read_text() == "first"
    with pytest.raises(RuntimeError), staged_dir(out, "build") as staged:
        (staged / "a.txt").write_text("half")
        raise RuntimeError("crash")
    assert (out / "a.txt").read_text() == "first"
    with staged_dir(out) as staged:
        (staged / "b.txt").write_text("second")
    assert sorted(p.name for p in out.iterdir()) == ["b.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["release"]  # no staged or old folders left


def test_sha256_file_and_read_json(tmp_path):
    import hashlib

    from medsyn_dataset.io import read_json, sha256_file

    path = tmp_path / "a.json"
    path.write_text('{"a": [1, 2]}', encoding="utf-8")
    assert sha256_file(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_json(path) == {"a": [1, 2]}
    path.write_text('{"a": 1,\n "b": }', encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.json: line 2: not valid JSON"):
        read_json(path)


def test_atomic_writes_follow_the_umask(tmp_path):
    """mkstemp/mkdtemp would give 0600/0700 and the rename would carry that into place."""
    import os
    import stat

    from medsyn_dataset.io import atomic_write_text, staged_dir

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "a.txt", "x")
        with staged_dir(tmp_path / "folder") as staged:
            (staged / "b.txt").write_text("y")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o755
    old = os.umask(0o077)
    try:
        atomic_write_text(tmp_path / "private.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.txt").stat().st_mode) == 0o600


def test_read_text_names_the_file_and_line_of_bytes_that_are_not_utf8(tmp_path):
    from medsyn_dataset.io import iter_jsonl, read_json, read_text

    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"a": 1}\n{"a": "caf\xe9"}\n')
    with pytest.raises(ValueError, match=r"latin\.jsonl: line 2: not UTF-8 text \(byte 0xe9"):
        read_text(path)
    with pytest.raises(ValueError, match=r"latin\.jsonl: line 2: not UTF-8 text"):
        list(iter_jsonl(path))
    with pytest.raises(ValueError, match=r"latin\.jsonl: line 2: not UTF-8"):
        read_json(path)
    with pytest.raises(ValueError, match="is a folder"):
        read_text(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"nope\.json: no such file"):
        read_json(tmp_path / "nope.json")
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b'\xef\xbb\xbf{"a": 1}\n')
    assert list(iter_jsonl(bom)) == [(1, {"a": 1})]


def _damaged_copy(path, tmp_path):
    """A copy of a Parquet file with one bit flipped in the middle of its largest column chunk's pages."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata.row_group(0)
    chunk = max((meta.column(i) for i in range(meta.num_columns)), key=lambda c: c.total_compressed_size)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    data = bytearray(path.read_bytes())
    data[start + chunk.total_compressed_size // 2] ^= 0x10
    damaged = tmp_path / "damaged.parquet"
    damaged.write_bytes(bytes(data))
    return damaged


def test_a_flipped_bit_in_page_data_is_an_error_naming_the_file(tmp_path):
    import pyarrow as pa

    from medsyn_dataset.io import ParquetReadError, atomic_write_parquet, iter_parquet_batches, read_parquet

    table = pa.table({"id": [f"n{i}" for i in range(500)], "text": [f"Жалобы на кашель {i} " * 5 for i in range(500)]})
    path = atomic_write_parquet(table, tmp_path / "ok.parquet")
    assert read_parquet(path).equals(table)
    damaged = _damaged_copy(path, tmp_path)
    with pytest.raises(ParquetReadError, match=r"damaged\.parquet: not a readable Parquet file"):
        read_parquet(damaged)
    with pytest.raises(ParquetReadError, match=r"damaged\.parquet"):
        list(iter_parquet_batches(damaged, batch_size=100))
    truncated = tmp_path / "truncated.parquet"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ParquetReadError, match=r"truncated\.parquet: not a readable Parquet file"):
        read_parquet(truncated)
