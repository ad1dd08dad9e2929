"""Paper forms of the blind10 split: title pages, referrals, prescriptions, certificates, as typed
into the MIS or recognised from a scan."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import Doc, Name, birth, d, dnz, fmt_addr, fmt_date, fmt_phone, hm, ymd
from benchmarks.pii_blind10_ids import (
    fmt_inn,
    fmt_oms,
    fmt_passport,
    fmt_snils,
    org_inn,
    passport_parts,
    snils_digits,
)
from benchmarks.pii_blind10_single import mrn_value
from benchmarks.pii_families import Planted

DATE = "DATE_TIME"
PER = "PERSON"
LOC = "LOCATION"
PH = "PHONE_NUMBER"
MRN = "MEDICAL_RECORD_NUMBER"
HOSP = (
    "ГБУЗ ЯО «Областная клиническая больница»",
    "ОГБУЗ «Шарьинская ЦРБ им. Каверина»",
    "БУ «Городская клиническая больница № 1» Минздрава Чувашии",
    "ГАУЗ «Поликлиника № 4»",
    "ФГБУ «НМИЦ ТО им. Приорова»",
    "КГБУЗ «Краевая детская больница»",
)
ICD = ("I11.9", "J18.0", "K29.5", "E11.65", "S72.00", "M54.5", "N20.0", "I63.5", "C50.4", "O80.0")


def _d(rng: random.Random, layout: str, lo: int = 2019, hi: int = 2026) -> str:
    y, m, dd = ymd(rng, lo, hi)
    return fmt_date(rng, y, m, dd, layout)


def _b(rng: random.Random, layout: str) -> str:
    y, m, dd = birth(rng)
    return fmt_date(rng, y, m, dd, layout)


def discharge(rng: random.Random, fake: Any) -> Planted:
    n, doc, head = Name(fake, rng), Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng, 2022, 2026)
    x = Doc().t(
        f"{rng.choice(HOSP)}\nТерапевтическое отделение № {rng.randint(1, 4)}, палата {rng.randint(1, 30)}\n"
    )
    x.t("ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ").v(MRN, mrn_value(rng, "ib")).t(
        "\n"
    )
    x.t("Ф.И.О.: ").v(PER, n.shape("FIO")).t(", дата рождения ").v(DATE, _b(rng, "dmy")).t(" (")
    x.t(f"{rng.randint(18, 90)} лет)\nАдрес: ").v(LOC, fmt_addr(rng, fake, rng.choice(("city", "idx_first"))))
    x.t("\nНаходился на лечении с ").v(DATE, fmt_date(rng, y, m, dd, "dmy")).t(" по ")
    x.v(DATE, fmt_date(rng, y, m, min(dd + rng.randint(3, 12), 28), "dmy")).t(
        f" (койко-дней: {rng.randint(3, 12)})\n"
    )
    x.t(f"Диагноз основной: {rng.choice(ICD)}. Сопутствующий: {rng.choice(ICD)}.\n")
    x.t("Рекомендовано: бисопролол 2,5 мг утром, аторвастатин 20 мг в 21:00; контроль ОАК через 10 дней.\n")
    x.t("Лечащий врач ").v(PER, doc.shape("Fio")).t(" ______   Зав. отделением ").v(PER, head.shape("ioF"))
    return x.done()


def title_025(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    s, num = passport_parts(rng)
    x = Doc().t(
        "Медицинская документация. Форма № 025/у\nМЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, ПОЛУЧАЮЩЕГО ПОМОЩЬ В АМБУЛАТОРНЫХ УСЛОВИЯХ № "
    )
    x.v(MRN, mrn_value(rng, "amb")).t("\n1. Дата заполнения медицинской карты: ").v(
        DATE, _d(rng, "words_full")
    ).t("\n")
    x.t("2. Фамилия, имя, отчество: ").v(PER, n.F()).t(" ").v(PER, n.I()).t(" ").v(PER, n.O()).t("\n")
    x.t(f"3. Пол: {'жен. — 2' if n.female else 'муж. — 1'}\n4. Дата рождения: ").v(DATE, _b(rng, "dmy_sp")).t(
        "\n"
    )
    x.t("5. Место регистрации: ").v(LOC, fmt_addr(rng, fake, rng.choice(("idx_last", "rural", "city"))))
    x.t("\nтелефон ").v(PH, fmt_phone(rng, rng.choice(("eight_dash", "plus", "city"))))
    x.t("\n6. Местность: городская — 1, сельская — 2\n7. Полис ОМС: серия ____ № ").v(
        "RU_OMS_POLICY", fmt_oms(rng, "solid")
    )
    x.t("\n8. СНИЛС ").v("RU_SNILS", fmt_snils(rng, "std")).t(
        "\n9. Наименование страховой медицинской организации "
    )
    x.t("АО «СОГАЗ-Мед», код 76002\n10. Документ: паспорт серия ").v("RU_PASSPORT", s).t(" номер ").v(
        "RU_PASSPORT", num
    )
    x.t(f"\n11. Место работы: ООО «Агрокомплекс», ИНН организации {org_inn(rng)}, должность — водитель")
    return x.done()


def referral_057(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    x = Doc().t(
        f"Код формы по ОКУД ______ Медицинская документация Учётная форма № 057/у-04\n{rng.choice(HOSP)}\n"
    )
    x.t(f"ОГРН {dnz(rng, 13)}   ИНН {org_inn(rng)}   КПП {dnz(rng, 9)}\n")
    x.t("НАПРАВЛЕНИЕ на госпитализацию, обследование, консультацию № ").v(MRN, mrn_value(rng, "napr")).t("\n")
    x.t("1. Номер страхового полиса ОМС ").v(
        "RU_OMS_POLICY", fmt_oms(rng, rng.choice(("sp4", "solid", "old")))
    )
    x.t("\n2. Код льготы 081\n3. Фамилия, имя, отчество: ").v(PER, n.shape(rng.choice(("FIO", "FIO_UP"))))
    x.t("\n4. Дата рождения ").v(DATE, _b(rng, rng.choice(("dmy", "dmy_short"))))
    x.t("\n5. Адрес постоянного места жительства ").v(
        LOC, fmt_addr(rng, fake, rng.choice(("city", "nodots", "mkr")))
    )
    x.t(f"\n6. Место работы, должность: пенсионер\n7. Код диагноза по МКБ {rng.choice(ICD)}\n")
    x.t(
        "8. Обоснование направления: ФВ ЛЖ 38%, NT-proBNP 1450 пг/мл.\nДолжность медицинского работника: врач-терапевт участковый\n"
    )
    x.t("ФИО ").v(PER, doc.shape("Fi o")).t("  подпись ______  М.П.\nДата ").v(DATE, _d(rng, "dmy"))
    return x.done()


def recipe(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    x = Doc().t(
        "Министерство здравоохранения Российской Федерации\nКод формы по ОКУД 3108805  Форма № 148-1/у-04 (л)\n"
    )
    x.t("РЕЦЕПТ  Серия и № ").v(MRN, mrn_value(rng, "recipe")).t("   Дата выписки ").v(
        DATE, _d(rng, "dmy_gg")
    ).t("\n")
    x.t("ФИО пациента ").v(PER, n.shape("FIO")).t("\nДата рождения ").v(DATE, _b(rng, "dmy")).t("\nСНИЛС ")
    x.v("RU_SNILS", fmt_snils(rng, rng.choice(("solid", "std", "spaces")))).t("\nN полиса ОМС ")
    x.v("RU_OMS_POLICY", fmt_oms(rng, rng.choice(("solid", "sp4")))).t("\nN медицинской карты ")
    x.v(MRN, mrn_value(rng, "amb")).t("\nФИО лечащего врача ").v(PER, doc.shape("Fio"))
    x.t("\nRp.: Tab. Insulini glargini 100 ЕД/мл — 3 мл № 5\nD.S. по 18 ЕД п/к в 22:00\n")
    x.t("Рецепт действителен в течение 30 дней. Источник финансирования: федеральный бюджет, 100%")
    return x.done()


def eln(rng: random.Random, fake: Any) -> Planted:
    n, doc, chair = Name(fake, rng), Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng, 2021, 2026)
    x = Doc().t("Электронный листок нетрудоспособности\nНомер ЭЛН: ").v(MRN, mrn_value(rng, "eln"))
    x.t("   ☐ дубликат\nПервичный. Продолжение ЭЛН № ").v(MRN, dnz(rng, 12)).t("\n")
    x.t("Фамилия ").v(PER, n.F().upper()).t("  Имя ").v(PER, n.I().upper()).t("  Отчество ").v(
        PER, n.O().upper()
    )
    x.t("\nДата рождения ").v(DATE, _b(rng, "dmy")).t(f"  Пол {'Ж' if n.female else 'М'}\nСНИЛС ")
    x.v("RU_SNILS", fmt_snils(rng, "std")).t("  ИНН (при наличии) ").v("RU_INN", fmt_inn(rng, "solid"))
    x.t("\nПричина нетрудоспособности: 01\nОсвобождение от работы:\n")
    x.t("с ").v(DATE, fmt_date(rng, y, m, dd, "dmy")).t(" по ").v(
        DATE, fmt_date(rng, y, m, min(dd + 5, 28), "dmy")
    )
    x.t("  врач ").v(PER, doc.shape("Fio")).t("\nс ").v(DATE, fmt_date(rng, y, m, min(dd + 6, 28), "dmy")).t(
        " по "
    )
    x.v(DATE, fmt_date(rng, y, m, 28, "dmy")).t("  председатель ВК ").v(PER, chair.shape("Fi o"))
    x.t("\nОтметка: продлевать в ").v(DATE, f"{m:02d}/{y}").t(" не допускается без ВК.")
    return x.done()


def smp_card(rng: random.Random, fake: Any) -> Planted:
    n, fel = Name(fake, rng), Name(fake, rng)
    caller = Name(fake, rng, not n.female)
    y, m, dd = ymd(rng)
    x = Doc().t("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ").v(MRN, mrn_value(rng, "smp"))
    x.t(f"   Подстанция {rng.randint(1, 9)}, бригада {rng.randint(100, 180)}\n")
    x.t("Дата: ").v(DATE, fmt_date(rng, y, m, dd, "dmy")).t(
        f"\nПриём вызова {hm(rng)}  Передача {hm(rng)}  Выезд {hm(rng)}"
    )
    x.t(f"  Прибытие {hm(rng)}\nАдрес вызова: ").v(
        LOC, fmt_addr(rng, fake, rng.choice(("city", "reversed", "rural", "snt")))
    )
    x.t(", подъезд 2, код двери 45К\nФамилия, имя, отчество больного: ").v(PER, n.shape("FIO"))
    x.t(f", возраст {rng.randint(1, 95)}\nКто вызвал: {'жена' if not n.female else 'муж'} — ").v(
        PER, caller.shape(rng.choice(("IO", "F")))
    )
    x.t(", тел. ").v(PH, fmt_phone(rng, rng.choice(("eight_solid", "plus_solid", "rural"))))
    x.t("\nПовод к вызову: 13Д — боль в груди. ЭКГ: синусовый ритм 96 в мин, ST не смещён.\n")
    x.t("Фельдшер ").v(PER, fel.shape(rng.choice(("Fio", "F")))).t(
        f"  Результат: доставлен в стационар в {hm(rng)}"
    )
    return x.done()


def death_cert(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng)
    x = Doc().t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nСерия ").v(MRN, mrn_value(rng, "cert")).t("\n")
    x.t("Дата выдачи ").v(DATE, fmt_date(rng, y, m, dd, "words_full"))
    x.t("\n1. Фамилия, имя, отчество умершего ").v(PER, n.shape("FIO")).t("\n2. Пол: ")
    by, bm, bd = birth(rng)
    x.t(f"{'женский' if n.female else 'мужской'}\n3. Дата рождения: число ").v(
        DATE, f"{bd:02d} месяц {bm:02d} год {by}"
    )
    x.t("\n4. Дата смерти: ").v(DATE, fmt_date(rng, y, m, dd, "dmy_g_t"))
    x.t("\n5. Место постоянного жительства: ").v(
        LOC, fmt_addr(rng, fake, rng.choice(("idx_last", "rural", "pos")))
    )
    x.t("\n10. Причины смерти: а) I21.0 — острый трансмуральный инфаркт передней стенки.\n")
    x.t("Врач (фельдшер), выдавший свидетельство ").v(PER, doc.shape("FIO"))
    return x.done()


def boxes(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    sn = snils_digits(rng)
    o = fmt_oms(rng, "solid")
    by, bm, bd = birth(rng)
    x = Doc().t("Заявление о выборе медицинской организации (распознано со скана)\n")
    x.t("Фамилия |").v(PER, "|".join(n.F().upper())).t("|\nИмя |").v(PER, "|".join(n.I().upper())).t("|\n")
    x.t("Дата рождения |").v(
        DATE, "|".join(f"{bd:02d}") + "|.|" + "|".join(f"{bm:02d}") + "|.|" + "|".join(str(by))
    )
    x.t("|\nСНИЛС |").v(
        "RU_SNILS",
        "|".join(sn[:3]) + "|-|" + "|".join(sn[3:6]) + "|-|" + "|".join(sn[6:9]) + "| |" + "|".join(sn[9:]),
    ).t("|\n")
    x.t("Полис ОМС [").v("RU_OMS_POLICY", "][".join(o)).t("]\n")
    x.t("Контактный телефон: ").v(PH, fmt_phone(rng, rng.choice(("paren", "eight_dash"))))
    x.t(f"\nКод подразделения: {d(rng, 3)}-{d(rng, 3)}   Дата подачи: ").v(DATE, _d(rng, "dmy"))
    return x.done()


def misspelt(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    x = Doc().t("Данные пациента (ввод регистратора):\n")
    x.t("Фамиля Имя Отчесво:\n").v(PER, n.shape(rng.choice(("FIO", "Fio")))).t("\n")
    x.t("Дата рожд-я\n").v(DATE, _b(rng, rng.choice(("dmy", "dmy_short", "comma", "ocr")))).t("\n")
    x.t(rng.choice(("СНИСЛ", "Снилс:", "СНИЛ", "страх. св-во"))).t("\n").v(
        "RU_SNILS", fmt_snils(rng, rng.choice(("std", "solid", "dash")))
    )
    x.t("\n").t(rng.choice(("Плис ОМС", "пол. омс", "ЕНП", "Полюс"))).t("\n").v(
        "RU_OMS_POLICY", fmt_oms(rng, rng.choice(("solid", "sp4")))
    )
    x.t("\n").t(rng.choice(("Пасспорт", "Паспорт РФ сер.", "пасп.", "Док-т"))).t("\n").v(
        "RU_PASSPORT", fmt_passport(rng, rng.choice(("sp", "no", "sp4")))
    )
    x.t("\n").t(rng.choice(("Инн", "ИНН физ.лица", "И Н Н"))).t("\n").v(
        "RU_INN", fmt_inn(rng, rng.choice(("solid", "sp")))
    )
    x.t("\nАдресс\n").v(LOC, fmt_addr(rng, fake, rng.choice(("nodots", "city_bare", "mkr_num"))))
    x.t("\nтел\n").v(PH, fmt_phone(rng, rng.choice(("eight_solid", "dots", "seven_solid"))))
    x.t("\nкарта №\n").v(MRN, mrn_value(rng, rng.choice(("amb", "mis", "emk"))))
    return x.done()


def mse_088(rng: random.Random, fake: Any) -> Planted:
    n, rep, chair = Name(fake, rng), Name(fake, rng), Name(fake, rng)
    x = Doc().t("Форма № 088/у. НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ\n")
    x.t("Протокол врачебной комиссии № ").v(MRN, f"{rng.randint(1, 999)}").t(" от ").v(
        DATE, _d(rng, "dmy")
    ).t("\n")
    x.t("8. Фамилия, имя, отчество (при наличии) гражданина: ").v(PER, n.shape("FIO")).t("\n")
    x.t("9. Дата рождения (день, месяц, год): ").v(DATE, _b(rng, "dmy")).t("; возраст (число полных лет): ")
    x.t(f"{rng.randint(18, 80)}\n11. Адрес места жительства: ").v(
        LOC, fmt_addr(rng, fake, rng.choice(("idx_first", "rural_full", "upper")))
    )
    x.t("\n13. Телефон: ").v(PH, fmt_phone(rng, "plus")).t(", адрес электронной почты: ").v(
        "EMAIL_ADDRESS", fake.free_email()
    )
    x.t("\n14. СНИЛС: ").v("RU_SNILS", fmt_snils(rng, "std")).t(
        "\n15. Документ, удостоверяющий личность: паспорт, серия "
    )
    s, num = passport_parts(rng)
    x.v("RU_PASSPORT", s).t(", номер ").v("RU_PASSPORT", num).t(
        ", кем выдан: ГУ МВД России по области, код 760-002\n"
    )
    x.t("16. Законный представитель: ").v(PER, rep.shape("FIO")).t(" (опекун)\n")
    x.t("24. Группа инвалидности: третья, причина: общее заболевание, срок: до ").v(
        DATE, _d(rng, "words", 2025, 2027)
    )
    x.t("\nПредседатель врачебной комиссии ").v(PER, chair.shape("Fi o")).t(" (подпись)")
    return x.done()


def op_protocol(rng: random.Random, fake: Any) -> Planted:
    n, s1, a1, an, ns = (Name(fake, rng) for _ in range(5))
    y, m, dd = ymd(rng)
    x = (
        Doc()
        .t("ПРОТОКОЛ ОПЕРАЦИИ № ")
        .v(MRN, f"{rng.randint(1, 2999)}/{y % 100}")
        .t(" к и/б № ")
        .v(MRN, mrn_value(rng, "ib_letter"))
    )
    x.t("\nПациент: ").v(PER, n.shape(rng.choice(("Fio", "FIO")))).t(f", {rng.randint(18, 90)} л.\n")
    x.t("Начало: ").v(DATE, fmt_date(rng, y, m, dd, "dmy_t")).t("  Окончание: ").v(
        DATE, fmt_date(rng, y, m, dd, "dmy_t")
    )
    x.t("\nОперация: лапароскопическая холецистэктомия (A16.14.009.002). Операционная № 3.\n")
    x.t("Хирург: ").v(PER, s1.shape("Fio")).t("; ассистент: ").v(PER, a1.shape("F")).t("; анестезиолог: ")
    x.v(PER, an.shape("ioF")).t("; опер. м/с: ").v(PER, ns.shape(rng.choice(("IO", "F", "Fi"))))
    x.t("\nКровопотеря 50 мл. Дренаж по Редону. Препарат — в ПАО, направление № ").v(
        MRN, mrn_value(rng, "lab")
    )
    return x.done()


def dental(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    x = Doc().t("Медицинская карта стоматологического больного (ф. 043/у) № ").v(MRN, mrn_value(rng, "dent"))
    x.t("\nФ.И.О. ").v(PER, n.shape("FIO")).t("  Пол: ").t("ж" if n.female else "м").t("  Возраст ")
    x.t(f"{rng.randint(6, 80)}\nАдрес ").v(LOC, fmt_addr(rng, fake, rng.choice(("city", "mkr", "obshch"))))
    x.t("\nЗубная формула: 18 17 16(К) 15 14 13 12 11 | 21 22 23 24 25(П) 26 27 28\n")
    x.t("Диагноз: К02.1 кариес дентина 3.6; 4.6 — пломба. Анестезия: Sol. Ubistesini 1,7 мл.\n")
    x.t("Дата посещения ").v(DATE, _d(rng, rng.choice(("dmy", "dmy_short")))).t(". Явка ")
    x.v(DATE, _d(rng, "dm_num")).t(f" к {rng.randint(8, 18)}:00.\nВрач-стоматолог ").v(
        PER, doc.shape("F_UP io")
    )
    return x.done()


FORM_BLOCKS = (
    ("b10_discharge", discharge),
    ("b10_title_025", title_025),
    ("b10_referral_057", referral_057),
    ("b10_recipe", recipe),
    ("b10_eln", eln),
    ("b10_smp_card", smp_card),
    ("b10_death_cert", death_cert),
    ("b10_boxes", boxes),
    ("b10_misspelt_nextline", misspelt),
    ("b10_mse_088", mse_088),
    ("b10_op_protocol", op_protocol),
    ("b10_dental", dental),
)
