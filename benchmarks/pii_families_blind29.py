"""Blind split 29: maternity, children and schools.

Written 2026-11-27 by an independent author without reading the recognizers, their tests or the
other splits. Single values in sentence frames of short notes (``BLIND29_FAMILIES``) and whole
documents or fragments (``BLIND29_BLOCKS``): exchange cards, birth histories, newborn records,
medical birth certificates, ЗАГС records, child development histories (112/у), vaccination cards
(063/у, 156/у-93), school cards (026/у), camp and kindergarten certificates, guardianship and
adoption examinations, child-care sick leave, call cards, and machine exports (JSON, XML, HL7,
FHIR, DICOM, CSV, boxed forms).

``python -m benchmarks.pii_families_blind29 N`` prints N samples per family with the gold spans
marked and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind29_docs, pii_blind29_exports, pii_blind29_kids
from benchmarks.pii_blind29_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind29"
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

BLIND29_FAMILIES: list[Family] = list(FAMILIES)
BLIND29_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make)
    for name, make in (*pii_blind29_docs.BLOCKS, *pii_blind29_kids.BLOCKS, *pii_blind29_exports.BLOCKS)
]


def _samples(n: int, seed: int = 29) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND29_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND29_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    """Every gold span inside the text, non-empty, not padded with whitespace, disjoint; names unique."""
    names = [f.name for f in BLIND29_FAMILIES] + [b.name for b in BLIND29_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(name.startswith("b29_") for name in names)
    counts: Counter[str] = Counter()
    for name, planted in _samples(n):
        spans = sorted(planted.golds, key=lambda g: g[1])
        prev_end = -1
        for kind, start, end in spans:
            assert kind in TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
            value = planted.text[start:end]
            assert value == value.strip(), (name, repr(value))
            assert not value.endswith((",", ";", ":")), (name, repr(value))
            assert start >= prev_end, (name, "overlap", value)
            prev_end = end
            counts[kind] += 1
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, planted in _samples(n, seed=1029):
        print(f"--- {name}\n{mark(planted)}\n")
    counts = check(40)
    print(f"families: {len(BLIND29_FAMILIES)}, blocks: {len(BLIND29_BLOCKS)}")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [kind for kind in TYPES if counts[kind] == 0]
    if missing:
        print("types without gold spans:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
