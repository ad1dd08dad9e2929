"""Single files with no room for a marker (JSONL exports) are marked by a sidecar holding their hash
(medsyn_dataset.outputs.FileOutput with marker="sidecar")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medsyn_dataset import io
from medsyn_dataset.outputs import FileOutput, OutputRefusedError, sidecar_path

OUT = FileOutput("medsyn thing export", "sidecar")


def _write(path: Path, text: str, overwrite: bool = False) -> None:
    with OUT.replace(path, overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")


def test_own_file_is_replaced_foreign_and_edited_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    _write(path, '{"a": 1}\n')
    side = json.loads(sidecar_path(path).read_text("utf-8"))
    assert sidecar_path(path).name == "answers.jsonl.medsyn" and path.read_text() == '{"a": 1}\n'  # format unchanged
    assert not list(path.parent.glob("*.json")) and list(path.parent.glob("*.jsonl")) == [path]  # globs of data miss it
    assert side["written_by"] == "medsyn thing export" and side["sha256"] == io.sha256_file(path)
    assert side["file"] == "answers.jsonl" and side["bytes"] == 9 and side["command"] and "sha256_before" not in side
    assert OUT.check(path) == "ours"
    _write(path, '{"a": 2}\n')  # its own earlier output: replaced without --overwrite
    assert path.read_text() == '{"a": 2}\n' and OUT.check(path) == "ours"

    path.write_text('{"a": 2}\n{"mine": true}\n')  # the user edited it: no longer the command's own
    with pytest.raises(OutputRefusedError, match=r"answers\.jsonl: file was changed since `medsyn thing export` wrote "
                       r"it \(its sha256 no longer matches answers\.jsonl\.medsyn\); pass --overwrite"):
        _write(path, "new\n")
    assert path.read_text() == '{"a": 2}\n{"mine": true}\n'

    foreign = tmp_path / "theirs.jsonl"
    foreign.write_text("theirs\n")
    with pytest.raises(OutputRefusedError) as refused:
        _write(foreign, "new\n")
    message = str(refused.value)
    assert "\n" not in message and message.startswith(f"{foreign}: file exists and was not written by")
    assert "no theirs.jsonl.medsyn beside it" in message and "--overwrite" in message
    assert foreign.read_text() == "theirs\n" and not sidecar_path(foreign).exists()
    # a sidecar of another command does not make the file ours
    sidecar_path(foreign).write_text(json.dumps({"written_by": "medsyn other", "sha256": io.sha256_file(foreign)}))
    with pytest.raises(OutputRefusedError, match="not a marker written by `medsyn thing export`"):
        OUT.check(foreign)

    _write(path, "replaced\n", overwrite=True)  # the escape hatch: then the file is ours again
    assert path.read_text() == "replaced\n" and OUT.check(path) == "ours"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_sidecars_own_path_is_never_taken_from_the_user(tmp_path: Path) -> None:
    path = tmp_path / "requests.jsonl"
    sidecar_path(path).write_text("my notes about the export\n")
    with pytest.raises(OutputRefusedError, match=r"requests\.jsonl\.medsyn: file exists and is not a marker"):
        _write(path, "x\n")
    assert sidecar_path(path).read_text() == "my notes about the export\n" and not path.exists()
    # --overwrite is about the output file: a user's file at the marker's path stays, flag or not
    for users_own in ("my notes about the export\n", '{"owner": "me", "sha256": "abc"}\n'):
        sidecar_path(path).write_text(users_own)
        with pytest.raises(OutputRefusedError, match="never replaces a file it did not make"):
            _write(path, "x\n", overwrite=True)
        assert sidecar_path(path).read_text() == users_own and not path.exists()
    sidecar_path(path).unlink()
    sidecar_path(path).mkdir()
    with pytest.raises(OutputRefusedError, match="is a folder"):
        _write(path, "x\n", overwrite=True)


class _Killed(Exception):
    pass


def test_a_crash_while_writing_leaves_the_old_file_and_its_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    _write(path, "old\n")
    before = sidecar_path(path).read_bytes()
    with pytest.raises(_Killed), OUT.replace(path) as tmp:
        tmp.write_text("half of the ne")
        raise _Killed
    assert path.read_text() == "old\n" and sidecar_path(path).read_bytes() == before and OUT.check(path) == "ours"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.jsonl", "answers.jsonl.medsyn"]


@pytest.mark.parametrize("killed_at", ["file rename", "sidecar trim"])
def test_a_crash_between_the_two_renames_leaves_a_file_its_sidecar_vouches_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, killed_at: str
) -> None:
    """The file and its sidecar cannot be renamed at once: whichever step a crash stops at, the file in
    place (old or new) is still the command's own, so the rerun replaces it without --overwrite."""
    path = tmp_path / "answers.jsonl"
    _write(path, "old\n")
    real_write_json, calls = io.atomic_write_json, []

    def kill_rename(tmp: object, target: object) -> None:
        raise _Killed

    def kill_second_sidecar(target: Path, obj: object, indent: int = 2) -> Path:
        calls.append(target)
        if len(calls) == 2:
            raise _Killed
        return real_write_json(target, obj, indent)

    if killed_at == "file rename":
        monkeypatch.setattr(io, "replace_file", kill_rename)
    else:
        monkeypatch.setattr(io, "atomic_write_json", kill_second_sidecar)
    with pytest.raises(_Killed):
        _write(path, "new\n")
    monkeypatch.undo()
    assert path.read_text() == ("old\n" if killed_at == "file rename" else "new\n")
    assert OUT.check(path) == "ours"
    _write(path, "again\n")
    side = json.loads(sidecar_path(path).read_text("utf-8"))
    assert path.read_text() == "again\n" and "sha256_before" not in side and side["sha256"] == io.sha256_file(path)
