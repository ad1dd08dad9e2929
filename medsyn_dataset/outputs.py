"""Where a command may write: one rule, the same for every command that writes an output.

Never destroy what the toolkit did not make. Before a command writes ``--out`` it asks this module:

* a symbolic link at the path: refused ("give the real path"), unless it points at an existing
  folder and the command writes a folder: then the link's target is the output (written into,
  never the link replaced: :func:`real_output_path`); a dangling link is refused as such;
* nothing at the path, or an empty folder: write;
* an existing path of the wrong kind (a file where a folder is written, or the reverse): refused;
* a non-empty folder without this command's marker (its manifest, whose ``written_by`` names the
  command): refused, never deleted (``--overwrite`` does not change that);
* a folder with the command's marker that also holds anything its marker does not list (a file the
  user added, a folder another command wrote inside it): refused, naming the first unexpected
  entries; ``--overwrite`` (where the command offers it) replaces it anyway;
* the command's own earlier output (marker present, nothing else inside): replaced atomically (:meth:`FolderOutput.replace`:
  built in a temp folder and renamed into place), or resumed by commands that resume (``generate``);
* an output inside one of the command's inputs, or an input inside the output: refused;
* a single file that exists and is not the command's own (:class:`FileOutput`): replaced only with
  ``--overwrite``; the command's own earlier file is replaced (temp file + rename). A file format
  with no room for a marker (JSONL) is recognised by a sidecar beside it (``NAME.medsyn``:
  the command, its command line and the file's sha256), so an edited file is no longer ours.

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
        if source in out.parents:
            raise OutputRefusedError(
                f"{path}: is inside the input folder {given}; write the output outside it "
                "(rerunning the stage that wrote the input would delete it)"
            )


def _check_symlink(path: Path, writes: Literal["folder", "file"]) -> None:
    """The one rule for a symbolic link at ``--out`` (see the module docstring)."""
    if not path.is_symlink():
        return
    target = os.readlink(path)
    if not path.exists():
        raise OutputRefusedError(f"{path}: is a symbolic link to {target}, which does not exist; give the real path")
    if writes == "file" or not path.is_dir():
        raise OutputRefusedError(f"{path}: is a symbolic link (to {target}); give the real path")


def real_output_path(path: str | os.PathLike[str]) -> Path:
    """The path a command writes for ``--out``: a symbolic link to a folder is followed (its target is
    written, the link stays); anything else is the path itself. :func:`medsyn_dataset.io.staged_dir`
    uses it, so a replaced output lands in the target and the link is never replaced by a folder."""
    path = Path(path)
    return path.resolve() if path.is_symlink() and path.is_dir() else path


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
    had a ``written_by`` field (value None: the key is present). ``leftovers`` are glob patterns of
    file names the command itself may leave behind after a kill (a lock, temp files): a folder
    holding only those counts as empty.

    ``contents`` are glob patterns (of paths relative to the folder) of what the command writes
    besides what its marker lists (the marker's ``files`` and ``shards``): a folder of ours that
    holds anything else is refused (:meth:`unexpected`), so a re-run never deletes a user's file.
    """

    command: str
    marker: str
    legacy: tuple[tuple[str, str | None], ...] = ()
    leftovers: tuple[str, ...] = ()
    contents: tuple[str, ...] = ()
    #: The command has ``--overwrite`` to replace a folder of its own that holds files it did not write.
    has_overwrite: bool = False

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

    def listed(self, folder: Path) -> set[str]:
        """Paths (relative, ``/``-separated) the marker in ``folder`` lists: its ``files`` (a mapping or a
        list of names) and the ``name`` of each of its ``shards``, plus the marker itself."""
        data = _json_marker(folder / self.marker) or {}
        names = {self.marker}
        files = data.get("files")
        if isinstance(files, Mapping):
            names.update(str(k) for k in files)
        elif isinstance(files, list):
            names.update(str(f) for f in files if isinstance(f, str))
        shards = data.get("shards")
        if isinstance(shards, list):
            names.update(str(s["name"]) for s in shards if isinstance(s, Mapping) and "name" in s)
        return names

    def unexpected(self, folder: str | os.PathLike[str]) -> list[str]:
        """Files in ``folder`` (ours) that neither its marker lists nor ``contents``/``leftovers`` cover, sorted."""
        folder = Path(folder)
        listed = self.listed(folder)
        found = []
        for entry in sorted(folder.rglob("*")):
            if entry.is_dir() and not entry.is_symlink():
                continue
            rel = entry.relative_to(folder).as_posix()
            if rel in listed or any(fnmatch.fnmatch(entry.name, g) for g in self.leftovers):
                continue
            if not any(fnmatch.fnmatch(rel, g) for g in self.contents):
                found.append(rel)
        return found

    def check(
        self, path: str | os.PathLike[str], inputs: tuple[str | os.PathLike[str], ...] = (), overwrite: bool = False
    ) -> OutputState:
        """``"new"`` (nothing there, or an empty folder) or ``"ours"``; anything else is refused.

        ``inputs`` are the paths the command reads: replacing a folder that holds one would lose it,
        and an output inside an input would be lost when the input is rewritten. ``overwrite``
        accepts a folder of ours that holds files the command did not write (they are replaced).
        """
        path = Path(path)
        _check_parents(path)
        _check_symlink(path, "folder")
        path = real_output_path(path)
        _check_not_an_input(path, inputs)
        if not path.exists():
            return "new"
        if not path.is_dir():
            raise OutputRefusedError(
                f"{path}: is a file; `{self.command}` writes a folder there (choose a new or empty folder)"
            )
        entries = [p.name for p in path.iterdir() if not any(fnmatch.fnmatch(p.name, g) for g in self.leftovers)]
        if not entries:
            return "new"
        if self.owns(path):
            extra = [] if overwrite else self.unexpected(path)
            if extra:
                shown = ", ".join(extra[:3]) + (f" and {len(extra) - 3} more" if len(extra) > 3 else "")
                way_out = ", or pass --overwrite to replace the folder anyway" if self.has_overwrite else ""
                raise OutputRefusedError(
                    f"{path}: holds files `{self.command}` did not write ({shown}); they would be deleted. "
                    f"Move them out or choose another folder{way_out}"
                )
            return "ours"
        raise OutputRefusedError(
            f"{path}: folder is not empty and was not written by `{self.command}` (no {self.marker} naming it); "
            "refusing to write into it (choose a new or empty folder)"
        )

    @contextlib.contextmanager
    def replace(
        self, path: str | os.PathLike[str], inputs: tuple[str | os.PathLike[str], ...] = (), overwrite: bool = False
    ) -> Iterator[Path]:
        """Check ``path``, then yield a temp folder beside it that becomes ``path`` when the block succeeds.

        The caller writes the marker (``stamp``) into the yielded folder. On an error the temp folder
        is removed and ``path`` is left as it was.
        """
        from medsyn_dataset.io import staged_dir

        self.check(path, inputs, overwrite)
        purpose = self.command.split()[-1]
        with staged_dir(path, purpose) as staged:
            yield staged


#: Suffix of the sidecar that marks a single file whose format has no room for a marker (a JSONL
#: export): ``answers.jsonl`` is the command's own while ``answers.jsonl.medsyn`` (JSON) names the
#: command and holds the file's sha256. Not ``.json``: ``leaderboard render results/*.json`` would
#: take the sidecar of predictions kept beside the results for a results file.
SIDECAR_SUFFIX = ".medsyn"
FileOwner = Literal["ours", "edited", "foreign"]


def sidecar_path(path: str | os.PathLike[str]) -> Path:
    """The sidecar of the single file ``path`` (``NAME`` -> ``NAME.medsyn``, in the same folder)."""
    path = Path(path)
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _command_line() -> str:
    import shlex
    import sys

    return shlex.join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv and sys.argv[0] else ""


@dataclass(frozen=True)
class FileOutput:
    """A single file a command writes.

    ``marker`` says how the file names its writer: ``"json"`` (a top-level ``written_by``),
    ``"parquet"`` (the ``medsyn.written_by`` metadata key) or ``"sidecar"``: the format has no room
    for a marker (JSONL another tool reads line by line), so a small JSON file beside it
    (:func:`sidecar_path`) names the command, the command line and the file's sha256. The file is
    the command's own only while its bytes still have that hash: a file the user edited, or any file
    beside a sidecar of another command, is not.
    """

    command: str
    marker: Literal["json", "parquet", "sidecar"] = "json"

    def stamp(self, document: Mapping[str, Any]) -> dict[str, Any]:
        return {WRITTEN_BY: self.command, **{k: v for k, v in document.items() if k != WRITTEN_BY}}

    def _sidecar_owner(self, path: Path) -> tuple[FileOwner, str | None]:
        """Whose the file is by its sidecar, and its sha256 when it is ours (None otherwise)."""
        from medsyn_dataset.io import sha256_file

        data = _json_marker(sidecar_path(path))
        if data is None or data.get(WRITTEN_BY) != self.command:
            return "foreign", None
        try:
            digest = sha256_file(path)
        except OSError:
            return "foreign", None
        # ``sha256_before``: the file it replaces, while the swap is under way (see :meth:`install`)
        return ("ours", digest) if digest in (data.get("sha256"), data.get("sha256_before")) else ("edited", None)

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
        return self._sidecar_owner(path)[0] == "ours"

    def _check_sidecar(self, path: Path, overwrite: bool) -> None:
        """The sidecar's own path: replaced only when it is a sidecar of this command (or with ``overwrite``)."""
        side = sidecar_path(path)
        if side.is_symlink() or side.is_dir():
            kind = "symbolic link" if side.is_symlink() else "folder"
            raise OutputRefusedError(
                f"{side}: is a {kind}; `{self.command}` writes the marker of {path.name} there (move it away)"
            )
        if not side.exists():
            return
        data = _json_marker(side)
        # --overwrite is about the output file: a file at the marker's path that is no medsyn marker at all
        # is the user's own (notes, a download) and is never replaced, whatever the flag says
        if data is None or WRITTEN_BY not in data:
            raise OutputRefusedError(
                f"{side}: file exists and is not a marker of any medsyn command; `{self.command}` writes the"
                f" marker of {path.name} there and never replaces a file it did not make (move it away)"
            )
        if not overwrite and data.get(WRITTEN_BY) != self.command:
            raise OutputRefusedError(
                f"{side}: file exists and is not a marker written by `{self.command}`; it would be replaced"
                " (move it, or pass --overwrite)"
            )

    def check(self, path: str | os.PathLike[str], overwrite: bool = False) -> FileState:
        """``"new"``, ``"ours"`` or ``"overwrite"`` (someone else's file, ``overwrite`` given); else refused."""
        path = Path(path)
        _check_parents(path)
        _check_symlink(path, "file")
        if path.is_dir():
            raise OutputRefusedError(f"{path}: is a folder; `{self.command}` writes a file there (give a file path)")
        if self.marker == "sidecar":
            self._check_sidecar(path, overwrite)
        if not path.exists():
            return "new"
        if self.owns(path):
            return "ours"
        if overwrite:
            return "overwrite"
        side = sidecar_path(path).name
        if self.marker == "sidecar" and self._sidecar_owner(path)[0] == "edited":
            raise OutputRefusedError(
                f"{path}: file was changed since `{self.command}` wrote it (its sha256 no longer matches {side});"
                " pass --overwrite to replace it"
            )
        why = f" (no {side} beside it names the command)" if self.marker == "sidecar" else ""
        raise OutputRefusedError(
            f"{path}: file exists and was not written by `{self.command}`{why}; pass --overwrite to replace it"
        )

    @contextlib.contextmanager
    def replace(self, path: str | os.PathLike[str], overwrite: bool = False) -> Iterator[Path]:
        """Check ``path``, then yield a temp file beside it that :meth:`install` puts in place when the block
        succeeds. On an error the temp file is removed and ``path`` (and its sidecar) are left as they were."""
        from medsyn_dataset.io import temp_file_beside

        self.check(path, overwrite)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_file_beside(path)
        try:
            yield tmp
            self.install(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()

    def install(self, tmp: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
        """Rename the finished temp file ``tmp`` over ``path`` (checked by the caller), with its sidecar.

        Two files cannot be renamed at once, so the sidecar vouches for both the old file of ours and
        the new one while the file is swapped (``sha256_before``), and for the new one only after: a
        kill at any moment leaves a file its sidecar vouches for, never a file of ours refused as edited.
        """
        from medsyn_dataset import __version__
        from medsyn_dataset.io import atomic_write_json, replace_file, sha256_file

        path = Path(path)
        if self.marker != "sidecar":
            replace_file(tmp, path)
            return
        import datetime as dt

        record = {
            WRITTEN_BY: self.command, "file": path.name, "sha256": sha256_file(tmp), "bytes": Path(tmp).stat().st_size,
            "command": _command_line(), "tool": f"medsyn-dataset {__version__}",
            "written_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }  # fmt: skip
        before = self._sidecar_owner(path)[1] if path.is_file() else None
        if before is not None and before != record["sha256"]:
            atomic_write_json(sidecar_path(path), {**record, "sha256_before": before})
        else:
            atomic_write_json(sidecar_path(path), record)
            before = None
        replace_file(tmp, path)
        if before is not None:
            atomic_write_json(sidecar_path(path), record)


# ---- the outputs of every command ----------------------------------------------------------------
# One place lists them, so the README's table and the tests can't drift from what the stages do.

PLAN = FileOutput("medsyn plan", "parquet")
#: ``medsyn batch ingest`` writes the same notes folder (and marker), so either command continues the other's.
GENERATE = FolderOutput(
    "medsyn generate", "manifest.json", legacy=(("format", "medsyn-generation/1"),), leftovers=(".lock", ".*.tmp"),
    contents=("failures.parquet", "part-[0-9][0-9][0-9][0-9][0-9].parquet"),
)
#: Batch request JSONL (``vllm run-batch`` reads every line as a request: no room for a marker, so a sidecar).
BATCH_EXPORT = FileOutput("medsyn batch export", "sidecar")
LEDGER_EXPORT = FileOutput("medsyn ledger export", "sidecar")
IMPORT = FolderOutput(
    "medsyn import", "manifest.json", legacy=(("kind", "import"),), contents=("sources.json",), has_overwrite=True
)
#: The report lists no files: its shards are named like every note folder's (``part-NNNNN.parquet``).
VALIDATE = FolderOutput(
    "medsyn validate", "validation_report.json", legacy=(("gate", None),),
    contents=("validation_report.md", "sources.json", "part-[0-9][0-9][0-9][0-9][0-9].parquet"),
)
#: ``medsyn release`` builds its ``--out`` with the build stage, so a release folder carries this marker too.
BUILD = FolderOutput("medsyn build", "release_manifest.json", legacy=(("manifest_version", None),))
EXPORT = FolderOutput("medsyn export", "export_manifest.json")
#: The work folder is resumed, never replaced; each step's folder is checked by that step's own rule.
RELEASE_WORK = FolderOutput(
    "medsyn release", "release.json", legacy=(("config_hash", None),),
    contents=("*.done", "*.inputs", "tasks.parquet", "generated/*", "imported/*", "validated/*", ".*"),
)
BENCHMARK_RESULTS = FileOutput("medsyn benchmark icd", "json")
BENCHMARK_PREDICTIONS = FileOutput("medsyn benchmark icd", "sidecar")
#: What ``save_pretrained`` of a model and its tokenizer writes (transformers 4/5).
BENCHMARK_MODEL = FolderOutput(
    "medsyn benchmark icd", "medsyn_model.json",
    contents=("*.json", "*.safetensors", "*.bin", "*.txt", "*.model", "*.jinja"),
)
AUGMENT = FolderOutput(
    "medsyn benchmark augment", "report.json", legacy=(("conditions", None),), contents=("report.md", "plot.png")
)
LEADERBOARD_SCORE = FileOutput("medsyn leaderboard score", "json")
LEADERBOARD_RENDER = FolderOutput(
    "medsyn leaderboard render", "leaderboard.json", contents=("leaderboard.md", "index.html")
)
