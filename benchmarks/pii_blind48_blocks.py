"""Blind split 48, short mixed fragments: the headers, footers, MIS exports and registry rows that
carry several values at once (JSON, HL7 v2, CSV/TSV, key=value, XML, fixed width)."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks.pii_blind48_makers import (
    emails,
    enp,
    inn_any,
    name,
    old_oms,
    passport,
    pattern,
    people,
    pick,
    recent,
    snils_any,
    urls,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Maker, Planted, address, date, phone

H = HELDOUT
Part = str | tuple[str, Maker]


def compose(rng: random.Random, fake: Any, parts: list[Part]) -> Planted:
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, make = part
        value = make(rng, fake, "nomn")
        golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)


P = ("PERSON", name("F I O"))
PS = ("PERSON", name("F io", "F i o"))
DOB = ("DATE_TIME", date("dd.mm.yyyy"))
ADDR = ("LOCATION", address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {T}, {S} ул., {N}-{Q}"))
TEL = ("PHONE_NUMBER", phone("+7 (AAA) BBB-CC-DD", "8AAABBBCCDD", "8-AAA-BBB-CC-DD"))
SN = ("RU_SNILS", snils_any("XXX-XXX-XXX XX", "XXXXXXXXXXX"))
ENP = ("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX"))
CARD = ("MEDICAL_RECORD_NUMBER", pattern("XXXXXX", "XXXX/YY"))
MAIL = ("EMAIL_ADDRESS", emails())


def _json_mis(rng: random.Random, fake: Any) -> Planted:
    keys = [("patientId", CARD), ("fio", P), ("birthDate", ("DATE_TIME", date("yyyy-mm-dd"))),
            ("snils", ("RU_SNILS", snils_any("XXX-XXX-XXX XX"))), ("oms", ENP), ("phone", TEL)]
    rng.shuffle(keys)
    parts: list[Part] = ["{"]
    for i, (key, spec) in enumerate(keys[:rng.randrange(4, 7)]):
        parts += [", " if i else "", json.dumps(key) + ': "', spec, '"']
    return compose(rng, fake, [*parts, ', "icd10": "E11.9", "hba1c": 7.8}'])


def _hl7_pid(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "MSH|^~\\&|MIS|GKB1|LIS|LAB|202311150815||ADT^A01|MSG00231|P|2.5\r",
        "PID|1||", ("MEDICAL_RECORD_NUMBER", pattern("XXXXXXX", "ЕМК-XXXXXX")), "^^^MIS^MR||",
        ("PERSON", lambda r, f, c: name("F I O")(r, f, c).replace(" ", "^")), "||",
        ("DATE_TIME", date("yyyymmdd")), "|", rng.choice(("F", "M")), "|||",
        ("LOCATION", address("ул. {S} {N}-{Q}^^{T}^^{P}", "{S} {N}^^{T}")), "||", TEL, "\r",
    ])


def _csv_lab(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", "\t", ","))
    head = sep.join(("образец", "ФИО", "д.р.", "тест", "результат"))
    return compose(rng, fake, [
        head, "\n", ("MEDICAL_RECORD_NUMBER", pattern("XXXXXXXXXX")), sep, P, sep, DOB, sep, "ТТГ", sep, "4,12\n",
        ("MEDICAL_RECORD_NUMBER", pattern("XXXXXXXXXX")), sep, PS, sep, DOB, sep, "СРБ", sep, "12",
    ])


def _kv_log(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "2023-11-15 08:41:07 INFO appointment.create user=registrar07 patient_id=", CARD,
        " name=\"", P, "\" phone=", ("PHONE_NUMBER", phone("7AAABBBCCDD", "+7AAABBBCCDD")),
        " enp=", ENP, " slot=14:20 cab=214",
    ])


def _xml_cda(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "<recordTarget><patientRole><id root=\"1.2.643.100.3\" extension=\"",
        ("RU_SNILS", snils_any("XXXXXXXXXXX")), "\"/><addr><streetAddressLine>",
        ("LOCATION", address("{T}, ул. {S}, д. {N}, кв. {Q}")), "</streetAddressLine></addr><patient><name>",
        ("PERSON", name("F I O")), "</name><birthTime value=\"", ("DATE_TIME", date("yyyymmdd")),
        "\"/></patient></patientRole></recordTarget>",
    ])


def _header(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice(("\n", "; ", "  "))
    return compose(rng, fake, [
        "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты № ", CARD, sep, "Пациент: ", P, ", ", DOB, " г.р.", sep,
        "Адрес: ", ADDR, sep, "Полис ОМС ", ENP, sep, "Находился в 2 хир. отделении с ",
        ("DATE_TIME", recent(date("dd.mm.yyyy", "dd.mm.yy"))), ", койко-дней 9",
    ])


def _referral(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Направление (ф. 057/у-04) № ", ("MEDICAL_RECORD_NUMBER", pattern("XXX/YY", "XXXXXX")), "\n",
        "Полис ", ("RU_OMS_POLICY", pick(enp("XXXX XXXX XXXX XXXX"), old_oms)), " СНИЛС ", SN, "\n",
        "ФИО ", P, "  д.р. ", DOB, "\nКуда: ГБУЗ ОКБ, эндокринолог. Диагноз E05.0",
    ])


def _eln(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "ЭЛН ", ("MEDICAL_RECORD_NUMBER", pattern("9XXXXXXXXXXX")), " — ", PS, ", СНИЛС ", SN,
        "; освобождение от работы с ", ("DATE_TIME", recent(date("dd.mm.yyyy", "dd.mm"))), ", причина 01",
    ])


def _footer(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Врач-эндокринолог ", ("PERSON", name("F io", "I O F")), "\nтел. ",
        ("PHONE_NUMBER", phone("8 (AAA) BBB-CC-DD", "+7 AAA BBB CC DD", codes="city")), " ", MAIL,
    ])


def _fixed_width(rng: random.Random, fake: Any) -> Planted:
    full = name("F io")
    parts: list[Part] = []
    for _ in range(2):
        person_ = ("PERSON", lambda r, f, c, m=full: m(r, f, c).ljust(24))
        parts += [("MEDICAL_RECORD_NUMBER", pattern("XXXXXXX")), "  ", person_, ("DATE_TIME", date("dd.mm.yyyy")),
                  "  палата 4  стол 9\n"]
    planted = compose(rng, fake, parts)
    golds = [(k, s, s + len(planted.text[s:e].rstrip())) for k, s, e in planted.golds]
    return Planted(planted.text.rstrip("\n"), golds)


def _telemed(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Запрос на ТМК от ", ("PERSON", people("F I O", "F I")), " (", MAIL, ", ",
        ("PHONE_NUMBER", phone("+7AAABBBCCDD", "8 AAA BBB CC DD")), "). Снимки: ", ("URL", urls()),
    ])


def _contract(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Договор на оказание платных мед. услуг. Заказчик: ", P, ", паспорт ",
        ("RU_PASSPORT", passport("XX XX XXXXXX", "XXXX XXXXXX")), ", ИНН ",
        ("RU_INN", inn_any("XXXXXXXXXXXX")), ", зарегистрирован: ", ADDR, ".",
    ])


def _newborn(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Новорожденный (мать — ", ("PERSON", name("F I O", "F io", sex="f")), ", и/р ", CARD, ") родился ",
        ("DATE_TIME", recent(date("dd.mm.yyyy", "d MG yyyy г."))),
        " в 03:15, масса 3280 г, рост 51 см, Апгар 8/9.",
    ])


def _tsv_visits(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "Дата\tФИО\tИНН\tПаспорт\n", ("DATE_TIME", recent(date("dd.mm.yyyy"))), "\t", PS, "\t",
        ("RU_INN", inn_any("XXXXXXXXXXXX")), "\t", ("RU_PASSPORT", passport("XXXXXXXXXX", "XXXX XXXXXX")),
    ])


def _mixed_note(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [
        "повторный осмотр. ", ("PERSON", name("F I O", style="lower")), " жалобы меньше, ад 140/90, сахар 7,1. ",
        "живет ", ("LOCATION", address("ул {S} {N} кв {Q}", "{T} {S} {N}")), ", тел ",
        ("PHONE_NUMBER", phone("8AAABBBCCDD", "8 AAA BBBCCDD")),
        ", след. явка ", ("DATE_TIME", recent(date("dd.mm", "d MG"))), ", эл. почта ", MAIL,
    ])


BLOCKS48: list[BlockFamily] = [
    BlockFamily("b48-block-json-mis", H, _json_mis),
    BlockFamily("b48-block-hl7-pid", H, _hl7_pid),
    BlockFamily("b48-block-csv-lab", H, _csv_lab),
    BlockFamily("b48-block-kv-log", H, _kv_log),
    BlockFamily("b48-block-xml-cda", H, _xml_cda),
    BlockFamily("b48-block-discharge-header", H, _header),
    BlockFamily("b48-block-referral-057", H, _referral),
    BlockFamily("b48-block-eln", H, _eln),
    BlockFamily("b48-block-doctor-footer", H, _footer),
    BlockFamily("b48-block-fixed-width", H, _fixed_width),
    BlockFamily("b48-block-telemed", H, _telemed),
    BlockFamily("b48-block-paid-contract", H, _contract),
    BlockFamily("b48-block-newborn", H, _newborn),
    BlockFamily("b48-block-tsv-visits", H, _tsv_visits),
    BlockFamily("b48-block-followup-note", H, _mixed_note),
]
