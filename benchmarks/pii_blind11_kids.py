"""blind11 whole documents: paediatrics, school and kindergarten medicine, obstetrics and
women's clinics."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind11_gen import (
    B,
    Person,
    address,
    birth,
    dg,
    dstr,
    dtime,
    email,
    mrn,
    oms,
    pass_number,
    pass_series,
    phone,
    shift,
    snils,
    ymd,
)
from benchmarks.pii_families import MONTHS_GENT, Planted


def ped_card_112(rng: random.Random, fake: Any) -> Planted:
    c, m, f = Person(rng, fake), Person(rng, fake, male=False), Person(rng, fake, male=True)
    b = B().t("ИСТОРИЯ РАЗВИТИЯ РЕБЁНКА (ф. 112/у) № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "amb")).t("\n")
    b.t("Фамилия, имя, отчество ребёнка: ").v("PERSON", c.fio()).t("\n")
    b.t("Дата рождения: ").v("DATE_TIME", dstr(rng, birth(rng, 2012, 2025), "num")).t("   Пол: ").t(
        "м" if c.male else "ж"
    )
    b.t("\nМать: ").v("PERSON", m.fio()).t(", тел. ").v("PHONE_NUMBER", phone(rng, "mob")).t("\n")
    b.t("Отец: ").v("PERSON", f.fio()).t(", тел. ").v("PHONE_NUMBER", phone(rng)).t("\n")
    b.t("Адрес: ").v("LOCATION", address(rng, fake, rng.choice(("city", "index", "mkr")))).t("\n")
    b.t("Полис ОМС: ").v("RU_OMS_POLICY", oms(rng, "plain")).t("  СНИЛС: ").v("RU_SNILS", snils(rng)).t("\n")
    b.t("Масса при рождении 3420 г, длина 53 см, Апгар 8/9. Группа здоровья II, ДДУ № 214.")
    return b.done()


def kindergarten_026(rng: random.Random, fake: Any) -> Planted:
    c, doc = Person(rng, fake), Person(rng, fake)
    b = B().t("Медицинская карта ребёнка для образовательных учреждений (ф. 026/у-2000)\n")
    b.t("Ф.И.О. ").v("PERSON", c.f_io(space=True)).t("  д.р. ").v(
        "DATE_TIME", dstr(rng, birth(rng, 2018, 2023), "num2")
    )
    b.t("\nДомашний адрес: ").v("LOCATION", address(rng, fake, rng.choice(("city", "short", "reverse")))).t(
        "\n"
    )
    b.t("Профилактические прививки:\n")
    for vac in rng.sample(
        ("АКДС V1", "АКДС V2", "ИПВ V1", "ВГВ V3", "Корь-краснуха-паротит V", "Пневмо R"), 3
    ):
        b.t(f"  {vac:<24}| ").v("DATE_TIME", dstr(rng, ymd(rng, 2019, 2024), rng.choice(("num", "num2"))))
        b.t(f" | серия {rng.choice('АВКМ')}{dg(rng, 5)} | 0,5 мл в/м\n")
    b.t("Допущен в ДОУ № ").t(str(rng.randint(1, 400))).t(" с ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2024, 2026), rng.choice(("words", "num")))).t(".\nВрач-педиатр ")
    b.v("PERSON", doc.f_io()).t(" ________")
    return b.done()


def school_095(rng: random.Random, fake: Any) -> Planted:
    c, doc = Person(rng, fake), Person(rng, fake)
    y, m, d = ymd(rng, 2023, 2026)
    y2, m2, d2 = shift((y, m, d), rng.randint(3, 12))
    b = (
        B()
        .t("СПРАВКА № ")
        .v("MEDICAL_RECORD_NUMBER", str(rng.randint(1, 2999)))
        .t(" (ф. 095/у)\nДана учащемуся(-ейся) ")
    )
    b.v("PERSON", c.fio("datv")).t(", ").t(
        f"{rng.randint(1, 11)} «{rng.choice('АБВГ')}» класс, школа № {rng.randint(1, 180)},\n"
    )
    b.t("в том, что он(а) болел(а) с ").v("DATE_TIME", f"{d:02d}.{m:02d}").t(" по ")
    b.v("DATE_TIME", f"{d2:02d}.{m2:02d}.{y2}").t(
        " г.\nДиагноз: J06.9. Освобождение от физкультуры на 14 дней.\n"
    )
    b.t("Участковый педиатр: ").v("PERSON", doc.io_f()).t("\nДата выдачи: ")
    b.v("DATE_TIME", dstr(rng, (y2, m2, d2), rng.choice(("num", "words"))))
    return b.done()


def sport_school_admission(rng: random.Random, fake: Any) -> Planted:
    c, coach = Person(rng, fake), Person(rng, fake)
    b = B().t("Врачебно-физкультурный диспансер. Медицинское заключение о допуске к занятиям спортом № ")
    b.v("MEDICAL_RECORD_NUMBER", f"ВФД-{dg(rng, 5)}").t("\nСпортсмен: ").v("PERSON", f"{c.f()} {c.i()}")
    b.t(", ").v("DATE_TIME", dstr(rng, birth(rng, 2008, 2016), "num")).t(
        " г.р., вид спорта: плавание, разряд КМС.\n"
    )
    b.t("ЭКГ: ритм синусовый, ЧСС 58, PQ 0,16 с. Велоэргометрия: PWC170 = 1240 кгм/мин.\n")
    b.t("Тренер ").v("PERSON", coach.f_io()).t(" (").v("PHONE_NUMBER", phone(rng, "mob")).t(").\n")
    b.t("Допущен к тренировкам и соревнованиям до ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2027), "num")).t(
        "."
    )
    return b.done()


def obstetric_113(rng: random.Random, fake: Any) -> Planted:
    w, h, doc = Person(rng, fake, male=False), Person(rng, fake, male=True), Person(rng, fake)
    y, m, d = ymd(rng, 2024, 2026)
    b = B().t("ОБМЕННАЯ КАРТА (ф. 113/у) беременной, роженицы и родильницы\nЖенская консультация ГП № 3\n")
    b.t("Ф.И.О.: ").v("PERSON", w.fio()).t(",  возраст 29 лет,  дата рожд. ")
    b.v("DATE_TIME", dstr(rng, birth(rng, 1985, 2003), rng.choice(("num", "iso"))))
    b.t("\nАдрес регистрации: ").v("LOCATION", address(rng, fake)).t("\nАдрес фактический: ")
    b.v("LOCATION", address(rng, fake, rng.choice(("short", "mkr", "rural")))).t("\nМуж: ").v(
        "PERSON", h.fio()
    )
    b.t(", тел. ").v("PHONE_NUMBER", phone(rng, "mob")).t("\nПоследняя менструация: ").v(
        "DATE_TIME", f"{d:02d}.{m:02d}.{y}"
    )
    b.t("  ПДР: ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(
        "\nБеременность 2, роды 1. Срок 32 нед.; "
    )
    b.t("Hb 108 г/л, группа крови A(II) Rh-.\nИндивидуальная карта беременной № ").v(
        "MEDICAL_RECORD_NUMBER", mrn(rng, "amb")
    )
    b.t(", родовой сертификат № ").v("MEDICAL_RECORD_NUMBER", f"{rng.choice(('В', 'Г'))} {dg(rng, 7)}")
    b.t("\nВрач акушер-гинеколог ").v("PERSON", doc.f_io())
    return b.done()


def birth_103(rng: random.Random, fake: Any) -> Planted:
    w = Person(rng, fake, male=False)
    d = ymd(rng, 2024, 2026)
    b = B().t("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ\nСерия ").t(f"{rng.randint(10, 99)}").t(" № ")
    b.v("MEDICAL_RECORD_NUMBER", dg(rng, 6)).t("\n1. Ребёнок родился: ").v("DATE_TIME", dtime(rng, d, "num"))
    b.t("\n2. Фамилия, имя, отчество матери: ").v("PERSON", w.fio()).t("\n3. Дата рождения матери: ")
    b.v("DATE_TIME", dstr(rng, birth(rng, 1984, 2004), "num")).t("\n4. Место постоянного жительства матери: ")
    b.v("LOCATION", address(rng, fake, rng.choice(("index", "rural", "city")))).t(
        "\n5. Местность: городская\n"
    )
    b.t("6. Пол: ").t(rng.choice(("мальчик", "девочка"))).t(
        "; масса 3100 г; длина 51 см; ребёнок родился при одноплодных родах."
    )
    return b.done()


def womens_clinic_visit(rng: random.Random, fake: Any) -> Planted:
    w = Person(rng, fake, male=False)
    y, m, d = ymd(rng, 2024, 2026)
    b = (
        B()
        .t("Осмотр акушера-гинеколога ")
        .v("DATE_TIME", f"{d}.{m:02d}.{y} {rng.randint(8, 19):02d}:{rng.choice(('00', '20', '40'))}")
    )
    b.t("\nПациентка ").v("PERSON", w.f_io()).t(" жалоб не предъявляет. Шевеления плода ощущает с ")
    b.v("DATE_TIME", f"{rng.randint(1, 28)} {MONTHS_GENT[rng.randrange(12)]}").t(
        ".\nВДМ 30 см, ОЖ 98 см, ЧСС плода 142 в мин.\n"
    )
    b.t("Скрининг I триместра (PRISCA) от ").v("DATE_TIME", dstr(rng, ymd(rng, 2024, 2026), "num"))
    b.t(": риск трисомии 21 — 1:12500, образец № ").v("MEDICAL_RECORD_NUMBER", dg(rng, 10)).t(".\n")
    b.t("Явка ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), rng.choice(("daymonth", "num"))))
    b.t(", при себе иметь обменную карту. Прием фолиевой кислоты 400 мкг в 09:00.")
    return b.done()


def ivf_protocol(rng: random.Random, fake: Any) -> Planted:
    w, h = Person(rng, fake, male=False), Person(rng, fake, male=True)
    b = (
        B()
        .t("Протокол ЭКО/ИКСИ № ")
        .v("MEDICAL_RECORD_NUMBER", f"ЭКО-{dg(rng, 4)}/{rng.randint(24, 26)}")
        .t("\n")
    )
    b.t("Пациентка: ").v("PERSON", w.f()).t(" ").v("PERSON", w.i()).t(" ").v("PERSON", w.o()).t("\n")
    b.t("Партнёр: ").v("PERSON", h.f()).t(" ").v("PERSON", h.i()).t(" ").v("PERSON", h.o()).t("\n")
    b.t("Стимуляция с ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(
        ", фоллитропин 150 МЕ/сут.\n"
    )
    b.t("Пункция ").v("DATE_TIME", dtime(rng, ymd(rng, 2025, 2026), "num")).t(
        ": получено 9 ооцитов, 6 MII.\n"
    )
    b.t("Перенос 1 эмбриона 5АА. Криоконсервация 3 эмбрионов, соломинки S-14, S-15, S-16.\n")
    b.t("E-mail для связи: ").v("EMAIL_ADDRESS", email(rng, w))
    return b.done()


def patronage_note(rng: random.Random, fake: Any) -> Planted:
    c, m, nurse = Person(rng, fake), Person(rng, fake, male=False), Person(rng, fake, male=False)
    b = (
        B()
        .t("Первичный патронаж новорождённого.\nМедсестра ")
        .v("PERSON", nurse.f_io())
        .t(" посетила ребёнка ")
    )
    b.v("PERSON", f"{c.f('gent')} {c.i('gent')}").t(" на дому ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2024, 2026), "words")
    )
    b.t(".\nАдрес: ").v("LOCATION", address(rng, fake, rng.choice(("city", "mkr", "short")))).t(". Мать — ")
    b.v("PERSON", m.io()).t(", кормит грудью. Пупочная ранка чистая, желтуха I ст.\n")
    b.t("Телефоны: мать ").v("PHONE_NUMBER", phone(rng, "mob")).t("; бабушка ").v(
        "PHONE_NUMBER", phone(rng, "mob")
    )
    b.t("; дом. ").v("PHONE_NUMBER", phone(rng, "city")).t(".")
    return b.done()


def guardian_consent(rng: random.Random, fake: Any) -> Planted:
    c, g = Person(rng, fake), Person(rng, fake)
    b = B().t("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ\nЯ, ").v("PERSON", g.fio()).t(",\n")
    b.t("паспорт: серия ").v("RU_PASSPORT", pass_series(rng)).t(" номер ").v("RU_PASSPORT", pass_number(rng))
    b.t(", выдан ").v("DATE_TIME", dstr(rng, ymd(rng, 2005, 2022), "num")).t(
        " ГУ МВД России, код подразделения "
    )
    b.t(f"{dg(rng, 3)}-{dg(rng, 3)},\nпроживающий(-ая) по адресу: ").v("LOCATION", address(rng, fake))
    b.t(",\nявляясь законным представителем ребёнка ").v("PERSON", c.fio("gent")).t(", ")
    b.v("DATE_TIME", dstr(rng, birth(rng, 2012, 2024), "num")).t(
        " г.р., даю согласие на проведение вакцинации.\n"
    )
    b.t("Подпись ________   Дата ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num2"))
    return b.done()


def kid_crm_chat(rng: random.Random, fake: Any) -> Planted:
    m, c = Person(rng, fake, male=False), Person(rng, fake)
    d = ymd(rng, 2025, 2026)
    b = B().t("[Чат клиники «Детский доктор»]\n")
    b.t("[").v("DATE_TIME", dtime(rng, d, "num")).t("] ").v("PERSON", m.i()).t(": Здравствуйте, у ")
    b.v("PERSON", c.i("gent")).t(" с ночи 38,5, сыпь на животе. Можно врача на дом?\n")
    b.t("[").v("DATE_TIME", dtime(rng, d, "num")).t(
        "] Администратор: Добрый день! Подскажите адрес и телефон.\n"
    )
    b.t("[").v("DATE_TIME", dtime(rng, d, "num")).t("] ").v("PERSON", m.i()).t(": ")
    b.v("LOCATION", address(rng, fake, "short")).t(", подъезд 2, домофон 45. Номер ").v(
        "PHONE_NUMBER", phone(rng, "mob")
    )
    b.t("\n[").v("DATE_TIME", dtime(rng, d, "num")).t("] Администратор: Записали на 15:30, врач ")
    b.v("PERSON", Person(rng, fake).io_f()).t(". Номер заявки ").v(
        "MEDICAL_RECORD_NUMBER", mrn(rng, "crm")
    ).t(".")
    return b.done()


def school_exam_list(rng: random.Random, fake: Any) -> Planted:
    doc = Person(rng, fake)
    y = rng.randint(2024, 2026)
    b = B().t("Список детей, прошедших профилактический осмотр (приказ 514н), ")
    grade = rng.randint(1, 11)
    b.t(rng.choice(("МБОУ СОШ № 12", "Гимназия № 5", "Лицей № 2"))).t(
        f", {grade} «{rng.choice('АБВ')}» класс\n"
    )
    b.t("№ | Ф.И.О. | Дата рожд. | Гр. здоровья | Физкульт. гр. | Адрес\n")
    for i in range(rng.randint(3, 4)):
        c = Person(rng, fake)
        name = rng.choice((c.fio(), f"{c.f()} {c.i()}", c.f_io()))
        b.t(f"{i + 1} | ").v("PERSON", name).t(" | ").v(
            "DATE_TIME", dstr(rng, birth(rng, y - grade - 7, y - grade - 6), rng.choice(("num", "num2")))
        )
        b.t(f" | {rng.choice(('I', 'II', 'III'))} | {rng.choice(('основная', 'подготовительная', 'СМГ'))} | ")
        b.v("LOCATION", address(rng, fake, "short")).t("\n")
    b.t("Осмотр проведён ").v("DATE_TIME", dstr(rng, (y, rng.randint(9, 12), rng.randint(1, 28)), "num"))
    b.t(". Врач-педиатр ").v("PERSON", doc.f_io()).t(", тел. кабинета 2-45-17.")
    return b.done()


KIDS_BLOCKS = [
    ("b11_ped_card_112", ped_card_112),
    ("b11_kindergarten_026", kindergarten_026),
    ("b11_school_095", school_095),
    ("b11_sport_school_admission", sport_school_admission),
    ("b11_obstetric_113", obstetric_113),
    ("b11_birth_103", birth_103),
    ("b11_womens_clinic_visit", womens_clinic_visit),
    ("b11_ivf_protocol", ivf_protocol),
    ("b11_patronage_note", patronage_note),
    ("b11_guardian_consent", guardian_consent),
    ("b11_kid_crm_chat", kid_crm_chat),
    ("b11_school_exam_list", school_exam_list),
]
