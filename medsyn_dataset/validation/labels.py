"""ICD label consistency: code validity and code set, subcode hierarchy, sex/age constraints,
symptom coverage, and label noise from a cross-validated classifier over the corpus itself.
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from medsyn_dataset.knowledge import icd10
from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph
from medsyn_dataset.language.morphology import lemma
from medsyn_dataset.validation.findings import Finding
from medsyn_dataset.validation.normalize import TokenizedCorpus, word_tokens

LABEL_CHECKS: tuple[str, ...] = (
    "invalid_code",
    "code_not_in_set",
    "invalid_subcode",
    "subcode_not_of_category",
    "sex_mismatch",
    "age_mismatch",
    "low_symptom_coverage",
    "label_not_in_top_k",
    "label_issue",
)


@functools.lru_cache(maxsize=65_536)
def _is_valid(code: str) -> bool:
    try:
        return icd10.is_valid(code)
    except Exception:  # malformed strings are simply not valid codes
        return False


def check_code(
    code: str,
    subcode: str | None,
    sex: str | None,
    age: int | None,
    code_set: Collection[str] | None = None,
    mkg: MedicalKnowledgeGraph | None = None,
) -> list[Finding]:
    """Findings about a row's label: validity, code set, subcode hierarchy and the patient's fit."""
    findings: list[Finding] = []
    norm = icd10.normalize_code(code or "")
    if not (_is_valid(norm) and len(norm) == 3) or code != norm:  # "j06 " would be a class name of its own
        findings.append(Finding("invalid_code", code))
    elif code_set is not None and norm not in code_set:
        findings.append(Finding("code_not_in_set", norm))
    target = norm
    if subcode:
        sub = icd10.normalize_code(subcode)
        if sub[:3] != norm:
            findings.append(Finding("subcode_not_of_category", sub))
        elif not _is_valid(sub):
            findings.append(Finding("invalid_subcode", sub))
        else:
            target = sub
    if mkg is not None and (sex or age is not None):
        try:
            limits = mkg.constraints(target)
        except ValueError:
            limits = None
        if limits is not None:
            if sex and limits.sex and limits.sex != sex:
                findings.append(Finding("sex_mismatch", target))
            if age is not None and not limits.min_age <= age <= limits.max_age:
                findings.append(Finding("age_mismatch", target))
    return findings


# ---- symptom coverage ----------------------------------------------------------------------------

_STOP = frozenset(
    "в во на и или с со по при от до без для из к ко о об у за под над не ни а но же ли как что".split()
)


def symptom_lemmas(symptom: str) -> list[str]:
    """Content-word lemmas of a symptom phrase (prepositions, conjunctions and 1-2 letter words dropped)."""
    return list(_symptom_lemmas(symptom))


@functools.lru_cache(maxsize=65_536)
def _symptom_lemmas(symptom: str) -> tuple[str, ...]:
    # the same few thousand knowledge-graph symptoms recur in every row: tokenise each once
    return tuple(lemma(w) for w in word_tokens(symptom) if w not in _STOP and len(w) > 2)


@dataclass(frozen=True)
class SymptomMatcher:
    """Does a note mention a symptom? Lemmas first, then fuzzy lemma matching (rapidfuzz).

    Only note words that share their first three letters with a symptom lemma are lemmatised:
    pymorphy3 costs tens of microseconds a word, and inflection rarely touches the first letters.
    """

    min_word_share: float = 0.5  # share of the symptom's content lemmas the note must contain
    fuzzy_cutoff: float = 85.0  # rapidfuzz ratio for a lemma to count as present

    def _present(self, wanted: str, by_prefix: dict[str, list[str]]) -> bool:
        from rapidfuzz import fuzz

        candidates = by_prefix.get(wanted[:3], ())
        for word in candidates:
            if word == wanted or lemma(word) == wanted:
                return True
        if len(wanted) > 4:
            return any(fuzz.ratio(lemma(word), wanted) >= self.fuzzy_cutoff for word in candidates)
        return False

    def covered(self, symptom: str, by_prefix: dict[str, list[str]]) -> bool:
        wanted = _symptom_lemmas(symptom)
        if not wanted:
            return True
        hits = sum(self._present(w, by_prefix) for w in wanted)
        return hits / len(wanted) >= self.min_word_share - 1e-9

    def coverage(self, symptoms: Sequence[str], note_words: Collection[str]) -> float | None:
        """Share of ``symptoms`` the note mentions; None when there are no symptoms."""
        symptoms = [s for s in symptoms if s and s.strip()]
        if not symptoms:
            return None
        by_prefix: dict[str, list[str]] = {}
        for word in sorted(set(note_words)):
            by_prefix.setdefault(word[:3], []).append(word)
        return sum(self.covered(s, by_prefix) for s in symptoms) / len(symptoms)


def symptom_coverage(
    symptoms_per_row: Sequence[Sequence[str] | None], corpus: TokenizedCorpus, matcher: SymptomMatcher | None = None
) -> list[float | None]:
    """Symptom coverage of every row, using the corpus's tokens."""
    matcher = matcher or SymptomMatcher()
    return [row_coverage(matcher, s, corpus.tokens_of(i), corpus.vocab) for i, s in enumerate(symptoms_per_row)]


def row_coverage(
    matcher: SymptomMatcher, symptoms: Sequence[str] | None, token_ids: np.ndarray, vocab: Sequence[str]
) -> float | None:
    """Symptom coverage of one row from its token ids; None when it has no symptoms."""
    if not symptoms:
        return None
    words = [vocab[t] for t in np.unique(token_ids)]
    return matcher.coverage(list(symptoms), words)


# ---- label noise ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelNoiseResult:
    top_k: list[list[str] | None]  # out-of-fold top-k codes per row (None when the row could not be scored)
    in_top_k: np.ndarray  # bool; True where the label is among the top-k or the row was not scored
    scored: np.ndarray  # bool; rows whose class had enough members to be judged
    label_issue: np.ndarray  # bool; cleanlab's verdict (all False unless asked for)
    top1_accuracy: float | None
    top_k_accuracy: float | None


def _tfidf(corpus: TokenizedCorpus, min_df: int = 2, max_df: float = 0.5) -> Any:
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer

    n = corpus.n_texts
    rows = np.repeat(np.arange(n, dtype=np.int64), corpus.lengths())
    counts = sparse.csr_matrix(
        (np.ones(len(corpus.token_ids), dtype=np.float32), (rows, corpus.token_ids.astype(np.int64))),
        shape=(n, max(len(corpus.vocab), 1)),
    )
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    keep = np.flatnonzero((df >= min_df) & (df <= max(max_df * n, min_df)))
    counts = counts[:, keep]
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).astype(np.float32)


def stratified_folds(labels: Sequence[str], folds: int, seed: int) -> np.ndarray:
    """Fold number per row: each class's rows are shuffled (seeded) and dealt round-robin."""
    rng = np.random.default_rng(seed)
    out = np.zeros(len(labels), dtype=np.int64)
    by_class: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_class.setdefault(label, []).append(i)
    offset = 0
    for label in sorted(by_class):
        members = np.array(by_class[label])
        rng.shuffle(members)
        out[members] = (np.arange(len(members)) + offset) % folds
        offset += len(members)  # spreads small classes over different folds
    return out


def _stratified_sample(rows: np.ndarray, y: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """About ``size`` of ``rows``, the same share of every class and at least one row of each."""
    frac = size / len(rows)
    picked = []
    for label in np.unique(y[rows]):
        members = rows[y[rows] == label]
        take = max(1, math.ceil(len(members) * frac))
        picked.append(rng.choice(members, min(take, len(members)), replace=False))
    return np.sort(np.concatenate(picked))


def label_noise(
    corpus: TokenizedCorpus,
    labels: Sequence[str],
    k: int = 3,
    folds: int = 3,
    seed: int = 0,
    svd_components: int = 64,
    max_iter: int = 20,
    use_cleanlab: bool = False,
    max_train_rows: int = 6_000,
) -> LabelNoiseResult:
    """Out-of-fold top-``k`` predictions of a TF-IDF + logistic-regression classifier.

    TF-IDF comes from the corpus's own tokens; a seeded truncated SVD (fitted without labels)
    shrinks it to ``svd_components`` dense dimensions so the multinomial logistic regression
    (SAG solver, ``max_iter`` epochs) trains in seconds; the SVD is fitted on, and each fold's model trained on, at most
    ``max_train_rows`` rows (a seeded sample), so the cost stays flat on large corpora. A row is
    judged only when its class has at least ``folds`` members (so every fold's model has seen it).
    """
    n = len(labels)
    labels_arr = np.asarray(labels, dtype=object)
    classes, counts = np.unique(labels_arr.astype(str), return_counts=True)
    judged_classes = set(classes[counts >= max(folds, 2)].tolist())
    scored = np.array([label in judged_classes for label in labels_arr], dtype=bool)
    empty = LabelNoiseResult([None] * n, np.ones(n, bool), np.zeros(n, bool), np.zeros(n, bool), None, None)
    if len(judged_classes) < 2 or n < 2 * folds:
        return empty
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    tfidf = _tfidf(corpus)
    n_comp = min(svd_components, tfidf.shape[1] - 1, n - 1)
    if n_comp < 2:
        return empty
    rng = np.random.default_rng(seed)
    fit_rows = np.sort(rng.permutation(n)[:max_train_rows]) if n > max_train_rows else np.arange(n)
    svd = TruncatedSVD(n_comp, n_iter=3, random_state=seed).fit(tfidf[fit_rows])
    features = normalize(svd.transform(tfidf))
    fold_of = stratified_folds([str(x) for x in labels_arr], folds, seed)
    class_index = {c: i for i, c in enumerate(classes.tolist())}
    y = np.array([class_index[str(x)] for x in labels_arr])
    probs = _out_of_fold_probabilities(
        features, y, fold_of, folds, scored, len(classes), max_train_rows, max_iter, seed, rng
    )
    k = min(k, len(classes))
    top = np.argsort(-probs, axis=1, kind="stable")[:, :k]
    in_top = (top == y[:, None]).any(axis=1)
    top_codes: list[list[str] | None] = [[classes[j] for j in row] for row in top]
    label_issue = _cleanlab_issues(probs, y, scored) if use_cleanlab and scored.any() else np.zeros(n, dtype=bool)
    top1 = float((top[scored, 0] == y[scored]).mean()) if scored.any() else None
    topk = float(in_top[scored].mean()) if scored.any() else None
    return LabelNoiseResult(
        top_k=top_codes,
        in_top_k=in_top | ~scored,
        scored=scored,
        label_issue=label_issue,
        top1_accuracy=top1,
        top_k_accuracy=topk if not math.isnan(topk or 0.0) else None,
    )


def _out_of_fold_probabilities(
    features: np.ndarray,
    y: np.ndarray,
    fold_of: np.ndarray,
    folds: int,
    scored: np.ndarray,
    n_classes: int,
    max_train_rows: int,
    max_iter: int,
    seed: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Class probabilities of every row from the model trained on the other folds (rare classes not learnt)."""
    probs = np.zeros((len(y), n_classes), dtype=np.float64)
    for fold in range(folds):
        test = fold_of == fold
        train_idx = fold_training_rows(fold_of, fold, scored, y, max_train_rows, rng)
        if train_idx is None:
            continue
        model = fit_fold_model(features[train_idx], y[train_idx], max_iter, seed)
        probs[np.ix_(np.flatnonzero(test), model.classes_)] = model.predict_proba(features[test])
    return probs


def fold_training_rows(
    fold_of: np.ndarray, fold: int, scored: np.ndarray, y: np.ndarray, max_train_rows: int, rng: np.random.Generator
) -> np.ndarray | None:
    """The rows fold ``fold``'s model learns from (the other folds' scored rows, a stratified sample
    of at most ``max_train_rows``), or None when they hold fewer than two classes."""
    train_idx = np.flatnonzero((fold_of != fold) & scored)
    if len(train_idx) > max_train_rows:
        train_idx = _stratified_sample(train_idx, y, max_train_rows, rng)
    return train_idx if len(np.unique(y[train_idx])) >= 2 else None


def fit_fold_model(features: np.ndarray, y: np.ndarray, max_iter: int, seed: int) -> Any:
    """One fold's multinomial logistic regression."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    # SAG, not L-BFGS: with ~200 classes scipy's L-BFGS-B step itself dominated (3x slower
    # for the same out-of-fold top-3 accuracy); a few epochs are enough for a ranking.
    model = LogisticRegression(C=10.0, solver="sag", max_iter=max_iter, tol=1e-3, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, y)
    return model


def _cleanlab_issues(probs: np.ndarray, y: np.ndarray, scored: np.ndarray) -> np.ndarray:
    """cleanlab's ``find_label_issues`` over the scored rows (bool per row)."""
    try:
        from cleanlab.filter import find_label_issues
    except ImportError:
        raise ImportError(
            "the policy asks for cleanlab (label_noise.use_cleanlab) but it is not installed: "
            "pip install 'medsyn-dataset[cleanlab]'"
        ) from None

    label_issue = np.zeros(len(y), dtype=bool)
    idx = np.flatnonzero(scored)
    sub = probs[idx][:, sorted({int(v) for v in y[idx]})]
    remap = {c: i for i, c in enumerate(sorted({int(v) for v in y[idx]}))}
    sub = sub / np.clip(sub.sum(axis=1, keepdims=True), 1e-12, None)
    # n_jobs=1: cleanlab would otherwise fork a multiprocessing pool from inside a process that already
    # has threads (and, in validate, worker pools of its own); a fork from a threaded process can hang
    # (seen under pytest-xdist: the pool's join never returned). The result is the same either way.
    label_issue[idx] = find_label_issues(np.array([remap[int(v)] for v in y[idx]]), sub, n_jobs=1)
    return label_issue
