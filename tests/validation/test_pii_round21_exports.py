"""PII that generalises (issue #10, round 21): a paper's number under an export's key that names the paper.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_ids import export_ids

NUMBERED_KEYS = [
    # (the key's own number word names the value: any grouping of five digits and more will do)
    '{"referralNumber": "[[M|417/21]]", "fio": "[[P|Ершов И.В.]]"}',
    '{"prescription_no": "[[M|730215]]", "fio": "[[P|Ершов И.В.]]"}',
    # (whatever object holds the key: a nested object after it gives the JSON reader an owner to ask first)
    '{"referralNumber": "[[M|417/21]]", "person": {"fio": "[[P|Ершов И.В.]]", "doc": {"type": "21"}}}',
    # (a short series dashed before a long number: a prescription as a dispensing log joins them)
    'INFO event=DISPENSED rx=[[M|612-40718233]] patient="[[P|Ершов И.В.]]"',
    'INFO event=DISPENSED rx=[[M|4417-8802196]] patient="[[P|Ершов И.В.]]"',
]


@pytest.mark.parametrize("source", NUMBERED_KEYS)
def test_a_papers_key_names_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# a count, a sum or a range under a paper's key is none of its numbers
NOT_NUMBERS = [
    '{"referralNumber": "2500", "referralCount": "12"}',
    "rx=12-15 doses=3",
    '{"referral_sum": "12500"}',
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_a_count_under_a_papers_key_is_no_number(text: str) -> None:
    assert [kind for kind, _, _ in export_ids(text) if kind == "MEDICAL_RECORD_NUMBER"] == []
