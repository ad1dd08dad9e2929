"""Blind held-out split 47: oncology and palliative care paperwork, written without looking at the detector.

What it covers (all values generated: Faker ``ru_RU`` names/towns/streets plus names of the peoples of Russia
and the CIS — Tatar, Bashkir, Chechen, Kazakh, Uzbek, Armenian, Georgian, Yakut, Buryat, Ukrainian —
and identifiers with valid check digits):

* tumour board (онкоконсилиум) protocols, as forms and as prose, and the e-mail that puts a patient on one;
* the cancer registry notice (ф. 090/у) as a numbered form and as an XML export;
* chemotherapy sheets (TSV table of cycles), a fixed-width radiotherapy card, histology and IHC requests
  and results with block/slide numbers, an act handing slides to a relative for review;
* telemedicine consultations with federal centres (protocol text, JSON export with a video-room URL);
* palliative care: the medical board's conclusion, hospice admission, home visiting logs (CSV/TSV/pipe) and
  notes, relatives' contact sheets and consents (one OCR-noised), death at home with the death certificate,
  an ambulance call card for a pain crisis, a disability (МСЭ) referral, an uninsured foreign patient;
* opioid prescriptions (ф. 107/у-НП) and their register, the sick-leave (ЭЛН) of a working patient;
* MIS exports: an HL7 v2 ADT message, a key=value event log line.

One-value families put a single value in frames with grammatical cases (gent/datv/accs/ablt/loct),
lowercase and hurried ward notes; blocks carry several values with their gold spans.

``python -m benchmarks.pii_families_blind47 N`` prints N samples per family with the gold spans marked and
the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind47_boards import BOARD_BLOCKS
from benchmarks.pii_blind47_care import CARE_BLOCKS
from benchmarks.pii_blind47_single import BLIND47_SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND47_FAMILIES: list[Family] = list(BLIND47_SINGLE)
BLIND47_BLOCKS: list[BlockFamily] = BOARD_BLOCKS + CARE_BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def samples(family: Family | BlockFamily, n: int, seed: int = 47) -> list[Planted]:
    rng = random.Random(f"{seed}:{family.name}")
    fake = Faker("ru_RU")
    fake.seed_instance(rng.randrange(1 << 30))
    out = []
    for _ in range(n):
        if isinstance(family, Family):
            out.append(fill(rng.choice(family.frames), rng, fake, family.make, family.type))
        else:
            out.append(family.make(rng, fake))
    return out


def check(planted: Planted, where: str) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, (where, kind)
        assert 0 <= start < end <= len(planted.text), (where, kind, start, end)
        span = planted.text[start:end]
        assert span == span.strip() and span, (where, kind, repr(span))


def marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = text[:start] + f"[[{kind}:{text[start:end]}]]" + text[end:]
    return text


def main(argv: list[str]) -> int:
    shown = int(argv[1]) if len(argv) > 1 else 2
    names = [f.name for f in BLIND47_FAMILIES] + [b.name for b in BLIND47_BLOCKS]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    counts: Counter[str] = Counter()
    for family in [*BLIND47_FAMILIES, *BLIND47_BLOCKS]:
        notes = samples(family, 40)
        for i, planted in enumerate(notes):
            check(planted, f"{family.name}#{i}")
            counts.update(kind for kind, _, _ in planted.golds)
        print(f"=== {family.name}")
        for planted in notes[:shown]:
            print(marked(planted))
            print("---")
    print(f"\n{len(BLIND47_FAMILIES)} families + {len(BLIND47_BLOCKS)} blocks = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind in TYPES:
        print(f"  {kind:<22} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
