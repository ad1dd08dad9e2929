"""Blind split 26: PII planted in records of sensitive specialties, written by an independent author.

Psychiatric and addiction dispensaries, infectious-disease hospitals, TB dispensaries, HIV/STI clinics,
court-ordered examinations and compulsory treatment, anonymous-treatment codes next to real identities,
notifications to police, guardianship and social services, consent and refusal forms, foreign patients.
Written without looking at the scanner or at the other splits.

``python -m benchmarks.pii_families_blind26 N`` prints N samples per family with the gold spans marked
and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind26_docs import BLOCKS_A
from benchmarks.pii_blind26_exports import BLOCKS_B
from benchmarks.pii_blind26_more import BLOCKS as BLOCKS_C
from benchmarks.pii_blind26_more import FAMILIES as FAMILIES_C
from benchmarks.pii_blind26_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND26_FAMILIES: list[Family] = FAMILIES + FAMILIES_C
BLIND26_BLOCKS: list[BlockFamily] = BLOCKS_A + BLOCKS_B + BLOCKS_C

TYPES = (
    "PERSON",
    "DATE_TIME",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "RU_SNILS",
    "RU_INN",
    "RU_OMS_POLICY",
    "RU_PASSPORT",
    "MEDICAL_RECORD_NUMBER",
)


def _samples(n: int, seed: int = 26) -> list[tuple[str, Planted]]:
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND26_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND26_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    """Every gold span is inside the text, non-empty, not padded and disjoint; returns per-type counts."""
    names = [f.name for f in BLIND26_FAMILIES] + [b.name for b in BLIND26_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(name.startswith("b26_") for name in names)
    counts: Counter[str] = Counter()
    for name, planted in _samples(n):
        last = 0
        for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
            value = planted.text[start:end]
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
            assert value == value.strip() and value, (name, kind, repr(value))
            assert start >= last, (name, "overlap", value)
            last = end
            counts[kind] += 1
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    for name, planted in _samples(n, seed=1026):
        print(f"--- {name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND26_FAMILIES)} families, {len(BLIND26_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [kind for kind in TYPES if not counts[kind]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
