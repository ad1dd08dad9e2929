"""The project's own identity-document families follow the r26 passport definition (README's PII section).

A person's passport is RU_PASSPORT whoever issued it: the travel passport (СПДУЛ 22) and a foreign citizen's national
passport (10) as much as the internal one. Every other paper (a seaman's passport, a residence permit, a birth
certificate issued abroad, a military ID, a driving licence) stays MEDICAL_RECORD_NUMBER. The relabelling changes only
gold types: the planted texts, spans and random draws stay as they were, so no other family's notes move.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import Any

from faker import Faker

from benchmarks import bench_pii, pii_conventions_identity
from benchmarks.pii_conventions_identity import BLOCKS, DOCUMENTS, FAMILIES, PASSPORT_CODES, coded, paper_type
from benchmarks.pii_families import TUNE, Family
from benchmarks.pii_split_samples import print_samples

MRN = "MEDICAL_RECORD_NUMBER"
PASSPORT = "RU_PASSPORT"
BY_NAME = {family.name: family for family in FAMILIES}


def test_only_the_travel_and_the_foreign_passports_codes_are_passports() -> None:
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    assert {"22", "10"} == PASSPORT_CODES
    assert paper_type("22") == PASSPORT and paper_type("10") == PASSPORT
    for code in ("26", "12", "15", "11", "13", "19", "23", "03", "07", "08", "24", "27"):
        assert paper_type(code) == MRN, code


def test_the_travel_passport_family_plants_passports() -> None:
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    family = BY_NAME["iddoc-travel-passport-conv"]
    assert family.type == PASSPORT
    assert {family.type_of(frame) for frame in family.frames} == {PASSPORT}


def test_a_family_of_several_papers_types_each_frame_by_the_paper_it_names() -> None:
    foreign = BY_NAME["iddoc-foreign-papers-conv"]
    for frame in foreign.frames:
        named_passport = any(name.lower() in frame.lower() for name in DOCUMENTS["10"][0])
        assert foreign.type_of(frame) == (PASSPORT if named_passport else MRN), frame
    lower = BY_NAME["iddoc-lower-case-conv"]
    typed = {frame: lower.type_of(frame) for frame in lower.frames}
    assert {frame for frame, kind in typed.items() if kind == PASSPORT} == {"заграничный паспорт {}", "загранпаспорт {}"}
    assert typed["паспорт моряка {}"] == MRN and typed["вид на жительство {}"] == MRN


def test_the_other_papers_families_stay_record_numbers() -> None:
    for family in FAMILIES:
        if family.name not in ("iddoc-travel-passport-conv", "iddoc-foreign-papers-conv", "iddoc-lower-case-conv"):
            assert family.type == MRN and not family.frame_types, family.name


def test_a_coded_document_is_typed_by_its_code() -> None:
    make, rng, fake = coded("код {C}: [V]{S} {N}[/V]"), random.Random(7), Faker("ru_RU")
    seen = set()
    for _ in range(300):
        planted = make(rng, fake)
        code = re.match(r"код (\d\d):", planted.text)
        assert code is not None
        [(kind, _, _)] = planted.golds
        assert kind == (PASSPORT if code.group(1) in ("22", "10") else MRN), planted.text
        seen.add(code.group(1))
    assert {"22", "10", "26", "23"} <= seen


def _without_relabelling(family: Any) -> Any:
    """The family as it was before r26: every value a record number."""
    if isinstance(family, Family):
        return replace(family, type=MRN, frame_types=())
    return replace(family, make=_old_labels(family.make))


def _old_labels(make: Any) -> Any:
    def made(rng: random.Random, fake: Any) -> Any:
        planted = make(rng, fake)
        return replace(planted, golds=[(MRN, start, end) for _, start, end in planted.golds])

    return made


def test_the_relabelling_changes_types_only_never_a_text_a_span_or_a_draw() -> None:
    notes = bench_pii.FIXTURE_NOTES
    new = bench_pii.planted_corpus(notes, 30, families=FAMILIES, blocks=BLOCKS)
    old = bench_pii.planted_corpus(notes, 30, families=[_without_relabelling(f) for f in FAMILIES],
                                   blocks=[_without_relabelling(b) for b in BLOCKS])
    relabelled = 0
    for (family, split, text, golds), (old_family, old_split, old_text, old_golds) in zip(new, old, strict=True):
        assert (family, split, text) == (old_family, old_split, old_text)
        assert [(s, e) for _, s, e in golds] == [(s, e) for _, s, e in old_golds]
        for kind, start, _ in golds:
            assert kind in (MRN, PASSPORT)
            if kind == PASSPORT:
                relabelled += 1
                before = text[max(0, start - 90) : start].lower()
                assert re.search(r"загран|выезд|иностран|нац|\b(22|10)\b", before), before
                assert "моряка" not in before[-40:], before
    assert relabelled > 60


def test_the_benchmark_plants_each_frame_under_its_own_type() -> None:
    rows = bench_pii.planted_corpus(bench_pii.FIXTURE_NOTES, 40, families=[BY_NAME["iddoc-foreign-papers-conv"]], blocks=[])
    kinds = {kind for _, _, _, golds in rows for kind, _, _ in golds}
    assert kinds == {PASSPORT, MRN}
    for _, _, text, golds in rows:
        for kind, start, _ in golds:
            before = text[max(0, start - 60) : start].lower()
            assert ("паспорт" in before) == (kind == PASSPORT), before


def test_the_samples_printer_types_each_frame_too(capsys: Any) -> None:
    family = Family("toy", MRN, TUNE, ("вид на жительство {}", "загранпаспорт {}"), lambda rng, fake, case: "75 1234567",
                    (("загранпаспорт {}", PASSPORT),))
    counts = print_samples([family], [], 1, seed=3)
    capsys.readouterr()
    assert set(counts) == {MRN, PASSPORT} and sum(counts.values()) == 40
    assert pii_conventions_identity.passports(("a {}",)) == (("a {}", PASSPORT),)
