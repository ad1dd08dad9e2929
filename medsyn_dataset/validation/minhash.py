"""MinHash signatures and LSH banding, vectorised with numpy and seeded.

* :func:`optimal_param` derives the LSH bands and rows from the Jaccard threshold the way
  ``datasketch``/``text-dedup`` do: it minimises the weighted sum of the false-positive
  probability integral (pairs below the threshold that become candidates) and the false-negative
  integral (pairs above it that do not). Here only exact factorisations ``bands * rows ==
  num_perm`` are considered, so every permutation computed is used.
* :class:`MinHasher` computes signatures from the 64-bit shingle hashes of
  :mod:`medsyn_dataset.validation.normalize` with Dietzfelbinger's multiply-shift family
  ``h_i(x) = (a_i * x mod 2**64) >> 32`` (``a_i`` odd, seeded): one wrapping multiply per shingle
  and permutation, no modulo. The shift is taken after the minimum (the minimum's top 32 bits are
  the minimum of the top 32 bits), so a block of shingles costs one multiply and one
  ``minimum.reduceat`` pass.
* :func:`lsh_candidate_pairs` buckets the band keys and returns candidate pairs;
  :func:`signature_similarity` estimates their Jaccard similarity for verification.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from medsyn_dataset.validation.normalize import Shingles

_EMPTY = np.uint32(0xFFFFFFFF)
# Shingles per block: block memory = block * num_perm * 8 bytes (8 MB at 128 permutations), small
# enough to stay in cache between the multiply and the minimum (measured ~2x faster than 64k blocks).
_BLOCK_SHINGLES = 8_192


def _false_positive_area(threshold: float, bands: int, rows: int) -> float:
    s = np.linspace(0.0, threshold, 513)
    return float(np.trapezoid(1.0 - (1.0 - s**rows) ** bands, s))


def _false_negative_area(threshold: float, bands: int, rows: int) -> float:
    s = np.linspace(threshold, 1.0, 513)
    return float(np.trapezoid((1.0 - s**rows) ** bands, s))


@functools.cache
def optimal_param(
    threshold: float, num_perm: int, false_positive_weight: float = 0.3, false_negative_weight: float = 0.7
) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows == num_perm`` minimising the weighted FP + FN probability mass.

    The default weights favour recall: every candidate pair is verified against its signature
    similarity afterwards, so a false positive costs a comparison while a false negative loses a
    duplicate (with 128 permutations at 0.8 this picks 16 x 8 rather than the even-weight 8 x 16,
    whose S-curve misses one in five pairs at Jaccard 0.9).
    """
    if not 0.0 < threshold < 1.0 + 1e-12:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if num_perm < 1:
        raise ValueError(f"num_perm must be >= 1, got {num_perm}")
    if false_positive_weight < 0 or false_negative_weight < 0:
        raise ValueError("weights must be >= 0")
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        if num_perm % bands:
            continue
        rows = num_perm // bands
        error = false_positive_weight * _false_positive_area(threshold, bands, rows)
        error += false_negative_weight * _false_negative_area(threshold, bands, rows)
        if best is None or error < best[0] - 1e-15:
            best = (error, bands, rows)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class MinHasher:
    """Seeded MinHash over 64-bit shingle hashes. Same seed and ``num_perm``, same signatures."""

    num_perm: int = 128
    seed: int = 1

    @functools.cached_property
    def _multipliers(self) -> np.ndarray:
        rng = np.random.default_rng(self.seed)
        return rng.integers(0, 2**63, size=self.num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)

    def signatures(self, shingles: Shingles) -> np.ndarray:
        """``(n_texts, num_perm)`` uint32 signatures; a text without shingles gets all ``0xFFFFFFFF``."""
        n = shingles.n_texts
        out = np.full((n, self.num_perm), _EMPTY, dtype=np.uint32)
        offsets = shingles.offsets
        # Blocks of whole texts, each holding about _BLOCK_SHINGLES shingles.
        bounds = [0]
        target = _BLOCK_SHINGLES
        cuts = np.searchsorted(offsets, np.arange(target, int(offsets[-1]) + target, target), side="right") - 1
        for cut in cuts:
            cut = int(max(cut, bounds[-1] + 1))
            if cut < n and cut > bounds[-1]:
                bounds.append(cut)
        if bounds[-1] != n:
            bounds.append(n)
        # One thread: the blocks are memory-bound, a second thread was measured not to help.
        for lo, hi in itertools.pairwise(bounds):
            self._block(shingles, lo, hi, out)
        return out

    def _block(self, shingles: Shingles, lo: int, hi: int, out: np.ndarray) -> None:
        offsets = shingles.offsets
        start, stop = int(offsets[lo]), int(offsets[hi])
        if stop == start:
            return
        a = self._multipliers
        x = shingles.hashes[start:stop]
        # Permutations x shingles: each text's shingles are contiguous in a row, which makes
        # minimum.reduceat along axis 1 about ten times faster than along axis 0.
        buf = np.empty((self.num_perm, len(x)), dtype=np.uint64)
        with np.errstate(over="ignore"):
            np.multiply(a[:, None], x[None, :], out=buf)
        local = offsets[lo:hi] - start
        counts = np.diff(offsets[lo : hi + 1])
        nonempty = counts > 0
        mins = np.minimum.reduceat(buf, local[nonempty], axis=1)
        out[lo:hi][nonempty] = (mins.T >> np.uint64(32)).astype(np.uint32)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(n_texts, bands)`` uint64 keys, one per band, combining that band's ``rows`` values."""
    n, num_perm = signatures.shape
    if bands * rows > num_perm:
        raise ValueError(f"bands * rows = {bands * rows} exceeds the signature length {num_perm}")
    rng = np.random.default_rng(0x5EED)
    mult = rng.integers(0, 2**63, size=rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    keys = np.zeros((n, bands), dtype=np.uint64)
    sig = signatures[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    with np.errstate(over="ignore"):
        for j in range(rows):
            keys = keys * np.uint64(0x100000001B3) + sig[:, :, j] * mult[j]
    return keys


def lsh_candidate_pairs(signatures: np.ndarray, bands: int, rows: int, valid: np.ndarray | None = None) -> np.ndarray:
    """Candidate pairs ``(i, j)``, ``i < j``, that share at least one band bucket; shape ``(m, 2)``, sorted.

    Within a bucket each member is paired with the bucket's first member and with its neighbour
    (in row order): enough to connect every bucket for union-find while staying linear in its size.
    ``valid`` masks out rows (e.g. empty texts) that must never be candidates.
    """
    n = signatures.shape[0]
    keys = band_keys(signatures, bands, rows)
    rows_idx = np.arange(n, dtype=np.int64) if valid is None else np.flatnonzero(valid).astype(np.int64)
    return candidates_from_bands((keys[rows_idx, band] for band in range(bands)), rows_idx, n)


def candidates_from_bands(columns: Iterable[np.ndarray], members: np.ndarray, n: int) -> np.ndarray:
    """The candidate pairs of :func:`lsh_candidate_pairs` from one band's keys at a time.

    ``columns`` yields, per band, the keys of the rows ``members`` (row indices below ``n``): only
    one band is in memory at a time, and the pairs found so far are kept as sorted unique codes.
    """
    codes = np.zeros(0, dtype=np.int64)
    for keys in columns:
        order = np.argsort(keys, kind="stable")
        ks, ordered = keys[order], members[order]
        same_as_prev = np.zeros(len(ks), dtype=bool)
        same_as_prev[1:] = ks[1:] == ks[:-1]
        if not same_as_prev.any():
            continue
        run_start = np.maximum.accumulate(np.where(~same_as_prev, np.arange(len(ks)), 0))
        idx = np.flatnonzero(same_as_prev)
        pairs = np.concatenate([
            np.stack([ordered[run_start[idx]], ordered[idx]], axis=1),  # star to the first
            np.stack([ordered[idx - 1], ordered[idx]], axis=1),  # chain to the neighbour
        ])  # fmt: skip
        pairs = np.sort(pairs, axis=1)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        codes = np.union1d(codes, pairs[:, 0] * np.int64(n) + pairs[:, 1])
    return np.stack([codes // n, codes % n], axis=1) if len(codes) else np.zeros((0, 2), dtype=np.int64)


def signature_similarity(signatures: np.ndarray, pairs: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    """Estimated Jaccard similarity of each pair: the share of equal MinHash values."""
    out = np.empty(len(pairs), dtype=np.float64)
    for lo in range(0, len(pairs), chunk):
        p = pairs[lo : lo + chunk]
        out[lo : lo + chunk] = (signatures[p[:, 0]] == signatures[p[:, 1]]).mean(axis=1)
    return out
