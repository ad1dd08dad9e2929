"""Blind split 11: planted PII of specialist and outpatient practice, written without looking at
the scanner (paediatrics and school medicine, women's clinics, psychiatry and narcology,
dentistry, oncology, TB dispensaries, sanatoria and rehabilitation, private clinics and their
CRMs, telemedicine, occupational, military and sports examinations).

``python -m benchmarks.pii_families_blind11 N`` prints N samples of every family with the gold
spans marked ``[[TYPE:value]]`` and the gold span count per type at 40 notes per family."""

from __future__ import annotations

import random
import sys
from collections import Counter
from itertools import pairwise

from faker import Faker

from benchmarks.pii_blind11_adult import ADULT_BLOCKS
from benchmarks.pii_blind11_kids import KIDS_BLOCKS
from benchmarks.pii_blind11_single import SINGLE_FAMILIES
from benchmarks.pii_blind11_systems import SYSTEM_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES

SPLIT = "blind11"

BLIND11_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND11_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make) for name, make in (*KIDS_BLOCKS, *ADULT_BLOCKS, *SYSTEM_BLOCKS)
]


def _samples(n: int, seed: int = 11) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND11_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND11_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def _check_one(name: str, p: Planted) -> None:
    assert p.golds, f"{name}: no gold span"
    spans = sorted(p.golds, key=lambda g: g[1])
    for kind, start, end in spans:
        assert kind in ENTITY_TYPES, f"{name}: unknown type {kind}"
        assert 0 <= start < end <= len(p.text), f"{name}: span {start}-{end} outside the text"
        value = p.text[start:end]
        assert value.strip() == value, f"{name}: padded span {value!r}"
        assert value.strip(".,;:") or value == ".", f"{name}: empty span {value!r}"
        assert value[-1] not in ",;:", f"{name}: trailing punctuation in {value!r}"
    for (_, _, e1), (_, s2, _) in pairwise(spans):
        assert e1 <= s2, f"{name}: overlapping spans in {p.text!r}"


def check(n: int = 40) -> Counter[str]:
    """Assert every gold span is inside its text, non-empty, unpadded and disjoint; count per type."""
    names = [f.name for f in BLIND11_FAMILIES] + [b.name for b in BLIND11_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b11_") for x in names), "family names must start with b11_"
    counts: Counter[str] = Counter()
    for name, p in _samples(n):
        _check_one(name, p)
        counts.update(kind for kind, _, _ in p.golds)
    return counts


def mark(p: Planted) -> str:
    text = p.text
    for kind, start, end in sorted(p.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, p in _samples(n, seed=int(argv[1]) if len(argv) > 1 else 11):
        print(f"--- {name}\n{mark(p)}")
    counts = check(40)
    print(f"\n{len(BLIND11_FAMILIES)} families + {len(BLIND11_BLOCKS)} blocks; gold spans at 40 per family:")
    ok = True
    for kind in ENTITY_TYPES:
        print(f"  {kind:24} {counts[kind]:6d}")
        ok = ok and counts[kind] > 0
    if not ok:
        print("a type has no gold span", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
