"""``blind4`` families that are whole document kinds of Russian health records, each planting values
of several types as the real form lays them out: discharge epicrisis headers, referrals (057/у-04),
lab requisitions, sick-leave (ЭЛН) data, medical death certificates, certificates for the military
commissariat, sanatorium cards, dental and maternity records, prescriptions (107-1/у), telemedicine
protocols, complaints to the insurer, forensic expertise, school cards (026/у), patients' e-mails,
messenger screenshots, OCR'd scans and documents in Latin letters. Form numbers, prescription and
certificate series, ЭЛН numbers, barcodes, doses and codes stand next to the PII unlabelled.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind4_numbers as nb
from benchmarks import pii_blind4_places as pl
from benchmarks.pii_blind4_core import (
    CLIN,
    DATE,
    EMAIL,
    INN,
    LOCATION,
    MRN,
    OMS,
    PASSPORT,
    PERSON,
    PHONE,
    SNILS,
    URL,
    WHEN,
    Block,
    Segments,
    Slot,
    birth_slot,
    block,
    date_latin,
    date_slot,
    digits,
    latin_name,
    new_person,
    noise,
    ocr_spaced,
    of,
    person,
    write,
    ymd,
)

_P = person("F I O", "UP", "F I O", "F I.O.")
_DOC = person("F I.O.", "I.O. F", "F I O")
_B = birth_slot()
_D = date_slot(2018, 2025)
_ADDR = of(LOCATION, lambda rng: rng.choice((pl.plain, pl.microdistrict, pl.kladr, pl.dormitory))(rng))
_PHONE = of(PHONE, nb.any_phone)
_MOB = of(PHONE, nb.mobile)
_SNILS = of(SNILS, nb.snils)
_OMS = of(OMS, nb.oms)
_PASS = of(PASSPORT, nb.passport)
_MRN = of(MRN, nb.discharge_no)
_TOWN = Slot(LOCATION, lambda rng, fake, case: pl.town_in(rng, case))
_CODE = noise("770-001", "350-002", "440-015", "600-004", "320-011", "110-005")
_ELN = of(None, lambda rng: digits(rng, 12, True))  # the sick-leave number itself: left unlabelled
_ICD = noise("I11.9", "I63.5", "J18.1", "K80.1", "C34.1", "E11.6", "I21.4", "N18.4", "G40.2", "S72.0")
_SERIES = of(None, lambda rng: f"{rng.randint(10, 99)} № {digits(rng, 6)}")  # certificate / prescription series


def _period(rng: random.Random, fake: Any, option: str) -> Segments:
    """A period of incapacity or of stay: two dates (the second later), each its own span."""
    y, m, d = ymd(rng, 2019, 2025)
    d2 = min(28, d + rng.randint(3, 20))
    m2, y2 = (m, y) if d2 > d else (m % 12 + 1, y + (m == 12))
    first, last = nb_date(y, m, d, rng, short=rng.random() < 0.3), nb_date(y2, m2, d2, rng)
    between = rng.choice((" по ", " — ", "-", " - ", " до "))
    head = "с " if between in (" по ", " до ") else ""
    return [(head, None), (first, DATE), (between, None), (last, DATE)]


def nb_date(y: int, m: int, d: int, rng: random.Random, short: bool = False) -> str:
    if short:
        return f"{d:02d}.{m:02d}"
    return rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}.{m:02d}.{y}"))


_PERIOD = Slot(DATE, _period)


def _email_header(rng: random.Random, fake: Any, option: str) -> Segments:
    """A patient's e-mail pasted into the record: From/Date/Subject, then the body."""
    p = new_person(rng, fake)
    name = latin_name(p, rng) if rng.random() < 0.5 else write(p, rng.choice(("I F", "F I O", "I O F")), "", rng)
    y, m, d = ymd(rng, 2021, 2025)
    sent = date_latin(y, m, d, rng) if rng.random() < 0.6 else f"{d:02d}.{m:02d}.{y}"
    return [("От: ", None), (name, PERSON), (" <", None), (nb.email_of(p, rng), EMAIL), (">\nДата: ", None), (sent, DATE),
            (f"\nТема: {rng.choice(('Re: результаты', 'Выписка', 'вопрос по лечению', 'Fwd: анализы'))}\n", None)]


def _chat(rng: random.Random, fake: Any, option: str) -> Segments:
    """A messenger screenshot transcribed: "[12.03.24, 14:05] Name: text"."""
    y, m, d = ymd(rng, 2022, 2025)
    p = new_person(rng, fake)
    stamp = rng.choice((f"{d:02d}.{m:02d}.{y % 100:02d}, {rng.randint(7, 23)}:{rng.randint(0, 59):02d}",
                        f"{d:02d}.{m:02d}.{y} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"))
    who, kind = rng.choice(((write(p, "I F", "", rng), PERSON), (write(p, "F I", "", rng), PERSON), (nb.mobile(rng), PHONE)))
    return [("[", None), (stamp, DATE), ("] ", None), (who, kind), (": ", None)]


_MAIL = Slot(EMAIL, _email_header)
_CHAT = Slot(DATE, _chat)

DOC_FAMILIES: dict[str, Block] = {
    "doc-discharge-header-b4": block((
        "ВЫПИСНОЙ ЭПИКРИЗ\nиз медицинской карты стационарного больного № {h}\nФ.И.О.: {p}\nДата рождения: {b}\n"
        "Адрес: {a}\nНаходился на лечении {per}; {c}.\n",
        "Выписка из истории болезни № {h}. Больной(ая) {p}, {b} г.р., проживающий(ая): {a}. Поступил(а) {d}, выписан(а) {d}.\n",
        "Эпикриз (ф. 027/у). Пациент: {p}. Д.р. {b}. И/б {h}. Полис {o}. СНИЛС {s}. Период госпитализации: {per}.\n",
    ), h=_MRN, p=_P, b=_B, a=_ADDR, per=_PERIOD, c=CLIN, d=_D, o=_OMS, s=_SNILS),
    "doc-referral-057-b4": block((
        "НАПРАВЛЕНИЕ (ф. 057/у-04) на госпитализацию\n1. Номер страхового полиса ОМС {o}\n2. Код льготы {l}\n"
        "3. СНИЛС {s}\n4. Фамилия, имя, отчество {p}\n5. Дата рождения {b}\n6. Адрес постоянного места жительства {a}\n"
        "7. Место работы, должность: не работает\n8. Код диагноза по МКБ {c}\nВрач {doc}   тел. {t}\n",
        "Направление на консультацию ф. 057/у. Пациент {p}, {b}; полис ОМС {o}; СНИЛС {s}. Направлен к неврологу; {c}. "
        "Направивший врач {doc}, {d}.\n",
    ), o=_OMS, l=noise("081", "084", "010", "—"), icd=_ICD, s=_SNILS, p=_P, b=_B, a=_ADDR, c=CLIN, doc=_DOC, t=_PHONE, d=_D),
    "doc-lab-requisition-b4": block((
        "НАПРАВЛЕНИЕ НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ\nОтделение: {c}\nИБ № {h}\nПациент: {p}, д.р. {b}\n"
        "Дата и время взятия материала: {w}\nШтрих-код пробирки: {bar}\nВрач: {doc}\n",
        "Заявка в КДЛ № {req} от {d}: {p} ({b}); ЭМК {e}; биоматериал — венозная кровь; {c}. Забор: {w}.\n",
    ), c=CLIN, h=_MRN, p=_P, b=_B, w=WHEN, bar=of(None, lambda rng: digits(rng, 10, True)), doc=_DOC,
        req=of(None, lambda rng: str(rng.randint(100, 99999))), d=_D, e=of(MRN, nb.emk_no)),
    "doc-sick-leave-b4": block((
        "ЭЛН № {eln}. Получатель: {p}, СНИЛС {s}. Дата рождения {b}. Место работы: ООО «Северсталь-ресурс», "
        "ИНН работодателя {org}. Освобождение от работы {per}, врач {doc}.\n",
        "Листок нетрудоспособности (электронный) {eln}\nСНИЛС: {s}\nФИО: {p}\nПериод: {per}\nПриступить к работе: {d}\n"
        "ИНН получателя пособия: {inn}\n",
    ), eln=_ELN, p=_P, s=_SNILS, b=_B, org=of(INN, lambda rng: nb.inn_digits(rng, 10)), per=_PERIOD, doc=_DOC, d=_D,
        inn=of(INN, nb.inn)),
    "doc-death-certificate-b4": block((
        "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия {ser}\nДата выдачи: {d}\n1. Фамилия, имя, отчество умершего: {p}\n"
        "2. Пол: {sex}\n3. Дата рождения: {b}\n4. Дата смерти: {w}\n5. Регистрация по месту жительства: {a}\n"
        "7. Место смерти: {a}\n8. Документ, удостоверяющий личность: паспорт {pp}, код подразделения {k}\n"
        "9. СНИЛС: {s}\n10. Полис ОМС: {o}\n",
        "Свидетельство о смерти (ф. 106/у) серия {ser}: {p}, рожд. {b}, умер(ла) {w} по адресу {a}. Причина: {icd}, {c}. "
        "Заполнил врач {doc}.\n",
    ), ser=_SERIES, d=_D, p=_P, sex=noise("муж.", "жен."), b=_B, w=WHEN, a=_ADDR, pp=_PASS, k=_CODE, s=_SNILS, o=_OMS,
        c=CLIN, doc=_DOC, icd=_ICD),
    "doc-military-b4": block((
        "В военный комиссариат {town:gen}\nСПРАВКА\nДана {p:dat}, {b} г.р., проживающему: {a}, паспорт {pp}, "
        "в том, что он находился на обследовании {per}; {c}. Категория годности «В», ст. 13 «б».\n",
        "Медицинское заключение для ВВК: призывник {p}, дата рождения {b}, паспорт гражданина РФ {pp} выдан {d}; "
        "адрес регистрации {a}; тел. {t}.\n",
    ), town=_TOWN, p=person("F I O", "F I.O.", female=False), b=_B, a=_ADDR, pp=_PASS, per=_PERIOD, c=CLIN, d=_D, t=_MOB),
    "doc-sanatorium-b4": block((
        "САНАТОРНО-КУРОРТНАЯ КАРТА (ф. 072/у) № {k}\nФ.И.О. {p}\nДата рождения {b}\nАдрес {a}\nТел. {t}\n"
        "Курорт: {resort}; заезд {per}.\n",
        "Обратный талон санаторно-курортной карты № {k}: {p} находился на лечении в санатории в г. {resort} {per}; "
        "{c}. Рекомендовано наблюдение по месту жительства.\n",
    ), k=of(MRN, nb.sanatorium_no), p=_P, b=_B, a=_ADDR, t=_PHONE,
        resort=of(LOCATION, lambda rng: rng.choice(("Ессентуки", "Кисловодск", "Белокуриха", "Анапа", "Евпатория"))),
        per=_PERIOD, c=CLIN),
    "doc-dental-b4": block((
        "МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО (ф. 043/у) № {k}\nФамилия, имя, отчество {p}\nДата рождения {b}\n"
        "Телефон {t}\nЗубная формула: 18 17 О 15 14 П 12 11 | 21 22 23 К 25 26 27 28\nДиагноз: кариес дентина (K02.1), {c}.\n",
        "Стоматология, карта {k}. Пациентка {pf}, {b}; жалобы на боль в зубе 3.6. Анестезия: Sol. Articaini 4% 1,7 мл. "
        "Врач-стоматолог {doc}. Явка {d}.\n",
    ), k=of(MRN, nb.dental_no), p=_P, pf=person("F I O", "F I.O.", female=True), b=_B, t=_PHONE, c=CLIN, doc=_DOC, d=_D),
    "doc-maternity-b4": block((
        "ОБМЕННАЯ КАРТА (ф. 113/у-20). История родов № {k}\nФ.И.О. беременной {p}\nВозраст: {age} лет, д.р. {b}\n"
        "ПДР: {d}\nБеременность {wk} нед.; {c}; роды {n}-е.\nМуж: {hus}, тел. {t}\n",
        "Роды {n} срочные {w}. Родилась девочка, вес 3400 г, рост 52 см, {c}. Мать — {p}, и/р {k}; отец — {hus}.\n",
    ), k=of(MRN, nb.maternity_no), p=person("F I O", "F I.O.", female=True), age=noise("19", "24", "31", "38", "42"), b=date_slot(1982, 2006),
        wk=noise("36", "38", "39-40", "41"),
        d=_D, c=CLIN, n=noise("1", "2", "3"), hus=person("F I O", "F I.O.", "I F", female=False), t=_MOB, w=WHEN),
    "doc-prescription-b4": block((
        "РЕЦЕПТ (ф. 107-1/у) серия {ser}   «{dd}» {mm} {yy} г.\nФ.И.О. пациента {p}\nДата рождения {b}\n"
        "Ф.И.О. врача {doc}\nRp.: {c}\n",
        "Рецепт 107-1/у от {d}: {p} ({b}). Rp: Tab. Metformini 1000 mg № 60, D.S. по 1 т. 2 р/д. Врач {doc}. "
        "Срок действия 60 дней.\n",
    ), ser=_SERIES, dd=noise("__"), mm=noise("______"), yy=noise("20__"), p=_P, b=_B, doc=_DOC, c=CLIN, d=_D),
    "doc-telemedicine-b4": block((
        "ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ № {k}\nДата и время: {w}\nСсылка на сеанс: {u}\n"
        "Консультант: {doc} (НМИЦ)\nЛечащий врач: {doc}, ЦРБ {town:gen}\nПациент: {p}, {b}\nЗаключение: {c}.\n",
        "ТМК {w}, ID {k}. Запрашивающая сторона: {doc}, e-mail {e}. Пациент {p}. Материалы: {u}\n",
    ), k=of(MRN, nb.emk_no), w=WHEN, u=of(URL, nb.link), doc=_DOC, town=_TOWN, p=_P, b=_B, c=CLIN,
        e=Slot(EMAIL, lambda rng, fake, o: nb.email_of(new_person(rng, fake), rng))),
    "doc-insurance-complaint-b4": block((
        "В АО «СОГАЗ-Мед» от {p:gen}, полис {o}, проживающей по адресу: {a}, тел. {t}, e-mail: {e}.\nЖАЛОБА\n"
        "{d} я обратилась в поликлинику, где мне отказали в записи к эндокринологу; {c}.\n",
        "Обращение застрахованного лица. Заявитель: {p}. Полис ОМС старого образца {old}. Адрес: {a}. Дата обращения {d}.\n",
    ), p=person("F I O", "F I.O.", female=True), o=_OMS, a=_ADDR, t=_PHONE, e=of(EMAIL, nb.email), d=_D, c=CLIN,
        old=of(OMS, nb.oms_old)),
    "doc-forensic-b4": block((
        "ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № {n} (судебно-медицинская экспертиза)\nПодэкспертный: {p}, {b} г.р., паспорт {pp}, "
        "проживает: {a}.\nЭкспертиза начата {d}, окончена {d}. Эксперт {doc}.\n",
        "Акт СМО № {n}: осмотрен {p}, рожд. {b}. Со слов, {d} около 22:00 у дома по адресу {a} был избит {m:ins}. "
        "{c}.\n",
    ), n=of(None, lambda rng: f"{rng.randint(1, 3999)}/{rng.randint(19, 25)}"), p=_P, b=_B, pp=_PASS, a=_ADDR, d=_D, doc=_DOC,
        m=person("I O F", "F I O", female=False), c=CLIN),
    "doc-school-026-b4": block((
        "МЕДИЦИНСКАЯ КАРТА РЕБЁНКА (ф. 026/у) № {k}\nФамилия, имя, отчество {p}\nДата рождения {b}\nДомашний адрес {a}\n"
        "Школа № {sch}, класс {cl}\nМать: {mo}, тел. {t}\nОтец: {fa}\nПолис ОМС {o}; СНИЛС {s}\nГруппа здоровья II.\n",
        "Карта 026/у № {k}: {p}, {b}, {cl} класс. Прививки: АДС-М {d}. Родитель {mo}, {t}.\n",
    ), k=of(MRN, nb.child_no), p=_P, b=date_slot(2008, 2019), a=_ADDR, sch=noise("5", "12", "31", "104"),
        cl=noise("1 «А»", "4Б", "7 «В»", "9А", "11"), mo=person("F I O", "F I.O.", female=True), t=_MOB,
        fa=person("F I O", "F I.O.", female=False), o=_OMS, s=_SNILS, d=_D),
    "doc-patient-email-b4": block((
        "{m}Здравствуйте! Пишу по поводу мамы, {p}, {b} г.р. Её выписали {d}, а {c}. Мой телефон {t}.\n",
        "{m}Добрый день. Прошу выслать выписку на этот адрес. СНИЛС {s}. С уважением, {p}\n",
    ), m=_MAIL, p=person("F I O", "I O F", female=True), b=_B, d=_D, c=CLIN, t=_MOB, s=_SNILS),
    "doc-messenger-b4": block((
        "Скриншот переписки (приложен пациентом):\n{ch}Доктор, у меня опять давление, {c}\n{ch}Приезжайте в поликлинику, "
        "адрес {a}\n",
        "Из чата отделения: {ch}Пациентка {p} из 12-й палаты просит перезвонить дочери на {t}\n",
    ), ch=_CHAT, c=CLIN, a=_ADDR, p=person("F I O", "F I.O.", "I O F", female=True), t=_MOB),
    "doc-ocr-scan-b4": block((
        "[OCR] Ф.И.О.:{p}Дата рожд.:{b} Адрес:{a} СНИЛС:{s}\n",
        "[распознано со скана] Пациент {p} , {b} ; прож .: {a} ; паспорт {pp}\n",
        "Скан: ПОЛИС ОМС {o} Застрахованный {p} д/р {b}\n",
    ), p=Slot(PERSON, lambda rng, fake, o: ocr_spaced(write(new_person(rng, fake), rng.choice(("F I O", "UP")), "", rng), rng)),
        b=_B, a=of(LOCATION, pl.scanned), s=of(SNILS, nb.snils_ocr), pp=_PASS, o=_OMS),
    "doc-latin-b4": block((
        "MEDICAL CERTIFICATE\nPatient: {lp}\nDate of birth: {ld}\nAddress: {la}\nPassport: {pp}\nPhone: {t}\n",
        "Extract for the insurer (translated): {lp}, DOB {ld}, admitted {ld2}, discharged {ld2}; {c}. Contact: {e}\n",
    ), lp=Slot(PERSON, lambda rng, fake, o: latin_name(new_person(rng, fake), rng)),
        ld=Slot(DATE, lambda rng, fake, o: date_latin(*ymd(rng, 1940, 2010), rng)),
        ld2=Slot(DATE, lambda rng, fake, o: date_latin(*ymd(rng, 2019, 2025), rng)), la=of(LOCATION, pl.latin_address),
        pp=_PASS, t=_MOB, c=CLIN, e=of(EMAIL, nb.email)),
}
