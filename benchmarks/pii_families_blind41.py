"""Blind split 41: pharmacy, prescriptions and the paperwork around care, written blind.

Covers what Russian pharmacies, prescribing doctors, insurers, clinics' billing and legal desks
and their systems produce about a patient:

* prescription blanks 107-1/у, 148-1/у-88, 148-1/у-04(л) and the special narcotic blank 107/у-НП,
  also as an OCR'd scan; subsidised drug supply (ЛЛО) registers in CSV/TSV and fixed width; the
  journal of narcotic drug operations; SMS notices about deferred prescriptions; e-prescription
  exports (JSON, XML with the name in three elements, HL7 v2 RDE, key=value service logs);
  home delivery requests;
* voluntary insurance (ДМС) guarantee letters, claims and invoice registers; paid-service
  contracts, parties' details and acts; tax-deduction certificates (the old one and the 2024 form
  with the name in boxes); complaints and replies; lawyers' and courts' requests for records;
  informed consents, refusals for a minor, consents to personal data processing, requests for
  copies of records, the social fund's certificate about the drug benefit (НСУ);
* single lines of the same papers, with names in the dative, instrumental, genitive,
  prepositional and accusative ("выдано Ивановой М.П.", "получено сыном", "сведения о Петрове"),
  upper/lower case, names of other peoples of Russia and the CIS, partial dates, dates with times.

Gold types: the 11 of the benchmark. Numbers of prescriptions, cards, ЭЛН, ДМС policies,
contracts, guarantee letters, certificates, complaints, court cases, lawyers' registry entries,
foreign and birth documents are MEDICAL_RECORD_NUMBER. Drug doses, ICD codes, benefit category
codes, form codes and prices are not marked.

``python -m benchmarks.pii_families_blind41 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind41_docs import DOC_BLOCKS
from benchmarks.pii_blind41_more import MORE_BLOCKS, MORE_SINGLE
from benchmarks.pii_blind41_rx import RX_BLOCKS
from benchmarks.pii_blind41_single import SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND41_FAMILIES: list[Family] = SINGLE + MORE_SINGLE
BLIND41_BLOCKS: list[BlockFamily] = RX_BLOCKS + DOC_BLOCKS + MORE_BLOCKS


def sample(family: Family | BlockFamily, rng: random.Random, fake) -> Planted:
    if isinstance(family, BlockFamily):
        return family.make(rng, fake)
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span and span == span.strip(), (name, kind, repr(span))


def marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda gold: gold[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(argv: list[str]) -> None:
    from faker import Faker

    per_family = int(argv[1]) if len(argv) > 1 else 2
    families: list[Family | BlockFamily] = [*BLIND41_FAMILIES, *BLIND41_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    fake = Faker("ru_RU")
    fake.seed_instance(41)
    rng = random.Random(41)
    for family in families:
        print(f"=== {family.name}")
        for _ in range(per_family):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            print(marked(planted))
            print("---")
    counts: Counter[str] = Counter()
    for family in families:
        for _ in range(40):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND41_FAMILIES)} single + {len(BLIND41_BLOCKS)} blocks = {len(families)}")
    for kind, n in sorted(counts.items()):
        print(f"{kind:24s} {n}")


if __name__ == "__main__":
    main(sys.argv)
