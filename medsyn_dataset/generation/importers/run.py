"""`import_corpus`: records of one format -> a note folder (shards, ``sources.json``, ``manifest.json``).

The folder follows :mod:`medsyn_dataset.note_folder`: its shard names, its id rule (an id twice in
the input is an error naming both rows) and its manifest (``written_by: medsyn import``, the
manifest format, the package version, what was imported, and every shard with rows and sha256).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from medsyn_dataset.generation.importers import jsonl, medsyn_hub, medsyn_raw, rumedtop3
from medsyn_dataset.generation.importers.reading import iter_input
from medsyn_dataset.generation.importers.values import FLAG_MAPPED, ImportFormatError, InvalidCodeError
from medsyn_dataset.note_folder import IdRule, NoteFolder, ShardInfo, manifest_header
from medsyn_dataset.outputs import IMPORT
from medsyn_dataset.provenance import (
    SourceDeclaration,
    SourceInfo,
    source_for_import,
    with_rows_imported,
    write_sources,
)
from medsyn_dataset.schema import NOTE_SCHEMA_VERSION, table_from_rows

ImportFormat = Literal["medsyn-raw", "medsyn-hub", "rumedtop3", "jsonl"]
FORMATS: tuple[str, ...] = ("medsyn-raw", "medsyn-hub", "rumedtop3", "jsonl")
DEFAULT_SHARD_SIZE = 5000
#: ``format`` of an import's ``manifest.json`` (a generate folder's is ``medsyn-generation/1``).
MANIFEST_FORMAT = "medsyn-import/1"

Converter = Callable[[Path, int, dict[str, Any], Path], dict[str, Any]]
#: The converter of each fixed format; ``jsonl`` builds one from its column options.
CONVERTERS: dict[str, Converter] = {
    "medsyn-raw": medsyn_raw.convert,
    "medsyn-hub": medsyn_hub.convert,
    "rumedtop3": rumedtop3.convert,
}


@dataclass
class ImportSummary:
    format: str
    input: str
    out_dir: str
    rows: int = 0
    skipped: int = 0
    shards: list[str] = field(default_factory=list)
    flag_counts: dict[str, int] = field(default_factory=dict)
    models: dict[str, int] = field(default_factory=dict)
    codes: int = 0  # distinct ICD-10 categories
    skipped_reasons: list[str] = field(default_factory=list)  # the first few, for the report
    source: dict[str, Any] = field(default_factory=dict)  # the provenance.SourceInfo of the rows

    @property
    def flagged_codes(self) -> int:
        return self.flag_counts.get(FLAG_MAPPED, 0)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_corpus(
    fmt: ImportFormat,
    input_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    shard_size: int = DEFAULT_SHARD_SIZE,
    *,
    text_column: str = "text",
    code_column: str = "code",
    id_column: str | None = None,
    symptoms_column: str | None = None,
    dataset: str | None = None,
    model: str | None = None,
    skip_invalid: bool = False,
    progress: Callable[[int], None] | None = None,
    source: SourceDeclaration | None = None,
    overwrite: bool = False,
) -> ImportSummary:
    """Convert ``input_path`` (a file, or a folder for ``medsyn-raw``) into note shards in ``out_dir``.

    The column options apply to ``fmt="jsonl"`` only. ``source`` declares a corpus of the user's
    own (name, licence, citation, url, description, synthetic): see
    :func:`medsyn_dataset.provenance.source_for_import`; ``dataset`` is the default name. ``progress`` is called with the number of
    records read since the last call. Raises :class:`ImportFormatError` for bad input (naming the
    file, the row and the field) and :class:`~medsyn_dataset.outputs.OutputRefusedError` when
    ``out_dir`` is a file or a non-empty folder that is not an earlier import.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown import format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if shard_size < 1:
        raise ValueError("shard_size must be >= 1")
    source_path, out_dir = Path(input_path), Path(out_dir)
    info = source_for_import(fmt, dataset or (source_path.stem if fmt == "jsonl" else fmt), source)
    if fmt == "jsonl":
        convert = jsonl.converter(jsonl.JsonlColumns(text_column, code_column, id_column, symptoms_column, info.name, model))
    else:
        convert = CONVERTERS[fmt]
    if fmt != "medsyn-raw" and source_path.is_dir():
        raise ImportFormatError(f"{source_path}: is a folder; the {fmt} importer takes one file")
    IMPORT.check(out_dir, (source_path,), overwrite)  # before reading a row: a refused folder costs nothing
    summary = ImportSummary(format=fmt, input=str(source_path), out_dir=str(out_dir))
    with IMPORT.replace(out_dir, (source_path,), overwrite) as tmp_dir:
        folder = _ImportFolder(NoteFolder(tmp_dir), shard_size, info)
        _convert_all(source_path, convert, folder, summary, skip_invalid, progress)
        if not folder.shards:
            raise ImportFormatError(f"{source_path}: no records to import")
        folder.finish(summary)
        write_sources(tmp_dir, [SourceInfo.from_dict(summary.source)])
        folder.folder.write_manifest(_manifest(summary, folder.shards))
    return summary


def _convert_all(
    source_path: Path,
    convert: Converter,
    folder: _ImportFolder,
    summary: ImportSummary,
    skip_invalid: bool,
    progress: Callable[[int], None] | None,
) -> None:
    """Every input record through ``convert`` into ``folder``; skipped rows counted in ``summary``."""
    pending = 0
    for path, row_no, record in iter_input(source_path):
        pending += 1
        if progress is not None and pending >= 1000:
            progress(pending)
            pending = 0
        try:
            row = convert(path, row_no, record, source_path)
        except InvalidCodeError as exc:
            if not skip_invalid:
                raise
            summary.skipped += 1
            if len(summary.skipped_reasons) < 10:
                summary.skipped_reasons.append(str(exc))
            continue
        folder.add(row, path, row_no)
    folder.flush()
    if progress is not None and pending:
        progress(pending)


class _ImportFolder:
    """The note folder an import writes: rows are buffered and written as whole shards."""

    def __init__(self, folder: NoteFolder, shard_size: int, info: SourceInfo) -> None:
        self.folder = folder
        self.shard_size = shard_size
        self.info = info
        self.ids = IdRule("error", error=ImportFormatError)  # the note folder's id rule, naming the input rows
        self.shards: list[ShardInfo] = []
        self.flags: Counter[str] = Counter()
        self.models: Counter[str] = Counter()
        self.codes: set[str] = set()
        self._batch: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any], path: Path, row_no: int) -> None:
        self.ids.add(row["id"], path, row_no, field=None)
        row["source"]["dataset"] = self.info.name  # a user-named corpus in a known format keeps its own name
        self.flags.update(row["source"]["flags"])
        self.models[row["generation"]["model"] or "unknown"] += 1
        self.codes.add(row["icd10_code"])
        self._batch.append(row)
        if len(self._batch) >= self.shard_size:
            self.flush()

    def flush(self) -> None:
        if self._batch:
            self.shards.append(self.folder.write_shard(len(self.shards), table_from_rows(self._batch, kind="note")))
            self._batch = []

    def finish(self, summary: ImportSummary) -> None:
        summary.rows = sum(s.rows for s in self.shards)
        summary.shards = [s.name for s in self.shards]
        summary.flag_counts = dict(sorted(self.flags.items()))
        summary.models = dict(sorted(self.models.items()))
        summary.codes = len(self.codes)
        summary.source = with_rows_imported(self.info, summary.rows).to_dict()


def _manifest(summary: ImportSummary, shards: list[ShardInfo]) -> dict[str, Any]:
    return {
        **manifest_header(IMPORT, MANIFEST_FORMAT),
        "import_format": summary.format,
        "input": summary.input,
        "schema": f"note/{NOTE_SCHEMA_VERSION}",
        "rows": summary.rows,
        "skipped": summary.skipped,
        "codes": summary.codes,
        "flag_counts": summary.flag_counts,
        "models": summary.models,
        "source": {k: summary.source.get(k) for k in ("name", "license", "declared_by")},
        "shards": [s.as_json() for s in shards],
    }
