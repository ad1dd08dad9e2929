"""Patient demographics: age and sex from the Russian population pyramid, marital status by age
and sex, smoking by age and sex. Seeded; respects a disease's sex and age constraints.

Sources of the numbers:
* age x sex: Rosstat, population on 1 January 2022 by single year of age (``data/population_ru_2022.tsv``);
* marital status: shares by age band and sex rounded from the 2021 all-Russian census (people
  aged 16+; under 18 everyone is single here; ``data/marital_ru_2021.tsv``);
* smoking: current-smoker prevalence by age band and sex rounded from GATS Russia 2016 (ages 15+);
  nobody under 14 smokes here.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from typing import TypeVar

import numpy as np

from medsyn_dataset.knowledge.mkg import Constraints

MAX_AGE = 99
T = TypeVar("T")

_MARITAL_LABELS = ("single", "married", "divorced", "widowed")

# (upper age of band inclusive) -> share of current smokers
_SMOKING: dict[str, list[tuple[int, float]]] = {
    "male": [(13, 0.0), (17, 0.08), (24, 0.40), (44, 0.55), (64, 0.48), (MAX_AGE, 0.27)],
    "female": [(13, 0.0), (17, 0.05), (24, 0.20), (44, 0.22), (64, 0.13), (MAX_AGE, 0.04)],
}


@dataclass(frozen=True, slots=True)
class Patient:
    age: int
    sex: str
    marital_status: str | None
    smoking: bool

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@functools.cache
def population_pyramid() -> np.ndarray:
    """Array of shape (100, 2): people by age 0-99 and sex (column 0 male, 1 female)."""
    text = resources.files("medsyn_dataset.knowledge").joinpath("data/population_ru_2022.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "age"))]
    table = np.zeros((MAX_AGE + 1, 2), dtype=np.float64)
    for age, male, female in rows:
        table[int(age)] = (float(male), float(female))
    return table


def _band(table: Sequence[tuple[int, T]], age: int) -> T:
    for upper, value in table:
        if age <= upper:
            return value
    return table[-1][1]


@functools.cache
def _marital_bands() -> dict[str, list[tuple[int, tuple[float, ...]]]]:
    """sex -> [(upper age of band inclusive, shares in ``_MARITAL_LABELS`` order)], from ``data/marital_ru_2021.tsv``."""
    text = resources.files("medsyn_dataset.knowledge").joinpath("data/marital_ru_2021.tsv").read_text("utf-8")
    bands: dict[str, list[tuple[int, tuple[float, ...]]]] = {}
    for line in text.splitlines():
        if line and not line.startswith(("#", "sex\t")):
            sex, upper, *shares = line.split("\t")
            bands.setdefault(sex, []).append((int(upper), tuple(float(x) for x in shares)))
    return bands


def marital_distribution(age: int, sex: str) -> dict[str, float]:
    return dict(zip(_MARITAL_LABELS, _band(_marital_bands()[sex], age), strict=True))


def smoking_prevalence(age: int, sex: str) -> float:
    return _band(_SMOKING[sex], age)


def sample_patient(rng: np.random.Generator | int, constraints: Constraints = Constraints()) -> Patient:
    """Draw one patient from the population, restricted to ``constraints``. Seeded and reproducible."""
    gen = np.random.default_rng(rng) if isinstance(rng, int) else rng
    weights = population_pyramid().copy()
    lo, hi = max(0, constraints.min_age), min(MAX_AGE, constraints.max_age)
    if lo > hi:
        raise ValueError(f"empty age range {lo}-{hi}")
    weights[:lo] = 0.0
    weights[hi + 1 :] = 0.0
    if constraints.sex == "male":
        weights[:, 1] = 0.0
    elif constraints.sex == "female":
        weights[:, 0] = 0.0
    flat = weights.ravel()
    cell = int(gen.choice(flat.size, p=flat / flat.sum()))
    age, sex = divmod(cell, 2)
    sex_name = "male" if sex == 0 else "female"
    marital = marital_distribution(age, sex_name)
    status = _MARITAL_LABELS[int(gen.choice(4, p=np.array(list(marital.values())) / sum(marital.values())))]
    smoking = bool(gen.random() < smoking_prevalence(age, sex_name))
    return Patient(age=age, sex=sex_name, marital_status=status, smoking=smoking)
