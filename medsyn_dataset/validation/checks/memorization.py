"""``memorization``: rows that copy a reference (real) note (``--reference-texts``). Corpus-wide.

A row copies the reference text it overlaps most when they share a run of at least
``memorization.min_shared_ngram`` words, or when, both being long enough, either holds
``memorization.min_containment`` of the other's shingles. Writes ``validation.memorized_source_id``
and the report's ``memorization``.
"""

from __future__ import annotations

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, CorpusCheck, Rows, Section
from medsyn_dataset.validation.contamination import overlap
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.report import MatchSection


class MemorizationCheck(CorpusCheck):
    name = "memorization"
    reads = (TOKENS,)
    writes = (ValidationField.MEMORIZED_SOURCE_ID,)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self._rows = 0
        self._found = 0

    def progress_total(self, rows: int) -> int:
        return len(self.ctx.references)

    def observe(self, rows: Rows) -> None:
        self._rows += len(rows)

    def finalize(self) -> CheckResult:
        copied: list[str | None] = [None] * self._rows
        result = CheckResult(values={ValidationField.MEMORIZED_SOURCE_ID: copied})
        references = self.ctx.references
        if references:
            tokens, mp = self.ctx.corpus_tokens(), self.policy.memorization
            ref_shingles = tokens.outside(references, self.policy.near_duplicates.shingle_size)
            mem = overlap(tokens.shingles, ref_shingles)
            ref_sizes, note_sizes = np.diff(ref_shingles.offsets), np.diff(tokens.shingles.offsets)
            for i in np.flatnonzero(mem.best >= 0).tolist():
                j = int(mem.best[i])
                contained = max(mem.containment_note[i], mem.containment_outside[i])
                # Short texts share a few stock phrases by chance: containment needs enough shingles.
                long_enough = min(ref_sizes[j], note_sizes[i]) >= mp.min_shingles
                if mem.longest_ngram[i] >= mp.min_shared_ngram or (long_enough and contained >= mp.min_containment):
                    copied[i] = references[j].id
                    result.add(i, Finding("memorized", references[j].id, reason="memorized_from"))
                    result.score(
                        i, memorized_ngram=int(mem.longest_ngram[i]), memorized_containment=round(float(contained), 4)
                    )
        self._found = sum(1 for c in copied if c)
        return result

    def section(self) -> Section:
        return "memorization", MatchSection(rows=self._found)
