"""A folder of note shards: the one shard naming, listing, id rule and manifest every stage uses.

``import``, ``generate`` and ``validate`` write note folders; ``validate``, ``build`` (and the
benchmarks) read them. Layout::

    part-00000.parquet ...   note shards (NOTE_SCHEMA); written whole and atomically, never overwritten
    manifest.json            generate and import: what wrote the folder (``written_by``, see
                             :mod:`medsyn_dataset.outputs`), its format, package version, command
                             details, and every shard with its rows and sha256 (:func:`manifest_header`)

* **Naming**: shard ``i`` is ``part-<i, 5 digits>.parquet`` (:func:`shard_name`).
* **Listing**: the files named ``part-<digits>.parquet``, in index order (:func:`list_shards`); other
  files are not shards. A single Parquet file given instead of a folder is a folder of one shard.
* **Ids**: a folder holds every id once (:class:`IdRule`). Readers check it: a repeated id is an
  error naming both places. One kind of folder may repeat an id: ``medsyn generate``'s own, where
  two rows with one id are the same task answered by two runs (a folder merged from several
  runs, or a crash between a shard and the next manifest). There, and only there, the first row by
  shard order is kept (``duplicates="first"``) until ``medsyn generate --compact`` rewrites it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa

from medsyn_dataset import schema
from medsyn_dataset.io import atomic_write_json, read_json, sha256_file

if TYPE_CHECKING:
    from medsyn_dataset.outputs import FolderOutput

SHARD_GLOB = "part-*.parquet"
SHARD_RE = re.compile(r"^part-(\d+)\.parquet$")
MANIFEST_FILE = "manifest.json"

#: What a reader does with a repeated id: stop with an error, or keep the first row by shard order.
OnDuplicate = Literal["error", "first"]


def shard_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def shard_index(path: str | os.PathLike[str]) -> int | None:
    match = SHARD_RE.match(Path(path).name)
    return int(match.group(1)) if match else None


def list_shards(folder: str | os.PathLike[str]) -> list[Path]:
    """The shards of ``folder`` in index order (the order repeated ids are resolved by); [] when none."""
    found = [p for p in Path(folder).glob(SHARD_GLOB) if shard_index(p) is not None]
    return sorted(found, key=lambda p: (shard_index(p) or 0, p.name))


class DuplicateIdError(ValueError):
    """An id is in a note folder (or an input) twice; the message names both places."""


class IdRule:
    """The one duplicate-id rule: :meth:`add` each id with where it was found.

    ``on_duplicate="error"`` raises ``error`` (:class:`DuplicateIdError`) at the second place
    (``file: row N, field 'id': duplicate id 'x' (first in file row M)``); ``"first"`` returns
    False for a repeat (the caller skips the row) and counts it in :attr:`repeats`.
    """

    def __init__(
        self, on_duplicate: OnDuplicate = "error", hint: str = "", error: type[ValueError] = DuplicateIdError
    ) -> None:
        self.on_duplicate = on_duplicate
        self.hint = hint
        self.error = error
        self.repeats = 0
        self._first: dict[str, tuple[str, int]] = {}

    def __contains__(self, note_id: object) -> bool:
        return note_id in self._first

    def __len__(self) -> int:
        return len(self._first)

    @property
    def ids(self) -> set[str]:
        return set(self._first)

    def add(self, note_id: str, file: str | os.PathLike[str], row: int, field: str | None = "id") -> bool:
        """True for an id seen for the first time; a repeat is False (``"first"``) or an error."""
        first = self._first.setdefault(note_id, (str(file), row))
        if first == (str(file), row):
            return True
        if self.on_duplicate == "first":
            self.repeats += 1
            return False
        where = f"{file}: row {row}" + (f", field {field!r}" if field else "")
        raise self.error(
            f"{where}: duplicate id {note_id!r} (first in {first[0]} row {first[1]}){self.hint}"
        )


@dataclass(slots=True)
class ShardInfo:
    """A shard as a manifest lists it."""

    name: str
    rows: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "rows": self.rows, "sha256": self.sha256}


@dataclass(frozen=True)
class NoteFolder:
    """A note folder (or one note shard file) on disk; see the module docstring for its rules."""

    path: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", Path(self.path))

    def shards(self) -> list[Path]:
        """The shards, in index order ([] when there are none or the folder does not exist)."""
        return [self.path] if self.path.is_file() else list_shards(self.path)

    def require_shards(self, what: str = "folder", hint: str = "") -> list[Path]:
        """:meth:`shards`, or ``FileNotFoundError`` when the path is missing or holds no shard."""
        if not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no such {what}")
        shards = self.shards()
        if not shards:
            raise FileNotFoundError(f"{self.path}: no note shards matching {SHARD_GLOB!r}{hint}")
        return shards

    def tables(self, duplicates: OnDuplicate = "error", hint: str = "") -> Iterator[tuple[Path, pa.Table]]:
        """(shard, checked table) per shard, with the id rule applied across shards.

        With ``duplicates="first"`` a repeated id's row is left out of its table.
        """
        rule = IdRule(duplicates, hint)
        for shard in self.require_shards(hint=hint):
            table = schema.read_table(shard, "note")
            keep = [rule.add(note_id, shard, row) for row, note_id in enumerate(table.column("id").to_pylist())]
            if not all(keep):
                table = table.filter(pa.array(keep, pa.bool_()))
            yield shard, table

    def row_counts(self, hint: str = "") -> list[tuple[Path, int]]:
        """Every shard with its number of rows, after checking each one's schema, its ids' values and
        the id rule across shards (as :meth:`tables` does, without holding the rows).

        Reads only the ``id`` column, and keeps one 64-bit hash per row: the rows whose hash repeats
        (a repeated id, or a rare collision) are read again and put through :class:`IdRule` in
        folder order, which raises on the first real repeat with the message :meth:`tables` gives.
        """
        import numpy as np

        from medsyn_dataset.io import ParquetReadError, iter_parquet_batches, parquet_file

        counts: list[tuple[Path, int]] = []
        hashes: list[np.ndarray] = []
        for shard in self.require_shards(hint=hint):
            if shard.is_dir():
                raise schema.SchemaMismatchError(shard, None, "is a folder, not a Parquet file of note rows")
            try:
                schema.check_schema(parquet_file(shard).schema_arrow, shard, "note")
                rows = 0
                for batch in iter_parquet_batches(shard, 65_536, ["id"]):
                    schema.check_required_values(pa.Table.from_batches([batch]), shard, "note", first_row=rows)
                    ids = batch.column(0).to_pylist()
                    hashes.append(np.fromiter((hash(i) for i in ids), dtype=np.int64, count=len(ids)))
                    rows += len(ids)
            except ParquetReadError as exc:
                raise schema.SchemaMismatchError(shard, None, exc.problem) from None
            counts.append((shard, rows))
        every = np.concatenate(hashes) if hashes else np.zeros(0, np.int64)
        order = np.argsort(every, kind="stable")
        repeated = np.zeros(len(every), dtype=bool)
        same = every[order][1:] == every[order][:-1]
        repeated[order[1:][same]] = repeated[order[:-1][same]] = True
        if repeated.any():
            self._check_repeats(counts, np.flatnonzero(repeated), hint)
        return counts

    def _check_repeats(self, counts: list[tuple[Path, int]], rows: Any, hint: str) -> None:
        """Apply the id rule, in folder order, to the rows ``rows`` (positions in the folder)."""
        import numpy as np

        rule = IdRule("error", hint)
        starts = np.cumsum([0] + [n for _, n in counts])
        for k, (shard, _) in enumerate(counts):
            local = rows[(rows >= starts[k]) & (rows < starts[k + 1])] - starts[k]
            if len(local):
                ids = schema.read_table(shard, "note", columns=["id"]).column("id")
                for row in local.tolist():
                    rule.add(ids[row].as_py(), shard, row)

    def read(self, duplicates: OnDuplicate = "error", hint: str = "") -> pa.Table:
        """Every note as one checked table; ``FileNotFoundError`` when there is no shard."""
        return pa.concat_tables([table for _, table in self.tables(duplicates, hint)])

    # ---- manifest ---------------------------------------------------------------------------------

    def read_manifest(self) -> dict[str, Any] | None:
        path = self.path / MANIFEST_FILE
        return read_json(path) if path.exists() else None

    def write_manifest(self, manifest: Mapping[str, Any]) -> Path:
        return atomic_write_json(self.path / MANIFEST_FILE, dict(manifest))

    # ---- writing ----------------------------------------------------------------------------------

    def write_shard(self, index: int, table: pa.Table) -> ShardInfo:
        """Write ``table`` as shard ``index`` or, if that name is taken, the next free one; never overwrite."""
        while (self.path / shard_name(index)).exists():
            index += 1
        path = self.path / shard_name(index)
        schema.write_table(table, path, "note")
        return ShardInfo(path.name, table.num_rows, sha256_file(path))


def manifest_header(output: FolderOutput, manifest_format: str) -> dict[str, Any]:
    """The first keys of every note folder's ``manifest.json``: the writer (the folder's marker),
    the manifest format and the package version. The command's own keys and ``shards``
    (:meth:`ShardInfo.as_json` each) follow."""
    from medsyn_dataset import __version__

    return output.stamp({"format": manifest_format, "package_version": __version__})
