"""Document blocks of the blind23 split, part 3: police, work accidents, deaths, flights, registers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind23_gen as g
from benchmarks.pii_blind23_gen import DAT, EML, INN, LOC, MRN, OMS, PAS, PER, PHO, SNI, Doc
from benchmarks.pii_families import Planted


def dtp_witnesses(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("СПРАВКА о ДТП (из материалов ОГИБДД, приобщена к ИБ ").v(MRN, g.mrn(rng, "ib")).t(")\n")
    d.t("Дата и время ДТП: ").v(DAT, g.date(rng, "dot_t")).t(", ").t(str(rng.randint(1, 400))).t(
        " км а/д Р-256\n"
    )
    d.t("Водитель 1: ").v(PER, g.name(fake, rng, shape="full")).t(", стаж вождения 12 лет")
    d.t(", прож. ").v(LOC, g.address(fake, rng)).t("\nПострадавший пассажир: ").v(
        PER, g.name(fake, rng, shape="f_io")
    )
    d.t(", ").v(DAT, g.dob(rng)).t(" г.р.\nСвидетели: ")
    for i in range(rng.randint(1, 2)):
        d.t("; " if i else "").v(PER, g.name(fake, rng, shape=rng.choice(("fi", "f_io"))))
        d.t(" (тел. ").v(PHO, g.phone(rng)).t(")")
    d.t("\nИнспектор ДПС ст. лейтенант ").v(PER, g.name(fake, rng, shape="f_io", other=0.1))
    return d.t(", ОГИБДД ОМВД по району.").done()


def act_n1(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("АКТ № " + str(rng.randint(1, 40)) + " о несчастном случае на производстве (форма Н-1)\n")
    d.t("Работодатель: АО «Полюс Вахта», ИНН " + g.org_inn(rng) + ", КПП " + g.dg(rng, 9, True) + "\n")
    d.t("Пострадавший: ").v(PER, g.name(fake, rng, shape="full")).t(", дата рождения ")
    d.v(DAT, g.date(rng, "words", 1960, 2004)).t(",\nпрофессия: машинист бульдозера, стаж 7 лет\n")
    d.t("Время происшествия: ").v(DAT, g.date(rng, rng.choice(("dot_t", "words")))).t(
        ", участок «Северный»\n"
    )
    d.t("Мед. заключение о тяжести травмы № ").v(MRN, g.mrn(rng, "crb")).t(" (ф. 315/у) выдано ЦРБ.\n")
    d.t("СНИЛС пострадавшего ").v(SNI, g.snils(rng)).t(", ИНН ").v(INN, g.inn12(rng))
    d.t("\nКомиссия: ").v(PER, g.name(fake, rng, shape="f_io", other=0.1)).t(" (председатель), ")
    d.v(PER, g.name(fake, rng, shape="io_f", other=0.1)).t("\nОзнакомлен: ").v(
        PER, g.name(fake, rng, shape="f")
    )
    return d.t(" ______").done()


def death_cert(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия ").v(MRN, f"{g.dg(rng, 2, True)} {g.dg(rng, 3)}")
    d.t(" № ").v(MRN, g.dg(rng, 6, True)).t(" (окончательное)\nДата выдачи ").v(DAT, g.date(rng, "dot"))
    d.t("\n1. Фамилия, имя, отчество умершего ").v(PER, g.name(fake, rng, shape="full"))
    d.t("\n2. Дата рождения: число ").v(
        DAT, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1930, 1990)}"
    )
    d.t("\n3. Дата смерти: ").v(DAT, g.date(rng, "dot_t")).t("\n4. Место жительства: ").v(
        LOC, g.address(fake, rng, "rural")
    )
    d.t("\n5. Место смерти: на дороге, 12 км от ЦРБ\n6. Причина: V43.5 — водитель легкового автомобиля.\n")
    d.t("Получил: ").v(PER, g.name(fake, rng, shape="full")).t(", паспорт ").v(PAS, g.passport(rng))
    return d.t(", родственник умершего.").done()


def flight_log(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Журнал санитарной авиации (ТЦМК), борт RA-").t(g.dg(rng, 5, True)).t(", ")
    d.v(DAT, g.date(rng, "words")).t("\nВылет 07:10, посадка ЦРБ 08:25, обратно 09:40\n")
    for _ in range(rng.randint(2, 3)):
        d.t("— ").v(PER, g.name(fake, rng, shape=rng.choice(("f_io", "fi", "f_i")), other=0.4)).t(", ")
        d.t(str(rng.randint(1, 85)) + " лет, из ").t(rng.choice(("с. ", "д. ", "пос. "))).v(LOC, g.town(fake))
        d.t(", ИБ ").v(MRN, g.mrn(rng, "ib")).t(rng.choice((", ИВЛ", ", сопор", ", роды 34 нед.", "")) + "\n")
    d.t("Врач бригады ").v(PER, g.name(fake, rng, shape="f_io", other=0.1)).t(", тел. ")
    return d.v(PHO, g.phone(rng, "mob")).done()


def bite_register(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("ФАП. Журнал обращений по поводу укусов животных (антирабическая помощь)\n")
    d.t("№ | ФИО | д.р. | адрес | дата укуса | КОКАВ\n")
    for i in range(rng.randint(2, 3)):
        d.t(f"{i + 1} | ").v(PER, g.name(fake, rng, shape=rng.choice(("full", "f_io")))).t(" | ")
        d.v(DAT, g.date(rng, "short", 1940, 2015)).t(" | ").v(LOC, g.address(fake, rng, "short")).t(" | ")
        d.v(DAT, g.date(rng, rng.choice(("daymonth", "dot")))).t(" | 0, 3, 7, 14, 30 сут\n")
    d.t("Сообщено в Роспотребнадзор ").v(DAT, g.date(rng, "dot")).t(", приняла ")
    return d.v(PER, g.name(fake, rng, shape="f", other=0.1)).done()


def contact_line(rng: random.Random, fake: Any) -> Planted:
    d = Doc().t("Контакты родственников ").v(PER, g.name(fake, rng, "gent", "f_io")).t(": ")
    d.v(PER, g.name(fake, rng, shape="dim")).t(" (внук/внучка) ").v(PHO, g.phone(rng, "mob3")).t(", ")
    d.v(PHO, g.phone(rng, "mob2")).t("; жена — ").v(PHO, g.phone(rng)).t("; раб. ").v(
        PHO, g.phone(rng, "city_ext")
    )
    d.t("\nРодственник за рубежом ").v(PER, g.name(fake, rng, shape="if", other=1.0)).t(": ").v(
        PHO, g.phone(rng, "foreign")
    )
    d.t("\nПочта родных: ").v(EML, g.email(fake, rng)).t(
        "\nПолис сопровождающего не требуется; полис пациента "
    )
    return d.v(OMS, g.oms(rng)).t(".").done()


DOCS3_BLOCKS = [
    ("dtp_witnesses", dtp_witnesses),
    ("act_n1", act_n1),
    ("death_cert", death_cert),
    ("flight_log", flight_log),
    ("bite_register", bite_register),
    ("contact_line", contact_line),
]
