"""ICD-10 code prediction baselines: a TF-IDF ensemble (default), TF-IDF + logistic regression,
RuMedBench's recipe, and a fine-tuned HF encoder."""

from medsyn_dataset.benchmark.models.base import (
    DEFAULT_MODEL,
    DETERMINISTIC_MODELS,
    MODEL_NAMES,
    RankingClassifier,
    make_model,
)

__all__ = ["DEFAULT_MODEL", "DETERMINISTIC_MODELS", "MODEL_NAMES", "RankingClassifier", "make_model"]
