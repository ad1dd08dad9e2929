"""Blind split 5: machine-made layouts that plant several types at once (pipe tables, CSV/TSV
exports, JSON from an EHR, key=value logs, a 1C printout with the value before its label, a scanned
form with labels above the values, a ЕГИСЗ СЭМД XML fragment, a registry row, a phone book of a
ward, a referral talon)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind5_docs import (
    ADDR,
    BIRTH,
    EM,
    INN,
    MRN,
    NAME,
    OMS,
    PAS,
    PH,
    RECENT,
    SHORTNAME,
    SN,
    D,
    Doc,
    L,
    P,
    U,
)
from benchmarks.pii_blind5_people import draw, person
from benchmarks.pii_blind5_places import address
from benchmarks.pii_blind5_values import date, email, inn, oms, passport, phone, record, snils, url
from benchmarks.pii_families import Planted

ISO_BIRTH = date("iso", old=True)
PLAIN_SNILS = snils("plain", "std")
PLAIN_OMS = oms("plain")


def pipe_table(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("| № | ФИО | Дата рожд. | СНИЛС | Полис ОМС |\n|---|---|---|---|---|\n",
                         "|№ п/п|Ф.И.О.|Д.р.|СНИЛС|ЕНП|\n")
    for i in range(rng.randint(1, 2)):
        d.t(f"| {i + 1} | ").v(P, person("F I O", "F io")).t(" | ").v(D, date("num", "num2", old=True)).t(" | ")
        d.v(SN, snils("std", "plain", "spaces")).t(" | ").v(OMS, oms("plain", "quad")).t(" |\n")
    return d.done()


def csv_export(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ","))
    q = rng.choice(('"', ""))
    d = Doc(rng, fake).t(sep.join(("id", "fio", "birth_date", "phone", "email", "snils")) + "\n")

    def cell(kind: str, make: Any, last: bool = False) -> None:
        d.t(q).v(kind, make).t(q + ("" if last else sep))

    d.v(MRN, record("emk")).t(sep)
    cell(P, person("F I O"))
    cell(D, date("num", "iso", old=True))
    cell(PH, phone("mobile"))
    cell(EM, email("plain", "caps"))
    cell(SN, PLAIN_SNILS, last=True)
    return d.done()


def tsv_export(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Фамилия\tИмя\tОтчество\tДата рождения\tПолис\tАдрес\n")
    surname, first, middle, _ = draw(rng, fake)
    d.v(P, lambda *_: surname).t("\t").v(P, lambda *_: first).t("\t").v(P, lambda *_: middle).t("\t")
    d.v(D, date("num", old=True)).t("\t").v(OMS, PLAIN_OMS).t("\t").v(L, address("city", "postal"))
    return d.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t('{"patient": {', '{"Пациент": {', '{"resourceType": "Patient", ')
    d.t('"id": "').v(MRN, record("emk")).t('", "name": "', '", "fio": "').v(P, person("F I O"))
    d.t('", "birthDate": "', '", "birth_date": "').v(D, ISO_BIRTH).t('", "snils": "').v(SN, snils("plain", "std"))
    d.t('", "oms": "', '", "enp": "').v(OMS, PLAIN_OMS).t('", "phone": "', '", "telecom": "').v(PH, phone("mobile"))
    d.t('", "address": "').v(L, address("city", "postal", "region")).t('"}}', '"}')
    return d.done()


def kv_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ts=").v(D, date("iso")).t(" level=INFO ", " lvl=warn ").t("event=appointment.created ", "msg=\"sms sent\" ")
    d.t("patient_id=", "card=").v(MRN, record("emk", "amb")).t(" phone=", " msisdn=").v(PH, phone("mobile"))
    d.t(" email=", " mail=").v(EM, email("plain")).t(" doctor=\"", " doc=\"").v(P, person("F io", "F I")).t("\"")
    if rng.random() < 0.5:
        d.t(" url=").v(U, url("portal", "tele"))
    return d.done()


def value_first(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ГБУЗ ГП № 5                        Форма 1С:Медицина\n")
    d.v(P, NAME).t("\n(фамилия, имя, отчество)\n", "  — ФИО пациента\n")
    d.v(D, BIRTH).t("\n(дата рождения)\n", "  — дата рождения\n")
    d.v(L, ADDR).t("\n(адрес места жительства)\n", "  — адрес\n")
    d.v(SN, snils("std", "plain")).t("  (СНИЛС)\n", "\n(страховой номер ИЛС)\n")
    d.v(INN, inn("plain")).t("  (ИНН)", "\n(ИНН налогоплательщика)")
    return d.done()


def label_above(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Фамилия Имя Отчество\n", "ФИО\n").v(P, person("F I O"), "nomn")
    d.t("\nПаспорт серия номер\n", "\nПАСПОРТ\n").v(PAS, passport("spaced", "joint", "plain"))
    d.t("\nКем и когда выдан\nОтделом УФМС России ", "\nВыдан\nМВД по Республике Татарстан ").v(D, date("num"))
    d.t("\nСНИЛС\n").v(SN, snils("std", "spaces", "dash")).t("\nПолис ОМС\n").v(OMS, oms("plain", "quad", "nl"))
    d.t("\nКонтактный телефон\n").v(PH, phone("mobile", "city"))
    return d.done()


def cda_xml(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("<recordTarget><patientRole>\n")
    d.t('<id root="1.2.643.5.1.13.13.12.2.77.7789.100.1.1.17" extension="').v(MRN, record("emk")).t('"/>\n')
    d.t('<id root="1.2.643.100.3" extension="').v(SN, snils("plain")).t('"/>\n')
    series, number = passport("joint")(rng, fake, "nomn").split()
    d.t("<identity:IdentityDoc><identity:Series>").v(PAS, lambda *_: series).t("</identity:Series><identity:Number>")
    d.v(PAS, lambda *_: number).t("</identity:Number></identity:IdentityDoc>\n")
    d.t('<identity:InsurancePolicy><identity:Number>').v(OMS, PLAIN_OMS).t("</identity:Number></identity:InsurancePolicy>\n")
    d.t('<addr><streetAddressLine>').v(L, address("postal", "region")).t("</streetAddressLine></addr>\n")
    d.t('<telecom value="tel:').v(PH, phone("mobile")).t('"/>\n')
    surname, first, middle, _ = draw(rng, fake)
    d.t("<patient><name><family>").v(P, lambda *_: surname).t("</family><given>").v(P, lambda *_: first).t("</given><given>")
    d.v(P, lambda *_: middle).t("</given></name>")
    d.t('<birthTime value="').v(D, date("compact", old=True)).t('"/></patient></patientRole></recordTarget>')
    return d.done()


def registry_row(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Регистр льготников; выгрузка от ").v(D, RECENT).t("\n")
    d.v(SN, snils("std", "plain")).t(";").v(P, person("F I O", "F I O"), "nomn").t(";").v(D, date("num", old=True)).t(";")
    d.v(INN, inn("plain")).t(";").v(L, address("city", "rural")).t(";").t("E11.9;", "I10;", "ДЦП;")
    return d.done()


def ward_phonebook(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("Контакты родственников (пост № 1):\n", "ТЕЛЕФОНЫ ДЛЯ СВЯЗИ\n")
    for _ in range(rng.randint(2, 3)):
        d.t("палата ", "пал. ").t(str(rng.randint(1, 20))).t(" — ", ": ").v(P, SHORTNAME).t(", ").t("родств. ", "конт. лицо ", "")
        d.v(P, person("I", "I O", "F I")).t(" ").v(PH, phone("mobile", "mobile", "cis")).t("\n")
    return d.done()


def talon(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ТАЛОН на приём к врачу\n", "Направление (ф. 057/у-04)\n").t("Пациент: ").v(P, NAME)
    d.t("\nНомер полиса: ", "\nПолис: ").v(OMS, oms("plain", "quad")).t("\nСпециалист: ", "\nК врачу: ").v(P, SHORTNAME)
    d.t("\nДата и время приёма: ", "\nПриём: ").v(D, date("stamp")).t(", каб. 312\nЗапись через ", "\nЭлектронная запись: ")
    d.v(U, url("gov", "portal")).t("\nЭл. почта для уведомлений: ", "\nE-mail: ").v(EM, email("plain", "obfuscated"))
    return d.done()


def _cells(text: str, rng: random.Random) -> str:
    """A value typed into the boxes of a printed form, as OCR gives it back ("7|7|0|1" or "7 7 0 1")."""
    sep = rng.choice(("|", " ", " | "))
    return sep.join(ch for ch in text if not ch.isspace())


def digit_cells(rng: random.Random, fake: Any) -> Planted:
    d = Doc(rng, fake).t("ЗАЯВЛЕНИЕ о выдаче справки об оплате медицинских услуг (распознано с бланка)\n",
                         "Заявление (OCR бланка)\n")
    boxed = rng.random() < 0.5
    d.t("Фамилия ").v(P, lambda r, f, c: (_cells if boxed else _same)(person("F")(r, f, c).upper(), r))
    d.t("\nИНН ", "\nИНН: ").v(INN, lambda r, f, c: _cells(inn("plain")(r, f, c), r))
    d.t("\nДата рождения ").v(D, lambda r, f, c: _cells(date("compact", old=True)(r, f, c), r))
    d.t("\nСНИЛС ").v(SN, lambda r, f, c: (_cells if boxed else _same)(snils("std")(r, f, c), r))
    if rng.random() < 0.5:
        d.t("\nПолис ОМС ").v(OMS, lambda r, f, c: _cells(PLAIN_OMS(r, f, c), r))
    d.t("\nТелефон ").v(PH, lambda r, f, c: _cells("8" + "".join(ch for ch in phone("mobile")(r, f, c) if ch.isdigit())[1:], r))
    return d.done()


def _same(text: str, rng: random.Random) -> str:
    return text


def passport_fields(rng: random.Random, fake: Any) -> Planted:
    """Series and number in boxes of their own, as registration forms print them: two spans."""
    series, number = passport("joint")(rng, fake, "nomn").split()
    if rng.random() < 0.4:
        series = f"{series[:2]} {series[2:]}"
    d = Doc(rng, fake).t("Документ, удостоверяющий личность: паспорт гражданина РФ\n", "ДУЛ: Паспорт РФ  ", "Вид документа: 21 (паспорт)\n")
    d.t("Серия: ", "серия ", "Серия документа ").v(PAS, lambda *_: series).t("   ", ", ", "\n")
    d.t("Номер: ", "номер ", "№ ", "Номер документа ").v(PAS, lambda *_: number)
    d.t("\nДата выдачи: ", ", выдан ", "\nВыдан: ").v(D, date("num", "word"))
    return d.t("\nКод подразделения: 770-0", ", к/п 500-1").t(f"{rng.randint(10, 99)}").done()


def typos(rng: random.Random, fake: Any) -> Planted:
    """A hurried registrar's fields: misspelt labels, no colons, one run-on line."""
    d = Doc(rng, fake).t("Пациэнт ", "Пацент: ", "ФИО-").v(P, person("F I O", "F io")).t(" ", "; ")
    d.t("Адресс ", "Адрес прож-я ", "адр.").v(L, address("city", "street", "caps")).t(" ", "; ")
    d.t("Телфон ", "тлф ", "тел№").v(PH, phone("mobile", "letter_o")).t(" ", "; ")
    d.t("Пасспорт ", "Пасорт ", "пасп-т ").v(PAS, passport("joint", "spaced", "plain")).t(" ", "; ")
    d.t("СНИЛЗ ", "Снилс№", "СНИЛ С ").v(SN, snils("std", "plain")).t(" ", "; ")
    d.t("полюс ОМС ", "Полис ОМС№", "П-с ОМС ").v(OMS, oms("plain", "quad"))
    return d.done()


FORMS: tuple[tuple[str, Callable[[random.Random, Any], Planted]], ...] = (
    ("b5-form-pipe-table", pipe_table), ("b5-form-csv", csv_export), ("b5-form-tsv", tsv_export),
    ("b5-form-json", json_export), ("b5-form-kv-log", kv_log), ("b5-form-1c-value-first", value_first),
    ("b5-form-label-above", label_above), ("b5-form-cda-xml", cda_xml), ("b5-form-registry-row", registry_row),
    ("b5-form-ward-phonebook", ward_phonebook), ("b5-form-talon", talon),
    ("b5-form-digit-cells", digit_cells), ("b5-form-passport-fields", passport_fields), ("b5-form-typos", typos),
)
