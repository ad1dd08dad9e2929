"""Input files of an import as ``(file, row number, record)``: JSON (a list, a mapping of id -> record,
or JSON lines), JSONL, Parquet and CSV files, or a folder of them (the upstream MedSyn batch layout).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from medsyn_dataset.generation.examples import ExamplePoolError, iter_records
from medsyn_dataset.generation.importers.values import ImportFormatError
from medsyn_dataset.io import iter_jsonl, parquet_file, read_text


def _iter_json_file(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Records of a .json file: a list of objects, a mapping of id -> object, or JSON lines."""
    text = read_text(path, ImportFormatError)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, list):
        for i, record in enumerate(data, start=1):
            if not isinstance(record, dict):
                raise ImportFormatError(f"{path}: row {i}: expected a JSON object")
            yield i, record
        return
    if isinstance(data, dict) and data and all(isinstance(v, dict) for v in data.values()):
        for i, (key, record) in enumerate(data.items(), start=1):
            yield i, {"_key": key, **record}
        return
    yield from _records(path, force_jsonl=True)


def _records(path: Path, force_jsonl: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        if force_jsonl:
            yield from iter_jsonl(path, ImportFormatError)
            return
        yield from iter_records(path)
    except ExamplePoolError as exc:
        raise ImportFormatError(str(exc)) from None


def _input_files(input_path: Path) -> list[Path]:
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: no such file or folder")
    if input_path.is_file():
        return [input_path]
    files = sorted(p for p in input_path.rglob("*") if p.suffix.lower() in (".json", ".jsonl", ".parquet"))
    if not files:
        raise FileNotFoundError(f"{input_path}: no .json, .jsonl or .parquet files in this folder")
    return files


def iter_input(input_path: Path) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    for path in _input_files(input_path):
        records = _iter_json_file(path) if path.suffix.lower() == ".json" else _records(path)
        for row_no, record in records:
            yield path, row_no, record



def count_records(fmt: str, input_path: str | os.PathLike[str]) -> int | None:
    """Number of input records when cheap to know (Parquet metadata, JSONL lines), else None."""
    path = Path(input_path)
    if not path.is_file():
        return None
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return parquet_file(path).metadata.num_rows
        except ValueError as exc:
            raise ImportFormatError(str(exc)) from None
    if suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None

