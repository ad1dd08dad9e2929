from __future__ import annotations

import csv
import json

import pytest

from medsyn_dataset.knowledge import icd10

DEFAULT_CODES = """B00 B01 B18 B37 C16 C18 C20 C25 C43 C53 C54 C56 C61 C64 C67 C73 C91 C92 D12 D17 D18 D23 D24
D25 D27 D50 D69 D72 E01 E03 E04 E05 E06 E07 E11 E22 E27 E28 E34 E66 E74 E78 E89 F41 G20 G24 G25
G30 G35 G37 G40 G43 G44 G47 G50 G52 G54 G56 G62 G80 G90 G93 G96 G98 H01 H04 H10 H16 H27 H35 H40
H50 H52 H60 H65 H66 H81 H90 H92 H93 I10 I11 I20 I25 I34 I42 I45 I47 I48 I49 I51 I67 I70 I83 I86
I88 J00 J01 J02 J06 J18 J20 J30 J31 J32 J33 J34 J35 J37 J41 J42 J44 J45 J84 K00 K02 K04 K21 K25
K26 K29 K30 K31 K40 K42 K43 K52 K58 K59 K60 K64 K74 K76 K80 K81 K82 K83 K86 K91 L02 L03 L04 L08
L20 L21 L23 L27 L30 L40 L50 L60 L70 L71 L72 L98 M02 M05 M06 M10 M13 M15 M16 M17 M19 M35 M41 M42
M43 M45 M51 M53 M54 M60 M65 M71 M75 M77 M79 M81 M95 N10 N11 N13 N18 N20 N28 N30 N31 N34 N39 N40
N41 N43 N48 N64 N70 N73 N76 N80 N81 N83 N84 N85 N86 N87 N88 N89 N90 N91 N92 N93 N94 N95 N97 Q20
Q21 Q24 Q66 Z00""".split()


def test_default_code_set_is_the_medsyn_219():
    assert icd10.default_codes() == DEFAULT_CODES
    assert len(set(DEFAULT_CODES)) == 219
    assert all(icd10.is_category(c) for c in DEFAULT_CODES)
    assert all(icd10.name_ru(c) for c in DEFAULT_CODES)


def test_hierarchy_and_names():
    info = icd10.lookup("j069")
    assert (info.code, info.category, info.block, info.chapter) == ("J06.9", "J06", "J00-J06", "X")
    assert "upper respiratory" in info.name_en.lower()
    assert info.name_ru is None  # Russian names are shipped for categories only
    assert icd10.name_ru("J06.9") == icd10.lookup("J06").name_ru
    assert not info.is_category and icd10.lookup("J06").is_category
    assert "J06.9" in icd10.subcodes("J06")


def test_validity():
    assert icd10.is_valid("I10") and icd10.is_valid("E74.0")
    assert not icd10.is_valid("E74.04")  # US-style subcode, not in WHO ICD-10
    assert not icd10.is_valid("hello")
    assert icd10.category_of("E74.04") == "E74"
    with pytest.raises(ValueError, match="not shaped like"):
        icd10.category_of("1234")
    with pytest.raises(KeyError):
        icd10.lookup("E74.04")


def test_russian_names_match_reference(shared):
    """The shipped Russian titles are the official МКБ-10 ones (reference table from ../shared)."""
    path = shared("reference", "mkb10_ru.csv")
    with open(path, encoding="utf-8") as fh:
        reference = {row["mkb_cod"]: row["mkb_name"].strip() for row in csv.DictReader(fh)}
    mismatches = {
        code: (name, reference.get(code))
        for code, name in icd10.russian_names().items()
        if code in reference and reference[code] != name
    }
    missing = [code for code in icd10.russian_names() if code not in reference]
    assert not mismatches, f"Russian names differ from mkb10_ru.csv: {mismatches}"
    # K64 (haemorrhoids) sits in I84 in the Russian МКБ-10 edition; it is the only code the table lacks.
    assert missing == ["K64"]


def test_reference_sex_lists_are_valid_codes(shared):
    data = json.loads(shared("reference", "icd_gender_split.json").read_text(encoding="utf-8"))
    lists = [v for v in data.values() if isinstance(v, list)]
    assert lists and all(icd10.is_valid(code) for codes in lists for code in codes if code[:3] in DEFAULT_CODES)
