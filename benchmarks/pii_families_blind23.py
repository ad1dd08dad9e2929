"""Blind split 23: planted PII for emergency, surgical and inpatient care outside the big cities.

Written independently (2026-11-26) without looking at the scanner: ambulance call cards and
dispatcher logs, district hospitals and feldsher posts, air ambulance and transfers, trauma, burns,
surgery, anaesthesia, transfusion and implant records, military/MVD/veterans' hospitals, shift
workers' employers, road accidents with police and insurer papers, migrants and foreigners, and
exports (HL7, JSON, XML, CSV, DICOM). Single values in short sentences plus whole fragments.

``python -m benchmarks.pii_families_blind23 N`` prints N samples per family with the gold spans
marked ``[[TYPE:value]]`` and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind23_docs import DOCS_BLOCKS
from benchmarks.pii_blind23_docs2 import DOCS2_BLOCKS
from benchmarks.pii_blind23_docs3 import DOCS3_BLOCKS
from benchmarks.pii_blind23_gen import DAT, EML, INN, LOC, MRN, OMS, PAS, PER, PHO, SNI, URL
from benchmarks.pii_blind23_single import EXTRA_FAMILIES, SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind23"
TYPES = (PER, DAT, LOC, PHO, EML, URL, SNI, INN, PAS, OMS, MRN)

BLIND23_FAMILIES: list[Family] = [*SINGLE_FAMILIES, *EXTRA_FAMILIES]
BLIND23_BLOCKS: list[BlockFamily] = [
    BlockFamily(f"b23_{n}", SPLIT, m) for n, m in DOCS_BLOCKS + DOCS2_BLOCKS + DOCS3_BLOCKS
]


def _samples(per: int, seed: int = 23) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND23_FAMILIES:
        for _ in range(per):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND23_BLOCKS:
        for _ in range(per):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def _check_one(p: Planted) -> None:
    spans = sorted(p.golds, key=lambda s: (s[1], s[2]))
    last = 0
    for kind, a, b in spans:
        assert kind in TYPES, kind
        assert 0 <= a < b <= len(p.text), (kind, a, b, p.text)
        value = p.text[a:b]
        assert value.strip() == value and value, (kind, repr(value), p.text)
        assert a >= last, ("overlap", kind, value, p.text)
        last = b


def check(per: int = 40) -> Counter:
    """Assert the gold spans are sane; return the per-type span counts at ``per`` notes per family."""
    names = [f.name for f in BLIND23_FAMILIES] + [b.name for b in BLIND23_BLOCKS]
    assert len(names) == len(set(names)) and all(n.startswith("b23_") for n in names)
    counts: Counter = Counter()
    for _, p in _samples(per):
        _check_one(p)
        counts.update(kind for kind, _, _ in p.golds)
    return counts


def mark(p: Planted) -> str:
    out, pos = [], 0
    for kind, a, b in sorted(p.golds, key=lambda s: s[1]):
        out.append(p.text[pos:a] + f"[[{kind}:{p.text[a:b]}]]")
        pos = b
    return "".join(out) + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, p in _samples(n, seed=7):
        print(f"--- {name}\n{mark(p)}")
    counts = check(40)
    print(f"\n{len(BLIND23_FAMILIES)} families, {len(BLIND23_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
