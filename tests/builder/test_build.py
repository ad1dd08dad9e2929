"""`medsyn build`: the Hub-ready folder, offline load_dataset, manifest, atomicity, CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from medsyn_dataset.builder import build as build_module
from medsyn_dataset.builder.build import build_release
from medsyn_dataset.builder.configs import CONFIG_NAMES
from medsyn_dataset.builder.hub_parquet import MAX_ROW_GROUP_ROWS
from medsyn_dataset.builder.manifest import MANIFEST_NAME, verify_manifest
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.cli import app
from medsyn_dataset.dataset_card import read_card_metadata
from medsyn_dataset.outputs import OutputRefusedError

CODES = ["A09", "E11", "I10", "J06", "K29", "M54", "N39", "R51"]


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    rows = synthetic_rows(400, CODES, seed=9, drop_rate=0.08, redact_rate=0.15, cluster_rate=0.1)
    return write_validated_dir(rows, tmp_path_factory.mktemp("validated"), shard_size=300), rows


@pytest.fixture(scope="module")
def release(validated: tuple[Path, list[dict]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("releases") / "medsyn"
    build_release(validated[0], out, seed=4)
    return out


def _load(path: str, config: str | None, cache: Path):  # type: ignore[no-untyped-def]
    import datasets

    assert os.environ.get("HF_DATASETS_OFFLINE") == "1"  # set by tests/conftest.py: no Hub
    return datasets.load_dataset(path, config, cache_dir=str(cache))


def test_folder_layout_and_parquet_format(release: Path) -> None:
    manifest = json.loads((release / MANIFEST_NAME).read_text())
    for config in CONFIG_NAMES:
        for split in ("train", "validation", "test"):
            files = sorted((release / config).glob(f"{split}-*-of-*.parquet"))
            assert [f.name for f in files] == [f"{split}-00000-of-00001.parquet"]
            meta = pq.ParquetFile(files[0]).metadata
            assert meta.num_rows == manifest["rows"][config][split]
            assert meta.row_group(0).column(0).compression == "ZSTD"
            assert all(meta.row_group(i).num_rows <= MAX_ROW_GROUP_ROWS for i in range(meta.num_row_groups))
            assert b"huggingface" in pq.read_schema(files[0]).metadata
            assert pq.ParquetFile(files[0]).metadata.row_group(0).column(0).has_offset_index  # page index
    for name in ("README.md", "validation_report.json", "split_report.json", MANIFEST_NAME):
        assert (release / name).is_file(), name
    assert not list(release.parent.glob(".medsyn.*"))  # no temp folder left behind
    from medsyn_dataset.dataset_card import check_card

    assert check_card(release) == []  # the card's YAML agrees with the files


def test_rows_are_the_released_notes_and_splits_do_not_leak(validated: tuple[Path, list[dict]], release: Path) -> None:
    _, rows = validated
    released = {r["id"]: r for r in rows if r["validation"]["decision"] != "drop"}
    split_of: dict[str, str] = {}
    for split in ("train", "validation", "test"):
        for note_id in pq.read_table(release / "notes" / f"{split}-00000-of-00001.parquet", columns=["id"])["id"].to_pylist():
            assert note_id not in split_of
            split_of[note_id] = split
    assert set(split_of) == set(released)
    for key in ("cluster", "example"):
        seen: dict[object, set[str]] = {}
        for note_id, row in released.items():
            value = row["validation"]["near_dup_cluster"] if key == "cluster" else row["example_id"]
            if value is not None:
                seen.setdefault(value, set()).add(split_of[note_id])
        assert seen and all(len(s) == 1 for s in seen.values()), key
    report = json.loads((release / "split_report.json").read_text())
    assert report["split_sizes"] == {s: list(split_of.values()).count(s) for s in ("train", "validation", "test")}


@pytest.mark.parametrize("config", [None, *CONFIG_NAMES])
def test_load_dataset_offline_with_declared_splits_and_classlabels(release: Path, tmp_path: Path, config: str | None) -> None:
    manifest = json.loads((release / MANIFEST_NAME).read_text())
    ds = _load(str(release), config, tmp_path)
    name = config or "notes"
    assert {split: ds[split].num_rows for split in ds} == manifest["rows"][name]
    label = {"notes": "icd10_code", "icd_classification": "code"}.get(name)
    codes = sorted(json.loads((release / "split_report.json").read_text())["per_code"])
    if label:
        assert ds["train"].features[label].names == codes
    meta = read_card_metadata(release / "README.md")
    declared = {c["config_name"] for c in meta["configs"]}
    assert declared == set(CONFIG_NAMES)


def test_load_dataset_by_name_from_the_parent_folder(release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(release.parent)
    ds = _load("medsyn", "icd_classification", tmp_path)
    assert set(ds) == {"train", "validation", "test"}
    assert ds["test"].features["code"].names == sorted({*ds["train"].features["code"].names})


def test_manifest_checksums_match_and_tampering_is_found(release: Path, tmp_path: Path) -> None:
    import shutil

    manifest = json.loads((release / MANIFEST_NAME).read_text())
    assert verify_manifest(release) == []
    listed = set(manifest["files"])
    on_disk = {p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()} - {MANIFEST_NAME}
    assert listed == on_disk
    assert manifest["seeds"]["split"] == 4 and manifest["packages"]["datasets"]
    assert manifest["input"]["notes"] == 400
    copy = tmp_path / "copy"
    shutil.copytree(release, copy)
    target = copy / "icd_classification" / "test-00000-of-00001.parquet"
    target.write_bytes(target.read_bytes()[:-1] + b"\0")
    problems = verify_manifest(copy)
    assert len(problems) == 1 and "test-00000-of-00001.parquet" in problems[0]


def test_failed_build_leaves_no_output_and_keeps_an_existing_one(
    validated: tuple[Path, list[dict]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medsyn_dataset.builder import hub_parquet

    monkeypatch.setattr(build_module, "_card_writer", lambda: None)  # the plots are not what this tests
    real_write_split = hub_parquet.write_split
    calls = []

    def fail_on_second_config(table, features, directory, split):  # type: ignore[no-untyped-def]
        calls.append(directory.name)
        if directory.name == "icd_classification":
            raise RuntimeError("disk full (simulated)")
        return real_write_split(table, features, directory, split)

    def fail_at_the_end(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full (simulated)")

    out = tmp_path / "medsyn"
    monkeypatch.setattr(build_module, "write_split", fail_on_second_config)  # mid-build: notes/ already written
    with pytest.raises(RuntimeError, match="simulated"):
        build_release(validated[0], out, seed=4)
    assert "notes" in calls and "icd_classification" in calls
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temp folder either

    monkeypatch.setattr(build_module, "write_split", real_write_split)
    monkeypatch.setattr(build_module, "write_manifest", fail_at_the_end)  # after every Parquet file and the card
    out.mkdir()
    (out / "README.md").write_text("the previous release")
    # an earlier build: its manifest lists its files (a file it does not list would make the folder not ours)
    (out / MANIFEST_NAME).write_text(json.dumps({"written_by": "medsyn build", "files": {"README.md": {}}}))
    with pytest.raises(RuntimeError, match="simulated"):
        build_release(validated[0], out, seed=4)
    assert sorted(p.name for p in out.iterdir()) == ["README.md", MANIFEST_NAME]
    assert (out / "README.md").read_text() == "the previous release"
    assert [p.name for p in tmp_path.iterdir()] == ["medsyn"]


def test_rebuild_replaces_the_folder_and_is_byte_identical(
    validated: tuple[Path, list[dict]], release: Path, tmp_path: Path
) -> None:
    out = tmp_path / "medsyn"
    out.mkdir()
    (out / "stale.txt").write_text("old")
    # issue 9: a folder the build did not write is refused and kept (it used to be replaced)
    with pytest.raises(OutputRefusedError, match="not written by `medsyn build`"):
        build_release(validated[0], out, seed=4)
    assert [p.name for p in out.iterdir()] == ["stale.txt"]
    (out / "stale.txt").unlink()
    build_release(validated[0], out, seed=4)
    # review M2: a file added inside an earlier build is refused and kept (it used to be deleted with it)
    (out / "stale.txt").write_text("old")
    with pytest.raises(OutputRefusedError, match=r"did not write \(stale\.txt\)"):
        build_release(validated[0], out, seed=4)
    assert (out / "stale.txt").read_text() == "old"
    (out / "stale.txt").unlink()
    build_release(validated[0], out, seed=4)
    # same notes, same seed: every file (card and plots included) has the same bytes, so the manifest does too
    assert (out / MANIFEST_NAME).read_bytes() == (release / MANIFEST_NAME).read_bytes()
    assert verify_manifest(out) == []


def test_cli_build_and_bad_input(validated: tuple[Path, list[dict]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "_card_writer", lambda: None)  # the card is tested elsewhere
    runner = CliRunner()
    out = tmp_path / "rel"
    result = runner.invoke(app, ["build", "--in", str(validated[0]), "--out", str(out), "--config", "demo", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "load_dataset" in result.output
    assert json.loads((out / MANIFEST_NAME).read_text())["seeds"] == {"release": 11, "split": 11}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "part-00000.parquet").write_bytes(b"garbage")
    result = runner.invoke(app, ["build", "--in", str(bad), "--out", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert "part-00000.parquet" in result.output
    assert not (tmp_path / "x").exists()


def test_card_config_carries_no_local_folders() -> None:
    from medsyn_dataset.config import config_from_dict

    config = config_from_dict(
        {"name": "x", "notes": {"total": 5}, "generation": {"mkg_files": ["kb/extra.tsv"]},
         "validation": {"eval_texts": ["eval/dev.jsonl"]}},
        base_dir=Path("/home/someone/project"),
    )
    public = build_module._public_config(config)
    assert public["generation"]["mkg_files"] == ["extra.tsv"]
    assert public["validation"]["eval_texts"] == ["dev.jsonl"]
    assert "/home/someone" not in json.dumps(public)


def test_released_validation_report_carries_no_local_folders(tmp_path: Path) -> None:
    src = tmp_path / "validation_report.json"
    src.write_text(json.dumps({
        "gate": {"passed": True},
        "inputs": {"in_dir": "/home/someone/run.work/generated", "reference_texts": ["/home/someone/real.jsonl"],
                   "eval_texts": [], "reference_count": 3},
    }), encoding="utf-8")
    public = build_module._public_validation_report(src)
    assert public["inputs"] == {"in_dir": "generated", "reference_texts": ["real.jsonl"], "eval_texts": [],
                                "reference_count": 3}
    assert public["gate"] == {"passed": True}
    src.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"validation_report\.json: not valid JSON"):
        build_module._public_validation_report(src)
