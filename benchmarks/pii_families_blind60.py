"""Blind held-out split 60: PII planted the way an outside de-identification auditor plants it, into Russian clinical paperwork.

Written blind (without looking at the detector, its tests or other splits). Discharge summaries, outpatient
visits, consultations, nursing handovers, lab and imaging reports, referrals, sick leaves, certificates,
ambulance call cards and MIS exports (CSV/TSV/JSON/XML/HL7/key=value/fixed width); about three quarters of the
families carry ONE value in hurried free text (no label or a label after the value, CAPS and lower case,
abbreviations, brackets, line breaks, values next to doses, lab values, wards, ICD codes and blood pressure).
Names come from the peoples of Russia and the CIS (Tatar, Bashkir, Dagestani, Chechen, Yakut, Buryat, Kazakh,
Uzbek, Tajik, Kyrgyz, Armenian, Georgian, Azerbaijani, Ukrainian, Belarusian, Korean, Russian) in all six cases,
with "оглы/кызы/угли/уулу" patronymics and no patronymic where foreign documents have none.

Marking rules:
* PERSON: every name of a patient, relative or staff member; the whole name as one span, except in exports
  where surname, first name and patronymic sit in separate fields (one span each). Ages are not marked.
* DATE_TIME: every date concerning the person (birth, visit, admission, discharge, death, sample taking,
  passport issue, message time of an ADT record), a time is inside the span when written with the date;
  durations ("болеет 5 лет", "2 сут. п/о") and bare times of day are not marked.
* LOCATION: addresses, villages and towns of residence, birth, work or treatment, in full or in part.
* MEDICAL_RECORD_NUMBER: any number pointing at one person's record: case history, outpatient card, EMK/MIS
  id, lab sample or barcode, histology, culture, imaging accession, fluorography number, sick leave (ЭЛН),
  referral, prescription series, ambulance call card. Ward, bed, room, brigade, order numbers and ICD codes
  are not.
* Organisation phones (registry, hot lines, 103/112) and organisation INNs are NOT marked; org sites and org
  e-mail do not occur. URL: only links to one person (social profiles, messenger handles, portal/PACS links).
* RU_PASSPORT: series and number only (issue authority and subdivision code unmarked; issue date is DATE_TIME).
  RU_OMS_POLICY: 16-digit ЕНП (Luhn valid) or an old series + number policy.

``python -m benchmarks.pii_families_blind60 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind60_docs, pii_blind60_exports, pii_blind60_single, pii_blind60_single2
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND60_FAMILIES: list[Family] = list(pii_blind60_single.FAMILIES_A) + list(pii_blind60_single2.FAMILIES_B)
BLIND60_BLOCKS: list[BlockFamily] = list(pii_blind60_docs.BLOCKS_A) + list(pii_blind60_exports.BLOCKS_B)


def main(per_family: int = 2, seed: int = 60) -> Counter[str]:
    return print_samples(BLIND60_FAMILIES, BLIND60_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
