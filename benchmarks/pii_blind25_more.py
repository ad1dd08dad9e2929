"""Documents and fragments, part 2: portal exports, chats, call logs, hurried notes (blind25)."""

from __future__ import annotations

import json
import random
from typing import Any

from benchmarks import pii_blind25_gen as g
from benchmarks.pii_blind25_docs import INN, MRN, OMS, PAS, PH, SN, D, Doc, E, L, P, U, org_inn
from benchmarks.pii_families import MONTHS_GENT, Planted


def portal_json(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    y, m, d = g.ymd(rng, 1950, 2015)
    fields = [
        ("lastName", P, p.s()),
        ("firstName", P, p.f()),
        ("middleName", P, p.p()),
        ("birthDate", D, f"{y}-{m:02d}-{d:02d}"),
        ("phone", PH, g.mobile(rng)),
        ("email", E, g.email(rng, fake, p)),
        ("snils", SN, g.snils_raw(rng)),
        ("inn", INN, g.inn_raw(rng)),
        ("enp", OMS, g.oms_raw(rng)),
        ("mpiId", MRN, f"{g.digits(rng, 8)}-{g.digits(rng, 4)}"),
        ("regAddress", L, g.address(rng, fake)),
    ]
    keep = [f for f in fields if f[0] in ("lastName", "firstName", "birthDate") or rng.random() < 0.7]
    doc.t('{"profile": {')
    for i, (key, kind, val) in enumerate(keep):
        doc.t(", " if i else "").t(f'"{key}": "').v(kind, val).t('"')
    doc.t(
        f', "sex": "{"M" if p.male else "F"}", "attachedMo": "ГП № {rng.randint(1, 220)}", "consent": true}}}}'
    )
    json.loads(doc.text)
    return doc.done()


def portal_form_typos(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    nl = rng.choice(("\n", ": ", ":\n", " "))
    doc.t("ПРОФИЛЬ ПАЦИЕНТА (регистрация в ЛК)\n")
    doc.t(rng.choice(("Фамиля", "Фамилия", "ФАМ."))).t(nl).v(P, p.s()).t("\n")
    doc.t(rng.choice(("Имя", "Им"))).t(nl).v(P, p.f()).t("\n")
    doc.t(rng.choice(("Отчесво", "Отчетсво", "Отч."))).t(nl).v(P, p.p()).t("\n")
    doc.t(rng.choice(("Дата рожд", "Д.Р", "Дата рожденя"))).t(nl).v(D, g.dob(rng)).t("\n")
    doc.t(rng.choice(("Моб. тел", "Телефн", "Тел"))).t(nl).v(PH, g.mobile(rng)).t("\n")
    doc.t(rng.choice(("Емейл", "E-mial", "Эл.почта"))).t(nl).v(E, g.email(rng, fake, p)).t("\n")
    doc.t(rng.choice(("СНИЛС", "Снилc", "СНЛС"))).t(nl).v(SN, g.snils(rng)).t("\n")
    doc.t(rng.choice(("Полис", "Полис омс", "ПОЛИС О.М.С."))).t(nl).v(OMS, g.oms(rng))
    return doc.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    p, dr, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    y, m, d = g.ymd(rng, 2024, 2026)
    by, bm, bd = g.ymd(rng, 1940, 2015)
    doc.t(f"MSH|^~\\&|MIS|GP{rng.randint(1, 99)}|LIS|LAB|").v(
        D, f"{y}{m:02d}{d:02d}{rng.randint(8, 19):02d}{rng.randint(0, 59):02d}"
    )
    doc.t("||ORM^O01|").t(g.digits(rng, 6)).t("|P|2.5\rPID|1||").v(MRN, g.digits(rng, 7)).t("^^^MIS^MR~")
    doc.v(SN, g.snils_raw(rng)).t("^^^PFR^SNILS||").v(P, g.translit(p.last).upper()).t("^").v(
        P, g.translit(p.first).upper()
    )
    doc.t("^").v(P, g.translit(p.mid).upper()).t("||").v(D, f"{by}{bm:02d}{bd:02d}").t(
        f"|{'M' if p.male else 'F'}|||"
    )
    doc.v(L, f"{g.translit(fake.street_title())} {rng.randint(1, 90)}-{rng.randint(1, 200)}").t("^^")
    doc.v(L, g.translit(g.town(fake))).t("||")
    doc.v(PH, g.mobile(rng)).t("\rORC|NW|").v(MRN, g.digits(rng, 10)).t("||||||||||").v(
        P, g.translit(dr.last).upper()
    )
    doc.t("^").v(P, g.translit(dr.first).upper()).t("\rOBR|1||").t("|CBC^ОАК")
    return doc.done()


def csv_export(rng: random.Random, fake: Any) -> Planted:
    doc = Doc()
    sep = rng.choice((";", ",", "\t"))
    doc.t(sep.join(("fio", "dr", "tel", "zapis", "snils", "kab")) + "\n")
    for _ in range(rng.randint(2, 4)):
        p = g.Person(fake, rng)
        day, hm = rng.randint(1, 28), f"{rng.randint(8, 19)}:{rng.choice(('00', '20', '40'))}"
        doc.v(P, p.ini(rng=rng) if sep != "," else p.full()).t(sep).v(D, g.dob(rng)).t(sep).v(
            PH, g.mobile(rng)
        ).t(sep)
        doc.v(D, f"{day:02d}.{rng.randint(1, 12):02d}.2026 {hm}").t(sep).v(SN, g.snils(rng)).t(sep)
        doc.t(str(rng.randint(100, 450))).t("\n")
    return doc.done()


def chat_log(rng: random.Random, fake: Any) -> Planted:
    p, dr, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    kid = g.Person(fake, rng)
    kid.last = p.last if p.male == kid.male else kid.last
    doc.t(f"[{rng.randint(8, 12)}:{rng.randint(10, 59)}] ").v(P, p.f()).t(": здравствуйте, ").v(
        P, g.dimin(kid)
    )
    doc.t(" температура 38,7 с утра, сыпь на животе\n")
    doc.t(f"[{rng.randint(13, 15)}:0{rng.randint(0, 9)}] Врач ").v(P, dr.io()).t(
        ": пришлите фото сюда или на "
    )
    doc.v(E, g.email(rng, fake)).t("\n")
    doc.t(f"[{rng.randint(16, 17)}:{rng.randint(10, 59)}] ").v(P, p.f()).t(": вот ").v(U, g.url(rng, fake))
    doc.t(" мой номер ").v(PH, g.mobile(rng)).t("\n")
    doc.t(f"[{rng.randint(18, 19)}:{rng.randint(10, 59)}] Врач: записала на очный приём ").v(
        D, g.date(rng, 2026, 2026, time=True)
    )
    return doc.done()


def call_log(rng: random.Random, fake: Any) -> Planted:
    caller, pat, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    doc.t("Журнал вызовов врача на дом\n").v(D, g.date(rng, 2025, 2026, time=True)).t(" | вызывает ")
    doc.v(P, caller.shape(rng)).t(rng.choice((" (соседка)", " (сын)", " (дочь)", ""))).t(" | ").v(
        PH, g.phone(rng)
    )
    doc.t("\nБольной: ").v(P, pat.full()).t(", ").t(str(rng.randint(2, 95))).t(" лет\nАдрес: ").v(
        L, g.address(rng, fake)
    )
    doc.t(rng.choice(("\nдомофон 45, 3 этаж", "\nподъезд 2, код 12К", "\nчастный дом, собака"))).t(
        "\nПовод: t 39, рвота."
    )
    doc.t(" Принял ").v(P, g.Person(fake, rng).ini(rng=rng)).t(". Карта вызова № ").v(
        MRN, g.digits(rng, rng.choice((5, 6, 8)))
    )
    return doc.done()


def split_lines(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    sn, om = g.snils_raw(rng), g.oms_raw(rng)
    doc.t("Пациент ").v(P, f"{p.s()} {p.f()}\n{p.p()}").t(" обр.\nповторно. СНИЛС ")
    doc.v(SN, f"{sn[:3]}-{sn[3:6]}-\n{sn[6:9]} {sn[9:]}").t(", полис ")
    doc.v(OMS, f"{om[:8]}\n{om[8:]}").t("\nтел. ").v(PH, g.mobile(rng)).t("\nпроживает ").v(
        L, f"{g.street(rng, fake)}, д.\n{rng.randint(1, 90)}, кв. {rng.randint(1, 200)}"
    )
    return doc.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    y, m, d = g.ymd(rng, 1945, 2015)
    doc.t('<patient>\n  <id root="1.2.643.5.1.13.13.12.2.77" extension="').v(MRN, g.digits(rng, 9)).t('"/>\n')
    doc.t("  <name><family>").v(P, p.s()).t("</family><given>").v(P, p.f()).t("</given><given>").v(
        P, p.p()
    ).t("</given></name>\n")
    doc.t('  <birthTime value="').v(D, f"{y}{m:02d}{d:02d}").t('"/>\n  <snils>').v(SN, g.snils_raw(rng)).t(
        "</snils>\n"
    )
    doc.t('  <telecom value="tel:').v(PH, g.mobile(rng)).t('"/>\n  <telecom value="mailto:').v(
        E, g.email(rng, fake, p)
    ).t('"/>\n')
    doc.t("  <addr>").v(L, g.address(rng, fake)).t("</addr>\n  <oms>").v(OMS, g.oms_raw(rng)).t(
        "</oms>\n</patient>"
    )
    return doc.done()


def boxes(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    om, sn = g.oms_raw(rng), g.snils_raw(rng)
    doc.t("Полис ОМС |").v(OMS, "|".join(om)).t("|\nСНИЛС [").v(SN, "][".join(sn)).t("]\n")
    doc.t("Фамилия  ").v(P, " ".join(p.s().upper())).t("\nИмя  ").v(P, p.f().upper()).t("\nДата рожд. |")
    y, m, d = g.ymd(rng, 1950, 2015)
    doc.v(D, "|".join(f"{d:02d}{m:02d}{y}")).t("|\nИНН ").v(INN, " ".join(g.inn_raw(rng)))
    return doc.done()


def referral_057(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("Учетная форма № 057/у-04\nНАПРАВЛЕНИЕ № ").v(MRN, f"{rng.randint(1, 99)}-{g.digits(rng, 6)}")
    doc.t(" на консультацию к эндокринологу\n1. Номер полиса ОМС ").v(OMS, g.oms(rng)).t(
        "\n2. Код льготы 081\n"
    )
    doc.t("3. Ф.И.О. ").v(P, p.full()).t("\n4. Дата рождения ").v(D, g.dob(rng)).t(
        "\n5. Адрес постоянного места жительства "
    )
    doc.v(L, g.address(rng, fake)).t(
        "\n6. Место работы: пенсионер\n7. Код диагноза по МКБ E11.9; HbA1c 8,2%\n"
    )
    doc.t("Врач ").v(P, g.Person(fake, rng).ini(rng=rng)).t("   Зав. отделением ").v(
        P, g.Person(fake, rng).ini(rng=rng)
    )
    doc.t("\n").v(D, g.date(rng, time=False)).t("  М.П.")
    return doc.done()


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("Иностранный гражданин. Name: ").v(P, f"{g.translit(p.last).upper()} {g.translit(p.first).upper()}")
    doc.t(" (").v(P, f"{p.s()} {p.f()}").t(")\nDate of birth: ").v(D, g.dob(rng)).t(
        "\nПолис ДМС, страховая компания «Ингосстрах»\n"
    )
    doc.t("Home phone: ").v(PH, g.foreign_phone(rng)).t(", в РФ: ").v(PH, g.mobile(rng)).t("\n")
    doc.t("Адрес пребывания: ").v(L, g.address(rng, fake)).t("\nE-mail: ").v(E, g.email(rng, fake, p)).t("\n")
    doc.t("Переводчик по телефону — ").v(P, g.Person(fake, rng).io()).t(". Мед.карта № ").v(
        MRN, f"ИГ-{g.digits(rng, 5)}"
    )
    return doc.done()


def screening_invite(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.v(L, g.address(rng, fake)).t("\n").v(P, p.full("datv")).t("\n\nУважаем").t("ый " if p.male else "ая ")
    doc.v(P, p.io()).t("!\nПриглашаем Вас пройти диспансеризацию ").v(D, g.month_year(rng))
    doc.t(". Запись по телефону ").v(PH, g.city_phone(rng)).t(" или на сайте gosuslugi.ru.\nС уважением, ")
    doc.t("участковый терапевт ").v(P, g.Person(fake, rng).ini(rng=rng))
    return doc.done()


def pcr_result(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("РЕЗУЛЬТАТ ИССЛЕДОВАНИЯ ПЦР SARS-CoV-2\nЛицензия ЛО41-01137-77/00").t(g.digits(rng, 6)).t(
        "\nОбразец № "
    )
    doc.v(MRN, g.digits(rng, 10)).t("\nФИО: ").v(P, p.full().upper()).t("\nПаспорт: ").v(
        PAS, g.passport(rng)
    ).t("\n")
    doc.t("Взятие: ").v(D, g.date(rng, 2020, 2023, time=True)).t("   Выполнено: ").v(
        D, g.date(rng, 2020, 2023, time=True)
    )
    doc.t("\nРНК не обнаружена. Ct > 40.\nПроверить: ").v(U, g.url(rng, fake))
    return doc.done()


def lookalikes(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    doc.t("ГБУЗ «ГП № ").t(str(rng.randint(1, 220))).t("», ИНН ").t(org_inn(rng)).t(", КПП ").t(
        g.digits(rng, 9)
    )
    doc.t(", ОГРН ").t(g.digits(rng, 13)).t(", ул. Ленина, 5, лиц. № Л041-").t(g.digits(rng, 5)).t("\n")
    doc.t("Пациент ").v(P, p.ini(rng=rng)).t(", палата ").t(str(rng.randint(100, 520))).t(", ф. 025/у. ")
    doc.t("Эналаприл 10 мг в 08:00 и 20:00, ").t(
        f"Hb {rng.randint(100, 160)} г/л, СОЭ {rng.randint(2, 40)} мм/ч, "
    )
    doc.t("МКБ-10 I10, ").t(f"операция в {rng.randint(2005, 2022)} году. ")
    doc.t("Код ОКПО ").t(g.digits(rng, 8)).t(". Следующий визит ").v(
        D, g.date(rng, 2026, 2026, time=False)
    ).t(".")
    return doc.done()


def multi_phone(rng: random.Random, fake: Any) -> Planted:
    doc = Doc()
    doc.t("Контакты: ")
    for i in range(rng.randint(2, 3)):
        who = g.Person(fake, rng)
        doc.t("; " if i else "").t(
            rng.choice(("отец ", "муж ", "брат ", ""))
            if who.male
            else rng.choice(("мать ", "жена ", "сестра ", ""))
        ).v(P, who.shape(rng))
        doc.t(rng.choice((" ", " - ", ": "))).v(PH, g.phone(rng))
        if rng.random() < 0.4:
            doc.t(rng.choice((", ", " / ", " или "))).v(PH, g.phone(rng))
    return doc.done()


def hurried_note(rng: random.Random, fake: Any) -> Planted:
    p, c, doc = g.Person(fake, rng), g.Person(fake, rng), Doc()
    _, m, d = g.ymd(rng, 2025, 2026)
    doc.t("позв.").t(rng.choice(("сын ", "муж ", "")) if c.male else rng.choice(("дочь ", "жена ", ""))).v(
        P, c.io().lower() if rng.random() < 0.5 else c.full().lower()
    )
    doc.t(" ").v(PH, g.mobile(rng)).t(" просит перенести запись ").v(P, p.s("gent").lower()).t(" на ")
    doc.v(
        D,
        rng.choice(
            (f"{d}.{m}", f"{d:02d}.{m:02d}", f"{d} {MONTHS_GENT[m - 1]}", f"{d}{MONTHS_GENT[m - 1][:3]}")
        ),
    )
    doc.t(rng.choice((" утро", " после 14", ""))).t(", снилс").v(SN, g.snils(rng)).t(" адр ").v(
        L, g.address(rng, fake).lower()
    )
    doc.t(" карта").v(MRN, g.digits(rng, 6)).t(" ок")
    return doc.done()


def passport_block(rng: random.Random, fake: Any) -> Planted:
    p, doc = g.Person(fake, rng), Doc()
    s, n = g.passport_parts(rng)
    doc.t("Согласие на обработку персональных данных\nЯ, ").v(P, p.full()).t(", паспорт ")
    if rng.random() < 0.5:
        doc.v(PAS, f"{s[:2]} {s[2:]} {n}")
    else:
        doc.t("серия ").v(PAS, s).t(" № ").v(PAS, n)
    doc.t(", выдан ").v(D, g.date(rng, 2004, 2024, time=False)).t(" ГУ МВД России, код подразделения ")
    doc.t(f"{g.digits(rng, 3)}-{g.digits(rng, 3)}").t(", зарегистрирован").t("" if p.male else "а").t(
        " по адресу: "
    )
    doc.v(L, g.address(rng, fake)).t(", ИНН ").v(INN, g.inn(rng)).t(", даю согласие ГБУЗ «ГП № 3». Подпись ")
    doc.v(P, p.ini(rng=rng))
    return doc.done()


MORE_MAKERS = [
    ("b25_portal_json", portal_json),
    ("b25_portal_form_typos", portal_form_typos),
    ("b25_hl7_orm", hl7_adt),
    ("b25_csv_appointments", csv_export),
    ("b25_chat_log", chat_log),
    ("b25_call_log_home", call_log),
    ("b25_split_lines", split_lines),
    ("b25_xml_semd", xml_semd),
    ("b25_boxes", boxes),
    ("b25_referral_057", referral_057),
    ("b25_foreign_patient", foreign_patient),
    ("b25_screening_invite", screening_invite),
    ("b25_pcr_result", pcr_result),
    ("b25_lookalikes", lookalikes),
    ("b25_multi_phone", multi_phone),
    ("b25_hurried_note", hurried_note),
    ("b25_consent_passport", passport_block),
]
