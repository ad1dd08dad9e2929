"""Blind split 56: clinical research and biobanks.

Written blind (without looking at the detector, its tests or the other blind splits). It covers the
paperwork of clinical trials and biobanks in Russia: screening and enrolment logs, subject
identification lists linking subject codes to patients, informed consent forms and their signature
blocks, case report forms and eCRF exports (key=value, JSON, CDISC ODM XML, TSV, fixed width), SAE
forms and narratives sent to the sponsor, pharmacovigilance e-mails, biobank donor cards, sample and
aliquot registries, transfer acts, ethics committee letters, monitors' visit reports, central-lab
requisitions and HL7 orders, compensation payment registers, telephone follow-up logs and pedigrees.

Subject, screening, sample, aliquot, donor and accession numbers are MEDICAL_RECORD_NUMBER; protocol,
kit, box and logger numbers and protocol version dates are left unmarked.

``python -m benchmarks.pii_families_blind56 N`` prints N samples per family with the gold spans marked
and the per-type gold counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from benchmarks.pii_blind56_blocks import BLOCKS_A
from benchmarks.pii_blind56_docs import BLOCKS_B
from benchmarks.pii_blind56_single import SINGLE
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND56_FAMILIES: list[Family] = list(SINGLE)
BLIND56_BLOCKS: list[BlockFamily] = BLOCKS_A + BLOCKS_B


def _planted(item: Family | BlockFamily, rng: random.Random, fake) -> Planted:
    if isinstance(item, Family):
        return fill(rng.choice(item.frames), rng, fake, item.make, item.type)
    return item.make(rng, fake)


def _check(p: Planted, name: str) -> None:
    for kind, start, end in p.golds:
        assert 0 <= start < end <= len(p.text), (name, kind, start, end)
        span = p.text[start:end]
        assert span == span.strip(), (name, kind, span)


def _marked(p: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(p.golds, key=lambda g: g[1]):
        out.append(p.text[last:start] + f"[[{kind}:{p.text[start:end]}]]")
        last = end
    return "".join(out) + p.text[last:]


def main(per_family: int = 2) -> None:
    from faker import Faker

    items: list[Family | BlockFamily] = [*BLIND56_FAMILIES, *BLIND56_BLOCKS]
    names = [item.name for item in items]
    assert len(names) == len(set(names)), "duplicate family names"
    fake = Faker("ru_RU")
    fake.seed_instance(56)
    counts: Counter[str] = Counter()
    for item in items:
        rng = random.Random(f"b56-{item.name}")
        for i in range(40):
            p = _planted(item, rng, fake)
            _check(p, item.name)
            counts.update(kind for kind, _, _ in p.golds)
            if i < per_family:
                print(f"--- {item.name} #{i + 1}\n{_marked(p)}\n")
    print(f"families: {len(BLIND56_FAMILIES)} single + {len(BLIND56_BLOCKS)} blocks = {len(items)}")
    for kind, n in sorted(counts.items()):
        print(f"{kind:24s} {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
