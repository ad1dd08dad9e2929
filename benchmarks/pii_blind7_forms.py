"""blind7 blocks, part 3: unusual layouts (vertical forms, vCard, key=value chains, handovers) and
paperwork of military, sports, forensic, tax and dental services."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind7_values as v
from benchmarks.pii_blind7_values import Doc
from benchmarks.pii_families import Planted

P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def vcard(rng: random.Random, fake: Any) -> Planted:
    """Contact of a relative attached to the EMR as a vCard."""
    p = v.person(rng, fake)
    y, m, d = v.birth(rng)
    city, street = v.town(rng, fake), v.street(rng, fake)
    doc = Doc("BEGIN:VCARD\nVERSION:3.0\nN:").v(P, p.last).t(";").v(P, p.first).t(";").v(P, p.middle).t(";;\nFN:")
    doc.v(P, p.full("nomn", "IOF")).t("\nTEL;TYPE=CELL:").v(PH, v.phone(rng, fake)).t("\nEMAIL;TYPE=HOME:")
    doc.v(EM, v.email(rng, fake)).t("\nADR;TYPE=HOME:;;").v(L, f"{street}, {rng.randint(1, 99)}, кв. {rng.randint(1, 300)}")
    doc.t(";").v(L, city).t(";;").v(L, f"{rng.randint(101, 692)}{v.digits(rng, 3)}").t(";Россия\nBDAY:")
    doc.v(D, f"{y}{m:02d}{d:02d}").t("\nNOTE:родственник пациента (дочь), палата 12\nEND:VCARD")
    return doc.done()


def donor_vertical(rng: random.Random, fake: Any) -> Planted:
    """Blood donor questionnaire: each label on its own line, the value on the next, indented."""
    p = v.person(rng, fake)
    s, n = v.passport_parts(rng)
    doc = Doc("АНКЕТА ДОНОРА\nФамилия\n    ").v(P, p.last).t("\nИмя\n    ").v(P, p.first).t("\nОтчество\n    ")
    doc.v(P, p.middle).t("\nДата рождения\n    ").v(D, v.date_text(rng, v.birth(rng), "dot"))
    doc.t("\nДокумент: паспорт\n    серия\n    ").v(PAS, s).t("\n    номер\n    ").v(PAS, n)
    doc.t("\nИНН (для справки о донорских выплатах)\n    ").v(INN, v.inn(rng, fake))
    doc.t("\nКонтактный телефон\n    ").v(PH, v.phone(rng, fake)).t("\nМасса тела, кг\n    ")
    doc.t(f"{rng.randint(55, 110)}\nКоличество кроводач\n    {rng.randint(1, 40)}")
    return doc.done()


def military_exam(rng: random.Random, fake: Any) -> Planted:
    """Military commissariat medical board: category codes and article numbers are look-alikes."""
    p = v.person(rng, fake, female=False)
    doc = Doc("Военный комиссариат. Лист медицинского освидетельствования\nПризывник ")
    doc.v(P, p.full()).t(" (").v(D, v.date_text(rng, v.ymd(rng, 2000, 2007), "dot")).t(")\nЗарегистрирован: ")
    doc.v(L, v.address(rng, fake)).t("\nУчётная карта призывника № ").v(MRN, f"{rng.randint(10, 99)}/{v.digits(rng, 5)}")
    doc.t("\nСт. 47-б графы I Расписания болезней, категория годности «Б-3». Рост 181, вес 64, ИМТ 19,5.\n")
    doc.t("Председатель комиссии ").v(P, v.person(rng, fake, False).initials(before=True))
    return doc.done()


def sports_clearance(rng: random.Random, fake: Any) -> Planted:
    """Sports dispensary clearance: athlete, coach in dative, validity date."""
    athlete, coach = v.person(rng, fake), v.person(rng, fake)
    doc = Doc("ВФД № 2. Медицинское заключение о допуске к соревнованиям № ").v(MRN, f"ВФД-{v.digits(rng, 6)}")
    doc.t("\nСпортсмен: ").v(P, athlete.full("nomn", "FI")).t(", КМС, плавание, ").v(D, v.date_text(rng, v.ymd(rng, 2005, 2014), "dot"))
    doc.t("\nЭКГ: ЧСС 54, синусовая брадикардия. PWC170 = 1850 кгм/мин.\nДопущен до ").v(D, v.date_text(rng, v.ymd(rng), "wordsg"))
    doc.t("\nСообщено тренеру ").v(P, coach.full("datv", rng.choice(("IO", "FIO")))).t(" по тел. ").v(PH, v.phone(rng, fake))
    return doc.done()


def nursing_handover(rng: random.Random, fake: Any) -> Planted:
    """Night-shift handover in telegraph style: surnames with ward numbers, times without dates."""
    doc = Doc("Сдача смены. ")
    for _ in range(rng.randint(3, 4)):
        p = v.person(rng, fake)
        doc.v(P, p.last).t(f" (пал. {rng.randint(1, 30)}) — ")
        doc.t(rng.choice((f"t {rng.randint(37, 39)},{rng.randint(0, 9)} в {v.hm(rng)}, дан парацетамол 1 г; ",
                          f"АД {rng.randint(90, 190)}/{rng.randint(50, 110)}, капельница до {v.hm(rng)}; ",
                          "спал, жалоб нет; ", f"диурез {rng.randint(400, 2200)} мл; ")))
    doc.t("Смену сдала: ").v(P, v.person(rng, fake, True).full("nomn", "FI")).t(". Смену приняла: ")
    doc.v(P, v.person(rng, fake, True).initials())
    return doc.done()


def forensic_conclusion(rng: random.Random, fake: Any) -> Planted:
    """Forensic examination conclusion: expert and examinee, time of injury with its date."""
    p = v.person(rng, fake)
    doc = Doc("ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ").v(MRN, f"{rng.randint(100, 4999)}-{rng.choice(('М', 'Ж', 'Э'))}/{rng.randint(20, 25)}")
    doc.t("\n(экспертиза живого лица)\nПодэкспертн" + ("ая " if p.female else "ый ")).v(P, p.full())
    doc.t(", ").v(D, v.date_text(rng, v.birth(rng), "words")).t(" г. рожд.\nОбстоятельства: со слов, ")
    doc.v(D, v.datetime_text(rng)).t(" был" + ("а" if p.female else "") + " избит" + ("а" if p.female else ""))
    doc.t(" неизвестным у дома по адресу ").v(L, v.address(rng, fake)).t(".\nКровоподтёк 3×2 см, ссадина 1,5×0,4 см.\n")
    doc.t("Судебно-медицинский эксперт ").v(P, v.person(rng, fake).full("nomn", "FIO"))
    return doc.done()


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    """Record of a death certificate handed to a relative."""
    dead, relative = v.person(rng, fake), v.person(rng, fake)
    doc = Doc("Медицинское свидетельство о смерти № ").v(MRN, v.digits(rng, 10)).t(" выдано ")
    doc.v(D, v.date_text(rng, v.ymd(rng), "dot")).t(" в отношении умерш" + ("ей " if dead.female else "его "))
    doc.v(P, dead.initials("gent"))
    doc.t(". Получил" + ("а" if relative.female else "") + " ").v(P, relative.full("nomn", rng.choice(("FIO", "FI"))))
    doc.t(" (").t(rng.choice(("дочь", "сестра", "внучка") if relative.female else ("сын", "брат", "внук"))).t("), паспорт ").v(PAS, v.passport(rng, fake))
    doc.t(". Причина: I25.1, I11.9. Код по ОКАТО 45286000.")
    return doc.done()


def kv_chain(rng: random.Random, fake: Any) -> Planted:
    """A one-line key=value dump from a legacy system, abbreviated keys, semicolons."""
    p = v.person(rng, fake)
    doc = Doc("REC#").v(MRN, v.digits(rng, 7)).t("; пац=").v(P, f"{p.last} {p.first[0]}.{p.middle[0]}.")
    doc.t("; д/р=").v(D, v.date_text(rng, v.birth(rng), rng.choice(("short", "dot", "nodot")))).t("; тел=")
    doc.v(PH, v.phone(rng, fake)).t("; снилс=").v(SN, v.snils_digits(rng)).t("; уч=14; стат=Д; ")
    doc.t(f"ds=E11.{rng.randint(0, 9)}; hba1c={rng.randint(55, 110) / 10}")
    return doc.done()


def dental_card(rng: random.Random, fake: Any) -> Planted:
    """Dental card: the tooth formula is full of two-digit numbers that are not PII."""
    p = v.person(rng, fake)
    doc = Doc("Медицинская карта стоматологического больного № ").v(MRN, f"С-{v.digits(rng, 5)}")
    doc.t("\n").v(P, p.full("nomn", "FI")).t(", тел. ").v(PH, v.phone(rng, fake))
    doc.t("\nЗубная формула:\n 18 17 16 15 14 13 12 11 | 21 22 23 24 25 26 27 28\n")
    doc.t(" 48 47 46 45 44 43 42 41 | 31 32 33 34 35 36 37 38\n")
    doc.t(f"36 — К, 46 — П, 27 — отсутствует. Индекс КПУ = {rng.randint(3, 15)}.\nЯвка: ")
    doc.v(D, v.datetime_text(rng))
    return doc.done()


def residence_history(rng: random.Random, fake: Any) -> Planted:
    """Anamnesis vitae: places of life in cases, bare years stay unmarked."""
    born, lived = rng.sample(list(v.TOWNS), 2)
    doc = Doc("Anamnesis vitae: родился в ").v(L, v.TOWNS[born][1]).t(f" в {rng.randint(1950, 1990)} году, ")
    doc.t("рос и развивался нормально. С ").t(f"{rng.randint(1995, 2015)} г. проживает в ")
    doc.t("г. ").v(L, v.TOWNS[lived][1]).t(", на ").v(L, v.street(rng, fake)).t(". Работал на заводе ")
    doc.t(f"№ {rng.randint(2, 40)} сварщиком, стаж более {rng.choice((10, 15, 20, 25))} лет (профвредность). ")
    doc.t("Туберкулёз, гепатиты отрицает. Последняя ФЛГ — ").v(D, v.month_year(rng)).t(", без патологии.")
    return doc.done()


def tax_certificate(rng: random.Random, fake: Any) -> Planted:
    """Certificate of paid medical services for the tax office: payer and patient differ."""
    payer, patient = v.person(rng, fake), v.person(rng, fake)
    doc = Doc("СПРАВКА об оплате медицинских услуг для представления в налоговый орган № ").v(MRN, f"{v.digits(rng, 6)}/{rng.randint(20, 25)}")
    doc.t("\nВыдана налогоплательщику ").v(P, payer.full("datv")).t(" (ИНН ").v(INN, v.inn_digits(rng))
    doc.t(") в том, что он(а) оплатил(а) медицинские услуги, оказанные ").v(P, patient.full("datv", "FIO"))
    doc.t(", код услуги 01, на сумму 18 600 руб. 00 коп.\nДата выдачи ").v(D, v.date_text(rng, v.ymd(rng), "dot"))
    doc.t("   Лицензия № ЛО-77-01-019876   ИНН организации 7701234567")
    return doc.done()


FORMS = (vcard, donor_vertical, military_exam, sports_clearance, nursing_handover, forensic_conclusion,
         death_certificate, kv_chain, dental_card, residence_history, tax_certificate)
