"""Not wired into the scanner yet: a learned tagger of address tokens (LOCATION), meant to fill the rules' gaps.

And no model is shipped: :data:`MODEL_PATH` does not exist, so ``PlaceTaggerRecognizer()`` without a model raises;
only ``benchmarks.bench_place_tagger`` and its test use the module.

Why: the LOCATION rules read one layout at a time and fresh authors keep writing layouts nobody listed (held-out
blind15 LOCATION 0.949 for many rounds). As :mod:`.id_tagger` does for record numbers, this tagger learns what an
address token's neighbourhood looks like from the planted notes of every tuning split, each written by another
author, rather than one layout: a logistic regression over the hashed features of :mod:`.place_features`.

Design: candidates are the tokens of the lines where an address is announced (an address cue or a ГАР short name
before a capital or a digit, and the next line: :func:`.place_features.address_lines`), so a note without one costs
a single search; each candidate gets a probability, the accepted ones are joined into maximal runs bridging the
punctuation between them (:func:`.place_features.runs`), one LOCATION span each where it holds a name or a number
(:func:`.place_features.named`: a template's "Адрес: город, улица" is none). TODO before wiring it in: the tagger
must only add, so :data:`RECOGNIZER_NAME` must join ``scanner.GAP_FILLERS`` (it is not there now); otherwise a longer
tagger span outranks an overlapping rule's span in ``resolve_overlaps`` and, at :data:`SPAN_SCORE`, a bare postcode's
0.5. Label in training: a candidate inside a planted LOCATION span.

Trained and measured by ``python -m benchmarks.bench_place_tagger`` (scikit-learn, fixed seed; leave-one-author-out
on the newest tuning authors, false spans counted on RuMedTop3 notes no model learnt from). Scoring here is pure
Python over a JSON file of non-zero weights (:data:`MODEL_PATH`); scanning never imports scikit-learn.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from medsyn_dataset.validation.pii.base import Candidate, CandidateRecognizer
from medsyn_dataset.validation.pii.hashed_model import HashedLinearModel
from medsyn_dataset.validation.pii.place_features import FEATURE_SPEC, N_BUCKETS, candidates, named, runs

MODEL_PATH = Path(__file__).with_name("place_tagger_model.json")
RECOGNIZER_NAME = "PlaceTagger"
ENTITY = "LOCATION"
#: above the scanner's default threshold (0.5), below every LOCATION rule's score (see id_tagger.SPAN_SCORE: a
#: tagger span must never outscore a rule's span of the same type before the gap fillers are put last)
SPAN_SCORE = 0.55


class PlaceModel(HashedLinearModel):
    """The place tagger's model (:class:`.hashed_model.HashedLinearModel` over :mod:`.place_features`)."""

    FEATURE_SPEC = FEATURE_SPEC
    N_BUCKETS = N_BUCKETS
    NAME = "place-tagger"
    RETRAIN = "retrain with python -m benchmarks.bench_place_tagger"


def save_model(model: PlaceModel, path: Path) -> None:
    model.save(path)


def load_model(path: Path) -> PlaceModel:
    """The model in ``path``; one ``ValueError`` naming the file when it is missing, unreadable or of another shape."""
    return PlaceModel.load(path)


@lru_cache(maxsize=1)
def shipped_model() -> PlaceModel:
    """The model shipped with the package, read once per process."""
    return load_model(MODEL_PATH)


def tagged_spans(text: str, model: PlaceModel, threshold: float | None = None) -> list[tuple[int, int]]:
    """The spans of ``text`` the model takes for addresses: runs of accepted candidate tokens."""
    cut = model.threshold if threshold is None else threshold
    accepted = [(c.start, c.end) for c in candidates(text) if model.probability(c.buckets) >= cut]
    return [(s, e) for s, e in runs(text, accepted) if named(text, s, e)] if accepted else []


class PlaceTaggerRecognizer(CandidateRecognizer):
    """LOCATION for runs of address tokens the learned model accepts (see the module doc)."""

    def __init__(self, model: PlaceModel | None = None) -> None:
        super().__init__(ENTITY, RECOGNIZER_NAME)
        # (read and checked when the scanner is built: a damaged file stops the command before any note is scanned)
        self._model = model if model is not None else shipped_model()

    def candidates(self, text: str) -> Iterator[Candidate]:
        for start, end in tagged_spans(text, self._model):
            yield Candidate(ENTITY, start, end, SPAN_SCORE, RECOGNIZER_NAME)
