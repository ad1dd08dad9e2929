"""What the contamination and memorisation checks share: each row against outside texts.

Every row is compared with the outside text it overlaps most (word shingles, hashed as the
corpus's); the check's :meth:`OutsideTextCheck.match` rule decides whether that is a match, and
the row gets the text's id in the check's field, a finding pointing at it and the numbers behind
the decision in ``quality_scores``. Corpus-wide, but a row's best match depends only on the row
and the outside texts (a few thousand, indexed once when the check is made): the batch's
:meth:`~OutsideTextCheck.sketch` finds the matches, and only the matched rows are kept.
"""

from __future__ import annotations

import bisect
from abc import abstractmethod
from typing import Any, ClassVar

import numpy as np

from medsyn_dataset.validation.checks.base import (
    TOKENS,
    CheckResult,
    CorpusCheck,
    CorpusFindings,
    Rows,
    Section,
)
from medsyn_dataset.validation.contamination import OutsideIndex, OutsideText, OverlapResult, outside_shingles
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
        self._matches: dict[int, tuple[int, dict[str, Any]]] = {}  # row -> (outside text, scores)
        texts = self.texts()
        self._index = OutsideIndex(outside_shingles(texts, self.policy.near_duplicates.shingle_size)) if texts else None

    @abstractmethod
    def texts(self) -> list[OutsideText]:
        """The outside texts of the run this check compares with."""

    @abstractmethod
    def match(self, i: int, j: int, found: OverlapResult, row_sizes: np.ndarray, text_sizes: np.ndarray) -> dict[str, Any] | None:
        """The scores that make row ``i`` a match of outside text ``j`` (its best overlap), or None.

        ``row_sizes`` / ``text_sizes`` are the rows' and the texts' numbers of shingles.
        """

    def sketch(self, rows: Rows) -> list[tuple[int, int, dict[str, Any]]]:
        """``(row, outside text, scores)`` of the batch's matched rows."""
        if self._index is None:
            return []
        assert rows.tokens is not None
        shingles = rows.tokens.shingles
        found = self._index.overlap(shingles)
        row_sizes, text_sizes = np.diff(shingles.offsets), np.diff(self._index.outside.offsets)
        matched = []
        for i in np.flatnonzero(found.best >= 0).tolist():
            j = int(found.best[i])
            scores = self.match(i, j, found, row_sizes, text_sizes)
            if scores is not None:
                matched.append((i, j, scores))
        return matched

    def observe(self, start: int, rows: int, sketch: Any) -> None:
        self._rows += rows
        for i, j, scores in sketch:
            self._matches[start + i] = (j, scores)

    def finalize(self) -> CorpusFindings:
        return OutsideMatches(self, self.texts())

    def section(self) -> Section:
        return self.name, MatchSection(rows=len(self._matches))


class OutsideMatches(CorpusFindings):
    """The matched rows of an :class:`OutsideTextCheck`, read back batch by batch."""

    def __init__(self, check: OutsideTextCheck, texts: list[OutsideText]) -> None:
        self.check, self.texts = check, texts
        self.rows = sorted(check._matches)

    def batch(self, start: int, stop: int) -> CheckResult:
        matched: list[str | None] = [None] * (stop - start)
        result = CheckResult(values={self.check.writes[0]: matched})
        lo, hi = bisect.bisect_left(self.rows, start), bisect.bisect_left(self.rows, stop)
        for row in self.rows[lo:hi]:
            j, scores = self.check._matches[row]
            text_id = self.texts[j].id
            matched[row - start] = text_id
            result.add(row - start, Finding(self.check.finding, text_id, reason=self.check.reason))
            result.score(row - start, **scores)
        return result
