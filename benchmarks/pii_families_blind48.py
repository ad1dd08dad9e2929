"""Blind split 48: PII planted the way an outside checker plants it, by an eighth author who never saw
the project.

Real-looking Russian clinical notes of every kind (discharge summaries, outpatient visits,
consultations, nursing notes, lab and imaging reports, referrals, SMP call cards) with ONE value
planted in each for about 80% of the families: free running text typed the way doctors type (no
labels or labels after the value, lowercase, CAPS, abbreviations, swapped letters, OCR look-alikes,
values in brackets or split by a line break, next to doses, lab values and ward numbers that are not
personal data). The rest are short mixed fragments: MIS JSON, HL7 v2 PID, CSV/TSV registry rows,
key=value logs, CDA XML, fixed-width lists, headers, footers, referrals, ЭЛН, paid-service contracts.
All 11 types are spread evenly; names come from Faker ``ru_RU`` and from lists of names of the
peoples of Russia and the CIS; identifiers are generated with valid check digits.

``python -m benchmarks.pii_families_blind48 2`` prints 2 samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind48_blocks import BLOCKS48
from benchmarks.pii_blind48_single import SINGLE48
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND48_FAMILIES: list[Family] = list(SINGLE48)
BLIND48_BLOCKS: list[BlockFamily] = list(BLOCKS48)


def samples(n: int, seed: int = 48) -> list[tuple[str, Planted]]:
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for fam in BLIND48_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND48_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def check(planted: Planted) -> None:
    for kind, start, end in planted.golds:
        value = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (kind, start, end, planted.text)
        assert value == value.strip(), (kind, repr(value))


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:" + text[start:end] + "]]" + text[end:]
    return text


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 2
    names = [f.name for f in BLIND48_FAMILIES] + [b.name for b in BLIND48_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    for fam_name, planted in samples(n):
        check(planted)
        print(f"{fam_name}: {marked(planted)!r}")
    counts: Counter[str] = Counter()
    for _, planted in samples(40, seed=4848):
        check(planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\nfamilies: {len(BLIND48_FAMILIES)} single + {len(BLIND48_BLOCKS)} blocks = {len(names)}")
    for kind, count in sorted(counts.items()):
        print(f"{kind:24s}{count}")


if __name__ == "__main__":
    main(sys.argv)
