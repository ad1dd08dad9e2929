"""Maternity documents of the blind29 split: exchange cards, birth histories, newborn records,
medical birth certificates, ЗАГС records, maternity sick leave, patronage notes."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.pii_blind29_gen import (
    DATE_LAYOUTS,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    D,
    Doc,
    L,
    P,
    date_str,
    fmt_date,
    person,
    rdate,
)
from benchmarks.pii_blind29_vals import (
    VILLAGES,
    _d,
    address,
    birth_cert,
    email,
    foreign_id,
    med_id,
    migration_card,
    oms,
    passport,
    passport_parts,
    phone,
    snils,
    street,
    town,
)
from benchmarks.pii_families import Planted

EM = "EMAIL_ADDRESS"


def _dt(d: dt.date, rng: random.Random, sep: str = " ") -> str:
    return f"{fmt_date(d, rng.choice(('dd.mm.yyyy', 'dd.mm.yy', 'd.mm.yyyy')))}{sep}{rng.randrange(24):02d}:{rng.randrange(60):02d}"


def exchange_card(rng: random.Random, fake: Any) -> Planted:
    mom, dad = person(fake, rng, female=True), person(fake, rng, female=False)
    doc_ = person(fake, rng, female=True)
    lmp = rdate(rng, 2015, 2026)
    x = Doc().t("ОБМЕННАЯ КАРТА родильного дома, родильного отделения перинатального центра\n")
    x.t("Учётная форма № 113/у-20    № ").v(MRN, med_id(rng, "obm")).t("\n")
    x.t("1. Фамилия, имя, отчество беременной: ").v(P, mom.shape("F I O")).t("\n")
    x.t("2. Дата рождения: ").v(D, date_str(rng, rdate(rng, 1980, 2005))).t("   Возраст: 27 лет\n")
    x.t("3. Место регистрации: ").v(L, address(fake, rng)).t("\n")
    x.t("4. Телефон: ").v(PH, phone(rng))
    if rng.random() < 0.5:
        x.t(", ").v(PH, phone(rng))
    x.t("\n5. Полис ОМС: ").v(OMS, oms(rng)).t("   СНИЛС: ").v(SN, snils(rng)).t("\n")
    x.t("6. Последняя менструация: ").v(D, fmt_date(lmp, "dd.mm.yyyy")).t("  ПДР: ")
    x.v(D, fmt_date(lmp + dt.timedelta(days=280), rng.choice(("dd.mm.yyyy", "dd.mm.yy"))))
    x.t("\n7. Группа крови A(II) Rh+, у мужа B(III) Rh-. Гемоглобин 118 г/л, ТТГ 2,1 мЕд/л.\n")
    x.t("8. Муж: ").v(P, dad.shape(rng.choice(("F I O", "F io")))).t(", тел. ").v(PH, phone(rng)).t("\n")
    x.t("Скрининг I триместра ").v(D, date_str(rng, lmp + dt.timedelta(days=rng.randint(77, 95))))
    x.t(": КТР 56 мм, ТВП 1,4 мм, риск T21 1:12000.\n")
    x.t("Врач женской консультации ").v(P, doc_.shape(rng.choice(("F io", "io F", "F I O")))).t(" ______")
    return x.done()


def birth_history_title(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    doc_, mid = person(fake, rng), person(fake, rng, female=True)
    adm = rdate(rng, 2012, 2026)
    series, number = passport_parts(rng)
    x = Doc().t(
        "Медицинская карта беременной, роженицы и родильницы, получающей помощь в стационарных условиях\n"
    )
    x.t("ф. 096/1у-20                                № ").v(MRN, med_id(rng, "rod")).t("\n")
    x.t("Дата и время поступления: ").v(D, _dt(adm, rng)).t("\n")
    x.t("Фамилия ").v(P, mom.f()).t("   Имя ").v(P, mom.i()).t("   Отчество ").v(P, mom.o()).t("\n")
    x.t("Документ, удостоверяющий личность: паспорт, серия ").v(PAS, series).t(" номер ").v(PAS, number)
    x.t(", выдан ").v(D, date_str(rng, rdate(rng, 2005, 2024))).t("\n")
    x.t("Место регистрации: ").v(L, address(fake, rng)).t("\n")
    x.t("Беременность 2, роды 2, срок 39 нед. 4 дня. Палата № 7, койка 3.\n")
    x.t("Роды: ").v(D, _dt(adm + dt.timedelta(days=rng.randint(0, 1)), rng)).t(", живой ребёнок, ")
    x.t(
        rng.choice(("мальчик", "девочка"))
        + f", масса {rng.randint(2600, 4300)} г, длина {rng.randint(47, 56)} см.\n"
    )
    x.t("Принимали роды: врач ").v(P, doc_.shape(rng.choice(("F io", "F I O")))).t(", акушерка ")
    x.v(P, mid.shape(rng.choice(("F io", "F", "io F")))).t(".")
    return x.done()


def newborn_record(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    kid = person(fake, rng, kid=True, last=mom.last)
    born = rdate(rng, 2014, 2026)
    ped = person(fake, rng)
    x = Doc().t("ИСТОРИЯ РАЗВИТИЯ НОВОРОЖДЁННОГО № ").v(MRN, med_id(rng, "nb")).t(" (ф. 097/у)\n")
    x.t("Ребёнок матери: ").v(P, mom.shape(rng.choice(("F I O", "F io")), "gent")).t("\n")
    x.t("Родился: ").v(D, _dt(born, rng, rng.choice((" ", " в ", ", ")))).t("; пол: ")
    x.t("женский" if kid.female else "мужской").t("; масса 3250 г; Апгар 8/9.\n")
    x.t("БЦЖ-М (серия 231, 0,025 мг) — ").v(D, fmt_date(born + dt.timedelta(days=3), "dd.mm.yyyy")).t(".\n")
    x.t("Гепатит B V1 — ").v(D, fmt_date(born, "dd.mm")).t(" в роддоме.\n")
    x.t("Неонатальный скрининг: ").v(D, fmt_date(born + dt.timedelta(days=4), "dd.mm.yyyy")).t(", проба № ")
    x.v(MRN, med_id(rng, "lab")).t("; аудиоскрининг — норма.\n")
    x.t("Выписан ").v(D, date_str(rng, born + dt.timedelta(days=5))).t(" домой с матерью по адресу: ")
    x.v(L, address(fake, rng)).t(".\n")
    x.t("Имя ребёнка со слов матери: ").v(P, kid.i()).t(".\n")
    x.t("Неонатолог ").v(P, ped.shape(rng.choice(("F io", "F I O", "io F")))).t(".")
    return x.done()


def med_birth_certificate(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    born = rdate(rng, 2012, 2026)
    x = (
        Doc()
        .t("Медицинское свидетельство о рождении\nСЕРИЯ ")
        .v(MRN, f"{rng.randint(1, 99):02d} № {_d(rng, 6)}")
    )
    x.t("\nДата выдачи ").v(D, fmt_date(born + dt.timedelta(days=rng.randint(1, 5)), "«dd» MG yyyy г.")).t(
        "\n"
    )
    x.t("1. Ребёнок родился: число ").v(D, fmt_date(born, "dd")).t(" месяц ").v(D, fmt_date(born, "mm")).t(
        " год "
    )
    x.v(D, fmt_date(born, "yyyy")).t(" час. ").t(f"{rng.randrange(24):02d}").t(" мин. ").t(
        f"{rng.randrange(60):02d}\n"
    )
    x.t("2. Фамилия, имя, отчество матери: ").v(P, mom.shape("F I O")).t("\n")
    x.t("3. Дата рождения матери: ").v(
        D, date_str(rng, rdate(rng, 1978, 2006), ("dd.mm.yyyy", "dd MG yyyy г."))
    ).t("\n")
    x.t("4. Место постоянного жительства матери: субъект Российской Федерации ").v(L, fake.region())
    x.t("\n   район ").v(L, rng.choice(("Заокский", "Ленинский", "Котовский", "Мгинский")))
    x.t("   город (село) ").v(L, rng.choice((town(fake), rng.choice(VILLAGES))))
    x.t("\n   улица ").v(L, f"{street(fake, rng)}   дом {fake.building_number()}   кв. {rng.randint(1, 300)}")
    x.t("\n5. Местность: городская — 1, сельская — 2 (код ОКАТО не заполняется)\n")
    x.t("6. Семейное положение матери: состоит в зарегистрированном браке\n")
    x.t("Врач (фельдшер, акушерка), заполнивший свидетельство: ").v(P, person(fake, rng).shape("F io"))
    return x.done()


def postpartum_discharge(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    kid = person(fake, rng, kid=True, last=mom.last)
    adm = rdate(rng, 2012, 2026)
    doc_, gyn = person(fake, rng), person(fake, rng, female=True)
    x = Doc().t("ВЫПИСНОЙ ЭПИКРИЗ\nРодильница ").v(P, mom.any(rng)).t(", 31 год, история родов № ")
    x.v(MRN, med_id(rng, "rod")).t(", поступила ").v(D, _dt(adm, rng, " в ")).t(
        " с регулярной родовой деятельностью.\n"
    )
    x.t("Роды ").v(D, date_str(rng, adm)).t(" срочные, вторые. Диагноз O80.0. Окситоцин 5 ЕД в/м.\n")
    x.t("Новорождённая ").v(P, kid.shape(rng.choice(("I", "F I")))).t(" — 3390 г / 51 см, Апгар 8-9.\n")
    x.t("Выписана ").v(D, date_str(rng, adm + dt.timedelta(days=3))).t(" вместе с ребёнком домой (")
    x.v(L, address(fake, rng)).t(").\nПередана под наблюдение в ЖК № 3 к врачу ")
    x.v(P, gyn.shape(rng.choice(("F io", "F I O", "io F")), "datv")).t(", актив педиатру.\n")
    x.t("Рекомендовано: контрацепция, ферретаб 1 капс. в 08:00. Лечащий врач ").v(P, doc_.shape("F io")).t(
        "."
    )
    return x.done()


def screening_referral(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    lmp = rdate(rng, 2015, 2026)
    x = Doc().t("НАПРАВЛЕНИЕ № ").v(MRN, med_id(rng, "ref")).t(" на пренатальный скрининг I триместра\n")
    x.t("Ф.И.О.: ").v(P, mom.shape(rng.choice(("F I O", "FU IU OU", "F io")))).t("\nД/р: ")
    x.v(D, date_str(rng, rdate(rng, 1982, 2006), ("dd.mm.yyyy", "dd.mm.yy", "yyyy-mm-dd"))).t(
        "   Вес 64 кг, рост 168 см\n"
    )
    x.t("ПМ: ").v(D, fmt_date(lmp, "dd.mm.yyyy")).t("   УЗИ от ").v(
        D, fmt_date(lmp + dt.timedelta(days=84), "dd.mm")
    )
    x.t(": КТР 61 мм, ТВП 1,2 мм\nКурение: нет. ЭКО: нет. Диабет: нет.\nТелефон пациентки: ")
    x.v(PH, phone(rng)).t("\nЖенская консультация № 2, врач ").v(
        P, person(fake, rng, female=True).shape("F io")
    )
    return x.done()


def foreign_parturient(rng: random.Random, fake: Any) -> Planted:
    last, first = rng.choice(
        (
            ("Rakhimova", "Zarina"),
            ("Karimova", "Nilufar"),
            ("Sharipova", "Mehrona"),
            ("Davletova", "Aigul"),
            ("Gasparyan", "Lilit"),
            ("Ergasheva", "Dildora"),
        )
    )
    cyr = {
        "Rakhimova": "Рахимова",
        "Karimova": "Каримова",
        "Sharipova": "Шарипова",
        "Davletova": "Давлетова",
        "Gasparyan": "Гаспарян",
        "Ergasheva": "Эргашева",
    }[last]
    husband = rng.choice(
        ("Рахимов Фаррух", "Каримов Рустам", "Шарипов Далер", "Гаспарян Арам", "Эргашев Ботир")
    )
    x = Doc().t("Роженица ").v(P, cyr).t(" (в паспорте ").v(P, f"{last.upper()} {first.upper()}").t("), ")
    x.t("гражданка Республики Таджикистан, полиса ОМС нет, помощь экстренная.\n")
    x.t("Нац. паспорт: ").v(MRN, foreign_id(rng)).t(", миграционная карта: ").v(MRN, migration_card(rng)).t(
        "\n"
    )
    x.t("Дата въезда в РФ: ").v(D, date_str(rng, rdate(rng, 2018, 2026))).t("\n")
    x.t("Место пребывания: ").v(L, address(fake, rng)).t("\nМуж — ").v(P, husband).t(", тел. ")
    x.v(PH, phone(rng)).t(", на родине: ").v(PH, f"+992 {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}").t("\n")
    x.t("Переводчик не требуется, по-русски понимает.")
    return x.done()


def zags_record(rng: random.Random, fake: Any) -> Planted:
    dad = person(fake, rng, female=False)
    mom = person(fake, rng, female=True, last=dad.last if rng.random() < 0.7 else None)
    kid = person(fake, rng, kid=True, last=dad.last, father=dad.first)
    born = rdate(rng, 2010, 2026)
    x = Doc().t("Запись акта о рождении № ").v(MRN, f"{rng.randint(1, 9)}{_d(rng, 20)}").t(" от ")
    x.v(D, date_str(rng, born + dt.timedelta(days=rng.randint(3, 30)))).t("\n")
    x.t("Сведения о ребёнке: фамилия ").v(P, kid.f()).t(", имя ").v(P, kid.i()).t(", отчество ")
    x.v(P, kid.o()).t("\nдата рождения ").v(D, fmt_date(born, rng.choice(DATE_LAYOUTS))).t(
        ", место рождения "
    )
    x.v(L, f"г. {town(fake)}").t("\nОтец: ").v(P, dad.shape("F I O")).t(", мать: ").v(
        P, mom.shape("F I O")
    ).t("\n")
    x.t("Выдано свидетельство о рождении ").v(MRN, birth_cert(rng)).t("\n")
    x.t("Основание: медицинское свидетельство о рождении ").v(MRN, med_id(rng, "msr")).t(" от ")
    x.v(D, date_str(rng, born)).t(".")
    return x.done()


def maternity_sick_leave(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    start = rdate(rng, 2016, 2026)
    x = Doc().t("ЭЛН по беременности и родам № ").v(MRN, med_id(rng, "bl")).t("\n")
    x.t("Получатель: ").v(P, mom.shape(rng.choice(("F I O", "F io")))).t(", СНИЛС ").v(SN, snils(rng)).t("\n")
    x.t("Период: с ").v(D, fmt_date(start, "dd.mm.yyyy")).t(" по ")
    x.v(D, fmt_date(start + dt.timedelta(days=139), "dd.mm.yyyy")).t(" (140 к.д.)\n")
    x.t("Работодатель: ООО «Северный ветер», ИНН 7728168971, КПП 772801001, ОГРН 1027739201090\n")
    x.t("Лицензия ЛО-77-01-019237. Постановка на учёт до 12 нед. — да.\n")
    x.t("Врач ").v(P, person(fake, rng).shape("F io")).t(", председатель ВК ").v(
        P, person(fake, rng).shape("F io")
    )
    return x.done()


def first_patronage(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    dad = person(fake, rng, female=False, last=mom.last)
    kid = person(fake, rng, kid=True, last=mom.last, father=dad.first)
    born = rdate(rng, 2014, 2026)
    nurse = person(fake, rng, female=True)
    x = (
        Doc()
        .t("Первичный патронаж новорождённого ")
        .v(D, date_str(rng, born + dt.timedelta(days=rng.randint(4, 9))))
    )
    x.t("\nАдрес: ").v(L, address(fake, rng)).t("\nРебёнок: ").v(
        P, kid.shape(rng.choice(("F I", "F I O", "I")))
    ).t(", ")
    x.t("д.р. ").v(D, fmt_date(born, rng.choice(("dd.mm.yy", "dd.mm.yyyy")))).t(". Мать — ")
    x.v(P, mom.shape(rng.choice(("I O", "F I O", "I")))).t(", отец — ").v(
        P, dad.shape(rng.choice(("I O", "I", "F I")))
    )
    x.t(".\nВскармливание грудное, по требованию. Пупочная ранка сухая. Вес 3600 г.\n")
    x.t("Контакт: ").v(PH, phone(rng)).t(" (мама), ").v(PH, phone(rng)).t(" (папа)\n")
    x.t("Патронажная м/с ").v(P, nurse.shape(rng.choice(("F io", "F", "F I O"))))
    return x.done()


def vaccine_refusal(rng: random.Random, fake: Any) -> Planted:
    par = person(fake, rng)
    kid = person(fake, rng, kid=True, last=par.last)
    x = Doc().t("ОТКАЗ от профилактических прививок\nЯ, ").v(P, par.shape("F I O")).t(", паспорт ")
    x.v(PAS, passport(rng)).t(", являясь законным представителем ребёнка ")
    x.v(P, kid.shape(rng.choice(("F I O", "F I")), "gent")).t(", ")
    x.v(D, fmt_date(rdate(rng, 2010, 2026), rng.choice(("dd.mm.yyyy", "dd/mm/yyyy", "d.m.yyyy"))))
    x.t(" г.р., проживающего по адресу: ").v(L, address(fake, rng))
    x.t(", отказываюсь от вакцинации против кори, краснухи, паротита (V1).\nПоследствия разъяснены врачом ")
    x.v(P, person(fake, rng).shape("F io", "ablt")).t(".\nДата: ").v(D, date_str(rng)).t("   Подпись ______")
    return x.done()


def mother_email(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    kid = person(fake, rng, kid=True, last=mom.last)
    addr = email(fake, rng, mom)
    x = Doc().t("От: ").v(EM, addr).t("\nТема: справка для бассейна\n\nЗдравствуйте! Это мама ")
    x.v(P, kid.shape(rng.choice(("F I", "I F", "I")), "gent")).t(", карта № ").v(MRN, med_id(rng, "amb"))
    x.t(". Нам нужна справка в бассейн к ").v(
        D, fmt_date(rdate(rng), rng.choice(("d MG", "dd.mm", "d MG yyyy г.")))
    )
    x.t(". Анализ на энтеробиоз сдали ").v(D, date_str(rng)).t(".\nФото прививочного сертификата: ")
    x.v(
        "URL",
        f"https://disk.yandex.ru/i/{''.join(rng.choice('aBcDeFgHkMnPqRsTuVwXyZ0123456789') for _ in range(13))}",
    )
    x.t("\nС уважением, ").v(P, mom.shape(rng.choice(("I", "I F", "I O"))))
    x.t("\nтел. ").v(PH, phone(rng))
    return x.done()


BLOCKS = [
    ("b29_exchange_card", exchange_card),
    ("b29_birth_history_title", birth_history_title),
    ("b29_newborn_record", newborn_record),
    ("b29_med_birth_certificate", med_birth_certificate),
    ("b29_postpartum_discharge", postpartum_discharge),
    ("b29_screening_referral", screening_referral),
    ("b29_foreign_parturient", foreign_parturient),
    ("b29_zags_record", zags_record),
    ("b29_maternity_sick_leave", maternity_sick_leave),
    ("b29_first_patronage", first_patronage),
    ("b29_vaccine_refusal", vaccine_refusal),
    ("b29_mother_email", mother_email),
]
