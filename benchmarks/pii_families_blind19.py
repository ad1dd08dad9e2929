"""Blind split 19: speech, messages and correspondence.

Written independently (2026-11-26) without looking at the scanner: dictated notes with numbers and
dates in words, telemedicine and messenger chats, call-centre and 103 dispatcher transcripts, letters
from courts, police, insurers, enlistment offices, social services and МСЭ, sanatorium cards, e-mails
between clinics and patients, machine exports, and people of every origin with their documents.

``python -m benchmarks.pii_families_blind19 N`` prints N samples per family with the gold spans
marked ``[[TYPE:value]]`` and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind19_exports, pii_blind19_letters, pii_blind19_more, pii_blind19_talk
from benchmarks.pii_blind19_single import FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES

SPLIT = "blind19"

BLIND19_FAMILIES: list[Family] = list(FAMILIES)
BLIND19_BLOCKS: list[BlockFamily] = [
    BlockFamily(f"b19_{maker.__name__}", SPLIT, maker)
    for maker in (
        *pii_blind19_talk.BLOCKS,
        *pii_blind19_letters.BLOCKS,
        *pii_blind19_exports.BLOCKS,
        *pii_blind19_more.BLOCKS,
    )
]


def _samples(n: int, seed: int = 19) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for family in BLIND19_FAMILIES:
        for _ in range(n):
            out.append((family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)))
    for block in BLIND19_BLOCKS:
        for _ in range(n):
            out.append((block.name, block.make(rng, fake)))
    return out


def check(n: int = 40) -> Counter[str]:
    """Every gold span inside the text, non-empty, unpadded and disjoint; returns the per-type counts."""
    counts: Counter[str] = Counter()
    names = [f.name for f in BLIND19_FAMILIES] + [b.name for b in BLIND19_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(name.startswith("b19_") for name in names)
    for name, planted in _samples(n):
        spans = sorted((start, end, kind) for kind, start, end in planted.golds)
        for start, end, kind in spans:
            assert kind in ENTITY_TYPES, (name, kind)
            assert 0 <= start < end <= len(planted.text), (name, start, end)
            value = planted.text[start:end]
            assert value == value.strip() and value, (name, value)
            assert not value.endswith((",", ";", ":")), (name, value)
            counts[kind] += 1
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2, (name, planted.text)
    return counts


def mark(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    for name, planted in _samples(n):
        print(f"--- {name}\n{mark(planted)}")
    counts = check(40)
    print(f"\n{len(BLIND19_FAMILIES)} families, {len(BLIND19_BLOCKS)} blocks; gold spans at 40 per family:")
    missing = []
    for kind in ENTITY_TYPES:
        print(f"  {kind:24s} {counts[kind]}")
        if not counts[kind]:
            missing.append(kind)
    if missing:
        print("no gold spans for: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
