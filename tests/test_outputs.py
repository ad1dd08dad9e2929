"""The one rule for every command's output (medsyn_dataset.outputs)."""

from __future__ import annotations

import json

import pytest

from medsyn_dataset.outputs import FileOutput, FolderOutput, OutputRefusedError

FOLDER = FolderOutput("medsyn thing", "manifest.json", legacy=(("kind", "thing"),), leftovers=(".lock",))


def test_nothing_or_an_empty_folder_is_new(tmp_path):
    assert FOLDER.check(tmp_path / "absent") == "new"
    (tmp_path / "empty").mkdir()
    assert FOLDER.check(tmp_path / "empty") == "new"
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / ".lock").write_text("")
    assert FOLDER.check(tmp_path / "locked") == "new"  # only what the command itself leaves behind


def test_a_file_where_a_folder_is_written_is_refused(tmp_path):
    (tmp_path / "afile").write_text("keep")
    with pytest.raises(OutputRefusedError, match=r"afile: is a file; `medsyn thing` writes a folder"):
        FOLDER.check(tmp_path / "afile")
    with pytest.raises(OutputRefusedError, match=r"afile is a file, not a folder"):
        FOLDER.check(tmp_path / "afile" / "sub")
    assert (tmp_path / "afile").read_text() == "keep"


def test_a_foreign_folder_is_refused_and_kept(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.tex").write_text("years of work")
    with pytest.raises(OutputRefusedError, match=r"mine: folder is not empty and was not written by `medsyn thing`"):
        FOLDER.check(folder)
    (folder / "manifest.json").write_text(json.dumps({"written_by": "medsyn other"}))
    with pytest.raises(OutputRefusedError, match=r"no manifest\.json naming it"):
        FOLDER.check(folder)
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(OutputRefusedError):
        FOLDER.check(folder)
    assert (folder / "thesis.tex").read_text() == "years of work"


def test_own_output_is_recognised_by_its_marker_and_replaced_atomically(tmp_path):
    out = tmp_path / "out"
    with FOLDER.replace(out) as staged:
        (staged / "a.txt").write_text("first")
        (staged / "manifest.json").write_text(json.dumps(FOLDER.stamp({"n": 1, "files": ["a.txt"]})))
    assert json.loads((out / "manifest.json").read_text()) == {"written_by": "medsyn thing", "n": 1, "files": ["a.txt"]}
    assert FOLDER.check(out) == "ours"
    with pytest.raises(RuntimeError), FOLDER.replace(out) as staged:
        (staged / "b.txt").write_text("half")
        raise RuntimeError("crash")
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "manifest.json"]  # untouched
    with FOLDER.replace(out) as staged:
        (staged / "manifest.json").write_text(json.dumps(FOLDER.stamp({"n": 2})))
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temp folder left


def test_a_legacy_marker_without_written_by_counts(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"kind": "thing"}))
    assert FOLDER.check(tmp_path) == "ours"
    (tmp_path / "manifest.json").write_text(json.dumps({"kind": "thing", "written_by": "someone"}))
    with pytest.raises(OutputRefusedError):
        FOLDER.check(tmp_path)


def test_single_files(tmp_path):
    out = FileOutput("medsyn score", "json")
    path = tmp_path / "result.json"
    assert out.check(path) == "new"
    path.write_text(json.dumps(out.stamp({"x": 1})))
    assert out.check(path) == "ours"
    path.write_text('{"x": 1}')
    with pytest.raises(OutputRefusedError, match=r"result\.json: file exists and was not written by `medsyn score`; pass --overwrite"):
        out.check(path)
    assert out.check(path, overwrite=True) == "overwrite"
    with pytest.raises(OutputRefusedError, match="is a folder; `medsyn score` writes a file"):
        out.check(tmp_path, overwrite=True)  # --overwrite never replaces a folder


def test_parquet_files_carry_their_writer_in_the_metadata(tmp_path):


    from medsyn_dataset import schema

    out = FileOutput("medsyn plan", "parquet")
    path = tmp_path / "tasks.parquet"
    table = schema.TASK_SCHEMA.empty_table()
    schema.write_table(table, path, "task", written_by="medsyn plan")
    assert out.check(path) == "ours"
    schema.write_table(table, path, "task")
    with pytest.raises(OutputRefusedError):
        out.check(path)
    path.write_bytes(b"PAR1 not really")
    with pytest.raises(OutputRefusedError):
        out.check(path)



# ---- symbolic links at --out (one rule) and user files inside an output of ours ------------------


def test_a_link_to_a_folder_is_followed_and_kept(tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target)
    for _ in range(2):  # new, then our own output replaced: always in the target, never the link
        with FOLDER.replace(link) as staged:
            (staged / "manifest.json").write_text(json.dumps(FOLDER.stamp({})))
        assert link.is_symlink() and (target / "manifest.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "target"]


def test_dangling_links_and_links_to_files_are_refused(tmp_path):
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    (tmp_path / "afile").write_text("keep")
    to_file = tmp_path / "to_file"
    to_file.symlink_to(tmp_path / "afile")
    for output in (FOLDER, FileOutput("medsyn score", "json")):
        with pytest.raises(OutputRefusedError, match=r"dangling: is a symbolic link to .*nowhere, which does not exist"):
            output.check(dangling)
        with pytest.raises(OutputRefusedError, match=r"to_file: is a symbolic link \(to .*afile\); give the real path"):
            output.check(to_file)
    (tmp_path / "dir").mkdir()
    (tmp_path / "to_dir").symlink_to(tmp_path / "dir")
    with pytest.raises(OutputRefusedError, match=r"to_dir: is a symbolic link"):
        FileOutput("medsyn score", "json").check(tmp_path / "to_dir")  # a file output never follows a link
    assert dangling.is_symlink() and to_file.is_symlink() and (tmp_path / "afile").read_text() == "keep"


def test_files_the_marker_does_not_list_make_our_folder_foreign(tmp_path):
    listed = FolderOutput("medsyn thing", "manifest.json", contents=("part-*.parquet",))
    (tmp_path / "manifest.json").write_text(json.dumps(listed.stamp({"files": {"README.md": 1}})))
    (tmp_path / "README.md").write_text("ours")
    (tmp_path / "part-00000.parquet").write_text("ours")
    assert listed.check(tmp_path) == "ours"
    (tmp_path / "NOTES.md").write_text("the user's")
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "mine.txt").write_text("the user's")
    with pytest.raises(OutputRefusedError, match=r"holds files `medsyn thing` did not write \(NOTES\.md, v/mine\.txt\)"):
        listed.check(tmp_path)
    assert listed.check(tmp_path, overwrite=True) == "ours"


def test_an_output_inside_an_input_is_refused(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    with pytest.raises(OutputRefusedError, match=r"is inside the input folder"):
        FOLDER.check(inp / "v", (inp,))
    with pytest.raises(OutputRefusedError, match=r"is \(or holds\) the input"):
        FOLDER.check(tmp_path, (inp,))
