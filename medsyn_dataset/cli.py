"""The ``medsyn`` command line: one root app; each stage keeps its commands in its own ``cli.py``.

Stage modules import only typer at the top and load heavy libraries inside the commands, so
``medsyn --help`` stays fast.
"""

from __future__ import annotations

import typer

from medsyn_dataset import __version__
from medsyn_dataset.benchmark import cli as benchmark_cli
from medsyn_dataset.builder import cli as builder_cli
from medsyn_dataset.generation import cli as generation_cli
from medsyn_dataset.knowledge import cli as knowledge_cli
from medsyn_dataset.release import cli as release_cli
from medsyn_dataset.validation import cli as validation_cli

app = typer.Typer(
    name="medsyn",
    help=(
        "Generate, validate and publish synthetic Russian clinical notes as a Hugging Face dataset.\n\n"
        "Pipeline: plan -> generate -> validate -> build -> publish (or all at once: release)."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"medsyn-dataset {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """medsyn-dataset command line."""


generation_cli.register(app)
validation_cli.register(app)
builder_cli.register(app)
release_cli.register(app)
benchmark_cli.register(app)
app.add_typer(knowledge_cli.app, name="kb", help="Inspect the knowledge base: ICD-10 codes, MKG symptoms, demographics.")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
