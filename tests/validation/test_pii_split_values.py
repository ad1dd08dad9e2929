"""PII written apart (issue #10, round 10): a date broken by OCR or typing, a passport's number apart from its series.

Every case is made up here (not taken from the benchmark). A broken date is one span from its first to its last
digit (:mod:`medsyn_dataset.validation.pii.split_dates`); a passport's series and its number written apart, with the
issuing office and date between them, are two RU_PASSPORT spans (:mod:`medsyn_dataset.validation.pii.id_fields`).
Each class comes with clean look-alikes: decimals, doses, lists, a batch's series and number.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner


@pytest.mark.parametrize("source", [
    "Поступил [[D|12 .03. 2019]] в экстренном порядке.",
    "Осмотр [[D|12.0 3.2019]], жалоб нет.",
    "Выписана [[D|1 2.03.2019]] под наблюдение участкового терапевта.",
    "Контроль ОАК [[D|15. 04 .2021]].",
    "Вакцинация [[D|03 .09.2020]] без реакций",
    "Приём [[D|12..03.2019]], повторно [[D|14.03,2019]].",
    # an O for a zero and a comma for the first stop ("18,О4.1992"); a range whose second date has a one-digit month
    "г.р.: [[D|18,O4.1992]]; группа крови A(II)",
    "Амбулаторно [[D|05.02–26.5.24]]. ЛН закрыт",
    # after a date label: the whole date, not its first ten characters; a two-digit year and a one-digit month too
    "Дата рождения: [[D|0 5.11.1962]]\nПол: ж",
    "д.р. [[D|20.01.201 0]], жалобы на кашель",
    "Дата рожд.: [[D|1 7.2.19 63]]",
])
def test_a_broken_date_is_one_span_over_all_its_digits(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [(e.type, e.start, e.end) for e in scanner.scan_fast(text)]
    assert spans == [s for s in found if s[0] == "DATE_TIME"], [(k, text[a:b]) for k, a, b in found]
    assert scanner.scan(text) == scanner.scan_fast(text)


@pytest.mark.parametrize("text", [
    "Гемоглобин 12,03 г/л, лейкоциты 4,5.",
    "Назначено: 1 2.5 мг 3 раза в день.",
    "Креатинин 12,3,  мочевина 5,6.",
    "Дата осмотра: п. 3, доза 5 .06 мл",
    "Палата 1 2, койка 3.4",
    "Витамин О,5 мг; группа О, 5 мл; КОЕ 1O,5 тыс",
])
def test_decimals_doses_and_counts_are_no_broken_dates(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start:e.end]) for e in scanner.scan_fast(text) if e.type == "DATE_TIME"] == []


@pytest.mark.parametrize("source", [
    "Паспорт серия [[Pa|4512]], выдан ОУФМС России по [[L|г. Москве]] [[D|12.03.2015]], номер [[Pa|654321]].",
    "Документ: паспорт РФ, серия: [[Pa|45 12]], выдан [[D|01.02.2010]] ТП УФМС, № [[Pa|654321]]",
    "Паспортные данные: серия [[Pa|40 05]] выдан [[D|20.05.2005]] отделом милиции, код подразделения 770-001\n"
    "номер [[Pa|778899]]",
    # the other order: the number, the office and date, then the series
    "Паспорт № [[Pa|654321]], выдан ОВД [[L|Ленинского р-на]] [[D|12.03.2015]], серия [[Pa|4512]]",
])
def test_a_passport_number_apart_from_its_series_is_a_passport(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("source", [
    "Серия препарата 4512, номер партии 654321.",
    # another document's number after a passport's series stays that document's
    "Паспорт серия [[Pa|4512]] выдан [[D|12.03.2015]], полис ОМС номер [[O|654321]]",
    "Паспорт: серия [[Pa|4512]], выдан ОВД; карта № 654321 не заведена",
    "Паспорт № [[Pa|654321]] выдан ОВД; полис серия 4512",
])
def test_a_number_of_something_else_is_no_passport_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    marked = {(a, b) for kind, a, b in spans if kind == "RU_PASSPORT"}
    found = scanner.scan_fast(text)
    assert [text[e.start:e.end] for e in found if e.type == "RU_PASSPORT" and (e.start, e.end) not in marked] == []


@pytest.mark.parametrize("source", [
    "ЭЛН открыт [[D|20-24.03.2026]], беспокоит изжога",
    "Больничный лист [[D|15.05.2023-17.05.2023]] — на боли в спине",
])
def test_a_period_after_a_documents_word_is_a_date_not_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = scanner.scan_fast(text)
    check_planted(found, text, spans)
    assert not [e for e in found if e.type == "MEDICAL_RECORD_NUMBER"]


@pytest.mark.parametrize("source", [
    "ЭЛН № [[M|910012345678]] открыт [[D|12.03.2023]]",
    "Карта № [[M|1234-5678]]",
])
def test_a_documents_number_stays_a_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)
