"""What every baseline offers: fit on texts and codes, rank codes for new texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

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
