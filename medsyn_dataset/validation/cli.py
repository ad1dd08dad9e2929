"""CLI of the validation stage: `medsyn validate`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from medsyn_dataset._cli_util import interruptible, user_errors
from medsyn_dataset.exit_codes import EXIT_NOT_RELEASABLE


class Executor(StrEnum):
    local = "local"
    ray = "ray"


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
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Worker processes (or Ray actors) for the row-wise checks; default: the cores there are (on Ray: the cluster's CPUs)."
    ),
    executor: Executor = typer.Option(
        Executor.local, "--executor", help="Where the row-wise checks run: 'local' (this machine) or 'ray' (a Ray cluster: "
        "RAY_ADDRESS, or a local instance; needs the `ray` extra).",
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar per stage."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 4 when the release gate fails."),
) -> None:
    """Scan notes for PII, duplicates, contamination, label and quality problems; decide keep/redact/drop per row.

    Writes the same rows with the `validation` struct and `text_redacted` filled, plus
    validation_report.json (with the release gate) and validation_report.md. The output is built
    beside OUT and renamed into place when complete; an earlier validation in OUT is replaced, any
    other non-empty folder refused. Ctrl-C leaves OUT as it was.

    The corpus is streamed (memory stays bounded at millions of notes); the results are the same
    with any number of workers and on either executor.
    """
    from medsyn_dataset.outputs import VALIDATE
    from medsyn_dataset.validation.pipeline import validate_notes
    from medsyn_dataset.validation_report import REPORT_MD

    def kept() -> str:
        if VALIDATE.owns(out_dir):
            return f"nothing new was written; the earlier validation in {out_dir} is kept as it was"
        return f"nothing was written to {out_dir}; rerun the same command to validate"

    with interruptible(kept):
        report = validate_notes(
            in_dir,
            out_dir,
            policy=policy,
            reference_texts=reference_texts,
            eval_texts=eval_texts,
            code_set=code_set,
            progress=progress,
            workers=workers,
            executor=executor.value,
        )
    decisions = ", ".join(f"{k} {v:,}" for k, v in (report.decisions or {}).items())
    typer.echo(f"validated {report.rows or 0:,} notes: {decisions}")
    for reason, count in list((report.reasons or {}).items())[:12]:
        typer.echo(f"  {reason:<40} {count:>7,}")
    if report.gate_passed:
        typer.secho("release gate: passed", fg=typer.colors.GREEN)
    else:
        failed = ", ".join(report.gate.failed or []) if report.gate else "no gate"
        typer.secho(f"release gate: FAILED ({failed})", fg=typer.colors.RED, err=True)
    typer.echo(f"report: {out_dir / REPORT_MD}")
    if strict and not report.gate_passed:
        raise typer.Exit(EXIT_NOT_RELEASABLE)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
