from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.generation.importers import (
    FLAG_MAPPED,
    FLAG_SMOKING_FROM_PROMPT,
    FLAG_SMOKING_UNRELIABLE,
    ImportFormatError,
    import_corpus,
    resolve_code,
)
from medsyn_dataset.outputs import OutputRefusedError
from medsyn_dataset.schema import NOTE_SCHEMA, list_shards, read_notes

runner = CliRunner()

T4 = "Пациент - {who}, который жалуется на кашель."
RAW = [
    {"UID": "u1", "desease_code": "J06.9", "desease_name": "острая инфекция", "symptoms": ["кашель", "насморк"],
     "gender": "male", "marital_state": 1, "smoking": "некурящий", "prompt": "Напиши анамнез.",
     "response": "Анамнез: кашель три дня."},
    {"UID": "u2", "desease_code": "E74.04", "desease_name": "nan", "symptoms": [], "gender": "female",
     "marital_state": 0, "smoking": "курящая", "prompt": "Напиши.", "response": "Жалобы на слабость."},
    # a bool smoking flag (one upstream batch: always true) is checked against the prompt's own word
    {"UID": None, "desease_code": "I10", "desease_name": "гипертензия", "symptoms": ["головная боль"],
     "gender": "male", "marital_state": 1, "smoking": True, "prompt": T4.format(who="женатый некурящий мужчина"),
     "response": "Головная боль по утрам."},
    {"desease_code": "K29.7", "desease_name": "гастрит", "symptoms": "['изжога', 'тошнота']", "gender": "female",
     "marital_state": 1, "smoking": True, "prompt": "Напиши анамнез.", "response": "Изжога после еды."},
]  # fmt: skip


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_resolve_code():
    valid = resolve_code("J06.9", "f: row 1, field 'code'")
    assert (valid.icd10_code, valid.icd10_subcode, valid.original_code, valid.flags) == (
        "J06",
        "J06.9",
        None,
        (),
    )
    category = resolve_code(" i10 ", "w")
    assert (category.icd10_code, category.icd10_subcode, category.original_code) == ("I10", None, "i10")
    us = resolve_code("E74.04", "w")
    assert (us.icd10_code, us.icd10_subcode, us.original_code, us.flags) == (
        "E74",
        None,
        "E74.04",
        (FLAG_MAPPED,),
    )
    with pytest.raises(ImportFormatError, match=r"f\.csv: row 3, field 'ICD-10'.*U99"):
        resolve_code("U99.1", "f.csv: row 3, field 'ICD-10'")
    with pytest.raises(ImportFormatError, match="row 3"):
        resolve_code("12", "x: row 3")


def test_medsyn_raw_jsonl(tmp_path):
    source = write_jsonl(tmp_path / "raw.jsonl", RAW)
    summary = import_corpus("medsyn-raw", source, tmp_path / "out")
    assert summary.rows == 4 and summary.flagged_codes == 1
    table = read_notes(tmp_path / "out")
    assert table.schema.equals(NOTE_SCHEMA, check_metadata=True)
    rows = {r["source"]["record_id"]: r for r in table.to_pylist()}
    first = rows["u1"]
    assert first["id"] == "medsyn-raw-u1" and first["text"] == "Анамнез: кашель три дня."
    assert (first["icd10_code"], first["icd10_subcode"]) == ("J06", "J06.9")
    assert first["patient"] == {"age": None, "sex": "male", "marital_status": "married", "smoking": False}
    assert first["generation"]["backend"] == "import" and first["source"]["kind"] == "imported"
    assert first["source"]["dataset"] == "medsyn-raw" and first["symptoms"] == ["кашель", "насморк"]
    assert first["icd10_name_ru"].startswith("Острые инфекции верхних дыхательных путей")
    mapped = rows["u2"]
    assert mapped["icd10_code"] == "E74" and mapped["icd10_subcode"] is None
    assert mapped["source"]["original_code"] == "E74.04" and mapped["source"]["flags"] == [FLAG_MAPPED]
    assert mapped["patient"]["smoking"] is True and mapped["patient"]["marital_status"] == "single"
    # no UID: a stable id from file + position
    no_uid = rows["raw.jsonl#3"]
    assert no_uid["patient"]["smoking"] is False and no_uid["source"]["flags"] == [FLAG_SMOKING_FROM_PROMPT]
    unknown = rows["raw.jsonl#4"]
    assert unknown["patient"]["smoking"] is None and unknown["source"]["flags"] == [FLAG_SMOKING_UNRELIABLE]
    assert unknown["symptoms"] == ["изжога", "тошнота"] and unknown["icd10_subcode"] == "K29.7"
    # the ids are stable across runs
    import_corpus("medsyn-raw", source, tmp_path / "again")
    assert read_notes(tmp_path / "again").column("id").to_pylist() == table.column("id").to_pylist()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["rows"] == 4 and manifest["flag_counts"][FLAG_MAPPED] == 1


def test_medsyn_raw_folder_of_json_batches(tmp_path):
    for batch in ("0_5k_gpt3.5", "1_1k_gpt4"):
        folder = tmp_path / "raw" / batch
        folder.mkdir(parents=True)
        records = [{k: v for k, v in r.items() if k != "UID"} for r in RAW[:2]]
        (folder / "result_0-20.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    summary = import_corpus("medsyn-raw", tmp_path / "raw", tmp_path / "out", shard_size=3)
    assert summary.rows == 4 and summary.shards == ["part-00000.parquet", "part-00001.parquet"]
    assert summary.models == {"gpt-3.5": 2, "gpt-4": 2}
    rows = read_notes(tmp_path / "out").to_pylist()
    assert {r["source"]["record_id"] for r in rows} == {
        "0_5k_gpt3.5/result_0-20.json#1", "0_5k_gpt3.5/result_0-20.json#2",
        "1_1k_gpt4/result_0-20.json#1", "1_1k_gpt4/result_0-20.json#2",
    }  # fmt: skip
    assert len({r["id"] for r in rows}) == 4


def test_bad_input_names_file_row_and_field(tmp_path):
    bad = [dict(RAW[0]), dict(RAW[1], gender="robot")]
    with pytest.raises(ImportFormatError, match=r"bad\.jsonl: row 2, field 'gender'"):
        import_corpus("medsyn-raw", write_jsonl(tmp_path / "bad.jsonl", bad), tmp_path / "out")
    missing = [{k: v for k, v in RAW[0].items() if k != "response"}]
    with pytest.raises(
        ImportFormatError, match=r"missing\.jsonl: row 1, field 'response': column is missing"
    ):
        import_corpus("medsyn-raw", write_jsonl(tmp_path / "missing.jsonl", missing), tmp_path / "out")
    dup = [RAW[0], RAW[0]]
    with pytest.raises(ImportFormatError, match=r"dup\.jsonl: row 2: duplicate id"):
        import_corpus("medsyn-raw", write_jsonl(tmp_path / "dup.jsonl", dup), tmp_path / "out")
    (tmp_path / "broken.jsonl").write_text('{"idx": "a", "symptoms": "x", "code": "J06"}\n{oops\n')
    with pytest.raises(ImportFormatError, match=r"broken\.jsonl: line 2: not valid JSON"):
        import_corpus("rumedtop3", tmp_path / "broken.jsonl", tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing half-written
    assert not list(tmp_path.glob(".out.*"))  # and no temp folder left behind


def test_invalid_category_fails_or_is_skipped_and_counted(tmp_path):
    records = [RAW[0], dict(RAW[1], UID="u9", desease_code="U99.9")]
    source = write_jsonl(tmp_path / "raw.jsonl", records)
    with pytest.raises(ImportFormatError, match=r"raw\.jsonl: row 2, field 'desease_code'.*U99"):
        import_corpus("medsyn-raw", source, tmp_path / "out")
    summary = import_corpus("medsyn-raw", source, tmp_path / "out", skip_invalid=True)
    assert summary.rows == 1 and summary.skipped == 1 and "U99" in summary.skipped_reasons[0]
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["skipped"] == 1


def test_an_earlier_import_is_replaced_and_other_folders_refused(tmp_path):
    # issue 9: one rule for every command: its own earlier output (manifest written_by "medsyn
    # import") is replaced atomically; a folder it did not write is refused, whatever the flags.
    source = write_jsonl(tmp_path / "raw.jsonl", RAW[:2])
    import_corpus("medsyn-raw", source, tmp_path / "out", shard_size=1)
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["written_by"] == "medsyn import"
    import_corpus("medsyn-raw", write_jsonl(tmp_path / "one.jsonl", RAW[:1]), tmp_path / "out")
    assert [p.name for p in list_shards(tmp_path / "out")] == ["part-00000.parquet"]  # old shards are gone
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(OutputRefusedError, match="not written by `medsyn import`"):
        import_corpus("medsyn-raw", source, tmp_path / "other")
    assert [p.name for p in (tmp_path / "other").iterdir()] == ["notes.txt"]


def test_medsyn_hub_csv(tmp_path):
    path = tmp_path / "generated.csv"
    header = ["idx", "ICD-10", "generation_model", "prompt", "prior", "example", "example_source", "response",
              "symptoms", "anamnesis", "symptoms_recall", "anamnesis_precision"]  # fmt: skip
    rows = [
        ["0", "J06.9", "GPT-4", "Напиши анамнез", "symptoms", "True", "RuMedPrime",
         'Жалобы: кашель, "сильный",\nнасморк.', "['кашель', 'насморк']", "Пример записи", "0.81", "0.77"],
        ["1", "M42.00", "LLaMA-7b", "Напиши", "none", "False", "", "Боль в спине.", "боль в спине, скованность",
         "", "0.5", ""],
    ]  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    summary = import_corpus("medsyn-hub", path, tmp_path / "out")
    assert summary.rows == 2 and summary.models == {"GPT-4": 1, "LLaMA-7b": 1}
    notes = {r["id"]: r for r in read_notes(tmp_path / "out").to_pylist()}
    first, second = notes["medsyn-hub-0"], notes["medsyn-hub-1"]
    assert first["text"] == 'Жалобы: кашель, "сильный",\nнасморк.'
    assert first["symptoms"] == ["кашель", "насморк"] and first["example_source"] == "RuMedPrime"
    assert first["prompt_template"] == "prior:symptoms" and first["generation"]["model"] == "GPT-4"
    assert json.loads(first["validation"]["quality_scores"]) == {
        "upstream_anamnesis_precision": 0.77, "upstream_symptoms_recall": 0.81,
    }  # fmt: skip
    assert first["validation"]["decision"] is None
    assert second["icd10_code"] == "M42" and second["source"]["flags"] == [FLAG_MAPPED]
    assert second["source"]["original_code"] == "M42.00"
    assert second["symptoms"] == ["боль в спине", "скованность"] and second["example_source"] is None
    # a bad row names file, row (records counted as a spreadsheet shows them: header = row 1) and field
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(["2", "J06", "GPT-4", "p", "none", "maybe", "", "текст", "", "", "", ""])
    with pytest.raises(ImportFormatError, match=r"generated\.csv: row 4, field 'example'"):
        import_corpus("medsyn-hub", path, tmp_path / "out2")


def test_rumedtop3_keeps_text_byte_for_byte(tmp_path):
    texts = [
        "  Жалобы на боль\u00a0в горле,  t 37.5 ",
        "Кашель\tс мокротой\r\nи одышка 😷",
        "ГБ 3 ст., АД 160/90",
    ]
    records = [
        {"idx": f"q{i}", "symptoms": t, "code": c}
        for i, (t, c) in enumerate(zip(texts, ["J06", "J20", "I11"], strict=True))
    ]
    source = write_jsonl(tmp_path / "train.jsonl", records)
    import_corpus("rumedtop3", source, tmp_path / "out")
    notes = read_notes(tmp_path / "out").to_pylist()
    assert [n["id"] for n in notes] == ["q0", "q1", "q2"]
    assert [n["text"] for n in notes] == texts
    assert [n["text"].encode() for n in notes] == [t.encode() for t in texts]
    assert [n["icd10_code"] for n in notes] == ["J06", "J20", "I11"]
    assert all(n["source"]["dataset"] == "rumedtop3" and n["source"]["record_id"] == n["id"] for n in notes)


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_generic_jsonl_with_configurable_columns(tmp_path, kind):
    records = [
        {"note_id": "a1", "body": "Боль в колене при ходьбе.", "dx": "M17.1", "sx": ["боль в колене"]},
        {"note_id": "a2", "body": "Жажда, сухость во рту.", "dx": "E11", "sx": ["жажда"]},
    ]
    if kind == "jsonl":
        source = write_jsonl(tmp_path / "my.jsonl", records)
    else:
        source = tmp_path / "my.parquet"
        pq.write_table(pa.Table.from_pylist(records), source)
    summary = import_corpus(
        "jsonl", source, tmp_path / "out", text_column="body", code_column="dx", id_column="note_id",
        symptoms_column="sx", dataset="clinic", model="human",
    )  # fmt: skip
    assert summary.rows == 2
    notes = read_notes(tmp_path / "out").to_pylist()
    assert [(n["id"], n["icd10_code"], n["icd10_subcode"]) for n in notes] == [
        ("a1", "M17", "M17.1"),
        ("a2", "E11", None),
    ]
    assert notes[0]["symptoms"] == ["боль в колене"] and notes[0]["source"]["dataset"] == "clinic"
    assert notes[0]["generation"]["model"] == "human"
    with pytest.raises(ImportFormatError, match=r"field 'text': column is missing"):
        import_corpus("jsonl", source, tmp_path / "out2")


def test_cli_import_and_errors(tmp_path):
    source = write_jsonl(tmp_path / "raw.jsonl", RAW)
    result = runner.invoke(app, ["import", "--format", "medsyn-raw", str(source), "--out", str(tmp_path / "o"),
                                 "--no-progress"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "4 in 1 shard" in result.output and "mapped to category" in result.output
    again = runner.invoke(
        app, ["import", "--format", "medsyn-raw", str(source), "--out", str(tmp_path / "o"), "--no-progress"]
    )
    assert again.exit_code == 0, again.output  # its own earlier import: replaced
    bad = runner.invoke(app, ["import", "--format", "csv", str(source), "--out", str(tmp_path / "p")])
    assert bad.exit_code == 1 and "--format must be one of" in bad.output
    absent = runner.invoke(app, ["import", "--format", "rumedtop3", str(tmp_path / "nope.jsonl"), "--out",
                                 str(tmp_path / "p")])  # fmt: skip
    assert absent.exit_code == 1 and "nope.jsonl" in absent.output


def test_import_upstream_medsyn_raw(shared, tmp_path):
    source = shared("medsyn_upstream", "generated_notes.parquet")
    result = runner.invoke(app, ["import", "--format", "medsyn-raw", str(source), "--out", str(tmp_path / "raw"),
                                 "--no-progress"])  # fmt: skip
    assert result.exit_code == 0, result.output
    table = read_notes(tmp_path / "raw")
    assert table.num_rows == 11480
    assert table.schema.equals(NOTE_SCHEMA, check_metadata=True)
    ids = table.column("id").to_pylist()
    assert len(set(ids)) == 11480
    upstream = pq.read_table(source, columns=["response", "desease_code", "model"])
    assert table.column("text").to_pylist() == upstream.column("response").to_pylist()
    sources = table.column("source").to_pylist()
    flagged = [s for s in sources if FLAG_MAPPED in s["flags"]]
    assert flagged and all(s["original_code"] for s in flagged)
    # every upstream code that is not WHO ICD-10 is flagged, none silently dropped
    from medsyn_dataset.knowledge.icd10 import is_valid

    assert len(flagged) == sum(not is_valid(c) for c in upstream.column("desease_code").to_pylist())
    models = table.column("generation").to_pylist()
    assert (
        sum(g["model"] == "gpt-4" for g in models) == 1500
        and sum(g["model"] == "gpt-3.5" for g in models) == 9980
    )
    assert len(set(table.column("icd10_code").to_pylist())) == 217


def test_import_rumedtop3_train(shared, tmp_path):
    source = shared("rumedtop3", "train.jsonl")
    summary = import_corpus("rumedtop3", source, tmp_path / "rt")
    assert summary.rows == 4690 and summary.codes == 105
    notes = read_notes(tmp_path / "rt")
    originals = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert notes.column("text").to_pylist() == [r["symptoms"] for r in originals]
    assert notes.column("id").to_pylist() == [r["idx"] for r in originals]
