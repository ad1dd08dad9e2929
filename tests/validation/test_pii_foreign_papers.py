"""A foreign patient's papers (issue #10, round 14): ICAO passport numbers typed on either keyboard, passports the cue
calls foreign, a passport's letter series in its own field, CIS personal numbers, a migration card cut short, voluntary
insurance marks, an old OMS policy's series and number, a foreigner's papers in a numbered form.

Marks as in :mod:`support.pii_marks` (M record number, O policy, Pa passport); clinical look-alikes must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # ICAO numbers after any document word, letters Latin or Cyrillic look-alikes, letters inside
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "icao-latin-inside": "Документ: нац. паспорт [[Pa|KL47R5521]], въезд в РФ [[D|02.2024]].",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "icao-cyrillic-lookalikes": "Гражданство: Таджикистан. Паспорт: [[Pa|ЕА 5530218]]. Жалобы на кашель.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "icao-mixed-keyboards": "Предъявлен паспорт [[Pa|АB 4410297]] (Узбекистан), полис отсутствует.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "icao-one-letter-eight-digits": "Passport No. [[Pa|Е12345678]], visa type: work.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "icao-turkish-label": "Pasaport No: [[Pa|U12093847]]\nİşveren: ООО Стройка",
    "icao-document-word": "предъявлен документ: [[M|СJ34N1207]]\nкровь взята натощак",
    # a passport the cue calls foreign: any value
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-cue-digits": "Паспорт иностранного гражданина [[Pa|45 № 1234567]]. Жалоб нет.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-cue-letters": "Паспорт ин. гражданина: [[Pa|ПР 551234567890]]",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "foreign-cue-national": "Прежний национальный паспорт [[Pa|30019284756]] сдан при получении гражданства.",
    # the series of letters in its own field
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "letter-series-field": "Вид документа: ПАСПОРТ  серия [[Pa|КР  № 1187654]]\nАдрес пребывания: общежитие",
    # CIS personal numbers
    "kazakh-iin": "ЖСН / ИИН (РК): [[M|880512301456]]\nМекенжайы / Адрес: не указан",
    "uzbek-pinfl": "ПИНФЛ [[M|31507861230021]], гражданин Узбекистана.",
    # "ИИН" typed for "ИНН" before a Russian INN (its check digits hold) stays an INN
    "iin-typo-russian-inn": "ИИН [[I|500100732259]]\nДиагноз: J06.9",
    # a migration card cut short
    "migration-card-short": "Мигр. карта: [[M|4512 8812345]], цель въезда: работа",
    # a voluntary policy's mark glued to its number is no OMS policy
    "voluntary-mark": "Полис ДМС [[M|ДМС 55180371]], страховая компания «Альфа».",
    # an old OMS policy: series and number
    "old-oms": "Полис ОМС старого образца: серия [[O|ВК 45]] № [[O|776512]], выдан ТФОМС.",
    "old-oms-words": "полис обязательного медицинского страхования серия [[O|7701]] № [[O|0045123]]",
    # a numbered form: the next item's number is no digit of the value on the line above
    "numbered-form": "4. Вид на жительство: [[M|82 3264366]]\n5. Диагноз: J06.9",
    # an object's UID under an organisation's OID, without a cue: six components and more ending in a serial
    "uid-serial-last": "Снимки (исследование [[M|1.2.643.5.1.13.40210.884213]]) переданы на консультацию.",
    # a table or an export's field holding an ICAO number
    "csv-document-column": "№;ФИО;Документ;Дата осмотра\n1;[[P|Сатторов И.Т.]];[[M|E06394130]];[[D|13.02.2021]]",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "export-field": '{"doc": {"type": "foreign_passport", "number": "[[Pa|CG95L9016]]"}}',
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_foreign_papers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a vaccine's or a drug's lot in a table of doses given, and in prose
    "| Препарат | Серия | Доза |\n| Вакцина | AB1234567 | 0,5 мл |",
    "Введена вакцина, серия AB1234567, срок годности не истёк.",
    # ICD codes, doses, lab values
    "Диагноз: J06.9; E11.65; I10. Метформин 1000 мг 2 р/д.",
    "Гемоглобин 120 г/л; тромбоциты 250; СОЭ 12 мм/ч",
    # a policy's word with "серия" of a drug, not an OMS mark
    "Полис страхования от несчастных случаев, препарат серии 45 № 123456 не применялся.",
    # a register's OID ends in a short component
    "Справочник НСИ 1.2.643.5.1.13.13.11.1005, версия 2.1.",
    # a PIN of a bank card and an identifying phrase with no number
    "Пациентка забыла ПИН-код. Идентификационный номер не указан.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
