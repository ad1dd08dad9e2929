"""blind18: an independently written ("blind") split of planted PII for the PII benchmark.

About three quarters of the families put ONE value into a short complaint-style note (labelled field
or natural sentence), each family one format variant of its type; the rest are short documents and
exports mixing types. Written without reading the scanner or any other split.

``python -m benchmarks.pii_families_blind18 N`` prints N samples per family with gold spans marked
``[[TYPE:value]]`` and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind18_docs import BLOCKS
from benchmarks.pii_blind18_ids import ID_FAMILIES
from benchmarks.pii_blind18_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND18_FAMILIES: list[Family] = FAMILIES + ID_FAMILIES
BLIND18_BLOCKS: list[BlockFamily] = BLOCKS
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


def samples(n: int, seed: int = 18) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for family in BLIND18_FAMILIES:
        for _ in range(n):
            out.append((family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)))
    for blk in BLIND18_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter:
    names = [f.name for f in BLIND18_FAMILIES] + [b.name for b in BLIND18_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family name"
    assert all(x.startswith("b18_") for x in names)
    counts: Counter = Counter()
    for fam, planted in samples(n):
        spans = sorted(planted.golds, key=lambda g: g[1])
        last_end = -1
        for kind, start, end in spans:
            assert kind in TYPES, (fam, kind)
            assert 0 <= start < end <= len(planted.text), (fam, planted)
            value = planted.text[start:end]
            assert value.strip() == value and value, (fam, value)
            assert start >= last_end, (fam, "overlapping spans", planted.text)
            last_end = end
            counts[kind] += 1
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:{text[start:end]}]]" + text[end:]
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    for fam, planted in samples(n):
        print(f"--- {fam}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND18_FAMILIES)} families + {len(BLIND18_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
