"""Blind split 27: PII planted the way an outside checker plants it.

About 80 % single values, each in a short clinical sentence (complaints, anamnesis, plan), with or
without a label, in many surface formats per type; the rest short mixed fragments (a discharge
header, referrals, a lab form, JSON/XML/HL7/CSV/DICOM exports). Written by an independent author
without looking at the scanner. ``python -m benchmarks.pii_families_blind27 N`` prints N samples per
family with the gold spans marked, then the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind27_docs import BLIND27_BLOCKS
from benchmarks.pii_blind27_single import BLIND27_SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND27_FAMILIES: list[Family] = BLIND27_SINGLE
__all__ = ["BLIND27_BLOCKS", "BLIND27_FAMILIES", "check", "main"]

TYPES = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "DATE_TIME",
    "LOCATION",
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "MEDICAL_RECORD_NUMBER",
)


def _plant(item: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def check(planted: Planted) -> None:
    """Every gold span lies inside the text, is non-empty, not padded with whitespace, and disjoint."""
    spans = sorted((s, e, k) for k, s, e in planted.golds)
    last = 0
    for start, end, kind in spans:
        assert kind in TYPES, kind
        assert 0 <= start < end <= len(planted.text), (kind, start, end)
        value = planted.text[start:end]
        assert value.strip() == value and value, (kind, value)
        assert start >= last, f"overlapping spans at {start}: {planted.text!r}"
        last = end


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:{text[start:end]}]]" + text[end:]
    return text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 2
    rng, fake = random.Random(27), Faker("ru_RU")
    fake.seed_instance(27)
    items: list[Family | BlockFamily] = [*BLIND27_FAMILIES, *BLIND27_BLOCKS]
    names = [i.name for i in items]
    assert len(names) == len(set(names)) and all(x.startswith("b27_") for x in names)
    for item in items:
        print(f"=== {item.name}")
        for _ in range(n):
            planted = _plant(item, rng, fake)
            check(planted)
            print("  " + _marked(planted).replace("\n", "\n  ").replace("\r", "\\r"))
    counts: Counter[str] = Counter()
    for item in items:
        for _ in range(40):
            planted = _plant(item, rng, fake)
            check(planted)
            counts.update(k for k, _s, _e in planted.golds)
    print(f"\n{len(BLIND27_FAMILIES)} families + {len(BLIND27_BLOCKS)} blocks; gold spans at 40 per family:")
    for kind in TYPES:
        print(f"  {kind:24s} {counts[kind]}")
    missing = [k for k in TYPES if not counts[k]]
    if missing:
        print("no gold spans for: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
