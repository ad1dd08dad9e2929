"""The tasks table of a run, and whether an output folder's notes belong to it (resume and top-up).

An output folder may be continued with its own tasks file (resume) or with a larger plan that keeps
the old task ids unchanged (top-up: `medsyn plan --total` raised, same config and seed). What is
refused is a tasks file under which a finished note would be a different request: a task id that
is gone, or whose prompt, seed or sampling parameters changed. That is checked note by note, so the
rule does not depend on how the tasks file was made.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from medsyn_dataset import schema
from medsyn_dataset.generation import shards
from medsyn_dataset.generation.records import parse_params


class TasksMismatchError(ValueError):
    """An output folder holds notes made for other tasks than the tasks file of this run."""


@dataclass(frozen=True)
class TaskTable:
    """A validated tasks file: all of it (``full``) and the part in scope of this run (``table``)."""

    path: Path
    full: pa.Table
    table: pa.Table
    sha256: str

    @property
    def ids(self) -> list[str]:
        return self.table.column("task_id").to_pylist()


def read_tasks(path: str | Path, limit: int | None = None) -> TaskTable:
    """Read and check a tasks file: unique ids, params that are JSON objects; ``limit`` scopes the run."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: tasks file not found")
    full = schema.read_table(path, "task")
    seen: dict[str, int] = {}
    for row, task_id in enumerate(full.column("task_id").to_pylist()):
        if task_id in seen:
            raise ValueError(f"{path}: row {row}: field 'task_id': {task_id!r} repeats row {seen[task_id]}")
        seen[task_id] = row
    checked: set[str] = set()  # a planned table repeats one params string on every row: parse it once
    for row, raw in enumerate(full.column("params").to_pylist()):
        if raw and raw not in checked:
            parse_params(raw, f"{path}: row {row}")
            checked.add(raw)
    table = full.slice(0, limit) if limit is not None else full
    return TaskTable(path, full, table, shards.sha256_file(path))


def iter_rows(table: pa.Table, batch: int = 1024) -> Iterator[dict[str, Any]]:
    # Slices keep only ~1k Python dicts alive at a time, whatever the size of the table.
    for start in range(0, table.num_rows, batch):
        yield from table.slice(start, batch).to_pylist()


def model_from_tasks(table: pa.Table) -> str | None:
    """The planner may record the intended API model in each task's params; take the first one."""
    for raw in table.column("params").to_pylist()[:1]:
        if raw:
            value = json.loads(raw).get("model")
            return str(value) if value else None
    return None


def check_folder_matches(out_dir: Path, manifest: dict[str, Any], tasks: TaskTable) -> None:
    """Refuse ``tasks`` if a note already in ``out_dir`` was made for another request (see the module docstring)."""
    previous = (manifest.get("tasks") or {}).get("sha256")
    if previous == tasks.sha256 or not shards.list_shards(out_dir):
        return
    expected = _request_identity(tasks.full)
    for path in shards.list_shards(out_dir):
        notes = schema.read_table(path, "note", columns=["id", "prompt", "generation"])
        for note_id, prompt, generation in zip(
            notes.column("id").to_pylist(),
            notes.column("prompt").to_pylist(),
            notes.column("generation").to_pylist(),
            strict=True,
        ):
            want = expected.get(note_id)
            if want is None:
                raise TasksMismatchError(
                    f"{out_dir}: was generated from another tasks file: note {note_id!r} has no task in "
                    f"{tasks.path}; resume with the tasks file it was made from "
                    f"({(manifest.get('tasks') or {}).get('path', '?')}) or write to a new --out folder"
                )
            got = (prompt, (generation or {}).get("seed"), (generation or {}).get("params"))
            if got != want:
                raise TasksMismatchError(
                    f"{out_dir}: was generated from another tasks file: task {note_id!r} has another "
                    f"prompt, seed or params in {tasks.path}; a larger plan may add tasks but not change "
                    "them; write to a new --out folder"
                )


def _request_identity(table: pa.Table) -> dict[str, tuple[Any, Any, Any]]:
    """task id -> (prompt, seed, canonical params JSON), as a note records them."""
    canonical: dict[str | None, str] = {}
    identity: dict[str, tuple[Any, Any, Any]] = {}
    for task_id, prompt, seed, raw in zip(
        table.column("task_id").to_pylist(),
        table.column("prompt").to_pylist(),
        table.column("seed").to_pylist(),
        table.column("params").to_pylist(),
        strict=True,
    ):
        if raw not in canonical:
            canonical[raw] = schema.params_json(parse_params(raw, task_id))
        identity[task_id] = (prompt, seed, canonical[raw])
    return identity
