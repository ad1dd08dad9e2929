"""Blind held-out split 59: medical education and publishing that carries patients' data.

Written blind (without looking at the detector, its tests or other splits). Case reports and their submission
forms, conference abstracts and posters, residents' logbooks, students' practice diaries, case presentations,
clinical-anatomical conferences and M&M reviews, accreditation cases, consents to publication, author-editor
e-mails, peer review, slide decks, DICOM burn-in and headers, preprint JSON, JATS XML, CSV/TSV logbooks, HL7,
key=value and fixed-width exports.

Marking rules: every name of a patient, relative, author, student, teacher, reviewer or editor is PERSON (any
case, initials alone such as "П.А.С."/"ПАС" included, DICOM "LAST^FIRST" included); authors' e-mails and phones
are their personal data and are marked. Dates that concern a person (birth, admission, operation, discharge,
death, curation days, consent signing, passport issue, study dates) are DATE_TIME, whole, partial or relative; manuscript
submission dates and conference dates are not marked. LOCATION is any address, settlement or place of a person
(birth, residence, practice base town). MEDICAL_RECORD_NUMBER: case histories, outpatient cards, EMK/MIS ids,
DICOM PatientID/AccessionNumber/study numbers, autopsy protocols, biopsy and sample numbers, sick leaves and
referrals; manuscript numbers, poster numbers, group numbers and HL7 message ids are not marked. URL: patient-
or person-specific links (PACS studies, shared image folders, authors' profiles). Organisations' phones and
e-mails are not planted. ЕНП values pass the ФОМС check; old-style OMS series+number are also RU_OMS_POLICY.

``python -m benchmarks.pii_families_blind59 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks import pii_blind59_docs, pii_blind59_exports, pii_blind59_single, pii_blind59_teach
from benchmarks.pii_families import BlockFamily, Family
from benchmarks.pii_split_samples import print_samples

BLIND59_FAMILIES: list[Family] = list(pii_blind59_single.FAMILIES)
BLIND59_BLOCKS: list[BlockFamily] = (list(pii_blind59_docs.BLOCKS) + list(pii_blind59_exports.BLOCKS)
                                     + list(pii_blind59_teach.BLOCKS))


def main(per_family: int = 2, seed: int = 59) -> Counter[str]:
    return print_samples(BLIND59_FAMILIES, BLIND59_BLOCKS, per_family, seed)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
