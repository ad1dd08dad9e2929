"""Blind split 10 of the PII benchmark, written 2026-11-26 by an independent author without looking
at the scanner, its tests or the other splits.

No fixed theme: what a de-identification reviewer meets over a year in a Russian regional hospital
and polyclinic, paper and electronic, clinical and administrative. Single values in short prose
frames (names in every case, diminutives, Latin transliteration, partial/noisy dates, foreign
phones, rural addresses, identifiers with odd separators) and whole documents: title pages,
referrals, prescriptions, sick leaves, ambulance cards, death certificates, boxed scans, misspelt
labels with the value on the next line, HL7/JSON/XML/FHIR/CSV/DICOM/log exports, fixed-width
registries, ward tables, letters, SMS, phone journals, handovers, vaccination tables. Look-alikes
that must stay unmarked (doses, lab values, ICD-10 codes, form codes, wards, organisation
INN/ОГРН/КПП, times without a date, bare years) are part of the documents.

``python -m benchmarks.pii_families_blind10 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind10_exports import EXPORT_BLOCKS
from benchmarks.pii_blind10_forms import FORM_BLOCKS
from benchmarks.pii_blind10_letters import LETTER_BLOCKS
from benchmarks.pii_blind10_prose import PROSE_BLOCKS
from benchmarks.pii_blind10_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

ENTITY_TYPES = (
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
SPLIT = "blind10"

BLIND10_FAMILIES: list[Family] = list(FAMILIES)
BLIND10_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make)
    for name, make in (*FORM_BLOCKS, *EXPORT_BLOCKS, *PROSE_BLOCKS, *LETTER_BLOCKS)
]


def _samples(n: int, seed: int = 10):
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    for fam in BLIND10_FAMILIES:
        for _ in range(n):
            frame = rng.choice(fam.frames)
            yield fam.name, fill(frame, rng, fake, fam.make, fam.type)
    for blk in BLIND10_BLOCKS:
        for _ in range(n):
            yield blk.name, blk.make(rng, fake)


def _check_one(name: str, p: Planted) -> None:
    spans = sorted((s, e, t) for t, s, e in p.golds)
    last = 0
    for s, e, t in spans:
        assert t in ENTITY_TYPES, (name, t)
        assert 0 <= s < e <= len(p.text), (name, t, s, e)
        value = p.text[s:e]
        assert value == value.strip(), (name, t, value)
        assert s >= last, (name, "overlap", value)
        last = e


def check(n: int = 40) -> Counter:
    names = [f.name for f in BLIND10_FAMILIES] + [b.name for b in BLIND10_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b10_") for x in names)
    counts: Counter = Counter()
    for name, p in _samples(n):
        _check_one(name, p)
        counts.update(t for t, _, _ in p.golds)
    return counts


def marked(p: Planted) -> str:
    out, pos = "", 0
    for t, s, e in sorted(p.golds, key=lambda g: g[1]):
        out += p.text[pos:s] + f"[[{t}:{p.text[s:e]}]]"
        pos = e
    return out + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    current = None
    for name, p in _samples(n, seed=100):
        if name != current:
            print(f"\n===== {name}")
            current = name
        print(marked(p))
        print("--")
    counts = check(40)
    print(f"\nfamilies: {len(BLIND10_FAMILIES)}, blocks: {len(BLIND10_BLOCKS)}")
    print("gold spans at 40 notes per family:")
    for t in ENTITY_TYPES:
        print(f"  {t:24} {counts.get(t, 0)}")
    missing = [t for t in ENTITY_TYPES if not counts.get(t)]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
