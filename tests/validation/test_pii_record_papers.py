"""PII that generalises (issue #10, round 13): numbers of a patient's papers that are none of the national types.

Every case is made up here (not taken from the benchmark). A foreign state's passport (a Latin series), a
foreigner's papers of stay (residence permit, temporary permit, migration card, work patent) and a voluntary or
travel insurance policy are record numbers (:mod:`medsyn_dataset.validation.pii.other_papers`); a Russian
passport, the travel one included, stays RU_PASSPORT and a compulsory policy RU_OMS_POLICY. Look-alikes with no
such number stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a foreign state's passport: a Latin series after any passport word, Russian or English
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-latin-series-en": "Passport number: [[Pa|K 7712093]]; visa multiple entry.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-national": "Национальный паспорт (Кыргызстан): [[Pa|AC 2210457]], срок до 2031 г.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-foreign-short": "Иностранный паспорт [[Pa|N05521873]] предъявлен.",
    # papers of stay
    "residence-permit-abbreviation": "Документ: ВНЖ серия [[M|83 № 0045127]], выдан УВМ.",
    "temporary-permit": "РВП [[M|5512/2025]] до окончания срока.",
    "migration-card": "Миграционная карта № [[M|4617 0093385]], въезд через Домодедово.",
    "work-patent": "Патент на работу [[M|77 2501134567]], оплачен.",
    # voluntary and travel insurance, either order of the words
    "dms-policy-colon": "Полис ДМС: [[M|ИНГ-44120031]], страховая Ингосстрах.",
    "voluntary-insurance-words": "Полис добровольного медицинского страхования № [[M|002-771-440193]]",
    "travel-insurance": "Travel insurance policy [[M|ALZ 5509127734]] covers emergencies.",
    "dms-before-policy": "ДМС, полис № [[M|117/44-0912]] (корпоративный).",
    # the national types stay theirs
    "russian-passport-stays": "Паспорт [[Pa|45 12 345678]] выдан ОВД.",
    # (a Russian passport for travel abroad is no internal passport: a record number by the project's definition, as five
    # tuning authors, blind24, blind30, blind31, blind33 and blind34, label it; this gold said RU_PASSPORT until round 17)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "russian-travel-passport-record": "Загранпаспорт № [[Pa|75 1234567]] действителен.",
    "oms-policy-stays": "Полис ОМС [[O|7750 2411 9937 2230]].",
    # another field's label after the paper's word is that field's: an INN after a patent or a DMS policy stays an INN
    "patent-then-inn": "Патент на работу, ИНН [[I|500100732259]]",
    "permit-then-inn-label": "ВНЖ ИНН [[I|500100732259]]",
    "dms-then-insurer-inn": "Полис ДМС, ИНН страхователя [[I|7707083893]]",
    # an export's number element inside a paper's element: the paper names it (XML and JSON)
    "xml-paper-number-child": "<Prescription>\n  <Series>[[M|45-77]]</Series>\n  <No>[[M|0031299]]</No>\n</Prescription>",
    # a barcode's digits among its bars or under its caption "ШК" (:mod:`.barcodes`)
    "barcode-bars": "|||| ||| ||||| [[M|7700412593]] |||\nКровь из вены, ЭДТА",
    "barcode-caption": "Контейнер: моча, ШК: [[M|00417730]], доставлен курьером.",
    "barcode-caption-bracketed-series": "[ШК] [[M|LAB 55120397]]",
    # papers and labels the record grammar reads: a voucher, a request's purpose, a complement after "номер <paper>",
    # a system's name dashed before the number, an OID as a paper's number, a combined "серия/номер", imaging studies,
    # an analyser's sample
    "voucher-colon": "Путёвка: [[M|СК-104417]]\nЗаезд по графику.",
    "voucher-number-of": "Номер путёвки [[M|2025/0711]] указан в договоре.",
    "request-for-tests": "Номер заявки на анализы [[M|77-3310245]] не найден в ЛИС.",
    "referral-in-system": "Номер направления в РМИС [[M|2024.77.118830]], запись не открылась.",
    "system-name-series": "И/б №[[M|medi-7730142]]; отделение неврологии.",
    "e-prescription-oid": "Электронный рецепт номер [[M|1.2.643.5.1.13.4471.20251103]] аннулирован.",
    "series-slash-number": "Рецепт серия/номер [[M|77-04 112093]] выписан повторно.",
    "fluorography-number": "ФЛГ № [[M|3318-Ф]] от [[D|12.02.2026]], без патологии.",
    "mammogram-number": "Маммограмма № [[M|2231/24]] в архиве.",
    "analyser-sample": "Sample No.: [[M|6600417733]]  Rack 02-4",
    # a bill for the patient's paid services names its payer: one of the patient's papers
    "bill-with-payer": "Счёт на оплату № [[M|3318/ПУ]]\nПлательщик: [[P|Сидорова Анна Петровна]]",
    # only the head of the label refuses: "за счёт" is paid for, a word that starts like "серийный" far before is none
    "paid-for-then-card": "Госпитализирован за счёт средств ОМС, карта № [[M|44712]].",
    "serial-word-far-before": "Ребёнок со склонностью к серийности высыпаний. Сертификат прививок № [[M|7730-224105]]",
    "json-paper-number-member": '{"certificate": {"number": "[[M|МС-2231/24]]"}, "status": "issued"}',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_other_papers_are_record_numbers(scanner: PiiScanner, name: str) -> None:
    text, spans = planted(CASES[name])
    check_planted(scanner.scan(text), text, spans)


CLEAN = {
    "dms-program-limit": "Полис ДМС: программа В3, лимит 150000 руб., франшиза 10%.",
    "dms-without-number": "Полис ДМС иностранного гражданина представлен, претензий нет.",
    "patented-drug": "Патентованный препарат 500 мг 2 раза в день, курс 10 дней.",
    "passport-mentioned": "Паспорт предъявлен, личность установлена; АД 130/85 мм рт. ст.",
    "stay-words-then-dose": "Вид на жительство оформляет; омепразол 20 мг утром.",
    "travel-then-lab": "Travel history: none. HbA1c 6.8 %, glucose 7.4 mmol/L.",
    "table-single-borders": "| Гемоглобин | 132 | г/л |\n| Тромбоциты | 245000 | в мкл |",
    "boxed-digits": "Код: 1|2|3|4|5|6|7, шкала ШКГ 15 баллов, ШК не наклеен.",
    "voucher-days": "Путёвка в санаторий на 21 день, заезд с понедельника.",
    "request-small-number": "Заявка на анализ № 2 от терапевта, кровь натощак.",
    "referral-to-room": "Номер направления в кабинет 215 уточнить у медсестры.",
    "fluorography-per-year": "Флюорография 1 раз в год, последняя без патологии.",
    "register-oid": "Справочник организаций, номер 1.2.643.5.1.13.13.12.2.77.7973, лицензия.",
    "sample-volume": "Sample volume: 5 ml, 2 samples per patient.",
    "dash-word-short-number": "Карта № палата-12, переведён.",
    # an item's own number and an invoice between organisations are no one's record (:func:`.numbered_values.item_or_invoice_number`)
    "device-factory-number": "Тонометр автоматический, заводской номер: 7712093, поверен в марте.",
    "device-serial-number": "Глюкометр выдан, серийный номер 44120934, тест-полоски 50 шт.",
    "device-serial-english": "Analyzer Mindray BC-5000 S/N 2207745, calibrated.",
    "inventory-number": "Инвентарный номер 00412377 (кушетка).",
    "invoice-to-organisation": "Счёт на оплату № 4417-12 выставлен поставщику реактивов.",
    "waybill": "Накладная № 33180 на расходные материалы получена.",
    "xml-house-number": "<Address>\n  <House><Number>12</Number></House>\n  <Flat><Number>7</Number></Flat>\n</Address>",
    "xml-step-number": "<Protocol>\n  <Step><Number>3</Number><Dose>500 mg</Dose></Step>\n</Protocol>",
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_look_alikes_stay_clean(scanner: PiiScanner, name: str) -> None:
    assert [(e.type, CLEAN[name][e.start : e.end]) for e in scanner.scan(CLEAN[name])] == []


def test_one_unit_list_serves_every_reader() -> None:
    """Units (:mod:`.units`): the record grammar's check, the tagger's veto and its feature read the same table."""
    from medsyn_dataset.validation.pii.units import MEASURE_AFTER, UNIT_AFTER_VALUE, is_unit

    for word in ("мг", "МКГ", "табл.", "таблетки", "ммоль/л", "сут", "часов", "лет", "года", "уд", "р/д", "капель", "пачки"):
        assert UNIT_AFTER_VALUE.match(" " + word), word
        assert MEASURE_AFTER.match(" " + word), word
        assert is_unit(word.lower()), word
    # a word that only starts like a unit is the next sentence or an abbreviation, in every reader
    for word in ("таблица", "раздражительность", "недосып", "СМП", "МЕДСИ", "годность", "минздрав"):
        assert not UNIT_AFTER_VALUE.match(" " + word), word
        assert not MEASURE_AFTER.match(" " + word), word
        assert not is_unit(word.lower()), word
    # a year's and an hour's marks close a record's value, not a plain number ("123456 г. Москва")
    assert UNIT_AFTER_VALUE.match(" г.") and not MEASURE_AFTER.match(" г.")
