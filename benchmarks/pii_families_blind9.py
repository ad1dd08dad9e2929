"""blind9: an independently written split of planted PII (administrative and technical side).

Registration desk and insurance paperwork, MIS/EMR screens and printouts, lab/imaging/pharmacy
systems, queues and appointments, exports and interchange formats, messengers and e-mail, scanned
and OCR'd papers, foreign patients' forms and tables, plus about a third single values in prose.

``python -m benchmarks.pii_families_blind9 N`` prints N samples per family with the gold spans
marked and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind9_desk import B9_DESK
from benchmarks.pii_blind9_more import B9_MORE
from benchmarks.pii_blind9_single import B9_SINGLE
from benchmarks.pii_blind9_systems import B9_SYSTEMS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill
from medsyn_dataset.validation.pii.entities import ENTITY_TYPES

BLIND9_FAMILIES: list[Family] = list(B9_SINGLE)
BLIND9_BLOCKS: list[BlockFamily] = [*B9_DESK, *B9_SYSTEMS, *B9_MORE]


def _samples(n: int, seed: int = 9) -> list[tuple[str, Planted]]:
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for fam in BLIND9_FAMILIES:
        for _ in range(n):
            out.append((fam.name, fill(rng.choice(fam.frames), rng, fake, fam.make, fam.type)))
    for blk in BLIND9_BLOCKS:
        for _ in range(n):
            out.append((blk.name, blk.make(rng, fake)))
    return out


def _check_one(name: str, p: Planted) -> None:
    spans = sorted((s, e, k) for k, s, e in p.golds)
    last = 0
    for s, e, k in spans:
        assert k in ENTITY_TYPES, (name, k)
        assert 0 <= s < e <= len(p.text), (name, s, e)
        value = p.text[s:e]
        assert value.strip() == value and value, (name, repr(value))
        assert value[-1] not in ",;:", (name, value)
        assert s >= last, (name, "overlap", value)
        last = e


def check(n: int = 40) -> Counter[str]:
    names = [f.name for f in BLIND9_FAMILIES] + [b.name for b in BLIND9_BLOCKS]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b9_") for x in names)
    counts: Counter[str] = Counter()
    for name, p in _samples(n):
        _check_one(name, p)
        counts.update(k for k, _, _ in p.golds)
    return counts


def render(p: Planted) -> str:
    out, pos = [], 0
    for k, s, e in sorted(p.golds, key=lambda g: g[1]):
        out.append(p.text[pos:s] + f"[[{k}:{p.text[s:e]}]]")
        pos = e
    return "".join(out) + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    only = argv[1] if len(argv) > 1 else ""
    for name, p in _samples(n, seed=int(argv[2]) if len(argv) > 2 else 9):
        if only in name:
            print(f"--- {name}\n{render(p)}\n")
    counts = check(40)
    print(f"families: {len(BLIND9_FAMILIES)}, blocks: {len(BLIND9_BLOCKS)}")
    ok = True
    for kind in ENTITY_TYPES:
        print(f"  {kind:24} {counts[kind]}")
        ok = ok and counts[kind] > 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
