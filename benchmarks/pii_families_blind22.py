"""Blind split 22: planted PII of elderly, chronic and long-term care records.

Written blind by an independent author: nursing homes, hospice and palliative care, home patronage,
dialysis, dispensary follow-up, self-monitoring diaries, pension/disability papers, guardianship and
powers of attorney, benefit prescriptions, relatives' phone trees, migrants and foreigners.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind22_docs import BLOCK_MAKERS
from benchmarks.pii_blind22_single import BLIND22_SINGLE
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

BLIND22_FAMILIES: list[Family] = list(BLIND22_SINGLE)
BLIND22_BLOCKS: list[BlockFamily] = [BlockFamily(f"b22_{m.__name__}", "blind22", m) for m in BLOCK_MAKERS]


def _samples(n: int, seed: int = 22) -> list[tuple[str, Planted]]:
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND22_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND22_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter:
    counts: Counter = Counter()
    for name, p in _samples(n):
        spans = sorted(p.golds, key=lambda g: g[1])
        for kind, a, b in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= a < b <= len(p.text), (name, p.text)
            value = p.text[a:b]
            assert value.strip() == value and value, (name, repr(value))
            counts[kind] += 1
        for (_, _, b1), (_, a2, _) in itertools.pairwise(spans):
            assert b1 <= a2, (name, p.text)
    return counts


def mark(p: Planted) -> str:
    text = p.text
    for kind, a, b in sorted(p.golds, key=lambda g: -g[1]):
        text = text[:a] + f"[[{kind}:{text[a:b]}]]" + text[b:]
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, p in _samples(n, seed=7):
        print(f"--- {name}\n{mark(p)}")
    counts = check(40)
    print(f"\n{len(BLIND22_FAMILIES)} families, {len(BLIND22_BLOCKS)} blocks; gold spans at 40 per family:")
    for t in TYPES:
        print(f"  {t:24} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("types without gold spans:", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
