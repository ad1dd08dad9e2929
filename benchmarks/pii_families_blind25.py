"""Blind split 25: everyday polyclinic and digital-health records, typed the way hurried staff type.

Written independently (2026-11-26) without looking at the scanner: appointment SMS and e-mail
reminders, telemedicine protocols, lab-result portals, e-prescriptions and pharmacy slips,
vaccination and screening cards, school/work certificates, sick-leave extensions, patient-portal
profiles and exports (JSON, XML, HL7, CSV), chats and call logs; values with no cue word, misspelt
labels, lowercase/ALL CAPS, glued to words, split across lines, in boxes, with look-alikes
(doses, lab values, ICD-10 codes, form codes, an organisation's INN/KPP/OGRN, licences) left unmarked.

``python -m benchmarks.pii_families_blind25 N`` prints N samples per family with the gold spans
marked and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind25_docs import DOC_MAKERS
from benchmarks.pii_blind25_ids import ID_FAMILIES
from benchmarks.pii_blind25_more import MORE_MAKERS
from benchmarks.pii_blind25_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Planted, fill

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

BLIND25_FAMILIES = FAMILIES + ID_FAMILIES
BLIND25_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, "blind25", make) for name, make in DOC_MAKERS + MORE_MAKERS
]


def samples(n: int, seed: int = 25) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND25_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND25_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check_one(name: str, planted: Planted) -> None:
    spans = sorted(planted.golds, key=lambda s: s[1])
    assert spans, f"{name}: no gold span"
    last = 0
    for kind, start, end in spans:
        assert kind in ENTITY_TYPES, f"{name}: unknown type {kind}"
        assert 0 <= start < end <= len(planted.text), f"{name}: span outside text"
        value = planted.text[start:end]
        assert value.strip() == value and value, f"{name}: padded or empty span {value!r}"
        assert start >= last, f"{name}: overlapping spans at {value!r}"
        last = end


def check(n: int = 40) -> Counter[str]:
    names = [f.name for f in BLIND25_FAMILIES] + [b.name for b in BLIND25_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b25_") for x in names), "family names must start with b25_"
    counts: Counter[str] = Counter()
    for name, planted in samples(n):
        check_one(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda s: -s[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    current = ""
    for name, planted in samples(n):
        if name != current:
            print(f"\n===== {name} =====")
            current = name
        print(mark(planted))
        print("---")
    counts = check(40)
    print(
        f"\n{len(BLIND25_FAMILIES)} families + {len(BLIND25_BLOCKS)} blocks; gold spans at 40 notes per family:"
    )
    for kind in ENTITY_TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in ENTITY_TYPES if not counts[k]]
    if missing:
        print("types without gold spans:", ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
