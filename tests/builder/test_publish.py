"""`medsyn publish` against a fake Hub on 127.0.0.1 (tests/support/fake_hub.py): dry run, one-commit upload
and tag, load_dataset round trip, idempotent re-publish, refusals, and the token never shown."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from support import fake_hub
from support import release_fixture as rf
from typer.testing import CliRunner

from medsyn_dataset.cli import app

HERE = Path(__file__).resolve().parent
TOKEN = "hf_FAKEtoken_do_not_print_1234567890"




@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("publish") / "medsyn"
    rf.make_release(release)
    return release


@pytest.fixture
def release(built: Path, tmp_path: Path) -> Path:
    target = tmp_path / "medsyn"
    shutil.copytree(built, target)
    return target


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """A running fake Hub that needs TOKEN; HF_ENDPOINT/HF_TOKEN point at it; offline mode off for this test."""
    server = fake_hub.FakeHub(token=TOKEN).start()
    fake_hub.point_client_at(server, monkeypatch, TOKEN)
    try:
        yield server
    finally:
        server.stop()


def _publish(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["publish", *args])
    return result.exit_code, result.output


def test_dry_run_prints_the_plan_and_touches_nothing(release: Path, hub) -> None:
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn", "--dry-run", "--branch", "dev")
    assert code == 0, out
    # 16 files + croissant.json, written beside the card since issue #9
    assert "dry run: would upload 17 files" in out and "org/medsyn (branch dev, tag v0.1.0)" in out
    assert "notes/train-00000-of-00001.parquet" in out and "release_manifest.json" in out
    size = (release / "README.md").stat().st_size
    assert f"{size:,}  README.md" in out
    assert hub.requests == [] and hub.repos == {}
    assert TOKEN not in out


def test_publish_makes_one_commit_with_a_tag_and_loads_back_through_the_fake_hub(
    release: Path, hub, tmp_path: Path
) -> None:
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn", "--private")
    assert code == 0, out
    assert "created private dataset repo org/medsyn" in out and "in one commit" in out
    repo = hub.repo("org/medsyn")
    assert repo.private
    assert hub.commit_count("org/medsyn") == 2  # the repo's initial commit + the release, one commit
    assert [m for m, p in hub.requests if p.endswith("/commit/main")] == ["POST"]
    tip = repo.commits[repo.branches["main"]]
    assert repo.tags == {"v0.1.0": tip.oid}
    assert set(tip.files) == {".gitattributes"} | {f.relative_to(release).as_posix() for f in release.rglob("*.*")}
    assert tip.files["notes/train-00000-of-00001.parquet"].lfs  # went through the LFS basic transfer
    assert tip.files["README.md"].data == (release / "README.md").read_bytes()
    assert "manifest sha256" in tip.title

    # round trip: datasets reads HF_ENDPOINT at import time, so load in a fresh interpreter
    script = textwrap.dedent(
        """
        import json, datasets
        notes = datasets.load_dataset("org/medsyn", revision="v0.1.0")
        icd = datasets.load_dataset("org/medsyn", "icd_classification")
        print(json.dumps({
            "notes": {k: len(v) for k, v in notes.items()},
            "icd": {k: len(v) for k, v in icd.items()},
            "names": notes["train"].features["icd10_code"].names,
            "first": notes["train"][0]["id"],
        }))
        """
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "0",
        "HF_DATASETS_OFFLINE": "0",
        "HF_HOME": str(tmp_path / "hf_home"),
        "HF_DATASETS_CACHE": str(tmp_path / "hf_datasets"),
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    }
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded["notes"] == {"train": 9, "validation": 3, "test": 3}
    assert loaded["icd"] == {"train": 9, "validation": 3, "test": 3}
    assert loaded["names"] == ["A09", "I10", "J06"]
    assert any("/resolve/" in p and p.endswith(".parquet") for _, p in hub.requests)
    assert TOKEN not in proc.stdout + proc.stderr + out


def test_republishing_the_same_version_is_a_no_op(release: Path, hub) -> None:
    args = ("--release", str(release), "--repo-id", "org/medsyn", "--tag", "v0.1.0", "--branch", "dev")
    assert _publish(*args)[0] == 0
    repo = hub.repo("org/medsyn")
    assert repo.tags["v0.1.0"] == repo.branches["dev"] != repo.branches["main"]  # the branch was created
    assert hub.commit_count("org/medsyn", branch="main") == 1
    commits_before = hub.commit_count("org/medsyn", branch="dev")
    requests_before = len(hub.requests)
    code, out = _publish(*args)
    assert code == 0, out
    assert "already published" in out
    assert hub.commit_count("org/medsyn", branch="dev") == commits_before
    new = hub.requests[requests_before:]
    assert not any(m in ("POST", "PUT") and ("/commit/" in p or "/tag/" in p or "lfs" in p) for m, p in new), new


def test_a_new_version_replaces_the_files_in_one_commit_and_removes_stale_ones(release: Path, hub) -> None:
    assert _publish("--release", str(release), "--repo-id", "org/medsyn")[0] == 0
    # a "new release" whose notes config has no validation shard any more, as version 0.2.0
    (release / "notes" / "test-00000-of-00001.parquet").unlink()
    (release / "notes" / "validation-00000-of-00001.parquet").rename(release / "notes" / "test-00000-of-00001.parquet")
    rf.write_manifest(release, version="0.2.0")
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code == 0, out
    repo = hub.repo("org/medsyn")
    assert set(repo.tags) == {"v0.1.0", "v0.2.0"}
    tip = repo.commits[repo.tags["v0.2.0"]]
    assert "notes/validation-00000-of-00001.parquet" not in tip.files  # deleted in the same commit
    assert "removed 1 files of the previous release" in out
    assert hub.commit_count("org/medsyn") == 3


def test_same_tag_with_different_content_is_refused(release: Path, hub) -> None:
    assert _publish("--release", str(release), "--repo-id", "org/medsyn")[0] == 0
    (release / "split_report.json").write_text('{"changed": true}', encoding="utf-8")
    rf.write_manifest(release)  # same version, other content
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code != 0
    assert "tag 'v0.1.0' already exists with a different release" in out
    assert hub.commit_count("org/medsyn") == 2


@pytest.mark.parametrize("tamper", ["modified", "missing", "extra"])
def test_tampered_release_is_refused(release: Path, hub, tamper: str) -> None:
    shard = release / "notes" / "train-00000-of-00001.parquet"
    if tamper == "modified":
        data = bytearray(shard.read_bytes())
        data[len(data) // 2] ^= 0xFF
        shard.write_bytes(bytes(data))
        expected = "train-00000-of-00001.parquet: checksum or size differs"
    elif tamper == "missing":
        shard.unlink()
        expected = "train-00000-of-00001.parquet: listed in the manifest but missing"
    else:
        (release / "notes" / "train-00001-of-00001.parquet").write_bytes(b"PAR1")
        expected = "train-00001-of-00001.parquet: not listed in the manifest"
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn", "--dry-run")
    assert code == 1
    assert "refusing to publish a modified release" in out and expected in out
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code == 1 and expected in out
    assert hub.requests == []  # refused before any request


def test_failed_validation_gate_is_refused(tmp_path: Path, hub) -> None:
    release = tmp_path / "gated"
    rf.make_release(release, gate_passed=False, card=False)
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code == 1
    assert "the validation gate failed: pii_unredacted; refusing to publish" in out
    # the validation stage's own shape: gate.failed lists the conditions that failed
    report = {"rows": 10, "gate": {"passed": False, "failed": ["enough_rows_kept"], "conditions": {}}}
    (release / "validation_report.json").write_text(json.dumps(report), encoding="utf-8")
    rf.write_manifest(release)
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn", "--dry-run")
    assert code == 1 and "the validation gate failed: enough_rows_kept" in out
    (release / "validation_report.json").write_text(json.dumps({"rows": 10}), encoding="utf-8")
    rf.write_manifest(release)
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code == 1 and "has no gate result" in out
    assert hub.requests == []


def test_token_is_never_printed_or_written(release: Path, hub, tmp_path: Path, monkeypatch) -> None:
    outputs = []
    for args in (["--dry-run"], [], []):
        code, out = _publish("--release", str(release), "--repo-id", "org/medsyn", *args)
        assert code == 0, out
        outputs.append(out)
    monkeypatch.setenv("HF_TOKEN", TOKEN + "x")  # rejected by the fake hub
    code, out = _publish("--release", str(release), "--repo-id", "org/other")
    assert code == 1 and "publishing to org/other failed" in out and "401" in out
    outputs.append(out)
    assert all(TOKEN not in out for out in outputs)
    written = b"".join(p.read_bytes() for p in release.rglob("*") if p.is_file())
    assert TOKEN.encode() not in written
    # the fake hub accepts writes only with the token, so the repo existing shows HF_TOKEN was used
    assert hub.repo("org/medsyn").tags == {"v0.1.0": hub.repo("org/medsyn").branches["main"]}


def test_offline_mode_is_a_clear_error(release: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    code, out = _publish("--release", str(release), "--repo-id", "org/medsyn")
    assert code == 1 and "HF_HUB_OFFLINE is set" in out


def test_bad_repo_id_and_missing_folder_are_user_errors(release: Path, tmp_path: Path) -> None:
    code, out = _publish("--release", str(release), "--repo-id", "not a repo", "--dry-run")
    assert code == 1 and "ORG/NAME" in out
    code, out = _publish("--release", str(tmp_path / "nope"), "--repo-id", "org/x", "--dry-run")
    assert code == 1 and "no such release folder" in out
