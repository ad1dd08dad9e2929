"""`medsyn release` never destroys what it did not make, checks its config's files first, and never
calls a failed gate a release (issue 9)."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import yaml
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset.cli import app

TINY = {
    "name": "tiny",
    "seed": 3,
    "codes": ["I10", "J06", "K29"],
    "notes": {"total": 12, "distribution": "uniform"},
    "generation": {"backend": "template", "model": "template-composer", "params": {}, "concurrency": 2},
}
runner = CliRunner()


def _config(tmp_path: Path, **changes: object) -> Path:
    data = {**TINY, **changes}
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _release(config: Path, out: Path, *extra: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["release", "--config", str(config), "--out", str(out), "--no-progress", *extra], env=env)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_foreign_folders_and_files_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    config = _config(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work")
    result = _release(config, mine)
    assert result.exit_code == 1
    assert "mine: folder is not empty and was not written by `medsyn build`" in result.output
    assert "Traceback" not in result.output and "release ready" not in result.output
    assert _snapshot(mine) == {"thesis.tex": b"years of work"}
    assert not (tmp_path / "mine.work").exists()  # refused before the work folder was made

    (tmp_path / "afile").write_text("keep")
    result = _release(config, tmp_path / "afile")
    assert result.exit_code == 1 and "afile: is a file" in result.output
    assert (tmp_path / "afile").read_text() == "keep"

    work = tmp_path / "work"
    work.mkdir()
    (work / "notes.txt").write_text("keep")
    result = _release(config, tmp_path / "out", "--work-dir", str(work))
    assert result.exit_code == 1 and "not written by `medsyn release`" in result.output
    assert _snapshot(work) == {"notes.txt": b"keep"} and not (tmp_path / "out").exists()


def test_a_release_under_umask_022_is_readable_by_others(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        result = _release(_config(tmp_path), tmp_path / "rel")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    paths = [tmp_path / "rel", *(tmp_path / "rel").rglob("*")]
    unreadable = [str(p) for p in paths if not stat.S_IMODE(p.stat().st_mode) & (0o005 if p.is_dir() else 0o004)]
    assert not unreadable
    again = _release(_config(tmp_path), tmp_path / "rel")  # its own earlier OUT: fine
    assert again.exit_code == 0 and "release ready" in again.output


def test_a_failed_gate_is_not_a_release(tmp_path: Path) -> None:
    policy = tmp_path / "no_pii.yaml"
    policy.write_text("pii: {enabled: false}\n", encoding="utf-8")
    config = _config(tmp_path, validation={"policy": "no_pii.yaml"})
    out = tmp_path / "rel"
    result = _release(config, out)
    assert result.exit_code == 4, result.output
    assert "not releasable" in result.output and "pii_scan_ran" in result.output
    assert "release ready" not in result.output
    assert not out.exists()  # nothing that looks like a release
    again = _release(config, out)  # validation is done: the rerun says the same, quickly
    assert again.exit_code == 4 and "not releasable" in again.output


def test_every_file_the_config_names_is_checked_before_planning(tmp_path: Path) -> None:
    (tmp_path / "bad_policy.yaml").write_text("actions: {dialogue: explode}\n", encoding="utf-8")
    (tmp_path / "latin.jsonl").write_bytes(b'{"text": "caf\xe9"}\n')
    (tmp_path / "prices.yaml").write_text("gpt: {prompt_per_1k: cheap}\n", encoding="utf-8")
    config = _config(
        tmp_path,
        generation={**TINY["generation"], "template_dir": "no_templates", "mkg_files": ["missing.tsv"],
                    "example_pool": {"path": "pool.jsonl"}, "price_table": "prices.yaml"},
        validation={"policy": "bad_policy.yaml", "eval_texts": ["latin.jsonl"], "reference_texts": [str(tmp_path)]},
    )
    result = _release(config, tmp_path / "rel")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    expected = [
        "generation.template_dir: ", "no_templates: no such folder",
        "generation.mkg_files[0]: ", "missing.tsv: no such",
        "generation.example_pool.path: ", "pool.jsonl: no such file",
        "generation.price_table: ", "prices.yaml: model 'gpt': prices must be numbers",
        "validation.policy: ", "bad_policy.yaml: actions.dialogue",
        "validation.eval_texts[0]: ", "latin.jsonl: line 1: not UTF-8",
        "validation.reference_texts[0]: ", "is a folder",
    ]
    for fragment in expected:
        assert any(fragment in line and "tiny.yaml" in line for line in lines), (fragment, result.output)
    assert "Traceback" not in result.output
    assert not (tmp_path / "rel").exists() and not (tmp_path / "rel.work").exists()


def test_an_api_endpoint_is_probed_before_generating(tmp_path: Path) -> None:
    with fake.FakeOpenAIServer(api_key="sk-right", models=["gpt-x"]) as server:
        generation = {"backend": "openai", "model": "gpt-x", "base_url": server.base_url, "max_retries": 6}
        config = _config(tmp_path, generation=generation)
        started = time.perf_counter()
        result = _release(config, tmp_path / "rel", env={"OPENAI_API_KEY": "sk-wrong"})
        elapsed = time.perf_counter() - started
        asked = [r for r in server.records if r.body.get("messages")]
    assert result.exit_code == 1 and "API key was refused" in result.output, result.output
    assert "sk-wrong" not in result.output and not asked and elapsed < 30
    bad_url = _config(tmp_path, generation={**generation, "base_url": "localhost:8000/v1"})
    result = _release(bad_url, tmp_path / "rel")
    assert result.exit_code == 1 and "generation.base_url" in result.output and "localhost:8000/v1" in result.output
