"""Honest provenance in the card (issue #9): each source with its rows, licence and citation, the licence
derived from what the release holds, nothing real called synthetic, and croissant.json."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from medsyn_dataset.builder.build import build_release
from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir
from medsyn_dataset.cli import app
from medsyn_dataset.config import config_from_dict
from medsyn_dataset.dataset_card import check_card, read_card_metadata
from medsyn_dataset.dataset_card.fields import NOT_DESCRIBED, describe, walk_features
from medsyn_dataset.dataset_card.stats import features_of, find_data_files
from medsyn_dataset.provenance import LicenseConflictError
from medsyn_dataset.release.run import run_release

CODES = ["I10", "J06", "K29"]
_COMPLAINTS = {
    "I10": ["головная боль в затылке", "шум в ушах", "повышение давления до 160/100", "мелькание мушек перед глазами"],
    "J06": ["боль в горле", "насморк", "кашель", "температура 37,8", "заложенность носа"],
    "K29": ["боль в эпигастрии", "изжога", "тошнота после еды", "отрыжка кислым"],
}
_DAYS = ["два дня", "неделю", "три дня", "месяц", "пять дней", "две недели"]
_HISTORY = [
    "Ранее подобных жалоб не было.", "Лечился самостоятельно, без эффекта.", "Хронических заболеваний не отмечает.",
    "Аллергологический анамнез не отягощён.", "Работает на складе, много курит.", "Ухудшение связывает со стрессом.",
]  # fmt: skip


def _note_text(code: str, i: int) -> str:
    """Distinct Russian notes over 200 characters, so the default policy keeps them."""
    complaints = _COMPLAINTS[code]
    picked = [complaints[(i + k) % len(complaints)] for k in range(3)]
    return (
        f"Пациент обратился с жалобами на {', '.join(picked)}. Беспокоит {_DAYS[i % len(_DAYS)]}. "
        f"{_HISTORY[i % len(_HISTORY)]} {_HISTORY[(i + 2) % len(_HISTORY)]} Объективно: состояние "
        f"удовлетворительное, осмотрен в кабинете №{100 + i}, рекомендовано обследование, визит {i + 1}."
    )


def _records(per_code: int = 6) -> list[tuple[str, str, int]]:
    return [(code, _note_text(code, i), i) for code in CODES for i in range(per_code)]


def _config(**extra: Any):  # type: ignore[no-untyped-def]
    return config_from_dict(
        {"name": "rerelease", "version": "1.0.0", "seed": 5, "codes": CODES, "notes": {"total": 1}, **extra}
    )


def _body_synthetic_lines(text: str) -> list[str]:
    """Lines that mention 'synthetic' without negating it (the MedSyn paper's title excepted)."""
    return [
        line
        for line in text.splitlines()
        if "synthetic" in line.lower()
        and "not synthetic" not in line.lower()
        and "Synthetic Medical Text Generation Framework" not in line
    ]


@pytest.fixture(scope="module")
def rumedtop3_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A re-release of RuMedTop3-format rows: import -> validate -> build, as `medsyn release --from` runs it."""
    root = tmp_path_factory.mktemp("top3")
    source = root / "dev.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for code, text, i in _records():
            fh.write(json.dumps({"idx": f"{code}-{i}", "symptoms": text, "code": code}, ensure_ascii=False) + "\n")
    out = root / "release"
    run_release(_config(), out, from_=f"rumedtop3:{source}", progress=False, say=lambda _m: None)
    return out


def test_a_rumedtop3_rerelease_is_cc_by_nc_credits_rumedbench_and_is_never_called_synthetic(
    rumedtop3_release: Path,
) -> None:
    release = rumedtop3_release
    assert check_card(release) == []
    meta = read_card_metadata(release / "README.md")
    assert meta["license"] == "cc-by-nc-4.0"
    # RuMedBench is published on GitHub, not as a Hub dataset: `extended|RuMedBench` would link a Hub id
    # that is not its; plain `extended`, and the body names the corpus, its licence and citation
    assert meta["source_datasets"] == ["extended"]
    assert meta["language_creators"] == ["found"] and meta["annotations_creators"] == ["expert-generated"]
    assert "synthetic" not in meta["tags"] and "synthetic" not in meta["pretty_name"].lower()
    assert meta["multilinguality"] == ["monolingual"] and "multi-class-classification" in meta["task_ids"]
    body = (release / "README.md").read_text("utf-8")
    assert "Generated notes can be wrong" not in body  # review L5: nothing in it was generated
    assert "The notes record single visits, not verified diagnoses." in body
    released = json.loads((release / "release_manifest.json").read_text("utf-8"))
    rows = sum(released["rows"]["notes"].values())
    assert rows > 0
    assert f"| RuMedTop3 (RuMedBench) (`rumedtop3`) | imported; real notes (not synthetic) | {rows:,} of 18 imported |" in body
    assert "[CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/)" in body
    assert "@inproceedings{blinov2022rumedbench" in body and "source of" in body
    assert _body_synthetic_lines(body) == []
    # imported notes are never described with our prompts, MKG sampling or configured backend
    assert "**Prompts**" not in body and "**Backends**" not in body and "Configured: backend" not in body
    assert "played no part in them" in body
    assert released["license"] == "cc-by-nc-4.0"
    assert released["sources"] == [{"name": "rumedtop3", "kind": "imported", "license": "cc-by-nc-4.0", "rows": rows}]
    assert "croissant.json" in released["files"]


def test_the_rumedtop3_croissant_file_says_real_notes_and_cc_by_nc(rumedtop3_release: Path) -> None:
    meta = json.loads((rumedtop3_release / "croissant.json").read_text("utf-8"))
    assert meta["license"] == "https://creativecommons.org/licenses/by-nc/4.0/"
    assert meta["isBasedOn"] == ["https://github.com/pavel-blinov/RuMedBench"]
    assert "real, not synthetic" in meta["rai:dataCollection"]
    assert "synthetic" not in meta["keywords"]
    assert any("real, anonymised patient notes" in s for s in meta["rai:personalSensitiveInformation"])
    # RuMedTop3 rows carry no patient details: the RAI text must not say the release holds them
    health = meta["rai:personalSensitiveInformation"][0]
    assert health.startswith("Health data:") and "marital status" not in health and "smoking" not in health
    assert "no patient details" in health


def _medsyn_raw(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for code, text, i in _records(5):
            record = {
                "desease_code": f"{code}.9" if code != "I10" else code, "response": text, "UID": f"u-{code}-{i}",
                "symptoms": _COMPLAINTS[code][:2], "gender": "male", "marital_state": 1, "smoking": "некурящий",
                "model": "gpt-4", "prompt": "Напиши историю болезни.",
            }  # fmt: skip
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_an_upstream_medsyn_import_is_mit_and_credits_medsyn(tmp_path: Path) -> None:
    out = tmp_path / "release"
    run_release(_config(), out, from_=f"medsyn-raw:{_medsyn_raw(tmp_path / 'raw.jsonl')}", progress=False,
                say=lambda _m: None)  # fmt: skip
    assert check_card(out) == []
    meta = read_card_metadata(out / "README.md")
    assert meta["license"] == "mit" and meta["source_datasets"] == ["extended|Glebkaa/MedSyn-synthetic"]
    assert meta["language_creators"] == ["machine-generated"] and "synthetic" in meta["tags"]
    body = (out / "README.md").read_text("utf-8")
    assert "imported; machine-written upstream (synthetic)" in body
    assert "MIT, as stated on the MedSyn corpus's Hugging Face card" in body
    assert "On the Hugging Face Hub: [Glebkaa/MedSyn-synthetic](https://huggingface.co/datasets/Glebkaa/MedSyn-synthetic)" in body
    assert "Models recorded upstream: `gpt-4`" in body
    assert "source of" in body and "@inproceedings{kumichev2024medsyn" in body
    assert "**Prompts**" not in body and "Configured: backend" not in body


def _mixed_validated(tmp_path: Path) -> Path:
    """Generated notes and RuMedTop3 rows in one validated folder."""
    generated = synthetic_rows(20, CODES, seed=1, drop_rate=0.0, redact_rate=0.3, id_prefix="gen")
    imported = synthetic_rows(10, CODES, seed=2, drop_rate=0.0, id_prefix="top3")
    for row in imported:
        row["source"] = {"kind": "imported", "dataset": "rumedtop3", "record_id": row["id"], "flags": []}
        row["generation"] = {"backend": "import"}
        row["prompt_template"] = row["symptoms"] = row["patient"] = None
    return write_validated_dir(generated + imported, tmp_path / "validated")


def test_a_mixed_generated_and_rumedtop3_release_needs_a_stated_licence_that_keeps_non_commercial(
    tmp_path: Path,
) -> None:
    validated = _mixed_validated(tmp_path)
    with pytest.raises(LicenseConflictError, match=r"different licences.*rumedtop3 \(cc-by-nc-4.0"):
        build_release(validated, tmp_path / "derived", _config())
    with pytest.raises(LicenseConflictError, match="non-commercial"):
        build_release(validated, tmp_path / "mit", _config(hub={"license": "mit"}))
    assert not (tmp_path / "derived").exists() and not (tmp_path / "mit").exists()

    out = tmp_path / "stated"
    build_release(validated, out, _config(hub={"license": "cc-by-nc-4.0"}))
    assert check_card(out) == []
    meta = read_card_metadata(out / "README.md")
    assert meta["license"] == "cc-by-nc-4.0"
    assert meta["source_datasets"] == ["original", "extended"]
    body = (out / "README.md").read_text("utf-8")
    assert "as stated by the release config" in body
    assert "The sources' own licences:" in body and "rumedtop3 (cc-by-nc-4.0" in body and "(mit, " in body
    assert "**30 Russian clinical notes**" in body and "real, anonymised notes imported from RuMedTop3" in body
    # the generated source alone is described with our backends; the imported one with its origin
    generated_section, imported_section = body.split("### RuMedTop3 (RuMedBench)")[0], body.split(
        "### RuMedTop3 (RuMedBench)"
    )[1].split("## Fields")[0]
    assert "**Backends**" in generated_section and "**Backends**" not in imported_section
    assert "RuMedPrime" in imported_section


def test_a_declared_jsonl_source_reaches_the_card(tmp_path: Path) -> None:
    source = tmp_path / "clinic.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for code, text, i in _records():
            fh.write(json.dumps({"note": text, "dx": code, "nid": f"c{code}{i}"}, ensure_ascii=False) + "\n")
    citation = "@misc{clinic2025,\n  title = {Clinic notes},\n  author = {Ivanova, A.},\n  year = {2025}\n}"
    out = tmp_path / "release"
    config = _config(
        source={
            "from": f"jsonl:{source}", "name": "clinic-notes", "license": "cc-by-4.0", "citation": citation,
            "url": "https://example.org/clinic", "description": "Outpatient notes written by clinic staff.",
            "synthetic": False, "text_column": "note", "code_column": "dx", "id_column": "nid",
        },
    )  # fmt: skip
    run_release(config, out, progress=False, say=lambda _m: None)
    meta = read_card_metadata(out / "README.md")
    # a user's own file is not a Hub dataset: no `extended|clinic-notes` link to a Hub id that is not one
    assert meta["license"] == "cc-by-4.0" and meta["source_datasets"] == ["extended"]
    body = (out / "README.md").read_text("utf-8")
    assert "On the Hugging Face Hub" not in body
    assert "| clinic-notes (`clinic-notes`) | imported; real notes (not synthetic) |" in body
    assert "described by the user who imported it" in body and "Outpatient notes written by clinic staff." in body
    assert "@misc{clinic2025," in body and "<https://example.org/clinic>" in body
    assert _body_synthetic_lines(body) == []


def test_the_import_cli_writes_the_declared_source(tmp_path: Path) -> None:
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps({"text": _note_text("I10", 0), "code": "I10"}, ensure_ascii=False) + "\n", "utf-8")
    result = CliRunner().invoke(
        app,
        ["import", str(source), "--format", "jsonl", "--out", str(tmp_path / "out"), "--no-progress",
         "--source-name", "clinic", "--source-license", "cc-by-4.0", "--source-citation", "@misc{c, title={C}}",
         "--real"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    declared = json.loads((tmp_path / "out" / "sources.json").read_text("utf-8"))["sources"]
    assert [(d["name"], d["license"], d["citation"], d["synthetic"], d["rows_imported"]) for d in declared] == [
        ("clinic", "cc-by-4.0", "@misc{c, title={C}}", False, 1)
    ]
    bad = CliRunner().invoke(
        app, ["import", str(source), "--format", "rumedtop3", "--out", str(tmp_path / "x"), "--source-license", "mit"]
    )
    assert bad.exit_code == 1 and "give it a name" in bad.output and "Traceback" not in bad.output


def test_every_field_of_every_config_is_described_and_has_an_example(tmp_path: Path) -> None:
    out = tmp_path / "release"
    build_release(write_validated_dir(synthetic_rows(24, CODES, seed=3), tmp_path / "v"), out, _config())
    files = find_data_files(out)
    assert set(files) == {"notes", "icd_classification", "ift"}
    undescribed = [
        f"{config}.{path}"
        for config, splits in files.items()
        for path, _feature, _depth in walk_features(features_of(next(iter(splits.values()))[0]))
        if describe(config, path) == NOT_DESCRIBED
    ]
    assert undescribed == []
    body = (out / "README.md").read_text("utf-8")
    assert "(not described)" not in body
    assert body.count("Example record (first of `train`") == 3
    assert "| `ift.note_id` |" not in body and "| `note_id` | string | id of the note in the `notes` config" in body
    assert "| `task` | string | `write_note`" in body and "| `id` | string | record id: `<note id>:<task>` |" in body


def test_curator_contact_repo_id_and_release_bibtex(tmp_path: Path) -> None:
    out = tmp_path / "release"
    hub = {"repo_id": "acme/notes", "curator": "Acme Lab", "contact": "data@acme.example", "year": 2026}
    build_release(write_validated_dir(synthetic_rows(12, CODES, seed=4), tmp_path / "v"), out, _config(hub=hub))
    body = (out / "README.md").read_text("utf-8")
    assert 'load_dataset("acme/notes")' in body and "ORG/NAME" not in body
    assert "Curated by Acme Lab; contact: data@acme.example." in body
    assert "@misc{rerelease_1_0_0," in body and "author       = {Acme Lab}" in body and "year         = {2026}" in body
    assert "howpublished = {\\url{https://huggingface.co/datasets/acme/notes}}" in body
    croissant = json.loads((out / "croissant.json").read_text("utf-8"))
    assert croissant["creator"] == {"@type": "sc:Person", "name": "Acme Lab", "email": "data@acme.example"}
    assert croissant["url"] == "https://huggingface.co/datasets/acme/notes"


def test_croissant_validates_with_mlcroissant_and_reads_every_record_set(tmp_path: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    validated = _mixed_validated(tmp_path)  # redacted rows carry PII entities: list-of-struct fields are read too
    out = tmp_path / "release"
    build_release(validated, out, _config(hub={"license": "cc-by-nc-4.0"}))
    dataset = mlc.Dataset(jsonld=str(out / "croissant.json"))  # raises on any validation error
    assert "error" not in dataset.metadata.ctx.issues.report().lower()
    meta = json.loads((out / "croissant.json").read_text("utf-8"))
    assert {"http://mlcommons.org/croissant/1.0", "http://mlcommons.org/croissant/RAI/1.0"} <= set(meta["conformsTo"])
    for key in ("rai:dataCollection", "rai:personalSensitiveInformation", "rai:dataBiases", "rai:dataLimitations"):
        assert meta[key]
    assert "synthetic" in meta["rai:dataCollection"] and "real, not synthetic" in meta["rai:dataCollection"]
    # the generated rows carry every patient field, so the RAI text names them all
    assert "age, sex, marital status and smoking of the patient" in meta["rai:personalSensitiveInformation"][0]
    released = json.loads((out / "release_manifest.json").read_text("utf-8"))["rows"]
    read = {}
    for record_set in dataset.metadata.record_sets:
        read[record_set.uuid] = list(itertools.islice(dataset.records(record_set.uuid), 1000))
        assert read[record_set.uuid], record_set.uuid
        if record_set.uuid in released:
            assert len(read[record_set.uuid]) == sum(released[record_set.uuid].values())
    first = read["notes"][0]
    assert "notes/validation/decision" in first["notes/validation"]
    # a list of records (the PII entities) is left out, and its parent says so
    assert "notes/validation/pii" not in first["notes/validation"]
    validation = next(f for f in meta["recordSet"][0]["field"] if f["@id"] == "notes/validation")
    assert "`validation.pii` (a list of records) is not mapped here" in validation["description"]


def test_croissant_check_finds_a_column_that_is_not_in_the_files(tmp_path: Path) -> None:
    out = tmp_path / "release"
    build_release(write_validated_dir(synthetic_rows(12, CODES, seed=4), tmp_path / "v"), out, _config())
    path = out / "croissant.json"
    path.write_text(path.read_text("utf-8").replace('"column": "icd10_subcode"', '"column": "icd10_sub"'), "utf-8")
    problems = check_card(out)
    assert problems == [f"{path}: field 'notes/icd10_subcode' reads column 'icd10_sub', not in the files"]


@pytest.mark.shared
@pytest.mark.slow
def test_a_rerelease_of_the_real_rumedtop3_dev_set(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = shared("rumedtop3", "dev.jsonl")
    policy = tmp_path / "policy.yaml"
    policy.write_text("actions: {too_short: flag}\n", encoding="utf-8")  # RuMedTop3 notes are short complaints
    config = config_from_dict(
        {"name": "rumedtop3-dev", "version": "1.0.0", "seed": 1, "notes": {"total": 1},
         "validation": {"policy": str(policy)}}
    )  # fmt: skip
    out = tmp_path / "release"
    run_release(config, out, from_=f"rumedtop3:{source}", progress=False, say=lambda _m: None)
    assert check_card(out) == []
    meta = read_card_metadata(out / "README.md")
    assert meta["license"] == "cc-by-nc-4.0" and "synthetic" not in meta["tags"]
    body = (out / "README.md").read_text("utf-8")
    rows = sum(json.loads((out / "release_manifest.json").read_text("utf-8"))["rows"]["notes"].values())
    assert f"| {rows:,} of 848 imported |" in body
    assert _body_synthetic_lines(body) == []
