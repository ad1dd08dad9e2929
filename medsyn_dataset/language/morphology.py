"""The pymorphy3 analyser, loaded once per process and shared by every stage that needs morphology.

Loading its dictionaries costs ~20 MB and a noticeable fraction of a second; the PII scanner
(:mod:`medsyn_dataset.validation.pii.morph`) and the label checks (:mod:`medsyn_dataset.validation.labels`)
use this one instance instead of loading two. The dictionaries ship inside the
``pymorphy3-dicts-ru`` wheel: nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
