"""CLI of the validation stage: `medsyn validate`."""

from __future__ import annotations

from pathlib import Path

import typer

from medsyn_dataset._cli_util import user_errors


@user_errors
def validate(
    in_dir: Path = typer.Option(..., "--in", help="Folder of note shards (part-*.parquet) from generate or import."),
    out_dir: Path = typer.Option(..., "--out", help="Folder for the validated shards and validation_report.{json,md}."),
    policy: Path | None = typer.Option(None, "--policy", help="Policy YAML (default: the built-in default policy)."),
    reference_texts: list[Path] = typer.Option(
        [], "--reference-texts", help="Real notes to check memorisation against (.jsonl/.json/.parquet/.txt); repeatable."
    ),
    eval_texts: list[Path] = typer.Option(
        [], "--eval-texts", help="Evaluation texts to check contamination against (e.g. RuMedTop3 dev); repeatable."
    ),
    code_set: str | None = typer.Option(
        None, "--code-set", help="Release code set: 'default' (219 categories) or a file with one code per line."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar per stage."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 2 when the release gate fails."),
) -> None:
    """Scan notes for PII, duplicates, contamination, label and quality problems; decide keep/redact/drop per row.

    Writes the same rows with the `validation` struct and `text_redacted` filled, plus
    validation_report.json (with the release gate) and validation_report.md.
    """
    from medsyn_dataset.validation.pipeline import validate_notes

    report = validate_notes(
        in_dir,
        out_dir,
        policy=policy,
        reference_texts=reference_texts,
        eval_texts=eval_texts,
        code_set=code_set,
        progress=progress,
    )
    d = report.data
    decisions = ", ".join(f"{k} {v:,}" for k, v in d["decisions"].items())
    typer.echo(f"validated {d['rows']:,} notes: {decisions}")
    for reason, count in list(d["reasons"].items())[:12]:
        typer.echo(f"  {reason:<40} {count:>7,}")
    gate = d["gate"]
    if gate["passed"]:
        typer.secho("release gate: passed", fg=typer.colors.GREEN)
    else:
        typer.secho(f"release gate: FAILED ({', '.join(gate['failed'])})", fg=typer.colors.RED, err=True)
    typer.echo(f"report: {out_dir / 'validation_report.md'}")
    if strict and not gate["passed"]:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
