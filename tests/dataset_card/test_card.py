"""The dataset card: metadata consistent with the Parquet files, body generated from the data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import release_fixture as rf

from medsyn_dataset.dataset_card import check_card, read_card_metadata, write_card
from medsyn_dataset.dataset_card.stats import ReleaseLayoutError


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    release = tmp_path_factory.mktemp("card") / "medsyn"
    info = rf.make_release(release)
    return release, info


@pytest.fixture
def release_copy(built: tuple[Path, dict], tmp_path: Path) -> Path:
    target = tmp_path / "medsyn"
    shutil.copytree(built[0], target)
    return target


def test_card_metadata_is_consistent_with_the_files(built: tuple[Path, dict]) -> None:
    release, _ = built
    assert check_card(release) == []
    meta = read_card_metadata(release / "README.md")
    assert meta["language"] == ["ru"]
    assert meta["license"] == "mit"
    assert set(meta["task_categories"]) == {"text-classification", "text-generation"}
    assert set(meta["tags"]) >= {"medical", "clinical-notes", "synthetic", "icd-10"}
    assert meta["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert set(configs) == {"notes", "icd_classification", "ift"}
    assert configs["notes"].get("default") is True
    assert {d["split"] for d in configs["notes"]["data_files"]} == {"train", "validation", "test"}
    notes_info = next(i for i in meta["dataset_info"] if i["config_name"] == "notes")
    assert {s["name"]: s["num_examples"] for s in notes_info["splits"]} == {"train": 9, "validation": 3, "test": 3}


def test_card_body_is_generated_from_the_data(built: tuple[Path, dict]) -> None:
    release, _ = built
    body = (release / "README.md").read_text(encoding="utf-8")
    # codes table: code, Russian name, counts per split and total
    assert "| I10 | Эссенциальная [первичная] гипертензия | 3 | 1 | 1 | 5 |" in body
    # generation facts come from the notes' columns
    assert "`template` (15)" in body and "`demographics` (12)" in body and "each of 15 notes has its own seed" in body
    # validation: PII per type, gate, reasons
    assert "| PERSON | 2 | 2 |" in body and "Release gate: **passed**" in body and "| refusal | 1 |" in body
    assert "load_dataset(" in body and "not for clinical decisions" in body.lower()
    assert "@inproceedings{kumichev2024medsyn" in body and "RuMedBench" in body
    for plot in ("notes_per_code.png", "text_length.png", "validation_funnel.png"):
        assert (release / "assets" / plot).stat().st_size > 1000
        assert f"assets/{plot}" in body


def test_the_card_loads_as_a_huggingface_dataset_card(built: tuple[Path, dict]) -> None:
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(built[0] / "README.md")
    assert card.data.pretty_name == "Fixture release"
    assert card.data.to_dict()["configs"][0]["config_name"] == "notes"


def test_missing_reports_are_said_to_be_not_available(tmp_path: Path) -> None:
    release = tmp_path / "r"
    rf.make_release(release, with_reports=False)
    body = (release / "README.md").read_text(encoding="utf-8")
    assert "Validation report: not available." in body
    assert "Split report: not available." in body
    assert not (release / "assets" / "validation_funnel.png").exists()
    assert check_card(release) == []


def test_check_card_detects_a_pattern_that_matches_nothing(release_copy: Path) -> None:
    card = release_copy / "README.md"
    card.write_text(card.read_text("utf-8").replace("path: ift/test-*.parquet", "path: ift/tset-*.parquet"), "utf-8")
    problems = check_card(release_copy)
    assert any("'ift/tset-*.parquet' matches no file" in p for p in problems), problems
    assert any("ift/test-00000-of-00001.parquet: not matched" in p for p in problems), problems


def test_check_card_detects_a_wrong_count(release_copy: Path) -> None:
    card = release_copy / "README.md"
    text = card.read_text("utf-8")
    # the first "num_examples: 9" belongs to notes/train
    card.write_text(text.replace("num_examples: 9", "num_examples: 10", 1), "utf-8")
    problems = check_card(release_copy)
    assert problems == ["config 'notes', split 'train': dataset_info says 10 examples, the Parquet files hold 9"]


def test_check_card_detects_features_that_differ(release_copy: Path) -> None:
    card = release_copy / "README.md"
    text = card.read_text("utf-8")
    card.write_text(text.replace("  - name: instruction\n    dtype: string", "  - name: instruction\n    dtype: int64"))
    problems = check_card(release_copy)
    assert len(problems) == 1 and "config 'ift'" in problems[0] and "instruction" in problems[0]


def test_check_card_reports_yaml_that_does_not_parse(release_copy: Path) -> None:
    card = release_copy / "README.md"
    card.write_text(card.read_text("utf-8").replace("license: mit", "license: [mit", 1), "utf-8")
    (problem,) = check_card(release_copy)
    assert "does not parse" in problem and "README.md" in problem


def test_write_card_is_strict_about_the_parquet_files(release_copy: Path, built: tuple[Path, dict]) -> None:
    # a split whose shards are incomplete: 00001-of-00002 without 00000
    shard = release_copy / "notes" / "test-00000-of-00001.parquet"
    shard.rename(release_copy / "notes" / "test-00001-of-00002.parquet")
    with pytest.raises(ReleaseLayoutError, match="incomplete"):
        write_card(release_copy, built[1])


def test_write_card_without_dataset_info_computes_it(release_copy: Path, built: tuple[Path, dict]) -> None:
    info = {k: v for k, v in built[1].items() if k != "dataset_info"}
    write_card(release_copy, info)
    assert check_card(release_copy) == []


def test_validation_report_of_another_shape_is_refused_naming_the_key(release_copy: Path, built: tuple[Path, dict]) -> None:
    # issue 11: the card reads the report the validation stage writes (typed), not any of several
    # guessed spellings; a report of another shape is bad input: one line naming the file and the key
    report = {
        "counts": {"total": 20, "decisions": {"keep": 14, "drop": 6}},
        "pii": {"by_type": {"EMAIL_ADDRESS": {"count": 4}}},
        "gate": {"passed": False, "checks": [{"name": "min_kept", "passed": False, "value": 14}]},
    }
    (release_copy / "validation_report.json").write_text(json.dumps(report), "utf-8")
    before = (release_copy / "README.md").read_bytes()
    with pytest.raises(ValueError, match=r"validation_report\.json: pii\.by_type: not a key of this report"):
        write_card(release_copy, built[1])
    assert (release_copy / "README.md").read_bytes() == before  # nothing half-written


def test_the_validation_stage_report_format_is_rendered(release_copy: Path, built: tuple[Path, dict]) -> None:
    # the shape medsyn_dataset.validation.report.build_report writes
    report = {
        "rows": 30,
        "decisions": {"keep": 20, "redact": 6, "drop": 4},
        "reasons": {"redact:pii:PERSON": 5, "drop:refusal": 3, "flag:placeholder": 2},
        "rows_flagged": 2,
        "pii": {
            "rows_with_high_confidence_pii": 6,
            "entities_by_type": {"DATE_TIME": 4, "PERSON": 7},
            "high_confidence_entities_by_type": {"PERSON": 6},
            "min_score": 0.6,
            "scanned": True,
        },
        "duplicates": {"exact_duplicate_rows": 1, "near_duplicate_clusters": 2, "rows_in_clusters": 5, "bands": 9},
        "contamination": {"rows": 0},
        "labels": {"symptom_coverage_mean": 0.8, "label_noise": {"top1_accuracy": 0.7}},
        "gate": {
            "passed": True,
            "failed": [],
            "conditions": {"drop_share_at_most_max": {"ok": True, "value": 0.13, "max": 0.25}},
        },
        "policy_hash": "abc123",
    }
    (release_copy / "validation_report.json").write_text(json.dumps(report), "utf-8")
    write_card(release_copy, built[1])
    body = (release_copy / "README.md").read_text("utf-8")
    assert "30 notes went into validation. Decisions: keep 20, redact 6, drop 4." in body
    assert "| PERSON | 7 | 6 |" in body and "| DATE_TIME | 4 | 0 |" in body and "min_score" not in body
    # gate conditions, duplicates and label numbers are labelled in words and rounded (issue #9)
    assert "the share of notes dropped is within the policy's limit: passed, 13.0% dropped, limit 25.0%" in body
    assert "(policy `abc123`)" in body
    assert "| redact:pii:PERSON | 5 |" in body and "notes with high-confidence PII: 6" in body
    assert "exact duplicates 1, near-duplicate clusters 2" in body and "bands" not in body
    assert "label-noise classifier: its first guess is the note's code: 70.0%" in body


def test_the_text_length_plot_shows_the_share_of_each_splits_notes(tmp_path: Path, monkeypatch) -> None:
    from medsyn_dataset.dataset_card import plots

    saved = {}
    monkeypatch.setattr(plots, "_save", lambda fig, path: saved.setdefault("fig", fig) and path)
    plots.plot_text_length({"train": [100, 200, 200, 900], "test": [300]}, tmp_path / "x.png")
    (ax,) = saved["fig"].axes
    assert ax.get_ylabel() == "% of the split's notes in the bin" and "bins of" in ax.get_xlabel()
    heights = {}
    for container, split in zip(ax.containers, ("train", "test"), strict=True):
        heights[split] = sum(bar.get_height() for bar in container)
    assert heights == pytest.approx({"train": 100.0, "test": 100.0})
