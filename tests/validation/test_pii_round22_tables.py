"""PII that generalises (issue #10, round 22): identifiers in exports and tables read by their column's or key's words.

Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_ids import export_ids
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.register_rows import register_row_ids
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
    # a lab table with no identifier column, and a code that is a service's or a diagnosis's
    "тест,результат,ед\nТТГ,4.12,мМЕ/л\nСРБ,12,мг/л",
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


ROWS = [
    # a register's rows that lost their header: the number beside a person's name and a date
    "[[M|1949367]]  [[P|Крюков П.А.]]             [[D|07.01.2017]]  палата 4  стол 9",
    "[[P|Сагитов А.М.]]\t[[D|12.11.1970]]\t[[M|8919/21]] повторный приём",
    "Жалоб нет. [[M|4901932]]  [[P|Евсеева Вера Умаровна]]   [[D|09.11.1981]]",
    # a label stacks the cells as lines: the number on the line above the name and the date
    "[[M|3586611210]]\n[[P|Зимин Аким Владленович]]  [[D|06.05.1969]]\nКоагулограмма",
]


@pytest.mark.parametrize("source", ROWS)
def test_a_persons_row_names_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


NOT_ROW_NUMBERS = [
    # a ward, a bed, a count, a sum, a year, a mobile phone (its own reader's), a SNILS by its check digits
    "Иванов И.И.  12.03.2024  палата 12  1500.00",
    "Иванов И.И.\t12.03.2024\t1234",
    "Иванов И.И.  12.03.2024  9161234567",
    "Иванов И.И.  12.03.2024  11223344595",
    # no name in the row, or no date: a lab's result row, a list of doses
    "ТТГ  12.03.2024  4567812",
    "Иванов И.И.  аспирин  1000000",
    # a number at the end of a line above a row, but inside a sentence
    "выдано 245410899 экземпляров\nБелов Б.В.  09.04.1944",
]


@pytest.mark.parametrize("text", NOT_ROW_NUMBERS)
def test_no_persons_row_no_number(text: str) -> None:
    assert list(register_row_ids(text)) == []


DOCUMENT_KINDS = [
    # the record's document-kind field (a code of the ФНС's classifier, СПДУЛ, or a name) says which paper: only 21
    # (14 in the ФОМС's F011) is the citizen's passport, any other paper's number is a record number
    "Жалобы. DOC_TYPE: 19\nDOC_SER: 91\nDOC_NUM: [[M|9809566]] шум в голове",
    "<PERS><DOCTYPE>23</DOCTYPE><DOCSER>TU</DOCSER><DOCNUM>[[M|28390850]]</DOCNUM></PERS>",
    '<УдЛичнФЛ КодВидДок="15" СерНомДок="[[M|83 2302998]]" ДатаДок="[[D|15.01.2016]]"/>',
    '{"docType": "27", "docSeries": "ЕД", "docNumber": "[[M|135403]]"}',
    '{"doc": {"type": "Военный билет", "series": "ОА", "number": "[[M|2553697]]"}}',
    "fio;doc_code;doc_ser;doc_num\n[[P|Степанов Д.Ф.]];08;ЩП;[[M|9473293]] на приеме с женой.",
    # the citizen's passport stays one
    '<УдЛичнФЛ КодВидДок="21" СерНомДок="[[Pa|45 12 345678]]" ДатаДок="[[D|15.01.2016]]"/>',
    "<DOCTYPE>14</DOCTYPE><DOCSER>[[Pa|4509]]</DOCSER><DOCNUM>[[Pa|123456]]</DOCNUM>",
    "fio;doc_code;doc_ser;doc_num\n[[P|Степанов Д.Ф.]];21;[[Pa|4509]];[[Pa|123456]]",
]


@pytest.mark.parametrize("source", DOCUMENT_KINDS)
def test_the_records_document_kind_says_which_paper(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


def test_a_kind_naming_no_paper_gives_no_number() -> None:
    # (a ward's object and its number; a count under a paper's kind)
    for text in ('{"ward": {"type": "Палата", "number": "12"}}', '{"doc": {"type": "Военный билет", "number": "2"}}'):
        assert export_ids(text) == []


# review C r22, finding 3: a record's document kind stops at the record's end (a closing tag of an element opened
# before the kind, a brace, the same part's key again, or a number's key before a series): a next record without a
# kind of its own keeps its passport
KINDS_IN_ITS_RECORD = [
    "<PERS><DOCTYPE>03</DOCTYPE><DOCNUM>[[M|654321]]</DOCNUM></PERS>"
    "<PERS><DOCSER>[[Pa|4509]]</DOCSER><DOCNUM>[[Pa|123456]]</DOCNUM></PERS>",
    "DOC_TYPE: 03\nDOC_NUM: [[M|654321]]\nFAM: [[P|Иванов]]\nDOC_SER: [[Pa|4509]]",
    '[{"docType": "03", "docNumber": "[[M|654321]]"}, {"docSeries": "[[Pa|4509]]", "docNumber": "[[Pa|123456]]"}]',
]


@pytest.mark.parametrize("source", KINDS_IN_ITS_RECORD)
def test_a_records_document_kind_stays_in_its_record(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# review C r22, finding 12: a blood pressure, a dose pair and a span of years in a person's row are no number of hers
NOT_ROW_NUMBERS_PAIRS = [
    "Иванов И.И.  12.03.2024  120/80",
    "Иванов И.И.\t12.03.2024\t130/85\t72",
    "Иванов И.И.\t12.03.2024\t110/70\t36.6",
    "12.03.2024\tИванов И.И.\t140/90\t88",
    "Иванов И.И.  12.03.2024  250/50 мг",
    "Петрова Анна Ивановна  12.03.2024  2023-2024",
    "Петрова Анна Ивановна  12.03.2024  2023/2024",
    "Петрова Анна Ивановна  12.03.2024  2023-24",
]


@pytest.mark.parametrize("text", NOT_ROW_NUMBERS_PAIRS)
def test_a_pressure_a_dose_pair_or_years_in_a_row_are_no_number(text: str) -> None:
    assert list(register_row_ids(text)) == []


@pytest.mark.parametrize("source", [
    "[[P|Сагитов А.М.]]\t[[D|12.11.1970]]\t[[M|4512/24]]",
    "[[P|Сагитов А.М.]]\t[[D|12.11.1970]]\t[[M|1975-25]]",
])
def test_a_numbers_year_part_in_a_row_stays_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# review C r22, finding 1: an amount with its unit or currency, or after a sum's word, in a row's edge cell or on the
# line above it, is no person's number
NOT_ROW_AMOUNTS = [
    "Иванов И.И.  12.03.2024  50000 ЕД",
    "Иванов И.И.\t12.03.2024\t12500 руб.",
    "Иванов И.И.\t12.03.2024\t12500 ₽",
    "Иванов И.И.\t12.03.2024\t250000 мкг в сутки",
    "Оплачено 12500  Иванов И.И.  12.03.2024",
    "Сумма к оплате 12500  Иванов И.И.  12.03.2024",
    "Итого: 12500\nИванов И.И.  12.03.2024",
]


@pytest.mark.parametrize("text", NOT_ROW_AMOUNTS)
def test_an_amount_in_a_rows_edge_cell_is_no_number(text: str) -> None:
    assert list(register_row_ids(text)) == []


@pytest.mark.parametrize("source", [
    "[[P|Сагитов А.М.]]\t[[D|12.11.1970]]\t[[M|927442]] Частый жидкий стул",
    "Уровень сахара крови [[M|4901932]]  [[P|Евсеева Вера Умаровна]]   [[D|09.11.1981]]",
    "Результат: [[M|182666702]]\n[[P|Зимин Аким Владленович]]  [[D|06.05.1969]]",
])
def test_a_number_without_a_unit_in_a_rows_edge_cell_stays_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)
