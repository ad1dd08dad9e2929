"""Blind split 8: planted PII in Russian clinical prose and documents, written without looking at the scanner.

Emphasis: how doctors, nurses, patients and relatives really write (anamneses, epicrises, diaries, ambulance
call cards, complaints, court and social-service mail, foreign letters), plus forms and machine exports.
Values are generated in :mod:`benchmarks.pii_blind8_gen` with their own checksums.

``python -m benchmarks.pii_families_blind8 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind8_forms import FORM_BLOCKS
from benchmarks.pii_blind8_prose import PROSE_FAMILIES
from benchmarks.pii_blind8_prose_docs import PROSE_BLOCKS
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

BLIND8_FAMILIES: list[Family] = list(PROSE_FAMILIES)
BLIND8_BLOCKS: list[BlockFamily] = [*PROSE_BLOCKS, *FORM_BLOCKS]


def samples(n: int, seed: int = 8) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND8_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND8_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    names = [f.name for f in BLIND8_FAMILIES] + [b.name for b in BLIND8_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(name.startswith("b8_") for name in names)
    counts: Counter[str] = Counter()
    for name, planted in samples(n):
        spans = sorted(planted.golds, key=lambda g: g[1])
        for kind, start, end in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, start, end)
            value = planted.text[start:end]
            assert value.strip() == value and value, (name, repr(value))
            counts[kind] += 1
        for (_, _, end1), (_, start2, _) in itertools.pairwise(spans):
            assert end1 <= start2, (name, planted.text)
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, planted in samples(n, seed=80):
        print(f"--- {name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND8_FAMILIES)} families + {len(BLIND8_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
