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
