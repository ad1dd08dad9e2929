"""PII (issue #10, round 22): review A's findings fixed by FXB, each case failing before its fix.

Marks as in :mod:`support.pii_marks`; the examples are the review's reproducers or our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_ids import export_ids

# review A r22, finding 2: a lab's or an account's key is no paper's key cut short, and a sum's key holds no number
LAB_AND_SUM_KEYS = [
    '{"analyte": "WBC", "conc": "6500000"}',
    '{"lab": {"conc": "2500000", "unit": "cells/ml"}}',
    '{"test": "CD4", "conc": 450000}',
    '{"prot": "1250000", "unit": "mg"}',
    '{"result": {"refe": "1500000"}}',
    '{"epis": "1500000"}',
    '{"recipe_sum": "1500000"}',
    '{"prescription_count": "1200000"}',
]


@pytest.mark.parametrize("text", LAB_AND_SUM_KEYS)
def test_a_lab_value_or_a_sum_under_a_key_like_a_papers_is_no_number(text: str) -> None:
    assert [kind for kind, _, _ in export_ids(text) if kind == "MEDICAL_RECORD_NUMBER"] == []


# (the abbreviations a key does cut a paper's word to still name it)
CUT_PAPER_KEYS = [
    "выдан рец=[[M|5519021]] по льготе",
    '{"napr_no": "[[M|1500000]]"}',
    '{"presc": "[[M|0013642]]"}',
    '{"cert": "[[M|4410207733]]"}',
    "закл=[[M|0712345]]",
    '{"recipe": "[[M|0013642]]"}',
]


@pytest.mark.parametrize("source", CUT_PAPER_KEYS)
def test_a_papers_key_cut_as_abbreviations_cut_it_still_names_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)
