"""`medsyn release`: plan -> generate -> validate -> build (-> publish) end to end on a tiny config, resume,
and releases that start from imported notes (--from)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from support import fake_hub
from typer.testing import CliRunner

from medsyn_dataset.cli import app
from medsyn_dataset.config import config_from_dict, load_config
from medsyn_dataset.dataset_card import check_card
from medsyn_dataset.release import fingerprints as fp
from medsyn_dataset.release import run as rel
from medsyn_dataset.release.run import ReleaseError, run_release

HERE = Path(__file__).resolve().parent
CODES = ["I10", "J06", "K29"]
TINY = {
    "name": "tiny",
    "version": "0.1.0",
    "seed": 3,
    "codes": CODES,
    "notes": {"total": 12, "distribution": "uniform"},  # 3 codes x 4 notes
    "generation": {"backend": "template", "model": "template-composer", "params": {}, "concurrency": 2, "shard_size": 5},
}



def _load_notes(folder: Path | str, config: str | None = None):  # type: ignore[no-untyped-def]
    import datasets

    return datasets.load_dataset(str(folder), config, cache_dir=str(Path(folder).parent / ".hf_cache"))


def _statuses(summary: rel.ReleaseSummary) -> dict[str, str]:
    return {step.name: step.status for step in summary.steps}


def test_release_end_to_end_makes_a_loadable_folder_and_resumes(tmp_path: Path, monkeypatch) -> None:
    config_file = tmp_path / "tiny.yaml"
    config_file.write_text(yaml.safe_dump(TINY), encoding="utf-8")
    out = tmp_path / "build" / "medsyn"

    result = CliRunner().invoke(app, ["release", "--config", str(config_file), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f'load_dataset("{out}")' in result.output
    assert f"cd {out.parent} &&" in result.output and 'load_dataset("medsyn")' in result.output

    work = tmp_path / "build" / "medsyn.work"  # the default work folder is a sibling: the release holds only the release
    assert {p.name for p in work.glob("*.done")} == {"plan.done", "generate.done", "validate.done", "build.done"}
    assert (work / "tasks.parquet").exists() and not list(out.glob("*.done"))
    assert check_card(out) == []

    notes = _load_notes(out)
    assert set(notes) == {"train", "validation", "test"}
    label = notes["train"].features["icd10_code"]
    assert label.names == CODES
    manifest = json.loads((out / "release_manifest.json").read_text("utf-8"))
    assert sum(len(split) for split in notes.values()) == sum(manifest["rows"]["notes"].values()) > 0
    assert {row["generation"]["backend"] for row in notes["train"]} == {"template"}
    icd = _load_notes(out, "icd_classification")
    assert icd["test"].features["code"].names == CODES
    monkeypatch.chdir(out.parent)  # load_dataset("medsyn") from the parent folder
    assert _load_notes("medsyn")["validation"].num_rows == notes["validation"].num_rows

    # a second run skips every finished step and leaves the release untouched
    config = load_config(config_file)
    built_at = (out / "release_manifest.json").stat().st_mtime_ns
    summary = run_release(config, out, progress=False)
    assert _statuses(summary) == {"plan": "skipped", "generate": "skipped", "validate": "skipped", "build": "skipped"}
    assert (out / "release_manifest.json").stat().st_mtime_ns == built_at

    # a run that stopped during generation: one shard lost, later markers gone -> resume from there
    shards = sorted((work / "generated").glob("part-*.parquet"))
    lost = pq.ParquetFile(shards[-1]).metadata.num_rows
    shards[-1].unlink()
    (work / "generate.done").unlink()  # later markers stay: their inputs change, so they rerun anyway
    summary = run_release(config, out, progress=False)
    assert _statuses(summary) == {"plan": "skipped", "generate": "ran", "validate": "ran", "build": "ran"}
    generate = json.loads((work / "generate.done").read_text("utf-8"))["result"]
    assert generate["written"] == lost and generate["done_before"] == 12 - lost
    assert check_card(out) == []

    # new split ratios: only the build reruns
    resplit = config_from_dict({**TINY, "splits": {"train": 0.5, "validation": 0.25, "test": 0.25}}, base_dir=tmp_path)
    summary = run_release(resplit, out, progress=False)
    assert _statuses(summary) == {"plan": "skipped", "generate": "skipped", "validate": "skipped", "build": "ran"}
    assert json.loads((out / "split_report.json").read_text("utf-8"))["ratios"]["train"] == 0.5

    # another seed means another plan: the notes generated for the old one are not mixed in
    with pytest.raises(ReleaseError, match="holds notes generated for another plan"):
        run_release(config_from_dict({**TINY, "seed": 4}), out, progress=False)


def test_the_work_folder_must_not_be_inside_the_release(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="must not be inside the release folder"):
        run_release(config_from_dict(TINY), tmp_path / "out", work_dir=tmp_path / "out" / "w", progress=False)


def test_fingerprints_follow_what_each_step_depends_on() -> None:
    base = config_from_dict(TINY)
    faster = config_from_dict({**TINY, "generation": {**TINY["generation"], "concurrency": 64}})
    reseeded = config_from_dict({**TINY, "seed": 4})
    relicensed = config_from_dict({**TINY, "hub": {"license": "cc-by-4.0"}})
    assert fp.plan_fingerprint(base) == fp.plan_fingerprint(faster) == fp.plan_fingerprint(relicensed)
    assert fp.plan_fingerprint(base) != fp.plan_fingerprint(reseeded)
    assert fp.validate_fingerprint("x", base) == fp.validate_fingerprint("x", relicensed)
    assert fp.build_fingerprint("x", base) != fp.build_fingerprint("x", relicensed)


@pytest.mark.parametrize(
    ("value", "message"),
    [("medsyn-hub", "expected FORMAT:PATH"), ("nope:x.csv", "unknown format 'nope'"), ("medsyn-hub:/no/such.csv", "no such")],
)
def test_from_is_checked(value: str, message: str) -> None:
    with pytest.raises(ReleaseError, match=message):
        rel.parse_from(value)


HUB_COLUMNS = [
    "idx", "ICD-10", "generation_model", "prompt", "prior", "example", "example_source", "response", "symptoms",
    "anamnesis", "symptoms_recall", "anamnesis_precision",
]  # fmt: skip


def _hub_csv_from_generated_notes(tmp_path: Path) -> tuple[Path, int]:
    """A CSV in the published MedSyn Hub format, written from notes the template backend generates here."""
    from medsyn_dataset.generation.planner import plan_tasks, write_tasks
    from medsyn_dataset.generation.runner import generate_notes
    from medsyn_dataset.schema import read_notes

    config = config_from_dict({**TINY, "name": "fixture-notes", "seed": 99})
    tasks = write_tasks(plan_tasks(config), tmp_path / "fixture_tasks.parquet")
    generate_notes(tasks, tmp_path / "fixture_notes", "template", progress=False)
    notes = read_notes(tmp_path / "fixture_notes").to_pylist()
    path = tmp_path / "generated.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HUB_COLUMNS)
        writer.writeheader()
        for i, note in enumerate(notes):
            writer.writerow(
                {
                    "idx": i,
                    "ICD-10": note["icd10_subcode"] or note["icd10_code"],
                    "generation_model": "gpt-4",
                    "prompt": note["prompt"],
                    "prior": "uniform",
                    "example": "False",
                    "example_source": "",
                    "response": note["text"],
                    "symptoms": json.dumps(note["symptoms"], ensure_ascii=False),
                    "anamnesis": "",
                    "symptoms_recall": "0.9",
                    "anamnesis_precision": "",
                }
            )
    return path, len(notes)


def test_release_from_an_imported_hub_csv_and_publish_to_the_fake_hub(tmp_path: Path, monkeypatch) -> None:
    csv_path, n = _hub_csv_from_generated_notes(tmp_path)
    out = tmp_path / "rerelease"
    with fake_hub.FakeHub(token="hf_release_token") as hub:
        fake_hub.point_client_at(hub, monkeypatch, "hf_release_token")
        config = config_from_dict(TINY)
        summary = run_release(config, out, from_=f"medsyn-hub:{csv_path}", repo_id="org/tiny", progress=False)
        assert _statuses(summary) == {"import": "ran", "validate": "ran", "build": "ran", "publish": "ran"}
        assert f"{n:,} notes over 3 codes from medsyn-hub" in summary.step("import").detail
        assert summary.publish.action == "committed" and hub.repo("org/tiny").tags.keys() == {"v0.1.0"}
        assert any("revision=\"v0.1.0\"" in hint for hint in summary.load_hints())

        again = run_release(config, out, from_=f"medsyn-hub:{csv_path}", repo_id="org/tiny", progress=False)
        assert _statuses(again) == {"import": "skipped", "validate": "skipped", "build": "skipped", "publish": "ran"}
        assert again.publish.action == "already-published" and hub.commit_count("org/tiny") == 2

    notes = _load_notes(out)
    rows = [row for split in notes.values() for row in split]
    assert rows and all(row["id"].startswith("medsyn-hub-") for row in rows)
    assert {row["source"]["kind"] for row in rows} == {"imported"}
    assert {row["source"]["dataset"] for row in rows} == {"medsyn-hub"}
    assert check_card(out) == []


def test_release_from_a_sample_of_the_upstream_notes(tmp_path: Path, shared) -> None:
    import pyarrow.compute as pc

    upstream = pq.read_table(shared("medsyn_upstream", "generated_notes.parquet"))
    codes = ["J06", "I10", "K29"]
    picked = []
    for code in codes:
        rows = upstream.filter(pc.equal(upstream.column("code_3char"), code))
        picked.append(rows.slice(0, 8))
    import pyarrow as pa

    sample = pa.concat_tables(picked)
    path = tmp_path / "upstream_sample.parquet"
    pq.write_table(sample, path)
    out = tmp_path / "medsyn-upstream"
    config = config_from_dict({**TINY, "name": "upstream-sample", "codes": codes, "notes": {"total": 24}})
    summary = run_release(config, out, from_=f"medsyn-raw:{path}", progress=False)
    assert _statuses(summary) == {"import": "ran", "validate": "ran", "build": "ran"}
    assert "24 notes over 3 codes" in summary.step("import").detail
    notes = _load_notes(out)
    released = sum(len(split) for split in notes.values())
    assert 0 < released <= 24
    assert {row["source"]["dataset"] for split in notes.values() for row in split} == {"medsyn-raw"}
    assert check_card(out) == []


def test_the_medsyn_41k_preset_reproduces_the_corpus_size_and_code_set() -> None:
    from medsyn_dataset.generation.planner import code_counts
    from medsyn_dataset.knowledge.mkg import default_mkg

    config = load_config("medsyn-41k")
    counts = code_counts(config, default_mkg())
    assert sum(counts.values()) == 41_185 and len(counts) == 219 and min(counts.values()) > 0
    assert config.generation.backend == "openai"


# ---- publishing is opt-in (a config's hub.repo_id only feeds the card) -----------------------------


def _release_cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["release", "--no-progress", *args])


def _config_with_repo(tmp_path: Path, **hub: object) -> Path:
    path = tmp_path / "with_repo.yaml"
    path.write_text(yaml.safe_dump({**TINY, "hub": {"repo_id": "org/tiny", **hub}}), encoding="utf-8")
    return path


def test_a_config_repo_id_alone_never_publishes(tmp_path: Path, monkeypatch) -> None:
    csv_path, _ = _hub_csv_from_generated_notes(tmp_path)
    cfg = _config_with_repo(tmp_path)
    with fake_hub.FakeHub(token="hf_release_token") as hub:
        fake_hub.point_client_at(hub, monkeypatch, "hf_release_token")
        result = _release_cli("--config", str(cfg), "--out", str(tmp_path / "rel"), "--from", f"medsyn-hub:{csv_path}")
        assert result.exit_code == 0, result.output
        assert hub.requests == [], "nothing may reach the Hub without --publish or --repo-id"
    assert 'load_dataset("org/tiny")' in (tmp_path / "rel" / "README.md").read_text(encoding="utf-8")


def test_publish_flag_uses_the_config_repo_and_keeps_real_notes_private(tmp_path: Path, monkeypatch) -> None:
    csv_path, _ = _hub_csv_from_generated_notes(tmp_path)
    cfg = _config_with_repo(tmp_path)
    with fake_hub.FakeHub(token="hf_release_token") as hub:
        fake_hub.point_client_at(hub, monkeypatch, "hf_release_token")
        argv = ["--config", str(cfg), "--out", str(tmp_path / "rel"), "--from", f"medsyn-hub:{csv_path}", "--publish"]
        result = _release_cli(*argv)
        assert result.exit_code == 0, result.output
        assert hub.repo("org/tiny").private  # imported rows, hub.private not stated: private
        assert "it is private" in " ".join(result.output.split())


def test_publish_flag_without_any_repo_id_is_refused_before_work(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(TINY), encoding="utf-8")
    result = _release_cli("--config", str(cfg), "--out", str(tmp_path / "rel"), "--publish")
    assert result.exit_code == 1 and "--publish needs a target" in result.output
    assert not (tmp_path / "rel").exists() and not (tmp_path / "rel.work").exists()


def test_a_failed_upload_says_the_release_was_built_and_exits_6(tmp_path: Path, monkeypatch) -> None:
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(TINY), encoding="utf-8")
    result = _release_cli("--config", str(cfg), "--out", str(tmp_path / "rel"), "--repo-id", "org/tiny")
    assert result.exit_code == 6, result.output
    text = " ".join(result.output.split())
    assert "was built in" in text and "medsyn publish --release" in text and "use --dry-run" not in text
    assert (tmp_path / "rel" / "release_manifest.json").is_file()


# ---- a backend of one's own, chosen by the config ------------------------------------------------


def test_a_registered_backend_is_chosen_by_the_config(tmp_path: Path, monkeypatch) -> None:
    from support import echo_backend

    from medsyn_dataset.generation.backends import registry

    monkeypatch.setitem(registry.BACKENDS, "echo", echo_backend.ENTRY)
    cfg = tmp_path / "echo.yaml"
    cfg.write_text(yaml.safe_dump({**TINY, "generation": {**TINY["generation"], "backend": "echo", "model": "echo-1"}}),
                   encoding="utf-8")
    result = _release_cli("--config", str(cfg), "--out", str(tmp_path / "rel"))
    assert result.exit_code == 0, result.output
    rows = [row for split in _load_notes(tmp_path / "rel").values() for row in split]
    assert rows and {row["generation"]["backend"] for row in rows} == {"echo"}


def test_an_unregistered_backend_in_the_config_is_one_line_naming_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "echo.yaml"
    cfg.write_text(yaml.safe_dump({**TINY, "generation": {**TINY["generation"], "backend": "ech0"}}), encoding="utf-8")
    result = _release_cli("--config", str(cfg), "--out", str(tmp_path / "rel"))
    assert result.exit_code == 1, result.output
    line = " ".join(result.output.split())
    assert f"{cfg}: generation.backend: unknown backend 'ech0'; registered backends: openai, transformers, template" in line
    assert not (tmp_path / "rel").exists() and not (tmp_path / "rel.work").exists()
