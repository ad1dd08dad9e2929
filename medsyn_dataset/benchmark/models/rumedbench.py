"""RuMedBench's own RuMedTop3 baseline, for like-for-like comparisons (``--model rumedbench-tfidf``).

The recipe of ``code/linear_models/single_text_classifier.py`` in the RuMedBench repository (Blinov
et al., 2022): character 3-8-grams across word boundaries, plain TF-IDF (no sublinear TF, no
minimum document frequency), one-vs-rest L2 logistic regression with ``C=10`` (scikit-learn's
default lbfgs solver and iterations), codes ranked by probability. Its published RuMedTop3 test
scores are Hit@1 49.76 / Hit@3 72.75. It is slow (minutes on RuMedTop3 train: ~760,000 features x
105 one-vs-rest problems); ``n_jobs`` spreads the problems over cores.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from medsyn_dataset.benchmark.models.base import top_k_codes


@dataclass
class RuMedBenchTfidf:
    C: float = 10.0
    n_jobs: int | None = None
    seed: int = 0  # unused by lbfgs; kept so every baseline takes a seed
    _pipeline: Any = field(default=None, init=False, repr=False)

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> RuMedBenchTfidf:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline

        if len(set(codes)) < 2:
            raise ValueError("training data must hold at least two distinct codes")
        self._pipeline = make_pipeline(
            TfidfVectorizer(analyzer="char", ngram_range=(3, 8)),
            OneVsRestClassifier(LogisticRegression(C=self.C), n_jobs=self.n_jobs),
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # as in the original (default iterations)
            self._pipeline.fit(list(texts), list(codes))
        return self

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]:
        if self._pipeline is None:
            raise RuntimeError("fit the model first")
        return top_k_codes(self._pipeline.predict_proba(list(texts)), self._pipeline.classes_, k)

    def describe(self) -> dict[str, Any]:
        return {"model": "rumedbench-tfidf", "features": "char 3-8-grams (TF-IDF)", "classifier": "one-vs-rest logistic regression", "C": self.C}
