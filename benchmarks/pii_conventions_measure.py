"""Samples and recall of the round-20 convention families (phones: :mod:`benchmarks.pii_conventions_phones`; passports:
:mod:`benchmarks.pii_conventions_passports`) on their own, a quick loop while working on the phone and passport readers.

``python -m benchmarks.pii_conventions_measure [PER_FAMILY] [--misses N]`` plants them in RuMedTop3 train notes the way
:mod:`benchmarks.bench_pii` does (same seeds: the numbers are the tuning benchmark's for these families) and prints per
family recall (span overlap, as the benchmark scores it) and up to N misses each. The families are also part of the
benchmark's ``tune`` split.
"""

from __future__ import annotations

import argparse
import random
from typing import Any

from benchmarks.pii_families import BlockFamily, Family, fill


def show(families: list[Family], blocks: list[BlockFamily], per_family: int) -> None:
    """``per_family`` samples of each family with its gold spans marked ("[[TYPE:value]]"); the spans are checked."""
    from faker import Faker

    fake = Faker("ru_RU")
    names = [f.name for f in families] + [b.name for b in blocks]
    assert len(names) == len(set(names)), "family names must be unique"
    rng = random.Random(0)
    for family in [*families, *blocks]:
        print(f"--- {family.name}")
        for _ in range(per_family):
            planted = (fill(rng.choice(family.frames), rng, fake, family.make, family.type) if isinstance(family, Family)
                       else family.make(rng, fake))
            marked = planted.text
            for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
                value = planted.text[start:end]
                assert value and value == value.strip(), (family.name, value)
                marked = marked[:start] + f"[[{kind}:{value}]]" + marked[end:]
            print("   ", marked.replace("\n", "\\n"))


def measure(per_family: int, misses: int) -> dict[str, Any]:
    from benchmarks import bench_pii
    from benchmarks.pii_conventions_passports import BLOCKS as PASSPORT_BLOCKS
    from benchmarks.pii_conventions_passports import FAMILIES as PASSPORT_FAMILIES
    from benchmarks.pii_conventions_phones import BLOCKS as PHONE_BLOCKS
    from benchmarks.pii_conventions_phones import FAMILIES as PHONE_FAMILIES
    from medsyn_dataset.validation.pii import PiiScanner

    notes = bench_pii.rumedtop3("train") or bench_pii.FIXTURE_NOTES
    rows = bench_pii.planted_corpus(notes, per_family, families=PHONE_FAMILIES + PASSPORT_FAMILIES,
                                    blocks=PHONE_BLOCKS + PASSPORT_BLOCKS)
    scanner = PiiScanner()
    result = bench_pii.score(rows, scanner.scan_many([text for _, _, text, _ in rows]), misses)
    scanner.close()
    total: dict[str, list[int]] = {}
    for family, c in sorted(result["by_family"].items()):
        print(f"  {family:40} {c['hit'] / c['n']:.3f}  (n={c['n']})")
        for miss in result["misses"].get(family, []):
            print(f"      miss: {miss}")
    for (_, kind), c in sorted(result["by_type"].items()):
        total.setdefault(kind, [0, 0])
        total[kind][0] += c["hit"]
        total[kind][1] += c["n"]
    for kind, (hit, n) in total.items():
        print(f"  {kind:40} {hit / n:.3f}  (n={n})")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pii_conventions_measure", description=__doc__.split("\n\n")[0])
    parser.add_argument("per_family", nargs="?", type=int, default=40)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    measure(args.per_family, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
