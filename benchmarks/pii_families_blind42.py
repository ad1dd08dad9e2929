"""Blind split 42 for the PII benchmark: values planted the way an outside checker plants them.

Written blind (without reading the detector, its tests, the benchmark runner or the other blind
splits). About three quarters of the families take ordinary sentences of Russian clinical notes —
complaints and anamnesis, examination, diagnosis, recommendations, discharge summaries, nursing
notes, consultations, operation and anaesthesia protocols, signatures and headers — and put ONE
value into each, with and without a label word: in oblique cases after prepositions, with
abbreviated, lowercase or missing labels, glued to the word before it ("тел.8916...", "снилс123..."),
at the very start or end of a line, in the layouts typists and systems use (separators, "г."/"года",
times glued to dates, guillemets, roman months, ISO dates, typos such as "12,03,2019").

Names come from Faker ``ru_RU`` and from lists of names of the peoples of Russia and the CIS (Tatar,
Bashkir, Dagestani, Chechen, Central Asian, Buryat, Yakut, Armenian, Georgian, Korean, Azerbaijani
with "оглы"/"кызы"); towns and streets from Faker; identifiers are generated with valid check digits
(SNILS, INN, the ЕНП of an OMS policy) or in the shapes real papers have (case histories, outpatient
cards, ЭЛН, referrals, prescriptions, lab samples, MIS ids, ambulance call cards, foreign passports,
migration cards, birth certificates, driving licences).

The rest are short mixed fragments: a discharge summary header, a 057/у referral, a sick leave, an
operation protocol, a nursing hand-over, a consultation, a consent, an ambulance call card, a lab
requisition, a foreign patient, a death summary, a registration card, and system exports (HL7 v2 PID,
CSV/TSV register rows, JSON, XML, a fixed-width register line, a key=value audit line).

``python -m benchmarks.pii_families_blind42 N`` prints N samples per family with the gold spans
marked and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter

from benchmarks.pii_blind42_blocks import BLOCKS_A
from benchmarks.pii_blind42_exports import BLOCKS_B
from benchmarks.pii_blind42_ids import CONTACTS, ONLINE, RECORDS, STATE_IDS
from benchmarks.pii_blind42_single import DATES, PEOPLE, PLACES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND42_FAMILIES: list[Family] = PEOPLE + DATES + PLACES + RECORDS + CONTACTS + ONLINE + STATE_IDS
BLIND42_BLOCKS: list[BlockFamily] = BLOCKS_A + BLOCKS_B

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN", "RU_PASSPORT",
         "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def _samples(n: int, seed: int = 42) -> list[tuple[str, Planted]]:
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for family in BLIND42_FAMILIES:
        for _ in range(n):
            out.append((family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type)))
    for block_family in BLIND42_BLOCKS:
        for _ in range(n):
            out.append((block_family.name, block_family.make(rng, fake)))
    return out


def _check(name: str, planted: Planted) -> None:
    text = planted.text
    assert planted.golds, f"{name}: no gold span"
    spans = sorted(planted.golds, key=lambda g: g[1])
    for kind, start, end in spans:
        assert kind in TYPES, f"{name}: unknown type {kind}"
        assert 0 <= start < end <= len(text), f"{name}: span {start}-{end} outside the text"
        value = text[start:end]
        assert value == value.strip(), f"{name}: span {value!r} has blanks at its ends"
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        assert end <= start, f"{name}: overlapping spans"


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 2
    names = [f.name for f in BLIND42_FAMILIES] + [b.name for b in BLIND42_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    for name, planted in _samples(n):
        _check(name, planted)
        print(f"--- {name}\n{_marked(planted)}")
    counts: Counter[str] = Counter()
    for name, planted in _samples(40, seed=7):
        _check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"\n{len(BLIND42_FAMILIES)} single-value families + {len(BLIND42_BLOCKS)} blocks = {len(names)} families")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:<24}{counts[kind]:>6}")
    low = [kind for kind in TYPES if counts[kind] < 40]
    assert not low, f"fewer than 40 gold spans: {low}"


if __name__ == "__main__":
    main(sys.argv)
