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

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.hashed_model import HashedLinearModel, fit_weights
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


class IdModel(HashedLinearModel):
    """The identifier tagger's model (:class:`.hashed_model.HashedLinearModel` over :mod:`.id_features`)."""

    FEATURE_SPEC = FEATURE_SPEC
    N_BUCKETS = N_BUCKETS
    NAME = "identifier-tagger"
    RETRAIN = "reinstall or retrain with python -m benchmarks.train_id_tagger"

    def score(self, text: str, start: int, end: int, lines: LineIndex | None = None) -> float:
        return self.probability(hashed(features(text, start, end, lines)))


def save_model(model: IdModel, path: Path) -> None:
    model.save(path)


def load_model(path: Path) -> IdModel:
    """The model in ``path``; one ``ValueError`` naming the file when it is missing, unreadable or of
    another shape (never a traceback of ``json`` or ``KeyError`` from deep inside a scan)."""
    return IdModel.load(path)


def fit_model(buckets: Sequence[list[int]], labels: Sequence[int], c: float = 0.5, min_weight: float = 0.02,
              threshold: float = 0.5, seed: int = 0, meta: dict[str, Any] | None = None) -> IdModel:
    """Train an :class:`IdModel`: :func:`.hashed_model.fit_weights` (L2 logistic regression, ``seed`` fixed,
    classes balanced, weights below ``min_weight`` dropped). For training scripts and tests only: scanning
    never imports scikit-learn."""
    weights, intercept = fit_weights(buckets, labels, N_BUCKETS, c, min_weight, seed)
    positives = sum(1 for label in labels if label)
    info = {"examples": len(labels), "positives": positives, "negatives": len(labels) - positives, "C": c,
            "min_weight": min_weight, "seed": seed}
    return IdModel(weights, intercept, threshold, {**(meta or {}), **info})


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
