"""Model selection by stratified K-fold cross-validation on the *training* data.

Recipes are chosen here, never on the evaluation split: RuMedTop3's dev set has 848 items, so a
difference under ~1.5 points Hit@1 is within its noise, and tuning on it would overfit it. Each
fold's model is fitted on the other folds only; the result keeps every fold's scores so the spread
is reported with the mean.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from medsyn_dataset.benchmark.data import Example
from medsyn_dataset.benchmark.metrics import hit_at_k
from medsyn_dataset.benchmark.models import make_model


@dataclass
class CvResult:
    """Per-fold Hit@1 / Hit@3 of one model recipe."""

    model: str
    options: dict[str, Any]
    hit_at_1: list[float] = field(default_factory=list)
    hit_at_3: list[float] = field(default_factory=list)
    fit_seconds: list[float] = field(default_factory=list)

    def mean(self, key: str) -> float:
        return statistics.fmean(getattr(self, key))

    def std(self, key: str) -> float:
        values = getattr(self, key)
        return statistics.stdev(values) if len(values) > 1 else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "options": self.options,
            "folds": len(self.hit_at_1),
            **{f"{key}_{stat}": getattr(self, stat)(key) for key in ("hit_at_1", "hit_at_3") for stat in ("mean", "std")},
            "hit_at_1_folds": self.hit_at_1,
            "hit_at_3_folds": self.hit_at_3,
            "fit_seconds_mean": statistics.fmean(self.fit_seconds) if self.fit_seconds else None,
        }


def fold_indices(codes: Sequence[str], folds: int = 5, seed: int = 0) -> list[tuple[list[int], list[int]]]:
    """Stratified, shuffled folds (train indices, held-out indices); the same for every recipe."""
    from sklearn.model_selection import StratifiedKFold

    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, got {folds}")
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return [(list(a), list(b)) for a, b in splitter.split(list(codes), list(codes))]


def cross_validate(
    train: Sequence[Example],
    model: str,
    options: Mapping[str, Any] | None = None,
    folds: int = 5,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> CvResult:
    """Fit ``model`` on K-1 folds and score the held-out fold, K times (stratified by code)."""
    import warnings

    options = dict(options or {})
    result = CvResult(model=model, options=options)
    codes = [example.code for example in train]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The least populated class")  # rare codes: still stratified
        splits = fold_indices(codes, folds, seed)
    for k, (fit_idx, held_idx) in enumerate(splits):
        classifier = make_model(model, seed=seed, **options)
        started = time.perf_counter()
        classifier.fit([train[i].text for i in fit_idx], [train[i].code for i in fit_idx])
        result.fit_seconds.append(time.perf_counter() - started)
        ranked = classifier.rank([train[i].text for i in held_idx], k=3)
        gold = [train[i].code for i in held_idx]
        result.hit_at_1.append(hit_at_k(gold, ranked, 1))
        result.hit_at_3.append(hit_at_k(gold, ranked, 3))
        if progress:
            progress(f"{model} fold {k + 1}/{folds}: hit@1 {result.hit_at_1[-1]:.4f} hit@3 {result.hit_at_3[-1]:.4f}")
    return result
