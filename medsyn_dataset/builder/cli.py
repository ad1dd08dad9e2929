"""CLI of the release stage: `medsyn build`, `medsyn export`, `medsyn publish`, `medsyn release`."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import not_built


def build() -> None:
    """Build a Hub-ready dataset folder (configs, splits, card) from validated notes."""
    not_built("build", 5)


def export() -> None:
    """Export a built release in another format (e.g. RuMedTop3 JSONL)."""
    not_built("export", 5)


def publish() -> None:
    """Upload a built release to the Hugging Face Hub."""
    not_built("publish", 5)


def release() -> None:
    """Run plan -> generate -> validate -> build (-> publish) for a release config, resuming."""
    not_built("release", 5)


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("export")(export)
    app.command("publish")(publish)
    app.command("release")(release)
