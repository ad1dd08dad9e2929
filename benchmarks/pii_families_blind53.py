"""Blind split 53: sanatorium-resort treatment and medical transfers, written blind.

The notes are the papers of санаторно-курортное лечение and of moving a patient between hospitals:

* the санаторно-курортная карта (форма 072/у, and 076/у for children), справка 070/у and the ВК
  protocol behind it, путёвки (also as OCR of a scanned form), курсовки and the обратный талон;
* the Social Fund (СФР) voucher queue: the application, its JSON/XML exports and the letters;
* sanatorium reception and accommodation logs (TSV, CSV), the guest form, the tax certificate,
  the procedure book, discharge headers, hurried nurse notes, the escort's and relatives' contacts;
* Госуслуги/СФР status messages and the fixed-width voucher register;
* санитарная авиация and inter-hospital transfers: requests, the fixed-width flight journal,
  transfer letters, medical evacuation sheets, telephonograms, HL7 ADT^A02, MIS key=value exports,
  ТМК consultations, acceptance notes, the РЦМК phone log, relatives' e-mails, migrants' documents.

Names mix Faker ``ru_RU`` with names of the peoples of Russia and the CIS (Tatar, Bashkir, Buryat,
Yakut, Uzbek, Kazakh, Dagestani, Armenian, Georgian, Ukrainian, Korean) in several grammatical
cases, in capitals and in lowercase. Identifiers are generated (SNILS, INN and ЕНП with valid
check digits). All families are ``heldout``.

``python -m benchmarks.pii_families_blind53 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind53_cards import CARD_BLOCKS
from benchmarks.pii_blind53_more import MORE_BLOCKS
from benchmarks.pii_blind53_single import SINGLE
from benchmarks.pii_blind53_transfers import TRANSFER_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND53_FAMILIES: list[Family] = list(SINGLE)
BLIND53_BLOCKS: list[BlockFamily] = CARD_BLOCKS + TRANSFER_BLOCKS + MORE_BLOCKS


def _faker(seed: int):
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    return fake


def sample(family: Family | BlockFamily, rng: random.Random, fake) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        span = planted.text[start:end]
        assert span == span.strip() and span, (name, kind, repr(span))


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:" + text[start:end] + "]]" + text[end:]
    return text


def main(n: int = 2, per_family: int = 40) -> None:
    families: list[Family | BlockFamily] = [*BLIND53_FAMILIES, *BLIND53_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), [x for x, c in Counter(names).items() if c > 1]
    rng, fake = random.Random(53), _faker(53)
    for family in families:
        print(f"=== {family.name}")
        for _ in range(n):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            print(mark(planted))
            print("---")
    counts: Counter[str] = Counter()
    rng, fake = random.Random(5353), _faker(5353)
    for family in families:
        for _ in range(per_family):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND53_FAMILIES)} single families + {len(BLIND53_BLOCKS)} blocks = {len(families)} families")
    print(f"gold spans at {per_family} notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<24}{count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
