"""Blind split 45, short mixed fragments: a sentence or an export record that carries several values."""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks.pii_blind45_gen import (
    enp_v,
    inn_v,
    mail,
    name,
    num,
    old_oms,
    phone_v,
    place,
    snils_v,
    web,
    when,
)
from benchmarks.pii_families import BlockFamily, Planted

H = "heldout"
PER, DAT, LOC, PHO = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
MRN, SNI, INN, PAS, OMS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"

FIO = name("F I O", "F io", "F I O", "F i o", cis=0.25)
DOB = when("dd.mm.yyyy", "d.mm.yyyy", "dd.mm.yy", "d MG yyyy г.")
ADDR = place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {k} {S}, {N}-{Q}", "{R}, {D} р-н, с. {V}, ул. {S}, {N}")
TEL = phone_v("+7 (AAA) BBB-BB-BB", "8AAABBBBBBB", "8-AAA-BBB-BB-BB", "+7AAABBBBBBB")
PASS = num("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX")
ENP = enp_v("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
SNILS = snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX")
IB = num("XXXXX", "XXXX/Y", "XXXXXX")


def compose(rng: random.Random, fake: Any, parts: list) -> Planted:
    """Parts: plain text, or (type, maker[, case]) for a value, or (None, maker) for text that is no value."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, make, *case = part
        value = make(rng, fake, case[0] if case else "nomn")
        if kind is not None:
            golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)


def _admission(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, [rng.choice(("Пациентка ", "Больной ", "пац. ")), (PER, FIO), ", ",
                               (DAT, DOB), " г.р., поступил(а) ",
                               (DAT, when("dd.mm.yyyy в HH:MM", "dd.mm.yyyy HH:MM", "dd.mm.yy в HH.MM")),
                               rng.choice((" самотеком", " по направлению поликлиники", " бригадой СМП")),
                               ", и/б № ", (MRN, IB), "."])


def _social(rng: random.Random, fake: Any) -> Planted:
    relation, sex = rng.choice((("женой ", "f"), ("мужем ", "m"), ("дочерью ", "f"), ("сыном ", "m")))
    return compose(rng, fake, ["Соц. анамнез: живет с ", relation,
                               (PER, name("I O", "F I O", "I", sex=sex), "ablt"), " по адресу ", (LOC, ADDR),
                               ", пенсионер(ка), тел. для связи ", (PHO, TEL), "."])


def _documents(rng: random.Random, fake: Any) -> Planted:
    parts: list = ["Документы предъявлены: паспорт ", (PAS, PASS), ", полис ОМС ",
                   (OMS, rng.choice((ENP, old_oms("LL XXXXXXXX", "XXXX № XXXXXXXX")))), ", СНИЛС ", (SNI, SNILS)]
    if rng.random() < 0.5:
        parts += [", ИНН ", (INN, inn_v("XXXXXXXXXXXX"))]
    return compose(rng, fake, [*parts, "."])


def _csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    head = sep.join(("id", "fio", "birth_date", "snils", "enp", "phone"))
    return compose(rng, fake, [head + "\n", (MRN, num("XXXXXXX", "XXXXXXXXXX")), sep, (PER, name("F I O")), sep,
                               (DAT, when("dd.mm.yyyy", "yyyy-mm-dd")), sep, (SNI, SNILS), sep,
                               (OMS, enp_v("XXXXXXXXXXXXXXXX")), sep, (PHO, phone_v("+7AAABBBBBBB", "8AAABBBBBBB"))])


def _json(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ['{"patientId": "', (MRN, num("XXXXXXXX", "EMK-XXXXXX")), '", "name": "',
                               (PER, name("F I O")), '", "birthDate": "', (DAT, when("yyyy-mm-dd")),
                               '", "address": "', (LOC, place("{T}, ул. {S}, д. {N}, кв. {Q}")),
                               '", "email": "', ("EMAIL_ADDRESS", mail()), '", "ward": "3"}'])


def _hl7(rng: random.Random, fake: Any) -> Planted:
    sex = rng.choice("mf")
    return compose(rng, fake, ["MSH|^~\\&|MIS|GKB7|LIS|LAB|||ADT^A01|",
                               (None, num("XXXXXX")), "|P|2.5\nPID|1||", (MRN, num("XXXXXXX", "XXXXXXXXX")),
                               "^^^MIS^MR||", (PER, name("F I O", "F I", sep="^", sex=sex)), "||", (DAT, when("yyyymmdd")), "|",
                               sex.upper(), "|||", (LOC, place("ул. {S} {N}-{Q}^^{T}")), "||",
                               (PHO, phone_v("+7AAABBBBBBB", "8AAABBBBBBB"))])


def _kv(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["INFO notify.sms sent to=", (PHO, phone_v("7AAABBBBBBB", "+7AAABBBBBBB")),
                               " patient_id=", (MRN, num("XXXXXXXX")), " visit_date=",
                               (DAT, when("dd.mm.yyyy", "yyyy-mm-dd", years=(2022, 2027))), " doctor=\"",
                               (PER, name("F io")), "\" status=DELIVERED"])


def _xml(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["<patient>\n  <snils>", (SNI, snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX")),
                               "</snils>\n  <fio>", (PER, name("F I O")), "</fio>\n  <birthDate>",
                               (DAT, when("yyyy-mm-dd", "dd.mm.yyyy")), "</birthDate>\n  <policy>",
                               (OMS, ENP), "</policy>\n  <inn>", (INN, inn_v("XXXXXXXXXXXX")),
                               "</inn>\n</patient>"])


def _fixed(rng: random.Random, fake: Any) -> Planted:
    values = ((MRN, num("XXXXXX")), (PER, name("F io", "F I O")), (DAT, when("dd.mm.yyyy")), (PAS, PASS))
    widths = (10, 40, 12, 14)
    text = "".join(f"{head:<{w}}" for head, w in zip(("КАРТА", "ФИО", "Д/Р", "ПАСПОРТ"), widths, strict=True)).rstrip() + "\n"
    golds = []
    for (kind, make), width in zip(values, widths, strict=True):
        value = make(rng, fake, "nomn")
        golds.append((kind, len(text), len(text) + len(value)))
        text += f"{value:<{width}}" if len(value) < width else value + " "
    return Planted(text.rstrip(), golds)


def _ocr(rng: random.Random, fake: Any) -> Planted:
    first = datetime.date(rng.randrange(2016, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
    last = first + datetime.timedelta(days=rng.randrange(3, 30))
    stay = [d.strftime(rng.choice(("%d.%m.%Y", "%d.%m.%Y г.", "%d. %m.%Y"))) for d in (first, last)]
    return compose(rng, fake, ["ВЫП ИСКА из медицинской карты стационарного больного №", (MRN, num("XXXXX", "XXXX/Y")),
                               "\nФ.И.0. больного: ", (PER, name("F I O")), "\nДата рожде ния: ",
                               (DAT, when("dd.mm.yyyy", "dd. mm.yyyy", "d MG yyyy г")),
                               "\nАдрес: ", (LOC, place("г. {T}, ул. {S}, д.{N}, кв.{Q}", "{T} ,ул.{S} ,{N}-{Q}")),
                               "\nНаходился на лечении с ", (DAT, lambda r, f, c: stay[0]), " по ",
                               (DAT, lambda r, f, c: stay[1])])


def _referral(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Направляется ", (PER, name("F I O", "F io")), " (", (DAT, DOB),
                               ") на консультацию к ", rng.choice(("нейрохирургу ", "сосудистому хирургу ", "онкологу ")),
                               (PER, name("F io", "io F"), "datv"), ", направление № ",
                               (MRN, num("XXXXXXXX", "XX-XXXXXX")), " от ", (DAT, when("dd.mm.yyyy", years=(2020, 2026))), "."])


def _child(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Ребенок ", (PER, name("F I", "F I O")), ", ", (DAT, when("dd.mm.yyyy", years=(2012, 2026))),
                               " г.р., свидетельство о рождении ", (MRN, num("II-LL XXXXXX", "IV-LL №XXXXXX")),
                               ". Мать - ", (PER, name("F I O", "I O", sex="f")), ", тел. ", (PHO, TEL), "."])


def _lab_request(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Заявка ", (MRN, num("XXXXXXXXX", "ЛXXXXXX")), " | ", (PER, name("F io")), " | ИБ ",
                               (MRN, IB), " | взято ", (DAT, when("dd.mm.yyyy HH:MM", years=(2022, 2026))),
                               " | ОАК, СРБ, прокальцитонин | cito"])


def _consent(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Я, ", (PER, name("F I O")), ", паспорт ", (PAS, PASS), ", проживающий(ая) по адресу: ",
                               (LOC, ADDR), ", даю информированное добровольное согласие на медицинское вмешательство."])


def _employer(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Работает: ООО «", (None, lambda r, f, c: r.choice(("Северторг", "Промснаб", "Волга-Логистик", "Агрокомплекс", "ТехноСтрой"))), "», ИНН ", (INN, inn_v("XXXXXXXXXX")),
                               ", адрес: ", (LOC, place("{T}, {k} {S}, {N}", "г. {T}, ул. {S}, д. {N}, оф. {Q}")),
                               ", отдел кадров ", (PHO, phone_v("8 (CCC) BBB-BB-BB", "+7 CCC BBB-BB-BB")), "."])


def _telemed(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["ТМК ", (DAT, when("dd.mm.yyyy в HH:MM", years=(2022, 2027))), ", ссылка ",
                               ("URL", web()), ", пациент ", (PER, name("F I O", "F io")),
                               ", e-mail ", ("EMAIL_ADDRESS", mail()), "."])


def _sms(rng: random.Random, fake: Any) -> Planted:
    return compose(rng, fake, ["Уважаемый(ая) ", (PER, name("I O")), ", Вы записаны к врачу ",
                               (PER, name("F io")), " на ", (DAT, when("dd.mm.yyyy в HH:MM", "dd.mm в HH:MM", years=(2024, 2027))),
                               ". Отменить запись: ", ("URL", lambda r, f, c: f"https://gosuslugi.ru/{r.randrange(10**6, 10**7)}"),
                               " или по тел. ", (PHO, phone_v("8 (CCC) BBB-BB-BB", "+7 CCC BBB-BB-BB"))])


BLOCKS: list[BlockFamily] = [
    BlockFamily("b45-mix-admission", H, _admission), BlockFamily("b45-mix-social", H, _social),
    BlockFamily("b45-mix-documents", H, _documents), BlockFamily("b45-mix-csv", H, _csv),
    BlockFamily("b45-mix-json", H, _json), BlockFamily("b45-mix-hl7", H, _hl7),
    BlockFamily("b45-mix-kv-log", H, _kv), BlockFamily("b45-mix-xml", H, _xml),
    BlockFamily("b45-mix-fixed-width", H, _fixed), BlockFamily("b45-mix-ocr-discharge", H, _ocr),
    BlockFamily("b45-mix-referral", H, _referral), BlockFamily("b45-mix-child", H, _child),
    BlockFamily("b45-mix-lab-request", H, _lab_request), BlockFamily("b45-mix-consent", H, _consent),
    BlockFamily("b45-mix-employer", H, _employer), BlockFamily("b45-mix-telemed", H, _telemed),
    BlockFamily("b45-mix-sms", H, _sms),
]
