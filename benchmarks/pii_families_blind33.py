"""Blind held-out split 33 of the PII benchmark, written the way an outside checker plants values.

The split takes ordinary sentences of Russian clinical notes (complaints, anamnesis, examination,
conclusions, recommendations, signatures, administrative lines) and puts ONE value into each:
about three quarters of the families are single values, with and without a label word, in the
layouts Russian records, MIS registries and hurried typists produce (oblique grammatical cases of
names, initials on either side, names of the peoples of Russia and the CIS, caps and lowercase,
partial dates and dates with times, rural and reversed postal addresses, places of birth and work,
checksummed SNILS / INN / ЕНП, passports with split series, old-style policies, and the numbers of
case histories, outpatient cards, lab samples, ЭЛН, referrals, prescriptions, ambulance call cards,
MIS/EMK IDs, foreign and civil documents). The rest are short mixed fragments of two to five values
and a few MIS exports (CSV/TSV, JSON, XML, HL7 v2, key=value, fixed width).

Written blind: without looking at the detector, its tests, the benchmark runner or the other blind
splits. Values come from Faker ``ru_RU`` (seeded by the caller), from the lists of names in
:mod:`benchmarks.pii_blind33_values`, or are generated with valid check digits; none is copied.

``python -m benchmarks.pii_families_blind33 N`` prints N samples per family with the gold spans
marked and the gold span counts per type at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind33_blocks import BLOCKS
from benchmarks.pii_blind33_ids import CONTACTS, RECORDS, STATE_IDS
from benchmarks.pii_blind33_single import DATES, PEOPLE, PLACES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND33_FAMILIES: list[Family] = PEOPLE + DATES + PLACES + CONTACTS + STATE_IDS + RECORDS
BLIND33_BLOCKS: list[BlockFamily] = BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def plant(item: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def check(planted: Planted, family: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert kind in TYPES, (family, kind)
        assert 0 <= start < end <= len(planted.text), (family, planted)
        assert span and span == span.strip(), (family, repr(span))


def marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(samples: int, per_family: int = 40, seed: int = 33) -> Counter[str]:
    from faker import Faker

    items: list[Family | BlockFamily] = [*BLIND33_FAMILIES, *BLIND33_BLOCKS]
    names = [item.name for item in items]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for item in items:
        for i in range(per_family):
            planted = plant(item, rng, fake)
            check(planted, item.name)
            for kind, _, _ in planted.golds:
                counts[kind] += 1
            if i < samples:
                print(f"{item.name}: {marked(planted)!r}")
    print(f"\n{len(BLIND33_FAMILIES)} single-value families + {len(BLIND33_BLOCKS)} blocks = {len(items)} families")
    print(f"gold spans at {per_family} notes per family:")
    for kind in TYPES:
        print(f"  {kind:<24}{counts[kind]}")
    return counts


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
