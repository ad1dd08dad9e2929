"""Blocks of blind split 40 about workplace injury and occupational health: Н-1 acts and their
investigation, severity conclusions (315/у), occupational disease notices, periodic check lists and
conclusions, certificates of seafarers, pilots and railway workers, rotation camp lists, FSS exchange."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind40_gen as g
from benchmarks.pii_families import BlockFamily, Planted

S = "blind40"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, SN, INN, PS, OMS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY"
EM, URL = "EMAIL_ADDRESS", "URL"
_JOBS = ("водитель погрузчика", "электрогазосварщик", "машинист буровой установки", "стропальщик", "монтёр пути",
         "оператор по добыче нефти", "слесарь-ремонтник", "водитель автомобиля", "матрос", "помощник бурильщика")


def act_n1(rng: random.Random, fake: Any) -> Planted:
    female = rng.random() < 0.2
    return g.build([
        "Форма Н-1\nАКТ № ", (M, g.mrn(rng, "n1")), "\nо несчастном случае на производстве\n",
        "1. Дата и время несчастного случая: ", (D, g.dtime(rng, rng.choice(("d", "e", "a")))),
        "\nколичество полных часов от начала работы: ", str(rng.randrange(1, 11)),
        "\n2. Организация (работодатель), ИНН ", (INN, g.inn(rng, 10)), ", адрес: ", (L, g.addr(rng, fake, "work")),
        "\n4. Лица, проводившие расследование: ", (P, g.name(rng, fake, "FIO", cis=0.1)), " — специалист по охране труда; ",
        (P, g.name(rng, fake, rng.choice(("FIO", "Fio")), cis=0.1)), " — главный инженер\n",
        "5. Сведения о пострадавшем:\nфамилия, имя, отчество: ", (P, g.name(rng, fake, "FIO", female=female)),
        f"\nпол: {'женский' if female else 'мужской'}\nдата рождения: ", (D, g.birth(rng, rng.choice(("num", "words")))),
        f"\nпрофессия: {rng.choice(_JOBS)}\nстаж работы (полных лет): {rng.randrange(1, 25)}\n",
        "6. Сведения о проведении инструктажей: вводный инструктаж ", (D, g.dstr(rng, "num")),
        "\n8. Очевидцы несчастного случая: ", (P, g.name(rng, fake, "FIO")), ", проживает: ", (L, g.addr(rng, fake)),
        "\n9. Диагноз: закрытый перелом лучевой кости (S52.5), легкая степень.\n",
    ])


def severity_315(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ о характере полученных повреждений здоровья в результате несчастного случая на производстве и степени их тяжести\n",
        "Выдано ", (P, g.name(rng, fake, "FIO")), ", ", (D, g.birth(rng, "num")), " г.р., место работы: ",
        (L, g.addr(rng, fake, rng.choice(("work", "field")))), "\nПоступил в ГБУЗ ", (D, g.dtime(rng, "d")),
        ", медицинская карта стационарного больного № ", (M, g.mrn(rng, "ib")),
        "\nДиагноз: S32.0 перелом тела L1 позвонка. Согласно схеме определения тяжести повреждение относится к категории ТЯЖЕЛЫХ.\n",
        "Зав. отделением ", (P, g.name(rng, fake, "Fio", cis=0.05)), "  Дата выдачи ", (D, g.dstr(rng, rng.choice(("num", "words")))), "\n",
    ])


def prof_notice(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "ИЗВЕЩЕНИЕ № ", (M, g.mrn(rng, "izv")), "\nоб установлении заключительного диагноза хронического профессионального заболевания\n",
        "1. Фамилия, имя, отчество: ", (P, g.name(rng, fake, "FIO", female=False)), "\n2. Пол: ", rng.choice(("м", "муж.", "мужской")),
        "\n3. Дата рождения: ", (D, g.birth(rng)), "\n4. Адрес: ", (L, g.addr(rng, fake, rng.choice(("full", "idx", "village")))),
        "\n5. СНИЛС ", (SN, g.snils(rng)), "\n6. Работодатель (ИНН ", (INN, g.inn(rng, 10)), ")\n7. Профессия: ",
        rng.choice(_JOBS), ", стаж в контакте с вредным фактором ", str(rng.randrange(10, 30)), " лет\n",
        "8. Заключительный диагноз: ", rng.choice(("H90.3 Двусторонняя нейросенсорная тугоухость (от воздействия шума)",
                                                    "T75.2 Вибрационная болезнь 1 ст.", "J68.4 Хронический пылевой бронхит")),
        "\n9. Дата установления диагноза: ", (D, g.dstr(rng, "num", 2020, 2025)), "\nИзвещение составил ",
        (P, g.name(rng, fake, "Fio", cis=0.05)), ", тел. ", (PH, g.phone(rng, "c1")), ", e-mail ", (EM, g.mail(rng, fake)), "\n",
    ])


def pmo_list(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Заключительный акт по результатам периодического медицинского осмотра (приложение)\n",
                        "№ п/п | Ф.И.О. | дата рожд. | пол | профессия | вредные факторы (пп.) | заключение\n"]
    for i in range(rng.randrange(2, 5)):
        female = rng.random() < 0.25
        parts += [f"{i + 1} | ", (P, g.name(rng, fake, rng.choice(("FIO", "Fio")), female=female)), " | ",
                  (D, g.birth(rng, rng.choice(("num", "short")))), f" | {'ж' if female else 'м'} | {rng.choice(_JOBS)} | {rng.choice(('4.3.1', '4.4', '1.2.1, 4.3.1', '3.1.2', '5.1'))} | ",
                  rng.choice(("нет мед. противопоказаний", "нет мед. противопоказаний", "временные противопоказания", "нуждается в обследовании в ЦПП")),
                  "\n"]
    return g.build(parts)


def pmo_conclusion(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Заключение по результатам периодического медицинского осмотра № ", (M, g.mrn(rng, "cert")), " от ",
        (D, g.dstr(rng, rng.choice(("num", "words")), 2022, 2025)), "\nФ.И.О.: ", (P, g.name(rng, fake, "FIO")),
        "\nДата рождения: ", (D, g.birth(rng)), "\nСНИЛС: ", (SN, g.snils(rng)), "   Полис ОМС: ", (OMS, g.oms(rng)),
        "\nПаспорт: ", (PS, g.passport(rng)), "\nМедицинская карта № ", (M, g.mrn(rng, "card")),
        "\nВредные производственные факторы: шум (п. 4.3.1), вибрация общая (п. 4.2)\nМедицинские противопоказания к работе НЕ ВЫЯВЛЕНЫ\n",
        "Председатель врачебной комиссии ", (P, g.name(rng, fake, rng.choice(("Fio", "ioF")), cis=0.05)), "\n",
    ])


def seafarer(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _ = g._parts(rng, fake, 0.3)
    return g.build([
        "MEDICAL CERTIFICATE FOR SERVICE AT SEA / Медицинское свидетельство для работы на морских судах\nCertificate No / № ",
        (M, g.mrn(rng, "cert")), "\nSurname / Фамилия: ", (P, last), "\nGiven names / Имя, отчество: ", (P, f"{first} {mid}"),
        "\nDate of birth / Дата рождения: ", (D, g.birth(rng, rng.choice(("num", "slash")))),
        "\nSeafarer's identity document No / Удостоверение личности моряка № ", (M, f"{g.nz(rng, 7)}"),
        "\nDate of examination / Дата освидетельствования: ", (D, g.dstr(rng, "num", 2023, 2025)),
        "\nExpiry date / Действительно до: ", (D, g.dstr(rng, "num", 2025, 2027)),
        "\nFit for lookout duty: YES   Hearing OK   Colour vision OK\nName of practitioner / ФИО врача: ",
        (P, g.name(rng, fake, "F i o", cis=0.05)), "\n",
    ])


def pilot_vlek(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Заключение ЦВЛЭК ГА № ", (M, g.mrn(rng, "cert")), "\n", (P, g.name(rng, fake, "FIO")), ", ", (D, g.birth(rng, "num")),
        " г.р., свидетельство пилота № ", (M, f"{rng.choice(('ПЛ', 'П-', 'КВС '))}{g.nz(rng, 6)}"),
        ", медицинское заключение 1 класса.\nДата освидетельствования ", (D, g.dstr(rng, "words", 2023, 2025)),
        ". Годен к лётной работе КВС. Следующее освидетельствование ", (D, g.dstr(rng, rng.choice(("month", "monthg")), 2025, 2026)),
        ".\nПредседатель ВЛЭК ", (P, g.name(rng, fake, "Fio", cis=0.05)), "\n",
    ])


def rail_vek(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Врачебно-экспертная комиссия. Протокол № ", (M, g.mrn(rng, "cert")), " от ", (D, g.dstr(rng, "num", 2022, 2025)),
        "\nРаботник: ", (P, g.name(rng, fake, "FIO")), ", таб. № ", (M, g.mrn(rng, "tab")), ", должность: машинист электровоза\n",
        "Проживает: ", (L, g.addr(rng, fake)), "; тел. ", (PH, g.phone(rng)),
        "\nРешение: годен к работе, связанной с движением поездов; повторно через 12 мес.\n",
    ])


def vahta_camp(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Список работников, заезд на вахту ", (D, g.dstr(rng, rng.choice(("num", "words")), 2023, 2025)),
                        ", вахтовый посёлок (", (L, g.addr(rng, fake, "field")), ")\n"]
    for i in range(rng.randrange(2, 4)):
        cis = rng.random() < 0.5
        parts += [f"{i + 1}) ", (P, g.name(rng, fake, rng.choice(("FIO", "FI")), cis=1.0 if cis else 0.0)), ", ",
                  (D, g.birth(rng, "num")), ", "]
        if cis:
            parts += ["паспорт ин. гр. ", (M, g.ext_passport(rng)), ", миграц. карта ", (M, g.mig_card(rng))]
        else:
            parts += ["паспорт ", (PS, g.passport(rng))]
        parts += [", тел. ", (PH, g.phone(rng, rng.choice(("m1", "m3", "m4")))), "\n"]
    return g.build(parts)


def referral(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "НАПРАВЛЕНИЕ на периодический медицинский осмотр\nРаботодатель: ИНН ", (INN, g.inn(rng, 10)), ", ОКВЭД 49.41\n",
        "Ф.И.О. работника: ", (P, g.name(rng, fake, "FIO")), "\nДата рождения: ", (D, g.birth(rng)),
        "\nСНИЛС: ", (SN, g.snils(rng)), "\nПолис ОМС: ", (OMS, g.enp(rng)),
        "\nСтруктурное подразделение: автоколонна, профессия: водитель автомобиля\nВредные факторы: п. 18.1 (управление ТС)\n",
        "Уполномоченный представитель работодателя ", (P, g.name(rng, fake, "Fio", cis=0.05)), ", тел. ", (PH, g.phone(rng, "c1")),
        ", ", (EM, g.mail(rng, fake)), "\n",
    ])


def center_letter(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Уважаемый(ая) ", (P, g.name(rng, fake, "IO", cis=0.1)), "!\nЦентр профпатологии направляет медицинское заключение в отношении ",
        (P, g.name(rng, fake, rng.choice(("FIO", "Fio")), "gent")), " (паспорт ", (PS, g.passport(rng)),
        "), осмотренного(ой) ", (D, g.dstr(rng, rng.choice(("num", "words")), 2023, 2025)), ". Связь профзаболевания с профессией установлена.\n",
        "Подробнее: ", (URL, g.link(rng, fake)), "\nИсп. ", (P, g.name(rng, fake, "Fio", cis=0.05)), ", ",
        (PH, g.phone(rng, rng.choice(("c1", "c2")))), ", ", (EM, g.mail(rng, fake)), "\n",
    ])


def fss_tsv(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["номер_ЭЛН\tСНИЛС\tФИО\tдата_начала\tдата_окончания\tпричина\tИНН_страхователя\n"]
    for _ in range(rng.randrange(2, 4)):
        start, end = g.span(rng)
        parts += [(M, g.eln(rng)), "\t", (SN, g.snils(rng, rng.choice(("a", "b")))), "\t", (P, g.name(rng, fake, "FIO")), "\t",
                  (D, start), "\t", (D, end), "\t", "04\t",
                  (INN, g.inn(rng, 10)), "\n"]
    return g.build(parts)


def ocr_act(rng: random.Random, fake: Any) -> Planted:
    o = lambda s: g.ocr(rng, s)  # noqa: E731
    return g.build([
        o("АКТ о рассле дованиинесчастного случая\n"), o("Пострадавший: "), (P, g.name(rng, fake, rng.choice(("FIO", "FIO_caps")))),
        o("\nДата ро ждения "), (D, g.birth(rng, "num")), o("  СНИЛС "), (SN, g.snils(rng, "a")),
        o("\nАдрес места жительства: "), (L, g.addr(rng, fake, rng.choice(("full", "caps", "rev")))),
        o("\nПредседатель комиссии: "), (P, g.name(rng, fake, "Fio", cis=0.05)), o(" _____ /подпись/\n"),
    ])


def dictated(rng: random.Random, fake: Any) -> Planted:
    y, m, day = g.rdate(rng, 2022, 2025)
    return g.build([
        "пострадавший ", (P, g.name(rng, fake, rng.choice(("FIO", "FI"))).lower()), " ",
        (D, f"{day} {g.MONTHS_GENT[m - 1]} {y}"), " около 10 часов упал с лестницы на складе ",
        "доставлен в здравпункт бригадиром ", (P, g.name(rng, fake, "FI", "ablt").lower()),
        " контактный телефон ", (PH, g.phone(rng, rng.choice(("m5", "m3")))), " проживает ", (L, g.addr(rng, fake, "nodots").lower()), "\n",
    ])


def insurance_card(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Сведения о застрахованном (для расследования НС):\nФИО - ", (P, g.name(rng, fake, "FIO")),
        "\nИНН - ", (INN, g.inn(rng, 12)), "\nСНИЛС - ", (SN, g.snils(rng, "c")), "\nпаспорт: серия ", (PS, g.passport(rng, "c")),
        ", выдан ", (D, g.dstr(rng, "num", 2005, 2023)), "\nполис ОМС - ", (OMS, g.oms(rng)),
        "\nадрес - ", (L, g.addr(rng, fake, rng.choice(("idx", "region", "village")))), "\n",
    ])


def crew_list(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["CREW LIST / СУДОВАЯ РОЛЬ (к медосмотру перед рейсом)\n",
                        "No | Surname, given names | Rank | Date and place of birth | Seaman's ID | Med. cert. valid till\n"]
    for i in range(rng.randrange(2, 4)):
        parts += [f"{i + 1} | ", (P, g.name(rng, fake, rng.choice(("FIO", "FI")), female=False)), " | ",
                  rng.choice(("Master", "Ch. Officer", "Bosun", "AB", "Motorman", "Cook")), " | ",
                  (D, g.birth(rng, "num")), ", ", (L, f"{rng.choice(('г. ', ''))}{g.town(fake)}"), " | ",
                  (M, rng.choice((g.nz(rng, 7), f"РФ {g.nz(rng, 7)}", f"МК {g.nz(rng, 7)}"))), " | ",
                  (D, g.dstr(rng, "num", 2025, 2027)), "\n"]
    return g.build(parts)


def interview(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "ПРОТОКОЛ ОПРОСА пострадавшего при несчастном случае\n", (D, g.dstr(rng, rng.choice(("wordsg", "num")), 2022, 2025)),
        "\nОпрос начат в 10 час. 15 мин., окончен в 10 час. 50 мин.\nМною, ", (P, g.name(rng, fake, "FIO", "ablt", 0.05)),
        ", председателем комиссии, опрошен:\n1) фамилия, имя, отчество: ", (P, g.name(rng, fake, "FIO", female=False)),
        "\n2) дата рождения: ", (D, g.birth(rng, rng.choice(("num", "words")))), "\n3) место рождения: ",
        (L, rng.choice((f"г. {g.town(fake)}", f"с. {g.town(fake)}, {fake.administrative_unit()}", rng.choice(("г. Худжанд, Респ. Таджикистан", "г. Ош, Кыргызстан", "Наманганская обл., Узбекистан", "г. Самарканд"))))),
        "\n4) место жительства и (или) регистрации: ", (L, g.addr(rng, fake)), "\nтелефон: ", (PH, g.phone(rng)),
        "\n5) документ: паспорт ", (PS, g.passport(rng)),
        "\nПо существу: ", rng.choice(("при разгрузке кузова оступился и упал.", "при замене колеса домкрат сорвался, прижало кисть.")), "\n",
    ])


def exit_journal(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["Медпункт вахтового посёлка ", (L, g.addr(rng, fake, "field")), ". Осмотры при выезде с вахты\n"]
    for _ in range(rng.randrange(2, 4)):
        parts += ["- ", (D, g.dtime(rng, "a")), ", ", (P, g.name(rng, fake, rng.choice(("Fio", "FIO")), cis=0.5)), ", ЕНП ",
                  (OMS, g.enp(rng, rng.choice(("a", "b")))), ", ", rng.choice(("здоров", "ОРВИ, выезд разрешён", "жалоб нет")), "\n"]
    parts += ["Фельдшер ", (P, g.name(rng, fake, "Fio", cis=0.05)), ", спутниковый тел. ", (PH, f"+7 954 {g.d(rng, 3)}-{g.d(rng, 2)}-{g.d(rng, 2)}"), "\n"]
    return g.build(parts)


def pathologist_ref(rng: random.Random, fake: Any) -> Planted:
    return g.build([
        "Направление в центр профпатологии\nПациент ", (P, g.name(rng, fake, rng.choice(("FIO", "Fio")))), ", д.р. ",
        (D, g.birth(rng, rng.choice(("short", "num", "slash")))), ", полис ", (OMS, g.oms(rng)), ", амб. карта ",
        (M, g.mrn(rng, "card")), "\nПредварительный диагноз: вибрационная болезнь от локальной вибрации (T75.2), подозрение впервые ",
        (D, g.dstr(rng, rng.choice(("month", "monthg", "num")), 2023, 2025)), "\nСтаж в профессии (вальщик леса) 18 лет. Предприятие находится: ",
        (L, g.addr(rng, fake, rng.choice(("work", "village")))), "\nВрач-профпатолог ", (P, g.name(rng, fake, "Fio", cis=0.05)),
        ", ", (EM, g.mail(rng, fake)), "\n",
    ])


ACT_BLOCKS: list[BlockFamily] = [
    BlockFamily("b40-act-n1", S, act_n1),
    BlockFamily("b40-severity-315", S, severity_315),
    BlockFamily("b40-prof-notice", S, prof_notice),
    BlockFamily("b40-pmo-list", S, pmo_list),
    BlockFamily("b40-pmo-conclusion", S, pmo_conclusion),
    BlockFamily("b40-seafarer-cert", S, seafarer),
    BlockFamily("b40-pilot-vlek", S, pilot_vlek),
    BlockFamily("b40-rail-vek", S, rail_vek),
    BlockFamily("b40-vahta-camp", S, vahta_camp),
    BlockFamily("b40-referral", S, referral),
    BlockFamily("b40-center-letter", S, center_letter),
    BlockFamily("b40-fss-tsv", S, fss_tsv),
    BlockFamily("b40-ocr-act", S, ocr_act),
    BlockFamily("b40-dictated", S, dictated),
    BlockFamily("b40-insurance-card", S, insurance_card),
    BlockFamily("b40-crew-list", S, crew_list),
    BlockFamily("b40-interview", S, interview),
    BlockFamily("b40-exit-journal", S, exit_journal),
    BlockFamily("b40-pathologist-ref", S, pathologist_ref),
]
