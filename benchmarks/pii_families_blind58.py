"""Blind held-out split 58: a hospital's staff, HR and IT paperwork that mentions patients.

Written blind (without looking at the detector, its tests or other splits). Covers duty rosters and shift
handovers (tables and spoken-style notes), personnel records (ф. Т-2, fixed-width HR exports, hiring orders,
foreign staff with national passports, migration cards and patents, drivers' licences), staff medical checks
and vaccination lists, internal memos and disciplinary orders naming staff and patients, MIS account requests,
access/audit logs (pipe tables, JSON, XML, key=value), audit investigations and patients' access requests,
service-desk tickets with record links, data-correction and duplicate-merge requests, backup/restore logs,
call-centre logs and appointment-line dialogues, citizens' complaints, SMS/e-mail reminder queues and gateway
logs, HL7 ADT messages, LIS barcode tickets, regional (РЕГИЗ) upload errors, birth-certificate fixes and a work
messenger chat. Names come from Faker ``ru_RU`` (and a list of Central Asian/Caucasian names), in all cases,
with initials, upper/lower case and OCR noise; identifiers carry valid check digits.

``python -m benchmarks.pii_families_blind58 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind58_hr, pii_blind58_it, pii_blind58_single
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND58_FAMILIES: list[Family] = list(pii_blind58_single.FAMILIES)
BLIND58_BLOCKS: list[BlockFamily] = list(pii_blind58_hr.BLOCKS) + list(pii_blind58_it.BLOCKS)


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


def main(per_family: int = 2, seed: int = 58) -> Counter[str]:
    names = [f.name for f in BLIND58_FAMILIES] + [b.name for b in BLIND58_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    counts: Counter[str] = Counter()
    for n in (per_family, 40):
        for family in BLIND58_FAMILIES:
            for _ in range(n):
                planted = _sample_family(family, rng, fake)
                _check(family.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {family.name}\n{_marked(planted)}")
        for blk in BLIND58_BLOCKS:
            for _ in range(n):
                planted = blk.make(rng, fake)
                _check(blk.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {blk.name}\n{_marked(planted)}")
    print(f"\n{len(names)} families ({len(BLIND58_FAMILIES)} single, {len(BLIND58_BLOCKS)} blocks); "
          "gold spans at 40 notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<24}{count}")
    return counts


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
