"""Blind held-out split 64: sports medicine and physical fitness paperwork.

Written blind (without looking at the detector, its tests or other splits). Athletes' in-depth medical
examinations (УМО) and admissions, sports dispensary journals, entry lists and federation registries (CSV, TSV,
JSON, XML, fixed width, HL7, key=value), team doctors' sheets, injury reports, doping control and TUE forms
(with Latin transliterations), ГТО and school sports-section lists, parents' consents and applications,
fitness-club questionnaires and contracts, rehabilitation summaries, whereabouts and coaches' e-mails.

Marking rules:

* PERSON: every name of a person (athletes, parents, coaches, doctors, nurses, doping control officers), in any
  case and shape, Cyrillic and Latin; separate CSV/XML/HL7/key=value name parts are separate spans.
* DATE_TIME: dates that concern a person (birth, year of birth in «г.р.», examinations, certificate issue and
  validity, injury, surgery, notification, training-camp periods, passport issue, signature dates), with times.
  Dates of competitions in headers are not marked (none are planted).
* LOCATION: persons' addresses, places of birth, towns of residence, the town column of entry lists (the athlete's
  town) and whereabouts places. Organisations' addresses (dispensary, club, school) are not marked.
* RU_INN: persons' INNs (12 digits, sometimes 10 in free text); organisations' INNs are not marked.
* RU_PASSPORT: series + number (Russian internal passport) or a foreign-travel passport number (2 + 7 digits);
  issuing authority not marked, the issue date is DATE_TIME.
* RU_OMS_POLICY: 16-digit ЕНП (Luhn-valid) or an old series + number.
* MEDICAL_RECORD_NUMBER: numbers pointing at one person's record: УМО cards and conclusions, medical admission
  certificates, dispensary/outpatient cards, case histories, EMK ids, athletes' registry/sport ids, ADAMS ids,
  federation licence numbers, ГТО УИН, doping-control sample codes, TUE numbers, ЭЛН, injury acts, referrals.
  Start (bib) numbers, class/group numbers, contract numbers and birth-certificate numbers are NOT marked.
* Phones, e-mails and links of organisations (dispensary, club, federation) are not marked; those of persons are.

``python -m benchmarks.pii_families_blind64 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind64_docs, pii_blind64_lists, pii_blind64_more, pii_blind64_single
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND64_FAMILIES: list[Family] = list(pii_blind64_single.FAMILIES) + list(pii_blind64_more.FAMILIES)
BLIND64_BLOCKS: list[BlockFamily] = (list(pii_blind64_lists.BLOCKS) + list(pii_blind64_docs.BLOCKS)
                                    + list(pii_blind64_more.BLOCKS))


def main(per_family: int = 2, seed: int = 64) -> Counter[str]:
    return print_samples(BLIND64_FAMILIES, BLIND64_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
