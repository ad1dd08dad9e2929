"""Blind split 57: PII planted the way an outside checker plants it, written by an eleventh author who has
never seen the detector.

Real-looking Russian clinical paperwork of every kind (discharge summaries, outpatient visits,
consultations, nursing notes, lab and imaging reports, referrals, sick leaves, certificates, call cards)
with, in about three quarters of the families, ONE value inside free running text typed the way doctors
type: no labels or labels after the value, lowercase and CAPS, abbreviations (п-т, и/б, а/к, ЭЛН, пол.),
hurried typos, values in brackets or split by a line break, values next to numbers that are not personal
data (doses, lab values, wards, ICD codes, blood pressure). The rest are short mixed fragments: an
admission line with a passport, a referral header, a lab request, a call card, MIS exports in
CSV/TSV/JSON/XML/HL7/key=value/fixed width, a sick-leave line, certificates, a foreign patient's papers.

Values cover all 11 types evenly: names from Faker ``ru_RU`` and from lists of the peoples of Russia and
the CIS (Tatar, Azerbaijani, Chechen, Kazakh, Uzbek, Buryat, Yakut, Armenian, Georgian, Ukrainian) in
every grammatical case; dates of birth, admission, death, sick leave and history, partial ones and with
times; addresses, towns, villages and places of birth or work; mobile and landline phones; personal and
clinic mail; personal links (social pages, cloud folders, telemedicine rooms); СНИЛС and ИНН with valid
check digits; passports; ЕНП (Luhn-valid) and old series+number OMS policies; and record numbers (case
history, outpatient card, EMK/MIS ids, lab samples, imaging accessions, ЭЛН, referrals, prescriptions,
call cards, certificates, foreign passports, migration cards, birth certificates, driver's licences).

``python -m benchmarks.pii_families_blind57 N`` prints N samples per family with the gold spans marked
and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind57_blocks import BLOCKS
from benchmarks.pii_blind57_ids import IDS
from benchmarks.pii_blind57_single import SINGLE_A
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND57_FAMILIES: list[Family] = SINGLE_A + IDS
BLIND57_BLOCKS: list[BlockFamily] = BLOCKS

TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
         "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def sample(family: Family | BlockFamily, rng: random.Random, fake: object) -> Planted:
    if isinstance(family, BlockFamily):
        return family.make(rng, fake)
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        assert kind in TYPES, (name, kind)
        assert 0 <= start < end <= len(planted.text), (name, planted)
        span = planted.text[start:end]
        assert span.strip() == span, (name, repr(span))


def marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(per_family: int) -> None:
    from faker import Faker

    families: list[Family | BlockFamily] = [*BLIND57_FAMILIES, *BLIND57_BLOCKS]
    names = [f.name for f in families]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    fake = Faker("ru_RU")
    fake.seed_instance(57)
    rng = random.Random(57)
    for family in families:
        print(f"=== {family.name}")
        for _ in range(per_family):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            print(marked(planted).replace("\r", "\\r"))
            print("---")
    counts: Counter[str] = Counter()
    for family in families:
        for _ in range(40):
            planted = sample(family, rng, fake)
            check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
    print(f"families: {len(BLIND57_FAMILIES)} single + {len(BLIND57_BLOCKS)} blocks = {len(families)}")
    for kind in TYPES:
        print(f"{kind:24} {counts[kind]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
