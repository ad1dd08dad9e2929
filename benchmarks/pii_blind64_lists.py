"""Registers and entry lists of blind split 64: many athletes per document."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind64_gen as g
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

H = HELDOUT
Doc = g.Doc


def _n(rng: random.Random) -> int:
    return rng.randrange(3, 7)


def entry_table(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f"ИМЕННАЯ ЗАЯВКА\nна участие в первенстве области по виду спорта «{rng.choice(g.SPORTS)}»\n")
    doc.t("Команда: " + rng.choice(g.CLUBS) + "\n\n")
    doc.t("| № | Ст. № | Фамилия, имя, отчество | Дата рожд. | Разряд | Город | ID спортсмена | Виза врача |\n")
    doc.t("|---|---|---|---|---|---|---|---|\n")
    style = rng.choice(("num", "short", "nozero"))
    for i in range(1, _n(rng) + 1):
        w = g.who(fake, rng)
        doc.t(f"| {i} | {rng.randrange(10, 400)} | ").v("PERSON", w.fio()).t(" | ").v("DATE_TIME", g.birth(rng, style))
        doc.t(f" | {rng.choice(g.RANKS)} | ").v("LOCATION", g.town(fake)).t(" | ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid"))
        doc.t(" | допущен |\n")
    doc.t("\nВсего допущено к соревнованиям ___ человек.\nВрач ").v("PERSON", g.who(fake, rng).fio_short())
    doc.t(" /подпись/  Печать медицинской организации\nТренер-представитель: ").v("PERSON", g.who(fake, rng).ini_f())
    doc.t(", тел. ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    return doc.done()


def registry_csv(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    doc = Doc().t(sep.join(("reg_no", "last_name", "first_name", "middle_name", "birth_date", "sex", "region",
                            "license_no", "snils")) + "\n")
    for _ in range(_n(rng)):
        w = g.who(fake, rng)
        doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid")).t(sep).v("PERSON", w.last).t(sep).v("PERSON", w.first).t(sep)
        doc.v("PERSON", w.middle).t(sep).v("DATE_TIME", g.birth(rng, rng.choice(("iso", "num")))).t(sep)
        doc.t(("Ж" if w.female else "М") + sep).v("LOCATION", g.town(fake)).t(sep)
        doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "lic")).t(sep).v("RU_SNILS", g.snils(rng)).t("\n")
    return doc.done()


def intl_entry(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ENTRY BY NAME / ИМЕННАЯ ЗАЯВКА — International Junior Cup\nNOC: RUS (neutral)\n")
    doc.t("No\tSurname, Given name (Latin)\tФИО\tDOB\tPassport No\tFED ID\n")
    for i in range(1, _n(rng) + 1):
        w = g.who(fake, rng)
        doc.t(f"{i}\t").v("PERSON", w.lat(rng)).t("\t").v("PERSON", f"{w.f()} {w.i()}").t("\t")
        doc.v("DATE_TIME", g.birth(rng, rng.choice(("en", "slash", "num")), 2004, 2012)).t("\t")
        doc.v("RU_PASSPORT", g.intl_passport(rng)).t("\t").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid")).t("\n")
    doc.t("Team leader: ").v("PERSON", g.who(fake, rng).lat(rng)).t(", mob. ").v("PHONE_NUMBER", g.phone(rng))
    doc.t(", e-mail ").v("EMAIL_ADDRESS", g.email(fake, rng)).t("\n")
    return doc.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t('{"event": "Первенство СШОР", "athletes": [\n')
    n = _n(rng)
    for i in range(n):
        w = g.who(fake, rng)
        doc.t('  {"id": "').v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "sid")).t('", "fio": "').v("PERSON", w.fio())
        doc.t('", "birthDate": "').v("DATE_TIME", g.birth(rng, "iso", 2006, 2016)).t('", "city": "')
        doc.v("LOCATION", g.town(fake)).t('", "parentPhone": "').v("PHONE_NUMBER", g.phone(rng))
        doc.t('", "umoValidTo": "').v("DATE_TIME", g.recent(rng, "iso")).t('"}')
        doc.t(",\n" if i < n - 1 else "\n")
    doc.t("]}\n")
    return doc.done()


def xml_export(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<Registry federation="ФСР">\n')
    for _ in range(rng.randrange(2, 5)):
        w = g.who(fake, rng)
        doc.t('  <Athlete licence="').v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "lic")).t('">\n    <LastName>')
        doc.v("PERSON", w.last).t("</LastName><FirstName>").v("PERSON", w.first).t("</FirstName><MiddleName>")
        doc.v("PERSON", w.middle).t("</MiddleName>\n    <LatinName>").v("PERSON", w.lat(rng)).t("</LatinName>\n")
        doc.t("    <BirthDate>").v("DATE_TIME", g.birth(rng, "iso")).t("</BirthDate>\n    <INN>")
        doc.v("RU_INN", g.inn(rng)).t("</INN>\n    <Passport>").v("RU_PASSPORT", g.passport(rng))
        doc.t("</Passport>\n    <Email>").v("EMAIL_ADDRESS", g.email(fake, rng, w)).t("</Email>\n  </Athlete>\n")
    doc.t("</Registry>\n")
    return doc.done()


def fixed_protocol(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ПРОТОКОЛ МЕДИЦИНСКОГО ДОПУСКА (мандатная комиссия)\n")
    doc.t(f"{'ФИО':<34}{'г.р.':<8}{'Территория':<22}{'№ мед. закл.':<18}ОМС\n")
    for _ in range(_n(rng)):
        w = g.who(fake, rng)
        name, yob, tw, mr = w.fio_short(), str(rng.randrange(2000, 2015)), g.town(fake), g.mrn(rng, "umo")
        doc.v("PERSON", name).t(" " * max(1, 34 - len(name))).v("DATE_TIME", yob).t(" " * 4)
        doc.v("LOCATION", tw).t(" " * max(1, 22 - len(tw))).v("MEDICAL_RECORD_NUMBER", mr)
        doc.t(" " * max(1, 18 - len(mr))).v("RU_OMS_POLICY", g.enp(rng, False)).t("\n")
    doc.t("Председатель комиссии ").v("PERSON", g.who(fake, rng).ini_f()).t("\n")
    return doc.done()


def gto_school(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f"Список обучающихся {rng.randrange(5, 11)}-го класса для сдачи нормативов ВФСК ГТО\n")
    doc.t("№ п/п; ФИО обучающегося; дата рождения; УИН; группа здоровья; мед. группа; отметка врача\n")
    for i in range(1, _n(rng) + 1):
        w = g.who(fake, rng)
        doc.t(f"{i}; ").v("PERSON", rng.choice((w.fio(), f"{w.f()} {w.i()}"))).t("; ")
        doc.v("DATE_TIME", g.birth(rng, rng.choice(("num", "nozero", "words")), 2008, 2016)).t("; ")
        doc.v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "gto")).t(f"; {rng.choice(('I', 'II', 'III'))}; ")
        doc.t(rng.choice(("основная", "подготовительная", "основная")) + "; допуск\n")
    doc.t("Медицинская сестра школы ").v("PERSON", g.who(fake, rng, True).fio_short()).t("\n")
    return doc.done()


def section_roster(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t(f"Журнал группы НП-{rng.randrange(1, 4)}, отделение «{rng.choice(g.SPORTS)}». Контакты родителей\n")
    for i in range(1, _n(rng) + 1):
        kid, par = g.who(fake, rng), g.who(fake, rng)
        if par.female == kid.female and rng.random() < 0.7:
            par.last = kid.last
        doc.t(f"{i}) ").v("PERSON", f"{kid.f()} {kid.i()}").t(" (").v("DATE_TIME", g.birth(rng, "", 2012, 2018))
        rel = ("мама ", "бабушка ", "мать: ") if par.female else ("папа ", "дедушка ", "отец: ")
        doc.t(") — ").t(rng.choice(rel))
        doc.v("PERSON", rng.choice((par.i() + " " + par.o(), par.fio(), par.i()))).t(", ").v("PHONE_NUMBER", g.phone(rng))
        if rng.random() < 0.5:
            doc.t(", справка до ").v("DATE_TIME", g.recent(rng, "short"))
        doc.t("\n")
    doc.t("Тренер-преподаватель ").v("PERSON", g.who(fake, rng).fio_short()).t("\n")
    return doc.done()


def umo_journal(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("ЖУРНАЛ учёта УМО спортсменов (врачебно-физкультурный диспансер)\n")
    doc.t("Дата | № карты | ФИО | Д/р | Вид спорта | Заключение | Врач\n")
    for _ in range(_n(rng)):
        w = g.who(fake, rng)
        doc.v("DATE_TIME", g.recent(rng, rng.choice(("num", "short")))).t(" | ").v("MEDICAL_RECORD_NUMBER", g.mrn(rng, "card"))
        doc.t(" | ").v("PERSON", rng.choice((w.fio_short(), w.fio().upper(), w.fio()))).t(" | ")
        doc.v("DATE_TIME", g.birth(rng, "short")).t(f" | {rng.choice(g.SPORTS)} | ")
        doc.t(rng.choice(("допущен", "не допущен, дообследование", "допущена", "временно не допущен")) + " | ")
        doc.v("PERSON", g.who(fake, rng).f()).t("\n")
    return doc.done()


def kv_export(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    doc = Doc().t("[athlete]\nsurname=").v("PERSON", w.f()).t("\nname=").v("PERSON", w.i()).t("\npatronymic=")
    doc.v("PERSON", w.o()).t("\nname_lat=").v("PERSON", g.translit(w.last).upper() + " " + g.translit(w.first).upper())
    doc.t("\nbirth=").v("DATE_TIME", g.birth(rng, "num")).t("\nbirth_place=").v("LOCATION", "г. " + g.town(fake))
    doc.t("\naddress=").v("LOCATION", g.addr(fake, rng)).t("\nsnils=").v("RU_SNILS", g.snils(rng, "XXXXXXXXXXX"))
    doc.t("\nenp=").v("RU_OMS_POLICY", g.enp(rng, False)).t("\nemk_id=").v("MEDICAL_RECORD_NUMBER", g.d(rng, 8))
    doc.t("\nphone=").v("PHONE_NUMBER", g.phone(rng)).t("\nemail=").v("EMAIL_ADDRESS", g.email(fake, rng, w))
    doc.t("\nsport=" + rng.choice(g.SPORTS) + "\n")
    return doc.done()


def hl7(rng: random.Random, fake: Any) -> Planted:
    w = g.who(fake, rng)
    y, m, dd = g.ymd(rng, 1995, 2012)
    doc = Doc().t(f"MSH|^~\\&|VFD_MIS|SPORTMED|LIS|LAB|{g.d(rng, 14)}||ADT^A04|{g.d(rng, 8)}|P|2.5\r")
    doc.t("PID|1||").v("MEDICAL_RECORD_NUMBER", g.d(rng, 7)).t("^^^VFD^MR~").v("RU_SNILS", g.snils(rng, "XXXXXXXXXXX"))
    doc.t("^^^PFR^SS||").v("PERSON", w.last).t("^").v("PERSON", w.first).t("^").v("PERSON", w.middle).t("||")
    doc.v("DATE_TIME", f"{y}{m:02d}{dd:02d}").t("|" + ("F" if w.female else "M") + "|||")
    doc.v("LOCATION", f"ул. {fake.street_title()}, д. {rng.randrange(1, 90)}").t("^^").v("LOCATION", g.town(fake)).t("||")
    doc.v("PHONE_NUMBER", g.phone(rng)).t("\rIN1|1|OMS||||||||||||||||||||||||||||||||||||||")
    doc.v("RU_OMS_POLICY", g.enp(rng, False)).t("\r")
    return doc.done()


def contact_sheet(rng: random.Random, fake: Any) -> Planted:
    doc = Doc().t("Медицинский лист команды (для врача сборной), выезд на УТС\n")
    for _ in range(rng.randrange(2, 5)):
        w = g.who(fake, rng)
        doc.v("PERSON", w.fio_short()).t(", ").v("DATE_TIME", g.birth(rng, "num")).t("; полис ")
        doc.v("RU_OMS_POLICY", g.oms(rng)).t("; аллергия: " + rng.choice(("нет", "пенициллин", "пыльца")))
        doc.t("; экстренный контакт — ").v("PERSON", g.who(fake, rng).i()).t(" ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    doc.t("Врач команды ").v("PERSON", g.who(fake, rng).fio()).t(", ").v("PHONE_NUMBER", g.phone(rng)).t("\n")
    return doc.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b64-entry-table", H, entry_table),
    BlockFamily("b64-registry-csv", H, registry_csv),
    BlockFamily("b64-intl-entry", H, intl_entry),
    BlockFamily("b64-json-export", H, json_export),
    BlockFamily("b64-xml-registry", H, xml_export),
    BlockFamily("b64-fixed-protocol", H, fixed_protocol),
    BlockFamily("b64-gto-school", H, gto_school),
    BlockFamily("b64-section-roster", H, section_roster),
    BlockFamily("b64-umo-journal", H, umo_journal),
    BlockFamily("b64-kv-export", H, kv_export),
    BlockFamily("b64-hl7", H, hl7),
    BlockFamily("b64-contact-sheet", H, contact_sheet),
]
