"""Blind split 37 of the PII benchmark: the end and the edges of care, written blind.

It covers medical death certificates (ф. 106/у) and ЗАГС certificates read by OCR, forensic
examination conclusions and the talk around them, blood and organ donation (donor cards, donation
and container numbers, deferrals, transplant waiting lists, transfusion protocols), vaccination
cards, certificates and immunisation registers, cancer, diabetes, orphan-disease and palliative
registries (notices, XML/TSV/key=value/fixed-width exports, an HL7 ADT^A03 death message), home-visit
requests and palliative team diaries, and the free prose of doctors typing in haste, with names,
dates, addresses and numbers mid-sentence, abbreviated and lower-cased. Names come from Faker
``ru_RU`` and from lists of names of the peoples of Russia and the CIS; identifiers are generated
(SNILS, INN and ENP with valid check digits), never copied.

``python -m benchmarks.pii_families_blind37 [N]`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind37_exports import EXPORTS37
from benchmarks.pii_blind37_forms import FORMS37
from benchmarks.pii_blind37_prose import PROSE37
from benchmarks.pii_blind37_single import SINGLE37
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND37_FAMILIES: list[Family] = list(SINGLE37)
BLIND37_BLOCKS: list[BlockFamily] = FORMS37 + EXPORTS37 + PROSE37


def _notes(fake, rng: random.Random, n: int):
    for fam in BLIND37_FAMILIES:
        for _ in range(n):
            yield fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)
    for blk in BLIND37_BLOCKS:
        for _ in range(n):
            yield blk.name, blk.make(rng, fake)


def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, repr(span))


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(argv: list[str]) -> None:
    from faker import Faker

    names = [f.name for f in BLIND37_FAMILIES] + [b.name for b in BLIND37_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    per = int(argv[1]) if len(argv) > 1 else 2
    fake = Faker("ru_RU")
    fake.seed_instance(37)
    rng = random.Random(37)
    for name, planted in _notes(fake, rng, per):
        _check(name, planted)
        print(f"--- {name}\n{_marked(planted)}")
    fake.seed_instance(3737)
    rng = random.Random(3737)
    counts: Counter[str] = Counter()
    for name, planted in _notes(fake, rng, 40):
        _check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND37_FAMILIES)} families + {len(BLIND37_BLOCKS)} blocks = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:<22} {n}")


if __name__ == "__main__":
    main(sys.argv)
