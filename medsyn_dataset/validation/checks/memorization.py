"""``memorization``: rows that copy a reference (real) note (``--reference-texts``). Corpus-wide
(:class:`~.outside.OutsideTextCheck`).

A row copies the reference text it overlaps most when they share a run of at least
``memorization.min_shared_ngram`` words, or when, both being long enough, either holds
``memorization.min_containment`` of the other's shingles. Writes ``validation.memorized_source_id``
and the report's ``memorization``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.outside import OutsideTextCheck
from medsyn_dataset.validation.contamination import OutsideText, OverlapResult


class MemorizationCheck(OutsideTextCheck):
    name = "memorization"
    writes = (ValidationField.MEMORIZED_SOURCE_ID,)
    finding = "memorized"
    reason = "memorized_from"

    def texts(self) -> list[OutsideText]:
        return self.ctx.references

    def match(self, i: int, j: int, found: OverlapResult, row_sizes: np.ndarray, text_sizes: np.ndarray) -> dict[str, Any] | None:
        mp = self.policy.memorization
        contained = max(found.containment_note[i], found.containment_outside[i])
        # Short texts share a few stock phrases by chance: containment needs enough shingles.
        long_enough = min(text_sizes[j], row_sizes[i]) >= mp.min_shingles
        if found.longest_ngram[i] >= mp.min_shared_ngram or (long_enough and contained >= mp.min_containment):
            return {"memorized_ngram": int(found.longest_ngram[i]), "memorized_containment": round(float(contained), 4)}
        return None
