"""Machine exports of blind split 32: HL7 from a regional МИС, JSON from a mobile-ФАП tablet, XML of a
ФАП's attached population, key=value telemedicine logs, fixed-width dispensary registers, TSV of
periodic check-ups, SMS reminders, telemedicine requests, vaccination cards, sanatorium check-in."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_blind32_gen import (
    LANDLINE,
    MOBILE,
    Doc,
    enp_value,
    fmt_date,
    inn_value,
    link_any,
    mail_any,
    name_parts,
    num,
    passport_value,
    render_name,
    rural,
    snils_value,
    when,
    who,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

ADDR = rural("{k} {V}, ул. {S}, д. {N}", "{R}, {D} р-н, {k} {V}, {S}, {N}", "{D} р-н, {K} {V}, ул. {S}, {N}-{Q}",
             "СНТ «{T}», уч. {U}", "{k} {V}, {S} ул., {N}")


def hl7(rng: random.Random, fake: Any) -> Planted:
    pat = name_parts(rng, fake)
    d = Doc().t("MSH|^~\\&|MIS_CRB|FAP_").t(str(rng.randrange(100, 999))).t("|RMIS|REGION|")
    d.v("DATE_TIME", when("yyyymmddhhii", lo="-1y")(rng, fake, "")).t("||ADT^A04|").t(str(rng.randrange(10**6, 10**7)))
    d.t("|P|2.5\nPID|1||").v("MEDICAL_RECORD_NUMBER", num("XXXXXXX", "XXXXXX")(rng, fake, "")).t("^^^CRB^MR~")
    d.v("RU_OMS_POLICY", enp_value(rng)).t("^^^OMS^HC||")
    d.v("PERSON", "^".join((pat[0], pat[1], pat[2])).upper() if rng.random() < 0.5 else "^".join(pat[:3])).t("||")
    d.v("DATE_TIME", when("yyyymmdd")(rng, fake, "")).t("|" + ("F" if pat[3] else "M") + "|||")
    f = rural("{S}, {N}^^{V}^{R}^{P}", "ул. {S} {N}^^{k} {V}^{D} р-н^{P}")(rng, fake, "")
    d.v("LOCATION", f).t("||").v("PHONE_NUMBER", MOBILE(rng, fake, "")).t("|||||||")
    d.v("RU_SNILS", snils_value(rng, "XXXXXXXXXXX")).t("\nPV1|1|O|FAP^^^")
    return d.done()


def tablet_json(rng: random.Random, fake: Any) -> Planted:
    """JSON from the tablet of a mobile ФАП; values are quoted, the spans exclude the quotes."""
    fields = [("fio", "PERSON", who("F I O", "F io")), ("birth_date", "DATE_TIME", when("yyyy-mm-dd", "dd.mm.yyyy")),
              ("snils", "RU_SNILS", lambda r, f, c: snils_value(r, r.choice(("XXXXXXXXXXX", "XXX-XXX-XXX XX")))),
              ("enp", "RU_OMS_POLICY", lambda r, f, c: enp_value(r)),
              ("address", "LOCATION", ADDR), ("phone", "PHONE_NUMBER", MOBILE),
              ("visit_at", "DATE_TIME", when("yyyy-mm-ddThh:ii:00", "yyyy-mm-dd hh:ii", lo="-1y")),
              ("feldsher", "PERSON", who("F io", "F I O"))]
    rng.shuffle(fields)
    indent = rng.choice((None, 2))
    d = Doc().t("{" + ("\n" if indent else ""))
    d.t(' ' * (indent or 0) + '"route": "передвижной ФАП, маршрут ' + str(rng.randrange(1, 9)) + '",' + ("\n" if indent else " "))
    for i, (key, kind, make) in enumerate(fields):
        d.t(" " * (indent or 0) + json.dumps(key) + ': "').v(kind, make(rng, fake, "nomn")).t('"')
        d.t(("," if i < len(fields) - 1 else "") + ("\n" if indent else " "))
    return d.t("}").done()


def attached_xml(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(f'<?xml version="1.0" encoding="UTF-8"?>\n<ATTACH FAP_ID="{rng.randrange(1000, 9999)}">\n')
    for _ in range(rng.randrange(1, 3)):
        pat = name_parts(rng, fake)
        d.t("  <PERS>\n    <FAM>").v("PERSON", pat[0]).t("</FAM><IM>").v("PERSON", pat[1]).t("</IM><OT>").v("PERSON", pat[2])
        d.t("</OT>\n    <DR>").v("DATE_TIME", when("yyyy-mm-dd")(rng, fake, "")).t("</DR>\n    <ENP>")
        d.v("RU_OMS_POLICY", enp_value(rng)).t("</ENP>\n    <SNILS>").v("RU_SNILS", snils_value(rng, rng.choice(("XXX-XXX-XXX XX", "XXXXXXXXXXX"))))
        d.t("</SNILS>\n    <ADRES>").v("LOCATION", ADDR(rng, fake, "")).t("</ADRES>\n    <DATE_ATTACH>")
        d.v("DATE_TIME", when("yyyy-mm-dd", lo="-5y")(rng, fake, "")).t("</DATE_ATTACH>\n  </PERS>\n")
    return d.t("</ATTACH>").done()


def telemed_kv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((" ", "; ", " | "))
    d = Doc().t("ts=").v("DATE_TIME", when("yyyy-mm-ddThh:ii:00", "dd.mm.yyyy hh:ii", lo="-1y")(rng, fake, "")).t(sep)
    d.t("event=tmk_request").t(sep).t("patient=").v("PERSON", who("F I O", "F io")(rng, fake, ""))
    d.t(sep).t("mrn=").v("MEDICAL_RECORD_NUMBER", num("XXXXXXX", "ЦРБ-XXXXX")(rng, fake, "")).t(sep)
    d.t("from=").v("PERSON", who("F io")(rng, fake, "")).t(sep).t("email=").v("EMAIL_ADDRESS", mail_any(rng, fake, ""))
    d.t(sep).t("link=").v("URL", link_any(rng, fake, "")).t(sep).t("status=new")
    return d.done()


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t(f"{'ФИО':<28}{'Д/Р':<12}{'СНИЛС':<16}{'Взят на Д-учёт':<16}Диагноз\n")
    for _ in range(rng.randrange(2, 4)):
        name = who("F io", "F I")(rng, fake, "")
        born = when("dd.mm.yyyy")(rng, fake, "")
        sn = snils_value(rng, "XXX-XXX-XXX XX")
        took = when("dd.mm.yyyy", "mm.yyyy", lo="-10y")(rng, fake, "")
        d.v("PERSON", name).t(" " * max(1, 28 - len(name))).v("DATE_TIME", born).t(" " * (12 - len(born)))
        d.v("RU_SNILS", sn).t(" " * (16 - len(sn))).v("DATE_TIME", took).t(" " * (16 - len(took)))
        d.t(rng.choice(("I11.9", "E11.9", "J44.1", "I63.9")) + "\n")
    return d.done()


def periodic_tsv(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Таб.№\tФИО\tПаспорт\tИНН\tТел.\n")
    for _ in range(rng.randrange(1, 3)):
        d.t(str(rng.randrange(100, 999)) + "\t").v("PERSON", who("F I O", "F io")(rng, fake, "")).t("\t")
        d.v("RU_PASSPORT", passport_value(rng, rng.choice(("XX XX XXXXXX", "XXXXXXXXXX", "XXXX XXXXXX")))).t("\t")
        d.v("RU_INN", inn_value(rng, 12)).t("\t").v("PHONE_NUMBER", MOBILE(rng, fake, "")).t("\n")
    return d.done()


def sms(rng: random.Random, fake: Any) -> Planted:
    pat = name_parts(rng, fake)
    d = Doc().t(rng.choice(("Уважаемый(ая) ", "Здравствуйте, ", "")))
    d.v("PERSON", render_name(pat, rng.choice(("I O", "I", "F I O")), "nomn")).t("! ")
    d.t(rng.choice(("Передвижной ФАП будет в ", "Выездная бригада ЦРБ примет в ", "Диспансеризация: приём в ")))
    d.v("LOCATION", rural("{k} {V}", "{Vl}", "{k} {V} (у сельсовета)")(rng, fake, "")).t(" ")
    d.v("DATE_TIME", when("dd.mm", "dd.mm.yyyy", "d MG", lo="-1y", hi="+1y")(rng, fake, "")).t(" с 9:00. Справки: ")
    d.v("PHONE_NUMBER", rng.choice((LANDLINE, MOBILE))(rng, fake, ""))
    return d.done()


def telemed_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Запрос ТМК «фельдшер — врач» № ").v("MEDICAL_RECORD_NUMBER", num("XXXX", "ТМК-XXXXX", "XX/Y")(rng, fake, ""))
    d.t("\nОт: ФАП ").v("LOCATION", rural("{k} {V}", "{k} {V} {Dg} р-на")(rng, fake, "")).t(", фельдшер ")
    d.v("PERSON", who("F I O", "F io")(rng, fake, "")).t(" (").v("EMAIL_ADDRESS", mail_any(rng, fake, "")).t(")\nПациент: ")
    d.v("PERSON", who("F I O", "F io")(rng, fake, "")).t(", д.р. ").v("DATE_TIME", when("dd.mm.yyyy")(rng, fake, ""))
    d.t("\nЭКГ: ").v("URL", link_any(rng, fake, "")).t("\nВопрос: нужна ли госпитализация в ЦРБ?")
    return d.done()


def vaccination_063(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Карта профилактических прививок (ф. 063/у) № ").v("MEDICAL_RECORD_NUMBER", num("XXX", "XXXX")(rng, fake, ""))
    d.t("\nФ.И.О. ").v("PERSON", who("F I O", "F I")(rng, fake, "")).t("   Дата рожд. ")
    born = fake.date_between(start_date="-15y", end_date="-2y")
    d.v("DATE_TIME", fmt_date(born, "dd.mm.yyyy", rng)).t("\n")
    for vac, days in (("БЦЖ-М", 4), ("Гепатит В V1", 1), ("АКДС V1", 62), ("Корь, краснуха, паротит V", 370),
                      ("Клещ. энцефалит R1", 700)):
        if rng.random() < 0.3:
            continue
        shot = born + timedelta(days=days + rng.randrange(0, 30))
        d.t(f"{vac:<26}").v("DATE_TIME", fmt_date(shot, rng.choice(("dd.mm.yyyy", "dd.mm.yy")), rng))
        d.t(f"   серия {rng.randrange(100, 999)}\n")
    return d.t("Прививки проводит ФАП, медсестра ").v("PERSON", who("F io")(rng, fake, "")).done()


def checkin(rng: random.Random, fake: Any) -> Planted:
    """A sanatorium's check-in form, label: value with mixed separators."""
    labels = (("Отдыхающий", "PERSON", who("F I O")), ("Дата рождения", "DATE_TIME", when("dd.mm.yyyy", lo="-85y", hi="-18y")),
              ("Путёвка №", "MEDICAL_RECORD_NUMBER", num("XXXXXX", "ФСС-XXXXX")),
              ("Паспорт", "RU_PASSPORT", lambda r, f, c: passport_value(r, r.choice(("XX XX XXXXXX", "XXXX XXXXXX")))),
              ("Полис ОМС", "RU_OMS_POLICY", lambda r, f, c: enp_value(r)),
              ("Прибыл из", "LOCATION", rural("{k} {V}, {R}", "{D} р-н, {k} {V}", "{R}, {k} {V}")),
              ("Заезд", "DATE_TIME", when("dd.mm.yyyy", "d MG", lo="-1y")),
              ("Контакт родственника", "PHONE_NUMBER", MOBILE))
    sep = rng.choice((": ", " — ", ":\t", " "))
    d = Doc()
    for label, kind, make in labels:
        d.t(label + sep).v(kind, make(rng, fake, "nomn")).t("\n")
    return d.done()


H = HELDOUT
EXPORT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b32-blk-hl7-mis", H, hl7), BlockFamily("b32-blk-json-tablet", H, tablet_json),
    BlockFamily("b32-blk-xml-attached", H, attached_xml), BlockFamily("b32-blk-kv-telemed", H, telemed_kv),
    BlockFamily("b32-blk-fixed-dispensary", H, fixed_width), BlockFamily("b32-blk-tsv-workers", H, periodic_tsv),
    BlockFamily("b32-blk-sms", H, sms), BlockFamily("b32-blk-telemed-request", H, telemed_request),
    BlockFamily("b32-blk-063u", H, vaccination_063), BlockFamily("b32-blk-sanatorium-checkin", H, checkin),
]
