"""Blind split 24: foreigners, migrants and multilingual records, written by an independent author.

``python -m benchmarks.pii_families_blind24 N`` prints N samples per family with the gold spans marked
``[[TYPE:value]]``, then the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind24_docs as docs
from benchmarks import pii_blind24_docs2 as docs2
from benchmarks.pii_blind24_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind24"
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

BLIND24_FAMILIES: list[Family] = list(FAMILIES)
BLIND24_BLOCKS: list[BlockFamily] = [
    BlockFamily("b24_" + name[2:], SPLIT, fn)
    for module in (docs, docs2)
    for name, fn in vars(module).items()
    if name.startswith("b_") and callable(fn)
]


def _samples(n: int, seed: int = 24) -> list[tuple[str, Planted]]:
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND24_FAMILIES:
        rng = random.Random(f"{seed}:{fam.name}")
        out += [(fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)) for _ in range(n)]
    for blk in BLIND24_BLOCKS:
        rng = random.Random(f"{seed}:{blk.name}")
        out += [(blk.name, blk.make(rng, fake)) for _ in range(n)]
    return out


def check(n: int = 40) -> Counter:
    """Every gold span inside the text, non-empty, not whitespace-padded, disjoint; returns type counts."""
    names = [f.name for f in BLIND24_FAMILIES] + [b.name for b in BLIND24_BLOCKS]
    assert len(names) == len(set(names)) and all(x.startswith("b24_") for x in names), names
    counts: Counter = Counter()
    for name, p in _samples(n):
        last = 0
        for kind, start, end in sorted(p.golds, key=lambda g: g[1]):
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(p.text), (name, p.text, start, end)
            value = p.text[start:end]
            assert value == value.strip() and not value.endswith((",", ";", ":")), (name, value)
            assert start >= last, (name, p.text, value)
            last = end
            counts[kind] += 1
    return counts


def mark(p: Planted) -> str:
    text = p.text
    for kind, start, end in sorted(p.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:{text[start:end]}]]" + text[end:]
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    for name, p in _samples(n):
        print(f"--- {name}\n{mark(p)}")
    counts = check(40)
    print(f"\n{len(BLIND24_FAMILIES)} families + {len(BLIND24_BLOCKS)} blocks; gold spans at 40 per family:")
    for t in TYPES:
        print(f"  {t:24} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
