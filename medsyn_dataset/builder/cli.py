"""CLI of the release stage: `medsyn build`, `medsyn export`, `medsyn publish`, `medsyn release`."""

from __future__ import annotations

from pathlib import Path

import typer

from medsyn_dataset._cli_util import fail, interruptible, user_errors
from medsyn_dataset.exit_codes import EXIT_BUDGET, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_NOT_RELEASABLE


@user_errors
def build(
    validated: str = typer.Option(..., "--in", help="Validation output folder: part-*.parquet + validation_report.json."),
    out: str = typer.Option(
        ..., "--out", help="Release folder to write: new, empty, or an earlier build (replaced atomically); anything else is refused."
    ),
    config: str | None = typer.Option(
        None, "--config", help="Release config YAML or preset name (seed, split ratios, licence, names)."
    ),
    seed: int | None = typer.Option(None, "--seed", min=0, help="Split seed (default: the config's seed, else 0)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show progress."),
) -> None:
    """Build a Hub-ready dataset folder (configs, splits, card) from validated notes.

    Writes OUT/README.md (card), OUT/<config>/<split>-NNNNN-of-NNNNN.parquet for the configs notes (default), icd_classification and ift, split_report.json, validation_report.json and release_manifest.json.

    Dropped notes are left out; redacted notes carry only their redacted text. Load the result with `datasets.load_dataset("OUT")`.
    """
    from rich.console import Console
    from rich.table import Table

    from medsyn_dataset.builder.build import build_release
    from medsyn_dataset.builder.splits import split_warnings
    from medsyn_dataset.config import load_config

    console = Console(stderr=True)
    release_config = load_config(config) if config else None
    with console.status("building the release...") as status:
        summary = build_release(
            validated, out, release_config, seed=seed,
            progress=(lambda msg: status.update(msg)) if progress else None,
        )
    table = Table(title=f"release {summary.out_dir}")
    table.add_column("config")
    for split in ("train", "validation", "test"):
        table.add_column(split, justify="right")
    for name, rows in summary.rows.items():
        table.add_row(name, *(f"{rows.get(s, 0):,}" for s in ("train", "validation", "test")))
    Console().print(table)
    for warning in split_warnings(summary.split_report):
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW, err=True)
    gaps = summary.split_report.coverage_gaps
    typer.echo(
        f"{summary.notes_released:,} of {summary.notes_in:,} notes released; {summary.files} files, "
        f"{summary.total_bytes / 1e6:.1f} MB; card: {summary.card}; {summary.elapsed_s:.1f} s"
        + (f"; {len(gaps)} codes missing from a split (see split_report.json)" if gaps else "")
    )
    typer.echo(f'load it: datasets.load_dataset("{summary.out_dir}")')


@user_errors
def export(
    release_dir: str = typer.Option(..., "--release", help="A folder written by `medsyn build`."),
    fmt: str = typer.Option("rumedtop3", "--format", help="Export format: rumedtop3."),
    out: str = typer.Option(
        ..., "--out", help="Output folder: new, empty, or an earlier export (replaced); anything else is refused."
    ),
) -> None:
    """Export a built release in another format (e.g. RuMedTop3 JSONL).

    rumedtop3: the icd_classification config as train.jsonl / dev.jsonl (= validation) / test.jsonl with {"idx", "symptoms", "code"} per line, as in RuMedBench.
    """
    from medsyn_dataset.builder.export import export_release

    counts = export_release(release_dir, fmt, out)
    for filename, n in counts.items():
        typer.echo(f"{out}/{filename}: {n:,} rows")


def publish(
    release_dir: str = typer.Option(..., "--release", help="Release folder written by `medsyn build` / `medsyn release`."),
    repo_id: str = typer.Option(..., "--repo-id", help="Dataset repo on the Hub, ORG/NAME."),
    private: bool = typer.Option(False, "--private", help="Create the repo as private (only when it is created)."),
    tag: str | None = typer.Option(None, "--tag", help="Tag for the release commit (default: v<manifest version>)."),
    branch: str | None = typer.Option(None, "--branch", help="Branch to commit to (default: main; created if missing)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check the folder and print what would be uploaded; touch nothing."),
) -> None:
    """Upload a built release to the Hugging Face Hub: one commit, tagged with the version.

    Refuses a folder whose files don't match release_manifest.json or whose validation gate failed.

    Publishing the same release again is a no-op. Uses HF_ENDPOINT and HF_TOKEN (the token is never printed).
    """
    from medsyn_dataset._cli_util import USER_ERRORS
    from medsyn_dataset.builder.publish import describe, publish_release

    try:
        result = publish_release(release_dir, repo_id, private=private, tag=tag, branch=branch, dry_run=dry_run)
    except USER_ERRORS as exc:
        fail(str(exc))
    except Exception as exc:  # Hub/HTTP errors: one line, no traceback (their text carries no token)
        fail(f"publishing to {repo_id} failed: {type(exc).__name__}: {exc}")
    for line in describe(result):
        typer.echo(line)


@user_errors
def release(
    config: str = typer.Option(..., "--config", help="Release config YAML or preset name (demo, medsyn-41k)."),
    out: str = typer.Option(..., "--out", help="Release folder to write (the Hub-ready dataset)."),
    repo_id: str | None = typer.Option(None, "--repo-id", help="Also publish to this Hub dataset repo, ORG/NAME."),
    from_: str | None = typer.Option(
        None, "--from", help="Start from existing notes instead of generating: FORMAT:PATH, e.g. medsyn-hub:generated.csv."
    ),
    work_dir: str | None = typer.Option(None, "--work-dir", help="Folder for intermediate files (default: OUT.work)."),
    allow_failures: bool = typer.Option(
        False, "--allow-failures", help="Release even if some generation tasks failed after retries."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show progress."),
    ledger: Path | None = typer.Option(
        None, "--ledger", help="Request ledger for generation (default: $MEDSYN_LEDGER, else the user's cache folder)."
    ),
    no_ledger: bool = typer.Option(False, "--no-ledger", help="Generate without the request ledger."),
    budget: float | None = typer.Option(
        None, "--budget", min=0, help="Hard cap in USD on the generation's spend, over all runs (exit 5 when reached)."
    ),
    price_table: str | None = typer.Option(
        None, "--price-table", help="Prices for cost and --budget (default: the built-in OpenAI list prices)."
    ),
    batch: bool = typer.Option(False, "--batch", help="Generate through the OpenAI Batch API (half price, <= 24 h)."),
) -> None:
    """Run plan -> generate -> validate -> build (-> publish) for a release config, resuming.

    Each finished step leaves a marker in the work folder (OUT.work/<step>.done); rerunning the same command skips finished steps and resumes generation where it stopped. Raising notes.total in the config tops the release up: only the new notes are generated.

    Before any step, OUT and the work folder must be new, empty or this command's own, every file the config names is checked, and an API backend gets one probe request per endpoint.

    Exit codes (README "Exit codes"): 0 release ready; 1 bad input or refused path; 3 generation left failed tasks (rerun to retry, or --allow-failures); 4 not releasable (the validation gate failed; nothing was built); 5 generation reached --budget (rerun with a higher one to continue); 130 interrupted (finished steps kept, rerun to resume).

    Ends by printing how to load the result with datasets.load_dataset.
    """
    from medsyn_dataset.builder.release import (
        BudgetReachedError,
        GenerationIncompleteError,
        NotReleasableError,
        ReleaseInterruptedError,
        default_work_dir,
        run_release,
    )
    from medsyn_dataset.config import load_config
    from medsyn_dataset.generation.settings import BatchSettings

    generation: dict[str, object] = {"ledger": False if no_ledger else ledger, "budget_usd": budget,
                                     "batch": BatchSettings() if batch else None}
    if price_table is not None:  # else the config's generation.price_table (or the built-in table)
        generation["price_table"] = price_table
    folder = work_dir or str(default_work_dir(Path(out).absolute()))
    try:
        with interruptible(lambda: f"finished steps are kept in {folder}; rerun the same command to resume"):
            summary = run_release(
                load_config(config), out, repo_id=repo_id, from_=from_, work_dir=work_dir, progress=progress,
                allow_failures=allow_failures, generation=generation,
            )  # fmt: skip
    except NotReleasableError as exc:
        fail(f"not releasable: {exc}; {out} was not built", EXIT_NOT_RELEASABLE)
    except GenerationIncompleteError as exc:
        fail(str(exc), EXIT_INCOMPLETE)
    except BudgetReachedError as exc:
        fail(str(exc), EXIT_BUDGET)
    except ReleaseInterruptedError as exc:
        fail(f"interrupted: {exc}; rerun the same command to resume", EXIT_INTERRUPTED)
    typer.echo(f"\nrelease ready: {summary.out_dir}")
    typer.echo("load it with:")
    for hint in summary.load_hints():
        typer.echo(f"  {hint}")


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("export")(export)
    app.command("publish")(publish)
    app.command("release")(release)
