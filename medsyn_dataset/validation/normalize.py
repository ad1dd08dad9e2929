"""Text normalisation, word tokens and word shingles hashed to 64-bit integers.

Every stage that compares texts (exact duplicates, MinHash near-duplicates, contamination,
memorisation, the label-noise classifier) works on the same tokens, computed once per corpus by
:func:`tokenize_corpus`. Hashes are derived from BLAKE2b, never from Python's per-process
``hash()``, so two runs give identical numbers.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
# Odd 64-bit multiplier for the polynomial shingle hash (wraps around mod 2**64 by design).
_SHINGLE_MULT = np.uint64(0x9E3779B97F4A7C15)


def normalize_text(text: str) -> str:
    """Lower-case, ``ё`` -> ``е``, words only, single spaces: equal meaning-free variants compare equal."""
    return " ".join(word_tokens(text))


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits), with ``ё`` folded to ``е``."""
    return _WORD_RE.findall(text.lower().replace("ё", "е"))


def text_hash(text: str) -> str:
    """Hex digest of the normalised text: equal for texts that differ only in case, spacing, punctuation."""
    return hashlib.blake2b(normalize_text(text).encode("utf-8"), digest_size=16).hexdigest()


@functools.lru_cache(maxsize=1 << 18)  # every batch hashes its own vocabulary: the common words recur
def stable_hash64(token: str) -> int:
    """A 64-bit hash of a string that is the same in every process."""
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True)
class TokenizedCorpus:
    """Word tokens of many texts as one flat array of token ids plus offsets.

    ``token_ids[offsets[i]:offsets[i + 1]]`` are the tokens of text ``i``; ``vocab[id]`` is the word
    and ``token_hashes[id]`` its stable 64-bit hash.
    """

    token_ids: np.ndarray  # int32, all texts concatenated
    offsets: np.ndarray  # int64, len = n_texts + 1
    vocab: list[str]
    token_hashes: np.ndarray  # uint64, one per vocabulary entry

    @property
    def n_texts(self) -> int:
        return len(self.offsets) - 1

    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    def tokens_of(self, i: int) -> np.ndarray:
        return self.token_ids[self.offsets[i] : self.offsets[i + 1]]


def tokenize_corpus(texts: Sequence[str], vocab: dict[str, int] | None = None) -> TokenizedCorpus:
    """Tokenise ``texts`` into a :class:`TokenizedCorpus`.

    Pass the same ``vocab`` dict to several calls to share token ids between corpora (it is extended
    in place); the hashes do not depend on it.
    """
    vocab = {} if vocab is None else vocab
    ids: list[int] = []
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    setdefault = vocab.setdefault
    for i, text in enumerate(texts):
        tokens = word_tokens(text)
        ids.extend([setdefault(tok, len(vocab)) for tok in tokens])
        offsets[i + 1] = len(ids)
    words = list(vocab)
    hashes = np.fromiter((stable_hash64(w) for w in words), dtype=np.uint64, count=len(words))
    return TokenizedCorpus(np.asarray(ids, dtype=np.int32), offsets, words, hashes)


def _text_digest_bytes(corpus: TokenizedCorpus) -> list[bytes]:
    token_hashes = corpus.token_hashes[corpus.token_ids] if len(corpus.token_ids) else np.zeros(0, np.uint64)
    offsets = corpus.offsets
    return [
        hashlib.blake2b(token_hashes[offsets[i] : offsets[i + 1]].tobytes(), digest_size=16).digest()
        for i in range(corpus.n_texts)
    ]


def corpus_text_hashes(corpus: TokenizedCorpus) -> list[str]:
    """Normalised-text hash of every text, from the tokens already computed (no second tokenisation).

    Equal for texts with the same token sequence, like :func:`text_hash` (but not the same digests).
    """
    return [digest.hex() for digest in _text_digest_bytes(corpus)]


def text_digests(corpus: TokenizedCorpus) -> np.ndarray:
    """The digests of :func:`corpus_text_hashes` as a compact ``(n_texts, 2)`` uint64 array."""
    raw = b"".join(_text_digest_bytes(corpus))
    return np.frombuffer(raw, dtype=np.uint64).reshape(corpus.n_texts, 2).copy()


@dataclass(frozen=True)
class Shingles:
    """Hashed word k-shingles of many texts: ``hashes[offsets[i]:offsets[i + 1]]`` belong to text ``i``.

    Within a text the hashes are kept in text order (duplicates included) so runs of shared
    shingles can be measured; use :meth:`unique_of` for the set.
    """

    hashes: np.ndarray  # uint64
    offsets: np.ndarray  # int64, len = n_texts + 1
    k: int

    @property
    def n_texts(self) -> int:
        return len(self.offsets) - 1

    def of(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i] : self.offsets[i + 1]]

    def unique_of(self, i: int) -> np.ndarray:
        return np.unique(self.of(i))


def word_shingles(corpus: TokenizedCorpus, k: int = 5) -> Shingles:
    """Hashed word ``k``-shingles of every text, vectorised over the whole corpus.

    A text with fewer than ``k`` tokens (but at least one) gets a single shingle of all its tokens,
    so short texts can still be compared; an empty text gets none.
    """
    if k < 1:
        raise ValueError(f"shingle size must be >= 1, got {k}")
    lengths = corpus.lengths()
    tok = corpus.token_hashes[corpus.token_ids] if len(corpus.token_ids) else np.zeros(0, dtype=np.uint64)
    n = len(tok)
    # Polynomial hash of each window of k tokens starting at every position (wrapping uint64 math).
    with np.errstate(over="ignore"):
        window = np.zeros(max(n - k + 1, 0), dtype=np.uint64)
        for j in range(k):
            window = window * _SHINGLE_MULT + tok[j : j + len(window)]
        window ^= window >> np.uint64(29)
    starts = corpus.offsets[:-1]
    per_text = np.where(lengths >= k, lengths - k + 1, (lengths > 0).astype(np.int64))
    out_offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(per_text, out=out_offsets[1:])
    long_mask = lengths >= k
    # Window starts that stay inside their own text.
    idx = np.repeat(starts[long_mask], per_text[long_mask]) + _ranges(per_text[long_mask])
    hashes = np.empty(int(out_offsets[-1]), dtype=np.uint64)
    long_pos = np.repeat(out_offsets[:-1][long_mask], per_text[long_mask]) + _ranges(per_text[long_mask])
    hashes[long_pos] = window[idx] if len(idx) else hashes[long_pos]
    for i in np.flatnonzero(~long_mask & (lengths > 0)):  # short texts: one shingle of all tokens
        h = np.uint64(0)
        with np.errstate(over="ignore"):
            for t in tok[starts[i] : starts[i] + lengths[i]]:
                h = h * _SHINGLE_MULT + t
            h ^= h >> np.uint64(29)
        hashes[out_offsets[i]] = h
    return Shingles(hashes, out_offsets, k)


def _ranges(counts: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(c)`` for every ``c`` in ``counts``."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    reset = np.repeat(ends - counts, counts)
    return np.arange(total, dtype=np.int64) - reset
