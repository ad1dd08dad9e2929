"""Blind split 44: disability assessment and long-term care paperwork, written blind.

Covers what Russian clinics, МСЭ bureaus, social services and funds write about people with
disabilities and chronic conditions under long-term observation:

* направления на МСЭ (ф. 088/у), акты и протоколы МСЭ, справки серии МСЭ, обжалования;
* ИПРА (header, отчет об исполнении), протоколы врачебной комиссии (ВК), ЭЛН before МСЭ;
* санаторно-курортные справки и карты (070/у, 072/у), путевки, реестры путевок (CSV);
* регистры диспансерного наблюдения: онкорегистр (XML, извещение 090/у), регистр СД (JSON,
  журнал тест-полосок), ТБ-регистр (TSV), центр СПИД (key=value), карта 030/у;
* заявления в КЦСОН, акты обследования условий жизни, письма ОСФР/ПФР, уведомления о пенсии;
* ТСР: журнал выдачи (fixed width), электронные сертификаты, заказ-наряды протезного предприятия;
* exports to HL7 v2 (PID), ФГИС ЕАВИИАС-like JSON, OCR'd scans, a relative's hurried message.

Names come from Faker ``ru_RU`` and from lists of Tatar, Bashkir, Chechen, Dagestani, Buryat,
Yakut, Ossetian, Armenian, Georgian, Kazakh, Uzbek, Tajik and Kyrgyz names; identifiers are
generated with valid check digits (СНИЛС, ИНН, ЕНП).

``python -m benchmarks.pii_families_blind44 N`` prints N samples per family with the gold spans
marked and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind44_exports import EXPORT_BLOCKS
from benchmarks.pii_blind44_forms import FORM_BLOCKS
from benchmarks.pii_blind44_single import SINGLE
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Planted, fill

BLIND44_FAMILIES: list[Family] = list(SINGLE)
BLIND44_BLOCKS: list[BlockFamily] = [BlockFamily(name, HELDOUT, make) for name, make in FORM_BLOCKS + EXPORT_BLOCKS]


def sample(rng: random.Random, fake: object, family: Family | BlockFamily) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip() and span, (name, kind, repr(span))


def marked(planted: Planted) -> str:
    out, pos = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out += [planted.text[pos:start], f"[[{kind}:{planted.text[start:end]}]]"]
        pos = end
    return "".join(out) + planted.text[pos:]


def main(per_family: int) -> None:
    from faker import Faker

    names = [f.name for f in BLIND44_FAMILIES] + [b.name for b in BLIND44_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(44)
    rng = random.Random(44)
    for family in [*BLIND44_FAMILIES, *BLIND44_BLOCKS]:
        print(f"=== {family.name}")
        for _ in range(per_family):
            planted = sample(rng, fake, family)
            check(planted, family.name)
            print(marked(planted).replace("\r", "\\r"))
            print("---")
    counts: Counter[str] = Counter()
    for family in [*BLIND44_FAMILIES, *BLIND44_BLOCKS]:
        for _ in range(40):
            planted = sample(rng, fake, family)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND44_FAMILIES)} single + {len(BLIND44_BLOCKS)} blocks = {len(names)}")
    for kind, n in sorted(counts.items()):
        print(f"{kind:24} {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
