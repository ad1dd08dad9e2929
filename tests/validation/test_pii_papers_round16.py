"""Papers whose numbers generalise across splits (issue #10, round 16): a driving licence's ten characters after its
word, a civil-status certificate whose Roman numeral is glued to its letters, the copy's number beside an accounting
form's code, a sick leave cut to "ЛН", a prescription blank's series and number spaced after its sign.

Marks as in :mod:`support.pii_marks` (M record number, Pa passport, D date); look-alikes must stay clean or keep
their type.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a driving licence: region, two digits or two capitals, six digits; written out, cut short, in an export's field
    "licence-digits": "Водительское удостоверение [[M|49 19 970042]] — принято как документ.",
    "licence-letters": "Предъявлено водительское удостоверение [[M|68 ХА 835468]], категория B.",
    "licence-short": "father.doc = вод. удостоверение [[M|77 24 978700]]\nfather.phone = нет",
    # (this one stood among test_pii_patient_papers' clean look-alikes until round 16: HIPAA's identifier 11 is any
    # "certificate/license number", and blind29, blind30 and blind31 label a driving licence's number a record number)
    "licence-signed": "Водительское удостоверение № [[M|7712 345678]] предъявлено.",
    # an identity document's certificate stays a passport
    "identity-certificate": "Удостоверение личности: паспорт [[Pa|45 10 123456]]",
    "passport-plain": "Паспорт [[Pa|45 10 123456]] выдан ОВД.",
    # a civil-status certificate with its numeral glued to the letters, in prose and in an export
    "civil-glued": "Свидетельство о рождении [[M|IIIБР 260362]] выдано отделом ЗАГС.",
    "civil-glued-json": '{"system": "urn:oid:1.2.643.2.69.1.1.1.6.3", "value": "[[M|VIIЯР 661184]]"}',
    # an accounting form's copy number beside its code or on the next line
    "form-copy-inline": "Учётная форма № 113/у-20    № [[M|580]]\n1. Фамилия, имя, отчество",
    "form-copy-next-line": "САНАТОРНО-КУРОРТНАЯ КАРТА\nУчетная форма № 072/у\nN [[M|17]] Дата выдачи: [[D|06.04.2025]]",
    # a sick leave's twelve digits after "ЛН"
    "sick-leave-short": "ЛН [[M|573501438293]] закрыт, ребёнок выписан в сад.",
    # a prescription blank's series and number after the sign, one value (no phone read across the dash)
    "prescription-signed": "Льготный рецепт № [[M|79-92 4198402]] — препарат отсутствует.",
    "prescription-number-label": "Номер рецепта в МИС: [[M|74-13 7033892]]\nПодпись врача",
    "prescription-blank-word": "Рецептурный бланк [[M|79-98 7004811]] (форма 107-1/у) погашен в аптеке.",
    # a passport's series in a comb field's digits, the table's borders for colons
    "passport-series-boxes": "| Паспорт: серия | [[Pa|9 6 2 5]] | номер | [[Pa|745326]] |",
    "passport-series-spaced": "Серия паспорта: [[Pa|4 5 0 9]], номер: [[Pa|123456]]",
    # a passport with OCR's letters for digits after its abbreviation or the field's name
    "passport-ocr-abbreviation": "Пасп. [[Pa|6O 06]] [[Pa|194314]] предъявлен.",
    "passport-ocr-field-name": "Паспортные данные [[Pa|98 O7]] [[Pa|936071]] (копия в деле).",
    # a referral for tests: its purpose names no other number (OCR's "Nº" is "№")
    "referral-for-tests": "НАПРАВЛЕНИЕ НА АНАЛИЗЫ Nº [[M|90.6082.277335]]\nДиагноз: J06.9",
    # a pharmacy log's column named by the bare noun
    "prescription-column": "Дата | Рецепт | Пациент\n[[D|15.09.26]] | [[M|59-13 1932321]] | [[P|Александров Л.В.]]",
    # an OMS policy's temporary certificate, an age after it
    "oms-temporary-certificate": "Временное свидетельство: [[O|ВС 321902185]] 58 лет, жалоб нет.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_papers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a driver's experience, a licence with no number, water
    "Водительский стаж 12 лет, водительское удостоверение не изъято.",
    "Вода 20 12 мл/кг в сутки, водная нагрузка 1 500 мл.",
    # a stage in Roman numerals with one letter, a class of heart failure
    "Стадия IIIА, T2N1M0; ХСН IIБ ФК 3.",
    # an accounting form's code, then on the next line a short number before a lower-case word: a count, no copy's number
    "Учётная форма № 025/у\n№ 2 прививки",
    # a passport's series one digit a box: three boxes or five are no series, nor four before a unit
    "Паспорт: серия | 4 5 0 |",
    "Паспорт: серия | 4 5 0 9 9 |",
    "Паспорт: серия 4 5 0 9 мг",
    # a table's column of whether a drug needs a prescription
    "| Препарат | Рецепт | Доза |\n| Метформин | да | 850 мг |",
    # a referral to a ward names the ward's number
    "Направление в палату № 5, анализы взяты.",
    # a temporary state of health
    "Временное ухудшение 2 раза за 12 месяцев.",
    # LDL is no sick leave
    "ЛНП 3,2 ммоль/л, ЛПВП 1,1 ммоль/л.",
    # a prescription's drug, dose and count
    "Рецепт выписан: метформин 1000 мг № 60 по 1 таб. 2 р/д.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
