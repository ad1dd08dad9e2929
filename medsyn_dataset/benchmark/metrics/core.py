"""Metric definitions, as in RuMedBench: Hit@k over ranked predictions, macro-F1 over the top-1.

* Hit@k: the share of items whose gold code is among the first ``k`` ranked predictions
  (Hit@1 is accuracy). RuMedBench's ``hit_at_3`` tests ``gold in set(prediction)`` over lists of
  (at most) three codes, which is Hit@3 here.
* macro-F1: over the top-1 prediction, averaged over the label set = the codes present in the
  references (a predicted code outside it only costs the gold code's recall); a code with no true
  or predicted positive scores 0, like scikit-learn's ``zero_division=0``.
* per-code recall: for every reference code, the share of its items predicted at rank 1.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The metric modules shipped beside this file (``evaluate.load(metric_path(name))``).
METRIC_NAMES: tuple[str, ...] = ("hit_at_k", "icd_macro_f1", "per_code_recall")


def _check_lengths(references: Sequence[str], predictions: Sequence[Any]) -> None:
    if len(references) != len(predictions):
        raise ValueError(f"{len(references)} references but {len(predictions)} predictions")
    if not references:
        raise ValueError("no references to score")


def hit_at_k(references: Sequence[str], ranked_predictions: Sequence[Sequence[str]], k: int = 1) -> float:
    """Share of items whose gold code is among the first ``k`` ranked predictions."""
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    _check_lengths(references, ranked_predictions)
    hits = sum(gold in list(ranked)[:k] for gold, ranked in zip(references, ranked_predictions, strict=True))
    return hits / len(references)


def _per_code_counts(references: Sequence[str], top1: Sequence[str | None]) -> dict[str, tuple[int, int, int]]:
    """code -> (true positives, false positives, false negatives) over the reference label set."""
    support = Counter(references)
    predicted = Counter(top1)
    true_pos = Counter(gold for gold, pred in zip(references, top1, strict=True) if gold == pred)
    return {
        code: (true_pos[code], predicted[code] - true_pos[code], support[code] - true_pos[code])
        for code in sorted(support)
    }


def macro_f1(references: Sequence[str], top1_predictions: Sequence[str | None]) -> float:
    """Macro-averaged F1 of the top-1 predictions over the codes present in the references."""
    _check_lengths(references, top1_predictions)
    scores = []
    for tp, fp, fn in _per_code_counts(references, top1_predictions).values():
        denominator = 2 * tp + fp + fn
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / len(scores)


def per_code_recall(references: Sequence[str], top1_predictions: Sequence[str | None]) -> dict[str, float]:
    """Recall at rank 1 of every reference code (sorted by code)."""
    _check_lengths(references, top1_predictions)
    return {code: tp / (tp + fn) for code, (tp, _fp, fn) in _per_code_counts(references, top1_predictions).items()}


def compute_metrics(references: Sequence[str], ranked_predictions: Sequence[Sequence[str]]) -> dict[str, Any]:
    """All benchmark metrics as fractions in [0, 1]: hit_at_1, hit_at_3, macro_f1, per_code_recall, support."""
    first = top1(ranked_predictions)
    return {
        "n": len(references),
        "hit_at_1": hit_at_k(references, ranked_predictions, 1),
        "hit_at_3": hit_at_k(references, ranked_predictions, 3),
        "macro_f1": macro_f1(references, first),
        "per_code_recall": per_code_recall(references, first),
        "support": dict(sorted(Counter(references).items())),
    }


def metric_path(name: str) -> Path:
    """Folder of a shipped ``evaluate`` metric module."""
    if name not in METRIC_NAMES:
        raise ValueError(f"unknown metric {name!r}; shipped: {', '.join(METRIC_NAMES)}")
    return Path(__file__).resolve().parent / name


def load_metric(name: str, **kwargs: Any) -> Any:
    """``evaluate.load`` a shipped metric by its local path; works offline (nothing is fetched)."""
    os.environ.setdefault("HF_EVALUATE_OFFLINE", "1")
    import evaluate  # heavy (~5 s): only when an evaluate module is really asked for

    return evaluate.load(str(metric_path(name)), **kwargs)


def ranked_codes_info(description: str, inputs_description: str, citation: str = "") -> Any:
    """``evaluate.MetricInfo`` of a metric over ranked code lists (predictions) and gold codes (references).

    Shared by the metric scripts beside this file; imports evaluate and datasets lazily.
    """
    import datasets
    import evaluate

    return evaluate.MetricInfo(
        description=description,
        citation=citation,
        inputs_description=inputs_description,
        features=datasets.Features(
            {"predictions": datasets.Sequence(datasets.Value("string")), "references": datasets.Value("string")}
        ),
    )


def top1(ranked_predictions: Sequence[Sequence[str]]) -> list[str | None]:
    """The first code of each ranked list (None for an empty list)."""
    return [ranked[0] if len(ranked) else None for ranked in ranked_predictions]
