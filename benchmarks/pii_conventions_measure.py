"""Samples and recall of the round-20 convention families (phones: :mod:`benchmarks.pii_conventions_phones`; passports:
:mod:`benchmarks.pii_conventions_passports`) on their own, a quick loop while working on the phone and passport readers.

``python -m benchmarks.pii_conventions_measure [PER_FAMILY] [--misses N]`` plants them in RuMedTop3 train notes the way
:mod:`benchmarks.bench_pii` does (same seeds: the numbers are the tuning benchmark's for these families) and prints per
family recall (span overlap, as the benchmark scores it) and up to N misses each. The families are also part of the
benchmark's ``tune`` split. Then the phone families' negatives (clean look-alike numbers next to their cues), planted the
same way, and the phones found in them: false positives.
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
            if isinstance(family, Family):
                frame = rng.choice(family.frames)
                planted = fill(frame, rng, fake, family.make, family.type_of(frame))
            else:
                planted = family.make(rng, fake)
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
    negatives(notes, scanner_factory=PiiScanner)
    return result


def negatives(notes: list[str], scanner_factory: Any, per_frame: int = 5) -> int:
    """Each phone family's negatives (:data:`benchmarks.pii_conventions_phones.NEGATIVES`) planted in ``per_frame``
    notes each; a phone found overlapping a planted negative is a false positive. Prints the count per family and
    every one found; returns the total."""
    from benchmarks import bench_pii
    from benchmarks.pii_conventions_phones import NEGATIVES
    from benchmarks.pii_families import Planted

    rng = random.Random(0)
    rows: list[tuple[str, str, int, int]] = []
    for family, frames in NEGATIVES.items():
        for frame in frames:
            for _ in range(per_frame):
                text, _golds = bench_pii.insert(rng.choice(notes), Planted(frame, [("NEGATIVE", 0, len(frame))]), rng)
                start = _golds[0][1]
                rows.append((family, text, start, start + len(frame)))
    scanner = scanner_factory()
    found = scanner.scan_many([text for _, text, _, _ in rows])
    scanner.close()
    flagged: dict[str, int] = {}
    for (family, text, start, end), entities in zip(rows, found, strict=True):
        phones = [text[e.start : e.end] for e in entities if e.type == "PHONE_NUMBER" and e.start < end and start < e.end]
        flagged[family] = flagged.get(family, 0) + bool(phones)
        if phones:
            print(f"      negative flagged ({family}): {text[start:end]!r} -> {phones}")
    for family in NEGATIVES:
        print(f"  negatives {family:30} flagged {flagged.get(family, 0)}/{len(NEGATIVES[family]) * per_frame}")
    return sum(flagged.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pii_conventions_measure", description=__doc__.split("\n\n")[0])
    parser.add_argument("per_family", nargs="?", type=int, default=40)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    measure(args.per_family, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
