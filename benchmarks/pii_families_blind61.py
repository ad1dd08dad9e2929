"""Blind held-out split 61: civil law and insurance paperwork that carries patients' data.

Written blind (without looking at the detector, its tests or other splits). Lawyers' requests for medical
records, court rulings and expert opinions, notarial powers of attorney, guardianship and inheritance papers,
life/accident/travel/credit insurance claims and insurers' requests, ДМС guarantee letters and refusals, bank
and pension-fund requests, the clinic's replies, registers of released copies, and CRM/CSV/JSON/XML/HL7 exports.

Marking rules:

* PERSON: every name of a person (patients, relatives, heirs, lawyers, judges, notaries, experts, doctors,
  clerks) in any case and shape; separate XML/HL7 name parts are separate spans.
* DATE_TIME: dates that concern a person (birth, death, treatment, admission, discharge, injury, insured event,
  sick leave, expert examination, passport issue, the claimant's signature date); legal quoted dates are marked
  with their quotes and «г.»/«года» (``«12» марта 2024 г.``). Dates of outgoing letters, ruling headers and
  powers of attorney written in words are not marked.
* LOCATION: persons' registration/residence addresses, places of birth, places of an insured event or death.
  Addresses and towns of organisations, courts and notaries are not marked.
* RU_INN: persons' (heirs, claimants, guardians, sole traders) 12-digit INNs; organisations' INNs are not marked.
* RU_PASSPORT: series + number only (the issuing authority and division code are not marked, the issue date is
  DATE_TIME); a foreign-travel passport number (2 + 7 digits) is marked RU_PASSPORT too.
* RU_OMS_POLICY: 16-digit ЕНП (Luhn-valid) or an old series + number.
* MEDICAL_RECORD_NUMBER: numbers that point at one person's record: case histories, outpatient cards, EMK/MIS ids,
  lab and autopsy protocols, sick leaves (ЭЛН), МСЭ acts, ВК protocols, and one person's voluntary insurance
  policy/certificate and claim (убыток) numbers. Court case numbers, letter numbers, notarial register numbers,
  credit contract and bank account numbers are NOT marked.
* Phones, e-mails and links of organisations (clinic, insurer, notary's office) are not marked; those of persons are.

``python -m benchmarks.pii_families_blind61 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind61_ins, pii_blind61_legal, pii_blind61_more, pii_blind61_single
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND61_FAMILIES: list[Family] = list(pii_blind61_single.FAMILIES)
BLIND61_BLOCKS: list[BlockFamily] = (list(pii_blind61_legal.BLOCKS) + list(pii_blind61_ins.BLOCKS)
                                    + list(pii_blind61_more.BLOCKS))


def _sample_family(family: Family, rng: random.Random, fake: Faker) -> Planted:
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, repr(span))


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:" + planted.text[start:end] + "]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(per_family: int = 2, seed: int = 61) -> Counter[str]:
    names = [f.name for f in BLIND61_FAMILIES] + [b.name for b in BLIND61_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    counts: Counter[str] = Counter()
    for n in (per_family, 40):
        for family in BLIND61_FAMILIES:
            for _ in range(n):
                planted = _sample_family(family, rng, fake)
                _check(family.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {family.name}\n{_marked(planted)}")
        for blk in BLIND61_BLOCKS:
            for _ in range(n):
                planted = blk.make(rng, fake)
                _check(blk.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {blk.name}\n{_marked(planted)}")
    print(f"\n{len(names)} families ({len(BLIND61_FAMILIES)} single, {len(BLIND61_BLOCKS)} blocks); "
          "gold spans at 40 notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<24}{count}")
    return counts


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)

