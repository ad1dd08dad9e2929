"""Blind split 38: the papers that travel with a patient between institutions and regions.

Written blind (without reading the detector, its tests or the other splits). The split covers

* interhospital referrals (form 057/у-04, referrals to federal centres) and the transfer epicrisis,
  the act of handing a patient over, the letter back to the district hospital;
* high-tech care quotas: the ВМП talon printout, the ВК protocol that sends the patient, the
  regional ministry's guarantee letter for the patient and an escort, waiting-list registers;
* telemedicine consultations with national medical research centres (НМИЦ): protocols, JSON
  requests, video-consilium invitations and links to shared images, e-mail between doctors;
* air ambulance and interhospital transfer: call cards, dispatch logs, HL7 ADT^A02 messages,
  CSV/fixed-width transfer registers, a coordinator's chat;
* medical-social expertise (МСЭ): the 088/у referral (paper and XML), ИПРА extracts, ЭЛН numbers;
* patients from remote settlements and from the CIS (names of the peoples of Russia and Central
  Asia, foreign passports, migration cards, foreign phone numbers), children with birth certificates.

Single-value families put one value in a frame (the slot's grammatical case given); block
families write a fragment with several values. Values are generated (Faker ``ru_RU`` seeded by the
caller, own name and place lists, identifiers with valid check digits).

``python -m benchmarks.pii_families_blind38 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from typing import Any

from benchmarks.pii_blind38_docs import DOC_MAKERS
from benchmarks.pii_blind38_exports import EXPORT_MAKERS
from benchmarks.pii_blind38_single import SINGLE_FAMILIES
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Planted, fill

BLIND38_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND38_BLOCKS: list[BlockFamily] = [
    BlockFamily(name + "-b38", HELDOUT, make) for name, make in (*DOC_MAKERS.items(), *EXPORT_MAKERS.items())
]

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def _sample(family: Family | BlockFamily, rng: random.Random, fake: Any) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def _check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, start, end)
        span = planted.text[start:end]
        assert span == span.strip(), (name, span)
    spans = sorted(planted.golds, key=lambda g: g[1])
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        assert end <= start, (name, planted.text)


def _marked(planted: Planted) -> str:
    out, pos = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[pos:start] + f"[[{kind}:" + planted.text[start:end] + "]]")
        pos = end
    return "".join(out) + planted.text[pos:]


def main(argv: list[str]) -> None:
    from faker import Faker

    per = int(argv[0]) if argv else 2
    names = [f.name for f in BLIND38_FAMILIES] + [b.name for b in BLIND38_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(38)
    rng = random.Random(38)
    for family in (*BLIND38_FAMILIES, *BLIND38_BLOCKS):
        print(f"=== {family.name}")
        for _ in range(per):
            planted = _sample(family, rng, fake)
            _check(planted, family.name)
            print(_marked(planted).replace("\r", "\\r\n"))
            print("---")
    counts: Counter[str] = Counter()
    for family in (*BLIND38_FAMILIES, *BLIND38_BLOCKS):
        for _ in range(40):
            planted = _sample(family, rng, fake)
            _check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND38_FAMILIES)} single + {len(BLIND38_BLOCKS)} blocks = {len(names)}")
    for kind in TYPES:
        print(f"{kind:24} {counts[kind]}")


if __name__ == "__main__":
    main(sys.argv[1:])
