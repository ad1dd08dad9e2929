"""Blind split 12: planted PII in hospital inpatient and emergency care records.

Written on 2026-11-26 by an independent author without looking at the recognizers or at the other
splits. Emphasis: ambulance call cards, ER triage and admission, operation and anaesthesia protocols,
ICU flow sheets, transfusion records, consultations, transfer and discharge epicrises, nursing
handovers, death certificates and autopsies, forensic referrals, police and infectious-disease
notifications; about half single values in prose frames, half whole documents.

``python -m benchmarks.pii_families_blind12 N`` prints N samples per family with the gold spans
marked ``[[TYPE:value]]`` and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind12_emerg import EMERG_BLOCKS
from benchmarks.pii_blind12_more import MORE_BLOCKS
from benchmarks.pii_blind12_single import SINGLES
from benchmarks.pii_blind12_ward import WARD_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND12_FAMILIES: list[Family] = list(SINGLES)
BLIND12_BLOCKS: list[BlockFamily] = [*EMERG_BLOCKS, *WARD_BLOCKS, *MORE_BLOCKS]

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


def sample(item: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def _problems(planted: Planted) -> list[str]:
    out, spans = [], sorted((s, e, t) for t, s, e in planted.golds)
    for s, e, t in spans:
        value = planted.text[s:e]
        if t not in TYPES:
            out.append(f"unknown type {t}")
        if not (0 <= s < e <= len(planted.text)):
            out.append(f"{t} span {s}:{e} outside the text")
        elif value != value.strip() or value.strip(".,;:") == "" or value.endswith((",", ";", ":")):
            out.append(f"{t} span {value!r} padded or empty")
    for (_, e1, _), (s2, _, _) in itertools.pairwise(spans):
        if s2 < e1:
            out.append(f"overlapping spans at {s2}")
    return out


def check(n: int = 40, seed: int = 12) -> Counter[str]:
    """Assert every gold span of ``n`` samples per family is sound; return the per-type counts."""
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    names = [f.name for f in (*BLIND12_FAMILIES, *BLIND12_BLOCKS)]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(x.startswith("b12_") for x in names), "family names must start with b12_"
    counts: Counter[str] = Counter()
    for item in (*BLIND12_FAMILIES, *BLIND12_BLOCKS):
        for _ in range(n):
            planted = sample(item, rng, fake)
            problems = _problems(planted)
            assert not problems, f"{item.name}: {problems} in {planted.text!r}"
            counts.update(t for t, _, _ in planted.golds)
    return counts


def marked(planted: Planted) -> str:
    text = planted.text
    for t, s, e in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:s]}[[{t}:{text[s:e]}]]{text[e:]}"
    return text


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 3
    rng, fake = random.Random(12), Faker("ru_RU")
    fake.seed_instance(12)
    for item in (*BLIND12_FAMILIES, *BLIND12_BLOCKS):
        print(f"=== {item.name}")
        for _ in range(n):
            print(marked(sample(item, rng, fake)))
            print("---")
    counts = check()
    print(
        f"\n{len(BLIND12_FAMILIES)} families, {len(BLIND12_BLOCKS)} blocks; gold spans at 40 notes per family:"
    )
    for t in TYPES:
        print(f"  {t:24s} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print(f"no gold spans for: {', '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
