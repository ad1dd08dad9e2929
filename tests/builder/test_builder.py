"""The MedSyn datasets builder: features as declared, rows = released notes, redaction, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medsyn_dataset.builder.configs import CONFIG_NAMES, features_for
from medsyn_dataset.builder.ift import IFT_TASKS, complaints_of, ift_records
from medsyn_dataset.builder.source import ValidatedInputError, validated_shards
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph, Triple
from medsyn_dataset.schema import SchemaMismatchError, table_from_rows

CODES = ["A09", "I10", "J06", "K29", "M54", "N39"]


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    rows = synthetic_rows(240, CODES, seed=5, drop_rate=0.1, redact_rate=0.2)
    folder = write_validated_dir(rows, tmp_path_factory.mktemp("validated"), shard_size=70)
    return folder, rows


def _prepare(folder: Path, config: str, cache: Path, **kwargs):  # type: ignore[no-untyped-def]
    from medsyn_dataset.builder.medsyn_builder import MedsynBuilder

    builder = MedsynBuilder(config_name=config, data_dir=str(folder), cache_dir=str(cache), seed=3, **kwargs)
    builder.download_and_prepare()
    return builder, builder.as_dataset()


@pytest.mark.parametrize("config", CONFIG_NAMES)
def test_builder_round_trip(validated: tuple[Path, list[dict]], tmp_path: Path, config: str) -> None:
    folder, rows = validated
    released = [r for r in rows if r["validation"]["decision"] != "drop"]
    codes = sorted({r["icd10_code"] for r in released})
    builder, ds = _prepare(folder, config, tmp_path)
    assert builder.info.features == features_for(config, codes)
    for split in ds.values():
        assert split.features == builder.info.features
    assert set(ds) == {"train", "validation", "test"}
    assert {name: s.num_examples for name, s in builder.info.splits.items()} == {k: v.num_rows for k, v in ds.items()}
    if config == "ift":
        note_ids = {i for split in ds.values() for i in split["note_id"]}
        assert note_ids == {r["id"] for r in released}
        tasks = {t for split in ds.values() for t in split["task"]}
        assert tasks == set(IFT_TASKS)
        by_split = {name: set(split["note_id"]) for name, split in ds.items()}
        assert not (by_split["train"] & by_split["test"])  # records follow their note's split
        return
    id_col = "id" if config == "notes" else "idx"
    ids = [i for split in ds.values() for i in split[id_col]]
    assert sorted(ids) == sorted(r["id"] for r in released)  # rows == released notes, once each
    label = "icd10_code" if config == "notes" else "code"
    assert ds["train"].features[label].names == codes
    by_id = {r["id"]: r for r in released}
    for split in ds.values():
        for row in split.select(range(min(40, split.num_rows))):
            source = by_id[row[id_col]]
            assert codes[row[label]] == source["icd10_code"]
            if source["validation"]["decision"] == "redact":
                assert row["text"] == source["text_redacted"]
                assert "Иван Петров" not in row["text"]  # the original (with PII) is not released
            else:
                assert row["text"] == source["text"]
            if config == "notes":
                assert row["text_redacted"] == (row["text"] if source["validation"]["decision"] == "redact" else None)


def test_no_original_pii_text_anywhere_in_the_notes_config(validated: tuple[Path, list[dict]], tmp_path: Path) -> None:
    folder, _ = validated
    _, ds = _prepare(folder, "notes", tmp_path)
    for split in ds.values():
        for column in ("text", "text_redacted"):
            assert not any(t and "+7 900 123-45-67" in t for t in split[column])


def test_split_file_fixes_the_split(validated: tuple[Path, list[dict]], tmp_path: Path) -> None:
    folder, rows = validated
    released = sorted(r["id"] for r in rows if r["validation"]["decision"] != "drop")
    split_file = tmp_path / "splits.parquet"
    pq.write_table(pa.table({"id": released, "split": ["test"] * 5 + ["train"] * (len(released) - 5)}), split_file)
    _, ds = _prepare(folder, "icd_classification", tmp_path / "cache", split_file=str(split_file))
    assert sorted(ds["test"]["idx"]) == released[:5]
    assert "validation" not in ds  # an empty split is left out


def test_complaints_fall_back_to_mkg_symptoms_found_in_the_text() -> None:
    mkg = MedicalKnowledgeGraph([Triple("J06", "has_symptom", "насморк", 0.9),
                                 Triple("J06", "has_symptom", "боль в горле", 0.5),
                                 Triple("J06", "has_symptom", "сыпь", 0.4)])
    note = {"id": "x", "icd10_code": "J06", "text": "Жалобы на насморк и боль в горле.", "symptoms": []}
    assert complaints_of(note, mkg) == ["насморк", "боль в горле"]
    assert complaints_of({**note, "symptoms": ["кашель"]}, mkg) == ["кашель"]
    assert complaints_of(note, None) == []


def test_ift_records_of_generated_and_imported_notes() -> None:
    mkg = MedicalKnowledgeGraph([Triple("J06", "has_symptom", "насморк", 0.9)])
    note = {"id": "n1", "icd10_code": "J06", "text": "Жалобы на насморк и кашель.", "symptoms": ["насморк", "кашель"],
            "patient": {"age": 30, "sex": "female", "smoking": False}, "validation": {"symptom_coverage": 1.0}}
    records = {r.task: r for r in ift_records(note, "ОРВИ", mkg)}
    assert set(records) == set(IFT_TASKS)
    assert records["write_note"].output == note["text"] and "J06 «ОРВИ»" in records["write_note"].instruction
    assert records["write_note"].input == "Пациент: женщина, 30 лет, не курит.\nСимптомы: насморк, кашель."
    assert records["classify"].input == note["text"] and records["classify"].output == "J06 — ОРВИ"
    assert records["complaints"].output == "- насморк\n- кашель"
    assert [r.id for r in ift_records(note, "ОРВИ", mkg)] == [r.id for r in records.values()]  # deterministic
    # low symptom coverage: no complaints record
    low = {**note, "validation": {"symptom_coverage": 0.2}}
    assert [r.task for r in ift_records(low, "ОРВИ", mkg)] == ["write_note", "classify"]
    # imported (no symptom list): the MKG symptoms found in the text feed write_note, but no complaints record
    imported = {**note, "symptoms": [], "patient": None, "validation": None}
    tasks = {r.task: r for r in ift_records(imported, None, mkg)}
    assert set(tasks) == {"write_note", "classify"}
    assert tasks["write_note"].input == "Симптомы: насморк."


# ---- bad input ---------------------------------------------------------------------------------


def test_no_shards_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=re.escape(str(tmp_path))):
        validated_shards(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such folder"):
        validated_shards(tmp_path / "missing")


def test_wrong_schema_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "part-00000.parquet"
    pq.write_table(pa.table({"id": ["a"], "text": ["t"]}), bad)
    with pytest.raises(SchemaMismatchError, match=r"part-00000\.parquet"):
        validated_shards(tmp_path)
    bad.write_bytes(b"not parquet")
    with pytest.raises(ValueError, match=r"part-00000\.parquet"):
        validated_shards(tmp_path)


def test_unvalidated_or_unredacted_rows_name_file_row_and_field(tmp_path: Path) -> None:
    from medsyn_dataset.builder.source import released_rows, split_keys
    from medsyn_dataset.schema import write_table

    rows = synthetic_rows(5, CODES, seed=1, drop_rate=0, redact_rate=0)
    rows[3]["validation"]["decision"] = None
    write_table(table_from_rows(rows), tmp_path / "part-00000.parquet")
    with pytest.raises(ValidatedInputError, match=r"part-00000.parquet: row 3: field 'validation.decision'"):
        split_keys(validated_shards(tmp_path))
    rows[3]["validation"]["decision"] = "redact"
    rows[3]["text_redacted"] = None
    write_table(table_from_rows(rows), tmp_path / "part-00000.parquet")
    with pytest.raises(ValidatedInputError, match=r"row 3: field 'text_redacted'"):
        list(released_rows(tmp_path / "part-00000.parquet"))


def test_shards_of_an_older_minor_schema_without_nullable_columns(tmp_path: Path) -> None:
    from medsyn_dataset.builder.source import released_rows, split_keys

    rows = synthetic_rows(6, CODES, seed=2, drop_rate=0, redact_rate=0)
    table = table_from_rows(rows).drop_columns(["example_id", "text_redacted", "prompt"])
    pq.write_table(table, tmp_path / "part-00000.parquet")  # keeps the medsyn.schema metadata
    shards = validated_shards(tmp_path)
    assert [k.id for k in split_keys(shards)] == [r["id"] for r in rows]
    assert all(k.example_id is None for k in split_keys(shards))
    got = [row for _, row in released_rows(shards[0], columns=("icd10_code",))]
    assert [r["text"] for r in got] == [r["text"] for r in rows]
    assert all(r["text_redacted"] is None for r in got)
