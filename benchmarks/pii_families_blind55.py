"""Blind split 55: quality control and patients' rights paperwork, written without looking at the detector.

What it covers:

* insurers' audits: акты медико-экономической экспертизы (МЭЭ) and экспертизы качества (ЭКМП), an insurer's
  request for records, реестры счетов ОМС with the insured person's data (XML of the register, CSV, fixed width);
* patients' complaints and written appeals to the clinic, the Ministry and Roszdravnadzor (обращения граждан),
  Roszdravnadzor's forwarding letter, the clinic's reply, a complaints register (TSV), an appeal from the public
  services portal (JSON), a hotline log (key=value) and a hotline chat;
* requests for copies of records from courts, police and lawyers, and a patient's own request for copies;
* informed voluntary consent (ИДС), refusals of an intervention (also by a foreign citizen with a foreign
  passport and a migration card), consent to personal-data processing;
* internal incident and adverse-event reports (also an HL7 PID segment), ВК sub-commission protocols on sick
  leave, a death-case review.

Names come from Faker ``ru_RU`` and from lists of names of the peoples of Russia and the CIS (Tatar, Dagestani,
Armenian, Georgian, Uzbek, Kazakh, Yakut, Buryat, Ossetian), put in the case the frame asks for; identifiers are
generated (SNILS, INN and ENP with valid check digits). ``python -m benchmarks.pii_families_blind55 N`` prints N
samples per family with the gold spans marked and the gold span counts per type at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind55_acts import ACT_BLOCKS
from benchmarks.pii_blind55_docs import DOC_BLOCKS
from benchmarks.pii_blind55_single import SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND55_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND55_BLOCKS: list[BlockFamily] = DOC_BLOCKS + ACT_BLOCKS
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN", "RU_PASSPORT",
         "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def _samples(n: int, seed: int = 55):
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    for family in BLIND55_FAMILIES:
        for _ in range(n):
            yield family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    for block in BLIND55_BLOCKS:
        for _ in range(n):
            yield block.name, block.make(rng, fake)


def _check(planted: Planted) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, kind
        assert 0 <= start < end <= len(planted.text), (kind, start, end)
        span = planted.text[start:end]
        assert span == span.strip(), repr(span)


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(n: int) -> None:
    names = [f.name for f in BLIND55_FAMILIES] + [b.name for b in BLIND55_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    for name, planted in _samples(n):
        _check(planted)
        print(f"--- {name}\n{_marked(planted)}\n")
    counts: Counter[str] = Counter()
    for _, planted in _samples(40):
        _check(planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"{len(BLIND55_FAMILIES)} one-value families + {len(BLIND55_BLOCKS)} block families = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:<22} {counts[kind]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
