"""Blind split 54: planted the way an outside checker plants, by an author who has never seen the
project's detector, tests or other splits.

What it covers: real-looking Russian clinical paperwork of every kind (discharge summaries,
outpatient visits, consultations, nursing and duty notes, lab and imaging reports, referrals,
sick leaves, certificates, consent forms) with ONE value planted in each note for about three
quarters of the families, spread evenly over the 11 types:

* single values in free running text typed the way doctors and nurses type: no label or a label
  after the value, lowercase, abbreviations, typos ("оперции", "в течении"), run-on sentences,
  values in brackets or wrapped across a line, glued to the next word, next to numbers that are
  not personal data (doses, lab values, vitals, ward and bed numbers, ICD codes, tariffs);
* names in every grammatical case, with initials on either side, and names of the peoples of
  Russia and the CIS (Tatar, Bashkir, Chechen, Dagestani, Armenian, Georgian, Kazakh, Uzbek,
  Azerbaijani, Kyrgyz, Yakut, Buryat, Kalmyk, Tuvan) in the nominative;
* dates of care with times glued on, partial dates, birth dates and years, hurried-typo dates;
* addresses: full, rural, street-only, towns in oblique cases, split over lines, without dots;
* identifiers with valid check digits (SNILS, INN, ENP) and old OMS policies; document numbers
  (case history, EMK/MIS IDs, lab samples, ЭЛН, referrals, prescriptions, call cards, foreign
  passports, migration cards, birth certificates, driver's licences);
* the rest: short mixed fragments (referral, sick leave, consent, lab header, death note, registry
  card; CSV, TSV, JSON, XML, HL7 PID, key=value, fixed width).

``python -m benchmarks.pii_families_blind54 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family, and checks the spans.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind54_blocks import BLOCKS
from benchmarks.pii_blind54_single import SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND54_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND54_BLOCKS: list[BlockFamily] = list(BLOCKS)

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def samples(n: int, seed: int = 54) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out: list[tuple[str, Planted]] = []
    for family in BLIND54_FAMILIES:
        for _ in range(n):
            out.append((family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)))
    for block_family in BLIND54_BLOCKS:
        for _ in range(n):
            out.append((block_family.name, block_family.make(rng, fake)))
    return out


def check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, start, end)
        span = planted.text[start:end]
        assert span.strip() == span and span, (name, repr(span))
    spans = sorted((s, e) for _, s, e in planted.golds)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2, (name, "overlapping golds")


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> None:
    names = [f.name for f in BLIND54_FAMILIES] + [b.name for b in BLIND54_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    n = int(argv[0]) if argv else 2
    for name, planted in samples(n):
        check(name, planted)
        print(f"--- {name}\n{marked(planted)}")
    counts: Counter[str] = Counter()
    for name, planted in samples(40):
        check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND54_FAMILIES)} single families + {len(BLIND54_BLOCKS)} blocks = {len(names)} families")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")


if __name__ == "__main__":
    main(sys.argv[1:])
