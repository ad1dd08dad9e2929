"""Blind split 40: occupational and transport medicine, written blind (without reading the recognizers, their
tests or the other splits).

It covers what company health posts, pre-trip check services and occupational pathology produce: pre-trip and
pre-shift check journals of drivers and locomotive crews (pipe tables, CSV/TSV, fixed width printouts),
waybill (путевой лист) stamps, pre-trip terminal exports (JSON, XML, key=value) and an HL7 message of a
chemical-toxicology test, drivers not admitted and referred, dispatcher and messenger logs, health-post
journals; workplace injury acts (form Н-1), severity conclusions (315/у), occupational disease notices,
periodic check lists and conclusions of workers in harmful jobs, referrals, letters of an occupational
pathology centre and referrals to it, interview protocols, sick-leave (ЭЛН) exchange with the FSS,
certificates of seafarers (bilingual), pilots (ВЛЭК) and railway workers (ВЭК), ship crew lists, rotation
(вахта) camp lists with migrants' documents and exit checks; OCR noise, dictated lower-case text, capitals and
hurried typos.

Names come from Faker ``ru_RU`` and from a list of names of the peoples of Russia and the CIS (with
"оглы"/"кызы"); identifiers are generated with valid check digits. Driver's licences, foreign and seafarer's
passports, migration cards, personal medical books, waybills, personnel (табельный) numbers, ЭЛН, act, notice
and certificate numbers are MEDICAL_RECORD_NUMBER. Vital signs, alcohol readings, ICD codes, points of the
harmful factor list and KPP are left unmarked.

``python -m benchmarks.pii_families_blind40 N`` prints N samples per family with the gold spans marked and the
per-type gold span counts at 40 notes per family.
"""

from __future__ import annotations

import random
import sys
from collections import Counter

from faker import Faker

from benchmarks.pii_blind40_acts import ACT_BLOCKS
from benchmarks.pii_blind40_single import SINGLE
from benchmarks.pii_blind40_trip import TRIP_BLOCKS
from benchmarks.pii_families import BlockFamily, Family, Planted, fill

BLIND40_FAMILIES: list[Family] = list(SINGLE)
BLIND40_BLOCKS: list[BlockFamily] = TRIP_BLOCKS + ACT_BLOCKS


def _sample(family: Family | BlockFamily, rng: random.Random, fake: Faker) -> Planted:
    if isinstance(family, Family):
        return fill(rng.choice(family.frames), rng, fake, family.make, family.type)
    return family.make(rng, fake)


def _check(planted: Planted, name: str) -> None:
    for kind, start, end in planted.golds:
        value = planted.text[start:end]
        assert 0 <= start < end <= len(planted.text), (name, kind, start, end)
        assert value == value.strip(), (name, kind, repr(value))


def _marked(planted: Planted) -> str:
    out, last = [], 0
    for kind, start, end in sorted(planted.golds, key=lambda gold: gold[1]):
        out.append(planted.text[last:start] + f"[[{kind}:{planted.text[start:end]}]]")
        last = end
    return "".join(out) + planted.text[last:]


def main(argv: list[str]) -> int:
    shown = int(argv[0]) if argv else 2
    families: list[Family | BlockFamily] = [*BLIND40_FAMILIES, *BLIND40_BLOCKS]
    names = [family.name for family in families]
    assert len(names) == len(set(names)), "family names must be unique"
    rng, fake = random.Random(40), Faker("ru_RU")
    fake.seed_instance(40)
    counts: Counter[str] = Counter()
    for family in families:
        for i in range(40):
            planted = _sample(family, rng, fake)
            _check(planted, family.name)
            counts.update(kind for kind, _, _ in planted.golds)
            if i < shown:
                print(f"--- {family.name} #{i + 1}\n{_marked(planted)}")
    print(f"\n{len(BLIND40_FAMILIES)} one-value families + {len(BLIND40_BLOCKS)} blocks = {len(families)}")
    for kind, n in sorted(counts.items()):
        print(f"{kind:24s}{n:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
