"""Blind split 7 of the PII benchmark: formats written in round 8 without seeing the detector.

Families (one value in a sentence frame) live in :mod:`benchmarks.pii_blind7_single`; whole
documents (blocks) in ``pii_blind7_docs`` (clinical and administrative papers), ``pii_blind7_exports``
(FHIR/HL7/DICOM/CSV exports, foreign records, OCR scans, e-mail, SMS) and ``pii_blind7_forms``
(vertical forms, vCard, key=value dumps, military/sports/forensic/tax/dental paperwork).

What counts as what (gold spans cover values only, never their labels):

* PERSON: any person's name in any case or shape: patients, relatives, staff, callers; full names,
  name + patronymic, surname + initials, diminutives, Latin transliterations; name parts standing
  in separate fields (HL7, FHIR, vCard, questionnaires) are separate spans.
* DATE_TIME: dates of any form (numeric, words, ISO, US order, compact, day.month without year,
  month + year); a time written together with its date is part of the span. Bare years of events
  ("в 2019 году", "с 2005 г.") and times without a date are not PII and stay unmarked.
* LOCATION: a postal address (the "г."/"ул." inside an address belong to it), or a settlement or
  street of a person (a bare town after "г." is marked without the "г."); hospital names are not.
* PHONE_NUMBER, EMAIL_ADDRESS, URL: as written, Russian and foreign numbers.
* RU_SNILS, RU_INN (12-digit personal, valid check digits), RU_OMS_POLICY (16-digit ENP, valid
  Luhn check digit), RU_PASSPORT (series 4 + number 6; series and number in separate fields are
  two spans).
* MEDICAL_RECORD_NUMBER: any identifier of this patient's records and documents: case histories,
  outpatient and dental cards, EMR/HL7/DICOM ids, accession and sample numbers, referrals,
  prescriptions, sick-leave numbers, certificates, expert conclusions, call cards.

Look-alikes left unmarked on purpose: doses, lab values, ICD-10 codes, ward/room/school numbers,
form codes (057/у-04), DICOM tags, OIDs, tooth numbers, licence numbers, an organisation's 10-digit
INN, OKATO codes, passport issuing-unit codes.

``python -m benchmarks.pii_families_blind7 [N]`` prints N samples per family with the gold spans
marked, the per-type span counts at 40 notes per family, and checks every span.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks.pii_blind7_docs import DOCS
from benchmarks.pii_blind7_exports import EXPORTS
from benchmarks.pii_blind7_forms import FORMS
from benchmarks.pii_blind7_single import B7, SINGLE_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND7_FAMILIES: list[Family] = list(SINGLE_FAMILIES)
BLIND7_BLOCKS: list[BlockFamily] = [BlockFamily(f"b7_{make.__name__}", B7, make) for make in (*DOCS, *EXPORTS, *FORMS)]

_TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION", "RU_SNILS", "RU_INN",
          "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")


def check(name: str, planted: Planted) -> None:
    """Every gold span is inside the text, non-empty, not padded with whitespace, and spans do not overlap."""
    last_end = -1
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        value = planted.text[start:end]
        if kind not in _TYPES or not 0 <= start < end <= len(planted.text) or value != value.strip():
            raise AssertionError(f"{name}: bad gold {kind} [{start}, {end}) {value!r}")
        if start < last_end:
            raise AssertionError(f"{name}: overlapping gold at {start} {value!r}")
        last_end = end


def _marked(planted: Planted) -> str:
    text = planted.text
    for kind, start, end in sorted(planted.golds, key=lambda g: -g[1]):
        text = f"{text[:start]}[[{kind}:{text[start:end]}]]{text[end:]}"
    return text


def samples(per_family: int, seed: int = 7) -> list[tuple[str, Planted]]:
    """(family name, planted text) for every family and block, each with its own generator."""
    import random
    import zlib

    from faker import Faker

    fake = Faker("ru_RU")
    rows: list[tuple[str, Planted]] = []
    for family in BLIND7_FAMILIES:
        family_seed = zlib.crc32(f"{seed}:{family.name}".encode())
        fake.seed_instance(family_seed)
        rng = random.Random(family_seed)
        rows += [(family.name, fill(rng.choice(family.frames), rng, fake, family.make, family.type))
                 for _ in range(per_family)]
    for block in BLIND7_BLOCKS:
        family_seed = zlib.crc32(f"{seed}:{block.name}".encode())
        fake.seed_instance(family_seed)
        rng = random.Random(family_seed)
        rows += [(block.name, block.make(rng, fake)) for _ in range(per_family)]
    return rows


def main(argv: list[str]) -> None:
    shown = int(argv[0]) if argv else 2
    for name, planted in samples(shown):
        check(name, planted)
        print(f"--- {name}\n{_marked(planted)}\n")
    counts: Counter[str] = Counter()
    for name, planted in samples(40):
        check(name, planted)
        counts.update(kind for kind, _, _ in planted.golds)
    print(f"{len(BLIND7_FAMILIES)} families + {len(BLIND7_BLOCKS)} blocks = "
          f"{len(BLIND7_FAMILIES) + len(BLIND7_BLOCKS)}; gold spans at 40 notes per family: {sum(counts.values())}")
    for kind in _TYPES:
        print(f"  {kind:<24}{counts[kind]:>6}")
    missing = [kind for kind in _TYPES if not counts[kind]]
    if missing:
        raise SystemExit(f"types without gold spans: {missing}")
    print("self-check: all gold spans are exact, non-empty, unpadded and disjoint")


if __name__ == "__main__":
    main(sys.argv[1:])
