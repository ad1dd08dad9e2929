"""Export and layout blocks of the blind28 split: JSON/XML/CSV/HL7 registries of certificates and
commissions, boxed forms, values on the next line, misspelt labels, several phones on a line."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind28_gen as g
from benchmarks.pii_blind28_gen import Doc, Person
from benchmarks.pii_families import Planted

P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
SN, INN, PS, OMS, MRN, EM, URL = (
    "RU_SNILS",
    "RU_INN",
    "RU_PASSPORT",
    "RU_OMS_POLICY",
    "MEDICAL_RECORD_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
)


def json_semd(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t('{"docType": "SANATORIUM_CARD_072U", "docNumber": "').v(MRN, g.mrn(rng, "pref")).t('",\n')
    d.t(' "patient": {"lastName": "').v(P, p.sur()).t('", "firstName": "').v(P, p.fir()).t(
        '", "middleName": "'
    ).v(P, p.pat())
    d.t('",\n  "birthDate": "').v(D, g.fdate(rng, g.birth(rng), "iso")).t('", "snils": "').v(
        SN, g.snils(rng, "plain")
    )
    d.t('", "enp": "').v(OMS, g.oms16(rng)).t('",\n  "address": "').v(L, g.address(rng, fake, "city_idx"))
    d.t('", "phone": "').v(PH, g.phone(rng, rng.choice(("m3", "m4")))).t('"},\n')
    d.t(' "org": {"inn": "').t(g.org_inn(rng)).t('", "ogrn": "').t(g.ogrn(rng)).t('"}, "icd10": "').t(
        g.icd(rng)
    )
    d.t('", "created": "').v(
        D, f"{g.rdate(rng).isoformat()}T{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}:00+04:00"
    ).t('"}')
    return d.done()


def xml_mse(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = g.passport_parts(rng)
    d = (
        Doc()
        .t("<MseReferral>\n  <RegNum>")
        .v(MRN, f"{rng.randrange(1, 99999)}/{rng.randrange(2019, 2027)}")
        .t("</RegNum>\n")
    )
    d.t("  <Citizen>\n    <Surname>").v(P, p.sur()).t("</Surname><Name>").v(P, p.fir()).t(
        "</Name><Patronymic>"
    ).v(P, p.pat())
    d.t("</Patronymic>\n    <BirthDate>").v(D, g.fdate(rng, g.birth(rng), "iso")).t("</BirthDate>\n")
    d.t('    <IdDoc type="21"><Series>').v(PS, s).t("</Series><Number>").v(PS, n).t("</Number></IdDoc>\n")
    d.t("    <Snils>").v(SN, g.snils(rng, "std")).t("</Snils>\n    <Inn>").v(INN, g.inn12(rng)).t("</Inn>\n")
    d.t("    <Address>").v(L, g.address(rng, fake, rng.choice(("rural", "city")))).t(
        "</Address>\n  </Citizen>\n"
    )
    d.t("  <Mkb>").t(g.icd(rng)).t("</Mkb><Purpose>1</Purpose>\n</MseReferral>")
    return d.done()


def csv_exam_list(rng: random.Random, fake: Any) -> Planted:
    sep = rng.choice((";", ",", "\t"))
    d = Doc().t(
        sep.join(("№", "ФИО", "Дата рождения", "СНИЛС", "Профессия", "Факторы", "Дата осмотра")) + "\n"
    )
    for i in range(rng.randrange(2, 4)):
        p = Person(rng, fake)
        d.t(f"{i + 1}{sep}").v(P, p.full()).t(sep).v(D, g.fdate(rng, g.birth(rng), "dot")).t(sep)
        d.v(SN, g.snils(rng)).t(f"{sep}водитель погрузчика{sep}4.1; 4.4{sep}").v(
            D, g.fdate(rng, g.rdate(rng), "dot")
        ).t("\n")
    return d.done()


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = g.birth(rng)
    d = (
        Doc()
        .t("MSH|^~\\&|MIS|POLY5|MSE|GBMSE|")
        .v(D, g.rdate(rng).strftime("%Y%m%d") + f"{rng.randrange(8, 19):02d}15")
    )
    d.t("||ADT^A08|1|P|2.5\n")
    d.t("PID|1||").v(MRN, g._d(rng, 7)).t("^^^POLY5^MR~").v(SN, g.snils(rng, "plain")).t("^^^PFR^SS||")
    d.v(P, p.sur().upper()).t("^").v(P, p.fir().upper()).t("^").v(P, p.pat().upper()).t("||").v(
        D, b.strftime("%Y%m%d")
    )
    d.t("|" + ("M" if p.male else "F") + "|||").v(
        L, f"{fake.street_title()} {rng.randrange(1, 99)}-{rng.randrange(1, 150)}"
    )
    d.t("^^").v(L, g.town(fake)).t("^^").v(L, str(rng.randrange(101000, 692999))).t("||").v(
        PH, g.phone(rng, "m3")
    ).t("\n")
    d.t("IN1|1|OMS|63008").t("|СМО||||||||||||||||||||||||||||||||||||").v(OMS, g.oms16(rng))
    return d.done()


def boxed_form(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    sn = g.snils_digits(rng)
    b = g.birth(rng)

    def box(s: str) -> str:
        return "|".join(s)

    d = Doc().t("Заявление о выдаче дубликата справки (заполнять печатными буквами, по одной в клетке)\n")
    d.t("Фамилия  |").v(P, box(p.sur().upper())).t("|\nИмя      |").v(P, box(p.fir().upper())).t("|\n")
    d.t("Отчество |").v(P, box(p.pat().upper())).t("|\nДата рожд. |")
    d.v(D, box(f"{b.day:02d}") + "|.|" + box(f"{b.month:02d}") + "|.|" + box(str(b.year))).t("|\n")
    d.t("СНИЛС |").v(SN, box(sn[:3]) + "|-|" + box(sn[3:6]) + "|-|" + box(sn[6:9]) + "| |" + box(sn[9:])).t(
        "|\n"
    )
    d.t("Телефон |").v(PH, box("8" + "9" + g._d(rng, 9))).t("|")
    return d.done()


def next_line(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = g.passport_parts(rng)
    d = (
        Doc()
        .t("СПРАВКА о прохождении обязательного психиатрического освидетельствования\nФ.И.О.\n")
        .v(P, p.full())
    )
    d.t("\nДата рождения\n").v(D, g.fdate(rng, g.birth(rng), rng.choice(("dot", "words_g")))).t(
        "\nПаспорт серия\n"
    ).v(PS, s)
    d.t("\nномер\n").v(PS, n).t("\nМесто жительства\n").v(L, g.address(rng, fake)).t("\nНомер справки\n").v(
        MRN, g.mrn(rng, "yslash")
    )
    d.t("\nДата освидетельствования\n").v(D, g.date_any(rng)).t(
        "\nЗаключение: противопоказаний для работы не выявлено (ППР 1604)"
    )
    return d.done()


def misspelt_labels(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t(rng.choice(("Ф.И.О:", "ФИО.", "Фио -", "Ф. И. О.:"))).t(" ").v(P, p.full()).t("\n")
    d.t(rng.choice(("Д/р", "Дата раждения", "д.р.", "ДР"))).t(" ").v(
        D, g.fdate(rng, g.birth(rng), rng.choice(("dot", "dot2")))
    )
    d.t("\n").t(rng.choice(("СНИЛЬС", "Снилс№", "СНЛИС", "Страх. свид-во"))).t(" ").v(SN, g.snils(rng)).t(
        "\n"
    )
    d.t(rng.choice(("Поллис", "Полис омс№", "пол. ОМС", "ЕНП№"))).t(" ").v(OMS, g.oms(rng)).t("\n")
    d.t(rng.choice(("ИНН физ.лица", "ИНН-", "И.Н.Н."))).t(" ").v(INN, g.inn(rng)).t("\n")
    d.t(rng.choice(("Пасп.", "Паспрт", "Пас-т"))).t(" ").v(PS, g.passport(rng)).t("\n")
    d.t(rng.choice(("Адресс", "Адр. прож.", "Прож."))).t(" ").v(
        L, g.address(rng, fake, rng.choice(("short", "rev", "mkr")))
    ).t("\n")
    d.t(rng.choice(("Тлф", "Моб.", "т."))).t(" ").v(PH, g.phone(rng)).t("\n")
    d.t(rng.choice(("№ амб.карты", "Амб.к. №", "№ а/к"))).t(" ").v(MRN, g.mrn(rng)).t(
        "\nДоза: бисопролол 2,5 мг 1 р/д, калий 4,2 ммоль/л"
    )
    return d.done()


def phones_line(rng: random.Random, fake: Any) -> Planted:
    p, rel = Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .t("Обращение на горячую линию ТФОМС ")
        .v(D, g.fdate(rng, g.rdate(rng), "time"))
        .t(". Звонил(а) ")
    )
    d.v(P, rel.io()).t(", ").t(
        rng.choice(("сын", "муж", "брат") if rel.male else ("дочь", "жена", "сестра"))
    ).t(" застрахованного лица ").v(P, p.full("gent"))
    d.t(".\nТелефоны: ").v(PH, g.phone(rng, "m1")).t("; ").v(PH, g.phone(rng, "city")).t(" (дом.), ")
    d.v(PH, g.phone(rng, "ext")).t(
        " (раб.)\nСуть: отказ в бесплатной путёвке на реабилитацию после ОНМК (I63.5)."
    )
    d.t(" Оператор ").v(P, Person(rng, fake).fir()).t(", ответ дан в течение 1 рабочего дня.")
    return d.done()


def kv_export(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("[certificate]\ntype=086u\nnumber=")
        .v(MRN, f"{rng.randrange(1, 9999)}-{rng.randrange(2019, 2027)}")
        .t("\n")
    )
    d.t("fio=").v(P, p.ini(space=False)).t("\nbirth=").v(D, g.fdate(rng, g.birth(rng), "dot")).t("\naddr=")
    d.v(L, g.address(rng, fake, "idx_last")).t("\nemail=").v(EM, g.email(rng, fake)).t("\nschool_inn=").t(
        g.org_inn(rng)
    )
    d.t("\nissued=").v(D, g.fdate(rng, g.rdate(rng), rng.choice(("iso", "dot")))).t("\nprofile_url=")
    d.v(URL, f"https://lk.{rng.choice(('polis63', 'mis-med', 'emias'))}.ru/patient/{g._d(rng, 8)}").t("\n")
    return d.done()


def oms_old_form(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("Акт медико-экономической экспертизы (МЭЭ) № ").v(MRN, f"{rng.randrange(1, 9999)}/МЭЭ")
    d.t("\nПациент ").v(P, p.ini(before=rng.random() < 0.5)).t(", полис старого образца: серия ").v(
        OMS, g._d(rng, 6)
    ).t(" номер ")
    d.v(OMS, g._d(rng, 10)).t("\nтакже предъявлен ЕНП ").v(OMS, g.oms(rng)).t("\nПериод: ").v(
        D, g.fdate(rng, g.rdate(rng), "month")
    )
    d.t("; дата обращения ").v(D, g.fdate(rng, g.rdate(rng), "dot")).t("; код дефекта 2.16.1, снятие 100 %.")
    return d.done()


EXPORT_BLOCKS = [
    ("b28_json_semd", json_semd),
    ("b28_xml_mse", xml_mse),
    ("b28_csv_exam_list", csv_exam_list),
    ("b28_hl7_pid", hl7_pid),
    ("b28_boxed_form", boxed_form),
    ("b28_next_line", next_line),
    ("b28_misspelt_labels", misspelt_labels),
    ("b28_phones_line", phones_line),
    ("b28_kv_export", kv_export),
    ("b28_oms_old_form", oms_old_form),
]
