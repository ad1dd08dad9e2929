"""``quality``: length, language, refusals, AI disclaimers, placeholders, dialogue, truncation and
repetition, per note (:func:`medsyn_dataset.validation.quality.check_quality`). Row-wise.

Findings are named after the problem (``refusal``, ``placeholder``...); the numbers behind them
go to ``validation.quality_scores``.
"""

from __future__ import annotations

from medsyn_dataset.validation.checks.base import CheckResult, RowCheck, Rows
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.quality import check_quality


class QualityCheck(RowCheck):
    name = "quality"
    reads = ("text", "generation.finish_reason")

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self.thresholds = self.policy.quality.thresholds()

    def check(self, rows: Rows) -> CheckResult:
        result = CheckResult()
        finish = rows.column("generation.finish_reason")
        for i, text in enumerate(rows.column("text")):
            found, scores = check_quality(text, finish[i], self.thresholds)
            if found:
                result.findings[i] = found
            result.scores[i] = scores
        return result
