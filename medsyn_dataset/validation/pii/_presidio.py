"""Import Presidio without its optional Hugging Face/torch backends.

``presidio_analyzer`` imports ``transformers`` (and with it torch) at import time, only to offer a
transformers NLP engine we never use; that costs 10-15 s per process. The first import here hides
both packages while Presidio loads, so Presidio records them as unavailable, then un-hides them:
a later ``import torch`` / ``import transformers`` elsewhere in the process works as usual. When
either is already imported, nothing is hidden.
"""

from __future__ import annotations

import sys
from types import ModuleType

_HIDDEN = ("transformers", "torch")


def _import_presidio() -> tuple[ModuleType, ModuleType]:
    if "presidio_analyzer" not in sys.modules:
        hidden = [name for name in _HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
        try:
            import presidio_analyzer
        finally:
            for name in hidden:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]
    import presidio_analyzer
    import presidio_anonymizer

    return presidio_analyzer, presidio_anonymizer


presidio_analyzer, presidio_anonymizer = _import_presidio()

# Everything this package uses from Presidio, imported from here so the hiding above comes first.
from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine  # noqa: E402
from presidio_anonymizer import AnonymizerEngine  # noqa: E402
from presidio_anonymizer.entities import OperatorConfig  # noqa: E402
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult  # noqa: E402

__all__ = [
    "AnalyzerEngine",
    "AnonymizerEngine",
    "AnonymizerResult",
    "EntityRecognizer",
    "LocalRecognizer",
    "NlpArtifacts",
    "NlpEngine",
    "OperatorConfig",
    "RecognizerRegistry",
    "RecognizerResult",
]
