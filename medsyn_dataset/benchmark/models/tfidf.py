"""TF-IDF (word 1-2-grams + character 2-5-grams within words) + multinomial logistic regression.

The default ``C`` was chosen by 5-fold cross-validation on RuMedTop3 *train* (see
``benchmarks/bench_icd.py --tune``), never on dev; :func:`tune_c` repeats that search for any corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

#: Chosen by 5-fold CV on RuMedTop3 train over (1, 3, 10, 30, 100); see the module docstring.
DEFAULT_C = 10.0


@dataclass
class TfidfLogReg:
    """The scikit-learn baseline. ``fit`` then ``rank``; deterministic for a given ``seed``."""

    C: float = DEFAULT_C
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    min_df: int = 1
    max_iter: int = 2000
    seed: int = 0
    _pipeline: Any = field(default=None, init=False, repr=False)

    def _build(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=self.word_ngrams, sublinear_tf=True, min_df=self.min_df),
            TfidfVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=self.min_df),
        )
        return make_pipeline(features, LogisticRegression(C=self.C, max_iter=self.max_iter, random_state=self.seed))

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> TfidfLogReg:
        if len(set(codes)) < 2:
            raise ValueError("training data must hold at least two distinct codes")
        self._pipeline = self._build().fit(list(texts), list(codes))
        return self

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]:
        if self._pipeline is None:
            raise RuntimeError("fit the model first")
        proba = self._pipeline.predict_proba(list(texts))
        classes = self._pipeline.classes_
        # stable sort on -proba: ties go to the code that sorts first, so ranks are reproducible
        order = np.argsort(-proba, axis=1, kind="stable")[:, :k]
        return [[str(classes[j]) for j in row] for row in order]

    def describe(self) -> dict[str, Any]:
        params = {key: value for key, value in asdict(self).items() if not key.startswith("_")}
        return {"model": "tfidf", **params}


def tune_c(
    texts: Sequence[str],
    codes: Sequence[str],
    grid: Sequence[float] = (1.0, 3.0, 10.0, 30.0, 100.0),
    folds: int = 5,
    seed: int = 0,
) -> dict[float, float]:
    """Mean cross-validated Hit@1 of each ``C`` on the *training* data (stratified folds)."""
    from sklearn.model_selection import StratifiedKFold

    from medsyn_dataset.benchmark.metrics import hit_at_k

    texts, codes = list(texts), list(codes)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores: dict[float, float] = {}
    for c in grid:
        fold_scores = []
        for train_idx, test_idx in splitter.split(texts, codes):
            model = TfidfLogReg(C=c, seed=seed).fit([texts[i] for i in train_idx], [codes[i] for i in train_idx])
            ranked = model.rank([texts[i] for i in test_idx], k=1)
            fold_scores.append(hit_at_k([codes[i] for i in test_idx], ranked, 1))
        scores[c] = float(np.mean(fold_scores))
    return scores
