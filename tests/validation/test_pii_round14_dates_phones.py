"""PII that generalises (issue #10, round 14): dates of exports, diaries, logs and lists; phones after addresses.

Every case is made up here (not taken from the benchmark), each class with look-alikes that must stay
clean (doses, lab values, pressures, times of taking a drug, ward numbers, ICD codes).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

DATE_CASES = {
    # a whole cell of a comma-separated export, with its time or a two-digit year (:mod:`.dates`, "numeric_cell")
    "csv-cells": (
        "n,pol,birth,death,diag\n"
        "7,Ж,[[D|02.11.1951]],[[D|14.03.2024 06:10]],I63.4\n"
        "8,М,[[D|30.01.1977]],[[D|09.09.2023]],C18.7"
    ),
    "csv-short-year-after-number": "ФИО,серия,дата,прим\nх,3310-44,[[D|17.05.22]],ок",
    # a day and month with a time written with a stop after "в" (:mod:`.dates`, the time after a date)
    "dotted-time-after-v": "Эпизод гипогликемии [[D|11.09 в 5.40]], глюкоза 3,1 ммоль/л, купирован.",
    "dotted-time-shift": "Смену принял [[D|02.12 в 7.55]]: жалоб нет, стул был.",
    # a self-monitoring diary: the row opens with the day and month, a part of the day after it (:mod:`.date_cues`)
    "diary-rows": "Дневник давления\n[[D|12.04]]  утро 142/90 п.70  вечер 150/95\n[[D|13.04]] утром 138/86, вечером 145/92",
    # the month of one digit after a slash, at a diary row's start (:func:`.date_cues.diary_row_score`)
    "diary-rows-slash": "Самоконтроль АД\n[[D|3/9]]  утро 150/90  вечер 160/100\n[[D|11/9]] утром 140/85",
    # a form's label alone on its line, the date in boxes on the next (:mod:`.fields`)
    "label-line-then-boxes": "Дата рождения\n[[D|1  7  0  4  1  9  6  2]]\nПол: ж",
    # a log's date column: the first cell of a row, a word in the next cell
    "log-first-cell": "Журнал выдачи\n[[D|05.03]] | выдано 2 уп. | подпись\n[[D|19.03]]\tвыдано 1 уп.",
    # a machine field named as a date
    "xml-date-attribute": '<event date="[[D|14.09]]" kind="осмотр"/>\n{"visit_dt": "[[D|21.10]]"}',
    # a list of dates after a cue: each item a date, bare days and months too
    "list-of-dates": "Явки на прием: [[D|03.02]], [[D|17.02]], [[D|6 марта 2025]].\nДиагноз I10.",
    "list-after-full-date": "Прививки: [[D|12.01.2024]], [[D|11.02]]; ревакцинация позже.",
    # a form's quotes around the day and month after its cue
    "quoted-day-month": "Дата выдачи «[[D|07.10]]» 20__ г.",
    # a check-up's visit and a document's issue name the day and month after them (:mod:`.date_cues`)
    "check-up-month-year": "Вам назначена диспансеризация [[D|09/25]], кабинет 14.",
    "issued-day-month": "Паспорт [[Pa|45 10 918273]], выдан [[D|12.02]] ОВД района Хамовники",
    # foreign patients' papers: Turkish, Uzbek, Kazakh month names, the Uzbek and CJK layouts (:mod:`.foreign_months`)
    "turkish-month": "Doğum tarihi: [[D|7 Ağustos 1985]]\nİşveren: OOO Stroy",
    "uzbek-month-year-first": "Справка от [[D|2024-yil 3-mart]], выдана в [[L|Ташкенте]].",
    "kazakh-month-year": "Лечился в [[L|Алматы]] до [[D|қазан 2023]] ж., затем переехал.",
    "kazakh-year-first": "Прививка от кори по сертификату: [[D|2018 ж. 4 наурыз]].",
    "cjk-date": "Выписка из клиники в [[L|Харбине]], [[D|2023年11月5日]], диагноз на китайском.",
    # a table's document row with its issue date in a cell of its own, as typists write dates (:mod:`.table_cells`)
    "document-row-issue-date": (
        "| Документ | Серия | Номер | Выдан |\n|---|---|---|---|\n"
        "| Паспорт | [[Pa|4511]] | [[Pa|208731]] | [[D|11,06.2009]] |\n"
        "| Паспорт | [[Pa|4512]] | [[Pa|118273]] | [[D|03. 04. 2015]] |\n"
        "| Полис ОМС | — | [[O|7751400891000457]] | [[D|2 апреля 2019]] г. |\n"
        "| Паспорт | [[Pa|4513]] | [[Pa|208732]] | [[D|«14» июля 2011]] г. |"
    ),
}


@pytest.mark.parametrize("source", list(DATE_CASES.values()), ids=list(DATE_CASES))
def test_round14_date_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", [
    # a decimal comma before a value shaped as a date, outside any export row
    "Hb 120,12.05.19 без динамики",
    # drug schedules and lab readings with a time or a part of the day
    "Эналаприл 10 мг в 8.00 и в 20.00, бисопролол 2,5 мг утром.",
    "Глюкоза 6.10 утром, 8.05 вечером, HbA1c 7.2%",
    "Принимать\n1.10 утром 2 табл",
    "Бисопролол 5 мг:\n1/2 утром\n3/4 вечером",
    "Дата осмотра\n5 мг 2 раза в день",
    # a row of values, no log's date column; a list of lab values
    "Результаты:\n10.05 | 12.03 | 11.08",
    "Калий: 4.10, 4.05; натрий 1.05",
    # a pressure diary without dates, ICD codes in a list, a ward and a bed
    "АД утром 135/85, вечером 140/90. Диагнозы: I10, E11.9, I25.1. Палата 12, койка 3.",
])
def test_round14_date_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "DATE_TIME"] == []


PHONE_CASES = {
    # a phone after the address in its line: the address ends before it (:mod:`.address_tails`, :mod:`.fields`)
    "phone-after-address-chain": "Прибыл из: [[L|Омская обл., г. Тара, ул. Лесная, 17/3]], [[T|8-3812-445071]]\nЖалобы нет",
    "phone-after-address-field": "Адрес: [[L|г. Бийск, ул. Мира, д. 9, кв 14]], [[T|8 (3854) 32-71-90]]\nДиагноз J06.9",
    "phone-after-house-bracketed": "[[L|пос. Ягодный, ул. Новая, дом 3]], [[T|8(913)5072216]]; явка по вызову",
    # a town's seven-digit number in its own layout, in contact lists, without a phone word (:mod:`.phones`)
    "relatives-list": "Сообщить родным:\n1) сестра — [[P|Ерёмина О.П.]], [[T|417-20-36]]\n2) зять — [[P|Ерёмин]], [[T|8 917 552-10-44]]; [[T|702-13-58]]",
    "relatives-in-brackets": "Родные ([[T|581-44-09]]) в курсе, приедут утром.",
    # the international way, country code after "+" and area code in brackets, whatever the country's rules say
    # (numbers that the matcher's metadata calls impossible, as hurried or foreign records write them)
    "international-bracketed": "Жена — [[T|+380 (44) 12-345-6789]], приедет завтра.",
    "international-in-attribute": '<contact phone="[[T|+374 (93) 418-2750]]" role="сын"/>',
    # a phone label's owner before the colon, the number on the next line; a person's "номер" (:mod:`.record_numbers`)
    "phone-label-owner-next-line": "Тел. пациента:\n[[T|8-4932-551802]]\nЖалобы на слабость.",
    # foreign national layouts: North American, a trunk "0" before the area code, a CIS code without "+" (:mod:`.phones`)
    "foreign-national-layouts": (
        "Родственники за рубежом:\nдочь — [[T|1-416-555-0142]]\nбрат — [[T|0 (532) 418 2750]]; [[T|0700 31-42-77]]"
    ),
    "cis-code-of-a-relative": "сестра — [[P|Каримова Дилноза]]: [[T|998935550177]]\nЯзыки: узбекский",
    "cis-code-without-plus": "Контакт жены на родине: [[T|992927001122]], звонить после 18.",
    # a phone's cell before a date's in a tab-separated row: the date is no group of the number
    "phone-cell-before-date-cell": "ФИО\tТелефон\tДата\n[[P|Орлов К.]]\t[[T|+7 (913) 208-11-47]]\t[[D|02.03.2024]]",
    "carer-number": "Номер сиделки: [[T|318-20-77]] ([[P|Галина]]), звонить днём.",
}


@pytest.mark.parametrize("source", list(PHONE_CASES.values()), ids=list(PHONE_CASES))
def test_round14_phone_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize(("text", "place"), [
    ("Адрес: г. Тула, ул. Мира, д. 12, кв. 45, 300041", "г. Тула, ул. Мира, д. 12, кв. 45, 300041"),
    ("Проживает: Садовая 12-45, тел. нет", "Садовая 12-45"),
])
def test_an_address_keeps_its_house_flat_and_postcode(scanner: PiiScanner, text: str, place: str) -> None:
    assert [text[e.start : e.end] for e in scanner.scan(text) if e.type == "LOCATION"] == [place]


@pytest.mark.parametrize("text", [
    # a blood pressure and a pulse with dashes; a sample's number; a ward and a bed; a dose
    "АД 130-80-72, ЧСС 72 в мин. Давление: 125-85-64.",
    "Проба крови 123-45-67 маркирована, отправлена в лабораторию.",
    "Палата 412, койка 3. Эналаприл 10 мг 2 р/д, ЧДД 18-20-22 в динамике по часам.",
    # a temperature with a sign, an ICD code, a lab value with its sign
    "Т +37,2 (вечером), I10, СРБ +++ (12-14).",
    # twelve digits that are a personal INN; a bare run of twelve with no phone word near it
    "ИНН 998972861211, документы сданы.",
    "Регистрационная запись 996123456789 внесена в журнал.",
    "Контакт: код 997123456789 (такого кода страны нет), 373000000000.",
])
def test_round14_phone_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text) if e.type == "PHONE_NUMBER"] == []
