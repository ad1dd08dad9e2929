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

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks import pii_blind59_docs, pii_blind59_exports, pii_blind59_single, pii_blind59_teach
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND59_FAMILIES: list[Family] = list(pii_blind59_single.FAMILIES)
BLIND59_BLOCKS: list[BlockFamily] = (list(pii_blind59_docs.BLOCKS) + list(pii_blind59_exports.BLOCKS)
                                     + list(pii_blind59_teach.BLOCKS))


def _sample_family(family: Family, rng: random.Random, fake: Faker) -> Planted:
    return fill(rng.choice(family.frames), rng, fake, family.make, family.type)


def _check(name: str, planted: Planted) -> None:
    for kind, start, end in planted.golds:
        span = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert span == span.strip(), (name, kind, repr(span))


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda g: g[1]):
        out.append(planted.text[last:start] + f"[[{kind}:" + planted.text[start:end] + "]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(per_family: int = 2, seed: int = 59) -> Counter[str]:
    names = [f.name for f in BLIND59_FAMILIES] + [b.name for b in BLIND59_BLOCKS]
    assert len(names) == len(set(names)), "family names must be unique"
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    counts: Counter[str] = Counter()
    for n in (per_family, 40):
        for family in BLIND59_FAMILIES:
            for _ in range(n):
                planted = _sample_family(family, rng, fake)
                _check(family.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {family.name}\n{_marked(planted)}")
        for blk in BLIND59_BLOCKS:
            for _ in range(n):
                planted = blk.make(rng, fake)
                _check(blk.name, planted)
                if n == 40:
                    counts.update(kind for kind, _, _ in planted.golds)
                else:
                    print(f"--- {blk.name}\n{_marked(planted)}")
    print(f"\n{len(names)} families ({len(BLIND59_FAMILIES)} single, {len(BLIND59_BLOCKS)} blocks); "
          "gold spans at 40 notes per family:")
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<24}{count}")
    return counts


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
