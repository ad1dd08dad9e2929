"""`--out` through every writing command: one rule for symbolic links, and a re-run never deletes a
file the user put into an output folder (medsyn_dataset.outputs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import fake_openai_server as fake
from typer.testing import CliRunner

from medsyn_dataset.cli import app

runner = CliRunner()
ENV = {"COLUMNS": "1000"}


@dataclass
class Inputs:
    tasks: Path
    notes_jsonl: Path
    notes: Path  # an import, not validated
    validated: Path
    release: Path
    config: Path
    submission: Path
    dev: Path
    result: Path


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _ok(argv: list[str]) -> None:
    result = runner.invoke(app, argv, env=ENV)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.synthetic import synthetic_rows, write_validated_dir

    root = tmp_path_factory.mktemp("inputs")
    tasks = Path(fake.write_tasks(root / "tasks.parquet", 4))
    words = {"J06": "кашель и насморк три дня", "K29": "изжога и тошнота после еды", "I10": "давление и боль в затылке"}
    notes_jsonl = _jsonl(root / "own.jsonl", [{"rid": f"r{i}", "text": f"Жалобы: {words[c]}, {i}.", "code": c}
                                              for i, c in enumerate(list(words) * 4)])
    notes = root / "imported"
    _ok(["import", "-f", "jsonl", str(notes_jsonl), "--out", str(notes), "--id-column", "rid", "--no-progress"])
    validated = write_validated_dir(synthetic_rows(60, ["J06", "K29", "I10"], seed=5), root / "validated")
    release = build_release(validated, root / "release").out_dir
    config = root / "tiny.yaml"
    config.write_text("name: tiny\ncodes: [J06, K29]\nnotes: {total: 4}\ngeneration: {backend: template}\n", encoding="utf-8")
    dev = _jsonl(root / "dev.jsonl", [{"idx": f"d{i}", "symptoms": words[c], "code": c} for i, c in enumerate(words)])
    submission = _jsonl(root / "sub.jsonl", [{"idx": f"d{i}", "prediction": [c]} for i, c in enumerate(words)])
    result = root / "result.json"
    _ok(["leaderboard", "score", str(submission), "--reference", str(dev), "--out", str(result)])
    return Inputs(tasks, notes_jsonl, notes, validated, release, config, submission, dev, result)


Argv = Callable[[Inputs, Path], list[str]]
#: Every command that writes a folder at --out, and how to run it into ``out``.
FOLDER_COMMANDS: dict[str, Argv] = {
    "generate": lambda i, out: ["generate", "--tasks", str(i.tasks), "--out", str(out), "--backend", "template",
                                "--no-progress", "--no-ledger"],
    "import": lambda i, out: ["import", "-f", "jsonl", str(i.notes_jsonl), "--out", str(out), "--id-column", "rid",
                              "--no-progress"],
    "validate": lambda i, out: ["validate", "--in", str(i.notes), "--out", str(out), "--no-progress"],
    "build": lambda i, out: ["build", "--in", str(i.validated), "--out", str(out)],
    "export": lambda i, out: ["export", "--release", str(i.release), "--format", "rumedtop3", "--out", str(out)],
    "release": lambda i, out: ["release", "--config", str(i.config), "--out", str(out), "--no-progress", "--no-ledger"],
    "leaderboard render": lambda i, out: ["leaderboard", "render", str(i.result), "--out", str(out)],
}
#: Commands that write one file at --out.
FILE_COMMANDS: dict[str, Argv] = {
    "plan": lambda i, out: ["plan", "--config", str(i.config), "--out", str(out)],
    "leaderboard score": lambda i, out: ["leaderboard", "score", str(i.submission), "--reference", str(i.dev),
                                         "--out", str(out)],
}


@pytest.mark.parametrize("command", list(FOLDER_COMMANDS))
def test_a_link_to_a_folder_is_written_through_and_kept(command: str, inputs: Inputs, tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target)
    for _ in range(2):  # first into the empty target, then over its own output there
        result = runner.invoke(app, FOLDER_COMMANDS[command](inputs, link), env=ENV)
        assert result.exit_code == 0, result.output
        assert link.is_symlink() and any(target.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folder left


@pytest.mark.parametrize("command", list(FOLDER_COMMANDS) + list(FILE_COMMANDS))
@pytest.mark.parametrize("kind", ["dangling", "to a file"])
def test_a_dangling_link_or_a_link_to_a_file_is_refused(command: str, kind: str, inputs: Inputs, tmp_path: Path) -> None:
    link = tmp_path / "link"
    if kind == "dangling":
        link.symlink_to(tmp_path / "nowhere")
        expected = "is a symbolic link to"
    else:
        (tmp_path / "afile").write_text("keep", encoding="utf-8")
        link.symlink_to(tmp_path / "afile")
        expected = "is a symbolic link (to"
    argv = {**FOLDER_COMMANDS, **FILE_COMMANDS}[command](inputs, link)
    result = runner.invoke(app, argv, env=ENV)
    assert result.exit_code == 1, result.output
    assert expected in result.output and "give the real path" in result.output and "Traceback" not in result.output
    assert link.is_symlink() and (kind == "dangling") == (not link.exists())
    assert sorted(p.name for p in tmp_path.iterdir()) == (["link"] if kind == "dangling" else ["afile", "link"])


@pytest.mark.parametrize("command", list(FILE_COMMANDS))
def test_a_file_command_refuses_a_link_to_a_folder(command: str, inputs: Inputs, tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "dir")
    result = runner.invoke(app, FILE_COMMANDS[command](inputs, tmp_path / "link"), env=ENV)
    assert result.exit_code == 1 and "is a symbolic link" in result.output
    assert (tmp_path / "link").is_symlink() and not any((tmp_path / "dir").iterdir())


@pytest.mark.parametrize("command", ["generate", "import", "validate", "build", "export", "leaderboard render"])
def test_a_rerun_never_deletes_a_file_the_user_added(command: str, inputs: Inputs, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ok(FOLDER_COMMANDS[command](inputs, out))
    _ok(FOLDER_COMMANDS[command](inputs, out))  # its own output alone: replaced (or continued)
    (out / "NOTES.md").write_text("the user's", encoding="utf-8")
    result = runner.invoke(app, FOLDER_COMMANDS[command](inputs, out), env=ENV)
    assert result.exit_code == 1, result.output
    assert "did not write (NOTES.md)" in result.output
    # --overwrite is offered only by a command that has it
    assert ("--overwrite" in result.output) == (command == "import")
    assert (out / "NOTES.md").read_text(encoding="utf-8") == "the user's"


def test_validate_into_its_input_then_reimport_loses_nothing(inputs: Inputs, tmp_path: Path) -> None:
    imported = tmp_path / "imp"
    argv = FOLDER_COMMANDS["import"](inputs, imported)
    _ok(argv)
    result = runner.invoke(app, ["validate", "--in", str(imported), "--out", str(imported / "v"), "--no-progress"], env=ENV)
    assert result.exit_code == 1 and "is inside the input folder" in result.output
    assert not (imported / "v").exists()
    (imported / "v").mkdir()
    (imported / "v" / "mine.txt").write_text("the user's", encoding="utf-8")
    result = runner.invoke(app, argv, env=ENV)
    assert result.exit_code == 1 and "v/mine.txt" in result.output
    assert (imported / "v" / "mine.txt").is_file()
    _ok([*argv, "--overwrite"])  # asked for: replaced
    assert not (imported / "v").exists()
