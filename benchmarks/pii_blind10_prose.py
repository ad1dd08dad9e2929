"""Free-text and mixed documents of the blind10 split: letters, messages, journals, handovers,
anamnesis, scans with OCR noise."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import (
    Doc,
    Name,
    birth,
    d,
    dnz,
    fmt_addr,
    fmt_date,
    fmt_phone,
    hm,
    translit,
    ymd,
)
from benchmarks.pii_blind10_ids import email, fmt_inn, fmt_oms, fmt_passport, fmt_snils
from benchmarks.pii_blind10_single import _url, mrn_value
from benchmarks.pii_families import MONTHS_GENT, Planted

DATE = "DATE_TIME"
PER = "PERSON"
LOC = "LOCATION"
PH = "PHONE_NUMBER"
MRN = "MEDICAL_RECORD_NUMBER"
EM = "EMAIL_ADDRESS"


def complaint(rng: random.Random, fake: Any) -> Planted:
    n, chief, doc = Name(fake, rng), Name(fake, rng), Name(fake, rng)
    fem = n.female
    x = (
        Doc()
        .t("Главному врачу ГБУЗ «ЦРБ» ")
        .v(PER, chief.shape(rng.choice(("Fio", "ioF")), "datv"))
        .t("\nот ")
    )
    x.v(PER, n.shape("FIO", "gent")).t(",\nпроживающ" + ("ей" if fem else "его") + " по адресу: ")
    x.v(LOC, fmt_addr(rng, fake, rng.choice(("city", "rural", "reversed", "mkr_num")))).t("\nтел. ")
    x.v(PH, fmt_phone(rng, rng.choice(("eight_solid", "plus", "eight_dash")))).t(", ").v(
        PH, fmt_phone(rng, "city")
    )
    x.t("\n\nЖАЛОБА\n\nЯ, ").v(PER, n.shape("FIO")).t(", ").v(
        DATE, fmt_date(rng, *ymd(rng, 2025, 2026), "words")
    )
    x.t((" пришла" if fem else " пришёл") + " на приём к терапевту ").v(
        PER, doc.shape(rng.choice(("Fio", "F")), "datv")
    )
    x.t(" к 9:30 по талону, но приняли меня только в 12:10. Врач ").v(PER, doc.shape("F"))
    x.t(" не посмотрел" + ("а" if doc.female else "") + " мою карту № ").v(MRN, mrn_value(rng, "amb"))
    x.t(
        " и отказал"
        + ("а" if doc.female else "")
        + " в направлении к кардиологу. Прошу разобраться и ответить мне на почту "
    )
    x.v(EM, email(fake, rng, n)).t(". Видео из очереди выложено: ").v("URL", _url(rng, fake, "nomn")).t(
        ".\n\n"
    ).v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), "dmy")).t("    подпись ")
    x.v(PER, f"{n.I()[0]}.{n.F()}")
    return x.done()


def sms(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    _y, m, dd = ymd(rng, 2025, 2026)
    x = Doc().t("Исходящие SMS (шлюз МИС):\n→ ").v(PH, fmt_phone(rng, "seven_solid")).t(": ")
    x.v(PER, n.shape("IO")).t(", Вы записаны к врачу-офтальмологу на ").v(
        DATE, f"{dd:02d}.{m:02d} в {hm(rng)}"
    )
    x.t(", каб. 312. Отменить: ответьте 0.\n→ ").v(PH, fmt_phone(rng, "plus_solid")).t(": Результат анализа ")
    x.t("готов. Код доступа в ЛК: ").t(d(rng, 4)).t(". Заявка ").v(MRN, mrn_value(rng, "lab")).t("\n← ")
    kid = rng.choice(("Лена", "Оля", "Таня", "Наташа", "Света") if n.female else ("Саша", "Женя", "Валя"))
    x.v(PH, fmt_phone(rng, "plus_solid")).t(": это ").v(PER, kid).t(" ")
    x.v(PER, n.F()).t(", мама заболела, приём ").v(DATE, f"{dd} {MONTHS_GENT[m - 1]}").t(
        " не сможем, перезапишите пжлст"
    )
    return x.done()


def phone_journal(rng: random.Random, fake: Any) -> Planted:
    x = Doc().t("ЖУРНАЛ ТЕЛЕФОНОГРАММ (приёмное отделение)\n")
    for _ in range(rng.randint(2, 3)):
        y, m, dd = ymd(rng, 2025, 2026)
        caller, pat, took = Name(fake, rng), Name(fake, rng), Name(fake, rng)
        x.v(DATE, fmt_date(rng, y, m, dd, rng.choice(("dmy_t", "t_dmy", "dmy_g_t")))).t(" Звонил").t(
            "а" if caller.female else ""
        )
        x.t(" ").v(PER, caller.shape(rng.choice(("FIO", "IO", "Fio")))).t(", тел. ")
        x.v(PH, fmt_phone(rng, rng.choice(("eight_solid", "plus", "by", "kz")))).t(" / ").v(
            PH, fmt_phone(rng, rng.choice(("rural", "city_ext")))
        )
        x.t(", интересовал").t("ась" if caller.female else "ся").t(" состоянием ").v(
            PER, pat.shape(rng.choice(("Fio", "FIO")), "gent")
        )
        x.t(f" (пал. {rng.randint(1, 40)}). Принял").t("а" if took.female else "").t(" ").v(
            PER, took.shape("F")
        ).t(".\n")
    x.t("Справки о состоянии больных по телефону даются с 14:00 до 16:00.")
    return x.done()


def police(rng: random.Random, fake: Any) -> Planted:
    n, doc, off = Name(fake, rng), Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng)
    x = Doc().t(
        f"ТЕЛЕФОНОГРАММА № {rng.randint(1, 999)} в ОМВД по району\n"
    )  # police journal number: not the patient's
    x.t(f"{rng.choice(('Сообщаем', 'Доводим до сведения'))}, что ").v(DATE, fmt_date(rng, y, m, dd, "dmy_t"))
    x.t(" в приёмное отделение обратил").t("ась" if n.female else "ся").t(" ").v(PER, n.shape("FIO"))
    x.t(", ").v(DATE, fmt_date(rng, *birth(rng), "dmy")).t(" г.р., проживающ").t(
        "ая" if n.female else "ий"
    ).t(" ")
    x.v(LOC, fmt_addr(rng, fake, rng.choice(("city_bare", "rural_short", "pos", "obshch"))))
    x.t(", с диагнозом: S06.0 Сотрясение головного мозга, ушибленная рана волосистой части головы. ")
    x.t("Со слов — конфликт с ").v(PER, off.shape(rng.choice(("F", "IF")), "ablt"))
    x.t(", во дворе дома. Передал").t("а" if doc.female else "").t(" дежурный врач ").v(PER, doc.shape("Fio"))
    x.t(", принял — дежурный ОМВД.")
    return x.done()


def consent_child(rng: random.Random, fake: Any) -> Planted:
    mom = Name(fake, rng, female=True)
    kid = Name(fake, rng)
    kid.f = mom.f[:-1] if not kid.female and mom.f.endswith("а") else mom.f
    x = Doc().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\nЯ, ")
    x.v(PER, mom.shape("FIO")).t(", ").v(DATE, fmt_date(rng, *ymd(rng, 1975, 2004), "dmy")).t(
        " г. рождения, паспорт "
    )
    x.v("RU_PASSPORT", fmt_passport(rng, rng.choice(("sp", "no", "seria")))).t(
        ", зарегистрированная по адресу "
    )
    x.v(LOC, fmt_addr(rng, fake, rng.choice(("idx_first", "city", "rural_full")))).t(
        ", являясь законным представителем "
    )
    x.t("сына" if not kid.female else "дочери").t(" ").v(PER, kid.shape(rng.choice(("FIO", "IF")), "gent")).t(
        ", "
    )
    x.v(DATE, fmt_date(rng, *ymd(rng, 2010, 2024), rng.choice(("dmy", "words")))).t(" г.р., даю согласие на ")
    x.t("проведение аденотомии под общей анестезией.\nМедицинский работник ").v(
        PER, Name(fake, rng).shape("Fio")
    )
    x.t("\nПодпись законного представителя ______ /").v(PER, f"{mom.F()} {mom.ini()}").t("/   ")
    x.v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), "dmy_gg"))
    return x.done()


def child_112(rng: random.Random, fake: Any) -> Planted:
    mom, dad = Name(fake, rng, female=True), Name(fake, rng, female=False)
    kid = Name(fake, rng)
    x = Doc().t("История развития ребёнка (ф. 112/у) № ").v(MRN, mrn_value(rng, rng.choice(("amb", "mis"))))
    x.t("\nРебёнок: ").v(PER, kid.shape("FIO")).t(", дата рождения ").v(
        DATE, fmt_date(rng, *ymd(rng, 2018, 2025), "dmy")
    )
    x.t(", вес при рождении 3450 г, рост 52 см, Апгар 8/9\nМать: ").v(PER, mom.shape("FIO")).t(", ")
    x.t(f"{rng.randint(19, 42)} лет, тел. ").v(PH, fmt_phone(rng, rng.choice(("plus", "eight_dash", "dots"))))
    x.t("\nОтец: ").v(PER, dad.shape(rng.choice(("FIO", "IO")))).t(", тел. ").v(
        PH, fmt_phone(rng, rng.choice(("plus_sp", "uz", "eight_solid")))
    )
    x.t("\nАдрес: ").v(LOC, fmt_addr(rng, fake, rng.choice(("mkr", "city", "rural", "snt"))))
    x.t("\nПолис ОМС ребёнка: ").v("RU_OMS_POLICY", fmt_oms(rng, rng.choice(("sp4", "dash4", "solid"))))
    x.t("\nСНИЛС ребёнка: ").v("RU_SNILS", fmt_snils(rng, rng.choice(("std", "spaces"))))
    x.t("\nПатронаж: ").v(DATE, fmt_date(rng, *ymd(rng, 2024, 2026), "dm_words")).t(", ")
    x.v(DATE, fmt_date(rng, *ymd(rng, 2024, 2026), "dm_words")).t(" — м/с ").v(
        PER, Name(fake, rng, True).shape("F")
    )
    x.t(". БЦЖ-М серия 548, контроль через 3 мес.")
    return x.done()


def foreign(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    lat_f, lat_i = translit(n.F()).upper(), translit(n.I()).upper()
    x = Doc().t("Иностранный гражданин (Республика Таджикистан). Полис ДМС мигранта оформлен")
    x.t(" (страховая «Ингосстрах», ИНН страховщика 7705042179).\nФИО по паспорту: ").v(
        PER, f"{lat_f} {lat_i}"
    ).t("; в МИС: ")
    x.v(PER, f"{n.F()} {n.I()}").t("\nДата рождения: ").v(
        DATE, fmt_date(rng, *birth(rng), rng.choice(("dmy", "eng", "us")))
    )
    x.t("\nМесто пребывания (по уведомлению): ").v(
        LOC, fmt_addr(rng, fake, rng.choice(("obshch", "city", "mkr_num")))
    )
    x.t("\nТел.: ").v(PH, fmt_phone(rng, rng.choice(("tj", "uz")))).t(", в РФ: ").v(
        PH, fmt_phone(rng, "eight_solid")
    )
    x.t("\nРаботодатель: ООО «СтройИнвест», контакт прораба ").v(PER, Name(fake, rng, False).shape("IO"))
    x.t(", ").v(PH, fmt_phone(rng, "plus")).t("\nПереводчик: ").v(PER, Name(fake, rng).shape("IF"))
    x.t(". Медосвидетельствование для патента, ф. 001-ГС/у, флюорография — норма.")
    return x.done()


def _hyphenate(s: str) -> str:
    k = len(s) // 2
    return s[:k] + "-\n" + s[k:] if len(s) > 6 else s


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    x = (
        Doc()
        .t("~~ скан стр. 1/2, качество низкое ~~\nВ ы п и с к а  из  и/б  N")
        .v(MRN, mrn_value(rng, "ib").replace("/", " /"))
    )
    x.t("\nБольн").t("ая" if n.female else "ой").t(" ").v(PER, _hyphenate(n.F())).t(" ").v(PER, n.ini())
    x.t(" , ").v(DATE, fmt_date(rng, *birth(rng), "ocr")).t(" г . р .\nнаходил").t(
        "ась" if n.female else "ся"
    )
    x.t(" в отд. с ").v(DATE, fmt_date(rng, *ymd(rng), rng.choice(("ocr", "dmy_sp")))).t(" по ")
    x.v(DATE, fmt_date(rng, *ymd(rng), rng.choice(("ocr", "comma", "typo"))))
    x.t("\nАдр.: ").v(LOC, fmt_addr(rng, fake, rng.choice(("nodots", "city_bare", "upper"))))
    x.t("\nСНИЛС ").v("RU_SNILS", fmt_snils(rng, rng.choice(("dots", "spaces", "std")))).t(
        " ; Д-з: I2O.8 (?)\n"
    )
    x.t("Вр. ").v(PER, doc.shape("Fi o")).t("  ~~ печать неразборчива ~~")
    return x.done()


def handover(rng: random.Random, fake: Any) -> Planted:
    x = (
        Doc()
        .t("Передача смены, пост № 2, ")
        .v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), rng.choice(("dmy", "dm_num", "dm_words"))))
    )
    x.t(", 20:00.\n")
    for _ in range(rng.randint(3, 4)):
        n = Name(fake, rng)
        c = rng.choice(("nomn", "gent", "datv"))
        lead = {"nomn": "", "gent": "У ", "datv": "Пациенту "}[c]
        x.t(f"{lead}пал. {rng.randint(1, 20)} — ").v(PER, n.shape(rng.choice(("F", "Fio", "IO")), c))
        x.t(
            rng.choice(
                (
                    ": в 22:00 инсулин 8 ЕД, сахар 11,2.",
                    ": t 38,4 в 18:30, дан парацетамол 1 г.",
                    ": АД 170/100, каптоприл 25 мг под язык.",
                    ": катетер Фолея, диурез 1200 мл.",
                )
            )
            + "\n"
        )
    x.t("Смену сдала ").v(PER, Name(fake, rng, True).shape(rng.choice(("F", "Fi")))).t(", приняла ")
    x.v(PER, Name(fake, rng, True).shape(rng.choice(("F", "IO"))))
    return x.done()


def vaccination(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    x = (
        Doc()
        .t("СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ (ф. 156/у-93)\nФамилия, имя, отчество: ")
        .v(PER, n.shape("FIO"))
    )
    x.t("\nГод рождения: ").v(DATE, fmt_date(rng, *birth(rng), rng.choice(("dmy", "dmy_short"))))
    x.t("\nАдрес: ").v(LOC, fmt_addr(rng, fake, rng.choice(("city", "rural_full", "pos"))))
    x.t("\n| Дата | Препарат | Доза | Серия | Мед. работник |\n")
    for _ in range(rng.randint(2, 4)):
        x.t("| ").v(
            DATE, fmt_date(rng, *ymd(rng, 2000, 2026), rng.choice(("dmy", "dmy_short", "dmy_dash", "roman")))
        )
        x.t(f" | {rng.choice(('АДС-М', 'Гам-КОВИД-Вак', 'Совигрипп', 'Регевак В'))} | 0,5 мл | ")
        x.t(f"{rng.choice(('И', 'К', 'Н'))}-{d(rng, 3)}{rng.choice(('', '-0721'))} | ").v(
            PER, Name(fake, rng, True).shape("F")
        ).t(" |\n")
    x.t("Медотвод: нет. Следующая ревакцинация АДС-М — через 10 лет.")
    return x.done()


def anamnesis(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    bro, wife = Name(fake, rng, False), Name(fake, rng, not n.female)
    x = Doc().t("Анамнез жизни. Место рождения: ")
    x.v(LOC, rng.choice((f"д. {fake.city_name()}", f"с. {fake.city_name()}", fake.city_name())))
    x.t(". В 1986 году окончил").t("а" if n.female else "").t(" техникум. С 2001 по 2019 год работал").t(
        "а" if n.female else ""
    )
    x.t(" на заводе (контакт с бензолом). Проживает с ").v(PER, wife.shape("IO", "ablt")).t(
        " в частном доме по "
    )
    x.v(LOC, f"ул. {fake.street_title()}, {rng.randint(1, 90)}").t(". Брат, ").v(PER, bro.shape("IO"))
    x.t(", умер в 2015 г. от инфаркта. Сестра ").v(PER, Name(fake, rng, True).I()).t(" — СД 2 типа. ")
    x.t(f"Курит с {rng.randint(14, 20)} лет по 1 пачке, ИК 40 пачка-лет. Инвалидность III гр. с ")
    x.v(DATE, fmt_date(rng, *ymd(rng, 2015, 2025), rng.choice(("my_gent", "my_num")))).t(", бессрочно. ")
    x.t("Аллергоанамнез: на пенициллин — крапивница (").v(
        DATE, fmt_date(rng, *ymd(rng, 2010, 2024), "my_loct")
    ).t(").")
    return x.done()


def email_thread(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng, 2024, 2026)
    x = Doc().t("From: ").v(PER, f"{n.I()} {n.F()}").t(" <").v(EM, email(fake, rng, n)).t(">\nTo: ")
    x.t(f"Приёмное отделение ЦРБ\nDate: {('Mon', 'Tue', 'Wed', 'Thu', 'Fri')[dd % 5]}, ").v(
        DATE,
        f"{dd} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y} {hm(rng)}:{rng.randint(10, 59)} +0300",
    )
    x.t("\nSubject: Re: выписка ").v(MRN, mrn_value(rng, "ib")).t("\n\nДобрый день, ").v(
        PER, doc.shape("IO")
    ).t("!\n")
    x.t("Прикладываю скан выписки отца, ").v(PER, Name(fake, rng, False).shape("FIO", "gent")).t(
        ". Мой новый номер "
    )
    x.v(PH, fmt_phone(rng, rng.choice(("plus_sp", "eight_dash")))).t(", старый ").v(
        PH, fmt_phone(rng, "eight_solid")
    )
    x.t(" больше не работает. КТ-диск залила сюда: ").v("URL", _url(rng, fake, "nomn"))
    x.t("\n--\nС уважением, ").v(PER, f"{n.I()[0]}. {n.F()}")
    x.t("\nОтправлено с iPhone")
    return x.done()


def benefit(rng: random.Random, fake: Any) -> Planted:
    n = Name(fake, rng)
    x = Doc().t("Заявка на льготное лекарственное обеспечение (региональная льгота, код 225)\n")
    x.t("Получатель: ").v(PER, n.shape("Fi o")).t(" | СНИЛС: ").v(
        "RU_SNILS", fmt_snils(rng, rng.choice(("std", "solid", "dash")))
    )
    x.t(" | ИНН: ").v("RU_INN", fmt_inn(rng, rng.choice(("solid", "sp3", "dash")))).t("\nЕНП: ")
    x.v("RU_OMS_POLICY", fmt_oms(rng, rng.choice(("solid", "sp4")))).t(" | Рецепт № ").v(
        MRN, mrn_value(rng, "recipe")
    )
    x.t("\nМНН: Апиксабан 5 мг, № 60, 2 т/сут (08:00 и 20:00). Аптека № 17, ул. Ленина, 40 (адрес аптеки).\n")
    x.t("Доставка на дом: ").v(LOC, fmt_addr(rng, fake, rng.choice(("city", "rural", "snt", "idx_last"))))
    x.t(", тел. получателя ").v(PH, fmt_phone(rng, rng.choice(("plus", "eight_solid")))).t("\nДата заявки ")
    x.v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), rng.choice(("dmy", "iso"))))
    return x.done()


def home_visits(rng: random.Random, fake: Any) -> Planted:
    x = (
        Doc()
        .t("Вызовы на дом, участок № 14, ")
        .v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), rng.choice(("dmy", "words"))))
    )
    x.t("\n")
    for i in range(rng.randint(3, 4)):
        n = Name(fake, rng)
        x.t(f"{i + 1}) ").v(PER, n.shape(rng.choice(("Fio", "F", "FIO")))).t(", ")
        x.t(f"{rng.randint(1, 98)} л. — ").v(
            LOC, fmt_addr(rng, fake, rng.choice(("city_bare", "nodots", "rural_short", "mkr_num")))
        )
        x.t(" — ").v(PH, fmt_phone(rng, rng.choice(("eight_solid", "rural", "plus", "city"))))
        x.t(f" — {rng.choice(('ОРВИ, t 38', 'давление', 'выписка из стац.', 'паллиатив, обезбол.'))}\n")
    x.t("Врач ").v(PER, Name(fake, rng).shape("Fio")).t(". Актив от СМП — передать до 14:00.")
    return x.done()


def histology(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng)
    x = Doc().t(
        "НАПРАВЛЕНИЕ на прижизненное патолого-анатомическое исследование биопсийного (операционного) материала (ф. 014/у)\n"
    )
    x.t("1. Отделение: хирургическое № 2\n2. ФИО пациента: ").v(PER, n.shape(rng.choice(("FIO", "Fio"))))
    x.t("\n3. Пол: ").t("ж" if n.female else "м").t("\n4. Дата рождения: ").v(
        DATE, fmt_date(rng, *birth(rng), "dmy")
    )
    x.t("\n5. Полис ОМС: ").v("RU_OMS_POLICY", fmt_oms(rng, "solid")).t("  6. СНИЛС: ").v(
        "RU_SNILS", fmt_snils(rng, "std")
    )
    x.t("\n8. Медицинская карта № ").v(MRN, mrn_value(rng, "ib")).t("\n10. Дата и время забора: ")
    x.v(DATE, fmt_date(rng, y, m, dd, "dmy_t")).t("\n12. Маркировка флаконов: ")
    for k in range(rng.randint(2, 3)):
        x.t(", " if k else "").v(MRN, f"{y % 100}-{d(rng, 5)}/{k + 1}")
    x.t(f"\n14. Фиксация: 10% нейтр. формалин, флаконов: {rng.randint(1, 3)}. Лаб. номер ПАО: ").v(
        MRN, f"Б{y % 100}-{dnz(rng, 4)}"
    )
    x.t("\n15. Врач: ").v(PER, doc.shape("Fi o")).t(" (ординатор, под контролем зав. отд.)")
    return x.done()


PROSE_BLOCKS = (
    ("b10_complaint", complaint),
    ("b10_sms", sms),
    ("b10_phone_journal", phone_journal),
    ("b10_police", police),
    ("b10_consent_child", consent_child),
    ("b10_child_112", child_112),
    ("b10_foreign", foreign),
    ("b10_ocr_scan", ocr_scan),
    ("b10_handover", handover),
    ("b10_vaccination", vaccination),
    ("b10_anamnesis", anamnesis),
    ("b10_email_thread", email_thread),
    ("b10_benefit", benefit),
    ("b10_home_visits", home_visits),
    ("b10_histology", histology),
)
