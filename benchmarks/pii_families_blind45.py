"""Blind split 45: PII planted the way an outside checker plants (a seventh author), written blind.

Real-looking sentences of Russian outpatient and inpatient notes of every speciality (therapy, cardiology,
neurology, surgery, gynaecology and obstetrics, ophthalmology, ENT, dermatology, endocrinology, paediatrics,
emergency care) with ONE value put into each: about three quarters of the families are single values inside
free running text - anamnesis, complaints, social history, who accompanied the patient, who was informed,
where the patient lives and works, when events happened, which documents were shown - typed the way doctors
type (no labels, labels after the value, lower case, abbreviations, run-on sentences, values in brackets,
values split by a line break, hurried typos in dates, names of the peoples of Russia and the CIS, names in
oblique cases). The rest are short mixed fragments: admission lines, consent forms, referral letters, an
OCR-noisy discharge header, SMS reminders and exports (CSV/TSV, JSON, XML, HL7 v2, key=value logs, fixed
width).

Values are made here: names, towns and streets from Faker ``ru_RU`` (seeded by the caller) or from a list of
names of the peoples of Russia and the CIS; SNILS and INN with valid check digits, unified OMS policy numbers
valid by the ФОМС (Luhn) rule; record numbers generated from layouts.

``python -m benchmarks.pii_families_blind45 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from typing import Any

from benchmarks.pii_blind45_blocks import BLOCKS
from benchmarks.pii_blind45_ids import CONTACTS, DOCS, RECORDS
from benchmarks.pii_blind45_people import DATES, PEOPLE, PLACES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND45_FAMILIES: list[Family] = PEOPLE + DATES + PLACES + RECORDS + DOCS + CONTACTS
BLIND45_BLOCKS: list[BlockFamily] = BLOCKS


def plant(family: Family | BlockFamily, rng: random.Random, fake: Any) -> Planted:
    if isinstance(family, BlockFamily):
        return family.make(rng, fake)
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def check(planted: Planted, where: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (where, kind, start, end)
        assert span == span.strip(), (where, kind, repr(span))


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:" + text[start:end] + "]]" + text[end:]
    return text


def main(samples: int = 2, per_family: int = 40) -> None:
    from faker import Faker

    families: list[Family | BlockFamily] = [*BLIND45_FAMILIES, *BLIND45_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    fake = Faker("ru_RU")
    counts: Counter[str] = Counter()
    for index, family in enumerate(families):
        for i in range(per_family):
            rng = random.Random(f"blind45/{family.name}/{i}")
            fake.seed_instance(index * 1000 + i)
            planted = plant(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
            if i < samples:
                print(f"--- {family.name} #{i}\n{mark(planted)}")
    print(f"\n{len(BLIND45_FAMILIES)} single-value families + {len(BLIND45_BLOCKS)} blocks = {len(families)} families")
    for kind, n in sorted(counts.items()):
        print(f"{kind:24s} {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
