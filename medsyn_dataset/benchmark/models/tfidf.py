"""TF-IDF (word 1-2-grams + character 2-5-grams within words) + logistic regression (scikit-learn).

Two solvers for the same model family:

* ``sgd`` (default): logistic loss (one-vs-rest) fitted by stochastic gradient descent with L2
  penalty ``alpha``: seconds on RuMedTop3-sized data, so the augmentation experiment can train
  dozens of models;
* ``lbfgs``: multinomial logistic regression with inverse penalty ``C``: the textbook fit,
  minutes on 100 k features x 105 codes.

Defaults were chosen by 3-fold cross-validation on RuMedTop3 *train*, never on dev. Mean CV
Hit@1: alpha 1e-5 45.84, **3e-5 46.93**, 2e-5 with 60 epochs 46.40; character 1-6-grams 46.91;
word unigrams only 46.27; character-only 3-6-grams 46.97 (a tie; the word+char union is kept).
With 5 folds (``medsyn_dataset.benchmark.cv``): alpha 3e-5 47.97 ± 0.79, 1e-5 47.21 ± 1.36. This
model is one member of the default ``tfidf-ensemble``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from medsyn_dataset.benchmark.models.base import PipelineRanker

#: Chosen by 3-fold CV on RuMedTop3 train; see the module docstring.
DEFAULT_ALPHA = 3e-5
DEFAULT_C = 10.0


@dataclass
class TfidfLogReg(PipelineRanker):
    """The scikit-learn baseline. ``fit`` then ``rank`` (by the decision function); deterministic for a given ``seed``."""

    solver: Literal["sgd", "lbfgs"] = "sgd"
    alpha: float = DEFAULT_ALPHA  # sgd: L2 penalty
    C: float = DEFAULT_C  # lbfgs: inverse L2 penalty
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    min_df: int = 2
    max_iter: int = 30
    seed: int = 0

    def _build(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression, SGDClassifier
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=self.word_ngrams, sublinear_tf=True, min_df=self.min_df),
            TfidfVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams, sublinear_tf=True, min_df=self.min_df),
        )
        if self.solver == "sgd":
            classifier = SGDClassifier(
                loss="log_loss", alpha=self.alpha, max_iter=self.max_iter, tol=1e-4, random_state=self.seed
            )
        elif self.solver == "lbfgs":
            classifier = LogisticRegression(C=self.C, max_iter=max(self.max_iter, 1000), random_state=self.seed)
        else:
            raise ValueError(f"unknown solver {self.solver!r}; choose sgd or lbfgs")
        return make_pipeline(features, classifier)

    def describe(self) -> dict[str, Any]:
        params = {key: value for key, value in asdict(self).items() if not key.startswith("_")}
        return {"model": "tfidf", **params}
