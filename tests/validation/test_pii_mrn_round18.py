"""PII that generalises (issue #10, round 18): record numbers of registers, vouchers, foreign passports and certificates.

Classes: a person's entry in a register ("в регистре", "в реестре"), a voucher's number after "путёвка" with no sign,
the ГТО participant's УИН, a passport the clause calls another state's (a citizenship before "паспорт", "national
passport"), and a series after a medical conclusion, a death certificate (МСС) or a military ID (в/б). Marks as in
:mod:`support.pii_marks`; the examples are our own.
"""

from __future__ import annotations

import pytest
from support.pii_marks import check_planted, planted

from medsyn_dataset.validation.pii import PiiScanner
from medsyn_dataset.validation.pii.export_keys import key_type

CASES = {
    # a person's entry in a register: the register's name may stand between, the sign may be before "в регистре"
    "register-entry-bare": "Номер в регистре ВЗН [[M|552019]] подтверждён.",
    "register-entry-numero-before": "Больной (рег. № в регистре онкологических [[M|ОНК-7731]]) осмотрен.",
    "register-entry-colon": "Идентификатор в регистре доноров крови: [[M|45-118220]], донаций 3.",
    "registry-entry": "Запись в реестре: [[M|55120-77]] от января.",
    # a voucher issued to one patient: no sign needed, or a field's dash after the numero sign
    "voucher-bare": "Поступил по путевке [[M|031177402]] на 21 день.",
    "voucher-numero-dash": "Путёвка № — [[M|СФР-11820]]\nЗаезд утром.",
    # a voucher's enquiry line stays a phone
    "voucher-enquiry-phone": "Справки по путёвкам: [[T|84951182205]]. Заезд утром.",
    # the ГТО participant's УИН
    "gto-uin": "УИН ГТО: [[M|19-77-0012345]] допущен.",
    "gto-uin-bare": "УИН ГТО [[M|512/4]] без жалоб.",
    # a passport of another state: its citizenship first, or the English word
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "citizen-first": "Гражданка Киргизии, паспорт [[Pa|AN 1184402]], прибыла.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "citizen-republic-first": "гражданин Таджикистана, паспорт [[Pa|404118220]], осмотрен.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "citizen-of-state-passport": "Паспорт гражданина Казахстана [[Pa|11 22 334455]] предъявлен.",
    # definition change r26: a travel/foreign passport is RU_PASSPORT
    "national-passport": "national passport [[Pa|441180223]] on file",
    # a series after a paper that is no passport
    "conclusion-series": "Выдано медицинское заключение серии [[M|5512 118220]] (ф. 002-О/у).",
    "death-certificate-abbrev": "МСС серия [[M|45 118220]] выдано дочери.",
    "military-id": "в/б серии [[M|АК 1182204]] предъявлен.",
    # a form's title in capitals numbers its paper even with two digits
    "titled-form-short-number": "НАПРАВЛЕНИЕ № [[M|47]] на периодический медицинский осмотр",
    # a form's title on the line above its series line
    "title-above-series": "Медицинское заключение об отсутствии медицинских противопоказаний\nСерия [[M|4411 182207]]  выдано",
    # the conscript's certificate, the military ID's paper before it (same series and number)
    "conscript-certificate": "Удостоверение гражданина, подлежащего призыву, [[M|АК 1182205]] предъявлено.",
    "conscript-certificate-short": "удостоверение призывника [[M|ВС № 1182206]] в деле",
    # a number sign right after a registered form's code: the paper of that form, however far its noun
    "form-code-sign": "Карта пациента, получающего лечение в отделении реабилитации (ф. 044/у) № [[M|5518]]\nжалоб нет",
    # "номер" names a specimen's id of five digits and more; a donation's number (ISBT 128, or a register's)
    "sample-number-named": "Номер пробы неонатального скрининга [[M|0455182]] передан.",
    "specimen-number-named": "Биопсия, номер образца [[M|551827]] в работе.",
    "donation-number": "Номер донации [[M|4411820551827]] без реакций.",
    # the patient identifier copied from an information system or an HL7 message into prose
    "pid-bare": "Осмотрен. PID [[M|550118220]] Стул в норме.",
    "pid-field-cx": "PID-3: [[M|4411820^^^GKB7^MR]] жалоб нет",
    # a register's entry number as a table's column, bars or a fixed-width printout
    "register-column": "Рег. № | ФИО | Диагноз\n[[M|45-1182]] | [[P|Орлова А.Б.]] | I10",
    "register-column-aligned": "Рег.№     ФИО                 Телефон\n[[M|РЕГ-1182]]  [[P|Орлова Анна Борисовна]]  [[T|89215743393]]",
}

CLEAN = [
    # a register itself, or being put in one: no entry's number
    "Состоит в регистре ВЗН 3 года, получает терапию.",
    "В регистре 2 пациента с этим диагнозом.",
    "Регистрация ЭКГ 12 отведений, ЧСС 72.",
    # a voucher's length or a place in a queue
    "Путевка на 21 день в санаторий, заезд 12.05.",
    "Путёвка № 3 в очереди.",
    # pelvic inflammatory disease, PID, with a count
    "Диагноз: PID, 2 эпизода за год.",
    # a specimen's short number, a donation's count
    "Номер образца 12 отправлен, номер пробы 2 из 3.",
    "Это номер донации 3 за год.",
    # a study in a list of prose, a title's one digit
    "Исследование № 12 без патологии.\nНАПРАВЛЕНИЕ № 5 на осмотр",
    # a form's code, then a count
    "Выписан рецепт (ф. 107-1/у) № 2 на два препарата.",
    # a conclusion's dose or a stage: no series
    "Заключение: доза 5 мг, стадия 2.",
]


@pytest.mark.parametrize("source", list(CASES.values()), ids=list(CASES))
def test_round18_record_numbers_are_found(scanner: PiiScanner, source: str) -> None:
    text, spans = planted(source)
    check_planted(scanner.scan_fast(text), text, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_round18_look_alikes_stay_clean(scanner: PiiScanner, text: str) -> None:
    assert [(e.type, text[e.start : e.end]) for e in scanner.scan_fast(text)] == []


@pytest.mark.parametrize("text", ["Гражданин Петров, паспорт 4509 123456 выдан ОВД.", "Паспорт гражданина РФ\nСерия 4509 123456",
                                  "Жалобы на боль, рецепт выписан.\nСерия 4509 123456 выдан ОВД", "гражданка Татарстана, паспорт 9204 123456",
                                  "Паспорт гражданина РФ 4509 123456"])
def test_russian_citizens_passport_stays_a_passport(scanner: PiiScanner, text: str) -> None:
    assert [e.type for e in scanner.scan_fast(text) if e.type in ("RU_PASSPORT", "MEDICAL_RECORD_NUMBER")] == ["RU_PASSPORT"]


@pytest.mark.parametrize(("key", "kind"), [("RegNum", "MEDICAL_RECORD_NUMBER"), ("reg_no", "MEDICAL_RECORD_NUMBER"),
                                           ("HistNum", "MEDICAL_RECORD_NUMBER"), ("voucher", "MEDICAL_RECORD_NUMBER"),
                                           ("registry_id", "MEDICAL_RECORD_NUMBER"), ("ШК", "MEDICAL_RECORD_NUMBER"), ("reg", None), ("hist", None),
                                           ("regDate", None), ("reg_address", None)])
def test_register_and_voucher_keys(key: str, kind: str | None) -> None:
    assert key_type(key) == kind
