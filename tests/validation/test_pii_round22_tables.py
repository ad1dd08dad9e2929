"""PII that generalises (issue #10, round 22): identifiers in exports and tables read by their column's or key's words.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_ids import export_ids
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.table_cells import table_cells

PLANTED = [
    # a paper's series and number in one column, in a table naming no document: the paper's number, not a passport's
    "Журнал бланков\n№ | Серия и номер | Дата | ФИО пациента\n12 | [[M|4410 207733]] | [[D|03.02.2024]] | [[P|Ершов И.В.]]",
    "Реестр льготных рецептов\nСНИЛС          ФИО                  СЕРИЯ-НОМЕР      ДАТА\n"
    "[[S|112-233-445 95]]    [[P|ЕРШОВ И.В.]]         [[M|771203448812]]     [[D|03.02.24]]",
    # a comma-separated header known by the table lexicon's identifier column ("образец", "№ пробы")
    "образец,ФИО,д.р.,тест\n[[M|5521907733]],[[P|Ершов Иван Витальевич]],[[D|12.04.1961]],ТТГ",
    # a key naming a paper, cut short as Russian abbreviations cut it, and a bare long number under a paper's key
    "выдан рец=[[M|5519021]] по льготе",
    'INFO event=DISPENSED rx=[[M|0071264]] patient="[[P|Ершов И.В.]]"',
    # a person's code is the person's number
    "patient_code=[[M|В-40127]] | birth_date=[[D|11.08.1966]]",
    '{"ClientCode": "[[M|88120453]]", "fio": "[[P|Ершов И.В.]]"}',
]


@pytest.mark.parametrize("source", PLANTED)
def test_an_identifier_is_named_by_its_column_or_key(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_series_and_number_column_of_an_identity_document_is_no_other_papers_number() -> None:
    # (the row's document may be a passport or any other paper of the ФНС's list: the column alone says none)
    text = "ФИО | Документ | Серия и номер\nЕршов И.В. | паспорт | 4509 123456"
    assert [kind for kind, _, _ in table_cells(text) if kind == "MEDICAL_RECORD_NUMBER"] == []


NOT_IDENTIFIERS = [
    # a drug's series alone is its lot; a count, a dose under a joint column is no paper's number
    "Препарат | Серия | Годен до\nАмоксициллин | 123456 | 01.2026",
    "№ | Серия и номер | Кол-во\n1 | 12 | 3",
    # a lab table with no identifier column
    "тест,результат,ед\nТТГ,4.12,мМЕ/л\nСРБ,12,мг/л",
    # a code that is a service's or a diagnosis's
    "service_code=A16.20.001 icd_code=J45.0 code=12345",
    # a paper's key holding a count, a sum or text
    '{"prescription": "Амоксициллин 500 мг", "prescription_count": "2"}',
    "rx=1500",
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_counts_codes_and_lots_are_no_identifiers(text: str) -> None:
    found = [kind for kind, _, _ in export_ids(text) + table_cells(text) if kind == "MEDICAL_RECORD_NUMBER"]
    assert found == []


@pytest.mark.parametrize("key", ["patient_code", "код_пациента", "ClientCode", "client_code"])
def test_a_persons_code_is_a_record_key(key: str) -> None:
    assert key_type(key) == "MEDICAL_RECORD_NUMBER"


@pytest.mark.parametrize("key", ["code", "service_code", "drug_code", "patient_code_type"])
def test_a_code_of_no_person_is_no_record_key(key: str) -> None:
    assert key_type(key) != "MEDICAL_RECORD_NUMBER"
