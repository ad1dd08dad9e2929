"""CLI of the benchmark stage: `medsyn benchmark ...` and `medsyn leaderboard ...`.

Only typer is imported here; scikit-learn, datasets, evaluate, torch and matplotlib load inside
the commands that need them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import typer

from medsyn_dataset._cli_util import fail, user_errors

benchmark_app = typer.Typer(
    no_args_is_help=True,
    help=(
        "ICD-10 code prediction baselines and the synthetic-augmentation experiment.\n\n"
        "Data (FILE_OR_DATASET): a RuMedTop3-format JSONL (idx, symptoms, code), note-schema Parquet "
        "(a part-*.parquet shard or a folder of them, e.g. `medsyn import` output), or a release with the "
        "icd_classification config (a local built folder or a Hub id)."
    ),
)
leaderboard_app = typer.Typer(
    no_args_is_help=True,
    help=(
        "Validate, score and render leaderboard submissions; run a leaderboard on the Hub (submit, sync).\n\n"
        'A submission is JSONL, one line per evaluation item: {"idx": "...", "prediction": ["I11", "E05", "E06"]} '
        "(1 to 3 codes, best first)."
    ),
)

_SPLIT_HELP = "Split of a release (folder or Hub id); ignored for plain files."
_MODEL_HELP = (
    "tfidf-ensemble (default: three linear models over TF-IDF views, the strongest offline baseline), "
    "tfidf (one word+char model, fast), rumedbench-tfidf (RuMedBench's published recipe, slow) or "
    "transformer (needs the `local` extra)."
)


def _console():
    from rich.console import Console

    return Console(stderr=True)


def _print_metrics(title: str, metrics: dict) -> None:
    from rich.table import Table

    table = Table(title=title)
    for column in ("n", "Hit@1 %", "Hit@3 %", "Macro-F1 %"):
        table.add_column(column, justify="right")
    table.add_row(
        str(metrics["n"]),
        f"{100 * metrics['hit_at_1']:.2f}",
        f"{100 * metrics['hit_at_3']:.2f}",
        f"{100 * metrics['macro_f1']:.2f}",
    )
    _console().print(table)


@benchmark_app.command("icd")
@user_errors
def icd(
    train: list[str] = typer.Option(..., "--train", help="Training data; repeat to concatenate several."),
    eval_spec: str = typer.Option(..., "--eval", help="Evaluation data (real held-out notes)."),
    model: str = typer.Option("tfidf-ensemble", "--model", help=_MODEL_HELP),
    out: Path | None = typer.Option(None, "--out", help="Write the results JSON here."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Also write the ranked predictions as a leaderboard submission (JSONL)."
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed (model initialisation, shuffling)."),
    train_split: str = typer.Option("train", "--train-split", help=_SPLIT_HELP),
    eval_split: str = typer.Option("validation", "--eval-split", help=_SPLIT_HELP),
    model_id: str = typer.Option(
        "DeepPavlov/rubert-base-cased", "--model-id", help="transformer: HF model id or local folder."
    ),
    model_dir: Path | None = typer.Option(
        None, "--model-dir", help="transformer: where to save the fine-tuned model (default: beside --out)."
    ),
    epochs: float = typer.Option(3.0, "--epochs", help="transformer: training epochs."),
    batch_size: int = typer.Option(16, "--batch-size", help="transformer: batch size."),
    learning_rate: float = typer.Option(5e-5, "--lr", help="transformer: AdamW learning rate."),
    max_length: int = typer.Option(256, "--max-length", help="transformer: tokens per text."),
    solver: str = typer.Option("sgd", "--solver", help="tfidf: sgd (fast) or lbfgs (multinomial, slow)."),
    alpha: float | None = typer.Option(
        None, "--alpha", help="tfidf, tfidf-ensemble: SGD L2 penalty (default: CV-chosen on RuMedTop3 train)."
    ),
    c: float | None = typer.Option(
        None, "--C", help="Inverse penalty: tfidf/lbfgs, the SVM of tfidf-ensemble, rumedbench-tfidf (default 10)."
    ),
    n_jobs: int | None = typer.Option(
        None, "--n-jobs", help="tfidf-ensemble, rumedbench-tfidf: fit one-vs-rest problems on this many cores (-1: all)."
    ),
    overwrite: bool = typer.Option(
        False, "--overwrite", help="Replace --out/--predictions files that this command did not write."
    ),
) -> None:
    """Train an ICD-10 code predictor and report Hit@1, Hit@3 and macro-F1 on the evaluation set.

    An earlier results file or predictions file of this command (unchanged since: its sidecar
    PREDICTIONS.medsyn holds its sha256) is replaced; any other existing file at --out or
    --predictions only with --overwrite. The transformer's --model-dir must be new, empty or an earlier one.
    """
    from medsyn_dataset.benchmark.data import load_examples, load_many
    from medsyn_dataset.benchmark.icd import (
        results_document,
        train_and_evaluate,
        write_predictions,
        write_results,
    )
    from medsyn_dataset.io import check_model_location
    from medsyn_dataset.outputs import BENCHMARK_MODEL, BENCHMARK_PREDICTIONS, BENCHMARK_RESULTS

    # every output checked before any training: a refused path costs nothing and is never touched
    if out:
        BENCHMARK_RESULTS.check(out, overwrite)
    if predictions:
        BENCHMARK_PREDICTIONS.check(predictions, overwrite)
    target = model_dir or (out.with_suffix("") if out else Path("icd-transformer")) / "model"
    if model == "transformer":
        check_model_location(model_id)
        BENCHMARK_MODEL.check(target)
    train_examples = load_many(train, split=train_split)
    eval_examples = load_examples(eval_spec, split=eval_split)
    options = _model_options(model, target, solver, alpha, c, n_jobs)
    if model == "transformer":
        options.update(model_id=model_id, epochs=epochs, batch_size=batch_size, learning_rate=learning_rate, max_length=max_length)
    _console().print(f"training {model} on {len(train_examples)} examples, evaluating on {len(eval_examples)}")
    run = train_and_evaluate(train_examples, eval_examples, model=model, seed=seed, **options)
    _print_metrics(f"{model} on {eval_spec}", run.metrics)
    if out:
        write_results(out, results_document(run, train, eval_spec, len(train_examples), seed, eval_examples, eval_split))
        _console().print(f"results: {out}")
    if predictions:
        write_predictions(predictions, eval_examples, run.ranked, overwrite)
        _console().print(f"predictions: {predictions}")


def _model_options(
    model: str, target: Path, solver: str, alpha: float | None, c: float | None, n_jobs: int | None
) -> dict[str, Any]:
    """The options of ``make_model`` that the given command-line values set (the rest keep the model's defaults)."""
    if model == "transformer":
        return {"output_dir": str(target)}
    options: dict[str, Any] = {"solver": solver} if model == "tfidf" else {}
    if alpha is not None and model in ("tfidf", "tfidf-ensemble"):
        options["alpha"] = alpha
    if c is not None and model in ("tfidf", "tfidf-ensemble", "rumedbench-tfidf"):
        options["C"] = c
    if n_jobs is not None and model in ("tfidf-ensemble", "rumedbench-tfidf"):
        options["n_jobs"] = n_jobs
    return options


@benchmark_app.command("augment")
@user_errors
def augment(
    real_train: list[str] = typer.Option(..., "--real-train", help="Real training data; repeatable."),
    synthetic: list[str] = typer.Option(..., "--synthetic", help="Synthetic notes (e.g. `medsyn import` output); repeatable."),
    eval_spec: str = typer.Option(..., "--eval", help="Real held-out evaluation data."),
    ratios: str = typer.Option(
        "0,0.5,1,2", "--ratios", help="Synthetic rows added per real row (0 = real only); comma-separated."
    ),
    seeds: int = typer.Option(3, "--seeds", min=1, help="Repeats with different synthetic samples (>= 3 for a spread)."),
    challenging: str = typer.Option(
        "rarest:20", "--challenging", help="Codes to call out: rarest:N (fewest real training notes) or lowest-recall:N."
    ),
    synthetic_only: bool = typer.Option(True, "--synthetic-only/--no-synthetic-only", help="Also train on synthetic only."),
    restrict: bool = typer.Option(
        True, "--restrict/--no-restrict", help="Drop synthetic notes whose code is not in the real training codes."
    ),
    synthetic_max_chars: int | None = typer.Option(
        None, "--synthetic-max-chars", min=50,
        help="Cut synthetic notes to this many characters (word boundary); the same as --view head:N.",
    ),
    curation: list[str] = typer.Option(
        ["all"], "--curation",
        help=(
            "Which synthetic notes (repeat to compare): all, released (not dropped by validation), keep (not "
            "redacted either), then -CHECK terms to leave out notes a check flagged, e.g. "
            "keep,-label_not_in_top3,-dialogue. Needs `medsyn validate` output except for `all`."
        ),
    ),
    view: list[str] = typer.Option(
        ["full"], "--view",
        help="Which text of each synthetic note (repeat to compare): full, head:N, or complaints (the complaints only).",
    ),
    model: str = typer.Option(
        "tfidf-ensemble", "--model", help="Model for every condition: tfidf-ensemble (default) or tfidf (faster)."
    ),
    out: Path = typer.Option(
        Path("augment-report"), "--out",
        help="Folder for report.md, report.json and the plot: new, empty or an earlier report (replaced).",
    ),
    train_split: str = typer.Option("train", "--train-split", help=_SPLIT_HELP),
    eval_split: str = typer.Option("validation", "--eval-split", help=_SPLIT_HELP),
    base_seed: int = typer.Option(0, "--seed", help="First seed; repeats use seed, seed+1, ..."),
) -> None:
    """Train on real only, real + synthetic at several ratios, and synthetic only; evaluate on real notes.

    Every --curation x --view is a pool of synthetic notes that runs every ratio and synthetic-only.
    Each condition runs once per seed (a different synthetic sample each time); the report gives the
    mean and standard deviation of Hit@1, Hit@3 and macro-F1, per-code recall deltas against real-only
    training, the challenging codes, a plot, report.md and report.json.
    """
    from medsyn_dataset.benchmark.augment import (
        AugmentConfig,
        parse_challenging,
        parse_ratios,
        run_augmentation,
    )
    from medsyn_dataset.benchmark.data import load_examples, load_many
    from medsyn_dataset.benchmark.report import summary_table, write_augmentation_report
    from medsyn_dataset.benchmark.synthetic import load_synthetic, parse_curation, parse_view
    from medsyn_dataset.outputs import AUGMENT

    AUGMENT.check(out)  # before hours of training: a refused folder costs nothing and is never touched
    config = AugmentConfig(
        ratios=parse_ratios(ratios),
        seeds=[base_seed + i for i in range(seeds)],
        challenging=parse_challenging(challenging),
        synthetic_only=synthetic_only,
        restrict_synthetic=restrict,
        model=model,
        synthetic_max_chars=synthetic_max_chars,
        curations=[parse_curation(c) for c in curation],
        views=[parse_view(v) for v in view],
    )
    real = load_many(real_train, split=train_split)
    synth = load_synthetic(synthetic, split=train_split)
    evaluation = load_examples(eval_spec, split=eval_split)
    result = run_augmentation(real, synth, evaluation, config)
    sources = {"real_train": real_train, "synthetic": synthetic, "eval": eval_spec}
    paths = write_augmentation_report(result, out, sources=sources)
    _console().print(summary_table(result))
    _console().print("report: " + ", ".join(str(p) for p in paths))


# --------------------------------------------------------------------------------------------------
# leaderboard


_REFERENCE_HELP = "Reference: RuMedTop3-format JSONL (idx, code) or a release folder / Hub id (its test split)."
_LABELS_HELP = (
    "File(s) whose codes are accepted even if WHO ICD-10 lacks them (any WHO ICD-10 code is always "
    "accepted; one that no reference item has scores as a wrong answer); repeatable."
)
# The entry's metadata, shared by `leaderboard score` and `leaderboard submit` (the flags override --metadata).
_METADATA_OPTION = typer.Option(
    None, "--metadata", help="Metadata JSON (team, model, uses_synthetic_data, url, date); default SUBMISSION.meta.json."
)
_TEAM_OPTION = typer.Option(None, "--team", help="Team name shown on the leaderboard.")
_ENTRY_MODEL_OPTION = typer.Option(None, "--model", help="Model name shown on the leaderboard.")
_SYNTHETIC_OPTION = typer.Option(
    None, "--uses-synthetic-data/--no-synthetic-data", help="Whether the model was trained with synthetic notes."
)
_URL_OPTION = typer.Option(None, "--url", help="Paper or code of the entry (http/https).")


def _fail_problems(submission: Path, problems: Sequence[Any], outcome: str = "") -> NoReturn:
    """Every problem on its own line (stderr, with its line number), then one summary line and exit 1."""
    for problem in problems:
        typer.echo(f"{submission}: {problem}", err=True)
    fail(f"{submission}: {len(problems)} problem(s){outcome}")


def _metadata(
    submission: Path, metadata: Path | None, team: str | None, model: str | None, synthetic: bool | None, url: str | None
) -> Any:
    """The submission's metadata: --metadata (default SUBMISSION.meta.json when present); the flags override it."""
    from medsyn_dataset.benchmark.submission import load_metadata, sidecar_path

    meta_path = metadata or (sidecar_path(submission) if sidecar_path(submission).exists() else None)
    return load_metadata(meta_path, {"team": team, "model": model, "uses_synthetic_data": synthetic, "url": url})


@leaderboard_app.command("validate")
@user_errors
def lb_validate(
    submission: Path = typer.Argument(..., help="Submission JSONL."),
    reference: str = typer.Option(..., "--reference", help=_REFERENCE_HELP),
    split: str = typer.Option("test", "--split", help=_SPLIT_HELP),
    labels: list[str] = typer.Option([], "--labels", help=_LABELS_HELP),
) -> None:
    """Check a submission: valid JSON lines, every reference idx exactly once, 1-3 distinct ICD-10 codes each.

    A UTF-8 byte-order mark is accepted. A valid ICD-10 code that no reference item has is not an
    error (it scores as a wrong answer). Every problem is listed with its line number; exit code 1.
    """
    from medsyn_dataset.benchmark.leaderboard import check_submission, load_reference

    ref = load_reference(reference, split, labels)
    problems = check_submission(submission, ref)
    if problems:
        _fail_problems(submission, problems)
    typer.echo(f"{submission}: valid ({len(ref.examples)} items)")
    _note_outside(submission, ref)


def _note_outside(submission: Path, ref: Any) -> None:
    from medsyn_dataset.benchmark.submission import read_submission

    outside = read_submission(submission)[0].codes_outside(ref.codes)
    if outside:
        typer.echo(f"note: {outside} predicted code(s) are not reference codes; they score as wrong answers")


@leaderboard_app.command("score")
@user_errors
def lb_score(
    submission: Path = typer.Argument(..., help="Submission JSONL."),
    reference: str = typer.Option(..., "--reference", help=_REFERENCE_HELP),
    split: str = typer.Option("test", "--split", help=_SPLIT_HELP),
    labels: list[str] = typer.Option([], "--labels", help=_LABELS_HELP),
    out: Path | None = typer.Option(None, "--out", help="Write the result JSON (input of `leaderboard render`)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an --out file this command did not write."),
    metadata: Path | None = _METADATA_OPTION,
    team: str | None = _TEAM_OPTION,
    model: str | None = _ENTRY_MODEL_OPTION,
    uses_synthetic_data: bool | None = _SYNTHETIC_OPTION,
    url: str | None = _URL_OPTION,
) -> None:
    """Validate, then score a submission: Hit@1, Hit@3, macro-F1 and per-code recall (deterministic)."""
    from medsyn_dataset.benchmark.leaderboard import load_reference, score_submission
    from medsyn_dataset.benchmark.submission import InvalidSubmissionError
    from medsyn_dataset.io import atomic_write_json
    from medsyn_dataset.outputs import LEADERBOARD_SCORE

    if out:
        LEADERBOARD_SCORE.check(out, overwrite)
    meta = _metadata(submission, metadata, team, model, uses_synthetic_data, url)
    ref = load_reference(reference, split, labels)
    try:
        result = score_submission(submission, ref, meta)
    except InvalidSubmissionError as exc:
        _fail_problems(submission, exc.problems, "; not scored")
    metrics = result["metrics"]
    typer.echo(
        f"Hit@1 {100 * metrics['hit_at_1']:.2f}  Hit@3 {100 * metrics['hit_at_3']:.2f}  "
        f"Macro-F1 {100 * metrics['macro_f1']:.2f}  (n={metrics['n']}, reference {ref.name})"
    )
    if result["predicted_codes_outside_reference"]:
        typer.echo(
            f"note: {result['predicted_codes_outside_reference']} predicted code(s) are not reference codes; "
            "they scored as wrong answers"
        )
    if out:
        atomic_write_json(out, LEADERBOARD_SCORE.stamp(result))
        typer.echo(f"result: {out}")


@leaderboard_app.command("render")
@user_errors
def lb_render(
    results: list[Path] = typer.Argument(..., help="Result JSON files of `medsyn leaderboard score`."),
    out: Path = typer.Option(
        ..., "--out", help="Folder for leaderboard.md, index.html and leaderboard.json: new, empty or an earlier one."
    ),
) -> None:
    """Render results as a Markdown leaderboard and a static, sortable HTML page.

    All results must have been scored on the same reference (its sha256 fingerprint); results of
    different references are refused, and the message names them. Equal scores share a rank.
    """
    from medsyn_dataset.benchmark.leaderboard import render_leaderboard

    markdown, page = render_leaderboard(results, out)
    typer.echo(f"wrote {markdown} and {page}")


@leaderboard_app.command("submit")
@user_errors
def lb_submit(
    submission: Path = typer.Argument(..., help="Submission JSONL."),
    repo_id: str = typer.Option(..., "--repo-id", help="The leaderboard's requests dataset repo, ORG/NAME."),
    metadata: Path | None = _METADATA_OPTION,
    team: str | None = _TEAM_OPTION,
    model: str | None = _ENTRY_MODEL_OPTION,
    uses_synthetic_data: bool | None = _SYNTHETIC_OPTION,
    url: str | None = _URL_OPTION,
    ids: Path | None = typer.Option(
        None, "--ids", help="The evaluation items (JSONL with idx, e.g. the public test texts): check each is answered once."
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate and show what would be committed; send nothing."),
) -> None:
    """Validate a submission against the public rules and commit it with its metadata to the requests repo.

    One folder per submission, named by the file's sha256: submitting the same file again is a
    no-op. HF_ENDPOINT and HF_TOKEN are honoured; the token is never printed. Exit codes: 0
    submitted (or already there), 1 invalid submission or refused.
    """
    from medsyn_dataset.benchmark.hub_leaderboard import hub_errors, submit
    from medsyn_dataset.benchmark.submission import InvalidSubmissionError

    meta = _metadata(submission, metadata, team, model, uses_synthetic_data, url)
    item_ids = _read_ids(ids) if ids else None
    try:
        with hub_errors(f"submitting to {repo_id}"):
            outcome = submit(submission, repo_id, meta, ids=item_ids, dry_run=dry_run)
    except InvalidSubmissionError as exc:
        _fail_problems(submission, exc.problems, "; nothing was submitted")
    where = f"{repo_id}/{outcome.folder}"
    if outcome.action == "dry-run":
        typer.echo(f"dry run: {submission} is valid; would commit {where}/ with metadata:")
        typer.echo(json.dumps(outcome.metadata, ensure_ascii=False, indent=2, sort_keys=True))
    elif outcome.action == "already-submitted":
        typer.echo(f"{submission}: already submitted as {where}; nothing to do")
    else:
        typer.echo(f"submitted {submission} as {where} (commit {outcome.commit_oid})")


def _read_ids(path: Path) -> list[str]:
    from medsyn_dataset.benchmark.data import DataFormatError
    from medsyn_dataset.io import iter_jsonl

    ids = []
    for lineno, record in iter_jsonl(path, DataFormatError):
        idx = record.get("idx")
        if isinstance(idx, int) and not isinstance(idx, bool):
            idx = str(idx)
        if not isinstance(idx, str) or not idx:
            raise ValueError(f"{path}: line {lineno}: field 'idx' is missing or not a non-empty string")
        ids.append(idx)
    return ids


@leaderboard_app.command("sync")
@user_errors
def lb_sync(
    requests: str = typer.Option(..., "--requests", help="Requests dataset repo (ORG/NAME) that `submit` writes to."),
    results: str = typer.Option(..., "--results", help="Results dataset repo (ORG/NAME); created if missing."),
    reference: str = typer.Option(..., "--reference", help=_REFERENCE_HELP + " Keep it private."),
    split: str = typer.Option("test", "--split", help=_SPLIT_HELP),
    labels: list[str] = typer.Option([], "--labels", help=_LABELS_HELP),
    out: Path = typer.Option(..., "--out", help="Folder for the rendered leaderboard.md and index.html."),
    space: str | None = typer.Option(None, "--space", help="Also push the page to this static Space (ORG/NAME)."),
) -> None:
    """Score every submission not yet scored against the reference, commit the results, render the page.

    Results go to results/<reference fingerprint>/<submission sha256>.json in one commit; a
    submission that breaks the rules gets an `invalid` result with its problems. A sync with
    nothing new makes no commit, and the Space is committed only when the page changed. The token
    (HF_TOKEN) is never printed.
    """
    from medsyn_dataset.benchmark.hub_leaderboard import hub_errors, sync
    from medsyn_dataset.benchmark.leaderboard import load_reference

    ref = load_reference(reference, split, labels)
    with hub_errors("syncing the leaderboard"):
        outcome = sync(requests, results, ref, out, space=space)
    typer.echo(f"reference {ref.name} (n={len(ref.examples)}, sha256 {outcome.reference['sha256'][:12]})")
    for sid in outcome.scored:
        typer.echo(f"scored {sid[:12]}")
    for sid, problems in outcome.invalid.items():
        typer.echo(f"invalid {sid[:12]}: {len(problems)} problem(s), first: {problems[0] if problems else '?'}")
    if outcome.results_commit:
        typer.echo(f"committed {len(outcome.scored) + len(outcome.invalid)} result(s) to {results} ({outcome.results_commit})")
    else:
        typer.echo("no new submissions; nothing committed")
    typer.echo(f"page: {outcome.entries} entries -> " + ", ".join(str(p) for p in outcome.pages))
    if space is not None:
        typer.echo(f"space {space}: " + (f"updated ({outcome.space_commit})" if outcome.space_commit else "unchanged"))


def register(app: typer.Typer) -> None:
    app.add_typer(benchmark_app, name="benchmark")
    app.add_typer(leaderboard_app, name="leaderboard")
