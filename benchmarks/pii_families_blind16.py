"""Blind split 16: planted PII in scanned, faxed and machine-made records.

Written 2026-11-26 by an independent author without looking at the recognizers or the earlier splits.
Emphasis: OCR of paper forms, faxes, hand-typed photos of documents, barcode labels, spreadsheets pasted
as text, exports of regional and federal systems (CSV/JSON/XML/HL7/DICOM/fixed-width), insurance
registers, analyser and pharmacy printouts; patients from Russian regions, national republics, CIS
countries and abroad.

``python -m benchmarks.pii_families_blind16 N`` prints N samples per family with the gold spans marked
and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind16_exports import BLIND16_EXPORTS
from benchmarks.pii_blind16_more import BLIND16_MORE
from benchmarks.pii_blind16_scans import BLIND16_SCANS
from benchmarks.pii_blind16_single import BLIND16_SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

SPLIT = "blind16"
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
NOTES = (
    "Жалобы на слабость, головокружение. АД 150/95 мм рт. ст.",
    "Беспокоит кашель с мокротой, t 37,6. Амоксициллин 500 мг 3 р/д.",
    "Боли в правом подреберье после жирной пищи. УЗИ: конкременты до 8 мм.",
    "Отёки голеней, одышка при ходьбе. Фуросемид 40 мг утром.",
)

BLIND16_FAMILIES: list[Family] = list(BLIND16_SINGLE)
BLIND16_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, SPLIT, make) for name, make in BLIND16_SCANS + BLIND16_EXPORTS + BLIND16_MORE
]


def plant(item: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    """One sample: a family's frame is put after a short complaint-style note; a block stands alone."""
    if isinstance(item, Family):
        p = fill(rng.choice(item.frames), rng, fake, item.make, item.type)
        note = rng.choice(NOTES) + " "
        return Planted(note + p.text, [(k, s + len(note), e + len(note)) for k, s, e in p.golds])
    return item.make(rng, fake)


def check(p: Planted) -> None:
    spans = sorted(p.golds, key=lambda g: g[1])
    for kind, start, end in spans:
        value = p.text[start:end]
        assert kind in TYPES, kind
        assert 0 <= start < end <= len(p.text), (kind, start, end)
        assert value.strip() == value and value, (kind, repr(value))
    for (_, _, e1), (_, s2, _) in itertools.pairwise(spans):
        assert e1 <= s2, f"overlapping spans in {p.text!r}"


def mark(p: Planted) -> str:
    out, pos = [], 0
    for kind, start, end in sorted(p.golds, key=lambda g: g[1]):
        out.append(p.text[pos:start] + f"[[{kind}:{p.text[start:end]}]]")
        pos = end
    return "".join(out) + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    items: list[Family | BlockFamily] = [*BLIND16_FAMILIES, *BLIND16_BLOCKS]
    names = [i.name for i in items]
    assert len(set(names)) == len(names) and all(x.startswith("b16_") for x in names)
    rng, fake = random.Random(16), Faker("ru_RU")
    fake.seed_instance(16)
    for item in items:
        print(f"=== {item.name}")
        for _ in range(n):
            p = plant(item, rng, fake)
            check(p)
            print(mark(p))
            print("---")
    counts: Counter[str] = Counter()
    rng, fake = random.Random(1616), Faker("ru_RU")
    fake.seed_instance(1616)
    for item in items:
        for _ in range(40):
            p = plant(item, rng, fake)
            check(p)
            counts.update(k for k, _, _ in p.golds)
    print(f"families: {len(BLIND16_FAMILIES)}, blocks: {len(BLIND16_BLOCKS)}")
    for t in TYPES:
        print(f"{t:24} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("no gold spans for:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
