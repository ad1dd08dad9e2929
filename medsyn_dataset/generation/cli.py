"""CLI of the generation stage: `medsyn plan`, `medsyn generate`, `medsyn import`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from medsyn_dataset._cli_util import fail, user_errors
from medsyn_dataset.exit_codes import EXIT_INTERRUPTED
from medsyn_dataset.generation.backends.openai_compat import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_S
from medsyn_dataset.generation.settings import BATCH_MAX_REQUESTS


@user_errors
def plan(
    config: str = typer.Option(..., "--config", "-c", help="Release config: a YAML file or a preset name (demo, medsyn-41k)."),
    out: Path = typer.Option(..., "--out", "-o", help="Where to write the tasks table (Parquet, task schema)."),
    total: int | None = typer.Option(None, "--total", min=1, help="Number of tasks; rescales the per-code counts."),
    seed: int | None = typer.Option(None, "--seed", min=0, help="Global seed (default: the config's `seed`)."),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Replace --out even if it is not a tasks table written by `medsyn plan`."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show the progress bar."),
) -> None:
    """Turn a release config into a table of generation tasks (one row per note).

    Each task has a stable task_id and its own seed, an ICD-10 category and subcode, symptoms
    sampled from the knowledge graph, a patient that fits the disease's sex and age limits, and a
    rendered Russian prompt. The same config and seed give the same file, byte for byte. An earlier
    tasks table from `medsyn plan` at --out is replaced; any other file only with --overwrite.
    """
    from collections import Counter

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from medsyn_dataset.config import load_config
    from medsyn_dataset.generation import planner
    from medsyn_dataset.generation.preflight import check_generation_files
    from medsyn_dataset.outputs import PLAN

    console = Console(stderr=True)
    release = load_config(config)
    PLAN.check(out, overwrite)  # before planning: a refused path costs nothing and is never touched
    check_generation_files(release)
    planned_total = total or release.notes.total
    columns = (TextColumn("planning"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, disable=not progress, transient=True) as bar:
        job = bar.add_task("plan", total=planned_total)
        table = planner.plan_tasks(release, total=total, seed=seed, progress=lambda n: bar.advance(job, n))
    planner.write_tasks(table, out)
    codes = Counter(table.column("icd10_code").to_pylist())
    templates = Counter(table.column("prompt_template").to_pylist())
    with_example = table.num_rows - table.column("example_id").null_count
    summary = Table(title=f"medsyn plan -> {out}", show_header=False)
    summary.add_row("config", f"{release.name} {release.version} (seed {release.seed if seed is None else seed})")
    summary.add_row("tasks", f"{table.num_rows:,}")
    summary.add_row("codes", f"{len(codes)} (per code: min {min(codes.values())}, max {max(codes.values())})")
    summary.add_row("templates", ", ".join(f"{name} {n:,}" for name, n in sorted(templates.items())))
    summary.add_row("with example", f"{with_example:,}")
    console.print(summary)


# ---- the options of `medsyn generate`, by concern ------------------------------------------------

# what to generate, with what
_Tasks = Annotated[str, typer.Option("--tasks", help="Tasks table from `medsyn plan` (Parquet, task schema).")]
_Out = Annotated[str, typer.Option("--out", help="Output folder: part-*.parquet shards, failures.parquet, manifest.json.")]
_Backend = Annotated[str, typer.Option(
    "--backend", help="openai (any OpenAI-compatible endpoint), transformers (local HF model), template."
)]
_Model = Annotated[str | None, typer.Option(
    "--model", help="Model name (openai) or path/hub id (transformers). Default: `model` in the tasks' params."
)]
_BaseUrl = Annotated[list[str] | None, typer.Option(
    "--base-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1 (vLLM); repeat it for "
    "several servers of one model (requests go where there is free capacity). Key: $OPENAI_API_KEY."
)]
_Limit = Annotated[int | None, typer.Option("--limit", min=0, help="Only the first N tasks of the table.")]
_ShardSize = Annotated[int, typer.Option("--shard-size", min=1, help="Notes per output shard.")]
# how fast
_Concurrency = Annotated[int, typer.Option("--concurrency", min=1, help="Most requests in flight, per endpoint.")]
_Adaptive = Annotated[bool, typer.Option(
    "--adaptive/--fixed-concurrency",
    help="openai: open up to --concurrency with a start-up ramp, AIMD on 429s and x-ratelimit-* headers; "
    "or use every slot from the start.",
)]
_Rpm = Annotated[float | None, typer.Option("--rpm", min=0.001, help="Requests per minute limit (default: none).")]
_Tpm = Annotated[float | None, typer.Option(
    "--tpm", min=1, help="Tokens per minute limit (prompt + max_tokens estimate)."
)]
_PromptTpm = Annotated[float | None, typer.Option("--prompt-tpm", min=1, help="Prompt tokens per minute limit.")]
_CompletionTpm = Annotated[float | None, typer.Option(
    "--completion-tpm", min=1, help="Completion tokens per minute limit (max_tokens reserved, unused refunded)."
)]
_Timeout = Annotated[float | None, typer.Option(
    "--timeout", min=0.001, help=f"Seconds per request before it is retried (openai: {DEFAULT_TIMEOUT_S:g})."
)]
_MaxRetries = Annotated[int | None, typer.Option(
    "--max-retries", min=0, help=f"Retries of 429/5xx/timeouts/connection errors (openai: {DEFAULT_MAX_RETRIES})."
)]
_Probe = Annotated[bool, typer.Option(
    "--probe/--no-probe", help="openai: one cheap request to each endpoint before the run (model list, "
    "or a 1-token completion), so a dead server, a refused key or an unknown model fail in seconds."
)]
# what it costs
_PriceTable = Annotated[str | None, typer.Option(
    "--price-table", help="YAML/JSON {model: {prompt_per_1k, completion_per_1k[, batch_prompt_per_1k, "
    "batch_completion_per_1k]}} (USD). Default: the built-in OpenAI list prices (see README)."
)]
_Ledger = Annotated[Path | None, typer.Option(
    "--ledger", help="Request ledger (SQLite): answered requests are never paid twice. "
    "Default: $MEDSYN_LEDGER, else the user's cache folder."
)]
_NoLedger = Annotated[bool, typer.Option("--no-ledger", help="Run without the request ledger.")]
_Budget = Annotated[float | None, typer.Option(
    "--budget", min=0, help="Hard cap in USD on this output folder's spend over all runs; "
    "no request starts whose worst case would pass it (exit 5 when reached)."
)]
_Batch = Annotated[bool, typer.Option("--batch", help="openai: use the Batch API (half price, results within 24 h).")]
_BatchPoll = Annotated[float, typer.Option("--batch-poll", min=0.01, help="Seconds between status checks of batches.")]
_BatchMaxRequests = Annotated[int, typer.Option(
    "--batch-max-requests", min=1,
    help="Requests per batch (the API allows 50,000; lower it to stay under an enqueued-token limit).",
)]
_Estimate = Annotated[bool, typer.Option(
    "--estimate", help="Send nothing: print projected tokens and cost per code and in total, then exit."
)]
_Tokenizer = Annotated[str | None, typer.Option(
    "--tokenizer", help="--estimate: count prompt tokens with a local tokenizer.json (or folder) or "
    "tiktoken:ENCODING instead of the approximation."
)]
# where the requests are answered
class GenerateExecutor(StrEnum):
    local = "local"
    ray = "ray"


_Executor = Annotated[GenerateExecutor, typer.Option(
    "--executor", help="Where the backend runs: 'local' (this process) or 'ray' (actors on a Ray cluster: "
    "RAY_ADDRESS, or a local instance; needs the `ray` extra). Shards, ledger and budget stay on this machine.",
)]
_Actors = Annotated[int | None, typer.Option(
    "--actors", min=1, help="--executor ray: copies of the backend (default: openai one per --base-url, "
    "others one per node).",
)]
_ActorGpus = Annotated[float, typer.Option(
    "--actor-gpus", min=0, help="--executor ray: GPUs each actor reserves (transformers on GPUs: 1).",
)]
# the run
_RunName = Annotated[str | None, typer.Option("--run-name", help="source.dataset of the notes (default: tasks file stem).")]
_Progress = Annotated[bool, typer.Option("--progress/--no-progress", help="Show the progress bar.")]
_Compact = Annotated[bool, typer.Option(
    "--compact", help="Afterwards rewrite DIR into clean shards holding each id once (after merging runs)."
)]


@user_errors
def generate(
    tasks: _Tasks, out: _Out, backend: _Backend = "template", model: _Model = None, base_url: _BaseUrl = None,
    concurrency: _Concurrency = 16, adaptive: _Adaptive = True, limit: _Limit = None, shard_size: _ShardSize = 1000,
    rpm: _Rpm = None, tpm: _Tpm = None, prompt_tpm: _PromptTpm = None, completion_tpm: _CompletionTpm = None,
    timeout: _Timeout = None, max_retries: _MaxRetries = None,
    price_table: _PriceTable = None, ledger: _Ledger = None, no_ledger: _NoLedger = False, budget: _Budget = None,
    batch: _Batch = False, batch_poll: _BatchPoll = 30.0, batch_max_requests: _BatchMaxRequests = BATCH_MAX_REQUESTS,
    estimate: _Estimate = False, tokenizer: _Tokenizer = None,
    executor: _Executor = GenerateExecutor.local, actors: _Actors = None, actor_gpus: _ActorGpus = 0.0,
    probe: _Probe = True, run_name: _RunName = None, progress: _Progress = True, compact: _Compact = False,
) -> None:  # the options in --help order; each is declared, with its help, in the block above
    """Generate notes for a tasks table with an LLM backend, into resumable Parquet shards.

    Rerunning the same command resumes: tasks already in shards are skipped, failed ones retried,
    and a larger plan (`medsyn plan --total` raised) tops the folder up with only its new tasks.
    Failures (after retries, empty, refused or truncated output) go to DIR/failures.parquet, never
    into the notes. Exit codes (one table for every command: README "Exit codes"): 0 all tasks done;
    1 bad input, a refused --out or an endpoint that failed the probe (nothing written); 3 some tasks
    failed (see the summary and failures.parquet; rerun to retry them); 5 the --budget is reached
    (rerun with a higher one to continue); 130 interrupted (Ctrl-C/SIGTERM; finished notes were
    flushed, rerun to resume).

    With --executor ray the backend runs on Ray actors (the transformers model loaded once per actor;
    openai: each actor drives its share of the --base-url endpoints); tasks, ledger, budget, shards
    and manifest stay here, so the folder is the one the local executor writes.
    """
    from medsyn_dataset.generation.settings import BatchSettings, GenerationSettings, RaySettings

    if executor is GenerateExecutor.local and (actors is not None or actor_gpus):
        fail("--actors and --actor-gpus place actors on Ray: they need --executor ray")

    settings = GenerationSettings(
        model=model,
        base_url=tuple(base_url) if base_url else None,
        concurrency=concurrency,
        adaptive=adaptive,
        limit=limit,
        shard_size=shard_size,
        requests_per_minute=rpm,
        tokens_per_minute=tpm,
        prompt_tokens_per_minute=prompt_tpm,
        completion_tokens_per_minute=completion_tpm,
        timeout_s=timeout,
        max_retries=max_retries,
        price_table=price_table,
        run_name=run_name,
        ledger=False if no_ledger else ledger,
        budget_usd=budget,
        batch=BatchSettings(max_requests=batch_max_requests, poll_interval_s=batch_poll) if batch else None,
        probe=probe,
        ray=RaySettings(actors=actors, gpus_per_actor=actor_gpus) if executor is GenerateExecutor.ray else None,
    )
    try:
        if estimate:
            from rich.console import Console

            from medsyn_dataset.generation.estimate import estimate_run, print_estimate

            print_estimate(estimate_run(tasks, out, backend, settings, tokenizer=tokenizer), Console())
            return
        from medsyn_dataset.generation.runner import generate_notes

        summary = generate_notes(tasks, out, backend, settings, progress=progress)
    except (ImportError, OSError) as exc:  # a missing extra, an unreachable path; user_errors handles the rest
        fail(str(exc))
    except KeyboardInterrupt:  # before the first request (e.g. during the probe); later ones end in a summary
        fail("interrupted before any request was sent; rerun the same command to start", EXIT_INTERRUPTED)
    _print_summary(out, summary, compact, shard_size)
    raise typer.Exit(summary.exit_code)


def _print_summary(out: str, summary: Any, compact: bool, shard_size: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    table = Table(title=f"medsyn generate -> {out}", show_header=False)
    done = summary.done_before + summary.written
    rows = [
        ("tasks", f"{summary.total:,}"),
        ("done", f"{done:,} ({summary.done_before:,} before this run, {summary.written:,} now)"),
        ("failed", f"{summary.failed:,} this run; {summary.failures_pending:,} in failures.parquet"),
        ("pending", f"{summary.skipped:,} not attempted" + (" (interrupted)" if summary.interrupted else "")
         + (" (budget reached)" if summary.budget_exhausted else "")),
        ("speed", f"{summary.notes_per_s:.2f} notes/s over {summary.elapsed_s:.1f} s"),
        ("tokens", f"{summary.tokens:,} ({summary.prompt_tokens:,} prompt + {summary.completion_tokens:,} completion)"),
        ("cost", ("none (nothing was sent)" if not (summary.written or summary.failed) else
                  "n/a (no price for the model; --price-table)") if summary.cost is None
         else f"${summary.cost:.4f} this run; ${summary.spent_usd or 0:.4f} for this folder"
         + (f" of a ${summary.budget_usd:.4f} budget" if summary.budget_usd is not None else "")),
        ("ledger", f"{summary.ledger_hits:,} answers served from the ledger (not sent, not paid)"),
        ("shards", f"{len(summary.shards)} written this run"),
    ]
    if summary.batches:
        rows.append(("batches", f"{summary.batches} submitted this run"))
    if summary.rate_limited:
        rows.append(("429s", f"{summary.rate_limited:,} rate-limited answers (retried)"))
    if compact:
        from medsyn_dataset.generation.shards import compact as compact_shards

        rows.append(("compacted", f"{len(compact_shards(out, shard_size))} clean shards"))
    elif summary.duplicates_found:
        rows.append(("duplicates", f"{summary.duplicates_found} repeated ids in old shards (first kept; --compact)"))
    for key, value in rows:
        table.add_row(key, value)
    console.print(table)
    if summary.errors:
        console.print("[red]failures by reason (this run):")
        for reason, count in list(summary.errors.items())[:10]:
            console.print(f"  {count:>6}  {reason}")
    if summary.interrupted:
        console.print("[yellow]interrupted: finished notes were saved; rerun the same command to resume.")
    elif summary.budget_exhausted:
        console.print(f"[yellow]budget reached: {summary.skipped:,} task(s) left; rerun with a higher --budget to continue.")
    elif summary.failures_pending:
        console.print(f"[yellow]{summary.failures_pending} task(s) failed; rerun the same command to retry them.")


@user_errors
def import_(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="File to import (a folder of JSON files for medsyn-raw)."),
    fmt: str = typer.Option(..., "--format", "-f", help="medsyn-raw, medsyn-hub, rumedtop3 or jsonl."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder: part-*.parquet (note schema) + manifest.json."),
    shard_size: int = typer.Option(5000, "--shard-size", min=1, help="Notes per output shard."),
    text_column: str = typer.Option("text", "--text-column", help="jsonl: the column holding the note text."),
    code_column: str = typer.Option("code", "--code-column", help="jsonl: the column holding the ICD-10 code."),
    id_column: str | None = typer.Option(None, "--id-column", help="jsonl: the id column (default: file stem + row)."),
    symptoms_column: str | None = typer.Option(None, "--symptoms-column", help="jsonl: an optional symptoms column."),
    dataset: str | None = typer.Option(None, "--dataset", help="jsonl: source.dataset of the notes (default: file stem)."),
    model: str | None = typer.Option(None, "--model", help="jsonl: generation.model of the notes, if known."),
    skip_invalid: bool = typer.Option(
        False, "--skip-invalid", help="Skip (and count) rows whose code is not ICD-10 at all instead of failing."
    ),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Replace an earlier import in --out even if files were added to it (they are deleted)."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show the progress bar."),
    source_name: str | None = typer.Option(
        None, "--source-name", help="Name of your own corpus (source.dataset of its rows; default: --dataset or the file stem)."
    ),
    source_license: str | None = typer.Option(
        None, "--source-license", help="Its licence, a Hugging Face licence id (cc-by-4.0, mit, ...); default: unknown."
    ),
    source_citation: str | None = typer.Option(
        None, "--source-citation", help="Its citation: BibTeX text, or a .bib file."
    ),
    source_url: str | None = typer.Option(None, "--source-url", help="Where the corpus is published."),
    source_description: str | None = typer.Option(
        None, "--source-description", help="How its notes were made (goes into the dataset card)."
    ),
    source_synthetic: bool | None = typer.Option(
        None, "--synthetic/--real", help="Whether its notes are machine-written or real (default: not declared)."
    ),
) -> None:
    """Convert an existing corpus (MedSyn raw/Hub, RuMedTop3, JSONL) into the note schema.

    Codes that are not in WHO ICD-10 but whose category is (US-style subcodes such as E74.04) are
    mapped to the category and flagged in source.flags, never dropped. Bad input stops the import
    with the file, row and field; nothing is written unless the whole import succeeds. An earlier
    import in --out is replaced (unless files were added to it: then only with --overwrite).

    Provenance: known corpora (medsyn-raw, medsyn-hub: MedSyn, MIT; rumedtop3: RuMedBench, CC BY-NC
    4.0) are described by the package; for your own corpus declare --source-name, --source-license,
    --source-citation (and --source-url, --source-description, --synthetic/--real). It is written to
    OUT/sources.json and reaches the dataset card.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from medsyn_dataset.generation import importers
    from medsyn_dataset.provenance import SourceDeclaration

    declared = SourceDeclaration(
        source_name, source_license, source_citation, source_url, source_description, source_synthetic
    )
    if fmt not in importers.FORMATS:
        fail(f"--format must be one of {', '.join(importers.FORMATS)}, got {fmt!r}")
    console = Console(stderr=True)
    total = importers.count_records(fmt, input_path)
    columns = (TextColumn(f"importing {fmt}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, disable=not progress, transient=True) as bar:
        job = bar.add_task("import", total=total)
        summary = importers.import_corpus(
            fmt,  # type: ignore[arg-type]
            input_path,
            out,
            shard_size,
            text_column=text_column,
            code_column=code_column,
            id_column=id_column,
            symptoms_column=symptoms_column,
            dataset=dataset,
            model=model,
            skip_invalid=skip_invalid,
            progress=lambda n: bar.advance(job, n),
            source=declared,
            overwrite=overwrite,
        )
    console.print(_import_table(f"medsyn import {fmt} -> {out}", summary, importers.FLAG_MAPPED))


def _import_table(title: str, summary: Any, flag_mapped: str) -> Any:
    """What an import did: rows, codes (mapped, skipped), flags, models and the source's licence."""
    from rich.table import Table

    table = Table(title=title, show_header=False)
    table.add_row("rows", f"{summary.rows:,} in {len(summary.shards)} shard(s)")
    table.add_row("codes", f"{summary.codes} ICD-10 categories")
    table.add_row("codes mapped to category", f"{summary.flagged_codes:,} (flag {flag_mapped})")
    if summary.skipped:
        table.add_row("skipped (invalid code)", f"{summary.skipped:,}")
    other = {k: v for k, v in summary.flag_counts.items() if k != flag_mapped}
    if other:
        table.add_row("other flags", ", ".join(f"{k} {v:,}" for k, v in other.items()))
    table.add_row("models", ", ".join(f"{k} {v:,}" for k, v in summary.models.items()))
    src = summary.source
    table.add_row("source", f"{src['title']} (source.dataset {src['name']!r}); licence {src['license']}")
    return table


def register(app: typer.Typer) -> None:
    from medsyn_dataset.generation import cli_batch, cli_ledger

    app.command("plan")(plan)
    app.command("generate")(generate)
    app.command("import")(import_)
    app.add_typer(cli_ledger.app, name="ledger")
    app.add_typer(cli_batch.app, name="batch")
