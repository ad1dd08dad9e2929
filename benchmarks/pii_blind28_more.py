"""More blind28 blocks: e-mail correspondence with a sanatorium, portal requests, a child's МСЭ papers,
a rehabilitation schedule full of look-alikes, an employer's JSON register of examinations."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind28_gen as g
from benchmarks.pii_blind28_gen import Doc, Person
from benchmarks.pii_families import MONTHS_GENT, Planted

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
_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def sanatorium_mail(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    day = g.rdate(rng)
    a = g.rdate(rng, day.year, day.year)
    b = a.fromordinal(a.toordinal() + 20)
    mail = g.email(rng, fake)
    d = Doc().t("From: ").v(P, f"{g.translit(p.first)} {g.translit(p.last)}").t(" <").v(EM, mail).t(">\n")
    d.t("To: booking@sanatoriy-rus.ru\nDate: ")
    d.v(
        D,
        f"{_WD[day.weekday()]}, {day.day} {_MON[day.month - 1]} {day.year} {rng.randrange(8, 22):02d}:{rng.randrange(60):02d}:00 +0300",
    )
    d.t("\nSubject: путёвка\n\nЗдравствуйте! Меня зовут ").v(P, p.full()).t(", прошу забронировать заезд с ")
    d.v(D, f"{a.day:02d}.{a.month:02d}").t(" по ").v(D, g.fdate(rng, b, "dot")).t(
        ". Санаторно-курортная карта № "
    )
    d.v(MRN, g.mrn(rng, "plain")).t(" уже на руках. Путёвку по линии СФР смотрю тут: ")
    d.v(URL, f"https://lk.sfr.gov.ru/voucher/{g._d(rng, 9)}").t("\nМой телефон ").v(
        PH, g.phone(rng, rng.choice(("m1", "m3")))
    )
    d.t(", если не дозвонитесь — муж, ").v(P, Person(rng, fake, male=True).fir()).t(", ").v(
        PH, g.phone(rng, "m2")
    )
    d.t(".\n--\nС уважением, ").v(P, p.ini(before=True))
    return d.done()


def portal_request(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("Обращение через портал (тип: жалоба на качество мед. помощи)\nЛичный кабинет: ")
        .v(URL, f"https://www.gosuslugi.ru/profile/{g._d(rng, 10)}")
    )
    d.t("\nЛогин: ").v(EM, g.email(rng, fake)).t("\nЗаявитель: ").v(P, p.full()).t(", СНИЛС ").v(
        SN, g.snils(rng)
    )
    d.t("\nСоздано: ").v(D, f"{g.rdate(rng).isoformat()} {rng.randrange(8, 22):02d}:{rng.randrange(60):02d}")
    d.t(
        "\nТекст: прошу выдать копию протокола ВК и направить на МСЭ, ранее был отказ. Профиль в соцсети для связи: "
    )
    d.v(URL, f"vk.com/id{g._d(rng, 9)}").t("\nОбратный звонок: ").v(
        PH, g.phone(rng, rng.choice(("city", "ext", "m4")))
    )
    return d.done()


def child_mse(rng: random.Random, fake: Any) -> Planted:
    child, mom, dad = Person(rng, fake), Person(rng, fake, male=False), Person(rng, fake, male=True)
    dob = g.rdate(rng, 2010, 2022)
    d = (
        Doc()
        .t("Протокол проведения МСЭ ребёнка-инвалида № ")
        .v(MRN, f"{rng.randrange(100, 2999)}.{rng.randrange(1, 20)}.63/{rng.randrange(2019, 2027)}")
    )
    d.t("\nРебёнок: ").v(P, child.full()).t(", дата рождения ").v(
        D, f"{dob.day} {MONTHS_GENT[dob.month - 1]} {dob.year}"
    )
    d.t("\nЗаконный представитель: мать — ").v(P, mom.full()).t("; с отцом, ").v(P, dad.io("ablt"))
    d.t(", связи нет.\nАдрес: ").v(L, g.address(rng, fake, rng.choice(("mkr", "city_idx", "rural"))))
    d.t("\nПолис ОМС ребёнка ").v(OMS, g.oms(rng)).t("; СНИЛС ребёнка ").v(SN, g.snils(rng))
    d.t("\nИнвалидность установлена до достижения возраста 18 лет, т.е. до ")
    d.v(
        D,
        g.fdate(
            rng, dob.replace(year=dob.year + 18) if not (dob.month == 2 and dob.day == 29) else dob, "dot"
        ),
    )
    d.t(".\nПредставитель ознакомлен: ").v(P, mom.ini(before=rng.random() < 0.5)).t(" ____")
    return d.done()


def rehab_schedule(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    day = g.rdate(rng)
    d = Doc().t("Лист назначений на ").v(D, g.fdate(rng, day, rng.choice(("dot", "words_g"))))
    d.t(" — реабилитационное отделение, палата 412, койка 2\nПациент ").v(P, p.ini()).t(", карта № ").v(
        MRN, g.mrn(rng, "yslash")
    )
    d.t("\nВ 2019 году перенёс ОНМК, в 2021 году — повторно. Группа инвалидности II с 2022 года.\n")
    d.t("08:00 — эналаприл 5 мг; 09:30 — ЛФК (каб. 105); 11:00 — магнитотерапия №10; 14:00 — бассейн\n")
    d.t("Контроль: глюкоза 6,1 ммоль/л, АД 135/85, ЧСС 72; МНО 2,3. Схема варфарина: 1/2 т. по пн, ср, пт.\n")
    coach = Person(rng, fake)
    d.t("Инструктор ЛФК ").v(P, f"{coach.fir()} {coach.sur()}").t(", м/с ")
    d.v(P, Person(rng, fake).sur()).t(" (пост № 3)")
    return d.done()


def employer_json(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .t('{"employer": {"name": "ПАО «Металлург»", "inn": "')
        .t(g.org_inn(rng))
        .t('", "kpp": "')
        .t(g.kpp(rng))
    )
    d.t('"},\n "order": "29н", "examDate": "').v(D, g.rdate(rng).isoformat()).t('",\n "workers": [\n')
    n = rng.randrange(2, 4)
    for i in range(n):
        p = Person(rng, fake)
        d.t('  {"fio": "').v(P, p.full()).t('", "dob": "').v(
            D, g.fdate(rng, g.birth(rng), rng.choice(("iso", "dot")))
        )
        d.t('", "inn": "').v(INN, g.inn12(rng)).t('", "email": "').v(EM, g.email(rng, fake))
        d.t('", "conclusion": "').v(MRN, f"ПО-{g._d(rng, 6)}").t('", "fit": true}')
        d.t(",\n" if i < n - 1 else "\n")
    d.t("]}")
    return d.done()


MORE_BLOCKS = [
    ("b28_sanatorium_mail", sanatorium_mail),
    ("b28_portal_request", portal_request),
    ("b28_child_mse", child_mse),
    ("b28_rehab_schedule", rehab_schedule),
    ("b28_employer_json", employer_json),
]
