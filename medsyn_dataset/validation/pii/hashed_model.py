"""A linear model over hashed features, stored as JSON: what the learned taggers share.

The identifier tagger (:mod:`.id_tagger`) and the place tagger (:mod:`.place_tagger`) each score candidate
tokens with ``p = sigmoid(intercept + sum of the weights of the token's feature buckets)``. Each subclass names
its feature spec and bucket count (a model file written for other features is refused, not misread), what it is
called in an error, and how to retrain it. Scanning never imports scikit-learn: only :func:`fit_weights` does,
for training scripts and tests.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

_Model = TypeVar("_Model", bound="HashedLinearModel")
_FILE_KEYS = ("feature_spec", "n_buckets", "threshold", "intercept", "weights")


@dataclass(frozen=True)
class HashedLinearModel:
    """A linear model over hashed features: ``p = sigmoid(intercept + sum of the buckets' weights)``."""

    weights: dict[int, float]
    intercept: float
    threshold: float
    meta: dict[str, Any]

    #: set by each subclass: the features its buckets come from, their count, its name in errors, its retraining
    FEATURE_SPEC: ClassVar[str]
    N_BUCKETS: ClassVar[int]
    NAME: ClassVar[str]
    RETRAIN: ClassVar[str]

    def probability(self, buckets: list[int]) -> float:
        weights = self.weights
        z = self.intercept + sum(weights.get(b, 0.0) for b in buckets)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "feature_spec": self.FEATURE_SPEC,
            "n_buckets": self.N_BUCKETS,
            "threshold": self.threshold,
            "intercept": self.intercept,
            "weights": [[bucket, weight] for bucket, weight in sorted(self.weights.items())],
        }

    @classmethod
    def unreadable(cls, source: str, why: str) -> ValueError:
        return ValueError(f"{source}: unreadable {cls.NAME} model ({why}); {cls.RETRAIN}")

    @classmethod
    def from_json(cls: type[_Model], data: Any, source: str = "model") -> _Model:
        """The model of a parsed model file; ``ValueError`` naming ``source`` for any other shape."""
        if not isinstance(data, dict):
            raise cls.unreadable(source, f"a JSON {type(data).__name__}, not an object")
        spec, n_buckets = data.get("feature_spec"), cls.N_BUCKETS
        if spec != cls.FEATURE_SPEC or data.get("n_buckets") != n_buckets:
            raise cls.unreadable(source, f"feature spec {spec!r} / {data.get('n_buckets')} buckets, this code extracts "
                                         f"{cls.FEATURE_SPEC!r} / {n_buckets}")
        try:
            weights = {int(b): float(w) for b, w in data["weights"]}
            intercept, threshold = float(data["intercept"]), float(data["threshold"])
        except KeyError as exc:
            raise cls.unreadable(source, f"no {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise cls.unreadable(source, f"malformed weights, intercept or threshold: {exc}") from None
        if not all(0 <= b < n_buckets and math.isfinite(w) for b, w in weights.items()):
            raise cls.unreadable(source, f"a weight outside buckets 0..{n_buckets - 1} or not finite")
        if not math.isfinite(intercept) or not 0.0 <= threshold <= 1.0:
            raise cls.unreadable(source, f"intercept {intercept} / threshold {threshold} out of range")
        meta = {k: v for k, v in data.items() if k not in _FILE_KEYS}
        return cls(weights, intercept, threshold, meta)

    @classmethod
    def load(cls: type[_Model], path: Path) -> _Model:
        """The model in ``path``; one ``ValueError`` naming the file when it is missing, unreadable or of
        another shape (never a traceback of ``json`` or ``KeyError`` from deep inside a scan)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise cls.unreadable(str(path), why) from None
        return cls.from_json(data, source=str(path))

    def save(self, path: Path) -> None:
        from medsyn_dataset.io import atomic_write_text

        atomic_write_text(path, json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n")


def fit_weights(buckets: Sequence[list[int]], labels: Sequence[int], n_buckets: int, c: float, min_weight: float,
                seed: int) -> tuple[dict[int, float], float]:
    """(weights, intercept) of an L2 logistic regression (scikit-learn's liblinear, ``seed`` fixed, classes
    balanced) on binary bucket features; weights below ``min_weight`` dropped, all rounded to 3 decimals."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indptr, indices = [0], []
    for row in buckets:
        indices.extend(row)
        indptr.append(len(indices))
    matrix = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(buckets), n_buckets))
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=1000, class_weight="balanced")
    model.fit(matrix, np.array(labels))
    weights = {int(b): round(float(w), 3) for b, w in enumerate(model.coef_[0]) if abs(w) >= min_weight}
    return weights, round(float(model.intercept_[0]), 3)
