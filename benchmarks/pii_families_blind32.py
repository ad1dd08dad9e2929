"""Blind held-out split 32 for the PII benchmark: rural and regional care.

Written blind (without looking at the recognizers, their tests or the other splits). It covers what
feldsher-midwife posts (ФАП), district hospitals (ЦРБ/РБ), mobile teams and mobile ФАП, air ambulance,
sanatorium-resort cards (072/у, 076/у) and check-ins, sports medicine, driver commissions, pre-employment
and periodic occupational check-ups and migrants' check-ups write: names of the peoples of Russia and the
CIS in every case, villages, settlements, хутора, станицы, аулы, улусы, СНТ/ДНТ, military towns, ЗАТО and
kilometres of rural roads in the abbreviations people use, five-digit rural phone codes, checksummed
СНИЛС/ИНН/ЕНП, passports, and the numbers of cards, histories, vouchers, ЭЛН, call cards, samples,
birth certificates, driver's licences and foreign documents. Formats: frames in oblique cases, lowercase
journal lines, CAPS and OCR scans, CSV/TSV/JSON/XML/HL7/key=value/fixed width.

``python -m benchmarks.pii_families_blind32 N`` prints N samples per family with the gold spans marked
and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind32_exports import EXPORT_BLOCKS
from benchmarks.pii_blind32_forms import FORM_BLOCKS
from benchmarks.pii_blind32_single import BLIND32_SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND32_FAMILIES: list[Family] = list(BLIND32_SINGLE)
BLIND32_BLOCKS: list[BlockFamily] = FORM_BLOCKS + EXPORT_BLOCKS


def _plant(family: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def _check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, span)


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(n: int) -> None:
    families: list[Family | BlockFamily] = [*BLIND32_FAMILIES, *BLIND32_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), [x for x, c in Counter(names).items() if c > 1]
    fake = Faker("ru_RU")
    for family in families:
        rng = random.Random(family.name)
        fake.seed_instance(family.name)
        print(f"=== {family.name}")
        for _ in range(n):
            planted = _plant(family, rng, fake)
            _check(planted, family.name)
            print(_marked(planted))
            print("---")
    counts: Counter[str] = Counter()
    fake.seed_instance(32)
    rng = random.Random(32)
    for family in families:
        for _ in range(40):
            planted = _plant(family, rng, fake)
            _check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND32_FAMILIES)} single + {len(BLIND32_BLOCKS)} blocks = {len(families)}")
    for kind, count in sorted(counts.items()):
        print(f"{kind:24} {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
