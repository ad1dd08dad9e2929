"""Blind split 52 for the PII benchmark: laboratory and imaging diagnostics, written blind.

Covers what lab, imaging and blood-bank paperwork carries: LIS exports (CSV, TSV, JSON, XML, key=value,
fixed-width journals), HL7 ORM/ORU messages, barcoded tube labels (some read back by OCR) and tube lists,
outside commercial lab requests and results, PCR and culture reports, genetic testing consents and
reports, DICOM header dumps (dcmdump and pydicom style: PatientName, PatientID, AccessionNumber,
StudyDate), PACS links, ultrasound and endoscopy protocols, CT referrals and acts of film transfer,
Holter and telemetry reports, transfusion protocols and donor cards, result SMS and e-mails.

All values are generated (Faker ``ru_RU`` names or short lists of names of the peoples of Russia and
the CIS; SNILS, INN and ENP with valid check digits). ``python -m benchmarks.pii_families_blind52 N``
prints N samples per family with the gold spans marked and the gold counts per type at 40 notes a family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind52_exports import EXPORT_BLOCKS
from benchmarks.pii_blind52_reports import REPORT_BLOCKS
from benchmarks.pii_blind52_single import SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND52_FAMILIES: list[Family] = list(SINGLE)
BLIND52_BLOCKS: list[BlockFamily] = EXPORT_BLOCKS + REPORT_BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def _sample(item: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip() and span, (name, kind, repr(span))


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(n: int) -> None:
    from faker import Faker

    items: list[Family | BlockFamily] = [*BLIND52_FAMILIES, *BLIND52_BLOCKS]
    names = [item.name for item in items]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(52)
    rng = random.Random(52)
    for item in items:
        print(f"=== {item.name}")
        for _ in range(n):
            planted = _sample(item, rng, fake)
            _check(item.name, planted)
            print(_marked(planted))
            print("---")
    counts: Counter[str] = Counter()
    for item in items:
        for _ in range(40):
            planted = _sample(item, rng, fake)
            _check(item.name, planted)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND52_FAMILIES)} single + {len(BLIND52_BLOCKS)} blocks = {len(items)}")
    for kind in TYPES:
        print(f"{kind:24s} {counts[kind]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
