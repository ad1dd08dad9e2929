"""PII that generalises (issue #10, round 25): a number a label gives to one person's record, case, sample or paper,
whatever the domain.

Classes: a voucher for a resort's treatment ("курсовка") as a путёвка; the series of a paper printed on a numbered blank
("Путевка серия 02-63441"); the abbreviations of a person's card (ЕМК, СКК); what a clinic or a trial does to one person,
numbered for that person, after "номер" (a transfer, an evacuation, a screening, a randomisation, an enrolment), also with
a service's abbreviation glued on ("ТМК-консультации"); a trial's or a transfusion service's person (subject,
participant, donor, recipient) and a biobank's aliquot or cryovial before a code; an export's key naming an application,
an act or a police register's entry. And the other side: a biobank's box, rack, freezer or temperature logger, a drug's
lot series after a vial, a subject of the federation are no one's. Marks as in :mod:`support.pii_marks`; the examples are
our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type
from medsyn_dataset.validation.pii.id_tagger import SPAN_SCORE

CASES = {
    # a bracket of letters after a person's number holds that person's initials, no department (review A r25, 1)
    "subject-then-initials": "Субъект [[M|01-014]] ([[P|АВК]]) завершил визит 3.",
    "kursovka-numero": "Выдана курсовка № [[M|18127]] на амбулаторно-курортное лечение.",
    "kursovka-dashed": "Получена курсовка № [[M|06-64286]], жалоб нет.",
    "voucher-series-digits": "Путевка серия [[M|02-63441]] оформлена.",
    "voucher-series-letters": "ПУТЕВКА Серия [[M|КТ 782196]]\nЗаезд утром.",
    "spa-card-abbreviation": "Оформлена СКК № [[M|843]], жалоб нет.",
    "unified-card-abbreviation": "Консультация проведена, ЕМК [[M|749365455]]. Рекомендовано наблюдение.",
    "evacuation-sheet": "Лист медицинской эвакуации № [[M|404]] оформлен.",
    "glued-service-consultation": "Жалоб нет. Номер ТМК-консультации [[M|7749]]",
    "randomisation-number": "Пациент рандомизирован, номер рандомизации [[M|1045]].",
    "transfer-number": "Оформлен номер перевода [[M|2231]], транспортировка лёжа.",
    "trial-subject": "Субъект [[M|101-017]] включён в исследование.",
    "trial-participant": "Участник исследования [[M|0457-112]] подписал согласие.",
    "donor-code": "Донор [[M|D-88213]] допущен к донации.",
    "aliquot": "Аликвота [[M|А-2231-03]] заморожена.",
    "cryovial": "Криопробирка [[M|4500-221-03]] передана в хранилище.",
    # "номер" before a trial's or a donation service's person, a verb of assigning before "номер"
    "subject-number-named": "Номер субъекта [[M|1045]] выбыл из исследования.",
    "assigned-number": "Пациенту присвоен номер [[M|014-0032]] в исследовании.",
    # English labels of a trial's and a biobank's numbers
    "screening-no": "Screening No. [[M|S0231]] completed.",
    "aliquot-colon": "Aliquot: [[M|A-2231-03]] stored.",
    "randomisation-hash": "Randomization #[[M|1045]] assigned.",
    # a table's column named by a trial's, a biobank's or a voucher's word
    "aliquot-column": "Аликвота\tКоробка\tПозиция\n[[M|A-2231-03]]\tBX-12\t45\n[[M|A-2231-04]]\tBX-12\t46",
    # a person's file, by its abbreviation or its words; a prescription's key
    "personal-file-abbreviation": "Жалоб нет, л/д [[M|426/12]]",
    "personal-file-words": "Личное дело № [[M|4471]] запрошено.",
    "prescription-key": "status=new рец=[[M|1270251]] выдан",
    # a trial's or a donation service's person is a sentence's subject too: a phone after its words stays a phone
    "donor-asks-phone": "Донор просит извещать по [[T|8-4162-317347]], доза 450 мл.",
    "application-json": '{"queuePosition": 96, "applicationNumber": "[[M|5444838489]]", "category": "инвалид"}',
    "application-xml": "<Заявитель>\n  <НомерЗаявления>[[M|082-509802]]</НомерЗаявления>\n</Заявитель>",
    "act-json": '{"doc_type": "307/у-05", "act_no": "[[M|2041]]", "status": "closed"}',
    "police-register-kv": "ts=[[D|13.02.2024]] source=fssp kusp=[[M|1961/20]] status=new",
}

CLEAN = [
    # a role noun before a span of years: a campaign's or a donation's years, no person's number (review A r25, 2)
    "Участник СВО 2023-2024, контузия.",
    "Донор 2015-2020, кроводачи регулярно.",
    "Участник боевых действий 1994-1996, ранений нет.",
    # a biobank's storage and a cold chain's logger hold many people's samples
    "Логгер № TL-2231 в холодильнике, коробка № 12-4451, штатив № 4-1711.",
    "Даталоггер № DL-5521 показал плюс 4.",
    # a drug's lot series after its vial or ampoule
    "Флакон серия 230415 вскрыт.",
    # a subject of the federation, a donor's or a participant's count
    "Субъект РФ 50, субъекта федерации 77-й.",
    "Донор 2 раза в год, участник 3 исследований.",
    # a place in a queue assigned, a kit's number in English, a service's code column
    "Присвоен номер 3 в очереди.",
    "Kit No. 4452 opened, screening visit 2.",
    "Код услуги | Название\nA16.20.0031 | Пункция",
    # lymph nodes' size, a file's volumes
    "л/у 12 мм, личное дело 2 тома.",
    # a voucher's days, a randomisation's arm
    "Курсовка на 12 дней, рандомизация 1:1.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round25_record_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round25_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == []


@pytest.mark.parametrize("source", ["Консультация проведена, ЕМК [[M|749365455]]. Рекомендовано наблюдение.",
                                    "По ЕМК [[M|5512]] осмотрен.", "Донор [[M|D-88213]] допущен к донации.",
                                    "Участник исследования [[M|0457-112]] подписал согласие.",
                                    "Номер донора [[M|4512]], донация плановая.",
                                    "Код образца | Тип\n[[M|BB-2023-0451]] | плазма"])
def test_round25_named_by_a_rule(scanner: PiiScanner, source: str) -> None:
    """A card's abbreviation, a trial's person or a specimen's code column names the number by a rule, above the learned tagger's score (a policy
    above ``SPAN_SCORE`` counts and redacts only the rules' spans)."""
    text, spans = planted(source)
    (_, start, end), = spans
    assert any(e.type == "MEDICAL_RECORD_NUMBER" and e.start < end and start < e.end and e.score > SPAN_SCORE
               for e in scanner.scan_fast(text))


@pytest.mark.parametrize(("key", "kind"), [("applicationNumber", "MEDICAL_RECORD_NUMBER"), ("НомерЗаявления", "MEDICAL_RECORD_NUMBER"),
                                           ("act_no", "MEDICAL_RECORD_NUMBER"), ("kusp", "MEDICAL_RECORD_NUMBER"),
                                           ("application_status", None), ("act_date", None), ("act_type", None), ("номер_рецепта", "MEDICAL_RECORD_NUMBER"), ("recept_date", None)])
def test_filed_paper_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind


@pytest.mark.parametrize("text", ["Участник ВОВ 1941-1945 гг., инвалид 2 группы.", "Участник СВО 2023-2024, контузия.",
                                  "Донор 2015-2020, кроводачи регулярно.", "Участник ЛПА на ЧАЭС 1986-1987 гг."])
def test_a_role_nouns_span_of_years_is_no_record_number(scanner: PiiScanner, text: str) -> None:
    """A status's abbreviation and its years after a role noun (review A r25, finding 2): whatever else is read there
    (a date, the abbreviation), no record number."""
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == []


def test_a_persons_number_ends_before_a_bracket_of_letters(scanner: PiiScanner) -> None:
    """The bracket after a donor's number marks the person, no department's code of the number (review A r25, 1)."""
    text = "Донор D-88213 (ИПС) допущен к донации."
    assert [text[e.start : e.end] for e in scanner.scan_fast(text) if e.type == "MEDICAL_RECORD_NUMBER"] == ["D-88213"]
