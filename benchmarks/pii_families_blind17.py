"""Blind split 17: children, mothers and families, and specialist outpatient care.

Written blind (without looking at the recognizers or the other splits): paediatric histories
(ф. 112/у), maternity exchange cards and birth histories, newborn discharge, vaccination and
school/kindergarten certificates, guardians' consents, child disability and benefit paperwork,
dental, ophthalmology, psychiatry/narcology, sports medicine and occupational check-ups, with
families from Russian regions, national republics, CIS countries and abroad.

``python -m benchmarks.pii_families_blind17 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind17_kids, pii_blind17_more, pii_blind17_spec
from benchmarks.pii_blind17_single import FAMILIES as _SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind17"
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

BLIND17_FAMILIES: list[Family] = list(_SINGLE)
BLIND17_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make)
    for name, make in (*pii_blind17_kids.BLOCKS, *pii_blind17_spec.BLOCKS, *pii_blind17_more.BLOCKS)
]


def _samples(n: int, seed: int = 17) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND17_FAMILIES:
        for i in range(n):
            frame = fam.frames[i % len(fam.frames)]
            out.append((fam.name, fill(frame, rng, fake, fam.make, fam.type)))
    for blk in BLIND17_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter:
    """Assert every gold span is inside its text, non-empty, unpadded and disjoint; return type counts."""
    names = [f.name for f in BLIND17_FAMILIES] + [b.name for b in BLIND17_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b17_") for x in names)
    assert all(f.split == SPLIT for f in BLIND17_FAMILIES) and all(b.split == SPLIT for b in BLIND17_BLOCKS)
    counts: Counter = Counter()
    for name, p in _samples(n):
        spans = sorted(p.golds, key=lambda s: s[1])
        for kind, start, end in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(p.text), (name, p.text, start, end)
            value = p.text[start:end]
            assert value == value.strip(), (name, repr(value))
            assert value[-1] not in ",;:", (name, repr(value))
            counts[kind] += 1
        for (_, _, e1), (_, s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, (name, p.text)
    return counts


def mark(p: Planted) -> str:
    out, pos = [], 0
    for kind, start, end in sorted(p.golds, key=lambda s: s[1]):
        out.append(p.text[pos:start] + f"[[{kind}:{p.text[start:end]}]]")
        pos = end
    return "".join(out) + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    last = None
    for name, p in _samples(n):
        if name != last:
            print(f"\n===== {name}")
            last = name
        print(mark(p))
        print("-----")
    counts = check(40)
    print(f"\n{len(BLIND17_FAMILIES)} families, {len(BLIND17_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in TYPES if counts[k] == 0]
    if missing:
        print("types without gold spans:", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
