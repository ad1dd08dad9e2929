"""PII that generalises (issue #10, round 22): record numbers of papers in running text, by mechanism.

Marks as in :mod:`support.pii_marks`; the examples are our own, written for the mechanisms the tuning splits' misses
showed (a pathologist's specimens numbered with the case, ...), each with the clinical text that must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

# a pathologist's blocks and slides carry the case's registration number (приказ 179н; blind37, blind47)
HISTOLOGY = [
    "Парафиновый блок [[M|Г-51234-24]] выдан на руки для пересмотра.",
    "Стеклопрепараты [[M|0457-23/1-3]] переданы в онкодиспансер.",
    "1) блок [[M|482913-22]], стекло [[M|31877/21-1]]\n2) блок [[M|59012-23]], стекло [[M|64412/23-2]]",
    "Материал пересмотрен. Блоки: [[M|71203/22-1]]. ER 7 баллов, PR 5 баллов.",
    "По ИГХ [[M|2231-24]] - HER2 2+, FISH назначен.",
    "Цитология [[M|51240-3/25]] — атипичных клеток не найдено.",
]
# the same words in clinical prose: a conduction block, glass, a count, a span of years, a ratio
HISTOLOGY_CLEAN = [
    "АВ-блок 2 ст. Мобитц 1, блокада ПНПГ, проведение 2:1.",
    "Блок 12345 мг не назначался.",
    "Порезался стеклом, рана 3 см. Стекло 2 шт. удалено.",
    "Цитология 2019-2021 без атипии.",
    "Блоки: 2-3 шт., стеклопрепараты 4.",
    "Гистология 2023: аденокарцинома G2.",
]


@pytest.mark.parametrize("source", HISTOLOGY)
def test_a_specimens_code_after_its_noun_is_a_record_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", HISTOLOGY_CLEAN)
def test_a_specimens_noun_in_clinical_prose_names_no_number(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


# a contract for paid services and a certificate's blank, their number right after the noun (blind41, blind46, blind49)
PAPER_RIGHT_AFTER = [
    "Консультация платная, по договору [[M|518-ПУ/25]]. Жалобы на боли в колене.",
    "Оплата: за счёт пациента (договор [[M|ПМУ-24/31877]])",
    "Приложение к договору [[M|12/604-23]] Боли в пояснице.",
    "Оплачено по договору [[M|0412/ПМУ]].",
    "Приписное свидетельство [[M|3307215]] предъявлено.",
]
# what stays clean: a span of years, a short number, the fund's contract, the OMS temporary certificate's own rule
PAPER_RIGHT_AFTER_CLEAN = [
    "договор 2022-2023 продлён, справка 2019-2021 не нужна.",
    "Договор 1234 не найден, договор 12-П тоже.",
]


@pytest.mark.parametrize("source", PAPER_RIGHT_AFTER)
def test_a_contracts_or_certificates_number_right_after_its_noun(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", PAPER_RIGHT_AFTER_CLEAN)
def test_years_and_short_numbers_after_a_contract_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


def test_a_temporary_certificate_stays_the_policys(scanner: PiiScanner) -> None:
    text = "Выдано временное свидетельство 123456789, полис оформляется."
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


# a blank's series and number in digit groups, after a paper's series word or "№": one number, whatever a phone's shape
# (blind35, blind41, blind47, blind48)
GROUPED_BLANKS = [
    "Выдано МСС серия [[M|705 31844917]], получила дочь.",
    "Справка 086/у № [[M|8813 0427716]] выдана на руки.",
    "Выдано мед. заключение серии [[M|8402 733105]] (ф. 002-О/у).",
    "Рецепты: № [[M|2574-0314538]], № [[M|8097-8563986]] выписаны.",
]
# a phone's words before "№" keep the phone; a series then "№" stay two fields
GROUPED_CLEAN = [
    ("тел. № 8 916 123 45 67, звонить вечером.", "PHONE_NUMBER", "8 916 123 45 67"),
    ("Звонить по № 8-916-123-45-67 после 18.", "PHONE_NUMBER", "8-916-123-45-67"),
]


@pytest.mark.parametrize("source", GROUPED_BLANKS)
def test_a_blanks_series_and_number_in_groups_are_one_record_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize(("text", "kind", "value"), GROUPED_CLEAN)
def test_a_phones_word_before_the_sign_keeps_the_phone(scanner: PiiScanner, text: str, kind: str, value: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == [(kind, value)]


def test_a_series_then_a_signed_number_stay_two_fields(scanner: PiiScanner) -> None:
    text = "Рецепт серия 45 № 228829 выписан."
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == ["45", "228829"]


# whose number, or where it is registered, between the sign and the value; the head noun after "номер" owns it whatever
# place its complement names (blind37, blind44)
OWNER_BETWEEN = [
    "Состоит на учёте. Рег. № больного туберкулезом [[M|30477215]] Жалоб нет.",
    "Рег. № в канцер-регистре [[M|4471029384]], наблюдается в ОД.",
    "Номер заявки на ТСР в СФР: [[M|44-7316-902218]] - коляска получена.",
    "Номер наряда бригады: [[M|517/2]], доставлен в приёмное.",
]
# the owner slot names no ward or team: their numbers stay out
OWNER_CLEAN = [
    "Номер бригады 12045 прибыл, номер палаты в отделении: 1204.",
    "Рег. № палаты 5 не указан.",
]


@pytest.mark.parametrize("source", OWNER_BETWEEN)
def test_the_owner_between_the_label_and_the_value(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", OWNER_CLEAN)
def test_a_wards_or_a_teams_number_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


# a paper's registration number and its date (ГОСТ Р 7.0.97-2016's two requisites): three digits after "№" then "от
# <date>" number the paper (blind47); a law's, a hospital's, a ward's, a test's number stays out by the clause's words
DATED = [
    "Заключение врачебной комиссии о наличии показаний для оказания паллиативной медицинской помощи № [[M|618]] от 4 мая 2023 г.",
    "Направление на паллиативную помощь № [[M|904]] от 11.02.2024 выдано.",
]
DATED_CLEAN = [
    "Приказ МЗ № 345 от 31.05.2019 выполняется.",
    "Переведён в ГКБ № 123 от 12.03.2024, палата № 512 от 13.03.2024.",
    "Анализ № 123 от 12.03.2024 без патологии.",
    "Выдано справок № 123 за 2024 год.",
]


@pytest.mark.parametrize("source", DATED)
def test_three_digits_and_a_date_of_issue_number_a_paper(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    found = [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"]
    check_planted(found, text, [span for span in spans if span[0] == "MEDICAL_RECORD_NUMBER"])


@pytest.mark.parametrize("text", DATED_CLEAN)
def test_a_dated_number_of_a_law_a_place_or_a_test_stays_clean(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


# a protocol or a request names a code-shaped value right after it, or after the abbreviation of its study (blind47,
# blind48); a year span, a short reference and a phone's own shape stay out
CODED_AFTER = [
    "Протокол УЗИ [[M|US-22-48113]] ЛЖ: КДР 50 мм, ФВ 60%.",
    "Эмоциональная лабильность. ТМК-заявка [[M|51204417-22]] (плановая).",
]
CODED_CLEAN = [
    "Протокол ESC-2019 применён, протокол 2019-2021 гг. пересмотрен.",
    "Приём заявок по тел. 88005553535 круглосуточно.",
]


@pytest.mark.parametrize("source", CODED_AFTER)
def test_a_protocols_or_a_requests_code(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CODED_CLEAN)
def test_no_code_after_a_protocol_or_a_request(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


# review C r22, finding 13: a span of years written the short way (consecutive years), a range with its unit, and a
# short head before the dash after a specimen's noun are no specimen's code
HISTOLOGY_YEARS_CLEAN = [
    "Цитология 2023-24 без атипии.",
    "Гистология 2022/23: аденокарцинома.",
    "ИГХ 2024-25 не проводилось.",
    "Цитология 2019–2021 без атипии.",
    "Блок 90000-100000 ЕД.",
    "Стекла 1-12345.",
]


@pytest.mark.parametrize("text", HISTOLOGY_YEARS_CLEAN)
def test_a_span_of_years_or_a_range_after_a_specimens_noun_names_no_number(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


@pytest.mark.parametrize("source", [
    "Гистология [[M|1975-25]]: аденокарцинома.",
    "Блок [[M|86107-20]] выдан.",
    "Цитология [[M|2023-12]] без атипии.",
])
def test_a_case_numbers_year_part_after_a_specimens_noun_stays_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


# review C r22, finding 11: a year with its mark glued, a span of years with a slash, a year and a letters' suffix
# after a contract, and a property deed's certificate are no paper's number of the patient's
PAPER_YEARS_CLEAN = [
    "Оплата по договору 2024г за счёт пациента.",
    "Договор 2024Г на лечение.",
    "Договор 2023/2024 продлён.",
    "Договору 2024-ДМС соответствует.",
    "Свидетельство 12345 о праве собственности.",
]


@pytest.mark.parametrize("text", PAPER_YEARS_CLEAN)
def test_a_year_after_a_contract_names_no_number(scanner: PiiScanner, text: str) -> None:
    assert [e for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


@pytest.mark.parametrize("source", [
    "Оплачено по договору [[M|2231-ПУ]].",
    "Оплачено по договору [[M|0412/ПМУ]].",
    "Свидетельство [[M|3307215]] о рождении предъявлено.",
])
def test_a_contracts_lettered_number_stays_its_number(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)
