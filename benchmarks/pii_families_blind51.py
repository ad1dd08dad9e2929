"""Blind split 51: PII planted the way an outside checker plants it, by a ninth author who never saw the project.

Real-looking Russian clinical notes of every kind (discharge summaries, outpatient visits, consultations, nursing
notes, lab and imaging reports, referrals, certificates, sick leave, paid-service contracts) with ONE value each in
about three quarters of the families: free running text as doctors type it (no labels or labels after the value,
lowercase, abbreviations, typos, run-on sentences, values in brackets or split by a line break, values next to
doses, lab values, ward numbers and ICD codes that are not personal data). The rest are short mixed fragments:
report headers, a 057/у referral, an 086/у certificate, HL7, CSV, TSV, JSON, XML, key=value and fixed-width
exports. All 11 types are covered about evenly; names come from Faker ``ru_RU`` and from lists of names of the
peoples of Russia and the CIS, identifiers are generated with valid check digits.

``python -m benchmarks.pii_families_blind51 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind51_blocks import BLOCKS
from benchmarks.pii_blind51_single import SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND51_FAMILIES: list[Family] = SINGLE
BLIND51_BLOCKS: list[BlockFamily] = BLOCKS


def _sample(family: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def _check(planted: Planted, family: str) -> None:
    for kind, start, end in planted.golds:
        value = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (family, kind, start, end)
        assert value == value.strip(), (family, kind, value)


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(n: int) -> None:
    from faker import Faker

    families: list[Family | BlockFamily] = [*BLIND51_FAMILIES, *BLIND51_BLOCKS]
    names = [family.name for family in families]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(51)
    rng = random.Random(51)
    for family in families:
        print(f"== {family.name}")
        for _ in range(n):
            planted = _sample(family, rng, fake)
            _check(planted, family.name)
            print("  " + _marked(planted).replace("\n", "\n  ").replace("\r", "\\r"))
    counts: Counter[str] = Counter()
    for family in families:
        for _ in range(40):
            planted = _sample(family, rng, fake)
            _check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND51_FAMILIES)} single-value families, {len(BLIND51_BLOCKS)} block families, "
          f"{len(families)} in all; gold spans at 40 notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:24s} {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
