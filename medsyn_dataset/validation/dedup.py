"""Exact duplicates (normalised text hash) and near-duplicate clusters (MinHash + LSH + union-find).

Cluster ids are assigned in order of each cluster's first row, so the same input gives the same
ids. Every cluster has exactly one representative: the member with the lowest ``priority``
(e.g. 0 for rows without other drop reasons), ties broken by row order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from medsyn_dataset.validation.minhash import (
    MinHasher,
    lsh_candidate_pairs,
    optimal_param,
    signature_similarity,
)
from medsyn_dataset.validation.normalize import Shingles


@dataclass(frozen=True)
class DedupResult:
    """Per-row duplicate information (arrays of length n)."""

    cluster: np.ndarray  # int64 cluster id, -1 for singletons
    representative: np.ndarray  # int64 row index of the cluster's representative, -1 for singletons
    exact_duplicate_of: np.ndarray  # int64 row index of the first identical (normalised) text, -1 if none
    bands: int
    rows: int
    candidate_pairs: int
    verified_pairs: int

    @property
    def is_representative(self) -> np.ndarray:
        return self.representative == np.arange(len(self.representative))

    @property
    def n_clusters(self) -> int:
        return len(np.unique(self.cluster[self.cluster >= 0]))


def exact_duplicates(hashes: Sequence[str]) -> np.ndarray:
    """For each normalised-text hash (:func:`~medsyn_dataset.validation.normalize.text_hash`), the row
    of the first text with the same hash (-1 for that first one)."""
    first: dict[str, int] = {}
    out = np.full(len(hashes), -1, dtype=np.int64)
    for i, digest in enumerate(hashes):
        j = first.setdefault(digest, i)
        if j != i:
            out[i] = j
    return out


def connected_components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Union-find over ``pairs``; returns each row's root = the smallest row index of its component."""
    parent = np.arange(n, dtype=np.int64)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def find_duplicates(
    hashes: Sequence[str],
    shingles: Shingles,
    threshold: float = 0.8,
    num_perm: int = 128,
    seed: int = 1,
    priority: np.ndarray | None = None,
    false_negative_weight: float = 0.7,
) -> DedupResult:
    """Exact duplicates plus near-duplicate clusters at estimated Jaccard >= ``threshold``.

    ``hashes`` are the rows' normalised-text hashes. Exact duplicates always end up in the same cluster.
    """
    n = len(hashes)
    exact_of = exact_duplicates(hashes)
    bands, rows = optimal_param(threshold, num_perm, 1.0 - false_negative_weight, false_negative_weight)
    signatures = MinHasher(num_perm, seed).signatures(shingles)
    has_shingles = np.diff(shingles.offsets) > 0
    candidates = lsh_candidate_pairs(signatures, bands, rows, valid=has_shingles)
    keep = signature_similarity(signatures, candidates) >= threshold if len(candidates) else np.zeros(0, bool)
    verified = candidates[keep]
    exact_pairs = np.stack([exact_of[exact_of >= 0], np.flatnonzero(exact_of >= 0)], axis=1)
    roots = connected_components(n, np.concatenate([verified, exact_pairs]).astype(np.int64))

    sizes = np.bincount(roots, minlength=n)
    in_cluster = sizes[roots] > 1
    cluster = np.full(n, -1, dtype=np.int64)
    clustered_roots = np.unique(roots[in_cluster])  # sorted = order of each cluster's first row
    cluster[in_cluster] = np.searchsorted(clustered_roots, roots[in_cluster])

    prio = np.zeros(n, dtype=np.int64) if priority is None else np.asarray(priority, dtype=np.int64)
    representative = np.full(n, -1, dtype=np.int64)
    if in_cluster.any():
        members = np.flatnonzero(in_cluster)
        order = np.lexsort((members, prio[members], cluster[members]))  # by cluster, priority, row
        sorted_members = members[order]
        first_of_cluster = np.ones(len(sorted_members), dtype=bool)
        first_of_cluster[1:] = cluster[sorted_members[1:]] != cluster[sorted_members[:-1]]
        rep_of_cluster = sorted_members[first_of_cluster]  # indexed by cluster id (ids are 0..m-1 sorted)
        representative[members] = rep_of_cluster[cluster[members]]
    return DedupResult(
        cluster=cluster,
        representative=representative,
        exact_duplicate_of=exact_of,
        bands=bands,
        rows=rows,
        candidate_pairs=len(candidates),
        verified_pairs=int(keep.sum()),
    )
