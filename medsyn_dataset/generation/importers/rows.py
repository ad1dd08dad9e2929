"""The note row of an imported record: the text, the code, provenance (``source``) and the rest.

Helpers the per-format converters share: required columns, the text field, error locations and
stable ids.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from medsyn_dataset.generation.examples import require_columns
from medsyn_dataset.generation.importers.values import (
    FLAG_EMPTY_TEXT,
    CodeResolution,
    ImportFormatError,
    is_nan,
)
from medsyn_dataset.knowledge import icd10


def require(path: Path, row_no: int, record: dict[str, Any], columns: list[str]) -> None:
    require_columns(path, record, row_no, columns, ImportFormatError)


def text_field(path: Path, row_no: int, record: dict[str, Any], column: str) -> str:
    value = record.get(column)
    if value is None or is_nan(value):
        raise ImportFormatError(f"{path}: row {row_no}, field {column!r}: the note text is missing")
    if not isinstance(value, str):
        raise ImportFormatError(
            f"{path}: row {row_no}, field {column!r}: expected text, got {type(value).__name__}"
        )
    return value


def where(path: Path, row_no: int, column: str) -> str:
    return f"{path}: row {row_no}, field {column!r}"


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _generation(model: str | None) -> dict[str, Any]:
    return {"backend": "import", "model": model, "params": None, "seed": None, "finish_reason": None,
            "prompt_tokens": None, "completion_tokens": None, "latency_s": None, "created_at": None}  # fmt: skip


def note_row(
    note_id: str,
    text: str,
    code: CodeResolution,
    dataset: str,
    record_id: str,
    model: str | None,
    flags: tuple[str, ...] = (),
    **columns: Any,
) -> dict[str, Any]:
    all_flags = list(dict.fromkeys((*code.flags, *flags, *((FLAG_EMPTY_TEXT,) if not text.strip() else ()))))
    return {
        "id": note_id,
        "icd10_code": code.icd10_code,
        "icd10_subcode": code.icd10_subcode,
        "icd10_name_ru": columns.pop("icd10_name_ru", None) or icd10.name_ru(code.icd10_code),
        "text": text,
        "generation": _generation(model),
        "source": {
            "kind": "imported",
            "dataset": dataset,
            "record_id": record_id,
            "original_code": code.original_code,
            "flags": all_flags,
        },
        **columns,
    }

