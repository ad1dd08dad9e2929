"""Blind split 43: digital health systems and their exports, written blind (without reading the
recognizers, their tests or the other splits).

What the split covers, as real systems, operators and patients produce it:

* patient portals and ЕПГУ/ЕСИА profiles, ЕМИАС appointment tickets and reminders (greetings with
  first name and patronymic, appointment slots with times, ENP of the digital policy, cancel links);
* call-centre and SMS-gateway logs (msisdn without "+", operators' short names, TSV/CSV/pipes) and
  operators' hurried CRM comments (lower case, slips of the keyboard, dates without a year);
* MIS audit logs (key=value), error reports with database errors and payload dumps;
* laboratory information systems: sample barcodes, order/accession numbers, result sheets, HL7 ORU;
* structured electronic medical documents: СЭМД/CDA XML headers (name parts in separate elements,
  passport series and number in separate elements, each marked), FHIR Patient/Observation JSON,
  HL7 v2 ADT (name and address as one field with ``^`` components);
* OMS billing registers (реестры счетов: ZAP/PERS XML, CSV lines), ЭЛН exports, referrals (057/у);
* telemonitoring (BP) and wearable (CGM) exports, telemedicine protocols and session links;
* scanned documents as OCR writes them (passport page, OMS policy, SNILS card) with Latin
  look-alike letters and lost spaces; copy-pasted schedules and fixed-width exports;
* one-value frames for every type in the same settings, with oblique cases for names and towns;
  foreign passports, migration cards, birth certificates and driver's licences count as record numbers.

Names come from Faker ``ru_RU`` and from short lists of names of the peoples of Russia and the CIS;
towns and streets from Faker; SNILS, INN and ENP carry valid check digits; other numbers are random.

``python -m benchmarks.pii_families_blind43 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from benchmarks.pii_blind43_exports import EXPORT_BLOCKS
from benchmarks.pii_blind43_ids import IDS
from benchmarks.pii_blind43_logs import LOG_BLOCKS
from benchmarks.pii_blind43_scans import SCAN_BLOCKS
from benchmarks.pii_blind43_single import DATES, PEOPLE, PHONES, PLACES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND43_FAMILIES: list[Family] = PEOPLE + PHONES + DATES + PLACES + IDS
BLIND43_BLOCKS: list[BlockFamily] = EXPORT_BLOCKS + LOG_BLOCKS + SCAN_BLOCKS


def _notes(per_family: int, seed: int = 43):
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    for family in BLIND43_FAMILIES:
        for _ in range(per_family):
            yield family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    for block_family in BLIND43_BLOCKS:
        for _ in range(per_family):
            yield block_family.name, block_family.make(rng, fake)


def _check(name: str, planted: Planted) -> None:
    text = planted.text
    for kind, start, end in planted.golds:
        assert 0 <= start < end <= len(text), (name, kind, start, end)
        span = text[start:end]
        assert span == span.strip() and span, (name, kind, repr(span))
    spans = sorted(planted.golds, key=lambda g: g[1])
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        assert end <= start, (name, "overlapping golds")


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> None:
    per_family = int(argv[1]) if len(argv) > 1 else 2
    names = [f.name for f in BLIND43_FAMILIES] + [b.name for b in BLIND43_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    for name, planted in _notes(per_family):
        _check(name, planted)
        print(f"--- {name}\n{_marked(planted)}")
    counts: Counter[str] = Counter()
    for name, planted in _notes(40, seed=4343):
        _check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND43_FAMILIES)} families + {len(BLIND43_BLOCKS)} block families = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:24s} {n}")


if __name__ == "__main__":
    main(sys.argv)
