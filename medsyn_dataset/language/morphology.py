"""The pymorphy3 analyser, loaded once per process and shared by every stage that needs morphology.

Loading its dictionaries costs ~20 MB and a noticeable fraction of a second; the PII scanner
(:mod:`medsyn_dataset.validation.pii.morph`) and the label checks (:mod:`medsyn_dataset.validation.labels`)
use this one instance instead of loading two. The dictionaries ship inside the
``pymorphy3-dicts-ru`` wheel: nothing is downloaded.
"""

from __future__ import annotations

import functools
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=500_000)
def lemma(word: str) -> str:
    """Normal form of a Russian word (pymorphy3); other words are returned as they are; ``ё`` folded to ``е``.

    Shared by validation's label checks and the benchmark's lemma features (a foundation, so neither
    stage imports the other).
    """
    if not word or not ("а" <= word[0] <= "я" or word[0] == "ё"):
        return word
    return analyzer().parse(word)[0].normal_form.replace("ё", "е")
