"""Blind split 20: planted PII for public health, registries and secondary use of medical records.

Written independently on 2026-11-26 without looking at the detector or at the other splits.
``python -m benchmarks.pii_families_blind20 N`` prints N samples per family with gold spans marked,
then the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind20_docs import BLIND20_DOCS
from benchmarks.pii_blind20_extra import EXTRA_BLOCKS, EXTRA_SINGLE
from benchmarks.pii_blind20_more import BLIND20_MORE
from benchmarks.pii_blind20_single import BLIND20_SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

TYPES = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "DATE_TIME",
    "LOCATION",
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "MEDICAL_RECORD_NUMBER",
)

BLIND20_FAMILIES: list[Family] = [*BLIND20_SINGLE, *EXTRA_SINGLE]
BLIND20_BLOCKS: list[BlockFamily] = [*BLIND20_DOCS, *BLIND20_MORE, *EXTRA_BLOCKS]


def _plant(item: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def _check_one(name: str, p: Planted) -> None:
    spans = sorted((s, e, t) for t, s, e in p.golds)
    for s, e, t in spans:
        assert t in TYPES, (name, t)
        assert 0 <= s < e <= len(p.text), (name, s, e)
        val = p.text[s:e]
        assert val.strip() == val and val, (name, repr(val))
    for (s1, e1, _), (s2, _e2, _) in itertools.pairwise(spans):
        assert e1 <= s2, (name, p.text[s1:e1], p.text[s2:_e2])


def samples(n: int, seed: int = 20):
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    for item in [*BLIND20_FAMILIES, *BLIND20_BLOCKS]:
        for _ in range(n):
            yield item, _plant(item, rng, fake)


def check(n: int = 40) -> Counter:
    names = [x.name for x in [*BLIND20_FAMILIES, *BLIND20_BLOCKS]]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b20_") for x in names)
    counts: Counter = Counter()
    for item, p in samples(n):
        _check_one(item.name, p)
        counts.update(t for t, _, _ in p.golds)
    return counts


def mark(p: Planted) -> str:
    out, pos = "", 0
    for t, s, e in sorted(p.golds, key=lambda g: g[1]):
        out += p.text[pos:s] + f"[[{t}:{p.text[s:e]}]]"
        pos = e
    return out + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    last = None
    for item, p in samples(n):
        if item.name != last:
            print(f"\n===== {item.name}")
            last = item.name
        print("---\n" + mark(p))
    counts = check(40)
    print(f"\nfamilies: {len(BLIND20_FAMILIES)}, blocks: {len(BLIND20_BLOCKS)}; gold spans at 40 per family:")
    for t in TYPES:
        print(f"  {t:24s} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("no gold spans for:", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
