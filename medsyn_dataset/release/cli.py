"""CLI of the orchestration: `medsyn release` (plan -> generate | import -> validate -> build -> publish)."""

from __future__ import annotations

from pathlib import Path

import typer

from medsyn_dataset._cli_util import fail, interruptible, user_errors
from medsyn_dataset.exit_codes import (
    EXIT_BUDGET,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_NOT_PUBLISHED,
    EXIT_NOT_RELEASABLE,
)


@user_errors
def release(
    config: str = typer.Option(..., "--config", help="Release config YAML or preset name (demo, medsyn-41k)."),
    out: str = typer.Option(..., "--out", help="Release folder to write (the Hub-ready dataset)."),
    publish: bool = typer.Option(
        False, "--publish", help="Also publish the release to the Hub repo hub.repo_id of the config (or --repo-id)."
    ),
    repo_id: str | None = typer.Option(
        None, "--repo-id", help="Also publish the release to this Hub dataset repo, ORG/NAME (implies --publish)."
    ),
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

    Publishing is opt-in: only --publish (to the config's hub.repo_id) or --repo-id ORG/NAME uploads anything; a hub.repo_id in the config alone only names the repo in the card. A new repo for a release holding imported (real) notes is private unless the config sets hub.private.

    Each finished step leaves a marker in the work folder (OUT.work/<step>.done); rerunning the same command skips finished steps and resumes generation where it stopped. Raising notes.total in the config tops the release up: only the new notes are generated.

    Before any step, OUT and the work folder must be new, empty or this command's own, every file the config names is checked, and an API backend gets one probe request per endpoint.

    Exit codes (README "Exit codes"): 0 release ready; 1 bad input or refused path; 3 generation left failed tasks (rerun to retry, or --allow-failures); 4 not releasable (the validation gate failed; nothing was built); 5 generation reached --budget (rerun with a higher one to continue); 6 the release was built but publishing it failed (publish it later with `medsyn publish`); 130 interrupted (finished steps kept, rerun to resume).

    Ends by printing how to load the result with datasets.load_dataset.
    """
    from medsyn_dataset.config import load_config
    from medsyn_dataset.generation.settings import BatchSettings
    from medsyn_dataset.release.run import (
        BudgetReachedError,
        GenerationIncompleteError,
        NotReleasableError,
        PublishFailedError,
        ReleaseInterruptedError,
        default_work_dir,
        run_release,
    )

    generation: dict[str, object] = {"ledger": False if no_ledger else ledger, "budget_usd": budget,
                                     "batch": BatchSettings() if batch else None}
    if price_table is not None:  # else the config's generation.price_table (or the built-in table)
        generation["price_table"] = price_table
    folder = work_dir or str(default_work_dir(Path(out).absolute()))
    try:
        with interruptible(lambda: f"finished steps are kept in {folder}; rerun the same command to resume"):
            summary = run_release(
                load_config(config), out, repo_id=repo_id, publish=publish, from_=from_, work_dir=work_dir,
                progress=progress, allow_failures=allow_failures, generation=generation,
            )  # fmt: skip
    except NotReleasableError as exc:
        fail(f"not releasable: {exc}; {out} was not built", EXIT_NOT_RELEASABLE)
    except GenerationIncompleteError as exc:
        fail(str(exc), EXIT_INCOMPLETE)
    except PublishFailedError as exc:
        fail(str(exc), EXIT_NOT_PUBLISHED)
    except BudgetReachedError as exc:
        fail(str(exc), EXIT_BUDGET)
    except ReleaseInterruptedError as exc:
        fail(f"interrupted: {exc}; rerun the same command to resume", EXIT_INTERRUPTED)
    typer.echo(f"\nrelease ready: {summary.out_dir}")
    typer.echo("load it with:")
    for hint in summary.load_hints():
        typer.echo(f"  {hint}")


def register(app: typer.Typer) -> None:
    app.command("release")(release)
