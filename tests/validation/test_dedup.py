"""MinHash + LSH near-duplicates, optimal_param, exact duplicates."""

from __future__ import annotations

import numpy as np
import pytest

from medsyn_dataset.validation.dedup import connected_components, exact_duplicates, find_duplicates
from medsyn_dataset.validation.minhash import (
    MinHasher,
    lsh_candidate_pairs,
    optimal_param,
    signature_similarity,
)
from medsyn_dataset.validation.normalize import normalize_text, text_hash, tokenize_corpus, word_shingles

WORDS = (
    "пациент жалуется на боль в груди кашель одышку слабость температуру головную боль тошноту рвоту "
    "головокружение снижение аппетита нарушение сна отеки ног сердцебиение потливость озноб зуд сыпь "
    "боли в суставах скованность по утрам снижение веса жажда сухость во рту частое мочеиспускание"
).split()


def random_text(rng: np.random.Generator, n_words: int = 200) -> str:
    return " ".join(rng.choice(WORDS, n_words))


def mutate(text: str, rng: np.random.Generator, share: float) -> str:
    """Replace ``share`` of the words at random positions."""
    words = text.split()
    for pos in rng.choice(len(words), int(len(words) * share), replace=False):
        words[pos] = f"слово{rng.integers(10**6)}"
    return " ".join(words)


def dedup(texts: list[str], threshold: float = 0.8):  # type: ignore[no-untyped-def]
    shingles = word_shingles(tokenize_corpus(texts), 5)
    return find_duplicates([text_hash(t) for t in texts], shingles, threshold=threshold, num_perm=128, seed=7)


@pytest.mark.parametrize("num_perm", [64, 128, 256])
def test_optimal_param_uses_every_permutation(num_perm: int) -> None:
    for threshold in (0.5, 0.7, 0.8, 0.9):
        bands, rows = optimal_param(threshold, num_perm)
        assert bands * rows == num_perm


def test_optimal_param_moves_with_the_threshold() -> None:
    # A higher threshold needs more rows per band (a steeper S-curve further right).
    low, high = optimal_param(0.5, 128), optimal_param(0.9, 128)
    assert low != high
    assert high[1] > low[1]
    # The S-curve's midpoint (1/b)^(1/r) lies near the chosen threshold.
    for threshold in (0.5, 0.8, 0.9):
        b, r = optimal_param(threshold, 128)
        assert abs((1 / b) ** (1 / r) - threshold) < 0.15


def test_optimal_param_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        optimal_param(0.0, 128)
    with pytest.raises(ValueError):
        optimal_param(0.8, 0)


def test_signatures_are_seeded_and_estimate_jaccard() -> None:
    rng = np.random.default_rng(0)
    a = random_text(rng, 400)
    b = mutate(a, rng, 0.03)
    sh = word_shingles(tokenize_corpus([a, b]), 5)
    sig1 = MinHasher(256, seed=3).signatures(sh)
    sig2 = MinHasher(256, seed=3).signatures(sh)
    assert np.array_equal(sig1, sig2)
    assert not np.array_equal(sig1, MinHasher(256, seed=4).signatures(sh))
    set_a, set_b = set(sh.of(0).tolist()), set(sh.of(1).tolist())
    true_j = len(set_a & set_b) / len(set_a | set_b)
    est = signature_similarity(sig1, np.array([[0, 1]]))[0]
    assert abs(est - true_j) < 0.1


def test_planted_near_duplicates_cluster_and_others_do_not() -> None:
    rng = np.random.default_rng(1)
    base = [random_text(rng) for _ in range(40)]
    planted = [mutate(base[i], rng, 0.01) for i in range(10)]  # Jaccard ~0.9 on 5-shingles
    loose = mutate(base[10], rng, 0.3)  # far below the threshold
    texts = base + planted + [loose]
    result = dedup(texts)
    for i in range(10):
        assert result.cluster[i] >= 0 and result.cluster[i] == result.cluster[40 + i]
    assert result.cluster[50] == -1 or result.cluster[50] != result.cluster[10]
    assert (result.cluster[11:40] == -1).all()
    # One representative per cluster, and it is a member.
    for c in np.unique(result.cluster[result.cluster >= 0]):
        members = np.flatnonzero(result.cluster == c)
        reps = {int(result.representative[m]) for m in members}
        assert len(reps) == 1 and reps.pop() in members
        assert result.is_representative[members].sum() == 1


def test_exact_duplicates_ignore_case_and_punctuation() -> None:
    texts = ["Кашель, температура 38.", "кашель температура 38", "Совсем другой текст про боль в спине"]
    assert normalize_text(texts[0]) == normalize_text(texts[1])
    assert exact_duplicates([text_hash(t) for t in texts]).tolist() == [-1, 0, -1]
    result = dedup(texts)
    assert result.cluster[0] == result.cluster[1] >= 0
    assert result.cluster[2] == -1


def test_representative_prefers_low_priority() -> None:
    rng = np.random.default_rng(2)
    a = random_text(rng)
    texts = [a, a, random_text(rng)]
    sh = word_shingles(tokenize_corpus(texts), 5)
    result = find_duplicates([text_hash(t) for t in texts], sh, priority=np.array([1, 0, 0]))
    assert result.representative[0] == 1 and result.representative[1] == 1


def test_lsh_candidates_skip_masked_rows() -> None:
    sig = np.zeros((3, 16), dtype=np.uint32)
    pairs = lsh_candidate_pairs(sig, 4, 4, valid=np.array([True, False, True]))
    assert pairs.tolist() == [[0, 2]]


def test_connected_components_roots_are_smallest_member() -> None:
    roots = connected_components(5, np.array([[3, 4], [1, 4]]))
    assert roots.tolist() == [0, 1, 2, 1, 1]
