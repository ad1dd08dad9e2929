"""Blind split 36 of the PII benchmark: planted the way an outside checker plants (a fourth author).

Ordinary sentences of Russian clinical notes (complaints, anamnesis vitae and morbi, examination,
diagnosis, conclusions, recommendations, discharge summaries, call cards) each carry ONE value: a
patient's, relative's, doctor's or nurse's name in any grammatical case, capitals or lower case; dates
of birth, admission, discharge, examination and documents, partial dates and times glued to dates;
addresses of residence, registration, call and birth, and towns in oblique cases; phones, e-mails and
personal links; SNILS, INN, passport, OMS policy (ENP and old series+number); and record numbers (case
history, outpatient card, MIS/EMK IDs, lab samples, sick-leave ЭЛН, referrals, prescriptions,
certificates, call cards, foreign documents). Values come with and without a label word, with the
abbreviations typists use (г.р., д.р., прож., зарег., конт. тел., пасп., и/б), missing punctuation,
values glued to words and a little OCR noise in the labels. About a fifth of the families are short
mixed fragments with two to four values (form headings, contacts, documents, CSV/TSV/key=value,
HL7/JSON/XML export lines).

Names, towns and streets come from Faker ``ru_RU`` (seeded by the caller) and from lists of names of
the peoples of Russia and the CIS; identifiers are generated with valid check digits, never copied.

``python -m benchmarks.pii_families_blind36 N`` prints N samples per family with the gold spans marked
and the per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind36_ids import IDS
from benchmarks.pii_blind36_mixed import MIXED
from benchmarks.pii_blind36_single import SINGLE_PEOPLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND36_FAMILIES: list[Family] = SINGLE_PEOPLE + IDS
BLIND36_BLOCKS: list[BlockFamily] = MIXED


def _samples(rng: random.Random, fake: object, family: Family | BlockFamily) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def _check(family_name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (family_name, kind, start, end, planted.text)
        assert span == span.strip(), (family_name, kind, repr(span))


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def main(per_family: int = 2) -> None:
    from faker import Faker

    names = [f.name for f in BLIND36_FAMILIES] + [b.name for b in BLIND36_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    fake = Faker("ru_RU")
    fake.seed_instance(36)
    rng = random.Random(36)
    for family in [*BLIND36_FAMILIES, *BLIND36_BLOCKS]:
        print(f"--- {family.name}")
        for _ in range(per_family):
            planted = _samples(rng, fake, family)
            _check(family.name, planted)
            print("   ", _marked(planted).replace("\n", "\\n"))
    counts: Counter[str] = Counter()
    for family in [*BLIND36_FAMILIES, *BLIND36_BLOCKS]:
        for _ in range(40):
            planted = _samples(rng, fake, family)
            _check(family.name, planted)
            counts.update(kind for kind, _s, _e in planted.golds)
    print(f"\n{len(BLIND36_FAMILIES)} single families + {len(BLIND36_BLOCKS)} blocks = {len(names)}")
    print("gold spans at 40 notes per family:")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:24s} {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
