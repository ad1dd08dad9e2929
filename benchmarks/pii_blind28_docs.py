"""Document blocks of the blind28 split: certificates, sanatorium papers, occupational exams, МСЭ/ВК."""

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


def _dob(rng: random.Random) -> str:
    return g.fdate(rng, g.birth(rng), rng.choice(("dot", "dot", "words_g", "dot2")))


def sanatorium_card(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().t("САНАТОРНО-КУРОРТНАЯ КАРТА\nУчётная форма № 072/у\n")
    d.t(rng.choice(("№ ", "N ", "Номер: "))).v(MRN, str(rng.randrange(1, 9999))).t(" Дата выдачи: ").v(
        D, g.date_any(rng)
    ).t("\n")
    d.t("1. Фамилия, имя, отчество: ").v(P, p.full()).t("\n2. Пол: ").t("муж." if p.male else "жен.")
    d.t("  3. Дата рождения: ").v(D, _dob(rng)).t("\n4. Адрес регистрации по месту жительства: ").v(
        L, g.address(rng, fake)
    )
    d.t("\n5. СНИЛС: ").v(SN, g.snils(rng)).t("\n6. Номер полиса ОМС: ").v(OMS, g.oms(rng))
    d.t("\n7. № медицинской карты амбулаторного больного: ").v(MRN, g.mrn(rng))
    d.t(f"\n8. Диагноз (код по МКБ-10): основной {g.icd(rng)}, сопутствующий {g.icd(rng)}")
    d.t("\n9. Рекомендуемое лечение: бальнеотерапия, ЛФК; курорт: местный санаторий, 21 день")
    d.t("\nЛечащий врач ").v(P, doc.ini()).t("   Заведующий отделением ").v(
        P, Person(rng, fake).ini(before=True)
    )
    return d.done()


def voucher_stub(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    a, b = g.rdate(rng), None
    b = a.fromordinal(a.toordinal() + rng.choice((14, 18, 21)))
    st = rng.choice(("dot", "words", "iso"))
    d = Doc().t("ОБРАТНЫЙ ТАЛОН санаторно-курортной карты № ").v(MRN, g.mrn(rng, "plain"))
    d.t("\nк путёвке № ").v(MRN, f"{rng.choice(('СФР', 'ФСС', ''))}{g._d(rng, 6)}".strip())
    d.t("\nФамилия, имя, отчество ").v(P, p.full()).t("\nпровёл(а) лечение с ").v(D, g.fdate(rng, a, st)).t(
        " по "
    )
    d.v(D, g.fdate(rng, b, st)).t(" в санатории «Волжский утёс» (лицензия ").t(g.licence(rng)).t(")")
    d.t("\nПроведено: нарзанные ванны №10, массаж №8; АД при выписке 130/80 мм рт. ст.")
    d.t("\nВрач санатория ").v(P, Person(rng, fake).ini(before=rng.random() < 0.5))
    return d.done()


def rehab_epicrisis(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    a = g.rdate(rng)
    b = a.fromordinal(a.toordinal() + 14)
    d = (
        Doc()
        .t("Выписной эпикриз (медицинская реабилитация, II этап)\nИ/б № ")
        .v(MRN, g.mrn(rng, "slash", a.year))
    )
    d.t("\nПациент: ").v(P, p.sur().upper() + " " + p.fir().upper() + " " + p.pat().upper()).t(", ").v(
        D, _dob(rng)
    ).t(" г.р.")
    d.t("\nНаходился на лечении в отделении мед. реабилитации с ").v(D, g.fdate(rng, a, "dot")).t(" по ")
    d.v(D, g.fdate(rng, b, "dot")).t(
        f".\nДиагноз: {g.icd(rng)}. Шкала реабилитационной маршрутизации: 4 → 3 балла."
    )
    d.t("\nРекомендовано: продолжить ЛФК в поликлинике по месту жительства (").v(
        L, g.address(rng, fake, "city")
    ).t(").")
    d.t("\nВрач ФРМ ").v(P, Person(rng, fake).ini()).t(", каб. 214, приём с 08:00")
    return d.done()


def periodic_exam(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t("ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ ПЕРИОДИЧЕСКОГО МЕДИЦИНСКОГО ОСМОТРА (ОБСЛЕДОВАНИЯ)\n")
    d.t("№ ").v(MRN, f"ПМО-{rng.randrange(2019, 2027)}/{rng.randrange(1, 9999)}").t(" от ").v(
        D, g.date_any(rng)
    ).t("\n")
    d.t("Ф.И.О.: ").v(P, p.full()).t("\nДата рождения: ").v(D, _dob(rng)).t("  Пол: ").t(
        "М" if p.male else "Ж"
    )
    d.t(f"\nНаименование работодателя: ООО «Стройресурс», ИНН {g.org_inn(rng)}, ОГРН {g.ogrn(rng)}")
    d.t("\nСтруктурное подразделение: цех № 3; профессия: электрогазосварщик")
    d.t("\nВредные и (или) опасные производственные факторы: п. 4.1, 4.2.5, 18.1 приложения к приказу 29н")
    d.t("\nРезультат: медицинские противопоказания к работе НЕ ВЫЯВЛЕНЫ. Группа здоровья: II.")
    d.t("\nПредседатель врачебной комиссии ").v(P, Person(rng, fake).ini(before=True)).t(" М.П.")
    return d.done()


def employer_referral(rng: random.Random, fake: Any) -> Planted:
    p, hr = Person(rng, fake), Person(rng, fake)
    d = Doc().t("НАПРАВЛЕНИЕ НА ПРЕДВАРИТЕЛЬНЫЙ МЕДИЦИНСКИЙ ОСМОТР\n")
    d.t(f"Работодатель: АО «Теплосеть» (ИНН {g.org_inn(rng)}, КПП {g.kpp(rng)}), ОКВЭД 35.30\n")
    d.t("Направляется: ").v(P, p.full()).t("\nдата рождения: ").v(D, _dob(rng))
    d.t("\nПредполагаемая должность: слесарь-ремонтник; график 2/2 с 08:00 до 20:00\n")
    d.t("Номер медицинской книжки: ").v(MRN, g._d(rng, 8)).t("\n")
    d.t("Специалист по кадрам ").v(P, hr.ini(before=True)).t(", тел. ").v(PH, g.phone(rng, "ext"))
    d.t("\nДата выдачи направления: ").v(D, g.fdate(rng, g.rdate(rng), "words_g"))
    return d.done()


def driver_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t(
        "Медицинское заключение о наличии (об отсутствии) у водителей транспортных средств "
        "медицинских противопоказаний\n(форма 003-В/у)\n"
    )
    d.t("Серия ").v(MRN, f"{rng.randrange(10, 99)} {rng.choice(('АА', 'АБ', 'МТ'))}").t(" № ").v(
        MRN, g._d(rng, 6)
    )
    d.t("\nДата выдачи ").v(D, g.fdate(rng, g.rdate(rng), "quote"))
    d.t("\n1. Фамилия, имя, отчество ").v(P, p.full()).t("\n2. Дата рождения ").v(D, _dob(rng))
    d.t("\n3. Место регистрации: ").v(L, g.address(rng, fake))
    d.t("\n4. Категории и подкатегории ТС: B, B1, C. Медицинские ограничения: очки (код 01).")
    d.t("\nЗаключение действительно до ").v(D, g.fdate(rng, g.rdate(rng, 2029, 2036), "dot"))
    return d.done()


def weapon_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().t(
        "Медицинское заключение об отсутствии медицинских противопоказаний к владению оружием (002-О/у)\n"
    )
    d.t("№ ").v(MRN, f"{rng.randrange(1, 9999)}-О").t("\nВыдано: ").v(
        P, p.full(rng.choice(("datv", "nomn")))
    ).t("\n")
    d.t("Дата рождения: ").v(D, _dob(rng)).t("; паспорт ").v(PS, g.passport(rng)).t("\nАдрес: ").v(
        L, g.address(rng, fake)
    )
    d.t("\nХимико-токсикологическое исследование: справка 454/у-06 № ").v(MRN, g._d(rng, 6))
    d.t(", проба мочи № ").v(MRN, f"{rng.randrange(1, 9999)}-{rng.randrange(19, 27)}").t(
        " — наркотические средства не обнаружены."
    )
    d.t("\nПсихиатр ").v(P, Person(rng, fake).ini()).t("; нарколог ").v(P, Person(rng, fake).ini())
    return d.done()


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    s, n = g.passport_parts(rng)
    d = Doc().t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ МЕДИЦИНСКОЙ ОРГАНИЗАЦИЕЙ (088/у)\n")
    d.t("Дата выдачи: ").v(D, g.date_any(rng)).t("   Протокол ВК № ").v(MRN, str(rng.randrange(1, 999))).t(
        "\n"
    )
    d.t("8. Фамилия ").v(P, p.sur()).t("\n   Имя ").v(P, p.fir()).t("\n   Отчество (при наличии) ").v(
        P, p.pat()
    )
    d.t("\n9. Дата рождения: ").v(D, g.fdate(rng, g.birth(rng), "dot")).t("\n10. Пол: ").t(
        "мужской" if p.male else "женский"
    )
    d.t("\n12. Документ, удостоверяющий личность: паспорт гражданина РФ, серия ").v(PS, s).t(" номер ").v(
        PS, n
    )
    d.t("\n13. Адрес места жительства: ").v(L, g.address(rng, fake)).t("\n15. СНИЛС: ").v(SN, g.snils(rng))
    d.t("\n16. Полис ОМС: ").v(OMS, g.oms(rng)).t("\n17. Гражданин находится на лечении в стационаре: нет")
    d.t(f"\n30. Диагноз основной: {g.icd(rng)}; степень нарушения функций 60 %.")
    return d.done()


def mse_certificate(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    y = rng.randrange(2019, 2026)
    d = (
        Doc()
        .t("СПРАВКА\nСерия МСЭ-")
        .t(f"{y} № ")
        .v(MRN, g._d(rng, 7))
        .t("\nВыдана гражданину(ке) ")
        .v(P, p.full("datv"))
    )
    d.t("\nДата рождения ").v(D, g.fdate(rng, g.birth(rng), rng.choice(("dot", "words_g"))))
    d.t("\nАдрес: ").v(L, g.address(rng, fake)).t("\nв том, что ему (ей) установлена инвалидность ")
    d.t(rng.choice(("первой", "второй", "третьей"))).t(" группы\nпричина инвалидности: общее заболевание")
    d.t("\nДата установления инвалидности ").v(D, g.fdate(rng, g.rdate(rng, y, y), "dot"))
    d.t("\nДата очередного освидетельствования ").v(
        D, g.fdate(rng, g.rdate(rng, y + 1, y + 1), rng.choice(("dot", "daymonth")))
    )
    d.t("\nРуководитель бюро ").v(P, Person(rng, fake).ini(before=True)).t("   М.П.")
    return d.done()


def vk_table(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .t("Выписка из журнала врачебной комиссии (ф. 035/у-02) за ")
        .v(D, g.fdate(rng, g.rdate(rng), "dot"))
        .t("\n")
    )
    d.t("| № | ФИО пациента | Д.р. | № ЭЛН | Решение |\n|---|---|---|---|---|\n")
    for i in range(rng.randrange(2, 4)):
        p = Person(rng, fake)
        d.t(f"| {i + 1} | ").v(P, p.ini(space=False) if rng.random() < 0.5 else p.full()).t(" | ")
        d.v(D, g.fdate(rng, g.birth(rng), "dot")).t(" | ").v(MRN, "9" + g._d(rng, 11)).t(" | ")
        d.t(rng.choice(("продлить на 10 дней", "направить на МСЭ", "закрыть, к труду"))).t(" |\n")
    d.t("Председатель ВК ").v(P, Person(rng, fake).ini(before=True)).t("; секретарь ").v(
        P, Person(rng, fake).ini()
    )
    return d.done()


def ipra_extract(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("ИПРА инвалида № ")
        .v(
            MRN,
            f"{rng.randrange(100, 9999)}.{rng.randrange(1, 30)}.{rng.randrange(10, 99)}/{rng.randrange(2019, 2027)}",
        )
    )
    d.t(" к протоколу проведения МСЭ № ").v(
        MRN,
        f"{rng.randrange(100, 9999)}.{rng.randrange(1, 30)}.{rng.randrange(10, 99)}/{rng.randrange(2019, 2027)}",
    )
    d.t("\nФИО: ").v(P, p.full()).t("\nДата рождения (день, месяц, год): ").v(
        D, g.fdate(rng, g.birth(rng), "dot")
    )
    d.t("\nАдрес места жительства (при отсутствии — пребывания): ").v(
        L, g.address(rng, fake, rng.choice(("rural", "snt", "city_idx")))
    )
    d.t("\nКонтактная информация (тел., e-mail): ").v(PH, g.phone(rng)).t(", ").v(EM, g.email(rng, fake))
    d.t("\nСНИЛС ").v(SN, g.snils(rng)).t(
        "\nТехнические средства реабилитации: кресло-коляска (06-01-01), трость."
    )
    return d.done()


def med_book(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("ЛИЧНАЯ МЕДИЦИНСКАЯ КНИЖКА\n№ ")
        .v(MRN, g._d(rng, 8))
        .t("\nФамилия ")
        .v(P, p.sur())
        .t("\nИмя ")
        .v(P, p.fir())
    )
    d.t("\nОтчество ").v(P, p.pat()).t("\nДата рождения ").v(D, g.fdate(rng, g.birth(rng), "dot"))
    d.t("\nДолжность: повар; организация: столовая школы № 12")
    d.t("\nРезультаты аттестации по гигиенической подготовке: зачёт, ").v(D, g.date_any(rng))
    d.t("\nФлюорография ").v(D, g.fdate(rng, g.rdate(rng), rng.choice(("dot", "mm.yyyy")))).t(
        " — норма; кал на я/г от "
    )
    d.v(D, g.fdate(rng, g.rdate(rng), "dot2")).t(" отр.")
    return d.done()


def foreign_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .t("Медицинское освидетельствование иностранного гражданина (патент)\nФИО (лат.): ")
        .v(P, p.latin())
    )
    d.t("\nФИО (кир.): ").v(P, p.full()).t("\nDate of birth / Дата рождения: ").v(
        D, g.fdate(rng, g.birth(rng), rng.choice(("dot", "slash", "iso")))
    )
    d.t("\nМесто пребывания: ").v(L, g.address(rng, fake, "city")).t("\nТел.: ").v(
        PH, g.phone(rng, "foreign")
    ).t(" / ").v(PH, g.phone(rng, "m1"))
    d.t("\nСертификат об отсутствии ВИЧ № ").v(MRN, f"{rng.randrange(1, 99999):05d}").t(
        "; туберкулёз — не выявлен (R-графия ОГК)."
    )
    return d.done()


DOC_BLOCKS = [
    ("b28_sanatorium_card", sanatorium_card),
    ("b28_voucher_stub", voucher_stub),
    ("b28_rehab_epicrisis", rehab_epicrisis),
    ("b28_periodic_exam", periodic_exam),
    ("b28_employer_referral", employer_referral),
    ("b28_driver_cert", driver_cert),
    ("b28_weapon_cert", weapon_cert),
    ("b28_mse_referral", mse_referral),
    ("b28_mse_certificate", mse_certificate),
    ("b28_vk_table", vk_table),
    ("b28_ipra_extract", ipra_extract),
    ("b28_med_book", med_book),
    ("b28_foreign_cert", foreign_cert),
]
