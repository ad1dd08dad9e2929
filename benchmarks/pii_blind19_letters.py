"""blind19 blocks: letters, requests and official replies (courts, police, insurers, enlistment offices,
social services, МСЭ), e-mails between clinics and patients, sanatorium cards."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind19_gen as g
from benchmarks import pii_blind19_people as pp
from benchmarks.pii_blind19_gen import DT, EM, INN, LOC, MRN, OMS, PH, PS, SN, URL, P, doc
from benchmarks.pii_families import MONTHS_GENT, Planted


def _out_no(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9999)}/01-{rng.randint(10, 99)}",
            f"01-{rng.randint(100, 9999)}",
            f"{rng.randint(10, 99)}-{rng.randint(1, 999)}/{rng.randint(19, 26)}",
        )
    )


def court_request(rng: random.Random, fake: Any) -> Planted:
    judge = pp.russian(rng, fake)
    pat = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    by, bm, bd = g.birth(rng)
    case_no = f"2-{rng.randint(100, 9999)}/{y}"
    return doc(
        "Главному врачу ",
        pp.hospital(rng),
        "\n",
        rng.choice(("Октябрьский", "Кировский", "Советский")),
        " районный суд г. Уфы (исх. № ",
        _out_no(rng),
        " от ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        ")\n",
        "В производстве суда находится гражданское дело № ",
        case_no,
        " по иску ",
        (P, pat.full("gent")),
        " о возмещении вреда здоровью. Прошу в срок до ",
        (DT, f"{min(d + 10, 28)}.{m:02d}.{y}"),
        " представить заверенную копию медицинской карты № ",
        (MRN, pp.mrn_any(rng)),
        " на имя ",
        (P, pat.full("gent")),
        ", ",
        (DT, g.date_str(rng, by, bm, bd, "dot")),
        " г.р., проживающего по адресу: ",
        (LOC, pp.address(rng, fake)),
        ".\nСудья ",
        (P, f"{judge.initials()} {judge.L()}"),
    )


def police_request(rng: random.Random, fake: Any) -> Planted:
    off = pp.russian(rng, fake, male=True)
    pat = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    return doc(
        "ОМВД России по ",
        rng.choice(("Ленинскому", "Центральному", "Заволжскому")),
        " району\n",
        "ЗАПРОС\nВ связи с проверкой сообщения о происшествии (КУСП № ",
        f"{rng.randint(1000, 29999)}",  # the police register's number, not the patient's record
        " от ",
        (DT, g.date_str(rng, y, m, d, rng.choice(("dot", "words")))),
        ") прошу сообщить, обращался ли ",
        (P, pat.full()),
        ", ",
        (DT, g.date_str(rng, *g.birth(rng), style="dot")),
        " г.р., за медицинской помощью, диагноз и степень тяжести. ",
        "Ответ направить на ",
        (EM, f"omvd{rng.randint(1, 40)}@mvd.ru"),
        " или факсом ",
        (PH, g.city_phone(rng)),
        ".\n",
        "УУП ",
        rng.choice(("ст. лейтенант", "капитан", "майор")),
        " полиции ",
        (P, f"{off.L()} {off.initials()}"),
        ", тел. ",
        (PH, g.mobile(rng)),
    )


def police_reply(rng: random.Random, fake: Any) -> Planted:
    """A clinic's reply quoting the patient's documents."""
    pat = pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    ser, num = g.passport(rng)
    head = pp.russian(rng, fake)
    return doc(
        "На Ваш запрос от ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        " № ",
        _out_no(rng),
        " сообщаем: ",
        (P, pat.full()),
        " (паспорт серии ",
        (PS, ser),
        " № ",
        (PS, num),
        ", СНИЛС ",
        (SN, g.snils(rng)),
        ") обратился в травмпункт ",
        (DT, f"{min(d + 1, 28)} {MONTHS_GENT[m - 1]} {y} г. в {rng.randint(0, 23)}:{rng.randint(10, 59)}"),
        ", медицинская карта травматика № ",
        (MRN, f"Т-{rng.randint(1, 9999)}/{y % 100}"),
        ". Диагноз: S00.8 Ушиб мягких тканей лица. Лицензия ЛО-02-01-00" + g.dig(rng, 4) + ".\n",
        "Главный врач ",
        (P, f"{head.L()} {head.initials()}"),
    )


def insurer_letter(rng: random.Random, fake: Any) -> Planted:
    pat = pp.anyone(rng, fake)
    exp = pp.russian(rng, fake, male=False)
    y, m, d = g.ymd(rng, 2025, 2026)
    return doc(
        "АО «СОГАЗ-Мед», филиал. ИНН ",
        g.org_inn10(rng),
        ", КПП ",
        g.dig(rng, 9),
        "\n",
        "Акт медико-экономической экспертизы № ",
        f"{rng.randint(1, 999)}-МЭЭ",
        "\n",
        "Застрахованное лицо: ",
        (P, pat.full()),
        "; ЕНП ",
        (OMS, g.enp(rng)),
        "; период лечения ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        "–",
        (DT, f"{min(d + 9, 28):02d}.{m:02d}.{y}"),
        "; ИБ № ",
        (MRN, f"{rng.randint(1, 29999)}"),
        ".\nДефект 3.2.1: невыполнение диагностических мероприятий (код 33.3).\n",
        "Эксперт качества медпомощи ",
        (P, f"{exp.F()} {exp.M()} {exp.L()}"),
        ", ",
        (EM, g.org_email(rng, fake)),
    )


def insurer_dms_email(rng: random.Random, fake: Any) -> Planted:
    pat = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "From: ",
        (EM, f"dms-assist{rng.randint(1, 9)}@{rng.choice(('ingos', 'reso', 'alfastrah', 'vsk'))}.ru"),
        "\n",
        "To: ",
        (EM, g.org_email(rng, fake)),
        "\n",
        "Subject: Гарантийное письмо № ",
        (MRN, f"ГП-{y}-{g.dig(rng, 6)}"),
        "\n\n",
        "Просим оказать медицинскую помощь застрахованному ",
        (P, pat.full("datv")),
        ", полис ДМС № ",
        (MRN, f"{g.dig(rng, 3)}-{g.dig(rng, 6)}/{y % 100}"),
        ", дата рождения ",
        (DT, g.date_str(rng, *g.birth(rng), style="dot")),
        ", в объеме: консультация невролога, МРТ пояснично-крестцового отдела. Срок действия до ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        ".\nТел. пульта: ",
        (PH, "8 (800) " + g.dig(rng, 3) + "-" + g.dig(rng, 2) + "-" + g.dig(rng, 2)),
    )


def enlistment_office(rng: random.Random, fake: Any) -> Planted:
    boy = pp.anyone(rng, fake, male=True)
    boss = pp.russian(rng, fake, male=True)
    by = rng.randint(2004, 2008)
    bm, bd = rng.randint(1, 12), rng.randint(1, 28)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Военный комиссариат ",
        rng.choice(("Советского и Кировского районов", "г. Набережные Челны", "Октябрьского района")),
        "\n",
        "Исх. № ",
        _out_no(rng),
        " от ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        "\n",
        "Прошу выслать медицинское заключение (форма 001-ГС/у не требуется) на гражданина ",
        (P, boy.full("accs")),
        ", ",
        (DT, f"{bd:02d}.{bm:02d}.{by}"),
        " г.р., проживающего: ",
        (LOC, pp.address(rng, fake, rng.choice(("city", "index_first", "rural")))),
        ", направленного на дополнительное обследование (ст. 45 «б» Расписания болезней). Направление № ",
        (MRN, f"{rng.randint(1, 999)}/{y % 100}"),
        ".\nВоенный комиссар ",
        (P, f"{boss.initials()} {boss.L()}"),
        "\nИсп. тел. ",
        (PH, g.city_phone(rng)),
    )


def social_services(rng: random.Random, fake: Any) -> Planted:
    old = pp.russian(rng, fake)
    sw = pp.russian(rng, fake, male=False)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Комплексный центр социального обслуживания населения\nУведомление\n",
        "Получатель социальных услуг: ",
        (P, old.full()),
        "\nСНИЛС: ",
        (SN, g.snils(rng)),
        "\nАдрес: ",
        (LOC, pp.address(rng, fake)),
        "\nДата признания нуждающимся: ",
        (DT, g.date_str(rng, y, m, d, rng.choice(("dot", "words")))),
        "\nИПСУ № ",
        (MRN, f"{rng.randint(1, 99999)}"),
        "\nСоциальный работник: ",
        (P, f"{sw.F()} {sw.M()}"),
        ", ",
        (PH, g.mobile(rng)),
        "\nПросим сообщить о плане диспансерного наблюдения (ХСН, ФК II).",
    )


def mse_referral(rng: random.Random, fake: Any) -> Planted:
    """Направление на медико-социальную экспертизу: numbered items, values on the next line."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    by, bm, bd = g.birth(rng)
    ser, num = g.passport(rng)
    return doc(
        "НАПРАВЛЕНИЕ НА МЕДИКО-СОЦИАЛЬНУЮ ЭКСПЕРТИЗУ\nмедицинской организацией (ф. 088/у)\n",
        "1. Дата выдачи:\n",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        "\n",
        "8. Фамилия, имя, отчество:\n",
        (P, p.full()),
        "\n",
        "9. Дата рождения:\n",
        (DT, f"{bd:02d}.{bm:02d}.{by}"),
        "\n",
        "13. Адрес места жительства:\n",
        (LOC, pp.address(rng, fake, rng.choice(("index_first", "rural", "snt", "index_last")))),
        "\n",
        "16. Документ, удостоверяющий личность: паспорт гражданина РФ, серия ",
        (PS, ser),
        " номер ",
        (PS, num),
        "\n",
        "17. СНИЛС:\n",
        (SN, g.snils(rng)),
        "\n18. Полис ОМС: ",
        (OMS, g.enp(rng)),
        "\n",
        "21. № медицинской карты: ",
        (MRN, pp.mrn_any(rng)),
        "\nЦель: установление группы инвалидности. Диагноз: I69.3.",
    )


def mse_conclusion_reply(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    num = f"{rng.randint(1, 2999)}.{rng.randint(1, 40)}.{rng.choice(('77', '16', '02', '54'))}/{y}"
    return doc(
        "ФКУ «ГБ МСЭ по ",
        rng.choice(("Республике Татарстан", "г. Москве", "Новосибирской области")),
        "» Бюро № ",
        str(rng.randint(1, 40)),
        "\nВыписка из акта медико-социальной экспертизы гражданина № ",
        (MRN, num),
        " от ",
        (DT, g.date_str(rng, y, m, d, "words")),
        "\n",
        (P, p.full()),
        " признан(а) инвалидом ",
        rng.choice(("I", "II", "III")),
        " группы на срок до ",
        (DT, f"01.{m:02d}.{y + 1}"),
        ". ИПРА № ",
        (MRN, f"{g.dig(rng, 3)}.{g.dig(rng, 2)}.{g.dig(rng, 2)}/{y}"),
        ".\nАдрес получателя: ",
        (LOC, pp.address(rng, fake)),
    )


def sanatorium_card(rng: random.Random, fake: Any) -> Planted:
    """Санаторно-курортная карта 072/у: a mix of boxes and lines."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    by, bm, bd = g.birth(rng)
    doc_ = pp.russian(rng, fake)
    card = f"{g.dig(rng, 2, False)} {g.dig(rng, 6, False)}"
    return doc(
        "САНАТОРНО-КУРОРТНАЯ КАРТА № ",
        (MRN, card),
        "\nформа 072/у\n",
        "1. Фамилия, имя, отчество ",
        (P, p.L().upper()),
        " ",
        (P, p.F().upper()),
        *((" ", (P, p.M().upper())) if p.middle else ()),
        "\n",
        "2. Дата рождения | ",
        (DT, f"{bd:02d} | {bm:02d} | {by}"),
        "\n",
        "3. Адрес места жительства ",
        (LOC, pp.address(rng, fake)),
        "\n",
        "4. № путевки ",
        (MRN, f"{rng.choice(('СК', 'ФСС'))}-{g.dig(rng, 7)}"),
        ", срок заезда с ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        "\n5. Основной диагноз: M42.1 (остеохондроз). Рекомендуемый курорт: Кисловодск.\n",
        "Лечащий врач ",
        (P, doc_.shape(rng)),
        "   Заведующий отделением ",
        (P, pp.russian(rng, fake).shape(rng)),
    )


def sanatorium_return(rng: random.Random, fake: Any) -> Planted:
    """Обратный талон: what the resort sends back."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2025, 2026)
    return doc(
        "ОБРАТНЫЙ ТАЛОН санаторно-курортной карты № ",
        (MRN, g.dig(rng, 6, False)),
        "\n",
        (P, p.shape(rng)),
        " находился(ась) в санатории «Красная Талка» с ",
        (DT, f"{d} {MONTHS_GENT[m - 1]}"),
        " по ",
        (DT, g.date_str(rng, y, m, min(d + 14, 28), "words")),
        "\nПроцедуры: нарзанные ванны № 10, ЛФК. Электрофорез с эуфиллином 2,4% № 8.\n",
        "Телефон отделения: ",
        (PH, g.city_phone(rng)),
        "; сайт ",
        (URL, f"https://www.{rng.choice(('talka', 'kurort-kmv', 'sanatoriy-sosny'))}.ru"),
    )


def email_patient_clinic(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    mail = g.email_for(rng, fake, p.last, p.first)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "От: ",
        (P, p.full()),
        " <",
        (EM, mail),
        ">\nКому: ",
        (EM, g.org_email(rng, fake)),
        "\nДата: ",
        (
            DT,
            f"{rng.choice(('Пн', 'Вт', 'Ср', 'Чт', 'Пт'))}, {d} {MONTHS_GENT[m - 1][:3]} {y} {rng.randint(7, 23)}:{rng.randint(10, 59)}",
        ),
        "\nТема: выписка\n\nДобрый день! Прошу выслать выписку по ИБ ",
        (MRN, pp.mrn_any(rng)),
        ", я лежала в кардиологии с ",
        (DT, f"{rng.randint(1, 9)}–{rng.randint(10, 20)} {MONTHS_GENT[m - 1]}"),
        ". Мой телефон ",
        (PH, g.mobile(rng)),
        ".\nС уважением, ",
        (P, f"{p.F()} {p.L()[:1]}."),
    )


def email_between_clinics(rng: random.Random, fake: Any) -> Planted:
    a, b = pp.russian(rng, fake), pp.russian(rng, fake)
    pat = pp.anyone(rng, fake)
    return doc(
        "Уважаемый(ая) ",
        (P, f"{a.F()} {a.M()}"),
        "!\nНаправляю к Вам на консультацию ",
        (P, pat.L("accs")),
        " ",
        (P, pat.initials()),
        " (ИБ ",
        (MRN, pp.mrn_any(rng)),
        ", ЕНП ",
        (OMS, g.enp(rng)),
        "). КТ от ",
        (DT, g.any_date(rng, rng.choice(("dot", "short", "iso")))),
        " во вложении, исследование ",
        (MRN, f"CT{g.dig(rng, 8, False)}"),
        ". Ссылка на PACS: ",
        (URL, f"https://pacs.{rng.choice(('rkb', 'okb2', 'medcity'))}.ru/viewer?study={g.dig(rng, 10)}"),
        "\n--\nС уважением, ",
        (P, f"{b.L()} {b.F()}"),
        ", зав. хирургическим отделением\nтел. ",
        (PH, g.city_phone(rng)),
        ", моб. ",
        (PH, g.mobile(rng)),
        ", ",
        (EM, g.email_for(rng, fake, b.last, b.first)),
    )


def prosecutor_complaint(rng: random.Random, fake: Any) -> Planted:
    """A patient's complaint forwarded by the prosecutor's office, with the patient's contacts."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Прокуратура района направляет для рассмотрения обращение ",
        (P, p.full("gent")),
        " от ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        " (вх. № ",
        _out_no(rng),
        ") о ненадлежащем оказании медицинской помощи ее матери ",
        (P, pp.russian(rng, fake, male=False).full("datv")),
        ". Заявитель проживает: ",
        (LOC, pp.address(rng, fake)),
        ", тел. ",
        (PH, g.any_phone(rng)),
        ", эл. почта ",
        (EM, g.email_for(rng, fake, p.last, p.first)),
        ". Ответ заявителю направить в срок до ",
        (DT, f"{d} {MONTHS_GENT[m - 1]} {y} года"),
        " с уведомлением прокуратуры.",
    )


def inn_tax_certificate(rng: random.Random, fake: Any) -> Planted:
    payer = pp.anyone(rng, fake)
    pat = pp.russian(rng, fake)
    y = rng.randint(2023, 2025)
    return doc(
        "СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ",
        (MRN, f"{rng.randint(1, 9999)}"),
        "\nИНН медицинской организации ",
        g.org_inn10(rng),
        ", ОГРН ",
        g.ogrn(rng),
        ", лицензия № Л041-01137-16/0" + g.dig(rng, 7),
        "\nНалогоплательщик: ",
        (P, payer.full()),
        "\nИНН налогоплательщика: ",
        (INN, g.inn12(rng)),
        "\nПациент: ",
        (P, pat.full()),
        ", дата рождения ",
        (DT, g.date_str(rng, *g.birth(rng), style="dot")),
        ", ИНН ",
        (INN, g.inn12(rng)),
        "\nСумма: 48 300 руб. 00 коп., код услуги 01, за ",
        str(y),
        " год.",
    )


BLOCKS = [
    court_request,
    police_request,
    police_reply,
    insurer_letter,
    insurer_dms_email,
    enlistment_office,
    social_services,
    mse_referral,
    mse_conclusion_reply,
    sanatorium_card,
    sanatorium_return,
    email_patient_clinic,
    email_between_clinics,
    prosecutor_complaint,
    inn_tax_certificate,
]
