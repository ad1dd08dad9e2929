"""PII that generalises (issue #10, round 14): record numbers of registers, certificates, trials and logs.

Classes: a certificate's series of two digits and one more ("серия 45 8 № ..."), the numero sign as Latin typography
and OCR print it ("N°"), a home visit's call ("вызов на дом № ..."), a prescription's series and number with no sign
("рец. 42 7276532"), an export's column or key that names a trial subject or a certificate ("subject", "mss",
"Скрин. №"). Marks as in :mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.normalize import normalize

CASES = {
    # a certificate's series: the region's two digits and one more, spaced, then its number
    "death-certificate-series": "Медицинское свидетельство о смерти\nсерия [[M|61 3]] № [[M|204518]] выдано родственникам.",
    "birth-certificate-series": "Свидетельство о рождении (ф. 103/у): серия [[M|07 1]] № [[M|556677]].",
    # the numero sign as "N°" or "Nº" (Latin typography, OCR of a scanned form)
    "numero-degree": "СВИДЕТЕЛЬСТВО О ПЕРИНАТАЛЬНОЙ СМЕРТИ\nСЕРИЯ [[M|22]] N° [[M|481516]]",
    "numero-ordinal": "Медицинская карта Nº [[M|55412/26]] заведена в приёмном.",
    # a home visit's call: "на дом" names where the doctor goes, not a house
    "home-visit-call": "Вызов терапевта на дом № [[M|31457]] принят диспетчером.",
    "home-visit-call-glued": "вызов на дом №[[M|2207]], повод: слабость",
    # a prescription's series and number right after the word, as a pharmacy's log writes them
    "prescription-abbrev": "выдано по льготе: рец. [[M|61 4402917]] | метформин 850 мг",
    "prescription-dashed-series": "Выписан рецепт [[M|45-12 0012345]] на инсулин гларгин.",
    "prescription-bare-long": "Отоварен рецепт [[M|7700451287]] в аптеке.",
    # an export's key or column that names a trial subject or a certificate
    "json-subject": '{"protocol": "ABC-12", "subject": "[[M|07-3310]]", "arm": "B"}',
    "json-participant": '{"participant": "[[M|P-0451]]", "visit": "V2"}',
    "csv-mss": "n;mss;icd\n1;[[M|450123456]];I21.9\n2;[[M|450123999]];J18.9",
    "tsv-screening-sign": "Скрин. №\tВизит\tИсход\n[[M|012-044]]\tV1\tвключён\n[[M|012-051]]\tV1\tвыбыл",
    "tsv-screening-words": "Скрининговый номер\tЦентр\tИсход\n[[M|31-0042]]\t31\tвключён",
    # whose number it is, in the genitive, between the label and the value
    "owner-after-sign": "Карточка реципиента\nРег. № реципиента: [[M|5520713]]\nГруппа крови A(II)",
    "owner-after-adjective": "Учётный номер больного [[M|3318/к]] в регистре диабета.",
    "owner-register-series": "Регистровый номер пациента [[M|ТБ 77 0012345]] (региональный регистр).",
    # a document's number shaped as a code with no sign: after its purpose, or in brackets
    "referral-code-no-sign": "Направление на консультацию кардиолога [[M|КД-2207-26]] от терапевта.",
    "referral-code-letters-after": "Направление на МРТ [[M|550812-М]] выдано.",
    "study-code-in-brackets": "Маммограмма ([[M|MG-2025-10442]]): без патологии.",
    "prescription-long-no-sign": "Льготный рецепт [[M|1123345566]] на инсулин.",
    # an English trial narrative's subject number
    "trial-subject-en": "SAE narrative. Subject [[M|014-102]], a 58-year-old female, was hospitalised.",
    "trial-participant-en": "Participant [[M|AB-031-007]] withdrew consent after visit 4.",
}

CLEAN = [
    # a prescription's dose, count, form code, year or repeat after the word
    "Рецепт 1 раз в месяц, рец. 30 табл., рецепт на 2024 год.",
    "Рецепт 148-1/у-88 выписан, рецепт 10 000 ЕД в сутки.",
    "Рецидив через 2 года; рец. 1, повтор через 7 дней.",
    # a house after "дом" still names no record; a home care's district
    "Обслуживается на дому, участок № 3, дом 12.",
    "Вызов на дом, д. 5 кв. 12.",
    # a degree sign stays a temperature; a series of a drug's lot stays clean
    "Температура 37,8°, N 20 уд/мин.",
    "Вакцина серия 12 3 № 556677, годна до 12.2026.",
    # an e-mail export's subject in words, a ward table's columns
    '{"from": "clinic", "subject": "Выписка 12", "body": "Здравствуйте"}',
    "Палата №\tКойка\tДиагноз\n12\t3\tI10\n14\t1\tJ18.9",
    # an owner's word before a count, an age, a place in a queue
    "Порядковый номер пациента 3 в очереди; возраст больного 45 лет.",
    # a study's or a referral's purpose, dose, date, year, price, ICD code in the window or in brackets
    "Рентгенограмма ОГК (2 проекции): без очаговых теней. Исследование (HbA1c 7,2%).",
    "Направление на ПЦР SARS-CoV-2 12.03.2024. Направление на МСЭ 2024 г. Направление на ЭКГ 12345 руб.",
    "Заключение: I25.1, ХСН 2А. Исследование на COVID-19 отрицательно. Справка 086/у выдана.",
    "Исследование уровня витамина B12 350 пг/мл, флюорография 2023 года.",
    # a partial date or a period after a document's noun: the paper's date, not its number
    "Последняя ФЛГ — 04.2022, без патологии. Листок нетрудоспособности открыт 04.01-31.01.2024.",
    "Направление на МРТ 2024-03, рецепт 12.2025.",
    # an English trial's counts, ages, doses
    "Subjects 18-65 years were eligible; subject 2 of 3; study subject 12/24 mg.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round14_record_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round14_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


def test_numero_sign_keeps_offsets() -> None:
    text = "СЕРИЯ 37 N° 314176, t 38°"
    plain = normalize(text)
    assert len(plain) == len(text)
    assert plain == "СЕРИЯ 37 №  314176, t 38°"


@pytest.mark.parametrize(("key", "kind"), [("subject", "MEDICAL_RECORD_NUMBER"), ("USUBJID", "MEDICAL_RECORD_NUMBER"),
                                           ("Скрин. №", "MEDICAL_RECORD_NUMBER"), ("mss", "MEDICAL_RECORD_NUMBER"),
                                           ("visit", None), ("arm", None)])
def test_trial_and_certificate_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind
