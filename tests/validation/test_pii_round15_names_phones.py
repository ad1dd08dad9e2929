"""PII that generalises (issue #10, round 15): names, phones, dates, places and policies of flat exports, dumps,
foreign contacts and old forms.

Every case is made up here (not taken from the benchmark), each class with look-alikes that must stay
clean (doses, lab values, pressures, times of taking a drug, ward numbers, ICD codes).
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner

CASES = {
    # a flat export's pairs joined by "|" or ";", the ТФОМС register's keys FAM/IM/OT (:mod:`.export_fields`)
    "flat-export-pipes": "Выгрузка: N_ZAP=12|FAM=[[P|ЛАПТЕВА]]|IM=[[P|ОЛЬГА]]|OT=[[P|ИГОРЕВНА]]|W=2|DR=[[D|1961-03-05]]|Q=1",
    "flat-export-semicolons": "rec;fam=[[P|Гуляев]];im=[[P|Ефим]];ot=[[P|Ильич]];sex=1",
    # a DICOM dump's columns: tag, keyword, a bare value representation, the value (:mod:`.dicom`)
    "dicom-dump-columns": (
        "(0008,0021) SeriesDate       DA  [[D|20230117]]\n(0008,0060) Modality         CS  MR\n"
        "(0010,0030) PatientBirthDate DA  [[D|19640229]]\n(0018,0050) SliceThickness   DS  5.0"
    ),
    # a form's joint caption for a series and a number, "серия/номер", "серия, №" (:mod:`.id_fields`)
    "policy-series-slash-number": "Полис ОМС старого образца, серия/номер: [[O|5403 № 0177451263]]; действителен.",
    "policy-letters-series-comma": "Полис ОМС серия, №: [[O|КМ 4412076]]\nДиагноз J06.9",
    "passport-series-slash-number": "Паспорт серия/номер: [[Pa|4509 331207]], выдан давно.",
    # a foreign number after "+", its groups unbracketed, valid or not for its country (:mod:`.phones`)
    "international-spaced-groups": "Сестра на родине: [[T|+375 29 741 20 53]]; брат [[T|+380-67-412-33-90]].",
    "international-one-digit-too-many": "Жена — [[T|+374 95 412 30 117]], звонить вечером.",
    # a person's label, then a town's seven-digit number: a phone, not the patient's record (:mod:`.record_numbers`)
    "patient-label-town-phone": "Пациент [[P|Крылов]]: [[T|512-40-77]], [[T|8 912 004 55 61]]",
    # eight digits after a moment's label: a date-and-time field typed without its stops (:mod:`.date_cues`)
    "compact-after-moment-label": "Время поступления: [[D|23112019]]\nВремя снятия вязок — [[D|17032021]], осмотрен.",
    # roles whose holder is named right after them: an official letter's executor, the one on duty, a commission's
    # chair, a hearing's secretary; the name a patient gives themself (:mod:`.name_triggers`)
    "executor-and-duty": "Исп. [[P|Ларионов]], каб. 12\nПередал: фельдшер. Принял: дежурная [[P|Гусева]].",
    "chair-and-secretary": "Акт подписан председателем комиссии [[P|Дьяконовым]]; секретарь [[P|Гущина]].",
    "self-given-name": "На осмотре называет себя «[[P|Серёжа]]», полное имя не называет.",
    # a contact's phone right after the name: whose number it is (:mod:`.names`)
    "name-then-phone": "Контакты:\n- [[P|Варвара]], тел. [[T|8 916 220 41 07]]\n- [[P|Гущин]], тел. [[T|+7 (921) 330-15-88]]",
    # a person word, then a surname that is also a word, then a colon and their contacts (:mod:`.names`)
    "surname-label-after-person-word": "Контакты:\nПациент [[P|Морозов]]: [[T|+7 (903) 111-20-30]]\nМать [[P|Белова]]: [[T|8 912 000 11 22]]",
    # "по" before a surname with initials where no method is named: whom a request is about (:mod:`.names`)
    "about-after-po": "Запрос страховой компании по [[P|Дьяконовой Е. В.]]: копии выписок; ответ по [[P|Р. Т. Гущину]].",
    # a name's Latin spelling after a slash, as a foreigner's card copies their papers (:mod:`.names`)
    "latin-spelling-after-slash": "ФИО: [[P|Пак Сергей Ильич]] / [[P|PAK SERGEY]]\nГражданство: Казахстан",
    # a home visit's errand and an abbreviated residence label before "town, street house-flat" (:mod:`.fields`)
    "home-visit-address": "Вызов врача на дом к больному: [[L|Ишим, Садовая 14-22]]. Повторно через неделю.",
    "abbreviated-residence": "Паспорт предъявлен.\nПрож. [[L|Бийск, Мира 9-14]]\nЖалоб нет.",
    # address keywords glued to their names, stops and spaces lost, after a cue or on the line under a label (:mod:`.fields`)
    "glued-keywords-after-cue": "Проживает по адресу: [[L|гТоржок улЛенина д12 кв5]], тел. нет.\nАдрес регистрации\n[[L|пгтУдомля улМира д3]]",
    "garden-partnership-lower-case": "проживает по адресу [[L|снт «Ромашка», уч. 14]].\nЖалоб нет.",
}
CLEAN = [
    # a flat row of lab values and doses: keys name no person
    "LAB|K=4.1|NA=140|GLU=5.6|CRP=12",
    "naznach;doza=5мг;kratn=2;put=внутрь",
    # a dump's technical attributes: no date, no person
    "(0018,0050) SliceThickness   DS  1.25\n(0028,0010) Rows             US  512\n(0008,0060) Modality  CS  CT",
    # a policy's caption with no number; signs of a reflex, a test's pluses, a temperature
    "Полис ОМС серия/номер: не предъявлен. Эналаприл 10 мг 2 р/д.",
    "Рефлексы +2 +2 +1, реакция ++, Т +37,2, ЧСС +10 уд/мин.",
    # eight digits with no date word or moment label before them: a counter, a batch, an article
    "Счётчик 12134567, партия 31012019, артикул 12052021.",
    # a method named before "по" and a surname with initials: an author cited; eponyms of tests
    "Классификация по А.В. Покровскому: стадия IIБ. Окраска по Граму, проба по Нечипоренко.",
    # role words before ordinary capitalised words; a clinic's name before its phone
    "Дежурная Смена доложила. Председатель Правления. Секретарь ВК.",
    # a home visit without an address; a drug's Latin name after a slash
    "Выезд на дом запланирован: завтра. Эналаприл / enalapril 10 мг.",
    # a residence verb before an ordinary phrase; units glued to capitals in lab text stay no address
    "Прож. с мужем и дочерью. Проживает один, в квартире.",
    # a person word, then a field's label in capitals and its colon
    "Больной Основной: диагноз уточняется. Пациент: Жалобы: нет.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round15_classes_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round15_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == []


@pytest.mark.parametrize("text", ["Заказ 04102019 отправлен в лабораторию.", "Направление № 25032021 выдано.",
                                  "Штрихкод: 12052021, проба крови."])
def test_round15_eight_digits_after_an_identifier_word_are_no_date(scanner: PiiScanner, text: str) -> None:
    assert [e.type for e in scanner.scan(text) if e.type == "DATE_TIME"] == []


def test_round15_an_organisation_before_its_phone_is_no_person(scanner: PiiScanner) -> None:
    text = "Лаборатория Гемотест, тел. 8-800-550-13-13 (круглосуточно)."
    assert [e.type for e in scanner.scan(text)] == ["PHONE_NUMBER"]


def test_round15_a_visit_log_title_takes_no_address(scanner: PiiScanner) -> None:
    # a title naming home visits, its rows on the lines below: a row's date and time are no address
    text = "Журнал вызовов врача на дом\n14 03 2026 09:40 | вызывает сын"
    assert [e.type for e in scanner.scan(text) if e.type == "LOCATION"] == []


def test_round15_a_numbered_patient_keeps_its_record_number(scanner: PiiScanner) -> None:
    text = "Пациент № 512-40-77 поступил в 14:00."
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan(text)] == [("MEDICAL_RECORD_NUMBER", "512-40-77")]


@pytest.mark.parametrize(
    "text",
    [
        "Документы: полис ОМС, ИНН 500100732259, СНИЛС 112-233-445 95.",
        "Предъявлены паспорт, ИНН 500100732259 и полис.",
        "Страховой полис ОМС, ИНН 770708389302; копии в деле.",
    ],
)
def test_round15_a_comma_after_a_paper_starts_the_next_field(scanner: PiiScanner, text: str) -> None:
    """A comma lets a label reach its value only before a series/number caption ("полис ОМС, серия/номер: ...");
    after a bare comma a list's next field begins, and its label is no series: the INN stays an INN."""
    found = [(entity.type, text[entity.start : entity.end]) for entity in scanner.scan(text)]
    inn = next(word for word in text.replace(",", " ").replace(";", " ").split() if len(word) == 12 and word.isdigit())
    assert ("RU_INN", inn) in found, found
    assert not any(kind in ("RU_OMS_POLICY", "RU_PASSPORT") and inn in value for kind, value in found), found
