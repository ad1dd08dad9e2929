"""`medsyn ledger stats|export|prune`: look into and tidy the request ledger."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medsyn_dataset._cli_util import user_errors

if TYPE_CHECKING:
    from medsyn_dataset.generation.ledger import Ledger

app = typer.Typer(
    help="The request ledger: every answered API request by payload hash (never paid twice).",
    no_args_is_help=True,
    add_completion=False,
)

_LEDGER_HELP = "Ledger file (default: $MEDSYN_LEDGER, else ledger.sqlite3 in the user's cache folder)."


def _open(path: Path | None, *, readonly: bool) -> Ledger:
    """The ledger at ``path`` (never created here); ``readonly`` opens a read-only connection."""
    from medsyn_dataset.generation.ledger import Ledger, default_ledger_path

    path = path or default_ledger_path()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no ledger there yet (a run with the openai backend creates it)")
    return Ledger(path, readonly=readonly)


@app.command("stats")
@user_errors
def stats(ledger: Path | None = typer.Option(None, "--ledger", help=_LEDGER_HELP)) -> None:
    """Size, answers, hit rate, spend by model, batches."""
    from rich.console import Console
    from rich.table import Table

    with _open(ledger, readonly=True) as led:
        s = led.stats()
    console = Console()
    summary = Table(title=f"medsyn ledger {s.path}", show_header=False)
    summary.add_row("size", f"{s.bytes / 1e6:,.1f} MB")
    summary.add_row("answers", f"{s.answers:,} answers ({s.usable:,} usable as notes)")
    summary.add_row("hits", f"{s.hits:,} hit{'s' if s.hits != 1 else ''} (answers served instead of paid for)")
    summary.add_row("hit rate", f"{s.hit_rate:.1%} of {s.hits + s.paid_requests:,} answers given")
    summary.add_row("saved", f"${s.saved:,.4f} not spent thanks to hits")
    summary.add_row("batches", ", ".join(f"{n} {state}" for state, n in sorted(s.batches.items())) or "none")
    console.print(summary)
    by_model = Table(title="paid requests by model")
    for column in ("model", "requests", "prompt tokens", "completion tokens", "spend (USD)"):
        by_model.add_column(column, justify="left" if column == "model" else "right")
    for m in s.models:
        by_model.add_row(m.model, f"{m.requests:,}", f"{m.prompt_tokens:,}", f"{m.completion_tokens:,}", f"{m.spend:,.4f}")
    console.print(by_model)


@app.command("export")
@user_errors
def export(
    out: Path = typer.Option(..., "--out", help="JSONL file to write (key, request, response, usage, cost, hits)."),
    model: str | None = typer.Option(None, "--model", help="Only this model's answers."),
    ledger: Path | None = typer.Option(None, "--ledger", help=_LEDGER_HELP),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Replace --out even if this command did not write it, or it was edited since."
    ),
) -> None:
    """Write the stored answers as JSONL (an audit trail, or data for another tool), with a sidecar
    OUT.medsyn (this command, its command line, the file's sha256). An earlier export of this
    command, unchanged, is replaced; any other existing --out only with --overwrite. The file
    appears whole or not at all."""
    from medsyn_dataset.outputs import LEDGER_EXPORT

    LEDGER_EXPORT.check(out, overwrite)
    with (
        _open(ledger, readonly=True) as led,
        LEDGER_EXPORT.replace(out, overwrite) as tmp,
        open(tmp, "w", encoding="utf-8") as fh,
    ):
        n = led.export(fh, model)
    typer.echo(f"{n:,} answers -> {out}")


@app.command("prune")
@user_errors
def prune(
    older_than: float | None = typer.Option(None, "--older-than", min=0, help="Answers older than this many days."),
    model: str | None = typer.Option(None, "--model", help="Answers of this model."),
    unusable: bool = typer.Option(False, "--unusable", help="Answers that could not become notes (truncated, refused)."),
    ledger: Path | None = typer.Option(None, "--ledger", help=_LEDGER_HELP),
) -> None:
    """Delete answers matching all the given conditions and compact the file. Spend records stay
    (the --budget of an output folder keeps counting what was paid)."""
    with _open(ledger, readonly=False) as led:
        n = led.prune(older_than_days=older_than, model=model, unusable=unusable)
    typer.echo(f"{n:,} answer{'s' if n != 1 else ''} deleted")
