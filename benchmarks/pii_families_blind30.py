"""Blind split 30: planted PII in lab, pharmacy and paid-service records, written without the detector.

Emphasis: lab requisitions and results (commercial and hospital), LIS/HL7/FHIR/CSV/XML exports, tube
barcodes, preferential and ordinary prescriptions (148-1/у-04(л), 107-1/у), drug delivery, home nursing
and palliative visits, dental cards, paid-service contracts and receipts, ДМС letters and registers,
call-centre, chat-bot, messenger and e-mail texts. Look-alikes that stay unmarked: doses, lab values,
reference ranges, ICD-10 and service codes, organisation INN/ОГРН/КПП, licences, fiscal numbers, times.

``python -m benchmarks.pii_families_blind30 N`` prints N samples per family with the gold marked and the
per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind30_gen import SPLIT
from benchmarks.pii_blind30_lab import LAB_BLOCKS
from benchmarks.pii_blind30_more import MORE_BLOCKS, MORE_FAMILIES
from benchmarks.pii_blind30_pay import PAY_BLOCKS
from benchmarks.pii_blind30_single import SINGLE
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

BLIND30_FAMILIES: list[Family] = [*SINGLE, *MORE_FAMILIES]
BLIND30_BLOCKS: list[BlockFamily] = [
    BlockFamily(f"b30_{name}", SPLIT, make) for name, make in LAB_BLOCKS + PAY_BLOCKS + MORE_BLOCKS
]


def plant_family(f: Family, rng: random.Random, fake: Faker) -> Planted:
    return fill(rng.choice(f.frames), rng, fake, f.make, f.type)


def samples(n: int, seed: int = 30):
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    for f in BLIND30_FAMILIES:
        for _ in range(n):
            yield f.name, plant_family(f, rng, fake)
    for b in BLIND30_BLOCKS:
        for _ in range(n):
            yield b.name, b.make(rng, fake)


def check(n: int = 40) -> Counter:
    counts: Counter = Counter()
    names = [f.name for f in BLIND30_FAMILIES] + [b.name for b in BLIND30_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(name.startswith("b30_") for name in names)
    for name, p in samples(n):
        spans = sorted(p.golds, key=lambda g: g[1])
        last = 0
        for kind, start, end in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(p.text), (name, kind, start, end)
            value = p.text[start:end]
            assert value == value.strip() and value, (name, repr(value))
            assert start >= last, (name, "overlapping spans", value)
            last = end
            counts[kind] += 1
    return counts


def marked(p: Planted) -> str:
    out, pos = "", 0
    for kind, start, end in sorted(p.golds, key=lambda g: g[1]):
        out += p.text[pos:start] + f"[[{kind}:{p.text[start:end]}]]"
        pos = end
    return out + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, p in samples(n):
        print(f"--- {name}\n{marked(p)}\n")
    counts = check(40)
    print(f"families: {len(BLIND30_FAMILIES)}, blocks: {len(BLIND30_BLOCKS)}")
    for kind in TYPES:
        print(f"{kind:24} {counts[kind]}")
    missing = [k for k in TYPES if counts[k] == 0]
    if missing:
        print("types without gold:", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
