"""Blind held-out split 63: clinical paperwork of every kind, PII planted the way an outside auditor plants it.

Written blind (without looking at the detector, its tests or other splits). Mostly one value per note in the
running text of discharge summaries, admission and duty notes, consultations, referrals, sick leaves,
certificates, lab and imaging reports; the rest are anamnesis fragments where personal data crowd together
(anamnesis vitae/morbi, past hospitalisations with dates and towns, relatives with names and phones, epidemiological
and travel history, who brought the patient and whom to call), text pasted from an MIS with its artefacts
(non-breaking spaces, ``&nbsp;``/``&quot;``, lost line breaks, values glued to the next word, a Latin look-alike
letter inside a Cyrillic name) and CSV/TSV/JSON/XML/HL7/key=value/fixed-width/HTML exports. Names of the peoples of
Russia and the CIS appear in every grammatical case.

Marking rules:

* PERSON: every name of a person (patients, relatives, neighbours, doctors, nurses, paramedics) in any case, shape
  and letter case; separate JSON/XML/HL7 name parts are separate spans.
* DATE_TIME: dates concerning a person (birth, admission, discharge, death, visits, past illnesses and
  hospitalisations, travel, contacts, vaccinations, sick leave, sample taking), with a time when written with one,
  partial ones (month + year, year of an event) included; «г.»/«года» after a date is part of the span only
  when glued to the value by the maker (``12 марта 2024 г.``). Ages, durations and export timestamps of
  system events (HL7 MSH, log line stamps) are not marked.
* LOCATION: persons' addresses, places of birth, residence, work, travel, places an ambulance was called to,
  and the towns of a person's past hospitalisations; a ``г.``/``с.``/``пос.`` before a town is in the span.
  HL7 address components are separate spans. Names of hospitals and organisations are not marked.
* RU_SNILS, RU_INN (a person's 12-digit or 10-digit INN; organisations' INNs do not occur), RU_OMS_POLICY
  (16-digit ЕНП passing its check, or an old series + number): the value only.
* RU_PASSPORT: series + number only (also a foreign-travel passport 2 + 7 digits and a CIS national passport);
  the issuing authority is not marked.
* MEDICAL_RECORD_NUMBER: numbers pointing at one person's record: case histories, outpatient cards, MIS/EMK ids,
  ambulance call cards, lab samples and barcodes, imaging and histology numbers, ЭЛН, referrals and prescriptions.
* PHONE_NUMBER, EMAIL_ADDRESS, URL: persons' phones, e-mails, social/messenger pages and patient-specific result
  links. Organisations' phones are not present.

``python -m benchmarks.pii_families_blind63 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind63_anam, pii_blind63_exports, pii_blind63_single
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND63_FAMILIES: list[Family] = list(pii_blind63_single.FAMILIES)
BLIND63_BLOCKS: list[BlockFamily] = list(pii_blind63_anam.BLOCKS) + list(pii_blind63_exports.BLOCKS)


def main(per_family: int = 2, seed: int = 63) -> Counter[str]:
    return print_samples(BLIND63_FAMILIES, BLIND63_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
