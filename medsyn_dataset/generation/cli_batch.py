"""`medsyn batch export|ingest`: batch JSONL files for engines that run them offline (vllm run-batch, ...)."""

from __future__ import annotations

from pathlib import Path

import typer

from medsyn_dataset._cli_util import user_errors
from medsyn_dataset.exit_codes import EXIT_INCOMPLETE, EXIT_OK
from medsyn_dataset.generation.settings import BATCH_MAX_BYTES, BATCH_MAX_REQUESTS

app = typer.Typer(
    help="Batch JSONL files: export a plan's requests, ingest a result file into notes (exactly once).",
    no_args_is_help=True,
    add_completion=False,
)


@app.command("export")
@user_errors
def export(
    tasks: Path = typer.Option(..., "--tasks", help="Tasks table from `medsyn plan`."),
    out: Path = typer.Option(..., "--out", help="JSONL to write (split into OUT-00000.jsonl, ... beyond the limits)."),
    model: str | None = typer.Option(None, "--model", help="Model name in every request (default: the tasks' params)."),
    skip_done: Path | None = typer.Option(None, "--skip-done", help="Leave out tasks already in this notes folder."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="Only the first N tasks."),
    max_requests: int = typer.Option(BATCH_MAX_REQUESTS, "--max-requests", min=1, help="Requests per file."),
    max_bytes: int = typer.Option(BATCH_MAX_BYTES, "--max-bytes", min=1024, help="Bytes per file."),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Replace request files this command did not write, or that were edited since."
    ),
) -> None:
    """Write the requests of a plan as batch JSONL (custom_id = task id), e.g. for
    `vllm run-batch -i requests.jsonl -o results.jsonl --model M` or the OpenAI Batch API.
    Each file gets a sidecar NAME.medsyn (this command, its command line, the file's sha256): an
    earlier export of this command, unchanged, is replaced; any other file at a name written only
    with --overwrite."""
    from medsyn_dataset.generation.offline import export_requests

    files = export_requests(tasks, out, model, skip_done=skip_done, limit=limit, max_requests=max_requests,
                            max_bytes=max_bytes, overwrite=overwrite)
    for path, n in files:
        typer.echo(f"{n:,} requests -> {path}")


@app.command("ingest")
@user_errors
def ingest(
    tasks: Path = typer.Option(..., "--tasks", help="The tasks table the requests were exported from."),
    results: list[Path] = typer.Option(..., "--results", help="Result JSONL (repeat for several files)."),
    out: Path = typer.Option(..., "--out", help="Notes folder (as `medsyn generate --out`): created or continued."),
    model: str | None = typer.Option(None, "--model", help="Model, when the result lines do not name it."),
    engine: str = typer.Option("batch-file", "--engine", help="generation.backend of the notes, e.g. vllm-batch."),
    shard_size: int = typer.Option(1000, "--shard-size", min=1, help="Notes per output shard."),
    ledger: Path | None = typer.Option(None, "--ledger", help="Request ledger (default: $MEDSYN_LEDGER or the cache)."),
    no_ledger: bool = typer.Option(False, "--no-ledger", help="Do not store the answers in the ledger."),
) -> None:
    """Turn batch result files into notes: each task once, failed lines to failures.parquet.
    --out follows `medsyn generate`'s rule: new, empty or a notes folder it (or generate) wrote.
    Exit codes: 0 every task has its note; 3 some failed or are missing (see failures.parquet);
    1 bad input or a refused --out (nothing written)."""
    from medsyn_dataset.generation.ledger import default_ledger_path
    from medsyn_dataset.generation.offline import ingest_results

    summary = ingest_results(tasks, results, out, model=model, engine=engine, shard_size=shard_size,
                             ledger=None if no_ledger else (ledger or default_ledger_path()))
    done = summary.done_before + summary.written
    typer.echo(f"{summary.written:,} notes written ({summary.done_before:,} already there); "
               f"{summary.failed:,} failed lines; {summary.total - done:,} of {summary.total:,} tasks without a note")
    raise typer.Exit(EXIT_OK if done == summary.total else EXIT_INCOMPLETE)
