"""Document blocks of the blind23 split, part 2: shift work, road accidents, migrants, exports."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks import pii_blind23_gen as g
from benchmarks.pii_blind23_gen import DAT, EML, INN, LOC, MRN, OMS, PAS, PER, PHO, SNI, URL, Doc
from benchmarks.pii_families import Planted


def vahta_letter(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ООО «НефтеГазСервис-Ямал», ИНН " + g.org_inn(rng) + ", ОГРН " + g.dg(rng, 13, True))
    d.t("\nИсх. № 47/ОТ от ").v(DAT, g.date(rng, "dot")).t("\nГлавному врачу ЦРБ\n\n")
    d.t("Просим сообщить о состоянии работника вахтового участка ").v(PER, g.name(fake, rng, "gent", "full"))
    d.t(" (таб. № " + g.dg(rng, 5, True) + "), ").v(DAT, g.dob(rng)).t(" г.р., доставленного ")
    d.v(DAT, g.date(rng, rng.choice(("words", "dot")))).t(" с месторождения.\nАдрес регистрации работника: ")
    d.v(LOC, g.address(fake, rng, rng.choice(("urban", "rural")))).t("\nСНИЛС ").v(SNI, g.snils(rng))
    d.t(", ИНН ").v(INN, g.inn(rng)).t("\nКонтакт: специалист по ОТ ").v(
        PER, g.name(fake, rng, shape="fi", other=0.1)
    )
    d.t(", ").v(PHO, g.phone(rng, "city_ext")).t(", ").v(EML, g.email(fake, rng))
    return d.done()


def gibdd_notice(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ТЕЛЕФОНОГРАММА в ОМВД (дежурная часть)\n").v(DAT, g.date(rng, "t_dot"))
    d.t(" в приёмное отделение доставлен(а) ").v(PER, g.name(fake, rng, shape="full"))
    d.t(", ").v(DAT, g.dob(rng)).t(" г.р., проживающий(ая): ").v(LOC, g.address(fake, rng))
    d.t(".\nОбстоятельства: ДТП на ").t(str(rng.randint(12, 340))).t(" км трассы, водитель.\n")
    d.t("Д-з: закрытый перелом бедра, ЗЧМТ. Алкоголь в выдохе 0,0 мг/л.\nПередал: м/с ")
    d.v(PER, g.name(fake, rng, shape="f", other=0.1)).t("; принял: ").v(
        PER, g.name(fake, rng, shape="f_io", other=0.1)
    )
    return d.t(", КУСП № " + str(rng.randint(100, 9999))).done()


def osago_request(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("В ЦРБ от АО «СОГАЗ». Запрос № " + g.dg(rng, 8, True) + "\n")
    d.t("По убытку ОСАГО просим предоставить копию медкарты ").v(PER, g.name(fake, rng, "gent", "full"))
    d.t(", ").v(DAT, g.dob(rng)).t(", пострадавшего в ДТП ").v(DAT, g.date(rng, "dot"))
    d.t(".\nАмбулаторная карта № ").v(MRN, g.mrn(rng, "amb")).t(", ИБ ").v(MRN, g.mrn(rng, "ib"))
    d.t("\nОтвет направить на ").v(EML, g.email(fake, rng)).t(" или по адресу страхователя\n")
    d.t("Согласие пациента прилагается. Урегулирование: ").v(PER, g.name(fake, rng, shape="if", other=0.1))
    return d.t(", ").v(PHO, g.phone(rng)).done()


def migrant_card(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _male = rng.choice(g.OTHER[11:21])
    d = Doc().t("Приёмное отделение. Иностранный гражданин.\nФИО: ").v(PER, f"{last} {first} {mid}".strip())
    d.t("\nВ латинице (по паспорту): ").v(PER, g.name(fake, rng, shape="lat"))
    d.t("\nНац. паспорт: ").v(MRN, f"{rng.choice(('FA', 'AD', 'AC', 'ID'))}{g.dg(rng, 7, True)}")
    d.t("\nМиграционная карта: серия 4617 № ").v(MRN, g.dg(rng, 7, True))
    d.t("\nПатент ").v(MRN, f"77 № {g.dg(rng, 10, True)}").t(", выдан ").v(DAT, g.date(rng, "dot"))
    d.t("\nАдрес пребывания: ").v(LOC, g.address(fake, rng, rng.choice(("dorm", "urban"))))
    d.t("\nАдрес на родине: ").v(LOC, g.foreign_address(rng))
    d.t("\nПолис ДМС мигранта № ").v(MRN, f"ДМС-{g.dg(rng, 8, True)}").t("; работодатель ИП ")
    d.v(PER, g.name(fake, rng, shape="f_io", other=0.2)).t(", ").v(PHO, g.phone(rng))
    d.t("\nЗемляк (переводчик) ").v(PER, g.name(fake, rng, shape="if", other=1.0)).t(" ").v(
        PHO, g.phone(rng, "foreign")
    )
    return d.done()


def foreign_tourist(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Medical report / Медицинское заключение\nPatient: ").v(PER, g.name(fake, rng, shape="lat"))
    d.t("\nDate of birth: ").v(DAT, g.date(rng, "slash", 1950, 2005)).t("\nPassport No: ")
    d.v(MRN, f"{rng.choice(('C', 'X', 'P', 'E'))}{g.dg(rng, 8, True)}")
    d.t("\nInsurance: AXA Assistance, claim ").v(MRN, f"AXA-{g.dg(rng, 9, True)}")
    d.t("\nAdmitted: ").v(DAT, g.date(rng, "iso_t")).t(" (травма на снегоходе, доставлен вертолётом)\n")
    d.t("Contact in Russia: ").v(PER, g.name(fake, rng, shape="fi", other=0)).t(", ").v(
        PHO, g.phone(rng, "mob4")
    )
    d.t("\nClaim portal: ").v(
        URL, f"https://claims.axa-assistance.com/c/{fake.pystr(min_chars=10, max_chars=12)}"
    )
    d.t("\nHome: ").v(LOC, g.foreign_address(rng)).t("\nE-mail: ").v(EML, g.email(fake, rng))
    return d.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, male = g.person_parts(fake, rng)
    y, m, dd = g.ymd(rng, 1950, 2005)
    d = (
        Doc()
        .t("MSH|^~\\&|MIS_CRB|CRB" + str(rng.randint(1, 60)) + "|HIS|OKB|")
        .v(DAT, g.date(rng, "compact"))
    )
    d.t("||ADT^A02|MSG" + g.dg(rng, 6) + "|P|2.5\rPID|1||").v(MRN, g.dg(rng, 8, True)).t("^^^CRB^MR||")
    d.v(PER, last).t("^").v(PER, first).t("^").v(PER, mid).t("||").v(DAT, f"{y}{m:02d}{dd:02d}")
    d.t(f"|{'M' if male else 'F'}|||").v(LOC, f"{fake.street_name()} {rng.randint(1, 80)}^^{g.town(fake)}")
    d.t("||").v(PHO, g.phone(rng, "mob3")).t("\rPV1|1|I|HIR^12^3||||").v(PER, fake.last_name_male())
    return d.t("^").v(PER, fake.first_name_male()).t("\r").done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    last, first, _mid, _male = g.person_parts(fake, rng)
    vals = [
        ("callCardId", MRN, g.mrn(rng, "call")),
        ("patientLastName", PER, last),
        ("patientFirstName", PER, first),
        ("birthDate", DAT, g.date(rng, "iso", 1940, 2010)),
        ("snils", SNI, g.snils(rng, "plain")),
        ("enp", OMS, g.oms(rng, "plain")),
        ("address", LOC, g.address(fake, rng, "rural")),
        ("callerPhone", PHO, g.phone(rng, "mob3")),
        ("arrivalTime", DAT, g.date(rng, "iso_t")),
    ]
    d = Doc().t("{")
    for i, (k, kind, v) in enumerate(vals):
        d.t(("" if i == 0 else ", ") + json.dumps(k) + ': "').v(kind, v).t('"')
        if i == 3:
            d.t(', "brigade": ' + str(rng.randint(1, 40)) + ', "icd10": "S72.0"')
    return d.t("}").done()


def xml_referral(rng: random.Random, fake: Any) -> Planted:
    s, n = g.passport_parts(rng)
    d = Doc().t('<?xml version="1.0" encoding="UTF-8"?>\n<Referral number="').v(MRN, g.mrn(rng, "ref"))
    d.t('" date="').v(DAT, g.date(rng, "iso")).t('">\n  <Patient>\n    <FIO>')
    d.v(PER, g.name(fake, rng, shape="full")).t("</FIO>\n    <DocSer>").v(PAS, s).t("</DocSer><DocNum>")
    d.v(PAS, n).t("</DocNum>\n    <INN>").v(INN, g.inn12(rng)).t("</INN>\n    <Address>")
    d.v(LOC, g.address(fake, rng)).t(
        "</Address>\n  </Patient>\n  <To>ГБУЗ ОКБ, отделение сосудистой хирургии</To>"
    )
    d.t("\n  <Doctor>").v(PER, g.name(fake, rng, shape="f_io", other=0.1)).t("</Doctor>\n</Referral>")
    return d.done()


def csv_transfer(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ib_no;fio;dob;from;to;date;oms\n")
    for _ in range(rng.randint(2, 3)):
        d.v(MRN, g.mrn(rng, "ib")).t(";").v(PER, g.name(fake, rng, shape=rng.choice(("full", "f_i"))))
        d.t(";").v(DAT, g.date(rng, "dot", 1940, 2010)).t(";ЦРБ-" + str(rng.randint(1, 40)) + ";ОКБ;")
        d.v(DAT, g.date(rng, "dot_t")).t(";").v(OMS, g.oms(rng, "plain")).t("\n")
    return d.done()


def next_line_form(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("СОПРОВОДИТЕЛЬНЫЙ ЛИСТ СМП\nФамилия, имя, отчество больного:\n")
    d.v(PER, g.name(fake, rng, shape="upper")).t("\nДата рождения:\n").v(DAT, g.dob(rng))
    d.t("\nАдрес:\n").v(LOC, g.address(fake, rng)).t("\nСтрах. полис:\n").v(OMS, g.oms(rng))
    d.t("\nСНИЛС:\n").v(SNI, g.snils(rng)).t("\nКарта вызова:\n").v(MRN, g.mrn(rng, "call"))
    return d.t("\nОтметка о приёме: время 22:40").done()


def boxes_form(rng: random.Random, fake: Any) -> Planted:
    sn = g.snils_raw(rng)
    boxed = (
        "|".join(sn[:3]) + "|-|" + "|".join(sn[3:6]) + "|-|" + "|".join(sn[6:9]) + "| |" + "|".join(sn[9:])
    )
    en = g.oms_raw(rng)
    d = Doc().t("Бланк ЛН (ручное заполнение, клетки)\nСНИЛС |").v(SNI, boxed).t("|\n")
    d.t("ЕНП |").v(OMS, "|".join(en)).t("|\nФамилия |").v(PER, "|".join(fake.last_name_male().upper()))
    d.t("|\nЛН № ").v(MRN, g.mrn(rng, "ln")).t("\nДата выдачи ").v(DAT, g.date(rng, "dot")).t("\nВрач ")
    return d.v(PER, g.name(fake, rng, shape="f_io", other=0.1)).done()


def messenger(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("[WhatsApp, чат «Хирургия ЦРБ–ОКБ»]\n")
    d.v(DAT, g.date(rng, "dot_t")).t(" ").v(PER, g.name(fake, rng, shape="io", other=0.1))
    d.t(": Везём к вам ").v(PER, g.name(fake, rng, "accs", "f")).t(", ИБ ").v(MRN, g.mrn(rng, "ib"))
    d.t(", КТ тут: ").v(URL, g.url(fake, rng)).t("\n").v(DAT, g.date(rng, "t_dot")).t(" ")
    d.v(PER, g.name(fake, rng, shape="dim")).t(": принято, родным звонить на ").v(PHO, g.phone(rng))
    d.t(" или ").v(PHO, g.phone(rng, "mob2")).t("\n")
    return d.done()


def refusal(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ОТКАЗ ОТ МЕДИЦИНСКОГО ВМЕШАТЕЛЬСТВА\nЯ, ").v(PER, g.name(fake, rng, shape="full"))
    d.t(", ").v(DAT, g.dob(rng)).t(" г.р., паспорт ").v(PAS, g.passport(rng)).t(
        ",\nзарегистрированный по адресу "
    )
    d.v(LOC, g.address(fake, rng, rng.choice(("rural", "urban", "reverse"))))
    d.t(", отказываюсь от госпитализации.\nПоследствия разъяснены фельдшером ")
    d.v(PER, g.name(fake, rng, "ablt", "f_io", 0.1)).t(".\nСвидетель: водитель СМП ").v(
        PER, g.name(fake, rng, shape="f")
    )
    return d.t("\nДата ").v(DAT, g.date(rng, rng.choice(("dot_t", "ocr")))).t("   Подпись ______").done()


def discharge(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ВЫПИСНОЙ ЭПИКРИЗ (травматологическое отделение ЦРБ)\n")
    d.v(PER, g.name(fake, rng, shape="full")).t(", ").v(DAT, g.dob(rng)).t(" г.р., ИБ ").v(
        MRN, g.mrn(rng, "ib")
    )
    a, b = g.two_dates(rng)
    d.t("\nНа лечении с ").v(DAT, a).t(" по ").v(DAT, b)
    d.t(". Операция ").v(DAT, g.date(rng, "daymonth")).t(" — МОС большеберцовой кости.\n" + g.noise(rng))
    d.t("\nЭЛН № ").v(MRN, g.mrn(rng, "ln")).t(" продлён до ").v(DAT, g.date(rng, "dot"))
    d.t("\nРекомендовано: наблюдение травматолога по месту жительства (").v(
        LOC, g.address(fake, rng, "short")
    )
    d.t("), R-контроль через 6 нед.\nЛечащий врач ").v(PER, g.name(fake, rng, shape="f_io", other=0.1))
    return d.t("\nЗав. отд. ").v(PER, g.name(fake, rng, shape="f_i", other=0.1)).done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Направление на МСЭ (ф. 088/у). № ").v(MRN, g.mrn(rng, "ref")).t(" от ")
    d.v(DAT, g.date(rng, "words")).t("\n1. ").v(PER, g.name(fake, rng, shape="full")).t("\n2. ")
    d.v(DAT, g.dob(rng)).t("\n3. СНИЛС: ").v(SNI, g.snils(rng, rng.choice(("space", "dash")))).t(
        "\n4. Адрес: "
    )
    d.v(LOC, g.address(fake, rng)).t("\n4а. ИНН: ").v(INN, g.inn12(rng)).t("\n5. Тел.: ").v(
        PHO, g.phone(rng)
    ).t("; ").v(PHO, g.phone(rng, "city"))
    d.t("\n6. Эл. почта: ").v(EML, g.email(fake, rng)).t("\n7. Законный представитель: ")
    return d.v(PER, g.name(fake, rng, shape="full")).t(" (опекун)").done()


def lab_result(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("КДЛ ОКБ. Результат. Образец № ").v(MRN, g.mrn(rng, "lab")).t("\nПациент: ")
    d.v(PER, g.name(fake, rng, shape="f_io")).t(" | Отправитель: ЦРБ | Взят: ").v(DAT, g.date(rng, "dot_t"))
    d.t("\n" + g.noise(rng) + "\nКровь на этанол: не обнаружен.\nРезультат онлайн: ").v(
        URL, f"https://lk.okb{rng.randint(1, 9)}.ru/r/{fake.pystr(min_chars=8, max_chars=10)}"
    )
    d.t("\nВыполнил: ").v(PER, g.name(fake, rng, shape="f", other=0.1))
    return d.done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _male = g.person_parts(fake, rng)
    d = Doc().t("(0010,0010) PN ").v(PER, f"{last}^{first}^{mid}".rstrip("^"))
    d.t("\n(0010,0020) LO ").v(MRN, g.dg(rng, 9, True)).t("\n(0010,0030) DA ").v(DAT, g.date(rng, "compact"))
    d.t("\n(0008,0050) SH ").v(MRN, "A" + g.dg(rng, 8, True)).t("\n(0020,000D) UI ").v(
        MRN, g.mrn(rng, "dicom")
    )
    d.t("\n(0008,0090) PN ").v(PER, f"{fake.last_name_female()}^{fake.first_name_female()}")
    return d.t("\n(0008,0060) CS CT\n(0018,0050) DS 1.25").done()


DOCS2_BLOCKS = [
    ("vahta_letter", vahta_letter),
    ("gibdd_notice", gibdd_notice),
    ("osago_request", osago_request),
    ("migrant_card", migrant_card),
    ("foreign_tourist", foreign_tourist),
    ("hl7_adt", hl7_adt),
    ("json_export", json_export),
    ("xml_referral", xml_referral),
    ("csv_transfer", csv_transfer),
    ("next_line_form", next_line_form),
    ("boxes_form", boxes_form),
    ("messenger", messenger),
    ("refusal", refusal),
    ("discharge", discharge),
    ("mse_referral", mse_referral),
    ("lab_result", lab_result),
    ("dicom_header", dicom_header),
]
