"""Exact duplicates (normalised text hash) and near-duplicate clusters (MinHash + LSH + connected components).

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


def exact_duplicates_of_digests(digests: np.ndarray) -> np.ndarray:
    """:func:`exact_duplicates` over ``(n, 2)`` uint64 digests (:func:`~.normalize.text_digests`)."""
    n = len(digests)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    keys = np.ascontiguousarray(digests, dtype=np.uint64).view(np.dtype((np.void, 16))).ravel()
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    of = first[inverse.ravel()].astype(np.int64)
    return np.where(of != np.arange(n), of, -1)


def connected_components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components over ``pairs``; returns each row's root = the smallest row index of its component."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components as components

    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = components(graph, directed=False)
    _, first = np.unique(labels, return_index=True)  # a component's smallest row
    return first[labels].astype(np.int64)


def clusters(n: int, pairs: np.ndarray, priority: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Cluster ids and representatives of rows joined by ``pairs`` (verified near and exact duplicates).

    Cluster ids follow each cluster's first row; the representative is the member with the lowest
    ``priority``, ties broken by row order. Singletons get -1 for both.
    """
    roots = connected_components(n, pairs)
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
    return cluster, representative


def exact_pairs(exact_of: np.ndarray) -> np.ndarray:
    """``(first, row)`` pairs of every exact duplicate."""
    return np.stack([exact_of[exact_of >= 0], np.flatnonzero(exact_of >= 0)], axis=1)


def find_duplicates(
    hashes: Sequence[str],
    shingles: Shingles,
    threshold: float = 0.8,
    num_perm: int = 128,
    seed: int = 1,
    priority: np.ndarray | None = None,
    false_negative_weight: float = 0.7,
) -> DedupResult:
    """Exact duplicates plus near-duplicate clusters at estimated Jaccard >= ``threshold``, all in memory.

    ``hashes`` are the rows' normalised-text hashes. Exact duplicates always end up in the same cluster.
    The validation run's ``duplicates`` check computes the same from compact state, batch by batch
    (:mod:`medsyn_dataset.validation.checks.duplicates`).
    """
    n = len(hashes)
    exact_of = exact_duplicates(hashes)
    bands, rows = optimal_param(threshold, num_perm, 1.0 - false_negative_weight, false_negative_weight)
    signatures = MinHasher(num_perm, seed).signatures(shingles)
    has_shingles = np.diff(shingles.offsets) > 0
    candidates = lsh_candidate_pairs(signatures, bands, rows, valid=has_shingles)
    keep = signature_similarity(signatures, candidates) >= threshold if len(candidates) else np.zeros(0, bool)
    verified = candidates[keep]
    cluster, representative = clusters(n, np.concatenate([verified, exact_pairs(exact_of)]), priority)
    return DedupResult(
        cluster=cluster,
        representative=representative,
        exact_duplicate_of=exact_of,
        bands=bands,
        rows=rows,
        candidate_pairs=len(candidates),
        verified_pairs=int(keep.sum()),
    )
