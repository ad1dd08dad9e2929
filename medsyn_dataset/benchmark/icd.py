"""`medsyn benchmark icd`: train a baseline, rank codes for the evaluation set, score it."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.benchmark.metrics import compute_metrics
from medsyn_dataset.benchmark.models import DEFAULT_MODEL, make_model
from medsyn_dataset.io import atomic_write_json


@dataclass
class IcdRun:
    """What one train-and-evaluate run produced."""

    metrics: dict[str, Any]
    ranked: list[list[str]]
    model: Any
    params: dict[str, Any]
    train_seconds: float


def train_and_evaluate(
    train: Sequence[Example],
    evaluation: Sequence[Example],
    model: str = DEFAULT_MODEL,
    seed: int = 0,
    k: int = 3,
    **model_options: Any,
) -> IcdRun:
    """Fit ``model`` on ``train``, rank ``k`` codes for every evaluation item and compute the metrics."""
    if not train:
        raise ValueError("no training examples")
    if not evaluation:
        raise ValueError("no evaluation examples")
    classifier = make_model(model, seed=seed, **model_options)
    started = time.perf_counter()
    classifier.fit([e.text for e in train], [e.code for e in train])
    train_seconds = time.perf_counter() - started
    ranked = classifier.rank([e.text for e in evaluation], k=k)
    metrics = compute_metrics([e.code for e in evaluation], ranked)
    return IcdRun(metrics=metrics, ranked=ranked, model=classifier, params=classifier.describe(), train_seconds=train_seconds)


def results_document(
    run: IcdRun,
    train_specs: Sequence[str | os.PathLike[str]],
    eval_spec: str | os.PathLike[str],
    n_train: int,
    seed: int,
    evaluation: Sequence[Example],
    eval_split: str | None = None,
) -> dict[str, Any]:
    """The results JSON of `medsyn benchmark icd` (metrics are fractions in [0, 1]).

    ``reference`` identifies the evaluation set as `medsyn leaderboard score` does (name, sha256
    fingerprint of its gold labels, n), so these results can be ranked beside scored submissions.
    """
    from medsyn_dataset.benchmark.leaderboard import gold_fingerprint, reference_name

    return {
        "task": "icd10_code_prediction",
        "train": [str(s) for s in train_specs],
        "eval": str(eval_spec),
        "reference": {"name": reference_name(eval_spec, eval_split), "sha256": gold_fingerprint(evaluation), "n": len(evaluation)},
        "n_train": n_train,
        "seed": seed,
        "model": run.params,
        "train_seconds": round(run.train_seconds, 2),
        "metrics": run.metrics,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def write_predictions(
    path: str | os.PathLike[str], evaluation: Sequence[Example], ranked: Sequence[Sequence[str]], overwrite: bool = False
) -> Path:
    """Predictions as a leaderboard submission (``{"idx", "prediction"}`` per line), atomically, with the
    sidecar that marks it as written by `medsyn benchmark icd` (so a rerun may replace it)."""
    import json

    from medsyn_dataset.outputs import BENCHMARK_PREDICTIONS

    with BENCHMARK_PREDICTIONS.replace(path, overwrite) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for example, codes in zip(evaluation, ranked, strict=True):
            fh.write(json.dumps({"idx": example.id, "prediction": list(codes)}, ensure_ascii=False) + "\n")
    return Path(path)


def write_results(path: str | os.PathLike[str], document: dict[str, Any]) -> Path:
    """The results JSON, marked as written by `medsyn benchmark icd` (so a rerun may replace it)."""
    from medsyn_dataset.outputs import BENCHMARK_RESULTS

    return atomic_write_json(path, BENCHMARK_RESULTS.stamp(document))
