"""The note folder: one shard naming, one listing, one duplicate-id rule, one manifest format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medsyn_dataset import schema
from medsyn_dataset.note_folder import (
    DuplicateIdError,
    IdRule,
    NoteFolder,
    list_shards,
    shard_index,
    shard_name,
)


def _rows(*ids: str) -> list[dict]:
    return [{"id": i, "icd10_code": "J06", "text": f"note {i}"} for i in ids]


def _write(folder: Path, index: int, *ids: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / NoteFolder(folder).write_shard(index, schema.table_from_rows(_rows(*ids))).name


def test_naming_and_listing(tmp_path: Path) -> None:
    assert shard_name(7) == "part-00007.parquet" and shard_index(Path("x/part-00007.parquet")) == 7
    assert shard_index("part-7.parquet") == 7 and shard_index("part-x.parquet") is None
    for index in (10, 2, 100000):
        _write(tmp_path, index, f"n{index}")
    (tmp_path / "part-notes.parquet").write_text("not a shard")
    (tmp_path / "manifest.json").write_text("{}")
    # index order, not name order (part-100000 sorts before part-00010 by name)
    assert [p.name for p in list_shards(tmp_path)] == ["part-00002.parquet", "part-00010.parquet", "part-100000.parquet"]
    assert schema.list_shards(tmp_path) == list_shards(tmp_path)
    assert NoteFolder(tmp_path / "part-00002.parquet").shards() == [tmp_path / "part-00002.parquet"]


def test_a_shard_name_is_never_written_twice(tmp_path: Path) -> None:
    folder = NoteFolder(tmp_path)
    first = folder.write_shard(0, schema.table_from_rows(_rows("a")))
    second = folder.write_shard(0, schema.table_from_rows(_rows("b")))
    assert (first.name, second.name) == ("part-00000.parquet", "part-00001.parquet")
    assert first.rows == 1 and len(first.sha256) == 64


def test_one_duplicate_id_rule_for_every_reader(tmp_path: Path) -> None:
    _write(tmp_path, 0, "a", "b")
    _write(tmp_path, 1, "c", "a")
    message = r"part-00001\.parquet: row 1, field 'id': duplicate id 'a' \(first in .*part-00000\.parquet row 0\)"
    with pytest.raises(DuplicateIdError, match=message):
        schema.read_notes(tmp_path)
    with pytest.raises(DuplicateIdError, match=message):
        NoteFolder(tmp_path).read()
    # only a generate folder resolves a repeat, by keeping the first row by shard order
    from medsyn_dataset.generation import shards

    assert shards.read_shards(tmp_path).column("id").to_pylist() == ["a", "b", "c"]
    state = shards.scan(tmp_path)
    assert state.done_ids == {"a", "b", "c"} and state.duplicate_rows == 1
    rule = IdRule("first")
    assert [rule.add(i, "f", n) for n, i in enumerate(["x", "y", "x"])] == [True, True, False] and rule.repeats == 1


def test_the_builder_applies_the_rule(tmp_path: Path) -> None:
    from medsyn_dataset.builder.source import split_keys, validated_shards
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    rows = synthetic_rows(6, ["J06", "K29"], seed=1, drop_rate=0.0)
    rows[5]["id"] = rows[0]["id"]
    folder = write_validated_dir(rows, tmp_path / "validated", shard_size=3)
    with pytest.raises(DuplicateIdError, match=rf"part-00001\.parquet: row 2, field 'id': duplicate id {rows[0]['id']!r}"):
        split_keys(validated_shards(folder))


def test_missing_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such folder"):
        NoteFolder(tmp_path / "nope").read()
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match=r"empty: no note shards matching 'part-\*\.parquet'"):
        schema.read_notes(tmp_path / "empty")


def test_import_and_generate_write_one_manifest_format(tmp_path: Path) -> None:
    from medsyn_dataset.generation.importers import import_corpus

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"idx": f"q{i}", "symptoms": "кашель", "code": "J06"}) for i in range(3)))
    import_corpus("rumedtop3", source, tmp_path / "imported", shard_size=2)
    manifest = NoteFolder(tmp_path / "imported").read_manifest()
    assert manifest is not None
    assert list(manifest)[:3] == ["written_by", "format", "package_version"]
    assert (manifest["written_by"], manifest["format"], manifest["import_format"]) == (
        "medsyn import", "medsyn-import/1", "rumedtop3"
    )  # fmt: skip
    assert [s["name"] for s in manifest["shards"]] == ["part-00000.parquet", "part-00001.parquet"]
    assert [set(s) for s in manifest["shards"]] == [{"name", "rows", "sha256"}] * 2

    from support import fake_openai_server as fake

    from medsyn_dataset.generation.runner import generate_notes

    tasks = fake.write_tasks(tmp_path / "tasks.parquet", 3)
    generate_notes(tasks, tmp_path / "generated", "template", shard_size=2, progress=False)
    generated = NoteFolder(tmp_path / "generated").read_manifest()
    assert generated is not None
    assert list(generated)[:3] == ["written_by", "format", "package_version"]
    assert (generated["written_by"], generated["format"]) == ("medsyn generate", "medsyn-generation/1")
    assert [set(s) for s in generated["shards"]] == [{"name", "rows", "sha256"}] * 2
    assert generated["package_version"] == manifest["package_version"]
