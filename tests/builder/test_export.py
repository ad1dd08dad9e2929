"""`medsyn export --format rumedtop3`: RuMedTop3 JSONL per split."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from medsyn_dataset.builder import build as build_module
from medsyn_dataset.builder.build import build_release
from medsyn_dataset.builder.export import export_release, export_rumedtop3
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.cli import app


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = synthetic_rows(150, ["A09", "I10", "J06", "K29"], seed=2)
    validated = write_validated_dir(rows, tmp_path_factory.mktemp("validated"))
    out = tmp_path_factory.mktemp("rel") / "medsyn"
    mp = pytest.MonkeyPatch()
    mp.setattr(build_module, "_card_writer", lambda: None)  # the export does not read the card
    try:
        build_release(validated, out, configs=("notes", "icd_classification"))
    finally:
        mp.undo()
    return out


def test_rumedtop3_jsonl_per_split(release: Path, tmp_path: Path) -> None:
    counts = export_rumedtop3(release, tmp_path)
    assert set(counts) == {"train.jsonl", "dev.jsonl", "test.jsonl"}
    for split, filename in (("train", "train.jsonl"), ("validation", "dev.jsonl"), ("test", "test.jsonl")):
        table = pq.read_table(release / "icd_classification" / f"{split}-00000-of-00001.parquet")
        lines = (tmp_path / filename).read_text(encoding="utf-8").splitlines()
        assert len(lines) == counts[filename] == table.num_rows
        records = [json.loads(line) for line in lines]
        assert all(list(r) == ["idx", "symptoms", "code"] for r in records)
        assert [r["idx"] for r in records] == table["idx"].to_pylist()
        assert [r["symptoms"] for r in records] == table["text"].to_pylist()
        assert {r["code"] for r in records} <= {"A09", "I10", "J06", "K29"}  # codes as strings, not label ids
        assert any("ж" in r["symptoms"] for r in records)  # Cyrillic written as is (ensure_ascii off)
    # the notes config agrees on each note's code
    notes = pq.read_table(release / "notes" / "test-00000-of-00001.parquet", columns=["id", "icd10_code"])
    names = json.loads(pq.read_schema(release / "notes" / "test-00000-of-00001.parquet").metadata[b"huggingface"])
    labels = names["info"]["features"]["icd10_code"]["names"]
    expected = {i: labels[c] for i, c in zip(notes["id"].to_pylist(), notes["icd10_code"].to_pylist(), strict=True)}
    exported = {r["idx"]: r["code"] for r in map(json.loads, (tmp_path / "test.jsonl").read_text().splitlines())}
    assert exported == expected


def test_export_errors(release: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_release(release, "csv", tmp_path)
    with pytest.raises(FileNotFoundError, match="icd_classification"):
        export_rumedtop3(tmp_path, tmp_path / "out")
    result = CliRunner().invoke(app, ["export", "--release", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "nope" in result.output


def test_cli_export(release: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--release", str(release), "--format", "rumedtop3", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "dev.jsonl" in result.output and (tmp_path / "dev.jsonl").exists()


def test_the_stop_gap_card_still_loads_offline(release: Path, tmp_path: Path) -> None:
    """Built without the card writer, the minimal README must still declare configs and ClassLabels."""
    import datasets

    readme = (release / "README.md").read_text(encoding="utf-8")
    assert "card writer" in readme and "config_name: icd_classification" in readme
    ds = datasets.load_dataset(str(release), "icd_classification", cache_dir=str(tmp_path))
    assert set(ds) == {"train", "validation", "test"}
    assert ds["train"].features["code"].names == ["A09", "I10", "J06", "K29"]
