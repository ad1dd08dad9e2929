"""Replace detected PII with typed placeholders ("<PERSON>", "<PHONE>", ...) via presidio-anonymizer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from medsyn_dataset.validation.pii.entities import PLACEHOLDERS, PiiEntity


@lru_cache(maxsize=1)
def _engine() -> tuple[Any, dict[str, Any], type]:
    from medsyn_dataset.validation.pii._presidio import AnonymizerEngine, AnonymizerResult, OperatorConfig

    operators = {kind: OperatorConfig("replace", {"new_value": value}) for kind, value in PLACEHOLDERS.items()}
    return AnonymizerEngine(), operators, AnonymizerResult


def redact(text: str, entities: Sequence[PiiEntity]) -> str:
    """``text`` with every entity span replaced by its type's placeholder; everything else is kept
    byte for byte. Entities must not overlap (the scanner's output never does)."""
    if not entities:
        return text
    ordered = sorted(entities, key=lambda e: e.start)
    for previous, current in pairwise(ordered):
        if current.start < previous.end:
            raise ValueError(f"overlapping PII entities: {previous} and {current}")
    if ordered[-1].end > len(text):
        raise ValueError(f"PII entity {ordered[-1]} lies beyond the end of a text of length {len(text)}")
    engine, operators, result_type = _engine()
    results = [result_type(entity_type=e.type, start=e.start, end=e.end, score=e.score) for e in ordered]
    return engine.anonymize(
        text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
    ).text
