"""Writing the release's configs in one streamed pass over the validated notes, in bounded memory.

The split of every note is decided first, from the (id, code, group) columns only
(:func:`medsyn_dataset.builder.source.split_keys` + :func:`~medsyn_dataset.builder.splits.plan_splits`),
and kept as :class:`SplitRouting`: the split of each released row in input order. Then one pass
reads every input shard once, in batches (:func:`~medsyn_dataset.builder.source.released_batches`),
turns each batch into the rows of every config (``notes``, ``icd_classification``, ``ift``) and
routes them to one :class:`SplitSpool` per config and split. A spool keeps its rows in a scratch
zstd-compressed Arrow IPC file in batches of :data:`CHUNK_ROWS` rows and counts them and their Arrow size, so when
the pass ends every split's file layout is known and
:func:`~medsyn_dataset.builder.hub_parquet.write_split` writes it one row group at a time.

Why spool instead of writing Parquet during the pass: the number of files of a split (and so every
file's name and first row) follows from the split's total Arrow size, known only at the end. The
spools hold the same 1,000-row batches ``datasets`` wrote when the build went through the
``datasets`` builder, and their sizes are counted as ``datasets`` counted them (the size of a batch
as read back from Arrow IPC), so the files, the card's ``dataset_info`` and the manifest come out
byte for byte as they did then.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from medsyn_dataset.builder.configs import features_for
from medsyn_dataset.builder.ift import IftRecord, ift_records, release_mkg
from medsyn_dataset.builder.source import ValidatedInputError, released_batches
from medsyn_dataset.builder.splits import SPLIT_NAMES, NoteKey
from medsyn_dataset.knowledge.icd10 import name_ru
from medsyn_dataset.schema import VALIDATION_COLUMN, VF

if TYPE_CHECKING:
    import datasets

    from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph

#: Rows per spooled batch: the record batch size ``datasets`` writes (``DEFAULT_MAX_BATCH_SIZE``).
CHUNK_ROWS = 1000
#: Spools are zstd-compressed Arrow IPC: the scratch space is a fraction of the rows' Arrow size
#: (the batches read back are the same; only the bytes on disk shrink).
SPOOL_COMPRESSION = "zstd"

Progress = Callable[[str], None]


@dataclass
class SplitRouting:
    """The split of every released note, in input order (the order the pass reads them)."""

    ids: pa.Array  # string: the released notes' ids, to check that the pass reads the same notes
    split: np.ndarray  # uint8 index into SPLIT_NAMES, one per released note

    @classmethod
    def from_assignment(cls, keys: Sequence[NoteKey], assignment: dict[str, str]) -> SplitRouting:
        index = {name: i for i, name in enumerate(SPLIT_NAMES)}
        split = np.fromiter((index[assignment[k.id]] for k in keys), dtype=np.uint8, count=len(keys))
        return cls(pa.array([k.id for k in keys], pa.string()), split)

    def take(self, start: int, ids: pa.ChunkedArray | pa.Array, shard: Path) -> np.ndarray:
        """The splits of the released rows ``start ..`` read now; their ids must be the planned ones."""
        planned = self.ids.slice(start, len(ids))
        ids = ids.combine_chunks() if isinstance(ids, pa.ChunkedArray) else ids
        if len(planned) != len(ids) or not pc.all(pc.equal(planned, ids)).as_py():
            raise ValidatedInputError(f"{shard}: the notes changed while the release was being built; run the build again")
        return self.split[start : start + len(ids)]


def _ipc_nbytes(batch: pa.RecordBatch) -> int:
    """The Arrow size of ``batch`` as read back from an IPC file: what ``datasets`` counted as a split's bytes.

    (An array built in memory may carry a validity bitmap without nulls; IPC drops it.)
    """
    return int(pa.ipc.read_record_batch(batch.serialize(), batch.schema).nbytes)


class SplitSpool:
    """One split of one config on its way to Parquet: batches of :data:`CHUNK_ROWS` rows in a scratch file.

    After :meth:`close` it is a :class:`~medsyn_dataset.builder.hub_parquet.SplitRows`.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self.num_rows = 0
        self.nbytes = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._sink: Any = None
        self._writer: Any = None

    def append(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self._pending.append(table)
        self._pending_rows += table.num_rows
        while self._pending_rows >= CHUNK_ROWS:
            self._flush(CHUNK_ROWS)

    def _flush(self, count: int) -> None:
        pending = pa.concat_tables(self._pending)
        batch = pending.slice(0, count).combine_chunks().to_batches()[0]
        rest = pending.slice(count)
        self._pending, self._pending_rows = ([rest] if rest.num_rows else []), rest.num_rows
        if self._writer is None:
            self._sink = pa.OSFile(str(self.path), "wb")
            options = pa.ipc.IpcWriteOptions(compression=SPOOL_COMPRESSION)
            self._writer = pa.ipc.new_stream(self._sink, self.schema, options=options)
        self._writer.write_batch(batch)
        self.num_rows += batch.num_rows
        self.nbytes += _ipc_nbytes(batch)

    def close(self) -> None:
        if self._pending_rows:
            self._flush(self._pending_rows)
        if self._writer is not None:
            self._writer.close()
            self._sink.close()
            self._writer = None

    def to_batches(self) -> Iterator[pa.RecordBatch]:
        """The spooled batches, read from the file one at a time (not memory-mapped: bounded memory)."""
        if self.num_rows == 0:
            return
        with pa.OSFile(str(self.path), "rb") as source:
            yield from pa.ipc.open_stream(source)

    def discard(self) -> None:
        """Close and delete the scratch file (rows not yet flushed are dropped)."""
        self._pending, self._pending_rows = [], 0
        self.close()
        self.path.unlink(missing_ok=True)


# ---- the rows of each config --------------------------------------------------------------------


def _notes_rows(notes: pa.Table, labels: pa.Array, schema: pa.Schema) -> pa.Table:
    index = notes.schema.get_field_index("icd10_code")
    return notes.set_column(index, "icd10_code", labels).select(schema.names).cast(schema)


def _icd_rows(notes: pa.Table, labels: pa.Array, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_arrays([notes.column("id"), notes.column("text"), labels], schema=schema)


def _ift_rows(notes: pa.Table, schema: pa.Schema, mkg: MedicalKnowledgeGraph | None) -> tuple[pa.Table, np.ndarray]:
    """The instruction records of ``notes`` and how many each note has."""
    columns = {name: notes.column(name).to_pylist() for name in ("id", "icd10_code", "icd10_name_ru", "text", "symptoms", "patient")}
    coverage = pc.struct_field(notes.column(VALIDATION_COLUMN), VF.SYMPTOM_COVERAGE.value).to_pylist()
    records: list[IftRecord] = []
    counts = np.zeros(notes.num_rows, dtype=np.int64)
    for i, (note_id, code, name, text, symptoms, patient) in enumerate(zip(*columns.values(), strict=True)):
        note = {"id": note_id, "icd10_code": code, "icd10_name_ru": name, "text": text, "symptoms": symptoms,
                "patient": patient, VALIDATION_COLUMN: {VF.SYMPTOM_COVERAGE: coverage[i]}}  # fmt: skip
        before = len(records)
        records.extend(ift_records(note, name_ru(code) or name, mkg))
        counts[i] = len(records) - before
    out = {name: pa.array([getattr(r, name) for r in records], pa.string()) for name in schema.names}
    return pa.Table.from_pydict(out, schema=schema), counts


@dataclass
class ConfigSpools:
    """The spools of one config, one per split, and what the config's rows are made from."""

    name: str
    features: datasets.Features
    spools: dict[str, SplitSpool] = field(default_factory=dict)

    def add(self, notes: pa.Table, labels: pa.Array, split: np.ndarray, mkg: MedicalKnowledgeGraph | None) -> None:
        schema = self.features.arrow_schema
        if self.name == "notes":
            rows, row_split = _notes_rows(notes, labels, schema), split
        elif self.name == "icd_classification":
            rows, row_split = _icd_rows(notes, labels, schema), split
        else:
            rows, counts = _ift_rows(notes, schema, mkg)
            row_split = np.repeat(split, counts)
        for k, name in enumerate(SPLIT_NAMES):
            mask = row_split == k
            if mask.any():
                self.spools[name].append(rows.filter(pa.array(mask)))


@dataclass
class WrittenConfig:
    """What was written for one config: rows and Arrow bytes per non-empty split (``datasets``' split info)."""

    name: str
    features: datasets.Features
    rows: dict[str, int]
    nbytes: dict[str, int]

    def dataset_info(self) -> dict[str, Any]:
        splits = [{"name": s, "num_bytes": self.nbytes[s], "num_examples": self.rows[s]} for s in self.rows]
        return {
            "config_name": self.name,
            "features": self.features._to_yaml_list(),
            "splits": splits,
            "dataset_size": sum(s["num_bytes"] for s in splits),
        }


def _labels(notes: pa.Table, numbers: np.ndarray, codes: pa.Array, shard: Path) -> pa.Array:
    """The notes' codes as ClassLabel indices; a code outside the release's codes is an error."""
    labels = pc.index_in(notes.column("icd10_code"), value_set=codes)
    if labels.null_count:
        row = pc.index(pc.is_null(labels), True).as_py()
        code = notes.column("icd10_code")[row].as_py()
        raise ValidatedInputError(
            f"{shard}: row {int(numbers[row])}: field 'icd10_code' is {code!r}, which is not one of the release's codes"
        )
    return pc.cast(labels, pa.int64()).combine_chunks()


def spool_configs(
    configs: Sequence[str],
    shards: Sequence[Path],
    routing: SplitRouting,
    codes: Sequence[str],
    work: Path,
    mkg_files: Sequence[str] = (),
    say: Progress | None = None,
) -> list[ConfigSpools]:
    """One pass over ``shards``: every config's rows, routed to their split's spool under ``work``."""
    out = [ConfigSpools(name, features_for(name, codes)) for name in configs]
    for config in out:
        config.spools = {s: SplitSpool(work / f"{config.name}.{s}.arrows", config.features.arrow_schema) for s in SPLIT_NAMES}
    mkg = release_mkg(tuple(mkg_files)) if "ift" in configs else None
    code_values = pa.array(list(codes), pa.string())
    done = 0
    started = time.perf_counter()
    for k, shard in enumerate(shards, 1):
        for numbers, notes in released_batches(shard):
            split = routing.take(done, notes.column("id"), shard)
            done += notes.num_rows
            labels = _labels(notes, numbers, code_values, shard)
            for config in out:
                config.add(notes, labels, split, mkg)
        if say is not None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            say(f"configs: shard {k}/{len(shards)}, {done:,} of {len(routing.split):,} notes ({rate:,.0f} notes/s)")
    if done != len(routing.split):
        raise ValidatedInputError(f"{shards[0].parent}: the notes changed while the release was being built; run the build again")
    for config in out:
        for spool in config.spools.values():
            spool.close()
    return out
