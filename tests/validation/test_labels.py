"""ICD label consistency: codes, subcodes, sex/age, symptom coverage, label noise."""

from __future__ import annotations

import numpy as np

from medsyn_dataset.knowledge.mkg import MedicalKnowledgeGraph, Triple
from medsyn_dataset.validation.labels import SymptomMatcher, check_code, label_noise, stratified_folds
from medsyn_dataset.validation.normalize import tokenize_corpus, word_tokens

MKG = MedicalKnowledgeGraph(
    [
        Triple("N40", "has_symptom", "учащенное мочеиспускание"),
        Triple("N40", "sex", "male"),
        Triple("N40", "min_age", "40"),
        Triple("J18", "has_symptom", "кашель"),
    ]
)


def found(*args, **kwargs) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.check for f in check_code(*args, mkg=MKG, **kwargs)}


def test_valid_label_has_no_findings() -> None:
    assert found("N40", None, "male", 60) == set()
    assert found("J18", "J18.9", "female", 30, code_set={"J18", "N40"}) == set()


def test_sex_and_age_mismatch() -> None:
    assert "sex_mismatch" in found("N40", None, "female", 60)
    assert "age_mismatch" in found("N40", None, "male", 25)
    detail = next(f for f in check_code("N40", None, "female", 60, mkg=MKG) if f.check == "sex_mismatch").detail
    assert detail == "N40"


def test_default_mkg_knows_n40_is_male_only() -> None:
    from medsyn_dataset.knowledge.mkg import default_mkg

    assert "sex_mismatch" in {f.check for f in check_code("N40", None, "female", 60, mkg=default_mkg())}


def test_invalid_codes_subcodes_and_code_set() -> None:
    assert "invalid_code" in found("X9Z", None, None, None)
    assert "invalid_code" in found("Q99.99", None, None, None)
    assert "subcode_not_of_category" in found("J18", "K35.8", None, None)
    assert "invalid_subcode" in found("E11", "E11.99", None, None)  # US-style subcode, not ICD-10
    assert "code_not_in_set" in found("J18", None, None, None, code_set={"N40"})


def test_symptom_coverage_uses_lemmas_and_fuzzy_matching() -> None:
    matcher = SymptomMatcher()
    words = word_tokens("Жалобы на сильные головные боли и кашель с мокротой, тошноту по утрам.")
    assert matcher.coverage(["головная боль", "кашель", "тошнота"], words) == 1.0
    assert matcher.coverage(["головная боль", "отеки ног"], words) == 0.5
    assert matcher.coverage([], words) is None


def test_stratified_folds_spread_each_class() -> None:
    labels = ["a"] * 9 + ["b"] * 3
    folds = stratified_folds(labels, 3, seed=0)
    assert sorted(np.bincount(folds[:9]).tolist()) == [3, 3, 3]
    assert sorted(folds[9:].tolist()) == [0, 1, 2]
    assert np.array_equal(folds, stratified_folds(labels, 3, seed=0))


_CLASS_WORDS = {
    "J18": "кашель мокрота температура хрипы пневмония рентгенография легкие одышка".split(),
    "N40": "мочеиспускание простата ночное струя учащенное урология предстательная задержка".split(),
    "K35": "живот аппендицит правая подвздошная тошнота рвота хирург боль".split(),
}


def _three_class_notes(seed: int) -> tuple[list[str], list[str]]:
    """30 notes of 40 random words per code, each code with its own vocabulary."""
    rng = np.random.default_rng(seed)
    texts, labels = [], []
    for code, words in _CLASS_WORDS.items():
        for _ in range(30):
            texts.append(" ".join(rng.choice(words, 40)))
            labels.append(code)
    return texts, labels


def test_label_noise_flags_a_mislabelled_note() -> None:
    texts, labels = _three_class_notes(seed=0)
    labels[0] = "N40"  # a pneumonia note labelled as prostate hyperplasia
    result = label_noise(tokenize_corpus(texts), labels, k=1, folds=3, seed=0, svd_components=8)
    assert not result.in_top_k[0]
    assert result.top_k[0] == ["J18"]
    assert result.in_top_k[1:].mean() > 0.95
    assert result.top1_accuracy is not None and result.top1_accuracy > 0.9


def test_cleanlab_verdicts_are_optional() -> None:
    texts, labels = _three_class_notes(seed=1)
    labels[0] = "K35"
    corpus = tokenize_corpus(texts)
    plain = label_noise(corpus, labels, k=1, folds=3, seed=0, svd_components=8)
    assert not plain.label_issue.any()
    with_cleanlab = label_noise(corpus, labels, k=1, folds=3, seed=0, svd_components=8, use_cleanlab=True)
    assert with_cleanlab.label_issue[0]
    assert with_cleanlab.label_issue.sum() <= 3
