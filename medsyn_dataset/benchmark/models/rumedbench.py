"""RuMedBench's own RuMedTop3 baseline, for like-for-like comparisons (``--model rumedbench-tfidf``).

The recipe of ``code/linear_models/single_text_classifier.py`` in the RuMedBench repository (Blinov
et al., 2022): character 3-8-grams across word boundaries, plain TF-IDF (no sublinear TF, no
minimum document frequency), one-vs-rest L2 logistic regression with ``C=10`` (scikit-learn's
default lbfgs solver and iterations), codes ranked by probability. Its published RuMedTop3 test
scores are Hit@1 49.76 / Hit@3 72.75. It is slow (minutes on RuMedTop3 train: ~760,000 features x
105 one-vs-rest problems); ``n_jobs`` spreads the problems over cores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medsyn_dataset.benchmark.models.base import PipelineRanker


@dataclass
class RuMedBenchTfidf(PipelineRanker):
    SCORES = "predict_proba"

    C: float = 10.0
    n_jobs: int | None = None
    seed: int = 0  # unused by lbfgs; kept so every baseline takes a seed

    def _build(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline

        return make_pipeline(
            TfidfVectorizer(analyzer="char", ngram_range=(3, 8)),
            OneVsRestClassifier(LogisticRegression(C=self.C), n_jobs=self.n_jobs),
        )

    def describe(self) -> dict[str, Any]:
        return {"model": "rumedbench-tfidf", "features": "char 3-8-grams (TF-IDF)", "classifier": "one-vs-rest logistic regression", "C": self.C}
