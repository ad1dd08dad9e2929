"""CLI of the generation stage: `medsyn plan`, `medsyn generate`, `medsyn import`."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import not_built


def plan() -> None:
    """Turn a release config into a table of generation tasks (one row per note)."""
    not_built("plan", 3)


def generate(
    tasks: str = typer.Option(..., "--tasks", help="Tasks table from `medsyn plan` (Parquet, task schema)."),
    out: str = typer.Option(..., "--out", help="Output folder: part-*.parquet shards, failures.parquet, manifest.json."),
    backend: str = typer.Option(
        "template", "--backend", help="openai (any OpenAI-compatible endpoint), transformers (local HF model), template."
    ),
    model: str | None = typer.Option(
        None, "--model", help="Model name (openai) or path/hub id (transformers). Default: `model` in the tasks' params."
    ),
    base_url: str | None = typer.Option(
        None, "--base-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1 (vLLM). Key: $OPENAI_API_KEY."
    ),
    concurrency: int = typer.Option(16, "--concurrency", min=1, help="Requests in flight at once."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="Only the first N tasks of the table."),
    shard_size: int = typer.Option(1000, "--shard-size", min=1, help="Notes per output shard."),
    rpm: float | None = typer.Option(None, "--rpm", min=0.001, help="Requests per minute limit (default: none)."),
    tpm: float | None = typer.Option(None, "--tpm", min=1, help="Tokens per minute limit (prompt + max_tokens estimate)."),
    timeout: float = typer.Option(120.0, "--timeout", min=0.001, help="Seconds per request before it is retried."),
    max_retries: int = typer.Option(6, "--max-retries", min=0, help="Retries of 429/5xx/timeouts/connection errors."),
    price_table: str | None = typer.Option(
        None, "--price-table", help="YAML/JSON: {model: {prompt_per_1k: x, completion_per_1k: y}} for a cost estimate."
    ),
    run_name: str | None = typer.Option(None, "--run-name", help="source.dataset of the notes (default: tasks file stem)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show the progress bar."),
) -> None:
    """Generate notes for a tasks table with an LLM backend, into resumable Parquet shards.

    Rerunning the same command resumes: tasks already in shards are skipped, failed ones retried.
    Failures (after retries, empty, refused or truncated output) go to DIR/failures.parquet, never
    into the notes. Exit codes: 0 all tasks done; 2 some tasks failed (see the summary and
    failures.parquet; rerun to retry them); 130 interrupted (Ctrl-C/SIGTERM; finished notes were
    flushed, rerun to resume); 1 bad input.
    """
    from rich.console import Console
    from rich.table import Table

    from medsyn_dataset._cli_util import USER_ERRORS, fail
    from medsyn_dataset.generation.runner import generate_notes

    try:
        summary = generate_notes(
            tasks,
            out,
            backend,
            model=model,
            base_url=base_url,
            concurrency=concurrency,
            limit=limit,
            shard_size=shard_size,
            requests_per_minute=rpm,
            tokens_per_minute=tpm,
            timeout_s=timeout,
            max_retries=max_retries,
            price_table=price_table,
            progress=progress,
            run_name=run_name,
        )
    except (*USER_ERRORS, ImportError) as exc:
        fail(str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc))
    console = Console(stderr=True)
    table = Table(title=f"medsyn generate -> {out}", show_header=False)
    done = summary.done_before + summary.written
    rows = [
        ("tasks", f"{summary.total:,}"),
        ("done", f"{done:,} ({summary.done_before:,} before this run, {summary.written:,} now)"),
        ("failed", f"{summary.failed:,} this run; {summary.failures_pending:,} in failures.parquet"),
        ("pending", f"{summary.skipped:,} not attempted" + (" (interrupted)" if summary.interrupted else "")),
        ("speed", f"{summary.notes_per_s:.2f} notes/s over {summary.elapsed_s:.1f} s"),
        ("tokens", f"{summary.tokens:,} ({summary.prompt_tokens:,} prompt + {summary.completion_tokens:,} completion)"),
        ("cost", "n/a (no --price-table entry)" if summary.cost is None else f"{summary.cost:.4f}"),
        ("shards", f"{len(summary.shards)} written this run"),
    ]
    if summary.duplicates_found:
        rows.append(("duplicates", f"{summary.duplicates_found} repeated ids in old shards (first kept on read)"))
    for key, value in rows:
        table.add_row(key, value)
    console.print(table)
    if summary.errors:
        console.print("[red]failures by reason (this run):")
        for reason, count in list(summary.errors.items())[:10]:
            console.print(f"  {count:>6}  {reason}")
    if summary.interrupted:
        console.print("[yellow]interrupted: finished notes were saved; rerun the same command to resume.")
    elif summary.failures_pending:
        console.print(f"[yellow]{summary.failures_pending} task(s) failed; rerun the same command to retry them.")
    raise typer.Exit(summary.exit_code)


def import_() -> None:
    """Convert an existing corpus (MedSyn raw/Hub, RuMedTop3, JSONL) into the note schema."""
    not_built("import", 3)


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)
    app.command("generate")(generate)
    app.command("import")(import_)
