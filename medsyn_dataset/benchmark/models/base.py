"""What every baseline offers: fit on texts and codes, rank codes for new texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, Self

#: The baselines, default first: ``tfidf-ensemble`` (three linear models over TF-IDF views, the
#: strongest offline baseline), ``tfidf`` (one of its members: word+char TF-IDF, SGD logistic
#: regression; fast), ``rumedbench-tfidf`` (RuMedBench's published recipe, for like-for-like
#: comparisons; slow) and ``transformer`` (a fine-tuned HF encoder; the `local` extra).
MODEL_NAMES: tuple[str, ...] = ("tfidf-ensemble", "tfidf", "rumedbench-tfidf", "transformer")
DEFAULT_MODEL = MODEL_NAMES[0]
#: Models whose fit depends on the rows only, not on the seed (lbfgs): the same rows give the same
#: model whatever the seed. The SGD models (``tfidf``, ``tfidf-ensemble``) shuffle by their seed.
DETERMINISTIC_MODELS = frozenset({"rumedbench-tfidf"})


class RankingClassifier(Protocol):
    """A model that ranks ICD-10 codes for a text, best first."""

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> RankingClassifier: ...

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]: ...

    def describe(self) -> dict[str, Any]:
        """Hyper-parameters, for the results JSON."""
        ...


def top_k_codes(scores: Any, classes: Any, k: int) -> list[list[str]]:
    """The ``k`` best codes of each row of ``scores`` (one column per code of ``classes``), best first.

    A stable sort on -score: ties go to the code that sorts first, so ranks are reproducible.
    """
    import numpy as np

    order = np.argsort(-np.asarray(scores), axis=1, kind="stable")[:, :k]
    return [[str(classes[j]) for j in row] for row in order]


@dataclass
class PipelineRanker:
    """A baseline that is one scikit-learn pipeline: :meth:`_build` it, fit it on the texts, and rank
    the codes by the fitted pipeline's :attr:`SCORES` method (one column per code of ``classes_``)."""

    SCORES: ClassVar[str] = "decision_function"
    _pipeline: Any = field(default=None, init=False, repr=False)

    def _build(self) -> Any:
        """The unfitted pipeline (texts in, codes out)."""
        raise NotImplementedError

    def fit(self, texts: Sequence[str], codes: Sequence[str]) -> Self:
        if len(set(codes)) < 2:
            raise ValueError("training data must hold at least two distinct codes")
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        with warnings.catch_warnings():
            # an iteration cap is each model's choice (capped SGD epochs; RuMedBench's default lbfgs
            # iterations, as in the original), not a fault
            warnings.simplefilter("ignore", ConvergenceWarning)
            self._pipeline = self._build().fit(list(texts), list(codes))
        return self

    def rank(self, texts: Sequence[str], k: int = 3) -> list[list[str]]:
        if self._pipeline is None:
            raise RuntimeError("fit the model first")
        return top_k_codes(getattr(self._pipeline, self.SCORES)(list(texts)), self._pipeline.classes_, k)


def make_model(name: str, seed: int = 0, **options: Any) -> RankingClassifier:
    """Build a baseline by name (see :data:`MODEL_NAMES`); heavy libraries load lazily."""
    if name == "tfidf-ensemble":
        from medsyn_dataset.benchmark.models.ensemble import TfidfEnsemble

        return TfidfEnsemble(seed=seed, **options)
    if name == "tfidf":
        from medsyn_dataset.benchmark.models.tfidf import TfidfLogReg

        return TfidfLogReg(seed=seed, **options)
    if name == "rumedbench-tfidf":
        from medsyn_dataset.benchmark.models.rumedbench import RuMedBenchTfidf

        return RuMedBenchTfidf(seed=seed, **options)
    if name == "transformer":
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as exc:
            raise ValueError(
                "the transformer model needs the `local` extra (torch, transformers): pip install 'medsyn-dataset[local]'"
            ) from exc
        from medsyn_dataset.benchmark.models.transformer import TransformerClassifier

        return TransformerClassifier(seed=seed, **options)
    raise ValueError(f"unknown model {name!r}; choose one of: {', '.join(MODEL_NAMES)}")
