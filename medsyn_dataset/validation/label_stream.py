"""Label noise from compact state: :func:`~medsyn_dataset.validation.labels.label_noise`, streamed.

The in-memory :func:`~.labels.label_noise` holds the corpus's token ids, its TF-IDF matrix and an
``n x classes`` probability matrix. :class:`LabelNoiseState` computes the same predictions from
state that is either small or on disk:

* per batch (:func:`token_counts`, where the batch is checked): each row's distinct words and
  their counts, with the batch's own vocabulary;
* in corpus order (:meth:`LabelNoiseState.observe`): one vocabulary for the corpus (ids in order
  of first occurrence, as the in-memory tokenisation gives them), the document frequency of every
  word, each row's label, and the rows' (word id, count) entries appended to disk;
* at the end (:meth:`LabelNoiseState.finalize`): the TF-IDF of any rows rebuilt from the entries
  and the document frequencies, the SVD fitted on the same seeded sample, every row's features
  computed a chunk at a time (to disk), the fold models trained on the same samples, and the
  predictions made a chunk of rows at a time, keeping each row's top k.

Every step is the in-memory one applied to a subset of rows, so the results are the same (tested);
the one place where chunking could show is the prediction of corpora larger than
:data:`PREDICT_ROWS`, whose fold models predict a chunk at a time (BLAS may round a product of a
different shape differently in the last bit, which can swap two near-equal classes in a ranking).
Memory: the vocabulary, the document frequencies and a few arrays of one number per row. With
``use_cleanlab`` the probability matrix is written to disk and cleanlab reads it whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from medsyn_dataset.validation.labels import _cleanlab_issues, fit_fold_model, fold_training_rows
from medsyn_dataset.validation.normalize import TokenizedCorpus
from medsyn_dataset.validation.spill import AppendArray

#: Rows whose features are computed, and predicted, at a time.
PREDICT_ROWS = 65_536
_MIN_DF, _MAX_DF = 2, 0.5  # the in-memory TF-IDF's document-frequency limits


@dataclass(frozen=True)
class TokenCounts:
    """The distinct words of each row of a batch and their counts (ids into ``vocab``)."""

    vocab: list[str]
    lengths: np.ndarray  # int64 per row: distinct words
    ids: np.ndarray  # int64, the rows' words one row after another
    counts: np.ndarray  # float32, aligned with ids


def token_counts(corpus: TokenizedCorpus) -> TokenCounts:
    """:class:`TokenCounts` of a batch's tokens."""
    n, width = corpus.n_texts, max(len(corpus.vocab), 1)
    rows = np.repeat(np.arange(n, dtype=np.int64), corpus.lengths())
    codes, counts = np.unique(rows * width + corpus.token_ids.astype(np.int64), return_counts=True)
    lengths = np.bincount(codes // width, minlength=n).astype(np.int64)
    return TokenCounts(corpus.vocab, lengths, codes % width, counts.astype(np.float32))


@dataclass(frozen=True)
class LabelStreamResult:
    """What :func:`~.labels.label_noise` returns, as compact arrays."""

    classes: list[str]
    top: np.ndarray | None  # (n, k) class indices of each row's top k; None when nothing was scored
    in_top_k: np.ndarray
    scored: np.ndarray
    label_issue: np.ndarray
    top1_accuracy: float | None
    top_k_accuracy: float | None


class LabelNoiseState:
    """The label-noise classifier's compact state; ``spill(name, width, dtype)`` makes its on-disk arrays."""

    def __init__(self, spill: Any) -> None:
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(1024, dtype=np.int64)
        self.codes: dict[str, int] = {}
        self.labels = spill("label-noise-labels", 1, np.int32)
        self.lengths = spill("label-noise-lengths", 1, np.int64)
        self.ids = spill("label-noise-ids", 1, np.int32)
        self.counts = spill("label-noise-counts", 1, np.float32)
        self._spill = spill
        self._starts: np.ndarray | None = None

    @property
    def rows(self) -> int:
        return self.labels.rows

    def observe(self, codes: Sequence[str], counts: TokenCounts) -> None:
        """Take in a batch's labels and word counts (batches in corpus order)."""
        self.labels.append(np.array([self.codes.setdefault(str(c), len(self.codes)) for c in codes], dtype=np.int32))
        setdefault = self.vocab.setdefault
        to_corpus = np.array([setdefault(w, len(self.vocab)) for w in counts.vocab], dtype=np.int64)
        ids = to_corpus[counts.ids] if len(counts.ids) else np.zeros(0, np.int64)
        if len(self.vocab) > len(self.df):
            self.df = np.concatenate([self.df, np.zeros(max(len(self.vocab), 2 * len(self.df)) - len(self.df), np.int64)])
        found = np.bincount(ids)  # each (row, word) entry once: the document frequency
        self.df[: len(found)] += found
        self.lengths.append(counts.lengths)
        self.ids.append(ids.astype(np.int32))
        self.counts.append(counts.counts)

    def close(self) -> None:
        for spill in (self.labels, self.lengths, self.ids, self.counts):
            spill.close()

    # ---- finalize ------------------------------------------------------------------------------

    def finalize(
        self, k: int, folds: int, seed: int, svd_components: int, max_iter: int, use_cleanlab: bool, max_train_rows: int
    ) -> LabelStreamResult:
        """The predictions of :func:`~.labels.label_noise` with the same settings."""
        n = self.rows
        names = list(self.codes)
        classes = sorted(set(names))
        to_class = np.array([classes.index(c) for c in names] or [0], dtype=np.int64)
        y = to_class[self.labels.read()[:, 0]] if n else np.zeros(0, np.int64)
        sizes = np.bincount(y, minlength=len(classes))
        judged = sizes >= max(folds, 2)
        scored = judged[y] if n else np.zeros(0, bool)
        empty = LabelStreamResult(classes, None, np.ones(n, bool), np.zeros(n, bool), np.zeros(n, bool), None, None)
        if int(judged.sum()) < 2 or n < 2 * folds:
            return empty
        tfidf = _TfidfRows(self, n)
        n_comp = min(svd_components, len(tfidf.keep) - 1, n - 1)
        if n_comp < 2:
            return empty
        from sklearn.decomposition import TruncatedSVD

        rng = np.random.default_rng(seed)
        fit_rows = np.sort(rng.permutation(n)[:max_train_rows]) if n > max_train_rows else np.arange(n)
        svd = TruncatedSVD(n_comp, n_iter=3, random_state=seed).fit(tfidf.rows(fit_rows))
        features = self._features(tfidf, svd)
        fold_of = stratified_folds_of(y, len(classes), folds, seed)
        models = []
        for fold in range(folds):
            train = fold_training_rows(fold_of, fold, scored, y, max_train_rows, rng)
            models.append(None if train is None else fit_fold_model(features.take(train), y[train], max_iter, seed))
        return self._predict(features, models, fold_of, y, scored, classes, min(k, len(classes)), use_cleanlab)

    def _features(self, tfidf: _TfidfRows, svd: Any) -> AppendArray:
        from sklearn.preprocessing import normalize

        features: AppendArray | None = None
        for lo in range(0, tfidf.n, PREDICT_ROWS):
            chunk = normalize(svd.transform(tfidf.rows(np.arange(lo, min(lo + PREDICT_ROWS, tfidf.n)))))
            if features is None:
                features = self._spill("label-noise-features", chunk.shape[1], chunk.dtype)
            features.append(chunk)
        assert features is not None
        return features

    def _predict(
        self, features: AppendArray, models: list[Any], fold_of: np.ndarray, y: np.ndarray, scored: np.ndarray,
        classes: list[str], k: int, use_cleanlab: bool,
    ) -> LabelStreamResult:  # fmt: skip
        n = len(y)
        top = np.zeros((n, k), dtype=np.int32)
        probs_spill = self._spill("label-noise-probabilities", len(classes), np.float64) if use_cleanlab else None
        for lo, chunk in features.chunks(PREDICT_ROWS):
            probs = np.zeros((len(chunk), len(classes)), dtype=np.float64)
            folds_here = fold_of[lo : lo + len(chunk)]
            for fold, model in enumerate(models):
                test = np.flatnonzero(folds_here == fold)
                if model is not None and len(test):
                    probs[np.ix_(test, model.classes_)] = model.predict_proba(chunk[test])
            top[lo : lo + len(chunk)] = np.argsort(-probs, axis=1, kind="stable")[:, :k]
            if probs_spill is not None:
                probs_spill.append(probs)
        in_top = (top == y[:, None]).any(axis=1)
        label_issue = np.zeros(n, dtype=bool)
        if probs_spill is not None and scored.any():
            label_issue = _cleanlab_issues(probs_spill.read(), y, scored)
        top1 = float((top[scored, 0] == y[scored]).mean()) if scored.any() else None
        topk = float(in_top[scored].mean()) if scored.any() else None
        return LabelStreamResult(
            classes, top, in_top | ~scored, scored, label_issue, top1, topk if not math.isnan(topk or 0.0) else None
        )


class _TfidfRows:
    """TF-IDF rows of the corpus rebuilt from the spilled entries, exactly as the in-memory
    :func:`~.labels._tfidf` computes them (sublinear tf, smoothed idf, L2 norm, float32)."""

    def __init__(self, state: LabelNoiseState, n: int) -> None:
        self.state, self.n = state, n
        self.width = max(len(state.vocab), 1)
        df = state.df[: self.width]
        self.keep = np.flatnonzero((df >= _MIN_DF) & (df <= max(_MAX_DF * n, _MIN_DF)))
        self.idf = smoothed_idf(df[self.keep], n)
        self.starts = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(state.lengths.read()[:, 0], out=self.starts[1:])

    def rows(self, rows: np.ndarray) -> Any:
        from scipy import sparse
        from sklearn.preprocessing import normalize

        lo, hi = self.starts[rows], self.starts[rows + 1]
        ids, counts = self.state.ids.read_ranges(lo, hi)[:, 0], self.state.counts.read_ranges(lo, hi)[:, 0]
        row_of = np.repeat(np.arange(len(rows), dtype=np.int64), hi - lo)
        matrix = sparse.csr_matrix((counts, (row_of, ids.astype(np.int64))), shape=(len(rows), self.width))
        matrix.sum_duplicates()
        x = matrix[:, self.keep]
        x = x.astype(np.float32, copy=True)
        np.log(x.data, x.data)
        x.data += 1.0
        x.data *= self.idf[x.indices]
        return normalize(x, norm="l2", copy=False).astype(np.float32)


def smoothed_idf(df: np.ndarray, n: int) -> np.ndarray:
    """scikit-learn's ``TfidfTransformer(smooth_idf=True)`` idf of float32 counts, step by step."""
    d = df.astype(np.float32)
    d += 1.0
    idf = np.full_like(d, fill_value=n + 1, dtype=np.float32)
    idf /= d
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def stratified_folds_of(y: np.ndarray, n_classes: int, folds: int, seed: int) -> np.ndarray:
    """:func:`~.labels.stratified_folds` of rows given as class indices (classes in sorted label order)."""
    rng = np.random.default_rng(seed)
    out = np.zeros(len(y), dtype=np.int64)
    by_class = np.argsort(y, kind="stable")  # each class's rows in row order
    bounds = np.concatenate([[0], np.cumsum(np.bincount(y, minlength=n_classes))])
    offset = 0
    for c in range(n_classes):
        members = by_class[bounds[c] : bounds[c + 1]].astype(np.int64)
        if not len(members):
            continue
        rng.shuffle(members)
        out[members] = (np.arange(len(members)) + offset) % folds
        offset += len(members)
    return out
