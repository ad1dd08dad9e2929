"""``contamination``: rows that near-duplicate or contain an evaluation text (``--eval-texts``).
Corpus-wide (:class:`~.outside.OutsideTextCheck`).

A row is contaminated by the evaluation text it overlaps most when their word-shingle Jaccard
reaches the policy's ``contamination.jaccard``, or when the row holds at least
``contamination.containment`` of a long enough evaluation text. Writes
``validation.contaminated_with`` (the evaluation text's id) and the report's ``contamination``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.outside import OutsideTextCheck
from medsyn_dataset.validation.contamination import OutsideText, OverlapResult


class ContaminationCheck(OutsideTextCheck):
    name = "contamination"
    writes = (ValidationField.CONTAMINATED_WITH,)
    finding = "contaminated"
    reason = "contaminated_with"

    def texts(self) -> list[OutsideText]:
        return self.ctx.evals

    def match(self, i: int, j: int, found: OverlapResult, row_sizes: np.ndarray, text_sizes: np.ndarray) -> dict[str, Any] | None:
        cp = self.policy.contamination
        by_containment = text_sizes[j] >= cp.min_shingles and found.containment_outside[i] >= cp.containment
        if found.jaccard[i] >= cp.jaccard or by_containment:
            return {"contamination_jaccard": round(float(found.jaccard[i]), 4)}
        return None
