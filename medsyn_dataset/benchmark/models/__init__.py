"""ICD-10 code prediction baselines: TF-IDF + logistic regression, and a fine-tuned HF encoder."""

from medsyn_dataset.benchmark.models.base import MODEL_NAMES, RankingClassifier, make_model

__all__ = ["MODEL_NAMES", "RankingClassifier", "make_model"]
