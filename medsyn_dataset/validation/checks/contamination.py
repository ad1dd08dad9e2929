"""``contamination``: rows that near-duplicate or contain an evaluation text (``--eval-texts``).
Corpus-wide.

A row is contaminated by the evaluation text it overlaps most when their word-shingle Jaccard
reaches the policy's ``contamination.jaccard``, or when the row holds at least
``contamination.containment`` of a long enough evaluation text. Writes
``validation.contaminated_with`` (the evaluation text's id) and the report's ``contamination``.
"""

from __future__ import annotations

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, CorpusCheck, Rows, Section
from medsyn_dataset.validation.contamination import overlap
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.report import MatchSection


class ContaminationCheck(CorpusCheck):
    name = "contamination"
    reads = (TOKENS,)
    writes = (ValidationField.CONTAMINATED_WITH,)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self._rows = 0
        self._found = 0

    def progress_total(self, rows: int) -> int:
        return len(self.ctx.evals)

    def observe(self, rows: Rows) -> None:
        self._rows += len(rows)

    def finalize(self) -> CheckResult:
        matched: list[str | None] = [None] * self._rows
        result = CheckResult(values={ValidationField.CONTAMINATED_WITH: matched})
        evals = self.ctx.evals
        if evals:
            tokens, cp = self.ctx.corpus_tokens(), self.policy.contamination
            ev_shingles = tokens.outside(evals, self.policy.near_duplicates.shingle_size)
            ev = overlap(tokens.shingles, ev_shingles)
            ev_sizes = np.diff(ev_shingles.offsets)
            for i in np.flatnonzero(ev.best >= 0).tolist():
                j = int(ev.best[i])
                by_containment = ev_sizes[j] >= cp.min_shingles and ev.containment_outside[i] >= cp.containment
                if ev.jaccard[i] >= cp.jaccard or by_containment:
                    matched[i] = evals[j].id
                    result.add(i, Finding("contaminated", evals[j].id, reason="contaminated_with"))
                    result.score(i, contamination_jaccard=round(float(ev.jaccard[i]), 4))
        self._found = sum(1 for m in matched if m)
        return result

    def section(self) -> Section:
        return "contamination", MatchSection(rows=self._found)
