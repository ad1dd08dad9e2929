"""blind11 whole documents: psychiatry and narcology, dentistry, oncology, TB dispensaries,
sanatoria and rehabilitation, occupational, military and sports examinations."""

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
    inn,
    mrn,
    oms,
    org_inn,
    pass_number,
    pass_series,
    passport,
    phone,
    shift,
    snils,
    ymd,
)
from benchmarks.pii_families import Planted


def psych_dispensary(rng: random.Random, fake: Any) -> Planted:
    p, g = Person(rng, fake), Person(rng, fake)
    b = (
        B()
        .t("ПНД № 7. Медицинская карта амбулаторного больного № ")
        .v("MEDICAL_RECORD_NUMBER", mrn(rng, "amb"))
    )
    b.t("\nФИО: ").v("PERSON", p.fio().upper()).t("\nДата рождения: ").v(
        "DATE_TIME", dstr(rng, birth(rng), "num")
    )
    b.t("\nДокумент: паспорт\n  серия: ").v("RU_PASSPORT", pass_series(rng, False)).t("\n  номер: ")
    b.v("RU_PASSPORT", pass_number(rng)).t("\nАдрес регистрации: ").v("LOCATION", address(rng, fake)).t("\n")
    b.t("Опекун: ").v("PERSON", g.fio()).t(" (решение суда от ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2010, 2024), "num")
    )
    b.t(")\nДиагноз: F20.0 Параноидная шизофрения, непрерывный тип. Группа инвалидности II.\n")
    b.t("Госпитализации: ПКБ № 1 — ").v("DATE_TIME", dstr(rng, ymd(rng, 2015, 2020), "mmyyyy")).t("; ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2021, 2025), "mmyyyy")).t(
        ". Рисперидон 4 мг/сут, галоперидол-деканоат 50 мг 1 р/мес."
    )
    return b.done()


def narcology_act(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake, male=True), Person(rng, fake)
    d = ymd(rng, 2024, 2026)
    b = (
        B()
        .t("АКТ медицинского освидетельствования на состояние опьянения № ")
        .v("MEDICAL_RECORD_NUMBER", f"{rng.randint(1, 3999)}")
    )
    b.t("\nДата и время начала: ").v("DATE_TIME", dtime(rng, d, "num")).t(
        "\n1. Сведения об освидетельствуемом: "
    )
    b.v("PERSON", p.fio()).t(", ").v("DATE_TIME", dstr(rng, birth(rng), "num")).t(" г.р.,\nадрес: ")
    b.v("LOCATION", address(rng, fake, rng.choice(("city", "rural", "short")))).t(", документ: паспорт ")
    b.v("RU_PASSPORT", passport(rng)).t(
        "\n2. Основание: протокол о направлении на медицинское освидетельствование, "
    )
    b.t("составлен инспектором ДПС ").v("PERSON", Person(rng, fake, male=True).f_io()).t("\n")
    b.t("13.1. Алкотектор «Юпитер», заводской № 006721, поверка до 2027 г.: 0,48 мг/л в 02:14; ")
    b.t("13.2. повторно через 15–20 мин: 0,41 мг/л.\nЗаключение: установлено состояние опьянения. Врач ")
    b.v("PERSON", doc.f_io(space=True))
    return b.done()


def narcology_certificate(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = (
        B()
        .t("ГБУЗ «Областной наркологический диспансер», ул. Шоссейная, д. 12\nСПРАВКА № ")
        .v("MEDICAL_RECORD_NUMBER", f"{dg(rng, 5)}/н")
    )
    b.t("\nВыдана ").v("PERSON", p.fio("datv")).t(", ").v(
        "DATE_TIME", dstr(rng, birth(rng), rng.choice(("words", "num")))
    )
    b.t(" года рождения, проживающему(-ей): ").v("LOCATION", address(rng, fake)).t(",\n")
    b.t("в том, что на диспансерном наблюдении у врача психиатра-нарколога не состоит.\nДействительна до ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2026, 2027), "num")).t(
        ". Лицензия № ЛО-77-01-019876. ИНН учреждения "
    )
    b.t(org_inn(rng)).t(", ОГРН 1027700")
    b.t(dg(rng, 6)).t(".")
    return b.done()


def dental_visit(rng: random.Random, fake: Any) -> Planted:
    p, doc, asst = Person(rng, fake), Person(rng, fake), Person(rng, fake, male=False)
    b = B().t("Стоматология «Улыбка». Карта ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "dent")).t("\nПациент: ")
    b.v("PERSON", p.f_io()).t("  Визит: ").v("DATE_TIME", dtime(rng, ymd(rng, 2025, 2026), "num")).t("\n")
    b.t(
        "Жалобы на боль в зубе 3.6 от холодного. Зуб 3.6: кариес дентина (K02.1). Анестезия: Ultracain DS 1,7 мл.\n"
    )
    b.t("Пломба Filtek Z550, оттенок A2. Рентген: прицельный снимок № ").v(
        "MEDICAL_RECORD_NUMBER", mrn(rng, "acc")
    )
    b.t(".\nВрач-стоматолог ").v("PERSON", doc.fio()).t(", ассистент ").v("PERSON", asst.f_io()).t("\n")
    b.t("Следующий визит: ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), rng.choice(("daymonth", "num")))
    ).t(" в 10:30, каб. 204.")
    return b.done()


def dental_tax_cert(rng: random.Random, fake: Any) -> Planted:
    p, t = Person(rng, fake), Person(rng, fake)
    y = rng.randint(2022, 2025)
    b = B().t("СПРАВКА об оплате медицинских услуг для представления в налоговый орган\n")
    b.t(f"ИНН медицинской организации: {org_inn(rng)}  КПП: {dg(rng, 9)}\n")
    b.t("Лицензия № Л041-01137-77/00368245\nНалогоплательщик: ").v("PERSON", t.fio())
    b.t("\nИНН налогоплательщика: ").v("RU_INN", inn(rng)).t("\nПациент: ").v("PERSON", p.fio()).t(
        "\nИНН пациента:\n"
    )
    b.v("RU_INN", inn(rng, "plain")).t(f"\nСумма: 84 500 руб. 00 коп. Код услуги: 01. Год оплаты: {y}.\n")
    b.t("Дата выдачи ").v("DATE_TIME", dstr(rng, ymd(rng, y + 1, y + 1), "num")).t("  № справки ")
    b.v("MEDICAL_RECORD_NUMBER", f"{dg(rng, 4)}/{y}")
    return b.done()


def onco_referral_057(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    b = B().t("НАПРАВЛЕНИЕ на госпитализацию, обследование, консультацию (форма 057/у-04) № ")
    b.v("MEDICAL_RECORD_NUMBER", mrn(rng, "ref")).t(
        "\nв ГБУЗ «Онкологический диспансер № 2»\n1. Номер полиса ОМС "
    )
    b.v("RU_OMS_POLICY", oms(rng, rng.choice(("plain", "groups4")))).t("\n2. СНИЛС ").v(
        "RU_SNILS", snils(rng)
    ).t("\n")
    b.t("3. Ф.И.О. ").v("PERSON", p.fio()).t("\n4. Дата рождения ").v(
        "DATE_TIME", dstr(rng, birth(rng), "num")
    )
    b.t("\n5. Адрес постоянного места жительства ").v("LOCATION", address(rng, fake)).t("\n")
    b.t("7. Обоснование: C50.4, T2N1M0, ст. IIB. Гистология № ").v(
        "MEDICAL_RECORD_NUMBER", f"{dg(rng, 5)}-{dg(rng, 2)}"
    )
    b.t(" от ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(
        "; ИГХ: ER 8, PR 6, HER2 1+, Ki-67 25%.\n"
    )
    b.t("Должность медицинского работника: врач-онколог ").v("PERSON", doc.f_io()).t("  Тел. ").v(
        "PHONE_NUMBER", phone(rng, "ext")
    )
    return b.done()


def tumour_board(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    docs = [Person(rng, fake) for _ in range(3)]
    b = (
        B()
        .t("Протокол онкологического консилиума от ")
        .v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "wordsg"))
    )
    b.t("\nПациент: ").v("PERSON", p.fio()).t(", ИБ № ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "ib")).t("\n")
    b.t("Состав: химиотерапевт ").v("PERSON", docs[0].f_io()).t(", хирург-онколог ").v(
        "PERSON", docs[1].io_f()
    )
    b.t(", радиотерапевт ").v("PERSON", docs[2].f()).t(".\nДиагноз: C18.7 рак сигмовидной кишки pT3N1bM0. ")
    b.t("Решение: адъювантная ХТ по схеме XELOX, 8 курсов (капецитабин 1000 мг/м² 2 р/д 1–14 дн., ")
    b.t("оксалиплатин 130 мг/м²). Начало 1 курса ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(
        "."
    )
    return b.done()


def tb_contacts(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = (
        B()
        .t("Противотуберкулёзный диспансер. Карта обследования очага № ")
        .v("MEDICAL_RECORD_NUMBER", f"{rng.randint(1, 999)}-Т")
    )
    b.t("\nИсточник: ").v("PERSON", p.fio()).t(", МБТ+ (GeneXpert от ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num2")
    )
    b.t("), адрес очага: ").v("LOCATION", address(rng, fake, rng.choice(("city", "rural", "reverse")))).t(
        "\nКонтактные:\n"
    )
    b.t("| ФИО | родство | д.р. | Диаскинтест | телефон |\n")
    for rel in rng.sample(("жена", "сын", "дочь", "мать", "сосед", "брат"), 3):
        c = Person(rng, fake, male=rel in ("сын", "сосед", "брат"))
        b.t("| ").v("PERSON", c.f_io()).t(f" | {rel} | ").v(
            "DATE_TIME",
            dstr(rng, birth(rng, *((2005, 2020) if rel in ("сын", "дочь") else (1945, 1990))), "num"),
        ).t(" | ")
        b.t(rng.choice(("отр.", "папула 8 мм", "гиперемия"))).t(" | ").v("PHONE_NUMBER", phone(rng, "mob")).t(
            " |\n"
        )
    b.t("Химиопрофилактика изониазидом 10 мг/кг — 3 мес. Очаг I группы эпидопасности.")
    return b.done()


def sanatorium_072(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    y, m, d = ymd(rng, 2025, 2026)
    b = B().t("САНАТОРНО-КУРОРТНАЯ КАРТА (ф. 072/у) № ").v("MEDICAL_RECORD_NUMBER", dg(rng, 6)).t("\n")
    b.t("Фамилия, имя, отчество: ").v("PERSON", p.fio()).t("\nПол: ").t("М" if p.male else "Ж").t(
        "  Дата рождения: "
    )
    b.v("DATE_TIME", dstr(rng, birth(rng), "num")).t("\nАдрес: ").v(
        "LOCATION", address(rng, fake, "index")
    ).t("\n")
    b.t("Паспорт: ").v("RU_PASSPORT", passport(rng)).t("  СНИЛС ").v("RU_SNILS", snils(rng)).t("\n")
    b.t("Путёвка ФСС № ").v("MEDICAL_RECORD_NUMBER", dg(rng, 7)).t(
        ", санаторий «Красный Штурм», корпус 2, комната 317.\n"
    )
    b.t("Срок заезда: ").v("DATE_TIME", f"{d:02d}.{m:02d}.{y}").t(" – ").v(
        "DATE_TIME", dstr(rng, shift((y, m, d), 17), "num")
    )
    b.t("\nДиагноз: M17.1, I11.9. Показано: бальнеотерапия, ЛФК, грязелечение 10 процедур.")
    return b.done()


def rehab_discharge(rng: random.Random, fake: Any) -> Planted:
    p, rel, doc = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    b = B().t("Выписной эпикриз из отделения медицинской реабилитации (2 этап)\n")
    b.v("PERSON", f"{p.f()} {p.i()[0]}. {p.o()[0]}.").t(", ").t(
        f"{rng.randint(45, 85)} лет, находился(-ась) на лечении с "
    )
    y, m, d = ymd(rng, 2025, 2026)
    b.v("DATE_TIME", dstr(rng, (y, m, d), "num")).t(" по ").v(
        "DATE_TIME", dstr(rng, (y + m // 12, m % 12 + 1, rng.randint(1, 28)), "num")
    )
    b.t(" (ИБ ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "ib")).t(").\nОНМК по ишемическому типу от ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2025), rng.choice(("words", "abbr")))).t(
        ". ШРМ 4 → 2, индекс Бартел 45 → 85, "
    )
    b.t("NIHSS 3. Палата 12, пост 2.\nРекомендации переданы сыну (дочери) ").v("PERSON", rel.io_f("datv"))
    b.t(". Проживает: ").v("LOCATION", address(rng, fake, rng.choice(("city", "short", "mkr", "snt"))))
    b.t(".\nЛечащий врач-реабилитолог ").v("PERSON", doc.f_io()).t(", зав. отделением ").v(
        "PERSON", Person(rng, fake).f_io()
    )
    return b.done()


def occupational_302(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("ЗАКЛЮЧЕНИЕ предварительного (периодического) медицинского осмотра № ")
    b.v("MEDICAL_RECORD_NUMBER", f"{rng.randint(1, 999)}-ПМО/{rng.randint(24, 26)}").t("\nДата выдачи: ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t("\nФ.И.О.: ").v("PERSON", p.fio()).t(
        "\nДата рождения: "
    )
    b.v("DATE_TIME", dstr(rng, birth(rng, 1965, 2005), "num")).t("  Пол: ").t("муж." if p.male else "жен.")
    b.t(f"\nРаботодатель: ООО «Севертрансстрой», ИНН {org_inn(rng)}\nДолжность: машинист крана; ")
    b.t("вредные факторы: п. 4.1, 4.4 прил. к Приказу 29н\nСНИЛС: ").v("RU_SNILS", snils(rng)).t("\n")
    b.t("Медицинские противопоказания к работе: не выявлены. Группа здоровья: 2. Председатель ВК ")
    b.v("PERSON", Person(rng, fake).f_io())
    return b.done()


def driver_003(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о наличии (об отсутствии) медицинских противопоказаний к управлению ")
    b.t("транспортным средством (ф. 003-В/у)\nСерия ").t(f"{rng.randint(10, 99)}").t(" № ")
    b.v("MEDICAL_RECORD_NUMBER", dg(rng, 6)).t("   Дата выдачи ").v(
        "DATE_TIME", dstr(rng, ymd(rng, 2024, 2026), "wordsg")
    )
    b.t("\n1. ").v("PERSON", p.fio()).t("\n2. Дата рождения: ").v(
        "DATE_TIME", dstr(rng, birth(rng, 1960, 2007), "num")
    )
    b.t("\n3. Место регистрации: ").v("LOCATION", address(rng, fake)).t("\n")
    b.t("4. Категории: B, B1, C, C1, M. Медицинские ограничения: очки (код 01).\n")
    b.t("Осмотр психиатра, нарколога — ХТИ № ").v("MEDICAL_RECORD_NUMBER", dg(rng, 8)).t(" отр.")
    return b.done()


def military_exam(rng: random.Random, fake: Any) -> Planted:
    p, mom = Person(rng, fake, male=True), Person(rng, fake, male=False)
    b = B().t("Военный комиссариат Октябрьского и Ленинского районов.\n")
    b.t("Карта медицинского освидетельствования гражданина, подлежащего призыву, № ").v(
        "MEDICAL_RECORD_NUMBER", dg(rng, 5)
    )
    b.t("\n").v("PERSON", p.f().upper()).t("\n").v("PERSON", p.i()).t(" ").v("PERSON", p.o()).t("\nг.р. ")
    b.v("DATE_TIME", dstr(rng, birth(rng, 2001, 2008), "num")).t("\nПроживает: ").v(
        "LOCATION", address(rng, fake, "rural")
    )
    b.t("\nМать: ").v("PERSON", mom.io_f()).t(", тел. ").v("PHONE_NUMBER", phone(rng, "mob")).t("\n")
    b.t("Рост 178, вес 64, ИМТ 20,2. Статья 68 «г» графы I Расписания болезней. Категория годности: Б-3.\n")
    b.t("Дата освидетельствования ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(
        ". Врач-терапевт "
    )
    b.v("PERSON", Person(rng, fake).f_io())
    return b.done()


def sports_adult(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("Справка для участия в забеге (полумарафон 21,1 км)\nВыдана: ").v("PERSON", f"{p.i()} {p.f()}")
    b.t(" / ").v("PERSON", f"{p.last} {p.first}".upper()).t("\nДата рождения: ").v(
        "DATE_TIME", dstr(rng, birth(rng), "iso")
    )
    b.t("\nДопущен(а) к соревнованиям на дистанцию 21,1 км без ограничений. ЭКГ покоя: норма. Пульс 54.\n")
    b.t("Дата осмотра ").v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t(". Стартовый номер 1187. ")
    b.t("Полис ОМС ").v("RU_OMS_POLICY", oms(rng)).t(".")
    return b.done()


def mse_088(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    b = B().t("НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ (ф. 088/у)\n1. Дата выдачи: ")
    b.v("DATE_TIME", dstr(rng, ymd(rng, 2025, 2026), "num")).t("\n2. Ф.И.О.: ").v("PERSON", p.fio())
    b.t("\n3. Дата рождения: ").v("DATE_TIME", dstr(rng, birth(rng), "num")).t("\n4. СНИЛС: ").v(
        "RU_SNILS", snils(rng, "plain")
    )
    b.t("\n5. Полис ОМС: ").v("RU_OMS_POLICY", oms(rng)).t("\n6. Адрес места жительства: ").v(
        "LOCATION", address(rng, fake)
    )
    b.t("\n7. Документ, удостоверяющий личность: паспорт гражданина РФ ").v("RU_PASSPORT", passport(rng))
    b.t("\n8. Номер ЭЛН: ").v("MEDICAL_RECORD_NUMBER", mrn(rng, "eln")).t(
        "\nПовторно, группа III, причина: общее заболевание."
    )
    return b.done()


ADULT_BLOCKS = [
    ("b11_psych_dispensary", psych_dispensary),
    ("b11_narcology_act", narcology_act),
    ("b11_narcology_certificate", narcology_certificate),
    ("b11_dental_visit", dental_visit),
    ("b11_dental_tax_cert", dental_tax_cert),
    ("b11_onco_referral_057", onco_referral_057),
    ("b11_tumour_board", tumour_board),
    ("b11_tb_contacts", tb_contacts),
    ("b11_sanatorium_072", sanatorium_072),
    ("b11_rehab_discharge", rehab_discharge),
    ("b11_occupational_302", occupational_302),
    ("b11_driver_003", driver_003),
    ("b11_military_exam", military_exam),
    ("b11_sports_adult", sports_adult),
    ("b11_mse_088", mse_088),
]
