"""Blind held-out split 58: a hospital's staff, HR and IT paperwork that mentions patients.

Written blind (without looking at the detector, its tests or other splits). Covers duty rosters and shift
handovers (tables and spoken-style notes), personnel records (ф. Т-2, fixed-width HR exports, hiring orders,
foreign staff with national passports, migration cards and patents, drivers' licences), staff medical checks
and vaccination lists, internal memos and disciplinary orders naming staff and patients, MIS account requests,
access/audit logs (pipe tables, JSON, XML, key=value), audit investigations and patients' access requests,
service-desk tickets with record links, data-correction and duplicate-merge requests, backup/restore logs,
call-centre logs and appointment-line dialogues, citizens' complaints, SMS/e-mail reminder queues and gateway
logs, HL7 ADT messages, LIS barcode tickets, regional (РЕГИЗ) upload errors, birth-certificate fixes and a work
messenger chat. Names come from Faker ``ru_RU`` (and a list of Central Asian/Caucasian names), in all cases,
with initials, upper/lower case and OCR noise; identifiers carry valid check digits.

``python -m benchmarks.pii_families_blind58 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind58_hr, pii_blind58_it, pii_blind58_single
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND58_FAMILIES: list[Family] = list(pii_blind58_single.FAMILIES)
BLIND58_BLOCKS: list[BlockFamily] = list(pii_blind58_hr.BLOCKS) + list(pii_blind58_it.BLOCKS)


def main(per_family: int = 2, seed: int = 58) -> Counter[str]:
    return print_samples(BLIND58_FAMILIES, BLIND58_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
