"""Blind split 49: private paid medicine paperwork, written blind (without reading the detector, its
tests or the other splits).

Covers what private clinics, labs and sports/fitness medicine produce around a patient who pays:
paid-services contracts (договор на оказание платных медицинских услуг) with both parties' details
and signatures, cash receipts with the buyer's name and INN, receipts to cash orders, certificates
of payment for the tax deduction (payer's and patient's INN, passport), ДМС letters of guarantee and
registers, cosmetology and plastic-surgery consents with photo consents, sports admission
certificates and team rosters, pool and fitness club certificates, IVF couple forms, private lab order
forms, booking SMS/e-mail confirmations and clinic CRM/MIS exports (CSV, TSV, JSON, XML, HL7,
key=value logs, fixed width), with oblique cases, initials, lowercase and UPPER names, typos in
labels and OCR noise in scanned slips. Organisation INNs (10 digits) are marked as RU_INN; ОГРН,
КПП, fiscal-register numbers (ФН/ФД/ФП), service codes and sums are left unmarked.

``python -m benchmarks.pii_families_blind49 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind49_docs import DOC_BLOCKS49
from benchmarks.pii_blind49_exports import EXPORT_BLOCKS49
from benchmarks.pii_blind49_single import SINGLE49
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND49_FAMILIES: list[Family] = list(SINGLE49)
BLIND49_BLOCKS: list[BlockFamily] = DOC_BLOCKS49 + EXPORT_BLOCKS49


def _samples(n: int, seed: int = 49):
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    for fam in BLIND49_FAMILIES:
        for _ in range(n):
            yield fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)
    for blk in BLIND49_BLOCKS:
        for _ in range(n):
            yield blk.name, blk.make(rng, fake)


def _check(planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (kind, start, end, planted.text)
        assert span and span == span.strip(), (kind, repr(span))


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:" + text[start:end] + "]]" + text[end:]
    return text


def main(n: int) -> None:
    names = [f.name for f in BLIND49_FAMILIES] + [b.name for b in BLIND49_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    for fam_name, planted in _samples(n):
        _check(planted)
        print(f"--- {fam_name}\n{_marked(planted)}\n")
    counts: Counter[str] = Counter()
    for _, planted in _samples(40, seed=4949):
        _check(planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND49_FAMILIES)} single + {len(BLIND49_BLOCKS)} blocks = {len(names)}")
    for kind, count in sorted(counts.items()):
        print(f"{kind:24s} {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
