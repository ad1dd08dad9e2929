"""Blind split 35 of the PII benchmark: dentistry, eye care, ENT, rehabilitation and physiotherapy,
spa and sanatorium cards, sports medicine, and the medical checks people need for a driving or
weapons licence, a job (preliminary/periodic checks, migrants' patent checks) or the military draft.

Written blind: without reading the recognizers, their tests or the other blind splits. It holds
one-value families (frames around a slot, with the grammatical case the slot takes) and multi-value
fragments: dental cards (043/у), consent forms, dental lab orders, tax-deduction certificates, DICOM
tags of dental X-rays, glasses prescriptions, cataract discharges, OCT CSV exports, hearing-aid cards
and ИПРА extracts, ENT referrals, physiotherapy cards (044/у), LFK timetables (TSV), rehabilitation
JSON, spa cards (072/у) and return coupons, spa booking key=value lines, sports admission lists and
УМО cards, driver (003-В/у) and weapons (002-О/у) certificates, job referrals, migrants' checks,
draft examination cards, ВВК protocols, HL7 ORM messages and a fixed-width check register.
Names mix Faker ``ru_RU`` with names of the peoples of Russia and the CIS (Latin transliterations in
device exports); identifiers are generated with valid check digits (СНИЛС, ИНН, ЕНП).

``python -m benchmarks.pii_families_blind35 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind35_care import CARE_BLOCKS
from benchmarks.pii_blind35_checks import CHECK_BLOCKS
from benchmarks.pii_blind35_single import SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND35_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND35_BLOCKS: list[BlockFamily] = CARE_BLOCKS + CHECK_BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def _samples(n: int, seed: int = 35):
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    for fam in BLIND35_FAMILIES:
        for _ in range(n):
            yield fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)
    for blk in BLIND35_BLOCKS:
        for _ in range(n):
            yield blk.name, blk.make(rng, fake)


def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, repr(span))


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda gold: -gold[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 2
    names = [fam.name for fam in BLIND35_FAMILIES] + [blk.name for blk in BLIND35_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    last = None
    for name, planted in _samples(n):
        _check(name, planted)
        if name != last:
            print(f"\n=== {name}")
            last = name
        print(_marked(planted).replace("\r", "\\r\n"))
        print("---")
    counts: Counter[str] = Counter()
    for name, planted in _samples(40):
        _check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND35_FAMILIES)} one-value families + {len(BLIND35_BLOCKS)} block families = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")


if __name__ == "__main__":
    main(sys.argv)
