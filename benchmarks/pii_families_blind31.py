"""Blind split 31 of the PII benchmark: planted the way an outside checker plants.

Written by an independent author without looking at the scanner or at the earlier splits. About 80 % of
the families put one value into one sentence of a clinical note (with or without a label word); the rest
are short mixed fragments (discharge header, referral, lab form, JSON/XML/CSV/HL7 exports, call card,
foreign patient, sick leave, consent, e-mail). People and places come from all over Russia and the CIS.

``python -m benchmarks.pii_families_blind31 N`` prints N samples per family with the gold spans marked and
the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind31_docs import BLOCKS
from benchmarks.pii_blind31_single import SINGLE_FAMILIES
from benchmarks.pii_blind31_values import VALUE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND31_FAMILIES: list[Family] = list(SINGLE_FAMILIES) + list(VALUE_FAMILIES)
BLIND31_BLOCKS: list[BlockFamily] = list(BLOCKS)

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


def samples(per_family: int, seed: int = 31) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for family in BLIND31_FAMILIES:
        for _ in range(per_family):
            frame = rng.choice(family.frames)
            out.append((family.name, fill(frame, rng, fake, family.make, family.type)))
    for blk in BLIND31_BLOCKS:
        for _ in range(per_family):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(per_family: int = 40) -> Counter:
    names = [f.name for f in BLIND31_FAMILIES] + [b.name for b in BLIND31_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(n.startswith("b31_") for n in names)
    counts: Counter = Counter()
    for name, planted in samples(per_family):
        spans = sorted(planted.golds, key=lambda g: g[1])
        last = 0
        for kind, start, end in spans:
            value = planted.text[start:end]
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, planted)
            assert value.strip() == value and value, (name, repr(value))
            assert start >= last, (name, "overlapping spans", planted.text)
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
    seen: Counter = Counter()
    for name, planted in samples(40):
        if seen[name] < n:
            seen[name] += 1
            print(f"--- {name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND31_FAMILIES)} families, {len(BLIND31_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
