from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score, recall_score, top_k_accuracy_score

from medsyn_dataset.benchmark.metrics import compute_metrics, hit_at_k, load_metric, macro_f1, per_code_recall


def test_hand_computed_case():
    references = ["A", "B", "B", "C"]
    ranked = [["A", "B", "C"], ["A", "B", "C"], ["C", "A", "B"], ["C", "B"]]
    assert hit_at_k(references, ranked, 1) == 0.5  # items 1 and 4
    assert hit_at_k(references, ranked, 2) == 0.75  # + item 2
    assert hit_at_k(references, ranked, 3) == 1.0
    top1 = [r[0] for r in ranked]  # A A C C
    # A: tp1 fp1 fn0 -> 2/3; B: tp0 fp0 fn2 -> 0; C: tp1 fp1 fn0 -> 2/3
    assert macro_f1(references, top1) == pytest.approx((2 / 3 + 0 + 2 / 3) / 3)
    assert per_code_recall(references, top1) == {"A": 1.0, "B": 0.0, "C": 1.0}
    metrics = compute_metrics(references, ranked)
    assert metrics["support"] == {"A": 1, "B": 2, "C": 1}
    assert metrics["n"] == 4


def test_prediction_outside_label_set_only_costs_recall():
    # "Z" is never a reference: it is not a class of the macro average, but item 2 is a miss for "B".
    assert macro_f1(["A", "B"], ["A", "Z"]) == pytest.approx((1.0 + 0.0) / 2)
    assert hit_at_k(["A", "B"], [["A"], ["Z", "B"]], 1) == 0.5


def test_rumedbench_hit_at_3_definition():
    # RuMedBench: gold in set(prediction) over 3 codes; order does not matter for Hit@3.
    references = ["I11", "J42", "K58"]
    ranked = [["E05", "E06", "I11"], ["J45", "J42", "J84"], ["K29", "K26", "K21"]]
    assert hit_at_k(references, ranked, 3) == pytest.approx(2 / 3)
    assert hit_at_k(references, ranked, 1) == 0.0


def test_errors():
    with pytest.raises(ValueError, match="2 references but 1 predictions"):
        hit_at_k(["A", "B"], [["A"]])
    with pytest.raises(ValueError, match="k must be"):
        hit_at_k(["A"], [["A"]], 0)
    with pytest.raises(ValueError, match="no references"):
        macro_f1([], [])


@pytest.mark.parametrize("seed", range(5))
def test_agrees_with_sklearn(seed):
    rng = random.Random(seed)
    labels = [f"C{i:02d}" for i in range(12)]
    references = [rng.choice(labels[:10]) for _ in range(300)]  # C10, C11 only ever predicted
    scores = np.array([[rng.random() for _ in labels] for _ in references])
    order = np.argsort(-scores, axis=1)
    ranked = [[labels[j] for j in row[:3]] for row in order]
    top1 = [r[0] for r in ranked]
    present = sorted(set(references))

    assert hit_at_k(references, ranked, 1) == pytest.approx(accuracy_score(references, top1))
    assert hit_at_k(references, ranked, 3) == pytest.approx(
        top_k_accuracy_score(references, scores, k=3, labels=labels)
    )
    assert macro_f1(references, top1) == pytest.approx(
        f1_score(references, top1, labels=present, average="macro", zero_division=0)
    )
    recalls = recall_score(references, top1, labels=present, average=None, zero_division=0)
    assert list(per_code_recall(references, top1).values()) == pytest.approx(list(recalls))


def test_evaluate_modules_load_by_local_path_offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_EVALUATE_OFFLINE", "1")
    references = ["A", "B", "B", "C"]
    ranked = [["A", "B", "C"], ["A", "B", "C"], ["C", "A", "B"], ["C", "B"]]
    hit = load_metric("hit_at_k")
    assert hit.compute(predictions=ranked, references=references, k=1) == {"hit_at_k": 0.5}
    assert hit.compute(predictions=ranked, references=references, k=3) == {"hit_at_k": 1.0}
    f1 = load_metric("icd_macro_f1").compute(predictions=ranked, references=references)
    assert f1["macro_f1"] == pytest.approx(compute_metrics(references, ranked)["macro_f1"])
    recall = load_metric("per_code_recall").compute(predictions=ranked, references=references)
    assert recall == {"per_code_recall": {"A": 1.0, "B": 0.0, "C": 1.0}}
    with pytest.raises(ValueError, match="unknown metric"):
        load_metric("accuracy")
