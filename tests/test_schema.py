from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medsyn_dataset import schema


def _row(i: int = 0, **overrides):
    row = {
        "id": f"note-{i}",
        "icd10_code": "J06",
        "icd10_subcode": "J06.9",
        "icd10_name_ru": "Острые инфекции верхних дыхательных путей",
        "text": "Жалобы на заложенность носа и боль в горле.",
        "symptoms": ["заложенность носа", "боль в горле"],
        "patient": {"age": 34, "sex": "female", "marital_status": "married", "smoking": False},
        "example_id": None,
        "prompt_template": "short",
        "prompt_template_hash": "abc",
        "prompt": "Напиши ...",
        "generation": {
            "backend": "template",
            "model": "template-composer",
            "params": schema.params_json({"temperature": 0.9}),
            "seed": 7,
            "finish_reason": "stop",
            "prompt_tokens": None,
            "completion_tokens": None,
            "latency_s": 0.0,
            "created_at": "2026-11-23T00:00:00+00:00",
        },
        "source": {"kind": "generated", "dataset": "demo", "record_id": None, "original_code": None, "flags": []},
        "validation": {
            "decision": "redact",
            "reasons": ["pii:PERSON"],
            "pii": [{"type": "PERSON", "start": 0, "end": 5, "score": 0.9, "recognizer": "ru_person"}],
            "near_dup_cluster": None,
            "is_cluster_representative": True,
            "symptom_coverage": 1.0,
            "label_predictions": ["J06", "J02"],
            "memorized_source_id": None,
            "contaminated_with": None,
            "quality_scores": "{}",
            "policy_hash": "p",
        },
    }
    row.update(overrides)
    return row


def test_round_trip_parquet(tmp_path):
    rows = [_row(i) for i in range(3)]
    table = schema.table_from_rows(rows)
    path = schema.write_table(table, tmp_path / "part-00000.parquet")
    back = schema.read_notes(tmp_path)
    assert back.schema.equals(schema.NOTE_SCHEMA, check_metadata=True)
    assert back.to_pylist() == table.to_pylist()
    assert back.to_pylist()[0]["validation"]["pii"][0]["recognizer"] == "ru_person"
    assert pq.read_schema(path).metadata[schema.SCHEMA_METADATA_KEY] == b"note/" + schema.NOTE_SCHEMA_VERSION.encode()


def test_features_match_arrow_schema():
    features = schema.note_features()
    assert list(features) == schema.NOTE_SCHEMA.names
    assert features.arrow_schema.remove_metadata().equals(
        pa.schema([f.with_nullable(True) for f in schema.NOTE_SCHEMA]), check_metadata=False
    )
    assert list(schema.task_features()) == schema.TASK_SCHEMA.names


def test_datasets_round_trip(tmp_path):
    import datasets

    table = schema.table_from_rows([_row(0), _row(1)])
    schema.write_table(table, tmp_path / "part-00000.parquet")
    ds = datasets.Dataset.from_parquet(str(tmp_path / "part-00000.parquet"), features=schema.note_features())
    assert ds.features == schema.note_features()
    assert ds[1]["id"] == "note-1"
    assert ds[0]["patient"]["sex"] == "female"


def test_missing_nullable_columns_are_filled():
    table = schema.table_from_rows([{"id": "a", "icd10_code": "J06", "text": "t"}])
    assert table.num_rows == 1
    assert table.column("validation").to_pylist() == [None]


def test_required_value_missing_names_row_and_column():
    with pytest.raises(schema.SchemaMismatchError, match=r"\[1\].*'text'"):
        schema.table_from_rows([_row(0), {"id": "b", "icd10_code": "J06"}])


def test_unknown_column_rejected():
    with pytest.raises(schema.SchemaMismatchError, match="'colour'"):
        schema.table_from_rows([_row(0, colour="red")])


def test_mismatch_names_file_and_column(tmp_path):
    table = schema.table_from_rows([_row(0)])
    bad = table.set_column(table.schema.get_field_index("icd10_code"), "icd10_code", pa.array([3], pa.int64()))
    bad = bad.replace_schema_metadata(schema.NOTE_SCHEMA.metadata)
    path = tmp_path / "part-00000.parquet"
    pq.write_table(bad, path)
    with pytest.raises(schema.SchemaMismatchError) as info:
        schema.read_notes(tmp_path)
    assert str(path) in str(info.value) and "'icd10_code'" in str(info.value)


def test_missing_metadata_and_wrong_kind_and_version(tmp_path):
    table = schema.table_from_rows([_row(0)])
    plain = tmp_path / "plain.parquet"
    pq.write_table(table.replace_schema_metadata(None), plain)
    with pytest.raises(schema.SchemaMismatchError, match="not a medsyn note file"):
        schema.read_table(plain)
    with pytest.raises(schema.SchemaMismatchError, match="holds 'note' rows"):
        schema.read_table(schema.write_table(table, tmp_path / "n.parquet"), kind="task")
    future = tmp_path / "future.parquet"
    pq.write_table(table.replace_schema_metadata({schema.SCHEMA_METADATA_KEY: b"note/99.0"}), future)
    with pytest.raises(schema.SchemaMismatchError, match="incompatible"):
        schema.read_table(future)


def test_not_parquet_is_clear_error(tmp_path):
    path = tmp_path / "part-00000.parquet"
    path.write_text("not parquet")
    with pytest.raises(schema.SchemaMismatchError, match="not a readable Parquet file"):
        schema.read_notes(path)


def test_params_json_is_canonical():
    assert schema.params_json({"b": 1, "a": "ё"}) == '{"a":"ё","b":1}'


def test_a_null_in_a_required_column_names_file_row_and_field(tmp_path):
    """Another tool may declare `text` nullable and leave it empty: the types match, the values don't."""
    rows = [{"id": "a", "icd10_code": "J06", "text": "Жалобы."}, {"id": "b", "icd10_code": "J06", "text": None}]
    loose = pa.schema([pa.field(f.name, f.type) for f in schema.NOTE_SCHEMA], metadata=schema.NOTE_SCHEMA.metadata)
    path = tmp_path / "part-00000.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=loose), path)
    with pytest.raises(schema.SchemaMismatchError, match=r"part-00000\.parquet: column 'text': row 1: required value is null"):
        schema.read_notes(path)
