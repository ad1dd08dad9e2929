"""Blind held-out split 61: civil law and insurance paperwork that carries patients' data.

Written blind (without looking at the detector, its tests or other splits). Lawyers' requests for medical
records, court rulings and expert opinions, notarial powers of attorney, guardianship and inheritance papers,
life/accident/travel/credit insurance claims and insurers' requests, ДМС guarantee letters and refusals, bank
and pension-fund requests, the clinic's replies, registers of released copies, and CRM/CSV/JSON/XML/HL7 exports.

Marking rules:

* PERSON: every name of a person (patients, relatives, heirs, lawyers, judges, notaries, experts, doctors,
  clerks) in any case and shape; separate XML/HL7 name parts are separate spans.
* DATE_TIME: dates that concern a person (birth, death, treatment, admission, discharge, injury, insured event,
  sick leave, expert examination, passport issue, the claimant's signature date); legal quoted dates are marked
  with their quotes and «г.»/«года» (``«12» марта 2024 г.``). Dates of outgoing letters, ruling headers and
  powers of attorney written in words are not marked.
* LOCATION: persons' registration/residence addresses, places of birth, places of an insured event or death.
  Addresses and towns of organisations, courts and notaries are not marked.
* RU_INN: persons' (heirs, claimants, guardians, sole traders) 12-digit INNs; organisations' INNs are not marked.
* RU_PASSPORT: series + number only (the issuing authority and division code are not marked, the issue date is
  DATE_TIME); a foreign-travel passport number (2 + 7 digits) is marked RU_PASSPORT too.
* RU_OMS_POLICY: 16-digit ЕНП (Luhn-valid) or an old series + number.
* MEDICAL_RECORD_NUMBER: numbers that point at one person's record: case histories, outpatient cards, EMK/MIS ids,
  lab and autopsy protocols, sick leaves (ЭЛН), МСЭ acts, ВК protocols, and one person's voluntary insurance
  policy/certificate and claim (убыток) numbers. Court case numbers, letter numbers, notarial register numbers,
  credit contract and bank account numbers are NOT marked.
* Phones, e-mails and links of organisations (clinic, insurer, notary's office) are not marked; those of persons are.

``python -m benchmarks.pii_families_blind61 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind61_ins, pii_blind61_legal, pii_blind61_more, pii_blind61_single
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND61_FAMILIES: list[Family] = list(pii_blind61_single.FAMILIES)
BLIND61_BLOCKS: list[BlockFamily] = (list(pii_blind61_legal.BLOCKS) + list(pii_blind61_ins.BLOCKS)
                                    + list(pii_blind61_more.BLOCKS))


def main(per_family: int = 2, seed: int = 61) -> Counter[str]:
    return print_samples(BLIND61_FAMILIES, BLIND61_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)

