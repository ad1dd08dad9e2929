"""The shared body of the `evaluate` metrics of the top-1 code (``icd_macro_f1``, ``per_code_recall``).

Imported only by those metric scripts (it imports ``evaluate``); each script keeps its own
descriptions and names the score function and the result key.
"""

from collections.abc import Sequence
from typing import Any, ClassVar

import evaluate

from medsyn_dataset.benchmark.metrics.core import ranked_codes_info, top1


class Top1Metric(evaluate.Metric):
    """``{KEY: SCORE(references, first predicted code of each item)}``; predictions are ranked code lists."""

    KEY: ClassVar[str]
    SCORE: ClassVar["staticmethod[[Sequence[str], Sequence[str | None]], Any]"]
    DESCRIPTION: ClassVar[str]
    KWARGS_DESCRIPTION: ClassVar[str]
    CITATION: ClassVar[str] = ""

    def _info(self) -> Any:
        return ranked_codes_info(self.DESCRIPTION, self.KWARGS_DESCRIPTION, self.CITATION)

    def _compute(self, predictions: Sequence[Sequence[str]], references: Sequence[str]) -> dict[str, Any]:
        return {self.KEY: type(self).SCORE(references, top1(predictions))}
