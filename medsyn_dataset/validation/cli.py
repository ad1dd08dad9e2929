"""CLI of the validation stage: `medsyn validate`."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import not_built


def validate() -> None:
    """Scan notes for PII, duplicates, label and quality problems; decide keep/redact/drop per row."""
    not_built("validate", 4)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)
