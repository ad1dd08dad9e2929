"""Blind split 14: planted PII written 2026-11-26 by an independent author, without looking at the scanner.

Emphasis: data systems (CDA XML, FHIR, CSV/Excel exports, application logs, LIS/ASTM, HL7, DICOM/PACS,
pharmacy, labels) and how people type (no spaces or too many, ALL CAPS, values across lines or cells,
OCR noise, handwriting transcriptions, labour migrants and CIS addresses), plus non-PII look-alikes.

``python -m benchmarks.pii_families_blind14 N`` prints N samples per family with the gold marked and the
per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind14_docs import BLOCKS as DOC_BLOCKS
from benchmarks.pii_blind14_frames import FAMILIES
from benchmarks.pii_blind14_more import BLOCKS as MORE_BLOCKS
from benchmarks.pii_blind14_systems import BLOCKS as SYSTEM_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES

BLIND14_FAMILIES: list[Family] = FAMILIES
BLIND14_BLOCKS: list[BlockFamily] = SYSTEM_BLOCKS + DOC_BLOCKS + MORE_BLOCKS


def _plant_family(family: Family, rng: random.Random, fake: Faker) -> Planted:
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def _check_one(name: str, planted: Planted) -> None:
    spans = sorted(planted.golds, key=lambda x: x[1])
    end = -1
    for kind, a, b in spans:
        assert kind in ENTITY_TYPES, (name, kind)
        assert 0 <= a < b <= len(planted.text), (name, kind, a, b)
        value = planted.text[a:b]
        assert value.strip() == value and value, (name, kind, value)
        assert a >= end, (name, "overlap", value)
        end = b


def samples(n: int, seed: int = 14) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for family in BLIND14_FAMILIES:
        out += [(family.name, _plant_family(family, rng, fake)) for _ in range(n)]
    for blk in BLIND14_BLOCKS:
        out += [(blk.name, blk.make(rng, fake)) for _ in range(n)]
    return out


def check(n: int = 40) -> Counter[str]:
    names = [f.name for f in BLIND14_FAMILIES] + [b.name for b in BLIND14_BLOCKS]
    assert len(names) == len(set(names)) and all(x.startswith("b14_") for x in names)
    counts: Counter[str] = Counter()
    for name, planted in samples(n):
        _check_one(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    return counts


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, a, b in sorted(planted.golds, key=lambda x: -x[1]):
        text = f"{text[:a]}[[{kind}:{text[a:b]}]]{text[b:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, planted in samples(n, seed=int(argv[1]) if len(argv) > 1 else 14):
        print(f"--- {name}\n{marked(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND14_FAMILIES)} families + {len(BLIND14_BLOCKS)} blocks; gold spans at 40 per family:")
    ok = True
    for kind in ENTITY_TYPES:
        print(f"  {kind:24} {counts[kind]:6}")
        ok &= counts[kind] > 0
    if not ok:
        print("a type has no gold spans", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
