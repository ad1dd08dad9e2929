"""CLI of the benchmark stage: `medsyn benchmark ...` and `medsyn leaderboard ...`."""

from __future__ import annotations

import typer

from medsyn_dataset._cli_util import not_built

benchmark_app = typer.Typer(no_args_is_help=True, help="ICD-10 code prediction baselines and the augmentation experiment.")
leaderboard_app = typer.Typer(no_args_is_help=True, help="Validate, score and render leaderboard submissions.")


@benchmark_app.command("icd")
def icd() -> None:
    """Train and evaluate an ICD-10 code predictor (Hit@1, Hit@3, macro-F1)."""
    not_built("benchmark icd", 6)


@benchmark_app.command("augment")
def augment() -> None:
    """Real vs real+synthetic vs synthetic-only training, evaluated on real held-out notes."""
    not_built("benchmark augment", 6)


@leaderboard_app.command("validate")
def lb_validate() -> None:
    """Check a submission file against a reference."""
    not_built("leaderboard validate", 6)


@leaderboard_app.command("score")
def lb_score() -> None:
    """Score a submission file against a reference."""
    not_built("leaderboard score", 6)


@leaderboard_app.command("render")
def lb_render() -> None:
    """Render results as a Markdown and HTML leaderboard."""
    not_built("leaderboard render", 6)


def register(app: typer.Typer) -> None:
    app.add_typer(benchmark_app, name="benchmark")
    app.add_typer(leaderboard_app, name="leaderboard")
