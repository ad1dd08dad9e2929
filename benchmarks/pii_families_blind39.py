"""Blind split 39: PII planted the way an outside checker plants it (fifth author, written blind).

Ordinary sentences of Russian clinical notes — complaints, anamnesis vitae and morbi, examination,
diagnosis, conclusions, recommendations, discharge summaries, nursing and consultation notes — each
carry ONE value (about three quarters of the families): with and without a label word, in every
layout Russian records and typists use (abbreviations, lower case, missing punctuation, values glued
to words, values at the very start or end of a line, caps headers, a little OCR noise in labels).
The rest are short mixed fragments: a discharge header, a nursing entry, a consultation, a referral,
a sick-leave line, a call card, a death record, and exports (HL7 v2, CSV, TSV, JSON, XML, key=value,
fixed width).

All 11 types: PERSON (patients, relatives, doctors, nurses, witnesses; Faker ``ru_RU`` names and names
of the peoples of Russia and the CIS, in oblique cases), PHONE_NUMBER, EMAIL_ADDRESS, URL, DATE_TIME
(birth, admission, onset, studies, follow-up, certificates, partial dates, times glued to dates),
LOCATION (full and partial addresses, towns and villages in case), RU_SNILS, RU_INN, RU_PASSPORT,
RU_OMS_POLICY (ЕНП and old policies) and MEDICAL_RECORD_NUMBER (case histories, outpatient cards, EMK/MIS
ids, lab samples, referrals, prescriptions, ЭЛН, certificates, call cards, foreign documents).

``python -m benchmarks.pii_families_blind39 N`` prints N samples per family with the gold spans marked
and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from typing import Any

from benchmarks.pii_blind39_blocks import BLOCKS_39
from benchmarks.pii_blind39_ids import SINGLE_B
from benchmarks.pii_blind39_single import SINGLE_A
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND39_FAMILIES: list[Family] = SINGLE_A + SINGLE_B
BLIND39_BLOCKS: list[BlockFamily] = BLOCKS_39


def plant(family: Family | BlockFamily, rng: random.Random, fake: Any) -> Planted:
    if isinstance(family, BlockFamily):
        return family.make(rng, fake)
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, span)


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    from faker import Faker

    shown = int(argv[0]) if argv else 2
    families: list[Family | BlockFamily] = [*BLIND39_FAMILIES, *BLIND39_BLOCKS]
    names = [family.name for family in families]
    assert len(names) == len(set(names)), [n for n, k in Counter(names).items() if k > 1]
    fake = Faker("ru_RU")
    counts: Counter[str] = Counter()
    for i, family in enumerate(families):
        rng = random.Random(3900 + i)
        fake.seed_instance(3900 + i)
        for j in range(40):
            planted = plant(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
            if j < shown:
                print(f"--- {family.name}\n{marked(planted)}")
    print(f"\n{len(BLIND39_FAMILIES)} single-value families, {len(BLIND39_BLOCKS)} blocks, {len(families)} in all")
    print("gold spans at 40 notes per family:")
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:<24}{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
