"""blind15: a blind split of planted PII, written 2026-11-26 by an independent author.

Emphasis: how an outside checker plants PII into real notes — mostly one value in a short complaint or
anamnesis sentence (cue before/after/none, misspelt labels, brackets, quotes, CAPS, Latin, every case of
names), plus short whole documents and exports (referral 057/у-04, discharge, JSON, XML, CSV, HL7, call
card, consent, tables, boxes) with non-PII look-alikes (doses, ICD-10, wards, form codes, an
organisation's INN/ОГРН/КПП, times of drug schedules, bare years).

``python -m benchmarks.pii_families_blind15 N`` prints N samples per family with the gold marked.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind15_docs import DOCS
from benchmarks.pii_blind15_multi import MULTI
from benchmarks.pii_blind15_people import DATES, PEOPLE
from benchmarks.pii_blind15_values import CONTACTS, IDS, PLACES, RECORDS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND15_FAMILIES: list[Family] = PEOPLE + DATES + CONTACTS + PLACES + IDS + RECORDS
BLIND15_BLOCKS: list[BlockFamily] = MULTI + DOCS

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


def _samples(n: int, seed: int = 15) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND15_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND15_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    """Every gold span inside the text, non-empty, not padded with whitespace, disjoint; counts per type."""
    names = [f.name for f in BLIND15_FAMILIES] + [b.name for b in BLIND15_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b15_") for x in names)
    counts: Counter[str] = Counter()
    for fam_name, planted in _samples(n):
        spans = sorted((s, e, t) for t, s, e in planted.golds)
        last = 0
        for s, e, t in spans:
            assert t in TYPES, (fam_name, t)
            assert 0 <= s < e <= len(planted.text), (fam_name, planted.text)
            value = planted.text[s:e]
            assert value == value.strip() and value, (fam_name, repr(value))
            assert s >= last, (fam_name, planted.text)
            last = e
            counts[t] += 1
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for t, s, e in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:s] + f"[[{t}:{text[s:e]}]]" + text[e:]
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    for fam_name, planted in _samples(n):
        print(f"--- {fam_name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND15_FAMILIES)} families + {len(BLIND15_BLOCKS)} blocks; gold spans at 40 per family:")
    for t in TYPES:
        print(f"  {t:24s} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
