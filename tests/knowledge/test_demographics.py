from __future__ import annotations

import csv
from collections import Counter

import numpy as np

from medsyn_dataset.knowledge.demographics import (
    marital_distribution,
    population_pyramid,
    sample_patient,
    smoking_prevalence,
)
from medsyn_dataset.knowledge.mkg import Constraints


def test_seeded_and_reproducible():
    a = [sample_patient(np.random.default_rng(3)) for _ in range(5)]
    b = [sample_patient(np.random.default_rng(3)) for _ in range(5)]
    assert a == b
    rng1, rng2 = np.random.default_rng(9), np.random.default_rng(9)
    assert [sample_patient(rng1) for _ in range(20)] == [sample_patient(rng2) for _ in range(20)]


def test_constraints_respected():
    rng = np.random.default_rng(0)
    for limits in (Constraints("male", 40, 99), Constraints("female", 11, 55), Constraints(None, 0, 5)):
        for _ in range(300):
            p = sample_patient(rng, limits)
            assert limits.allows(p.sex, p.age), (limits, p)


def test_children_are_single_non_smokers():
    rng = np.random.default_rng(1)
    kids = [sample_patient(rng, Constraints(None, 0, 12)) for _ in range(300)]
    assert all(p.marital_status == "single" and not p.smoking for p in kids)


def test_marginals_follow_population():
    rng = np.random.default_rng(2)
    patients = [sample_patient(rng) for _ in range(4000)]
    pyramid = population_pyramid()
    female_share = pyramid[:, 1].sum() / pyramid.sum()
    observed = sum(p.sex == "female" for p in patients) / len(patients)
    assert abs(observed - female_share) < 0.03
    adults = [p for p in patients if p.age >= 30]
    men = [p for p in adults if p.sex == "male"]
    women = [p for p in adults if p.sex == "female"]
    assert sum(p.smoking for p in men) / len(men) > 2 * sum(p.smoking for p in women) / len(women)
    old_women = Counter(p.marital_status for p in patients if p.sex == "female" and p.age >= 75)
    assert old_women.most_common(1)[0][0] == "widowed"


def test_tables_are_distributions():
    for sex in ("male", "female"):
        for age in range(100):
            assert abs(sum(marital_distribution(age, sex).values()) - 1) < 1e-9
            assert 0 <= smoking_prevalence(age, sex) < 1


def test_pyramid_matches_rosstat_reference(shared):
    path = shared("reference", "EdgeGenderRU_2022.csv")
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    pyramid = population_pyramid()
    for row in rows:
        age = int(row["Age"])
        assert pyramid[age, 0] == int(row["M_City"]) + int(row["M_Countryside"])
        assert pyramid[age, 1] == int(row["F_City"]) + int(row["F_Countryside"])
