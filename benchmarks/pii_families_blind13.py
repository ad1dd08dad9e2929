"""Blind split 13: PII as patients and relatives write it, and the paperwork around care.

Written 2026-11-26 by an independent author without looking at the scanner or the other splits.
Half single values in prose frames (complaints, thanks, chats), half whole documents: letters to the
head doctor, Roszdravnadzor and the insurer, e-mails, messenger chats, SMS, portal profiles, powers of
attorney, court and police requests, МСЭ referrals, sanatorium cards, contracts, invoices, tax-deduction
certificates, medical commission protocols and JSON/XML/CSV/HL7 exports. Look-alikes (organisation
INN/ОГРН/КПП, licences, form codes, ICD-10 codes, doses, rooms, bare times and years) stay unmarked.

Usage: ``python -m benchmarks.pii_families_blind13 N`` prints N samples per family with the gold spans
marked ``[[TYPE:value]]``, then the gold span counts per type at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind13_docs import DOC_MAKERS
from benchmarks.pii_blind13_forms import FORM_MAKERS
from benchmarks.pii_blind13_single import BLIND13_SINGLE
from benchmarks.pii_families import HELDOUT, BlockFamily, Family, Planted, fill

ENTITY_TYPES = (
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

BLIND13_FAMILIES: list[Family] = list(BLIND13_SINGLE)
BLIND13_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, HELDOUT, make) for name, make in (*DOC_MAKERS.items(), *FORM_MAKERS.items())
]

NOTES = (
    "Жалобы на боли в коленных суставах, усиливающиеся при ходьбе. Принимает диклофенак 50 мг.",
    "Беспокоят головокружение и шум в ушах, АД 150/95. Гипертония с 2016 года.",
    "Жалобы на кашель с мокротой, субфебрилитет. SpO2 96%, ЧДД 18.",
    "Жалуется на долгое ожидание в очереди и отсутствие талонов к эндокринологу.",
)
SAMPLES_FOR_COUNTS = 40


def sample(item: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    """One planted sample; a single value sits after a short complaint-style note."""
    if isinstance(item, BlockFamily):
        return item.make(rng, fake)
    planted = fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    note = rng.choice(NOTES) + " "
    return Planted(note + planted.text, [(k, s + len(note), e + len(note)) for k, s, e in planted.golds])


def check_planted(name: str, p: Planted) -> None:
    spans = sorted((s, e, k) for k, s, e in p.golds)
    for s, e, k in spans:
        assert k in ENTITY_TYPES, (name, k)
        assert 0 <= s < e <= len(p.text), (name, k, s, e)
        value = p.text[s:e]
        assert value.strip() == value and value, (name, k, repr(value))
        assert not value.endswith((",", ";", ":")), (name, k, value)
    for (_, e1, _), (s2, _, _) in itertools.pairwise(spans):
        assert e1 <= s2, (name, "overlap", spans)


def _items() -> list[Family | BlockFamily]:
    return [*BLIND13_FAMILIES, *BLIND13_BLOCKS]


def counts(n: int = SAMPLES_FOR_COUNTS, seed: int = 13) -> Counter[str]:
    rng, fake = random.Random(seed), Faker("ru_RU")
    fake.seed_instance(seed)
    total: Counter[str] = Counter()
    for item in _items():
        for _ in range(n):
            p = sample(item, rng, fake)
            check_planted(item.name, p)
            total.update(k for k, _, _ in p.golds)
    return total


def check() -> None:
    names = [i.name for i in _items()]
    assert len(names) == len(set(names)), "duplicate family names"
    assert all(n.startswith("b13_") for n in names)
    total = counts()
    missing = [t for t in ENTITY_TYPES if total[t] == 0]
    assert not missing, f"types without gold spans: {missing}"


def marked(p: Planted) -> str:
    out, pos = [], 0
    for k, s, e in sorted(p.golds, key=lambda x: x[1]):
        out += [p.text[pos:s], f"[[{k}:{p.text[s:e]}]]"]
        pos = e
    return "".join(out) + p.text[pos:]


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2
    rng, fake = random.Random(13), Faker("ru_RU")
    fake.seed_instance(13)
    for item in _items():
        print(f"=== {item.name}")
        for _ in range(n):
            p = sample(item, rng, fake)
            check_planted(item.name, p)
            print(marked(p))
            print("---")
    check()
    total = counts()
    print(f"families: {len(BLIND13_FAMILIES)}, blocks: {len(BLIND13_BLOCKS)}")
    print(f"gold spans per type at {SAMPLES_FOR_COUNTS} notes per family:")
    for t in ENTITY_TYPES:
        print(f"  {t:24s} {total[t]}")
    if any(total[t] == 0 for t in ENTITY_TYPES):
        print("FAIL: a type has no gold spans")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
