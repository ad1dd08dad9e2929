"""What the contamination and memorisation checks share: each row against outside texts.

Every row is compared with the outside text it overlaps most (word shingles, tokenised with the
corpus's vocabulary); the check's :meth:`OutsideTextCheck.match` rule decides whether that is a
match, and the row gets the text's id in the check's field, a finding pointing at it and the
numbers behind the decision in ``quality_scores``. Corpus-wide.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, ClassVar

import numpy as np

from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, CorpusCheck, Rows, Section
from medsyn_dataset.validation.contamination import OutsideText, OverlapResult, overlap
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation_report import MatchSection


class OutsideTextCheck(CorpusCheck):
    reads = (TOKENS,)
    #: the finding's name (its action in the policy) and the reason's name (which points at the text)
    finding: ClassVar[str]
    reason: ClassVar[str]

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self._rows = 0
        self._found = 0

    @abstractmethod
    def texts(self) -> list[OutsideText]:
        """The outside texts of the run this check compares with."""

    @abstractmethod
    def match(self, i: int, j: int, found: OverlapResult, row_sizes: np.ndarray, text_sizes: np.ndarray) -> dict[str, Any] | None:
        """The scores that make row ``i`` a match of outside text ``j`` (its best overlap), or None.

        ``row_sizes`` / ``text_sizes`` are the rows' and the texts' numbers of shingles.
        """

    def progress_total(self, rows: int) -> int:
        return len(self.texts())

    def observe(self, rows: Rows) -> None:
        self._rows += len(rows)

    def finalize(self) -> CheckResult:
        matched: list[str | None] = [None] * self._rows
        result = CheckResult(values={self.writes[0]: matched})
        texts = self.texts()
        if texts:
            tokens = self.ctx.corpus_tokens()
            outside = tokens.outside(texts, self.policy.near_duplicates.shingle_size)
            found = overlap(tokens.shingles, outside)
            row_sizes, text_sizes = np.diff(tokens.shingles.offsets), np.diff(outside.offsets)
            for i in np.flatnonzero(found.best >= 0).tolist():
                j = int(found.best[i])
                scores = self.match(i, j, found, row_sizes, text_sizes)
                if scores is not None:
                    matched[i] = texts[j].id
                    result.add(i, Finding(self.finding, texts[j].id, reason=self.reason))
                    result.score(i, **scores)
        self._found = sum(1 for m in matched if m)
        return result

    def section(self) -> Section:
        return self.name, MatchSection(rows=self._found)
