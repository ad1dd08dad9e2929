"""Blind split 50: chronic disease registries and dispensary follow-up, written blind.

Covers what the paperwork of long-term follow-up carries: the regional diabetes register (CSV exports, register
numbers), haemodialysis centre session protocols and transport lists (addresses, pick-up times, phones),
anticoagulation (INR) clinic diaries and e-mails from relatives, pacemaker/ICD implant cards and device registry
records, the high-cost drug programme register (ВЗН, JSON/TSV), preferential drug supply (рецепт 148-1/у-04(л),
регистр льготников in XML, заявление об отказе от НСУ), dispensary observation cards (ф. 030/у), call lists of
patients due for a visit (fixed width), patient school attendance logs, HL7 PID segments, MIS key=value logs,
referrals (057/у, 088/у) and migrant dialysis patients' foreign documents. Names in oblique cases, names of the
peoples of Russia and the CIS, hurried lower-case typing and OCR noise are mixed in.

``python -m benchmarks.pii_families_blind50 N`` prints N samples per family with gold spans marked and the per-type
gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind50_blocks import BLOCKS50
from benchmarks.pii_blind50_single import SINGLE50
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND50_FAMILIES: list[Family] = list(SINGLE50)
BLIND50_BLOCKS: list[BlockFamily] = list(BLOCKS50)


def _sample(fam: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(fam, BlockFamily):
        return fam.make(rng, fake)
    return fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)


def _mark(p: Planted) -> str:
    out, last = "", 0
    for kind, s, e in sorted(p.golds, key=lambda g: g[1]):
        out += p.text[last:s] + f"[[{kind}:{p.text[s:e]}]]"
        last = e
    return out + p.text[last:]


def _check(name: str, p: Planted) -> None:
    for kind, s, e in p.golds:
        span = p.text[s:e]
        assert 0 <= s < e <= len(p.text), (name, kind, s, e)
        assert span == span.strip() and span, (name, kind, repr(span))


def main(n: int = 2) -> None:
    from faker import Faker

    fams: list[Family | BlockFamily] = [*BLIND50_FAMILIES, *BLIND50_BLOCKS]
    names = [f.name for f in fams]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(50)
    rng = random.Random(50)
    for fam in fams:
        print(f"== {fam.name}")
        for _ in range(n):
            p = _sample(fam, rng, fake)
            _check(fam.name, p)
            print("  " + _mark(p).replace("\n", "\n  ").replace("\r", "\\r"))
    counts: Counter[str] = Counter()
    for fam in fams:
        for _ in range(40):
            p = _sample(fam, rng, fake)
            _check(fam.name, p)
            counts.update(kind for kind, _, _ in p.golds)
    print(f"\n{len(BLIND50_FAMILIES)} single + {len(BLIND50_BLOCKS)} block families = {len(fams)}")
    for kind, c in sorted(counts.items()):
        print(f"{kind:24s}{c}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
