"""Blind split 34 of the PII benchmark: paperwork around insurance, law and work.

Written blind (without reading the recognizers, their tests or the other splits). It covers what
reaches a hospital's records from outside the ward and what the hospital sends back:

* insurers: ОМС/ДМС letters and answers to complaints, МЭЭ/ЭКМП acts and their registers (CSV/TSV),
  ДМС guarantee letters, TFOMS regress claims, insurer API JSON, a fixed-width TFOMS register;
* law: court, prosecutor, police (КУСП) and investigator requests (some OCR-noisy), guardianship acts,
  notarised powers of attorney and consents, a lawyer's e-mail;
* work: employer referrals to periodic examinations, fitness conclusions, occupational pathology
  notices, accident forms (315/у), drivers' and migrants' certificates, staff TSV lists;
* social: МСЭ referrals (088/у) and extracts, ЭЛН extension by the ВК, СФР sick-leave XML and
  pension requests, an HL7 ADT message and a key=value gateway log.

Values: names of Russians and of other peoples of Russia and the CIS (Tatar, Bashkir, Caucasian,
Central Asian with "угли"/"кизи", Korean, Buryat, Ukrainian...) in all cases and in capitals; dates
whole, partial, in words and glued to times; addresses in many orders; SNILS, INN, ENP with valid
check digits; passports, old OMS policies and the many numbers of a person's papers (case histories,
ЭЛН, МСЭ acts and certificates, claims, ДМС policies, court and criminal case numbers, КУСП, notary
register numbers, foreign passports, migration cards, birth certificates, driving licences).
Not marked, on purpose: dates and numbers of laws and orders, ICD codes, money sums, ward numbers,
outgoing letter numbers and organisations' names.

``python -m benchmarks.pii_families_blind34 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from itertools import pairwise

from benchmarks.pii_blind34_legal import LEGAL_BLOCKS
from benchmarks.pii_blind34_single import SINGLE
from benchmarks.pii_blind34_work import WORK_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND34_FAMILIES: list[Family] = list(SINGLE)
BLIND34_BLOCKS: list[BlockFamily] = LEGAL_BLOCKS + WORK_BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def sample(family: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        span = planted.text[start:end]
        assert span == span.strip(), (name, kind, repr(span))
    spans = sorted((s, e) for _, s, e in planted.golds)
    for (_, e1), (s2, _) in pairwise(spans):
        assert e1 <= s2, (name, "overlapping spans")


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(per_family: int) -> None:
    from faker import Faker

    families: list[Family | BlockFamily] = [*BLIND34_FAMILIES, *BLIND34_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(34)
    rng = random.Random(34)
    for family in families:
        print(f"=== {family.name}")
        for _ in range(per_family):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            print(marked(planted))
            print("---")
    counts: Counter[str] = Counter()
    fake.seed_instance(3434)
    rng = random.Random(3434)
    for family in families:
        for _ in range(40):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND34_FAMILIES)} single + {len(BLIND34_BLOCKS)} blocks = {len(families)}")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:24s}{counts[kind]:6d}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
