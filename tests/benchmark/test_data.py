from __future__ import annotations

import json

import pytest

from medsyn_dataset.benchmark.data import DataFormatError, Example, load_examples, load_many
from medsyn_dataset.schema import table_from_rows, write_table


def test_rumedtop3_jsonl(tiny_train):
    examples = load_examples(tiny_train)
    assert len(examples) == 60
    assert all(isinstance(e, Example) and e.text and e.code in {"J06", "I10", "M54", "K29", "E11"} for e in examples)
    assert len(load_many([tiny_train, tiny_train])) == 120


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"idx": "b", "symptoms": "x"', "line 2: not valid JSON"),
        ('{"idx": "b", "symptoms": "кашель"}', "line 2: field 'code'"),
        ('{"idx": "b", "code": "J06"}', r"line 2: field 'symptoms' \(or 'text'\)"),
        ('{"idx": "", "symptoms": "кашель", "code": "J06"}', "line 2: field 'idx'"),
        ('["b", "кашель", "J06"]', "line 2: expected a JSON object"),
    ],
)
def test_jsonl_errors_name_file_line_and_field(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"idx": "a", "symptoms": "кашель", "code": "J06"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match=message) as info:
        load_examples(path)
    assert str(path) in str(info.value)


def test_reference_without_text(tmp_path):
    path = tmp_path / "ref.jsonl"
    path.write_text('{"idx": "a", "code": "J06"}\n', encoding="utf-8")
    assert load_examples(path, require_text=False) == [Example("a", "", "J06")]


def test_unknown_spec(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        load_examples(tmp_path / "missing.jsonl")
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(DataFormatError, match="unknown file type"):
        load_examples(tmp_path / "x.csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataFormatError, match="neither a release folder"):
        load_examples(tmp_path / "empty")


def test_note_schema_shards(tmp_path):
    rows = [{"id": f"n{i}", "icd10_code": code, "text": f"жалобы {code}"} for i, code in enumerate(["J06", "I10", "M54"])]
    folder = tmp_path / "imported"
    write_table(table_from_rows(rows[:2]), folder / "part-00000.parquet")
    write_table(table_from_rows(rows[2:]), folder / "part-00001.parquet")
    examples = load_examples(folder)
    assert [(e.id, e.code) for e in examples] == [("n0", "J06"), ("n1", "I10"), ("n2", "M54")]
    assert load_examples(folder / "part-00001.parquet")[0].text == "жалобы M54"


def test_note_shard_with_empty_text_names_row(tmp_path):
    rows = [{"id": "n0", "icd10_code": "J06", "text": "кашель"}, {"id": "n1", "icd10_code": "I10", "text": " "}]
    path = write_table(table_from_rows(rows), tmp_path / "part-00000.parquet")
    with pytest.raises(DataFormatError, match=r"row 1: field 'text'"):
        load_examples(path)


def test_release_folder(tiny_release):
    release = tiny_release
    test = load_examples(release, split="test")
    assert test == [Example("q1", "кашель насморк", "J06"), Example("q2", "жажда", "E11")]
    assert [e.code for e in load_examples(release, split="train")] == ["E11", "I10", "J06"]
    with pytest.raises(DataFormatError, match="no split 'validation'"):
        load_examples(release, split="validation")
    with pytest.raises(DataFormatError, match="choose a split"):
        load_examples(release)


def test_release_label_names(tiny_release):
    from medsyn_dataset.benchmark.data import release_label_names

    release = tiny_release
    assert release_label_names(str(release)) == ["E11", "I10", "J06"]
    assert release_label_names(str(release / "README.md")) is None


def test_hub_id_offline_fails_clearly(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DataFormatError, match="no-such-owner/no-such-dataset"):
        load_examples("no-such-owner/no-such-dataset", split="test")


def test_jsonl_spec_roundtrip(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"idx": 7, "text": "кашель", "code": "J06"}) + "\n", encoding="utf-8")
    assert load_examples(path) == [Example("7", "кашель", "J06")]
