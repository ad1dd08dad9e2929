"""A learned tagger of record and document identifiers (MEDICAL_RECORD_NUMBER).

Why: the hand rules (:mod:`.record_numbers`, :mod:`.document_numbers`, :mod:`.id_fields`, ...) take
one layout of a record number at a time, and every new author writes layouts nobody listed. This
tagger is a logistic regression over the hashed features of :mod:`.id_features` (the token's shape,
check digits, the label before it cut to prefixes, the punctuation between them, the word after it):
it learns what an identifier's neighbourhood looks like from the planted notes of every tuning split,
each written by another author (``tune`` and every blind split that is tuning data: 48 splits in round 23),
rather than one layout.

How it is used: :class:`IdTaggerRecognizer` proposes MEDICAL_RECORD_NUMBER for each candidate token
the model scores at or above the model's threshold. It only fills gaps: ``scanner.resolve_overlaps``
considers its spans after every rule's, so a span a rule found (a phone, a date, a SNILS, a record
number with its label) always wins over the tagger's.

Trained by ``python -m benchmarks.train_id_tagger`` (scikit-learn, fixed seed) on the tuning splits
only (:func:`benchmarks.id_tagger_data.tuning_split_names`; never the ``heldout`` families nor a split
still held out: blind15, blind18, blind21, blind23, blind27 and every fresh one; clean RuMedTop3 train notes add
negatives); the model file (:data:`MODEL_PATH`, non-zero weights only) records the feature spec, the
splits, the counts and the threshold. Scoring is pure Python: the file is read and checked once per
process, when the first recognizer is built (a missing or damaged file is one ``ValueError`` naming it).
Leave-one-author-out (``python -m benchmarks.bench_id_tagger``, size small, round 24; a tuned figure: the candidate
conventions and vetoes were written while reading these folds): each of blind41..blind55 scanned with the rules of the
commit just before it became tuning data, MEDICAL_RECORD_NUMBER recall pooled over the fifteen folds (22,995 planted):
rules 0.897, + a model of id-features-6 trained on the other 50 authors, read at the shipped 0.95 with round 23's
vetoes, 0.935 (false spans in 10 of 41,880 fold notes). On blind53-55, the authors the shipped model never saw: rules
0.930, + the shipped model 0.955 (0 false-span notes), + the fold retrains no better (blind53 0.913 against 0.918).
The shipped model (round 23: all 48 tuning authors, blind50-52 included, whose MEDICAL_RECORD_NUMBER numbers in
``bench_pii`` are contaminated from then on) is read at 0.95, a threshold the scanner's look-alike tests chose (seven
fail below it), not the false-span budget. The table is in the README.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.id_features import (
    FEATURE_SPEC,
    N_BUCKETS,
    LineIndex,
    candidates,
    features,
    hashed,
)
from medsyn_dataset.validation.pii.id_tagger_vetoes import refused

MODEL_PATH = Path(__file__).with_name("id_tagger_model.json")
RECOGNIZER_NAME = "IdTagger"
ENTITY = "MEDICAL_RECORD_NUMBER"
#: the score reported for a tagged span: above the scanner's default threshold (0.5), below every rule's
#: MEDICAL_RECORD_NUMBER score. That matters: Presidio's ``remove_duplicates`` (and ``scan_fast``'s copy of
#: it) drops a span inside a higher-scored span of the same type before ``resolve_overlaps`` puts the
#: tagger last, so a tagger span scored above a rule's would swallow it (a test pins the order). A
#: policy ``min_score`` above this value drops every tagger span.
SPAN_SCORE = 0.55


@dataclass(frozen=True)
class IdModel:
    """A linear model over hashed features: ``p = sigmoid(intercept + sum of the buckets' weights)``."""

    weights: dict[int, float]
    intercept: float
    threshold: float
    meta: dict[str, Any]

    def probability(self, buckets: list[int]) -> float:
        weights = self.weights
        z = self.intercept + sum(weights.get(b, 0.0) for b in buckets)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def score(self, text: str, start: int, end: int, lines: LineIndex | None = None) -> float:
        return self.probability(hashed(features(text, start, end, lines)))

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "feature_spec": FEATURE_SPEC,
            "n_buckets": N_BUCKETS,
            "threshold": self.threshold,
            "intercept": self.intercept,
            "weights": [[bucket, weight] for bucket, weight in sorted(self.weights.items())],
        }

    @classmethod
    def from_json(cls, data: Any, source: str = "model") -> IdModel:
        """The model of a parsed model file; ``ValueError`` naming ``source`` for any other shape."""
        if not isinstance(data, dict):
            raise _unreadable(source, f"a JSON {type(data).__name__}, not an object")
        spec = data.get("feature_spec")
        if spec != FEATURE_SPEC or data.get("n_buckets") != N_BUCKETS:
            raise _unreadable(source, f"feature spec {spec!r} / {data.get('n_buckets')} buckets, this code extracts "
                                      f"{FEATURE_SPEC!r} / {N_BUCKETS}")
        try:
            weights = {int(b): float(w) for b, w in data["weights"]}
            intercept, threshold = float(data["intercept"]), float(data["threshold"])
        except KeyError as exc:
            raise _unreadable(source, f"no {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise _unreadable(source, f"malformed weights, intercept or threshold: {exc}") from None
        if not all(0 <= b < N_BUCKETS and math.isfinite(w) for b, w in weights.items()):
            raise _unreadable(source, f"a weight outside buckets 0..{N_BUCKETS - 1} or not finite")
        if not math.isfinite(intercept) or not 0.0 <= threshold <= 1.0:
            raise _unreadable(source, f"intercept {intercept} / threshold {threshold} out of range")
        meta = {k: v for k, v in data.items() if k not in ("feature_spec", "n_buckets", "threshold", "intercept", "weights")}
        return cls(weights, intercept, threshold, meta)


def _unreadable(source: str, why: str) -> ValueError:
    return ValueError(f"{source}: unreadable identifier-tagger model ({why}); "
                      "reinstall or retrain with python -m benchmarks.train_id_tagger")


def save_model(model: IdModel, path: Path) -> None:
    from medsyn_dataset.io import atomic_write_text

    atomic_write_text(path, json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n")


def load_model(path: Path) -> IdModel:
    """The model in ``path``; one ``ValueError`` naming the file when it is missing, unreadable or of
    another shape (never a traceback of ``json`` or ``KeyError`` from deep inside a scan)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _unreadable(str(path), exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) from None
    return IdModel.from_json(data, source=str(path))


def fit_model(buckets: Sequence[list[int]], labels: Sequence[int], c: float = 0.5, min_weight: float = 0.02,
              threshold: float = 0.5, seed: int = 0, meta: dict[str, Any] | None = None) -> IdModel:
    """Train an :class:`IdModel`: L2 logistic regression (scikit-learn's liblinear, ``seed`` fixed,
    classes balanced) on binary bucket features; weights below ``min_weight`` dropped, the rest
    rounded to 3 decimals. For training scripts and tests only: scanning never imports scikit-learn."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    indptr, indices = [0], []
    for row in buckets:
        indices.extend(row)
        indptr.append(len(indices))
    matrix = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(buckets), N_BUCKETS))
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=1000, class_weight="balanced")
    model.fit(matrix, np.array(labels))
    weights = {int(b): round(float(w), 3) for b, w in enumerate(model.coef_[0]) if abs(w) >= min_weight}
    positives = sum(1 for label in labels if label)
    info = {"examples": len(labels), "positives": positives, "negatives": len(labels) - positives, "C": c,
            "min_weight": min_weight, "seed": seed}
    return IdModel(weights, round(float(model.intercept_[0]), 3), threshold, {**(meta or {}), **info})


@lru_cache(maxsize=1)
def shipped_model() -> IdModel:
    """The model shipped with the package, read once per process."""
    return load_model(MODEL_PATH)


def tagged(text: str, model: IdModel) -> Iterator[tuple[int, int, float]]:
    """(start, end, probability) of the candidates of ``text`` the model takes as identifiers."""
    lines = LineIndex(text)
    for cand in candidates(text):
        p = model.score(text, cand.start, cand.end, lines)
        if p >= model.threshold:
            yield cand.start, cand.end, p


class IdTaggerRecognizer(CandidateRecognizer):
    """MEDICAL_RECORD_NUMBER for identifier-shaped tokens the learned model accepts (see module doc)."""

    def __init__(self, model: IdModel | None = None) -> None:
        super().__init__(ENTITY, RECOGNIZER_NAME)
        # read and checked now, when the scanner is built (~9 ms, once per process): a missing or
        # damaged file stops the command before any note is scanned, not on the first candidate
        self._model = model if model is not None else shipped_model()

    def candidates(self, text: str) -> Iterator[Candidate]:
        found = candidates(text)  # (runs of digits are shared: a note without a long number stops here)
        if not found:
            return
        model, lines = self._model, LineIndex(text)  # (once per text: see LineIndex)
        for cand in found:
            # (a number the words before it give to a ward, a team, a device or a regulation, or a weak word alone, is
            # no one's whatever the model scores: the rules' vetoes, :mod:`.id_tagger_vetoes`, asked after the score)
            if model.score(text, cand.start, cand.end, lines) >= model.threshold and not refused(text, cand.start, cand.end):
                yield Candidate(ENTITY, cand.start, cand.end, SPAN_SCORE, RECOGNIZER_NAME)
