"""CLI of the generation stage: `medsyn plan`, `medsyn generate`, `medsyn import`."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import not_built


def plan() -> None:
    """Turn a release config into a table of generation tasks (one row per note)."""
    not_built("plan", 3)


def generate() -> None:
    """Generate notes for a tasks table with an LLM backend, into resumable Parquet shards."""
    not_built("generate", 3)


def import_() -> None:
    """Convert an existing corpus (MedSyn raw/Hub, RuMedTop3, JSONL) into the note schema."""
    not_built("import", 3)


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)
    app.command("generate")(generate)
    app.command("import")(import_)
