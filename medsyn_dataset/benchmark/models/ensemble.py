"""The default ICD-10 baseline: linear models over three TF-IDF views, their probabilities averaged.

Members (each its own vectoriser and classifier, fitted on the same rows):

* ``logreg-sgd:word+char``: word 1-2-grams + within-word character 2-5-grams (sublinear TF),
  one-vs-rest logistic loss by SGD (``alpha`` 3e-5, 15 epochs): the features and loss of the
  single ``tfidf`` baseline;
* ``svm:lemma+char``: pymorphy3 lemma 1-2-grams + within-word character 2-5-grams of the text,
  linear SVM (``C`` 0.1);
* ``logreg-sgd:char3-6``: character 3-6-grams across word boundaries (close to RuMedBench's 3-8,
  as accurate by CV and 2.5x faster to fit), logistic loss by SGD.

Each member's decision values become probabilities by a softmax with a fixed temperature (1 for
the logistic members, whose decision values are log-odds; 8 for the SVM, the value that maximised
the out-of-fold likelihood on RuMedTop3 train), and the ensemble ranks codes by the mean
probability. ``combine="rank"`` averages per-member ranks instead (no calibration at all).

Chosen by 5-fold stratified cross-validation on RuMedTop3 *train* only (``python -m
benchmarks.bench_icd --tune``; the numbers are in ``benchmarks/bench_icd.py``), never on dev.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from medsyn_dataset.benchmark.models.base import top_k_codes
from medsyn_dataset.language.morphology import lemma  # pymorphy3 loads on the first call

VIEWS: tuple[str, ...] = ("word+char", "lemma+char", "char3-6")
CLASSIFIERS: tuple[str, ...] = ("logreg-sgd", "svm")
DEFAULT_MEMBERS: tuple[str, ...] = ("logreg-sgd:word+char", "svm:lemma+char", "logreg-sgd:char3-6")
#: Softmax temperature of each classifier's decision values (chosen by out-of-fold likelihood).
TEMPERATURE = {"logreg-sgd": 1.0, "svm": 8.0}
_TOKEN = re.compile(r"[0-9a-zа-яё]+")


def lemmatize(text: str) -> str:
    """Lower-cased pymorphy3 lemmas of the words of ``text`` (``ё`` folded to ``е``), space-joined."""
    return " ".join(lemma(word) for word in _TOKEN.findall(text.lower().replace("ё", "е")))


def make_view(name: str) -> Any:
    """The scikit-learn vectoriser of a feature view."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    if name == "word+char":
        return make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
    if name == "lemma+char":
        return make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, preprocessor=lemmatize),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        )
    if name == "char3-6":
        return TfidfVectorizer(analyzer="char", ngram_range=(3, 6), min_df=2)
    raise ValueError(f"unknown feature view {name!r}; choose one of: {', '.join(VIEWS)}")


def make_classifier(name: str, seed: int, alpha: float, C: float, n_jobs: int | None = None) -> Any:
    from sklearn.linear_model import SGDClassifier
    from sklearn.svm import LinearSVC

    if name == "logreg-sgd":
        # 15 epochs (tol 1e-3): as accurate in the ensemble by CV as 30 epochs, half the time
        return SGDClassifier(loss="log_loss", alpha=alpha, max_iter=15, tol=1e-3, random_state=seed, n_jobs=n_jobs)
    if name == "svm":
        return LinearSVC(C=C, random_state=seed)
    raise ValueError(f"unknown classifier {name!r}; choose one of: {', '.join(CLASSIFIERS)}")


def parse_member(spec: str) -> tuple[str, str]:
    classifier, _, view = spec.partition(":")
    if classifier not in CLASSIFIERS or view not in VIEWS:
        raise ValueError(
            f"ensemble member {spec!r}: expected CLASSIFIER:VIEW with CLASSIFIER in {', '.join(CLASSIFIERS)} "
            f"and VIEW in {', '.join(VIEWS)}"
        )
    return classifier, view


def _softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = scores * temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


@dataclass
class TfidfEnsemble:
    """``fit`` then ``rank``; deterministic for a given ``seed``."""

    members: tuple[str, ...] = DEFAULT_MEMBERS
    combine: Literal["prob", "rank"] = "prob"
    alpha: float = 3e-5  # logreg-sgd: L2 penalty
    C: float = 0.1  # svm: inverse penalty
    n_jobs: int | None = None  # logreg-sgd: one-vs-rest problems in parallel (-1: all cores); same result
    seed: int = 0
    _fitted: list[tuple[str, Any, Any]] = field(default_factory=list, init=False, repr=False)
    _classes: np.ndarray | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.members = tuple(self.members)
        if not self.members:
            raise ValueError("the ensemble needs at least one member")
        for spec in self.members:
            parse_member(spec)
        if self.combine not in ("prob", "rank"):
            raise ValueError(f"unknown combine {self.combine!r}; choose prob or rank")

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> TfidfEnsemble:
        from sklearn.exceptions import ConvergenceWarning

        if len(set(codes)) < 2:
            raise ValueError("training data must hold at least two distinct codes")
        self._fitted = []
        texts, codes = list(texts), list(codes)
        with warnings.catch_warnings():
            # capped SGD epochs / SVM iterations are a choice here, not a fault
            warnings.simplefilter("ignore", ConvergenceWarning)
            for spec in self.members:
                classifier_name, view_name = parse_member(spec)
                vectorizer = make_view(view_name)
                classifier = make_classifier(classifier_name, self.seed, self.alpha, self.C, self.n_jobs)
                classifier.fit(vectorizer.fit_transform(texts), codes)
                self._fitted.append((classifier_name, vectorizer, classifier))
        self._classes = self._fitted[0][2].classes_
        return self

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Combined scores, one column per code of :attr:`classes`, higher is better."""
        if self._classes is None:
            raise RuntimeError("fit the model first")
        texts = list(texts)
        total = np.zeros((len(texts), len(self._classes)))
        for classifier_name, vectorizer, classifier in self._fitted:
            decision = classifier.decision_function(vectorizer.transform(texts))
            if self.combine == "prob":
                total += _softmax(decision, TEMPERATURE[classifier_name])
            else:
                total += decision.argsort(axis=1, kind="stable").argsort(axis=1, kind="stable")
        return total / len(self._fitted)

    @property
    def classes(self) -> list[str]:
        return [] if self._classes is None else [str(c) for c in self._classes]

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]:
        scores = self.scores(texts)
        assert self._classes is not None
        return top_k_codes(scores, self._classes, k)

    def describe(self) -> dict[str, Any]:
        return {
            "model": "tfidf-ensemble",
            "members": list(self.members),
            "combine": self.combine,
            "temperatures": {name: TEMPERATURE[name] for name in sorted({parse_member(m)[0] for m in self.members})},
            "alpha": self.alpha,
            "C": self.C,
            "seed": self.seed,
        }
