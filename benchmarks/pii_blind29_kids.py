"""Children's and school documents of the blind29 split: 112/у, 063/у, 156/у-93, 026/у, camp and
kindergarten certificates, guardianship and adoption examinations, child-care sick leave, call cards."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.pii_blind29_gen import (
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    URL,
    D,
    Doc,
    L,
    P,
    date_str,
    fmt_date,
    noisy_date,
    person,
    rdate,
    translit,
)
from benchmarks.pii_blind29_vals import (
    _d,
    address,
    birth_cert,
    inn,
    med_id,
    oms,
    passport_parts,
    phone,
    snils,
)
from benchmarks.pii_families import Planted

INN = "RU_INN"
VACCINES = (
    ("БЦЖ-М", "0,025 мг"),
    ("ВГВ V1", "0,5 мл"),
    ("АКДС V1", "0,5 мл"),
    ("ИПВ V1", "0,5 мл"),
    ("Превенар 13", "0,5 мл"),
    ("ККП V1", "0,5 мл"),
    ("АДС-М R2", "0,5 мл"),
    ("Гриппол плюс", "0,25 мл"),
)


def _age_date(rng: random.Random) -> dt.date:
    return rdate(rng, 2008, 2024)


def card_112(rng: random.Random, fake: Any) -> Planted:
    mom, dad = person(fake, rng, female=True), person(fake, rng, female=False)
    kid = person(fake, rng, kid=True, last=dad.last, father=dad.first)
    born = _age_date(rng)
    x = Doc().t("ИСТОРИЯ РАЗВИТИЯ РЕБЁНКА ф. № 112/у   № ").v(MRN, med_id(rng, "amb")).t("\n")
    x.t("Фамилия, имя, отчество ребёнка\n").v(P, kid.shape(rng.choice(("FU I O", "F I O")))).t("\n")
    x.t("Дата рождения: ").v(D, date_str(rng, born)).t("   Пол: ").t("ж" if kid.female else "м").t("\n")
    x.t("Домашний адрес: ").v(L, address(fake, rng)).t("\n")
    x.t("Мать: ").v(P, mom.shape(rng.choice(("F I O", "F io")))).t(", место работы — МБОУ СОШ № 5, тел. ")
    x.v(PH, phone(rng)).t("\nОтец: ").v(P, dad.shape(rng.choice(("F I O", "F io", "I O F")))).t(", тел. ")
    x.v(PH, phone(rng)).t("\nПолис ОМС ").v(OMS, oms(rng)).t("; СНИЛС ").v(SN, snils(rng)).t("\n")
    x.t("Взят на учёт ").v(D, date_str(rng, born + dt.timedelta(days=rng.randint(5, 40)))).t(
        ". Группа здоровья II, "
    )
    x.t("группа крови 0(I) Rh+. Аллергия на амоксициллин.\nУчастковый педиатр ")
    x.v(P, person(fake, rng, female=True).shape(rng.choice(("F io", "F I O")))).t(", участок № 14.")
    return x.done()


def cert_156(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = _age_date(rng)
    x = Doc().t("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\n")
    x.t("Фамилия, имя, отчество: ").v(P, kid.shape("F I O")).t("\nГод рождения: ").v(
        D, fmt_date(born, "dd.mm.yyyy")
    )
    x.t("\nАдрес: ").v(L, address(fake, rng)).t(
        "\n\n| Прививка | Дата | Доза | Серия | Подпись |\n|---|---|---|---|---|\n"
    )
    d = born
    for name, dose in rng.sample(VACCINES, rng.randint(3, 5)):
        d = d + dt.timedelta(days=rng.randint(20, 200))
        x.t(f"| {name} | ").v(D, fmt_date(d, rng.choice(("dd.mm.yyyy", "dd.mm.yy"))))
        x.t(f" | {dose} | {rng.choice('АБВКМ')}{_d(rng, 3)}-{_d(rng, 2)} | ")
        x.v(P, person(fake, rng, female=True).shape(rng.choice(("F", "F io")))).t(" |\n")
    x.t("Реакция на прививки: нет. Медотводов нет.")
    return x.done()


def card_063(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = _age_date(rng)
    x = (
        Doc()
        .t("Карта профилактических прививок ф. 063/у\nФ.И.О. ")
        .v(P, kid.shape(rng.choice(("F I", "F I O"))))
    )
    x.t("   д/р ").v(D, fmt_date(born, "dd.mm.yyyy")).t("   уч. 7\n")
    x.t("Вид\tДата\tСерия\tРеакция\n")
    d = born
    for name, _dose in rng.sample(VACCINES, rng.randint(3, 5)):
        d = d + dt.timedelta(days=rng.randint(30, 300))
        val = noisy_date(rng, d) if rng.random() < 0.3 else fmt_date(d, "dd.mm.yy")
        x.t(f"{name}\t").v(D, val).t(f"\t{_d(rng, 4)}\tнорм\n")
    x.t("Манту: ").v(D, fmt_date(d, "MN yyyy")).t(" — 7 мм, ").v(
        D, fmt_date(d + dt.timedelta(days=365), "mm.yyyy")
    )
    x.t(" — 4 мм.")
    return x.done()


def school_026(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    mom = person(fake, rng, female=True, last=kid.last)
    born = _age_date(rng)
    exam = rdate(rng, 2018, 2026)
    x = Doc().t("МЕДИЦИНСКАЯ КАРТА РЕБЁНКА для образовательных учреждений (ф. 026/у-2000)\n")
    x.t("Школа № 112, 3 «Б» класс, кабинет 214\n1. Фамилия ").v(P, kid.f()).t("  Имя ").v(P, kid.i())
    x.t("  Отчество ").v(P, kid.o()).t("\n2. Дата рождения ").v(
        D, fmt_date(born, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")))
    )
    x.t("\n3. Адрес ").v(L, address(fake, rng)).t("\n4. Мать ").v(
        P, mom.shape(rng.choice(("F I O", "I O", "F io")))
    )
    x.t(", тел. ").v(PH, phone(rng)).t("\n5. Полис ").v(OMS, oms(rng)).t("\n")
    x.t("Осмотр перед поступлением в школу ").v(D, fmt_date(exam, "dd.mm.yyyy")).t(": педиатр ")
    x.v(P, person(fake, rng).shape("F io")).t(", окулист ").v(P, person(fake, rng).shape("F io"))
    x.t(". Острота зрения 1,0/1,0. Физкультурная группа: основная.\n")
    x.t("Мед. работник школы ").v(P, person(fake, rng, female=True).shape(rng.choice(("F I O", "io F"))))
    return x.done()


def camp_certificate(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    issue = rdate(rng, 2015, 2026)
    x = Doc().t("Медицинская справка на школьника, отъезжающего в оздоровительный лагерь (ф. 079/у)\n")
    x.t("Ф.И.О. ").v(P, kid.shape(rng.choice(("F I O", "F I")))).t("\nДата рождения ")
    x.v(D, date_str(rng, _age_date(rng))).t("\nАдрес ").v(L, address(fake, rng)).t("\n")
    x.t("Школа № 31, класс 5 «А». Перенесённые заболевания: ветряная оспа (").v(D, fmt_date(issue, "MN yyyy"))
    x.t("), ОРВИ.\nПрививки: АДС-М R2 ").v(D, date_str(rng, issue - dt.timedelta(days=rng.randint(100, 900))))
    x.t("\nЭпидокружение: контакта с инфекционными больными за 21 день не было (справка от ")
    x.v(D, fmt_date(issue, "dd.mm")).t(").\nЛагерь «Орлёнок», смена 2. Группа здоровья I.\n")
    x.t("Дата выдачи ").v(D, fmt_date(issue, "dd.mm.yyyy")).t("   Врач ").v(
        P, person(fake, rng).shape("F io")
    )
    return x.done()


def kindergarten_note(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = rdate(rng, 2010, 2022)
    start = rdate(rng, 2023, 2026)
    end = start + dt.timedelta(days=rng.randint(5, 14))
    x = Doc().t("СПРАВКА\nДана ").v(P, kid.shape(rng.choice(("F I", "F I O", "I F")), "datv")).t(", ")
    x.v(D, fmt_date(born, rng.choice(("dd.mm.yyyy", "d MG yyyy")))).t(" года рождения, в том, что ").t(
        "она" if kid.female else "он"
    )
    x.t(" болел(а) ОРВИ с ").v(D, fmt_date(start, rng.choice(("dd.mm", "dd.mm.yyyy")))).t(" по ")
    x.v(D, fmt_date(end, "dd.mm.yyyy")).t(". Может посещать ДОУ № 48 с ").v(
        D, fmt_date(end + dt.timedelta(days=1), "dd.mm.yyyy")
    )
    x.t(".\nКонтакта с инфекционными больными не было.\nПедиатр ").v(
        P, person(fake, rng).shape(rng.choice(("F io", "io F")))
    )
    return x.done()


def guardianship_exam(rng: random.Random, fake: Any) -> Planted:
    who = person(fake, rng)
    series, number = passport_parts(rng)
    x = Doc().t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ по результатам освидетельствования гражданина, желающего усыновить ")
    x.t("(удочерить), взять под опеку (попечительство) ребёнка (ф. 164/у)\n№ ").v(
        MRN, f"{rng.randint(1, 999)}/{rng.randint(2015, 2026)}"
    )
    x.t(" от ").v(D, date_str(rng)).t("\nФ.И.О. ").v(P, who.shape("F I O")).t("\nДата рождения ")
    x.v(D, date_str(rng, rdate(rng, 1960, 2000))).t("\nПаспорт: серия ").v(
        PAS, series[:2] + " " + series[2:]
    ).t(" № ")
    x.v(PAS, number).t("\nАдрес места жительства: ").v(L, address(fake, rng)).t("\nСНИЛС: ").v(
        SN, snils(rng)
    ).t("  ИНН: ").v(INN, inn(rng)).t("\n")
    x.t("Заболеваний, препятствующих усыновлению (Постановление Правительства РФ № 117), не выявлено.\n")
    x.t("Председатель врачебной комиссии ").v(P, person(fake, rng).shape("F io"))
    return x.done()


def adoption_child_report(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    born = _age_date(rng)
    x = Doc().t("Заключение о состоянии здоровья, физическом и умственном развитии ребёнка, оставшегося ")
    x.t("без попечения родителей\nРебёнок: ").v(P, kid.shape("F I O")).t(", дата рождения ")
    x.v(D, date_str(rng, born)).t("\nСвидетельство о рождении: ").v(MRN, birth_cert(rng)).t("\n")
    x.t("Поступил в ГКУ «Дом ребёнка № 3» ").v(
        D, date_str(rng, born + dt.timedelta(days=rng.randint(30, 900)))
    )
    x.t(", личное дело № ").v(MRN, f"{rng.randint(1, 500)}-{_d(rng, 2)}").t("\n")
    x.t("Биологическая мать: ").v(
        P, person(fake, rng, female=True, last=kid.last).shape(rng.choice(("F I O", "F io")))
    )
    x.t(", лишена родительских прав решением суда от ").v(D, date_str(rng)).t(".\n")
    x.t("Диагноз: F83, Q21.1 (ДМПП 4 мм). Группа здоровья III.\nЧлены комиссии: ")
    for i in range(3):
        if i:
            x.t(", ")
        x.v(P, person(fake, rng).shape(rng.choice(("F io", "io F"))))
    return x.done()


def child_care_leave(rng: random.Random, fake: Any) -> Planted:
    par = person(fake, rng)
    kid = person(fake, rng, kid=True, last=par.last)
    start = rdate(rng, 2016, 2026)
    who = "сыном" if not kid.female else "дочерью"
    x = Doc().t("ЭЛН № ").v(MRN, med_id(rng, "bl")).t(" выдан ").t("матери " if par.female else "отцу ")
    x.v(P, par.shape(rng.choice(("F io", "F I O", "io F")), "datv")).t(" по уходу за ").t(who).t(" ")
    x.v(P, kid.shape(rng.choice(("F I", "I", "I F")), "ablt")).t(f", {rng.randint(1, 14)} лет, J06.9, с ")
    x.v(D, fmt_date(start, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))).t(" по ")
    x.v(D, fmt_date(start + dt.timedelta(days=rng.randint(4, 12)), rng.choice(("dd.mm.yyyy", "dd.mm.yy"))))
    x.t(". СНИЛС получателя ").v(SN, snils(rng)).t(". Приступить к работе ")
    x.v(D, fmt_date(start + dt.timedelta(days=13), "dd.mm.yyyy")).t(".")
    return x.done()


def school_injury_act(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    mom = person(fake, rng, female=True, last=kid.last)
    teacher = person(fake, rng, female=rng.random() < 0.7)
    day = rdate(rng, 2015, 2026)
    when = f"{fmt_date(day, 'dd.mm.yyyy')} в {rng.randint(8, 15)}:{rng.choice(('05', '20', '40'))}"
    x = Doc().t("АКТ о несчастном случае с обучающимся\n").v(D, when)
    x.t(" (3-й урок) ученик 6 «В» класса ").v(P, kid.shape(rng.choice(("F I", "F I O")))).t(" ")
    x.t("упал на перемене в спортзале (МБОУ СОШ № 9, ул. Школьная, 1 — адрес учреждения).\n")
    x.t("Первую помощь оказала медсестра ").v(P, person(fake, rng, female=True).shape("F io")).t(", ")
    x.t("учитель физкультуры ").v(P, teacher.shape(rng.choice(("F I O", "F io")))).t(" находился в зале.\n")
    x.t("Мать ребёнка ").v(P, mom.shape(rng.choice(("F I O", "I O")))).t(" извещена по телефону ").v(
        PH, phone(rng)
    )
    x.t(" в 11:15. Ребёнок доставлен в травмпункт, справка № ").v(MRN, med_id(rng, "amb")).t(".")
    return x.done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    day = rdate(rng, 2015, 2026)
    x = Doc().t("Карта вызова СМП (ф. 110/у) № ").v(MRN, f"{rng.randint(1, 999)}-{_d(rng, 4)}").t("\n")
    x.t("Приём вызова: ").v(
        D, f"{fmt_date(day, 'dd.mm.yyyy')} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
    )
    x.t("   Бригада № 12 (педиатрическая)\nАдрес вызова: ").v(L, address(fake, rng)).t(", код домофона 45К\n")
    x.t("Больной: ").v(P, kid.shape(rng.choice(("F I", "F I O")))).t(f", {rng.randint(1, 15)} лет\n")
    x.t("Вызывает: мать, ").v(
        P, person(fake, rng, female=True, last=kid.last).shape(rng.choice(("I O", "F I O", "I")))
    ).t(", тел. ")
    x.v(PH, phone(rng)).t("\nПовод: высокая температура 39,4 °С, судороги. Парацетамол 250 мг ректально.\n")
    x.t("Фельдшер ").v(P, person(fake, rng).shape("F io")).t(".")
    return x.done()


def pediatric_diary(rng: random.Random, fake: Any) -> Planted:
    kid = person(fake, rng, kid=True)
    mom = person(fake, rng, female=True, last=kid.last)
    d = rdate(rng, 2015, 2026)
    x = Doc().t("Дневник наблюдения (112/у) — ").v(P, kid.shape(rng.choice(("F I", "FU I")))).t("\n")
    x.v(D, fmt_date(d, "dd.mm.yy")).t(" Активное посещение на дому. Мама (").v(P, mom.i()).t(") сообщает: ")
    x.t("t 38,2, насморк. Зев гиперемирован. Назначено: ибупрофен 100 мг при t>38,5.\n")
    d2 = d + dt.timedelta(days=3)
    x.v(D, fmt_date(d2, rng.choice(("dd.mm", "dd.mm.yy")))).t(" Повторно. Жалоб нет, со слов ")
    x.v(P, mom.shape(rng.choice(("I O", "F I O")), "gent")).t(" спит хорошо.\n")
    x.v(D, fmt_date(d2 + dt.timedelta(days=4), "d MG")).t(" Выписан в ДОУ. Педиатр ").v(
        P, person(fake, rng).shape("F io")
    )
    return x.done()


def joint_stay(rng: random.Random, fake: Any) -> Planted:
    mom = person(fake, rng, female=True)
    kid = person(fake, rng, kid=True, last=mom.last)
    start = rdate(rng, 2015, 2026)
    x = (
        Doc()
        .t("СПРАВКА о совместном пребывании\nВыдана ")
        .v(P, mom.shape(rng.choice(("F I O", "F io")), "datv"))
    )
    x.t(" в том, что она находилась в детском соматическом отделении по уходу за ")
    x.v(P, kid.shape(rng.choice(("I", "F I")), "ablt")).t(" (и/б № ").v(MRN, med_id(rng, "ib")).t(") с ")
    x.v(D, fmt_date(start, rng.choice(("dd.mm.yyyy", "d MG yyyy г.")))).t(" по ")
    x.v(
        D, fmt_date(start + dt.timedelta(days=rng.randint(3, 14)), rng.choice(("dd.mm.yyyy", "d MG yyyy г.")))
    )
    x.t(". Палата № 6. Питание предоставлялось.\nЗав. отделением ").v(P, person(fake, rng).shape("io F"))
    return x.done()


def school_email_letter(rng: random.Random, fake: Any) -> Planted:
    nurse = person(fake, rng, female=True)
    kid = person(fake, rng, female=True, kid=True)
    x = Doc().t("Уважаемые коллеги! Направляем список детей для осмотра перед прививкой.\n")
    x.t("Ученица 2 «А» ").v(P, kid.shape(rng.choice(("F I", "I F")))).t(" — медотвод до ")
    x.v(D, date_str(rng)).t(" (справка от педиатра ").v(P, person(fake, rng).shape("F io", "gent")).t(").\n")
    x.t("--\nМедицинская сестра ").v(P, nurse.shape(rng.choice(("I O F", "F I O", "I F"))))
    x.t("\nтел.: ").v(PH, phone(rng)).t("\nпочта: ").v(
        "EMAIL_ADDRESS", f"{translit(nurse.last).lower()}.school{_d(rng, 2)}@yandex.ru"
    )
    x.t("\nстраница: ").v(
        URL, f"https://vk.com/{translit(nurse.first).lower()}_{translit(nurse.last).lower()}"
    )
    return x.done()


def tax_deduction_cert(rng: random.Random, fake: Any) -> Planted:
    par = person(fake, rng)
    kid = person(fake, rng, kid=True, last=par.last)
    x = Doc().t("Справка об оплате медицинских услуг для представления в налоговый орган\n")
    x.t("Выдана налогоплательщику ").v(P, par.shape("F I O", "datv")).t(", ИНН ").v(INN, inn(rng)).t("\n")
    x.t("Медицинская организация: ООО «Клиника Детство», ИНН 5024173259, лицензия Л041-01137-77/00368590\n")
    x.t("Пациент: ").v(P, kid.shape(rng.choice(("F I O", "F I")))).t(" (сын/дочь), ИНН пациента ").v(
        INN, inn(rng)
    )
    x.t("\nСтоимость услуг 24 500 руб., код 01. Дата выдачи ").v(D, date_str(rng)).t(".")
    return x.done()


BLOCKS = [
    ("b29_card_112", card_112),
    ("b29_cert_156", cert_156),
    ("b29_card_063", card_063),
    ("b29_school_026", school_026),
    ("b29_camp_certificate", camp_certificate),
    ("b29_kindergarten_note", kindergarten_note),
    ("b29_guardianship_exam", guardianship_exam),
    ("b29_adoption_child_report", adoption_child_report),
    ("b29_child_care_leave", child_care_leave),
    ("b29_school_injury_act", school_injury_act),
    ("b29_call_card", call_card),
    ("b29_pediatric_diary", pediatric_diary),
    ("b29_joint_stay", joint_stay),
    ("b29_school_email_letter", school_email_letter),
    ("b29_tax_deduction_cert", tax_deduction_cert),
]
