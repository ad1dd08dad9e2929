"""PII round 23, review A's privacy leaks fixed by FXA (findings 1, 8 and 10; 4 and 15 in test_pii_date_conflicts_r23fix).

The examples are the review's reproducers and our own negatives.
"""

from __future__ import annotations

import pytest

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.id_tagger import IdModel, IdTaggerRecognizer

SCANNER = PiiScanner()
# a model that accepts every candidate: only the vetoes decide (as in test_pii_id_tagger_vetoes)
EVERYTHING = IdModel({}, 10.0, 0.5, {})


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in SCANNER.scan_fast(text)]


# Finding 1: a surname the dictionary does not know that only begins like a lab stem ("норм", "давлен") is a surname;
# only an analyte's noun itself ("Креатинин") reads as a home reading
@pytest.mark.parametrize("text, phones", [
    ("Нормов 40-74-32 (дом.)", ["40-74-32"]),
    ("Нормова 40-74-32 (дом.)", ["40-74-32"]),
    ("Давленко 2-17-80 (раб.)", ["2-17-80"]),
    ("Креатинин 98-10-12 (дом.)", []),
    ("Гемоглобин 12-10-14 (дом.)", []),
    ("Давление 130-80-72 (дом.)", []),
])
def test_a_surname_opening_like_a_lab_stem_keeps_its_phone(text: str, phones: list[str]) -> None:
    assert [value for kind, value in _typed(text) if kind == "PHONE_NUMBER"] == phones


# Finding 8: a gloss denying the policy says the number before it is not the policy, not that it is no one's number:
# it is a record's number, as the letter form's ("ЕМ-40916211 — полиса нет.") is; a gloss presupposing the policy keeps
# it the policy's
@pytest.mark.parametrize("text, expected", [
    ("Боли в животе. 7769 0586945754 (полис не оформлен).", [("MEDICAL_RECORD_NUMBER", "7769 0586945754")]),
    ("7769 0586945754 — полиса нет.", [("MEDICAL_RECORD_NUMBER", "7769 0586945754")]),
    ("2925-88584739 (полис отсутствует)", [("MEDICAL_RECORD_NUMBER", "2925-88584739")]),
    ("Боли в животе. ЕМ-40916211 — полиса нет.", [("MEDICAL_RECORD_NUMBER", "ЕМ-40916211")]),
    ("Боли в животе. 7769 0586945754 (полис не предъявлен).", [("RU_OMS_POLICY", "7769 0586945754")]),
    # (no paper's number: a count or a dose before the gloss)
    ("Доза 2000 (полис не оформлен).", []),
    # (a phone's word before it on its line: the phone's)
    ("Тел. 8912 3456789 (полиса нет)", [("PHONE_NUMBER", "8912 3456789")]),
])
def test_a_number_glossed_by_a_denied_policy_is_a_records(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


# Finding 10: the tagger's round-amount veto under a bare "number" key reads who owns the key: a paper's or a person's
# element or object keeps the model's reading (only the tagger reads it); an amount's, a prescription's or no owner at
# all refuses it (a count or a sum)
@pytest.mark.parametrize(("text", "value"), [
    ('<NapravlenieMSE Nomer="5800">', "5800"),
    ('<Patient no="2300"/>', "2300"),
    ('<Referral number="1500">', "1500"),
    ('{"patient": {"number": "3400"}}', "3400"),
    ('{"polis": {"number": "1500"}}', "1500"),
])
def test_a_round_number_a_paper_or_a_person_owns_is_left_to_the_model(text: str, value: str) -> None:
    assert [text[c.start : c.end] for c in IdTaggerRecognizer(EVERYTHING).candidates(text)] == [value]


@pytest.mark.parametrize("text", [
    '{"recipe": {"number": "2500", "text": "Парацетамол 500 мг"}}', "no=1500;", "<nr>3000</nr>", '{"Number": "1000"}',
    '<Item no="2300"/>', '{"payment": {"number": "1500"}}', '<Prescription number="2000">',
    '{"order_total": {"number": "1200"}}',
])
def test_a_round_number_an_amount_or_no_one_owns_is_refused(text: str) -> None:
    assert list(IdTaggerRecognizer(EVERYTHING).candidates(text)) == []
