"""``duplicates``: exact duplicates (normalised text) and near-duplicate clusters (MinHash + LSH).
Corpus-wide.

Every cluster keeps one representative, preferably a row without other drop reasons (so the
findings of the checks before this one matter); the others get ``exact_duplicate_of:<id>`` or
``near_duplicate_of:<id>``. Writes ``validation.near_dup_cluster`` and
``validation.is_cluster_representative``, and the report's ``duplicates``.

Compact state: :meth:`observe` keeps the rows' ids and drop flags; the signatures are computed
from the run's shared token arrays in :meth:`finalize` (issue #13 moves them into ``observe``).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import TOKENS, CheckResult, CorpusCheck, Rows, Section
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.dedup import DedupResult, find_duplicates
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation_report import DuplicatesSection


class DuplicatesCheck(CorpusCheck):
    name = "duplicates"
    reads = (TOKENS,)
    writes = (ValidationField.NEAR_DUP_CLUSTER, ValidationField.IS_CLUSTER_REPRESENTATIVE)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        self._ids: list[str] = []
        self._drop_like: list[int] = []  # 1 for rows an earlier check drops: never a cluster's representative
        self._section: DuplicatesSection | None = None

    def observe(self, rows: Rows) -> None:
        self._ids.extend(rows.ids)
        action = self.ctx.action
        self._drop_like.extend(int(any(action(f.check) == "drop" for f in found)) for found in rows.findings)

    def finalize(self) -> CheckResult:
        tokens, nd = self.ctx.corpus_tokens(), self.policy.near_duplicates
        dups = find_duplicates(
            tokens.hashes, tokens.shingles, nd.threshold, nd.num_perm, nd.seed,
            priority=np.array(self._drop_like, dtype=np.int64), false_negative_weight=nd.false_negative_weight,
        )  # fmt: skip
        result = CheckResult(
            values={
                ValidationField.NEAR_DUP_CLUSTER: [int(c) if c >= 0 else None for c in dups.cluster.tolist()],
                ValidationField.IS_CLUSTER_REPRESENTATIVE: [
                    rep in (-1, i) for i, rep in enumerate(dups.representative.tolist())
                ],
            }
        )
        for i in np.flatnonzero(dups.cluster >= 0).tolist():
            rep = int(dups.representative[i])
            if rep != i:
                check = "exact_duplicate" if tokens.hashes[i] == tokens.hashes[rep] else "near_duplicate"
                result.add(i, Finding(check, self._ids[rep], reason=f"{check}_of"))
        self._section = self._summary(dups)
        return result

    def _summary(self, dups: DedupResult) -> DuplicatesSection:
        nd = self.policy.near_duplicates
        cluster_sizes = Counter(int(c) for c in dups.cluster if c >= 0)
        return DuplicatesSection(
            exact_duplicate_rows=int((dups.exact_duplicate_of >= 0).sum()),
            near_duplicate_clusters=len(cluster_sizes),
            rows_in_clusters=int(sum(cluster_sizes.values())),
            largest_cluster=max(cluster_sizes.values(), default=0),
            threshold=nd.threshold,
            num_perm=nd.num_perm,
            bands=dups.bands,
            rows_per_band=dups.rows,
            candidate_pairs=dups.candidate_pairs,
            verified_pairs=dups.verified_pairs,
        )

    def section(self) -> Section | None:
        return None if self._section is None else ("duplicates", self._section)
