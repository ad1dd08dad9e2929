"""``jsonl``: any JSONL (or Parquet/CSV) with configurable text, code, id and symptoms columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.generation.importers.rows import note_row, require, text_field, where
from medsyn_dataset.generation.importers.values import parse_symptoms, resolve_code


@dataclass(frozen=True)
class JsonlColumns:
    """Column names of a generic JSONL import."""

    text: str = "text"
    code: str = "code"
    id: str | None = None
    symptoms: str | None = None
    dataset: str | None = None  # source.dataset; default: the file's stem
    model: str | None = None  # generation.model, if known


def converter(columns: JsonlColumns) -> Callable[[Path, int, dict[str, Any], Path], dict[str, Any]]:
    def convert(path: Path, row_no: int, record: dict[str, Any], root: Path) -> dict[str, Any]:
        needed = [columns.text, columns.code] + ([columns.id] if columns.id else [])
        require(path, row_no, record, needed)
        dataset = columns.dataset or path.stem
        text = text_field(path, row_no, record, columns.text)
        code = resolve_code(record[columns.code], where(path, row_no, columns.code))
        if columns.id:
            record_id = str(record[columns.id])
            note_id = record_id
        else:
            record_id = f"{path.name}#{row_no}"
            note_id = f"{dataset}-{row_no:06d}"
        symptoms = (
            parse_symptoms(record.get(columns.symptoms), where(path, row_no, columns.symptoms))
            if columns.symptoms
            else None
        )
        return note_row(note_id, text, code, dataset, record_id, columns.model, symptoms=symptoms)

    return convert
