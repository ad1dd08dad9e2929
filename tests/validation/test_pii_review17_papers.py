"""PII round 17 review: papers retyped by a cue that reads too much (foreign and travel passports, voluntary policies).

The review's inputs: a surname or a Russian republic after "паспорт гражданина", a trip abroad a sentence before an
internal passport. Same notation as ``test_pii_formats`` (``[[KIND|value]]``; Pa a Russian passport, M a record number).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a surname or a Russian republic after "гражданина" is no foreign state
    "citizen-surname": "Паспорт гражданина [[P|Петрова]] [[Pa|4509 123456]]",
    "citizen-surname-initials": "Предъявил паспорт гражданина [[P|Сидорова И.И.]] [[Pa|4509 123456]]",
    "citizen-russian-republic": "Паспорт гражданина Татарстана [[Pa|4509 123456]]",
    # a foreign state named after the citizen's word
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "citizen-foreign-republic": "Паспорт гражданина [[L|Республики Узбекистан]] [[Pa|4509 123456]]",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "citizen-female-foreign-state": "паспорт гражданки Армении [[Pa|4509 123456]]",
    # a trip abroad in the sentence before: the internal passport stays one
    "abroad-sentence-before": "Из анамнеза: заграницу не выезжал. Паспорт [[Pa|4509 123456]].",
    "abroad-instrumental-before": "Находился заграницей. Паспорт [[Pa|4509 123456]] выдан ОВД",
    "business-trip-before": "Был в загранкомандировке. Паспорт [[Pa|4509 123456]]",
    # the travel passport's own words keep their record number
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-abbreviation": "загран. паспорт [[Pa|75 1234567]]",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "travel-one-word": "Загранпаспорт [[Pa|75 1234567]]",
    # a voluntary insurance's mark (voluntary_insurance): "добровольное" alone on a table's title is none, ВЗР is one
    "consent-title-keeps-oms": ("Информированное добровольное согласие получено.\nФИО | Полис | Телефон\n"
                                "[[P|Иванов Иван Иванович]] | [[O|7750 2411 9937 2230]] | [[T|+79161234567]]"),
    "voluntary-title": ("Реестр услуг по ДМС\nФИО | Полис | Телефон\n"
                        "[[P|Иванов Иван Иванович]] | [[M|7750 2411 9937 2230]] | [[T|+79161234567]]"),
    "travel-policy-column": ("ФИО | Полис ВЗР | Телефон\n"
                             "[[P|Иванов Иван Иванович]] | [[M|7750 2411 9937 2230]] | [[T|+79161234567]]"),
    # an export's key: the mark retypes a policy, not the phone of a voluntary insurance's client
    "voluntary-client-phone-key": '{"dms_client_phone": "[[T|+79161234567]]", "fio": "[[P|Иванов Иван Иванович]]"}',
    # a health passport's number in an identity passport's groups, with the record's own suffix (passport_parts' groups)
    "health-passport-dash-suffix": "Паспорт здоровья № [[M|4509 123456-12]]",
    "health-passport-slash-suffix": "Паспорт здоровья № [[M|4509 123456/1]]",
    # a record number with a stop written as a day and month glued to a year, after its sign or its paper's word
    "record-sign-glued-date": "Протокол № [[M|12.102019]]",
    "card-sign-glued-date": "Карта № [[M|25.112020]] выдана",
    "referral-glued-date": "Направление [[M|15.062019]] на МСЭ",
    "voluntary-policy-key": '{"policy_dms": "[[M|7750241199372230]]", "fio": "[[P|Иванов Иван Иванович]]"}',
}


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_passport_cues_type_what_they_name(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)
