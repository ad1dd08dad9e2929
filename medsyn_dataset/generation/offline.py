"""Batch files for any engine: export a plan's requests as batch JSONL, ingest a result file into notes.

``vllm run-batch -i requests.jsonl -o results.jsonl --model M`` (and the OpenAI Batch API, and other
engines that follow it) read the request lines written by :func:`export_requests` and write result
lines that :func:`ingest_results` turns into notes, through the same output folder machinery as
`medsyn generate`: each task's note exactly once (a line for a finished task, or a line seen twice,
is skipped), failures to ``failures.parquet``, answers into the ledger (so an online run never asks
them again), shards written whole, the manifest updated.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from medsyn_dataset.generation import shards
from medsyn_dataset.generation.backends.base import GenerationResult
from medsyn_dataset.generation.backends.openai_compat import CHAT_ENDPOINT, chat_body
from medsyn_dataset.generation.batchfiles import read_result_file, request_line, split_lines
from medsyn_dataset.generation.ledger import Ledger, request_key
from medsyn_dataset.generation.output import GenerationSummary, backend_info, open_output
from medsyn_dataset.generation.records import request_for
from medsyn_dataset.generation.settings import BATCH_MAX_BYTES, BATCH_MAX_REQUESTS
from medsyn_dataset.generation.taskfile import iter_rows, model_from_tasks, read_tasks
from medsyn_dataset.io import temp_file_beside
from medsyn_dataset.outputs import BATCH_EXPORT, GENERATE


def export_requests(
    tasks_path: str | Path,
    out_path: str | Path,
    model: str | None = None,
    *,
    skip_done: str | Path | None = None,
    limit: int | None = None,
    max_requests: int = BATCH_MAX_REQUESTS,
    max_bytes: int = BATCH_MAX_BYTES,
    overwrite: bool = False,
) -> list[tuple[Path, int]]:
    """Write the requests of the tasks (not yet in ``skip_done``) as batch JSONL; returns (file, lines).

    One file when the requests fit the limits, else ``<stem>-00000<suffix>``, ``-00001``, ...
    Files are written through temp files and appear only when all are complete, each with its sidecar
    (``NAME.medsyn``: request lines have no room for a marker). A file that exists at a name to
    be written is replaced when it is an earlier export of this command, unchanged; any other file
    only with ``overwrite``.
    """
    out_path = Path(out_path)
    BATCH_EXPORT.check(out_path, overwrite)
    tasks = read_tasks(tasks_path, limit)
    model = model or model_from_tasks(tasks.table)
    if not model:
        raise ValueError("batch export needs --model (or `model` in the tasks' params): it goes into every request")
    done = shards.scan(skip_done).done_ids if skip_done is not None and Path(skip_done).is_dir() else set()

    def lines() -> Iterator[tuple[str, bytes]]:
        for task in iter_rows(tasks.table):
            if task["task_id"] not in done:
                request = request_for(task)
                yield task["task_id"], request_line(task["task_id"], {"url": CHAT_ENDPOINT, "body": chat_body(model, request)})

    out_path.parent.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, int]] = []
    try:
        for chunk in split_lines(lines(), max_requests, max_bytes):
            tmp = temp_file_beside(out_path)
            written.append((tmp, len(chunk)))
            with open(tmp, "wb") as fh:
                fh.writelines(line for _, line in chunk)
                fh.flush()
                os.fsync(fh.fileno())
        if not written:  # nothing to ask: an empty file says so
            with BATCH_EXPORT.replace(out_path, overwrite):
                pass
            return [(out_path, 0)]
        names = [out_path] if len(written) == 1 else [
            out_path.with_name(f"{out_path.stem}-{i:05d}{out_path.suffix}") for i in range(len(written))
        ]
        for name in names:  # every name checked before any file is put in place
            BATCH_EXPORT.check(name, overwrite)
        for (tmp_path, _), name in zip(written, names, strict=True):
            BATCH_EXPORT.install(tmp_path, name)  # with its sidecar: a rerun knows the file as its own
        return [(name, n) for name, (_, n) in zip(names, written, strict=True)]
    finally:
        for tmp_path, _ in written:
            with contextlib.suppress(FileNotFoundError):
                tmp_path.unlink()


def ingest_results(
    tasks_path: str | Path,
    results: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    engine: str = "batch-file",
    shard_size: int = 1000,
    ledger: str | Path | None = None,
    run_name: str | None = None,
) -> GenerationSummary:
    """Turn result files into notes in ``out_dir`` (see the module docstring); ``ledger=None``: none.

    ``out_dir`` follows `medsyn generate`'s output rule (checked first: a refused path costs nothing).
    """
    GENERATE.check(out_dir)
    tasks = read_tasks(tasks_path)
    model = model or model_from_tasks(tasks.table)
    row_of = {tid: i for i, tid in enumerate(tasks.full.column("task_id").to_pylist())}
    for path in results:  # check every line first: bad input writes nothing
        for line in read_result_file(path):
            if line.custom_id not in row_of:
                raise ValueError(f"{line.where}: custom_id {line.custom_id!r} is not a task of {tasks.path}")
    with open_output(out_dir, tasks, shard_size, run_name or tasks.path.stem) as run:
        run.backend_info = backend_info(engine, model or "unknown", ())
        led = Ledger(ledger) if ledger is not None else None
        origin = str(run.out_dir.resolve())
        try:
            for path in results:
                for line in read_result_file(path):
                    task = tasks.full.slice(row_of[line.custom_id], 1).to_pylist()[0]
                    request = request_for(task)
                    result = line.result or GenerationResult(text=None, finish_reason="error", error=line.error)
                    answered_by = result.model or model
                    if led is not None and line.result is not None and answered_by and not run.is_done(line.custom_id):
                        payload = {"url": CHAT_ENDPOINT, "body": chat_body(answered_by, request)}
                        led.record(request_key(payload), payload, result, cost=None, mode="file", origin=origin)
                    note = run.record(task, request, result, engine, answered_by or "unknown", None)
                    if note is not None and run.writer.add(note) is not None:
                        run.save()
        finally:
            run.writer.flush()
            summary = run.summary()
            run.save(summary)
            if led is not None:
                led.close()
    return summary

