"""Moved to :mod:`medsyn_dataset.language.grammar` in 0.2 (every stage may use it, not only generation).
This forwarding module keeps 0.1 imports working and goes in 0.3."""

from medsyn_dataset.language.grammar import (
    age_genitive,
    describe_patient,
    join_ru,
    marital_adjective,
    marital_phrase,
    plural,
    sex_noun,
    sex_word,
    smoking_adjective,
    years,
)

__all__ = [
    "age_genitive",
    "describe_patient",
    "join_ru",
    "marital_adjective",
    "marital_phrase",
    "plural",
    "sex_noun",
    "sex_word",
    "smoking_adjective",
    "years",
]
