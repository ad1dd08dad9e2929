"""PII format families (issue #10, round 4): one case per family of layouts, not per string.

Same notation as ``test_pii_cues`` (``[[KIND|value]]``, see ``support.pii_marks``): every marked
span is found with its type and nothing unmarked is flagged. The clinical numbers at the end (doses,
lab values, blood pressure, ICD codes, scores, ward and batch numbers) must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # phones: internal extensions are short, and the field says they are internal
    "phone-extension-after-internal-cue": "Зав. отделением: внутр. тел. [[T|1175]]. Жалоб нет.",
    "phone-extension-dashed": "Ординаторская — вн. [[T|2-31]].",
    "phone-extension-marked-after": "Тел. поста: [[T|4156]] (внутр.), звонить после 14 ч.",
    "phone-extension-words": "Добавочный [[T|305]], спросить старшую медсестру.",
    "phone-city-with-extension": "Справки по тел. [[T|8 (3452) 45-12-78 доб. 215]].",
    "phone-extension-in-brackets": "Регистратура: [[T|8(4912) 22-30-20 (доб. 62)]], с 8 до 17.",
    "phone-long-alternate-ending": "тел. [[T|8(8172) 36-64-96/97]]",
    "phone-dashed-short-after-phone-word": "Телефон ординаторской [[T|2-15]].",
    "phone-home-adjective": "Просит звонить на домашний: [[T|740-984]].",
    "phone-owner-in-brackets": "тел. (раб.) [[T|+7 (8442) 501-630]]",
    # a number running on into the next number: cut where eleven digits end
    "phone-runs-into-age": "тел. [[T|8 895 844 11 75]] 22 года.",
    "phone-runs-into-pressure": "тел. [[T|+7 980 792-8652]] 160/70 мм рт. ст.",
    "phone-two-in-line": "Тел.: [[T|8-912-345-67-89]], [[T|+7 (495) 123 45 67]] (жена).",
    # passports: series and number as two fields, labels between them
    "passport-fields-two-lines": "Серия паспорта: [[Pa|5299]]\nНомер паспорта: [[Pa|787479]]",
    "passport-fields-one-line": "Серия паспорта: [[Pa|36 16]]   Номер: [[Pa|674851]]",
    "passport-fields-semicolon": "Серия паспорта: [[Pa|4000]]; номер: [[Pa|182087]].",
    "passport-header-then-fields": "Паспорт\nСерия: [[Pa|45 12]], № [[Pa|123456]]",
    "passport-number-field-alone": "Номер паспорта: [[Pa|654321]].",
    "passport-series-genitive-comma": "паспорт серии [[Pa|6397, № 756754]]",
    "passport-series-words": "серия [[Pa|45 12 номер 123456]]",
    "passport-country": "паспорт РФ [[Pa|4512 123456]]",
    "passport-dashed-series": "паспорт [[Pa|45-12 123456]]",
    "passport-bracket-note": "Паспорт (серия, номер): [[Pa|3619-873140]]",
    "passport-table-cell": "| Паспорт | [[Pa|7107 239953]] |",
    # record numbers: suffix letters, abbreviated titles, a filler before the colon, a registry number
    "record-suffix-letter": "Амб. карта № [[M|48959-У]].",
    "record-abbreviated-title": "Мед. карта стац. больного №[[M|22451-22]]",
    "record-caps-in-title": "Карта вызова СМП № [[M|461]].",
    "record-filler-before-colon": "ID пациента в МИС: [[M|000065935]].",
    "record-registry": "Рег. № [[M|2564041]].",
    "record-bare-slash-short-tail": "Пациент: ИБ [[M|18912/3]], отд. кардиологии",
    "record-number-sign-first": "№ амб. карты: [[M|68440-У]]",
    "record-case-number": "ИБ №[[M|14979/19]]",
    "record-lower-case-suffix": "ИБ № [[M|1234-к]]",
    "record-prefix-letter": "Амб. карта [[M|А-60462]]",
    "record-history-number-first": "№ истории болезни [[M|3571]]",
    # addresses written in lower case after a cue: names next to their keywords or before a house number
    "address-lower-case-after-cue": "Адрес: [[L|гор. тюмень, революционная ул, д 22в, кв 216]]\nЖалоб нет.",
    "address-lower-case-keyword-words": "Прописка: [[L|г. мурманск проезд энергетиков 30 кв 39]], живёт у дочери.",
    "address-lower-case-name-before-number": "прож: [[L|г. киров улица маршала жукова 20-256]] Боли в пояснице.",
    "address-lower-case-name-first": "прожив. по [[L|профсоюзная ул. 23/4-25]]. на шум в ушах",
    "address-lower-case-region-first": "адрес: [[L|свердловская обл., г. ирбит, ул. советская, 12]]",
    "email-after-address-words": "Адрес электронной почты: [[E|yuriykudr93@mail.ru]]. 26 лет; боль внизу живота.",
    "address-verb-live": "живет [[L|г. улан-удэ пр. победы 16к1-22]] одна.",
    "address-place-of-call": "Место вызова: улица, у [[L|д. 5 по ул Октябрьская]].",
    "address-street-abbreviation-no-dot": "Вызов к дому на [[L|ул Садовая]].",
    # a surname right after a staff title, whatever else the word can be (a noun, an adjective's form)
    "person-after-head-of-department": "Осмотрен совместно с зав. отделением [[P|Мельник]].",
    "person-after-degree": "Тактика согласована с к.м.н. [[P|Беловой]]. Отмечает улучшение.",
    "person-after-title-genitive": "Консультация д-ра [[P|Волковой]]: данных за ОКС нет.",
    "person-after-professor-stop": "Консультирован проф. [[P|Штерн]]. тремор в руках.",
    "person-after-midwife": "Пациентка осмотрена акушеркой [[P|Преображенской]].",
    # a name form's cells answered by one word each, an ordinary word too
    "person-form-cells-semicolons": "Фамилия: [[P|Малышев]]; Имя: [[P|Роман]]; Отчество: [[P|Игоревич]]",
    "person-form-cells-lines": "Фамилия: [[P|Воронов]]\nИмя: [[P|Дмитрий]]",
    # dates: a Roman month after a slash with a two-digit year; a date where an address cue expects a place
    "date-roman-slash-short-year": "ДР [[D|14/VII-39]]. Состояние лучше.",
    "date-after-place-of-call": "Время прибытия на место вызова: [[D|08.04.2024 20:06]]. Боль в спине.",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_every_format_family_is_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # "вн." and "внутр." before doses and routes; an extension cue before a count or a dose
    "Омепразол 20 мг вн. 2 р/д, внутр. 100 мг на ночь. Доб. 2 таб. при болях.",
    # the home and working blood pressure, a pressure after a phone word
    "Домашнее давление 130-140/80, рабочее АД 120/80. Домашний режим 7 дней.",
    "Тел. 130/80",
    # lab values, scores, doses, ICD codes
    "Глюкоза 5,6 ммоль/л, HbA1c 6,1 %, ВАШ 6/10. Диагноз: I11.9, E11.65. Метформин 1000 мг.",
    # a drug or vaccine batch and a ward: a series and numbers without a passport
    "Вакцина серии 4508, годна до 2025. Палата № 305, койка 12. Серия препарата 1234 номер 567890 (флакон).",
    # record words before counts and short numbers
    "Рег. 2 раза в год.",
    # living words before people and habits, not places
    "Живет с мужем в частном доме, прож. один этаж. Проживает по уходу за матерью.",
    "Место вызова: улица. Живёт одна.",
    # departments and services after staff titles; a name cell without a name
    "Осмотрен врачом Скорой помощи. Осмотр зав. отделением Неврологии, врач Реанимации.",
    "Имя: Нет; Фамилия: Неизвестно.",
    # a Roman stage or grade with a number is no date
    "Рубцы 2/III-4 ст., варикоз II-III ст.",
    # ordinals after a record word, counts and minutes after a phone word, a field with no address
    "ИБ №5-й палаты. Телефон 1-2 раза в день, тел. 10-15 мин. Адрес: не указан, со слов живет одна.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clinical_numbers_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
