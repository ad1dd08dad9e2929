"""PII that generalises (issue #10, rounds 3 and 5): one case per general property of Russian records.

Each case marks the PII it holds as ``[[KIND|value]]`` (P person, T phone, D date, L location,
S SNILS, I INN, Pa passport, O policy, M record number); every marked span must be found with its
type (span overlap, as the benchmark scores it) and nothing unmarked may be flagged. The
clinical look-alikes at the end must stay clean.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.checksums import snils_check_digits

_SNILS = "112233445" + snils_check_digits("112233445")

CASES = {
    # identifiers after an explicit cue: any grouping and separators, no checksum needed
    "snils-any-grouping": "Застрахованное лицо (СНИЛС [[S|806451231 79]]) на учете не состоит.",
    "snils-certificate": "Страх. свид-во ПФР № [[S|88311035086]].",
    "inn-words-between": "ИНН налогоплательщика [[I|4383 5985 7048]] (справка для вычета).",
    "inn-kpp": "Работодатель: ООО «Вектор», ИНН/КПП [[I|7051882787]]/770101001.",
    "passport-slash": "Паспорт: [[Pa|7810/418764]].",
    "passport-dash-abbreviation": "п/п [[Pa|3698-642294]] выдан ОВД.",
    # (a foreign state's passport, its series in Latin letters, is no RU_PASSPORT: a record number, :mod:`.other_papers`)
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "passport-foreign": "Паспорт гражданина Узбекистана [[Pa|FA1234567]].",
    "passport-genitive-series": "паспорт серии [[Pa|45 08 № 123456]] выдан [[D|01.02.2005]]",
    "policy-old-series": "Полис ОМС серия [[O|ДДГ 6068132]]. Жалоб нет.",
    "policy-certificate": "ВС № [[O|446486081]] (полис в изготовлении).",
    # (a voluntary insurer's policy is no compulsory OMS policy: a record number, :mod:`.other_papers`)
    "policy-dms-slash": "Полис ДМС № [[M|123-456/2021]]",
    "record-series-letter": "И/б № [[M|29334/С]]. Жалоб нет.",
    "record-long-title": "Медицинская карта пациента, получающего медицинскую помощь в амбулаторных условиях, № [[M|8252/19]].",
    "record-number-first": "№ АК [[M|Б-8750]]",
    "record-caps-colon": "ИБ: [[M|4536/15]]",
    "record-patient-code": "Код пациента [[M|00012345]]",
    # names by structure and by their field
    "name-caps-header": "ФИО: [[P|ЗАХАРОВА НАДЕЖДА АЛЕКСАНДРОВНА]]\nНа боли в спине.",
    # (the number over the patient's name is this patient's record's: a history number with its
    # department's letter; the identifier tagger takes it since round 12, and so does numbered_values: an
    # identifier after "№" that no word names as another's)
    "name-caps-no-cue": "№ [[M|65398/С]]\n[[P|СЕМЕНОВ ВИКТОР ПЕТРОВИЧ]], [[D|1937]] г.р.",
    "name-form-cells": "Фамилия [[P|СТЕПАНОВ]] Имя [[P|ИВАН]] Отчество [[P|ВИКТОРОВИЧ]]",
    "name-label-unknown-words": "Пациент(ка): [[P|Ю Ен]] Хи",
    "name-latin-after-label": "Пациент: [[P|Smith John]]",
    "name-signature-slashes": "Подпись врача: /[[P|Оганесян А.А.]]/",
    "name-signature-line": "[[P|Петрова И.С.]]________",
    "name-place-like-with-initials": "Больной [[P|Цхакая Г.Д.]] поступил.",
    "name-common-word-with-initials": "Осмотр совместно с [[P|Волк А.В.]]",
    "name-surname-ending-after-trigger": "Пациент [[P|Мясников]], 34 лет, доставлен.",
    "name-title-abbreviation": "Гр-ка [[P|Иванова]] обратилась в приемное отделение.",
    "name-relation-after": "Звонила [[P|Олимпиада]] (дочь), просит перезвонить.",
    "name-address-form": "Уважаемая [[P|Надежда]]!",
    "name-quoted": "Представилась как «[[P|Вера]]», документов нет.",
    "name-non-russian": "В журнале записан как «[[P|Фаррух Джураев]]».",
    "name-title-skipped": "Пациент: Господин [[P|Иванов А.С.]], 56 лет.",
    # dates
    "date-range-shared-month": "Госпитализация [[D|02-19.10.2022]], выписан с улучшением.",
    "date-range-no-year": "Заболел [[D|12-13.03]], вызывал СМП.",
    "date-spaced": "Холецистэктомия [[D|01 07 2002]].",
    "date-quoted-day-numeric-month": "Дата выдачи: «[[D|17» 08 2023]] г.",
    "date-form-cells": "Дата рождения: [[D|число 29 месяц 12 год 1974]]",
    "date-time-first": "Осмотр [[D|9 ч 13 мин 13.05.2019]].",
    "date-roman-slash": "Травма [[D|12/III 2021]].",
    "date-day-month-after-event-object": "Последний прием препарата [[D|03.08]].",
    "date-day-month-after-adverb": "Накануне, [[D|26.03]], употреблял грибы.",
    "date-unit-stem-no-penalty": "Состояние на [[D|16.12.2018]] удовлетворительное.",
    "date-slash-october": "Явка [[D|09/10]]. Через 10 дней ([[D|24/10]]) контроль ОАК.",
    # phones
    "phone-local-after-owner": "Тел. ФАПа [[T|678994]].",
    "phone-local-short-cue": "т. [[T|5-21-71]] (соседка).",
    "phone-list": "Телефоны родственников: [[T|89193221756]]; [[T|24-86-72]].",
    "phone-list-with-notes": "тел. [[T|8 (951) 043-87-71]] (моб.), [[T|7-93-60]] (дом.).",
    "phone-slash-second": "т. [[T|8(916)308-24-07]]/[[T|71-10-31]].",
    "phone-alternate-ending": "тел. [[T|(4852) 12-34-56/57]].",
    "phone-fax": "т/ф [[T|34-56-78]]",
    # places
    "address-caps-after-cue": "Место рожд. [[L|Г. СНЕЖИНСК РЕСП. БАШКОРТОСТАН]]. На отеки голеней.",
    "address-region-then-sentence": "Место рождения: [[L|Г. КОЛОМНА НИЖЕГОРОДСКОЙ ОБЛ.]] Жалобы на кашель.",
    "address-call-cue": "Вызов на дом - [[L|Торжок, Куйбышева 100а-7]], подъезд 2, этаж 5.",
    "address-birthplace-abbreviation": "М/р: [[L|Тутаев]]. Головная боль.",
    "address-cells": "Населенный пункт: [[L|д. Устье]]. Улица: [[L|Центральная]]. Дом: [[L|5]].",
    "address-street-word-after-name": "Проживает в доме на [[L|Логовой аллея, д. 133Б]], отопление печное.",
    "place-ordinary-word-too": "Летом гостила у сестры в [[L|Клине]].",
    "place-instrumental": "Лечился в санатории под [[L|Кисловодском]].",
    "settlement-after-hospital": "Переведен из ЦРБ [[L|д. Устье]] на долечивание.",
    "address-field-ends-at-words": "Проживает в [[L|с. Кузнецовка]] с семьёй.",
    # round 5: mechanisms instead of cue phrases (record grammar, separators, tables, number words, roles)
    # record numbers: any noun phrase of a record, any value shape
    "record-noun-adjectives-series": "Медицинская карта стационарного больного № [[M|2021/ТО/1187]] заведена.",
    "record-bare-after-title": "Карта стационарного больного [[M|4410-к]], палата 3.",
    "record-dash-sign": "№ истории болезни — [[M|775/С-2019]].",
    "record-spaced-groups": "Пациент № [[M|512 300 8841]] в ЛИС.",
    "record-quoted-system": "Идентификатор пациента МИС «Инфоклиника»: [[M|100 200 3004]].",
    "record-form-number-skipped": "Медкарта ф. 025/у № [[M|11873-12]]\n",
    "record-bracket-note": "Номер карты (ЧСС 88): [[M|5521АК19]]\n",
    "record-birth-history": "История развития новорождённого № [[M|20455]].",
    "record-letters-glued": "Журнал вызовов: [[M|П12/881]]\n",
    "record-department-after": "№ [[M|412/21 (ХО)]] (история болезни)",
    # separators: the checksum (SNILS) or the cue (passport) decides
    "snils-dots": f"СНИЛС [[S|{_SNILS[:3]}.{_SNILS[3:6]}.{_SNILS[6:9]} {_SNILS[9:]}]].",
    "snils-double-space-no-cue-word": f"Сверка с ПФР: [[S|{_SNILS[:3]}-{_SNILS[3:6]}-{_SNILS[6:9]}  {_SNILS[9:]}]].",
    "passport-spaced-digits": "паспорт: [[Pa|4 5 0 8 1 2 3 4 5 6]] выдан ОВД",
    "passport-number-words": "Предъявлен паспорт серии [[Pa|4508 за номером 123456]].",
    "passport-line-break": "Документ, удостоверяющий личность\n серия: [[Pa|45 08]]\n номер: [[Pa|123456]]\n",
    # tables
    "table-passport-columns": "| Документ | Серия | Номер |\n| паспорт | [[Pa|4508]] | [[Pa|123456]] |\n",
    "table-record-column": "Боли в спине. | № ИБ | Отделение | Койка |\n| [[M|ГБ-4471]] | ТО | 3 |\n",
    "table-date-column": "Динамика:\nДата | Hb | СОЭ\n[[D|14.02]] | 118 | 20\n",
    # dates: month words between dashes, day-month-year written together next to a date word
    "date-dashed-month-word": "Справка действительна до [[D|15-мар-2021]].",
    "date-compact-after-cue": "Выписан [[D|17092023]], рекомендовано наблюдение.",
    # a street without its keyword, known by the house and flat after it
    "street-house-flat": "Просит приехать на [[L|Чапаева 12-40]], домофон не работает.",
    "street-house-flat-comma": "Живёт на [[L|Маршала Жукова, 7, кв 15]].",
    # a team's roles name their bearers, even by a surname that is also a word ("ситников": rushes)
    "team-roles": "Бригада: Ассистент 2: [[P|Кожемякина]]; Операционная м/с: [[P|Ситников]]; Анестезистка: [[P|Мокрых]].",
    # phones in words
    "phone-words": "Абонент оставил номер [[T|восемь девятьсот двенадцать триста сорок пять шестьдесят семь ноль восемь]].",
    "phone-words-mixed": "Перезвонить: [[T|плюс семь девятьсот двадцать шесть 123-45-67]].",
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_pii_of_every_general_property_is_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


CLEAN = [
    # a SOAP note's "Субъект:" and a dialogue's speaker labels are no address or name labels
    "Субъект: Женщина, возраст 35 лет. Объективно: без особенностей.",
    "Врач: Понятно. Хорошо, проведем осмотр. Пациент: Ок, я готов.",
    "Жалобы на аноректальный регион: боль при дефекации.",
    # placeholders and generic fields
    "ФИО: XXX XXX\nИмя пациента: NN\nАдрес: Город, Улица, Дом",
    "Область: поясничная. Район: не указан. Дом: частный.",
    # a short number after a card word, a sample's number without a cue
    "Карты 123 нет. Номер образца 12345.",
    # lab values and doses that look like a day.month or a range
    "ОАК: лейкоциты 4.10, СОЭ 12. Инсулин 12-14 ЕД. Калий 4.10 ммоль/л.",
    "Принимает по 1 т. 3 р/д, 2 т. на ночь. Контакт с больными ОРВИ отрицает.",
    "Головная боль с интенсивностью 10/10, по ВАШ 8/10, длительностью 1-2 часа.",
    # specialties and abbreviations in capitals are no names
    "Дополнительные консультации: Уролог, Гастроэнтеролог. Предписать пациентке НПВС. Готовится к ЭКО.",
    "Мать здорова. Со слов пациентки, боли давно.",
    # round 5: clinical look-alikes of the record grammar, separators, tables, number words, streets by their house
    # record nouns before clinical values: units, years, dates, ICD codes, list positions, lab lists
    "История заболевания: 3 года. Карта: 2 раза в день по 500 мг.",
    "Код МКБ: I11.9. Пациент № 1 из 3, Hb 120 г/л.",
    "БАК: АСТ 15 ЕД, креатинин 62, СРБ 1.7, МК 250, РФ отр, МК 453.",
    "Протокол: 1. Осмотр. Вызов 03 в 14:20, случай 1: эффект.",
    # other numbers after their own nouns: ward, bed, team, the passport office's code
    "Палата № 5, койка 12, бригада № 7. Код подразделения 770-001.",
    # a table of lab values and wards
    "| Показатель | Значение | Норма |\n| Гемоглобин | 120 | 130-160 |\n| Палата | Койка |\n| 5 | 2 |\n",
    # counts and doses in words
    "Принимает два раза в день по сорок пять капель, восемь таблеток в сутки. Номер палаты восемь.",
    # doses and scores after "на"/"по" that look like a house and flat; eight digits without a date word
    "Переведена на Конкоре 5-10, по Шкале 3-4, на Эналаприл 5-10 мг. Артикул 12032019. Перешла на Фемостон 1/5.",
    # role labels before ordinary words
    "Хирург: Консультация через месяц. Оператор: Вызов принят. Консультант: Невролог",
    # a digit run of eleven digits with dots whose checksum fails
    "Показатели 112.233.445 00 без динамики.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clinical_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []
