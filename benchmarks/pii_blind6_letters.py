"""blind6 whole documents, part two: letters, requests, reports, logs, scans and foreign papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from benchmarks.pii_blind6_docs import (
    DT,
    EM,
    INN,
    LOC,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    P,
    Part,
    U,
    _mob,
    _name,
    assemble,
)
from benchmarks.pii_blind6_places import city_case, format_address, format_email, format_mrn, format_url
from benchmarks.pii_blind6_values import (
    MONTHS_EN,
    format_date,
    format_inn,
    format_oms,
    format_passport,
    format_phone,
    format_snils,
    latin,
    name_parts,
    passport_parts,
    render_name,
)
from benchmarks.pii_families import Planted


def _day(rng: random.Random) -> date:
    return date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))


def police_request(rng: random.Random, fake: Any) -> Planted:
    who = name_parts(rng, fake)
    return assemble([
        "Главному врачу ГБУЗ «ГКБ № ", str(rng.randint(1, 70)), "»\nЗАПРОС\nВ связи с проверкой по материалу КУСП № ",
        str(rng.randint(1000, 30000)), " прошу предоставить сведения о гр. ", (P, render_name(who, rng.choice(("FIO", "F I.O.")), "loct")),
        ", ", (DT, format_date(rng, "dd.mm.yyyy", birth=True)), " г.р., зарегистрированно", "й" if who[3] else "го",
        " по адресу: ", (LOC, format_address(rng, fake, rng.choice(("urban", "no_g", "dorm")))),
        ", доставленно", "й" if who[3] else "го", " бригадой СМП ", (DT, format_date(rng, rng.choice(("dt_v", "dt")))),
        ".\nУчастковый уполномоченный полиции ОМВД майор полиции ", (P, _name(rng, fake, "I.O. F", ethnic=0.1)),
        ", тел. ", (PH, format_phone(rng, rng.choice(("city3", "city4")))), "\n",
    ])


def complaint(rng: random.Random, fake: Any) -> Planted:
    author = name_parts(rng, fake)
    relative = name_parts(rng, fake)
    return assemble([
        "Главному врачу\nот ", (P, render_name(author, "FIO", "gent")), ",\nпроживающ", "ей" if author[3] else "его", ": ",
        (LOC, format_address(rng, fake, rng.choice(("postal", "urban", "mo")))), "\nтел.: ", (PH, _mob(rng)),
        ", e-mail: ", (EM, format_email(rng, fake, rng.choice(("personal", "upper")))), "\n\nЖАЛОБА\n",
        (DT, format_date(rng, rng.choice(("verbal", "verbal_goda")))), " мо", "я мать" if relative[3] else "й отец", " ",
        (P, render_name(relative, "FIO", "nomn")), " был", "а" if relative[3] else "", " доставлен", "а" if relative[3] else "",
        " в приёмное отделение, где врач ", (P, _name(rng, fake, "F", ethnic=0.1)), " отказал в госпитализации.\n",
    ])


def ocr_scan(rng: random.Random, fake: Any) -> Planted:
    """A scanned outpatient card page after OCR: broken labels, stray characters, O for 0 in a phone."""
    return assemble([
        "МЕДИЦИНСКАЯ KAPTA пациента, получающего мед. помощь в амбулаторных условиях № ", (MRN, format_mrn(rng, rng.choice(("dash", "digits7")))),
        "\n1. Дата заполнения медицинскои карты: ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "dots_spaces")))),
        "\n2. Фамилия, имя, отчество |", (P, _name(rng, fake, rng.choice(("FIO", "ALLCAPS")))), "\n3. Пол: ж / м 4. Дата рождения: ",
        (DT, format_date(rng, rng.choice(("dots_spaces", "dd.mm.yyyy")), birth=True)),
        "\n5. Mecто регистрации: ", (LOC, format_address(rng, fake, rng.choice(("caps", "urban")))),
        "\n  тел. ", (PH, format_phone(rng, rng.choice(("O_for_0", "8-9xx-xxx-xx-xx")))),
        "\n6. Полис OMC: ", (OMS, format_oms(rng, rng.choice(("plain", "4x4")))), " 7. CHИЛС: ", (SN, format_snils(rng, rng.choice(("std", "dots")))), "\n",
    ])


def dlo_prescription(rng: random.Random, fake: Any) -> Planted:
    return assemble([
        "Рецепт (ф. 148-1/у-04 (л)) Серия и № ", (MRN, format_mrn(rng, "rx")), " Дата выписки ",
        (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "verbal_q")))), "\nФ.И.О. пациента ", (P, _name(rng, fake, "FIO")),
        "\nДата рождения ", (DT, format_date(rng, "dd.mm.yyyy", birth=True)), " СНИЛС ", (SN, format_snils(rng, rng.choice(("std", "plain")))),
        "\nN полиса ОМС ", (OMS, format_oms(rng, "plain")), "\nN мед. карты ", (MRN, format_mrn(rng, rng.choice(("dash", "slash_year")))),
        "\nФ.И.О. лечащего врача ", (P, _name(rng, fake, rng.choice(("F I.O.", "F I. O.")), ethnic=0.1)), "\nRp.: Apixabani 5 mg\n",
    ])


def sanatorium_072(rng: random.Random, fake: Any) -> Planted:
    return assemble([
        "САНАТОРНО-КУРОРТНАЯ КАРТА № ", (MRN, format_mrn(rng, rng.choice(("dash", "long")))), " (ф. 072/у)\n1. Фамилия, имя, отчество: ",
        (P, _name(rng, fake, "FIO")), "\n2. Пол: ", rng.choice(("М", "Ж")), "  3. Дата рождения: ", (DT, format_date(rng, "dd.mm.yyyy", birth=True)),
        "\n4. Адрес регистрации по месту жительства: ", (LOC, format_address(rng, fake, rng.choice(("postal", "rural", "snt", "military")))),
        "\n5. Документ: паспорт ", (PAS, format_passport(rng, rng.choice(("2_2_6", "2_2_no", "4_6")))),
        "\n6. СНИЛС ", (SN, format_snils(rng, "std")), "\n7. Контактный телефон ", (PH, format_phone(rng, rng.choice(("+7 (9xx) xxx-xx-xx", "8(9xx)xxx-xxxx")))),
        "\nПериод лечения с ", (DT, (start := _day(rng)).strftime("%d.%m.%Y")), " по ",
        (DT, (start + timedelta(days=rng.choice((14, 18, 21)))).strftime("%d.%m.%Y")), "\n",
    ])


def foreign_discharge(rng: random.Random, fake: Any) -> Planted:
    sur, first, _, _ = name_parts(rng, fake, 0.2)
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    return assemble([
        "DISCHARGE SUMMARY (translated)\nPatient: ", (P, f"{latin(sur).upper()}, {latin(first.split()[0])}"),
        "\nDate of birth: ", (DT, rng.choice((f"{d:02d}-{MONTHS_EN[m - 1]}-{y}", f"{m:02d}/{d:02d}/{y}", f"{d}. {MONTHS_EN[m - 1]}. {y}"))),
        "\nPassport RF: ", (PAS, format_passport(rng, rng.choice(("2_2_6", "4_6", "plain")))), "\nHome address: ",
        (LOC, format_address(rng, fake, "abroad") if rng.random() < 0.5 else f"{latin(fake.street_title())} str. {rng.randint(1, 99)}, apt. {rng.randint(1, 300)}, {latin(fake.city_name())}, Russia"),
        "\nCase No.: ", (MRN, format_mrn(rng, "ext_case")), "\nAdmitted: ", (DT, format_date(rng, rng.choice(("en", "us")))),
        "\nContact: ", (EM, format_email(rng, fake, "personal")), ", ", (PH, format_phone(rng, rng.choice(("de", "+79xxxxxxxxx")))), "\n",
    ])


def lab_report(rng: random.Random, fake: Any) -> Planted:
    return assemble([
        rng.choice(("ИНВИТРО", "Гемотест", "КДЛ ГКБ", "Хеликс")), "  Бланк результатов\nИНЗ / № заказа: ", (MRN, format_mrn(rng, "lab")),
        "\nПациент: ", (P, _name(rng, fake, rng.choice(("FIO", "F I.O.")))), "   Дата рожд.: ", (DT, format_date(rng, "dd.mm.yyyy", birth=True)),
        "\nДата взятия биоматериала: ", (DT, format_date(rng, rng.choice(("dt", "dt_sec")))), "\nНаправивший врач: ",
        (P, _name(rng, fake, "F I.O.", ethnic=0.1)), "\nГлюкоза 5,4 ммоль/л; ХС 6,1 ммоль/л\nРезультаты в личном кабинете: ",
        (U, format_url(rng, fake, rng.choice(("lk", "cloud")))), "\n",
    ])


def pacs_report(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, _ = name_parts(rng, fake, 0.2)
    dicom = "^".join(x for x in (latin(sur).upper(), latin(first.split()[0]).upper(), latin(patr.split()[0]).upper() if patr else "") if x)
    return assemble([
        "КТ органов грудной клетки\nAccession No: ", (MRN, format_mrn(rng, "accession")), "\nPatient ID: ",
        (MRN, format_mrn(rng, rng.choice(("digits7", "emias")))), "  Patient Name: ", (P, dicom), "\nPatient DOB: ",
        (DT, format_date(rng, "yyyymmdd", birth=True)), "  Study Date: ", (DT, format_date(rng, rng.choice(("yyyymmdd", "dd.mm.yyyy")))),
        "\nStudy Instance UID: ", (MRN, format_mrn(rng, "uid")), "\nПросмотр: ", (U, format_url(rng, fake, "pacs")),
        "\nВрач-рентгенолог ", (P, _name(rng, fake, "I.O. F", ethnic=0.1)), "\n",
    ])


def smp_call_card(rng: random.Random, fake: Any) -> Planted:
    caller = name_parts(rng, fake)
    return assemble([
        "КАРТА ВЫЗОВА СМП № ", (MRN, format_mrn(rng, "call")), " от ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))),
        "\nПринят: ", (DT, f"{(taken := rng.randint(0, 1379)) // 60:02d}:{taken % 60:02d}"), "  Прибытие: ",
        (DT, f"{(taken + (lag := rng.randint(7, 45))) // 60:02d}:{(taken + lag) % 60:02d}"),
        "\nАдрес вызова: ", (LOC, format_address(rng, fake, rng.choice(("no_g", "urban", "village_short")))),
        f", подъезд {rng.randint(1, 8)}, этаж {rng.randint(1, 16)}, код {rng.randint(10, 99)}К{rng.randint(1000, 9999)}",
        "\nВызывает: ", rng.choice(("дочь", "соседка", "жена")) if caller[3] else rng.choice(("сын", "сосед", "муж")), " ", (P, render_name(caller, rng.choice(("FIO", "IO", "F")), "nomn")),
        ", тел. ", (PH, _mob(rng)), "\nБольной: ", (P, _name(rng, fake, "F I.O.")), ", возраст ", str(rng.randint(18, 95)), " лет\n",
    ])


def social_request(rng: random.Random, fake: Any) -> Planted:
    """A social-services or ЗАГС letter: the passport with its issue date, INN, SNILS."""
    series, number = passport_parts(rng)
    who = name_parts(rng, fake)
    return assemble([
        rng.choice(("В Управление социальной защиты населения", "В отдел ЗАГС", "В Социальный фонд России (клиентская служба)")),
        "\nСведения о гражданине: ", (P, render_name(who, "FIO", "nomn")), "\nпаспорт: серия ", (PAS, series), " № ", (PAS, number),
        ", выдан ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "verbal")))), ", код подразделения ", f"{rng.randint(100, 999)}-{rng.randint(1, 99):03d}",
        "\nИНН ", (INN, format_inn(rng, rng.choice(("plain", "groups")))), "  СНИЛС ", (SN, format_snils(rng, rng.choice(("std", "dashes")))),
        "\nАдрес фактического проживания: ", (LOC, format_address(rng, fake, rng.choice(("urban", "dorm", "rural")))), "\n",
    ])


def phone_log(rng: random.Random, fake: Any) -> Planted:
    parts: list[Part] = ["ЖУРНАЛ ТЕЛЕФОНОГРАММ\n"]
    for _ in range(rng.randint(2, 3)):
        parts += [(DT, format_date(rng, rng.choice(("dt", "time_first")))), " | от: ", (P, _name(rng, fake, rng.choice(("F I.O.", "FIO")))),
                  " (", rng.choice(("дочь", "муж", "соцработник", "ОМВД")), "), тел. ",
                  (PH, format_phone(rng, rng.choice(("8-9xx-xxx-xx-xx", "city4", "local5", "dots", "+7-9xx-xxx-xxxx")))),
                  " | о пациенте ", (P, _name(rng, fake, "F I.O.", "loct")), " | принял(а) ", (P, _name(rng, fake, "F I.", ethnic=0.1)), "\n"]
    return assemble(parts)


def consilium(rng: random.Random, fake: Any) -> Planted:
    members: list[Part] = []
    for i in range(3):
        if i:
            members.append(", ")
        members += [rng.choice(("д.м.н. ", "к.м.н. ", "зав. отд. ", "")), (P, _name(rng, fake, rng.choice(("F I.O.", "I.O. F", "F I. O.")), ethnic=0.15))]
    patient = name_parts(rng, fake)
    return assemble([
        "ПРОТОКОЛ КОНСИЛИУМА ВРАЧЕЙ № ", str(rng.randint(1, 400)), " от ", (DT, format_date(rng, rng.choice(("verbal_q", "dd.mm.yyyy")))),
        "\nПациент", "ка" if patient[3] else "", ": ", (P, render_name(patient, "FIO", "nomn")), ", ИБ № ",
        (MRN, format_mrn(rng, rng.choice(("slash_year", "letters", "year_slash")))), "\nСостав консилиума: ", *members,
        "\nРешение: продолжить терапию, контроль через 14 дней.\n",
    ])


def certificate_086(rng: random.Random, fake: Any) -> Planted:
    who = name_parts(rng, fake)
    return assemble([
        "МЕДИЦИНСКАЯ СПРАВКА (форма 086/у)\n1. Выдана: ", (P, render_name(who, "FIO", "datv")),
        "\n2. Дата рождения: ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "verbal_goda")), birth=True)),
        "\n3. Адрес места жительства: ", (LOC, format_address(rng, fake, rng.choice(("urban", "village_short", "dorm", "split")))),
        "\n4. Место учёбы: ГБПОУ «Медицинский колледж № 2»\n5. Родилась в г. " if who[3] else "\n4. Место учёбы: ГБПОУ «Медицинский колледж № 2»\n5. Родился в г. ",
        (LOC, city_case(rng, "loct")), "\nДата выдачи: ", (DT, format_date(rng, "dd.mm.yyyy")), " Главный врач ", (P, _name(rng, fake, "I.O. F", ethnic=0.1)),
        "\n",
    ])


def oms_letter(rng: random.Random, fake: Any) -> Planted:
    """An insurance (СМО/ТФОМС) letter about a patient's policy."""
    who = name_parts(rng, fake)
    return assemble([
        rng.choice(("ТФОМС", "ООО «Капитал МС»", "АО «МАКС-М»")), " исх. № ", str(rng.randint(100, 9999)), " от ",
        (DT, format_date(rng, "dd.mm.yyyy")), "\nСообщаем, что ", (P, render_name(who, rng.choice(("FIO", "F I.O.")), "nomn")), ", ",
        (DT, format_date(rng, "dd.mm.yyyy", birth=True)), " г.р., застрахован", "а" if who[3] else "", " по ОМС, ЕНП ",
        (OMS, format_oms(rng, rng.choice(("plain", "4x4", "dash4")))), ", прикреплен", "а" if who[3] else "",
        " к ГБУЗ ГП № ", str(rng.randint(1, 220)), ". Электронный полис выдан ", (DT, format_date(rng, "verbal")),
        ". Ответ направлен на ", (EM, format_email(rng, fake, "personal")), ".\n",
    ])


def telemed_protocol(rng: random.Random, fake: Any) -> Planted:
    return assemble([
        "Протокол телемедицинской консультации ", (DT, format_date(rng, rng.choice(("dt", "iso_t")))), "\nКонсультант: ",
        (P, _name(rng, fake, "F I.O.", ethnic=0.1)), ", ", (EM, format_email(rng, fake, "work")), "\nСсылка на сеанс: ",
        (U, format_url(rng, fake, rng.choice(("telemed", "zoom")))), "\nПациент ", (P, _name(rng, fake, "F I.O.")), ", № ЭМК ",
        (MRN, format_mrn(rng, rng.choice(("emias", "letters")))), ", ИНН ", (INN, format_inn(rng, rng.choice(("plain", "spaces3")))), "\n",
    ])
