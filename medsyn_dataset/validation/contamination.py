"""Contamination (notes that duplicate evaluation texts) and memorisation (notes that copy real notes).

Both compare every note's word shingles with those of a pool of outside texts through one sorted
shingle index: for each note the pool text sharing the most shingles is found, with exact
Jaccard similarity, containment both ways and the longest shared word n-gram. Shingles that occur
in very many pool texts (boilerplate such as "жалобы на боль в") are left out of the index: they
say nothing about copying.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medsyn_dataset.io import iter_jsonl, iter_parquet_batches, read_json, read_text
from medsyn_dataset.validation.normalize import Shingles, _ranges

TEXT_COLUMNS: tuple[str, ...] = ("text", "response", "symptoms", "note", "content")
ID_COLUMNS: tuple[str, ...] = ("id", "idx", "record_id", "uid", "UID")


@dataclass(frozen=True, slots=True)
class OutsideText:
    id: str
    text: str


def _pick(row: dict, names: Sequence[str]) -> str | None:
    for name in names:
        if name in row and row[name] is not None:
            return name
    return None


def load_texts(path: str | os.PathLike[str]) -> list[OutsideText]:
    """Texts with ids from a ``.jsonl``, ``.json`` (list of objects), ``.parquet`` or ``.txt`` file.

    The text is the first present field of :data:`TEXT_COLUMNS` (RuMedTop3 keeps its note text in
    ``symptoms``), the id the first of :data:`ID_COLUMNS`, else ``<file name>:<row>``. A ``.txt``
    file holds one text per line. Problems raise ``ValueError`` naming the file, the row and the field.
    """
    return list(iter_texts(path))


def first_text(path: str | os.PathLike[str]) -> OutsideText:
    """The first text of a file (checks that it exists, has a known type and a readable first record)."""
    for text in iter_texts(path):
        return text
    raise ValueError(f"{path}: no texts")


def iter_texts(path: str | os.PathLike[str]) -> Iterator[OutsideText]:
    """The texts of :func:`load_texts`, one at a time."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such text file")
    suffix = path.suffix.lower()
    rows: Iterable[tuple[int, dict]]
    if suffix == ".txt":
        lines = read_text(path).splitlines()
        yield from (OutsideText(f"{path.name}:{i}", line) for i, line in enumerate(lines, start=1) if line.strip())
        return
    if suffix == ".jsonl":
        rows = ((i, obj) for i, (_, obj) in enumerate(iter_jsonl(path), start=1))
    elif suffix == ".json":
        data = read_json(path)
        if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
            raise ValueError(f"{path}: expected a JSON list of objects")
        rows = enumerate(data, start=1)
    elif suffix == ".parquet":
        rows = enumerate((row for batch in iter_parquet_batches(path) for row in batch.to_pylist()), start=1)
    else:
        raise ValueError(f"{path}: unsupported text file type {suffix!r}; use .jsonl, .json, .parquet or .txt")
    for i, row in rows:
        text_col = _pick(row, TEXT_COLUMNS)
        if text_col is None:
            raise ValueError(f"{path}: row {i}: no text field (looked for {', '.join(TEXT_COLUMNS)})")
        text = row[text_col]
        if not isinstance(text, str):
            raise ValueError(f"{path}: row {i}, field {text_col!r}: expected a string, got {type(text).__name__}")
        id_col = _pick(row, ID_COLUMNS)
        yield OutsideText(str(row[id_col]) if id_col else f"{path.name}:{i}", text)


@dataclass(frozen=True)
class OverlapResult:
    """For each note, its best-matching outside text and how much they share (arrays of length n)."""

    best: np.ndarray  # int64 index into the outside texts, -1 when nothing is shared
    shared: np.ndarray  # int64 shared distinct shingles
    jaccard: np.ndarray  # float64 exact Jaccard of the shingle sets
    containment_outside: np.ndarray  # share of the outside text's shingles found in the note
    containment_note: np.ndarray  # share of the note's shingles found in the outside text
    longest_ngram: np.ndarray  # int64 longest shared run of words (0 when nothing is shared)


def _unique_pairs(shingles: Shingles) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (text, shingle hash) pairs, sorted by hash then text."""
    text_of = np.repeat(np.arange(shingles.n_texts, dtype=np.int64), np.diff(shingles.offsets))
    order = np.lexsort((text_of, shingles.hashes))
    h, t = shingles.hashes[order], text_of[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (t[1:] != t[:-1])
    return h[keep], t[keep]


class OutsideIndex:
    """The distinct shingles of a pool of outside texts, sorted, without boilerplate: built once,
    queried batch by batch (a note's best match depends only on the note and the pool).

    Shingles that occur in more than ``max_texts_per_shingle`` outside texts are left out of the
    index (they say nothing about copying); the texts' sizes count every distinct shingle.
    """

    def __init__(self, outside: Shingles, max_texts_per_shingle: int = 50) -> None:
        self.outside = outside
        out_h, out_t = _unique_pairs(outside)
        self.sizes = np.bincount(out_t, minlength=outside.n_texts)
        starts = np.flatnonzero(np.r_[True, out_h[1:] != out_h[:-1]]) if len(out_h) else np.zeros(0, np.int64)
        run_len = np.diff(np.r_[starts, len(out_h)])
        common = np.repeat(run_len > max_texts_per_shingle, run_len)
        self.hashes, self.texts = out_h[~common], out_t[~common]

    def overlap(self, notes: Shingles) -> OverlapResult:
        """Best outside match of every note by shared distinct shingles (ties: the lower outside index)."""
        n, n_out = notes.n_texts, self.outside.n_texts
        best = np.full(n, -1, dtype=np.int64)
        shared_best = np.zeros(n, dtype=np.int64)
        empty_f = np.zeros(n, dtype=np.float64)
        result = OverlapResult(best, shared_best, empty_f.copy(), empty_f.copy(), empty_f.copy(), np.zeros(n, np.int64))
        if n_out == 0 or n == 0:
            return result
        note_h, note_t = _unique_pairs(notes)
        note_sizes = np.bincount(note_t, minlength=n)
        lo = np.searchsorted(self.hashes, note_h, side="left")
        hits = np.searchsorted(self.hashes, note_h, side="right") - lo
        if not hits.any():
            return result
        pair_note = np.repeat(note_t, hits)
        pair_out = self.texts[np.repeat(lo, hits) + _ranges(hits)]
        codes, counts = np.unique(pair_note * np.int64(n_out) + pair_out, return_counts=True)
        p_note, p_out = codes // n_out, codes % n_out
        # Best per note: most shared; ties -> lower outside index (codes are sorted by note, then outside).
        order = np.lexsort((p_out, -counts, p_note))
        first = np.ones(len(order), dtype=bool)
        first[1:] = p_note[order][1:] != p_note[order][:-1]
        chosen = order[first]
        notes_hit = p_note[chosen]
        best[notes_hit] = p_out[chosen]
        shared_best[notes_hit] = counts[chosen]
        sizes_n, sizes_o = note_sizes[notes_hit], self.sizes[best[notes_hit]]
        result.jaccard[notes_hit] = counts[chosen] / np.maximum(sizes_n + sizes_o - counts[chosen], 1)
        result.containment_outside[notes_hit] = counts[chosen] / np.maximum(sizes_o, 1)
        result.containment_note[notes_hit] = counts[chosen] / np.maximum(sizes_n, 1)
        for i in notes_hit.tolist():
            result.longest_ngram[i] = longest_shared_ngram(notes.of(i), self.outside.unique_of(int(best[i])), notes.k)
        return result


def outside_shingles(texts: Sequence[OutsideText], shingle_size: int) -> Shingles:
    """Word shingles of outside texts (hashed like the corpus's: the same words give the same hashes)."""
    from medsyn_dataset.validation.normalize import tokenize_corpus, word_shingles

    return word_shingles(tokenize_corpus([t.text for t in texts]), shingle_size)


def overlap(notes: Shingles, outside: Shingles, max_texts_per_shingle: int = 50) -> OverlapResult:
    """Best outside match of every note by shared distinct shingles (ties: the lower outside index)."""
    return OutsideIndex(outside, max_texts_per_shingle).overlap(notes)


def longest_shared_ngram(note_hashes: np.ndarray, outside_set: np.ndarray, k: int) -> int:
    """Longest run of consecutive note shingles found in the outside set, in words (run + k - 1)."""
    if len(note_hashes) == 0 or len(outside_set) == 0:
        return 0
    present = np.isin(note_hashes, outside_set)
    if not present.any():
        return 0
    padded = np.r_[False, present, False].astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    run = int((edges[1::2] - edges[::2]).max())
    return run + k - 1
