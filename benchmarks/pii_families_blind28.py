"""Blind split 28: certificates, commissions and paperwork around health.

Written by an independent author without looking at the scanner, its tests or the other splits:
sanatorium-resort cards and vouchers, rehabilitation, occupational and pre-employment examinations,
driver's/weapons certificates, МСЭ and ВК papers, complaints and their answers (Росздравнадзор,
ТФОМС, insurers), requests for copies of records, notary and court papers, archives, tax-deduction
certificates; registries exported as JSON/XML/CSV/HL7, boxed forms and values on the next line.

``python -m benchmarks.pii_families_blind28 N`` prints N samples per family with the gold spans marked
and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind28_docs import DOC_BLOCKS
from benchmarks.pii_blind28_exports import EXPORT_BLOCKS
from benchmarks.pii_blind28_more import MORE_BLOCKS
from benchmarks.pii_blind28_paper import PAPER_BLOCKS
from benchmarks.pii_blind28_single import SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind28"
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

BLIND28_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND28_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make)
    for name, make in (*DOC_BLOCKS, *PAPER_BLOCKS, *EXPORT_BLOCKS, *MORE_BLOCKS)
]


def samples(per_family: int, seed: int = 28) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND28_FAMILIES:
        for _ in range(per_family):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND28_BLOCKS:
        for _ in range(per_family):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(per_family: int = 40) -> Counter[str]:
    names = [f.name for f in BLIND28_FAMILIES] + [b.name for b in BLIND28_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(n.startswith("b28_") for n in names)
    counts: Counter[str] = Counter()
    for name, planted in samples(per_family):
        spans = sorted(planted.golds, key=lambda s: s[1])
        prev = -1
        for kind, start, end in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
            value = planted.text[start:end]
            assert value == value.strip() and value, (name, repr(value))
            assert start >= prev, (name, "overlap", value)
            prev = end
            counts[kind] += 1
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda s: -s[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 2
    for name, planted in samples(n):
        print(f"--- {name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND28_FAMILIES)} families + {len(BLIND28_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
