"""The printer the blind splits' entry modules share: samples with their gold spans marked, and per-type gold counts.

Each entry module (``python -m benchmarks.pii_families_blindNN N``) calls :func:`print_samples` with its own families,
blocks and seed; the benchmark itself plants through :class:`benchmarks.bench_pii.BlindSplit`, not through this printer.
"""

from __future__ import annotations

import random
from collections import Counter

from faker import Faker

from benchmarks.pii_families import BlockFamily, Family, Planted, fill


def _sample_family(family: Family, rng: random.Random, fake: Faker) -> Planted:
    frame = rng.choice(family.frames)
    return fill(frame, rng, fake, family.make, family.type_of(frame))


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


def print_samples(families: list[Family], blocks: list[BlockFamily], per_family: int, seed: int) -> Counter[str]:
    """Print ``per_family`` samples of every family with its gold spans marked ``[[TYPE:value]]``, check every span, and
    print (and return) the per-type gold counts at 40 notes per family."""
    names = [f.name for f in families] + [b.name for b in blocks]
    assert len(names) == len(set(names)), "family names must be unique"
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    counts: Counter[str] = Counter()
    for n in (per_family, 40):
        for family in families:
            for _ in range(n):
                planted = _sample_family(family, rng, fake)
                _check(family.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {family.name}\n{_marked(planted)}")
        for blk in blocks:
            for _ in range(n):
                planted = blk.make(rng, fake)
                _check(blk.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {blk.name}\n{_marked(planted)}")
    print(f"\n{len(names)} families ({len(families)} single, {len(blocks)} blocks); "
          "gold spans at 40 notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<24}{count}")
    return counts
