"""CLI of the build stage: `medsyn build`, `medsyn export`, `medsyn publish` (`medsyn release` is :mod:`medsyn_dataset.release.cli`)."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import fail, user_errors


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
        f"{summary.total_bytes / 1e6:.1f} MB; card: {summary.card_label()}; {summary.elapsed_s:.1f} s"
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


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("export")(export)
    app.command("publish")(publish)
