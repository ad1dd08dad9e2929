"""Where a command may write: one rule, the same for every command that writes an output.

Never destroy what the toolkit did not make. Before a command writes ``--out`` it asks this module:

* nothing at the path, or an empty folder: write;
* an existing path of the wrong kind (a file where a folder is written, or the reverse): refused;
* a non-empty folder without this command's marker (its manifest, whose ``written_by`` names the
  command): refused, never deleted (``--overwrite`` does not change that);
* the command's own earlier output (marker present): replaced atomically (:meth:`FolderOutput.replace`:
  built in a temp folder and renamed into place), or resumed by commands that resume (``generate``);
* a single file that exists and is not the command's own (:class:`FileOutput`): replaced only with
  ``--overwrite``; the command's own earlier file is replaced (temp file + rename).

A refusal is an :class:`OutputRefusedError` (a ``ValueError``: one line naming the path, exit 1).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

#: Field of a manifest (JSON) naming the command that wrote it, e.g. ``"written_by": "medsyn build"``.
WRITTEN_BY = "written_by"

OutputState = Literal["new", "ours"]
FileState = Literal["new", "ours", "overwrite"]


class OutputRefusedError(ValueError):
    """The output path holds something the command must not replace; the message names the path and why."""


def _check_parents(path: Path) -> None:
    """A file where a parent folder should be makes the path impossible: say which one."""
    for parent in path.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputRefusedError(f"{path}: {parent} is a file, not a folder")
            return


def _check_not_an_input(path: Path, inputs: tuple[str | os.PathLike[str], ...]) -> None:
    out = path.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if source == out or out in source.parents:
            raise OutputRefusedError(f"{path}: is (or holds) the input {given}; write the output elsewhere")


def _json_marker(path: Path) -> Mapping[str, Any] | None:
    """The JSON object in ``path``, or None when it is missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class FolderOutput:
    """A folder a command writes, recognised as its own by the manifest file ``marker`` inside it.

    ``legacy`` lists ``(key, value)`` pairs that identify the same manifest as written before it
    had a ``written_by`` field (value None: the key is present). ``leftovers`` are glob patterns of files the command itself may
    leave behind after a kill (a lock, temp files): a folder holding only those counts as empty.
    """

    command: str
    marker: str
    legacy: tuple[tuple[str, str | None], ...] = ()
    leftovers: tuple[str, ...] = ()

    def stamp(self, manifest: Mapping[str, Any]) -> dict[str, Any]:
        """``manifest`` with ``written_by`` first: what makes the folder recognisably this command's."""
        return {WRITTEN_BY: self.command, **{k: v for k, v in manifest.items() if k != WRITTEN_BY}}

    def owns(self, folder: str | os.PathLike[str]) -> bool:
        """Does ``folder`` hold this command's marker?"""
        data = _json_marker(Path(folder) / self.marker)
        if data is None:
            return False
        if data.get(WRITTEN_BY) == self.command:
            return True
        return WRITTEN_BY not in data and any(
            key in data and (value is None or data[key] == value) for key, value in self.legacy
        )

    def check(self, path: str | os.PathLike[str], inputs: tuple[str | os.PathLike[str], ...] = ()) -> OutputState:
        """``"new"`` (nothing there, or an empty folder) or ``"ours"``; anything else is refused.

        ``inputs`` are the paths the command reads: replacing a folder that holds one would lose it.
        """
        path = Path(path)
        _check_parents(path)
        _check_not_an_input(path, inputs)
        if not path.exists() and not path.is_symlink():
            return "new"
        if not path.is_dir():
            raise OutputRefusedError(
                f"{path}: is a file; `{self.command}` writes a folder there (choose a new or empty folder)"
            )
        entries = [p.name for p in path.iterdir() if not any(fnmatch.fnmatch(p.name, g) for g in self.leftovers)]
        if not entries:
            return "new"
        if self.owns(path):
            return "ours"
        raise OutputRefusedError(
            f"{path}: folder is not empty and was not written by `{self.command}` (no {self.marker} naming it); "
            "refusing to write into it (choose a new or empty folder)"
        )

    @contextlib.contextmanager
    def replace(self, path: str | os.PathLike[str], inputs: tuple[str | os.PathLike[str], ...] = ()) -> Iterator[Path]:
        """Check ``path``, then yield a temp folder beside it that becomes ``path`` when the block succeeds.

        The caller writes the marker (``stamp``) into the yielded folder. On an error the temp folder
        is removed and ``path`` is left as it was.
        """
        from medsyn_dataset.io import staged_dir

        self.check(path, inputs)
        purpose = self.command.split()[-1]
        with staged_dir(path, purpose) as staged:
            yield staged


@dataclass(frozen=True)
class FileOutput:
    """A single file a command writes.

    ``marker`` says how the file names its writer: ``"json"`` (a top-level ``written_by``),
    ``"parquet"`` (the ``medsyn.written_by`` metadata key) or None (the format has no place for it:
    an existing file is then always someone else's and needs ``--overwrite``).
    """

    command: str
    marker: Literal["json", "parquet"] | None = "json"

    def stamp(self, document: Mapping[str, Any]) -> dict[str, Any]:
        return {WRITTEN_BY: self.command, **{k: v for k, v in document.items() if k != WRITTEN_BY}}

    def owns(self, path: str | os.PathLike[str]) -> bool:
        path = Path(path)
        if self.marker == "json":
            data = _json_marker(path)
            return data is not None and data.get(WRITTEN_BY) == self.command
        if self.marker == "parquet":
            from medsyn_dataset.schema import WRITTEN_BY_METADATA_KEY

            try:
                import pyarrow.parquet as pq

                metadata = pq.read_schema(path).metadata or {}
            except Exception:  # not Parquet, damaged: not ours
                return False
            return metadata.get(WRITTEN_BY_METADATA_KEY) == self.command.encode()
        return False

    def check(self, path: str | os.PathLike[str], overwrite: bool = False) -> FileState:
        """``"new"``, ``"ours"`` or ``"overwrite"`` (someone else's file, ``overwrite`` given); else refused."""
        path = Path(path)
        _check_parents(path)
        if path.is_dir():
            raise OutputRefusedError(f"{path}: is a folder; `{self.command}` writes a file there (give a file path)")
        if not path.exists():
            return "new"
        if self.owns(path):
            return "ours"
        if overwrite:
            return "overwrite"
        if self.marker is None:  # the format has no room for a marker: we cannot tell whose file it is
            raise OutputRefusedError(
                f"{path}: file exists (a {path.suffix.lstrip('.').upper() or 'plain'} file carries no marker, so"
                f" `{self.command}` cannot tell its own earlier output from someone else's file);"
                " pass --overwrite to replace it"
            )
        raise OutputRefusedError(
            f"{path}: file exists and was not written by `{self.command}`; pass --overwrite to replace it"
        )


# ---- the outputs of every command ----------------------------------------------------------------
# One place lists them, so the README's table and the tests can't drift from what the stages do.

PLAN = FileOutput("medsyn plan", "parquet")
#: ``medsyn batch ingest`` writes the same notes folder (and marker), so either command continues the other's.
GENERATE = FolderOutput(
    "medsyn generate", "manifest.json", legacy=(("format", "medsyn-generation/1"),), leftovers=(".lock", ".*.tmp")
)
#: Batch request JSONL (``vllm run-batch`` reads every line as a request: no room for a marker).
BATCH_EXPORT = FileOutput("medsyn batch export", None)
LEDGER_EXPORT = FileOutput("medsyn ledger export", None)
IMPORT = FolderOutput("medsyn import", "manifest.json", legacy=(("kind", "import"),))
VALIDATE = FolderOutput("medsyn validate", "validation_report.json", legacy=(("gate", None),))
#: ``medsyn release`` builds its ``--out`` with the build stage, so a release folder carries this marker too.
BUILD = FolderOutput("medsyn build", "release_manifest.json", legacy=(("manifest_version", None),))
EXPORT = FolderOutput("medsyn export", "export_manifest.json")
RELEASE_WORK = FolderOutput("medsyn release", "release.json", legacy=(("config_hash", None),))
BENCHMARK_RESULTS = FileOutput("medsyn benchmark icd", "json")
BENCHMARK_PREDICTIONS = FileOutput("medsyn benchmark icd", None)
BENCHMARK_MODEL = FolderOutput("medsyn benchmark icd", "medsyn_model.json")
AUGMENT = FolderOutput("medsyn benchmark augment", "report.json", legacy=(("conditions", None),))
LEADERBOARD_SCORE = FileOutput("medsyn leaderboard score", "json")
LEADERBOARD_RENDER = FolderOutput("medsyn leaderboard render", "leaderboard.json")
