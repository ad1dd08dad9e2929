"""Blocks of blind split 40 about transport: pre-trip and pre-shift check journals, waybill stamps,
terminal exports (CSV, JSON, XML, key=value, fixed width, HL7) and company health-post journals."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind40_gen as g
from benchmarks.pii_families import BlockFamily, Planted

S = "blind40"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, SN, INN, PS, OMS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"
EM, URL = "EMAIL_ADDRESS", "URL"


def _vitals(rng: random.Random) -> str:
    return f"АД {rng.randrange(105, 150)}/{rng.randrange(65, 95)}, ЧСС {rng.randrange(58, 96)}, t {rng.choice(('36,4', '36,6', '36,7'))}"


def journal_pipe(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Журнал регистрации предрейсовых медицинских осмотров водителей\n",
                        "№ | дата, время | ФИО водителя | г.р. | показатели | алкотест | допуск | медработник\n"]
    style, row = rng.choice(("a", "b")), rng.randrange(1, 300)
    for k in range(rng.randrange(2, 5)):
        ok = rng.random() < 0.8
        parts += [f"{row + k} | ", (D, g.dtime(rng, style)), " | ",
                  (P, g.name(rng, fake, rng.choice(("Fio", "FIO", "F i o")))), " | ", (D, str(rng.randrange(1962, 2004))),
                  f" | {_vitals(rng)} | {'0,00' if ok else '0,' + g.d(rng, 2)} мг/л | {'допущен' if ok else 'НЕ допущен'} | ",
                  (P, g.name(rng, fake, "Fio", cis=0.05)), "\n"]
    return g.build(parts)


def journal_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    head = ["datetime", "fio", "birth_date", "tab_no", "result", "medic"]
    parts: list[Any] = [sep.join(head) + "\n"]
    st, bs = rng.choice(("a", "c")), rng.choice(("num", "iso"))
    for _ in range(rng.randrange(2, 4)):
        q = '"' if sep == "," else ""
        parts += [(D, g.dtime(rng, st)), sep, q, (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), q, sep,
                  (D, g.birth(rng, bs)), sep, (M, g.mrn(rng, "tab")), sep,
                  rng.choice(("допущен", "допущен", "не допущен")), sep, (P, g.name(rng, fake, "Fio", cis=0.05)), "\n"]
    return g.build(parts)


def waybill_stamp(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "ПУТЕВОЙ ЛИСТ грузового автомобиля № ", (M, g.mrn(rng, "way")), "\nВодитель ",
        (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), ", удостоверение № ", (M, g.drv_licence(rng)),
        ", табельный № ", (M, g.mrn(rng, "tab")), "\nПрошел предрейсовый медицинский осмотр, к исполнению трудовых обязанностей допущен.\n",
        "Дата, время ", (D, g.dtime(rng, rng.choice(("a", "d", "e")))), "\nМедицинский работник ____ ",
        (P, g.name(rng, fake, rng.choice(("Fio", "ioF")), cis=0.05)), "\nПослерейсовый осмотр пройден ",
        (D, g.dtime(rng, "a")), ", ", (P, g.name(rng, fake, "Fio", cis=0.05)), "\n",
    ])


def terminal_json(rng: random.Random, fake: Any) -> Planted:
    ok = rng.random() < 0.8
    return g.build([
        '{"exam_id": ', (M, g.mrn(rng, "mis")), ', "type": "pretrip", "datetime": "', (D, g.dtime(rng, "c")),
        '",\n "driver": {"fio": "', (P, g.name(rng, fake, "FIO")), '", "birth_date": "', (D, g.birth(rng, "iso")),
        '", "snils": "', (SN, g.snils(rng, rng.choice(("a", "b")))), '", "license": "', (M, g.drv_licence(rng)),
        '", "phone": "', (PH, g.phone(rng, rng.choice(("e164", "m4")))), '"},\n "bp": "', f"{rng.randrange(110, 160)}/{rng.randrange(70, 100)}",
        '", "alcohol_mgl": 0.0, "result": "', "admitted" if ok else "rejected", '", "medic": "',
        (P, g.name(rng, fake, "Fio", cis=0.05)), '"}\n',
    ])


def terminal_xml(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _ = g._parts(rng, fake, 0.3)
    return g.build([
        "<MedicalExam>\n  <Number>", (M, g.mrn(rng, "mis")), "</Number>\n  <ExamDateTime>", (D, g.dtime(rng, "c")),
        "</ExamDateTime>\n  <Driver>\n    <LastName>", (P, last), "</LastName>\n    <FirstName>", (P, first),
        "</FirstName>\n    <MiddleName>", (P, mid), "</MiddleName>\n    <BirthDate>", (D, g.birth(rng, "iso")),
        "</BirthDate>\n    <Snils>", (SN, g.snils(rng, "b")), "</Snils>\n  </Driver>\n  <Waybill>", (M, g.mrn(rng, "way")),
        "</Waybill>\n  <Conclusion>Допущен</Conclusion>\n  <Medic>", (P, g.name(rng, fake, "Fio", cis=0.05)),
        "</Medic>\n</MedicalExam>\n",
    ])


def terminal_kv(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "ts=", (D, g.dtime(rng, "c")), " term=ПАК-", str(rng.randrange(1, 40)), " driver_id=", (M, g.mrn(rng, "mis")),
        ' fio="', (P, g.name(rng, fake, rng.choice(("FIO", "FI")))), '" snils=', (SN, g.snils(rng, "b")),
        " bp_sys=", str(rng.randrange(110, 170)), " bp_dia=", str(rng.randrange(70, 105)), " pulse=", str(rng.randrange(55, 110)),
        " alc=0.00 result=", rng.choice(("OK", "OK", "REFER")), ' medic="', (P, g.name(rng, fake, "Fio", cis=0.05)),
        '" portal=', (URL, g.link(rng, fake)), "\n",
    ])


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["ДАТА/ВРЕМЯ        ФИО                           ТАБ.N   РЕЗУЛЬТАТ\n"]
    for _ in range(rng.randrange(2, 4)):
        dt, nm, tab = g.dtime(rng, "b"), g.name(rng, fake, rng.choice(("Fio", "Fio_caps"))), g.mrn(rng, "tab")
        parts += [(D, dt), " " * max(1, 18 - len(dt)), (P, nm), " " * max(1, 30 - len(nm)), (M, tab),
                  " " * max(1, 8 - len(tab)), rng.choice(("ДОПУЩЕН", "ДОПУЩЕН", "ОТСТРАНЕН")), "\n"]
    return g.build(parts)


def hl7_lab(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, female = g._parts(rng, fake, 0.3)
    town, street = g.town(fake), fake.street_title()
    return g.build([
        "MSH|^~\\&|LIS|NARKO|MIS|ATP|", (D, g.dtime(rng, "hl7")), "||ORU^R01|", g.d(rng, 8), "|P|2.5\nPID|1||",
        (M, g.mrn(rng, "mis")), "^^^MIS||", (P, f"{last}^{first}^{mid}"), "||", (D, g.birth(rng, "hl7")),
        f"|{'F' if female else 'M'}|||", (L, f"{street} {rng.randrange(1, 90)}^^{town}"), "||", (PH, g.phone(rng, "m3")),
        "\nOBR|1|", (M, g.mrn(rng, "lab")), "||ХТИ^Химико-токсикологическое исследование|||", (D, g.dtime(rng, "hl7")),
        "\nOBX|1|ST|THC^Каннабиноиды||не обнаружено||||||F\n",
    ])


def not_admitted(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Водитель ", (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), ", ", (D, str(rng.randrange(1965, 2003))),
        " г.р., таб. № ", (M, g.mrn(rng, "tab")), ", при предрейсовом осмотре ", (D, g.dtime(rng, "d")),
        f" выявлено: {_vitals(rng)}, запах алкоголя изо рта, положительная проба (0,{g.d(rng, 2)} мг/л). ",
        "К рейсу не допущен. Направлен на медицинское освидетельствование (направление № ", (M, g.mrn(rng, "lab")),
        ") в наркологический диспансер: ", (L, g.addr(rng, fake, "work")), ". Уведомлен механик ",
        (P, g.name(rng, fake, "Fio")), ", тел. ", (PH, g.phone(rng)), ".\n",
    ])


def health_post(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["ЖУРНАЛ ОБРАЩЕНИЙ В ЗДРАВПУНКТ (цех № ", str(rng.randrange(1, 12)), ")\n"]
    for _ in range(rng.randrange(2, 4)):
        parts += [(D, g.dstr(rng, rng.choice(("num", "short")), 2022, 2025)), "  ", (P, g.name(rng, fake, rng.choice(("Fio", "FI")))),
                  ", таб. ", (M, g.mrn(rng, "tab")), "  ",
                  rng.choice(("ушиб кисти, наложена повязка", "головная боль, АД 160/100, отстранён",
                              "инородное тело глаза, удалено", "ожог I ст. предплечья", "порез пальца, обработка")),
                  "  ", (P, g.name(rng, fake, "Fio", cis=0.05)), "\n"]
    return g.build(parts)


def dispatcher_log(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        (D, g.dtime(rng, "a")), " звонок диспетчеру от водителя ", (P, g.name(rng, fake, rng.choice(("FI", "F", "Fio")))),
        " (", (PH, g.phone(rng, rng.choice(("m2", "m3", "m5")))), "): плохое самочувствие на линии, находится по адресу ",
        (L, g.addr(rng, fake, rng.choice(("work", "region")))), ". Вызвана СМП, сообщено мед. работнику ",
        (P, g.name(rng, fake, "Fio", "datv", 0.05)), ".\n",
    ])


def messenger(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _ = g._parts(rng, fake, 0.4)
    intro = f"{last} {first}" if rng.random() < 0.6 else f"{last} {first} {mid}"
    return g.build([
        "[", (D, g.dtime(rng, "a")), "] ", (P, f"{first} {last}" if rng.random() < 0.5 else first), ": ",
        rng.choice(("добрый день, я водитель", "здрасте, это водитель", "доброе утро, водитель")), " ",
        (P, intro.lower() if rng.random() < 0.4 else intro),
        ", могу пройти медосмотр дистанционно? мой номер ", (PH, g.phone(rng, rng.choice(("m3", "m4", "m5")))),
        ", почта ", (EM, g.mail(rng, fake)), "\n",
    ])


def rail_brigade(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Предрейсовый осмотр локомотивной бригады ", (D, g.dtime(rng, rng.choice(("a", "d")))), "\nМашинист: ",
        (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), ", таб. № ", (M, g.mrn(rng, "tab")), "\nПомощник машиниста: ",
        (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), ", таб. № ", (M, g.mrn(rng, "tab")),
        f"\nАД {rng.randrange(110, 140)}/{rng.randrange(70, 90)} и {rng.randrange(110, 140)}/{rng.randrange(70, 90)}; алкоголь не выявлен.",
        "\nОсмотр провёл фельдшер ", (P, g.name(rng, fake, "Fio", cis=0.05)), "\n",
    ])


def snils_list(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Список водителей для заключения договора на предрейсовые осмотры\n"]
    for i in range(rng.randrange(2, 4)):
        parts += [f"{i + 1}. ", (P, g.name(rng, fake, "FIO")), ", ", (D, g.birth(rng, "num")), ", СНИЛС ", (SN, g.snils(rng)),
                  ", ВУ ", (M, g.drv_licence(rng)), "\n"]
    return g.build(parts)


TRIP_BLOCKS: list[BlockFamily] = [
    BlockFamily("b40-journal-pipe", S, journal_pipe),
    BlockFamily("b40-journal-csv", S, journal_csv),
    BlockFamily("b40-waybill-stamp", S, waybill_stamp),
    BlockFamily("b40-terminal-json", S, terminal_json),
    BlockFamily("b40-terminal-xml", S, terminal_xml),
    BlockFamily("b40-terminal-kv", S, terminal_kv),
    BlockFamily("b40-fixed-width", S, fixed_width),
    BlockFamily("b40-hl7-hti", S, hl7_lab),
    BlockFamily("b40-not-admitted", S, not_admitted),
    BlockFamily("b40-health-post", S, health_post),
    BlockFamily("b40-dispatcher-log", S, dispatcher_log),
    BlockFamily("b40-messenger", S, messenger),
    BlockFamily("b40-rail-brigade", S, rail_brigade),
    BlockFamily("b40-driver-list", S, snils_list),
]
