"""``duplicates``: exact duplicates (normalised text) and near-duplicate clusters (MinHash + LSH).
Corpus-wide.

Every cluster keeps one representative, preferably a row without other drop reasons (so the
findings of the checks before this one matter); the others get ``exact_duplicate_of:<id>`` or
``near_duplicate_of:<id>``. Writes ``validation.near_dup_cluster`` and
``validation.is_cluster_representative``, and the report's ``duplicates``.

Compact state, per row: the 16-byte normalised-text digest, the MinHash signature (``num_perm``
uint32), the LSH band keys (``bands`` uint64), whether the row has shingles and whether an earlier
check drops it, and its id; signatures and band keys go to disk past a size. :meth:`finalize`
buckets one band at a time, verifies each candidate pair on the two signatures it reads back
(linear in the candidates), and joins clusters by connected components over row indices: the same
result as :func:`~medsyn_dataset.validation.dedup.find_duplicates` on the whole corpus in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from medsyn_dataset.schema import ValidationField
from medsyn_dataset.validation.checks.base import (
    TOKENS,
    CheckResult,
    CorpusCheck,
    CorpusFindings,
    Rows,
    Section,
)
from medsyn_dataset.validation.context import CheckContext
from medsyn_dataset.validation.dedup import clusters, exact_duplicates_of_digests, exact_pairs
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.minhash import MinHasher, band_keys, candidates_from_bands, optimal_param
from medsyn_dataset.validation_report import DuplicatesSection

#: Candidate pairs verified at a time (two signatures each are read back).
VERIFY_CHUNK = 100_000


@dataclass(frozen=True)
class DuplicatesSketch:
    ids: pa.Array
    digests: np.ndarray  # (rows, 2) uint64
    signatures: np.ndarray  # (rows, num_perm) uint32
    keys: np.ndarray  # (rows, bands) uint64
    flags: np.ndarray  # (rows, 2) uint8: has shingles, dropped by an earlier check


class DuplicatesCheck(CorpusCheck):
    name = "duplicates"
    reads = (TOKENS,)
    writes = (ValidationField.NEAR_DUP_CLUSTER, ValidationField.IS_CLUSTER_REPRESENTATIVE)

    def __init__(self, ctx: CheckContext) -> None:
        super().__init__(ctx)
        nd = self.policy.near_duplicates
        self.bands, self.rows_per_band = optimal_param(
            nd.threshold, nd.num_perm, 1.0 - nd.false_negative_weight, nd.false_negative_weight
        )
        self.hasher = MinHasher(nd.num_perm, nd.seed)
        self._ids: list[pa.Array] = []
        self._digests = ctx.spill("duplicates-digests", 2, np.uint64)
        self._signatures = ctx.spill("duplicates-signatures", nd.num_perm, np.uint32)
        self._keys = ctx.spill("duplicates-band-keys", self.bands, np.uint64)
        self._flags = ctx.spill("duplicates-flags", 2, np.uint8)
        self._section: DuplicatesSection | None = None

    def sketch(self, rows: Rows) -> DuplicatesSketch:
        assert rows.tokens is not None
        signatures = self.hasher.signatures(rows.tokens.shingles)
        action = self.ctx.action
        dropped = [any(action(f.check) == "drop" for f in found) for found in rows.findings] or [False] * len(rows)
        flags = np.stack([np.diff(rows.tokens.shingles.offsets) > 0, np.array(dropped, dtype=bool)], axis=1)
        return DuplicatesSketch(
            pa.array(rows.ids, pa.string()), rows.tokens.digests, signatures,
            band_keys(signatures, self.bands, self.rows_per_band), flags.astype(np.uint8),
        )  # fmt: skip

    def observe(self, start: int, rows: int, sketch: Any) -> None:
        assert isinstance(sketch, DuplicatesSketch)
        self._ids.append(sketch.ids)
        self._digests.append(sketch.digests)
        self._signatures.append(sketch.signatures)
        self._keys.append(sketch.keys)
        self._flags.append(sketch.flags)

    def finalize(self) -> CorpusFindings:
        n = self._digests.rows
        nd = self.policy.near_duplicates
        digests, flags = self._digests.read(), self._flags.read()
        exact_of = exact_duplicates_of_digests(digests)
        valid = np.flatnonzero(flags[:, 0]).astype(np.int64)
        candidates = candidates_from_bands((self._band(b, valid) for b in range(self.bands)), valid, n)
        keep = self._similarity(candidates) >= nd.threshold
        verified = candidates[keep]
        cluster, representative = clusters(n, np.concatenate([verified, exact_pairs(exact_of)]), flags[:, 1])
        members = np.flatnonzero((cluster >= 0) & (representative != np.arange(n)))
        exact = (digests[members] == digests[representative[members]]).all(axis=1)
        self._section = self._summary(cluster, exact_of, len(candidates), int(keep.sum()))
        ids = pa.chunked_array(self._ids, pa.string())
        self._ids = []
        return DuplicateFindings(cluster, representative, members, exact, ids)

    def _band(self, band: int, valid: np.ndarray) -> np.ndarray:
        """The keys of band ``band`` of the rows ``valid`` (read from disk a chunk at a time)."""
        column = np.concatenate([keys[:, band] for _, keys in self._keys.chunks()] or [np.zeros(0, np.uint64)])
        return column[valid]

    def _similarity(self, pairs: np.ndarray) -> np.ndarray:
        """Estimated Jaccard similarity of each candidate pair, reading back only their signatures."""
        out = np.empty(len(pairs), dtype=np.float64)
        for lo in range(0, len(pairs), VERIFY_CHUNK):
            chunk = pairs[lo : lo + VERIFY_CHUNK]
            out[lo : lo + len(chunk)] = (self._signatures.take(chunk[:, 0]) == self._signatures.take(chunk[:, 1])).mean(axis=1)
        return out

    def _summary(self, cluster: np.ndarray, exact_of: np.ndarray, candidates: int, verified: int) -> DuplicatesSection:
        nd = self.policy.near_duplicates
        sizes = np.bincount(cluster[cluster >= 0])
        sizes = sizes[sizes > 0]
        return DuplicatesSection(
            exact_duplicate_rows=int((exact_of >= 0).sum()),
            near_duplicate_clusters=len(sizes),
            rows_in_clusters=int(sizes.sum()),
            largest_cluster=int(sizes.max()) if len(sizes) else 0,
            threshold=nd.threshold,
            num_perm=nd.num_perm,
            bands=self.bands,
            rows_per_band=self.rows_per_band,
            candidate_pairs=candidates,
            verified_pairs=verified,
        )

    def section(self) -> Section | None:
        return None if self._section is None else ("duplicates", self._section)

    def close(self) -> None:
        for spill in (self._digests, self._signatures, self._keys, self._flags):
            spill.close()


class DuplicateFindings(CorpusFindings):
    """Per row: the cluster and its representative; per non-representative member, whether it is an
    exact copy of the representative (``members`` sorted, ``exact`` aligned with it)."""

    def __init__(self, cluster: np.ndarray, representative: np.ndarray, members: np.ndarray, exact: np.ndarray,
                 ids: pa.ChunkedArray) -> None:  # fmt: skip
        self.cluster, self.representative = cluster, representative
        self.members, self.exact, self.ids = members, exact, ids

    def batch(self, start: int, stop: int) -> CheckResult:
        cluster, rep = self.cluster[start:stop], self.representative[start:stop]
        result = CheckResult(
            values={
                ValidationField.NEAR_DUP_CLUSTER: [int(c) if c >= 0 else None for c in cluster.tolist()],
                ValidationField.IS_CLUSTER_REPRESENTATIVE: [
                    r in (-1, start + i) for i, r in enumerate(rep.tolist())
                ],
            }
        )
        lo, hi = np.searchsorted(self.members, [start, stop])
        for k in range(int(lo), int(hi)):
            i = int(self.members[k])
            check = "exact_duplicate" if self.exact[k] else "near_duplicate"
            result.add(i - start, Finding(check, self.ids[int(self.representative[i])].as_py(), reason=f"{check}_of"))
        return result
