"""Replace detected PII: typed placeholders ("<PERSON>", "<PHONE>", ...) via presidio-anonymizer, or
realistic surrogates of the same type and shape (:mod:`.surrogates`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from medsyn_dataset.validation.pii.entities import PLACEHOLDERS, PiiEntity
from medsyn_dataset.validation.pii.surrogates import surrogate_redact


@lru_cache(maxsize=1)
def _engine() -> tuple[Any, dict[str, Any], type]:
    from medsyn_dataset.validation.pii._presidio import AnonymizerEngine, AnonymizerResult, OperatorConfig

    operators = {kind: OperatorConfig("replace", {"new_value": value}) for kind, value in PLACEHOLDERS.items()}
    return AnonymizerEngine(), operators, AnonymizerResult


#: Redaction modes: typed placeholders (the default) or surrogates.
REDACTION_MODES: tuple[str, ...] = ("placeholder", "surrogate")


def redact(text: str, entities: Sequence[PiiEntity], mode: str = "placeholder", seed: int = 0) -> str:
    """``text`` with every entity span replaced; everything else is kept byte for byte. Entities
    must not overlap (the scanner's output never does).

    ``mode="placeholder"``: the type's placeholder ("<PERSON>"). ``mode="surrogate"``: a realistic
    value of the same type and shape, consistent within the note, deterministic given ``seed``."""
    if mode not in REDACTION_MODES:
        raise ValueError(f"unknown redaction mode {mode!r}; expected one of {REDACTION_MODES}")
    if not entities:
        return text
    ordered = sorted(entities, key=lambda e: e.start)
    for previous, current in pairwise(ordered):
        if current.start < previous.end:
            raise ValueError(f"overlapping PII entities: {previous} and {current}")
    if ordered[-1].end > len(text):
        raise ValueError(f"PII entity {ordered[-1]} lies beyond the end of a text of length {len(text)}")
    if mode == "surrogate":
        return surrogate_redact(text, ordered, seed)
    engine, operators, result_type = _engine()
    results = [result_type(entity_type=e.type, start=e.start, end=e.end, score=e.score) for e in ordered]
    return engine.anonymize(
        text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
    ).text
