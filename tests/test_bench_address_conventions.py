"""The address-convention families (round 20): unique names, every gold a non-empty LOCATION inside its text."""

from __future__ import annotations

import random

from faker import Faker

from benchmarks import bench_pii, pii_address_conventions
from benchmarks.pii_families import fill


def test_families_are_named_once_and_planted_in_the_tuning_set() -> None:
    names = [f.name for f in pii_address_conventions.FAMILIES] + [b.name for b in pii_address_conventions.BLOCKS]
    assert len(names) == len(set(names))
    every = {f.name for f in bench_pii.ALL_FAMILIES} | {b.name for b in bench_pii.ALL_BLOCKS}
    assert set(names) <= every


def test_every_gold_is_a_non_empty_location_inside_its_text() -> None:
    fake, rng = Faker("ru_RU"), random.Random(7)
    fake.seed_instance(7)
    for _ in range(20):
        planted = [fill(rng.choice(f.frames), rng, fake, f.make, f.type) for f in pii_address_conventions.FAMILIES]
        planted += [b.make(rng, fake) for b in pii_address_conventions.BLOCKS]
        for one in planted:
            assert one.golds
            for kind, start, end in one.golds:
                assert kind == "LOCATION" and 0 <= start < end <= len(one.text)
                assert one.text[start:end].strip() == one.text[start:end]
