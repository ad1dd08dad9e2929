"""Blind held-out split 46: military, police and forensic medicine.

Written without looking at the detector, its tests or the other blind splits. It covers the paperwork
where a person meets the army, the police, the courts or the prison service through a doctor:

* military medical commissions (ВВК protocols, conscription office referrals and replies from the
  psychiatric/narcological dispensaries, military hospital epicrises, contract-service cards) with
  приписное свидетельство, военный билет and личный номер военнослужащего;
* forensic medicine: заключение эксперта, акт судебно-медицинского исследования трупа, the register
  of examinations as a fixed-width journal;
* police and investigators: requests (КУСП, уголовное дело), hospital replies, telephone messages
  about road-accident casualties, protocols of referral to examination, detainee examinations;
* the act of medical examination for intoxication (form 307/у-05) and its MIS export;
* prison medical units (ФСИН): arrival entries, HL7 admission messages;
* firearm licence certificates (002-О/у) and chemical-toxicological results (003-О/у);
* migrants brought by the migration service (foreign passports, migration cards).

Names mix Faker ``ru_RU`` with names of the peoples of Russia and the CIS (Tatar, Dagestani, Armenian,
Georgian, Uzbek with "угли/кизи", Azerbaijani with "оглы/кызы", Buryat, Kazakh, Yakut), in the
grammatical cases the frames require. Exports: CSV, TSV, JSON, XML, HL7 v2, key=value, fixed width;
OCR noise sits in the labels of scanned forms. Identifiers carry valid check digits (СНИЛС, ИНН, ЕНП).

``python -m benchmarks.pii_families_blind46 N`` prints N samples per family with gold spans marked and
the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind46_docs import DOC_BLOCKS
from benchmarks.pii_blind46_exports import EXPORT_BLOCKS
from benchmarks.pii_blind46_single import SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND46_FAMILIES: list[Family] = list(SINGLE)
BLIND46_BLOCKS: list[BlockFamily] = DOC_BLOCKS + EXPORT_BLOCKS


def _check(p: Planted, family: str) -> None:
    for kind, start, end in p.golds:
        span = p.text[start:end]
        assert 0 <= start < end <= len(p.text), (family, kind, start, end)
        assert span == span.strip(), (family, kind, span)


def _mark(p: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(p.golds, key=lambda g: g[1]):
        out.append(p.text[last:start] + f"[[{kind}:{p.text[start:end]}]]")
        last = end
    return "".join(out) + p.text[last:]


def samples(n: int, seed: int = 46) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND46_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND46_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 2
    names = [f.name for f in BLIND46_FAMILIES] + [b.name for b in BLIND46_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    for fam, p in samples(n):
        _check(p, fam)
        print(f"--- {fam}\n{_mark(p)}\n")
    counts: Counter[str] = Counter()
    for fam, p in samples(40, seed=4646):
        _check(p, fam)
        counts.update(kind for kind, _, _ in p.golds)
    print(f"families: {len(BLIND46_FAMILIES)} single + {len(BLIND46_BLOCKS)} blocks = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind, c in sorted(counts.items()):
        print(f"  {kind:<24}{c}")


if __name__ == "__main__":
    main(sys.argv)
