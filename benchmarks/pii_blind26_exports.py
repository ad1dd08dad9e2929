"""Document blocks of blind26 (part 2): exports, forms, tables, letters, foreign patients."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind26_gen import (
    Doc,
    address,
    birth,
    date_value,
    digits,
    email,
    enp,
    inn,
    mrn,
    pass_parts,
    phone,
    recent,
    snils,
    street,
    town,
    url,
)
from benchmarks.pii_blind26_names import Person, foreign, latin
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Planted

S = "blind26"
P, D, L, PH, E, U = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
M, SN, INN, OMS, PAS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT"


def _ymd(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = (
        Doc()
        .add("MSH|^~\\&|MIS|PND2|LIS|CL|")
        .put(D, _ymd(rng, 2021, 2025) + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}")
    )
    d.add("||ADT^A01|1|P|2.5\nPID|1||").put(M, digits(rng, 7)).add("^^^PND2^MR~")
    d.put(OMS, enp(rng, "")).add("^^^FOMS^NI||").put(P, p.last.upper()).add("^").put(P, p.first.upper())
    d.add("^").put(P, p.mid.upper()).add("||").put(D, _ymd(rng, 1945, 2008)).add("|").add(
        "F" if p.female else "M"
    )
    d.add("|||").put(
        L,
        f"{street(fake)} ул. {fake.building_number()}-{rng.randint(1, 200)}^^{town(fake)}^^{fake.postcode()}",
    )
    d.add("||").put(PH, phone(rng, rng.choice(("m3", "m4")))).add("|||||||").put(SN, snils(rng, ""))
    d.add("\nPV1|1|I|OTD7^P12^K3||||^").put(P, Person(rng, fake).last.upper()).add("^^^^^MD|")
    return d.done()


def json_export(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add('{\n  "registry": "narco_dispensary",\n  "emk_id": "').put(M, mrn(rng, "mis"))
    d.add('",\n  "patient": {\n    "last_name": "').put(P, p.last).add('",\n    "first_name": "').put(
        P, p.first
    )
    d.add('",\n    "middle_name": "').put(P, p.mid).add('",\n    "birth_date": "').put(D, birth(rng, "iso"))
    d.add('",\n    "snils": "').put(SN, snils(rng, rng.choice(("", "-")))).add('",\n    "enp": "').put(
        OMS, enp(rng, "")
    )
    d.add('",\n    "inn": "').put(INN, inn(rng)).add('",\n    "phone": "').put(PH, phone(rng, "m4"))
    d.add('",\n    "email": "').put(E, email(rng, fake, p)).add('",\n    "address": "').put(
        L, address(rng, fake, "cityidx")
    )
    d.add('"\n  },\n  "diagnosis": "F12.2",\n  "ward": 4,\n  "registered_at": "').put(D, recent(rng, "isot"))
    d.add('"\n}')
    return d.done()


def xml_semd(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add(
        '<recordTarget><patientRole>\n  <id root="1.2.643.5.1.13.13.12.2.77.7842.100.1.1.10" extension="'
    )
    d.put(M, digits(rng, 8)).add('"/>\n  <id root="1.2.643.100.3" extension="').put(SN, snils(rng, ""))
    d.add('"/>\n  <identity:InsurancePolicy><identity:Number>').put(OMS, enp(rng, ""))
    d.add("</identity:Number></identity:InsurancePolicy>\n  <addr><streetAddressLine>")
    d.put(L, address(rng, fake, rng.choice(("full", "city", "cityidx")))).add("</streetAddressLine></addr>\n")
    d.add('  <telecom value="tel:').put(PH, phone(rng, "m4")).add('"/>\n  <patient><name><family>').put(
        P, p.last
    )
    d.add("</family><given>").put(P, p.first).add("</given><identity:Patronymic>").put(P, p.mid)
    d.add('</identity:Patronymic></name>\n  <birthTime value="').put(D, _ymd(rng, 1940, 2008)).add(
        '"/></patient>\n'
    )
    d.add('</patientRole></recordTarget>\n<effectiveTime value="').put(
        D, _ymd(rng, 2021, 2025) + "1430+0300"
    ).add('"/>')
    return d.done()


def csv_register(rng: random.Random, fake: Any) -> Planted:
    d = Doc().add("code;fio;dr;snils;test_date;result;cd4\n")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng, fake)
        d.put(M, f"{rng.choice(('77', '50', '66'))}-{digits(rng, 6)}").add(";").put(P, p.full()).add(";")
        d.put(D, birth(rng, "dot")).add(";").put(SN, snils(rng)).add(";").put(D, recent(rng, "dot"))
        d.add(";").add(rng.choice(("ИБ+", "ИБ-", "сомнит."))).add(f";{rng.randint(50, 900)}\n")
    return d.done()


def discharge(rng: random.Random, fake: Any) -> Planted:
    p, doc, head = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = Doc().add("ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № ").put(M, mrn(rng, "slash")).add("\n")
    d.put(P, p.full()).add(", ").put(D, birth(rng)).add(" г.р., находил").add("ась" if p.female else "ся")
    d.add(" в 5-м мужском отделении с ").put(D, recent(rng, "dot")).add(" по ").put(D, recent(rng, "dot"))
    d.add(".\nДиагноз: Параноидная шизофрения, эпизодический тип течения (F20.014). ")
    d.add("Поступил впервые в 2014 году. Последняя госпитализация в ").put(
        D, date_value(rng, "loct", 2015, 2024)
    )
    d.add(".\nЛечение: рисперидон 4 мг/сут, тригексифенидил 2 мг утром. Выписан").add("а" if p.female else "")
    d.add(" на попечение ").put(P, Person(rng, fake, True).shape(rng, "gent")).add(" (мать). ")
    d.add("Явка к участковому психиатру ПНД ").put(D, recent(rng, "daymonth")).add(".\nЛечащий врач ")
    d.put(P, f"{doc.last} {doc.initials()}").add("\nЗав. отделением ").put(
        P, f"{head.initials()} {head.last}"
    )
    return d.done()


def call_card(rng: random.Random, fake: Any) -> Planted:
    p, caller = Person(rng, fake), Person(rng, fake, True)
    d = (
        Doc()
        .add("КАРТА ВЫЗОВА СМП № ")
        .put(M, f"{rng.randint(1, 999)}/{digits(rng, 5)}")
        .add("  (ф. 110/у)\n")
    )
    d.add("Принят: ").put(D, recent(rng, "dott")).add("  Бригада: психиатрическая № 14\n")
    d.add("Адрес вызова: ").put(
        L, f"{address(rng, fake, 'city')}, под. {rng.randint(1, 8)}, эт. {rng.randint(1, 16)}"
    )
    d.add("\nВызывает: ").add(rng.choice(("соседка", "мать", "сестра", "жена"))).add(" ")
    d.put(P, caller.shape(rng)).add(", тел. ").put(PH, phone(rng)).add("\nБольной: ").put(P, p.full())
    d.add(", возраст 34 года\nПовод: неадекватное поведение, угрозы. Доставлен в ПБ № 1 в 03:40.")
    return d.done()


def tb_lab(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("НАПРАВЛЕНИЕ на микробиологическое исследование мокроты на МБТ\nПациент: ")
    d.put(P, f"{p.last} {p.first} {p.mid}").add("\nАдрес: ").put(L, address(rng, fake))
    d.add("\n| Проба | № образца | Дата сбора |\n")
    for i in range(3):
        d.add(f"| {i + 1} | ").put(M, f"{rng.choice(('М', 'TB'))}{rng.randint(21, 25)}-{digits(rng, 5)}").add(
            " | "
        )
        d.put(D, recent(rng, "dot")).add(" |\n")
    d.add("Результат: КУМ 2+, GeneXpert MTB detected, RIF resistance not detected. Контроль через 2 мес.")
    return d.done()


def dicom(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("(0008,0020) StudyDate        DA  ").put(D, _ymd(rng, 2021, 2025))
    d.add("\n(0008,0050) AccessionNumber  SH  ").put(M, f"CT{digits(rng, 8)}")
    d.add("\n(0008,0080) InstitutionName  LO  PTD No.3\n(0010,0010) PatientName      PN  ")
    d.put(P, f"{latin(p.last)}^{latin(p.first)}^{latin(p.mid)}").add("\n(0010,0020) PatientID        LO  ")
    d.put(M, digits(rng, 9)).add("\n(0010,0030) PatientBirthDate DA  ").put(D, _ymd(rng, 1950, 2005))
    d.add("\n(0018,0050) SliceThickness   DS  1.25\n(0020,000D) StudyInstanceUID UI  1.2.840.113619.2.55.3")
    return d.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().add("Электронный листок нетрудоспособности\nНомер ЭЛН: ").put(M, "9" + digits(rng, 11, False))
    d.add("\nПолучатель: ").put(P, p.full()).add("\nСНИЛС: ").put(SN, snils(rng)).add(
        "\nПричина: 01 (заболевание)"
    )
    d.add("\nОсвобождение: с ").put(D, recent(rng, "dot")).add(" по ").put(D, recent(rng, "dot"))
    d.add("  врач ").put(P, f"{doc.last} {doc.initials()}").add("\nСтационар (ИКБ) с ").put(
        D, recent(rng, "dot")
    )
    d.add("\nИНН работодателя 5406123456 (организация).")
    return d.done()


def kv_flat(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    ser, num = pass_parts(rng)
    d = (
        Doc()
        .add("ID_PAC=")
        .put(M, digits(rng, 10))
        .add("|FAM=")
        .put(P, p.last.upper())
        .add("|IM=")
        .put(P, p.first.upper())
    )
    d.add("|OT=").put(P, p.mid.upper()).add("|W=").add("2" if p.female else "1").add("|DR=").put(
        D, birth(rng, "iso")
    )
    d.add("|DOCTYPE=14|DOCSER=").put(PAS, ser.replace(" ", "")).add("|DOCNUM=").put(PAS, num)
    d.add("|SNILS=").put(SN, snils(rng, "-")).add("|ENP=").put(OMS, enp(rng, "")).add("|INN=").put(
        INN, inn(rng)
    )
    d.add("|DS1=A15.0|PROFIL=78|IDSP=33")
    return d.done()


def next_line(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("(OCR, справка ф. 086/у)\nФамилия, имя, отчество\n").put(P, p.full().upper())
    d.add("\nДата рождения\n").put(D, birth(rng, rng.choice(("dot", "word"))))
    d.add("\nАдрес места жительства\n").put(L, address(rng, fake))
    d.add("\nСНИЛС\n").put(SN, snils(rng)).add("\nНа учёте в ПНД, НД, ПТД\nне состоит\nДата выдачи\n")
    d.put(D, date_value(rng, "ocr", 2022, 2025))
    return d.done()


def multi_phone(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("Контакты (лист опроса при поступлении в ИКБ):\nПациент ").put(P, p.shape(rng)).add(": ")
    d.put(PH, phone(rng)).add(", ").put(PH, phone(rng)).add("\nРаб.: ").put(PH, phone(rng, "city"))
    rel = rng.choice(("Жена", "Мать", "Сын", "Муж", "Дочь"))
    d.add(f" доб. {rng.randint(100, 999)}\n").add(rel).add(" (")
    d.put(P, Person(rng, fake, rel in ("Жена", "Мать", "Дочь")).first).add(") — ").put(PH, phone(rng)).add(
        "; "
    ).put(PH, phone(rng, "foreign"))
    return d.done()


def hiv_invite(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("Уважаем").add("ая " if p.female else "ый ").put(P, f"{p.first} {p.mid}")
    d.add("!\nПросим Вас явиться в Центр по профилактике и борьбе со СПИДом ").put(D, recent(rng, "word"))
    d.add(" к 10:00 для получения результатов обследования (код ").put(M, mrn(rng, "ann")).add(").\n")
    d.add("Адресат: ").put(P, p.full("datv")).add("\n").put(
        L, address(rng, fake, rng.choice(("rev", "cityidx", "rural")))
    )
    d.add("\nЭл. копия направлена: ").put(E, email(rng, fake, p))
    return d.done()


def pnd_cert(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    d = Doc().add("СПРАВКА № ").put(M, f"{rng.randint(1, 9999)}-{rng.choice(('пнд', 'нд', 'П'))}")
    d.add(" от ").put(D, recent(rng, "dot")).add("\nВыдана ").put(P, p.full("datv")).add(", ").put(
        D, birth(rng)
    )
    d.add(" г.р., в том, что он(а) на диспансерном учёте у психиатра не состоит.\nЗапрос поступил на e-mail ")
    d.put(E, email(rng, fake, p)).add(" (для представления в ГИБДД, ф. 003-В/у).")
    return d.done()


def ward_table(rng: random.Random, fake: Any) -> Planted:
    d = (
        Doc()
        .add("Список больных 3-го отделения на ")
        .put(D, recent(rng, "dot"))
        .add("\nпал. | ФИО | д.р. | № ИБ | надзор\n")
    )
    for _ in range(rng.randint(3, 5)):
        p = Person(rng, fake)
        d.add(f"{rng.randint(1, 14)} | ").put(P, f"{p.last} {p.initials()}").add(" | ").put(
            D, birth(rng, "dot2")
        )
        d.add(" | ").put(M, mrn(rng, rng.choice(("slash", "plain")))).add(" | ").add(
            rng.choice(("стр.", "общ.", "усил."))
        )
        d.add("\n")
    return d.done()


def dot_diary(rng: random.Random, fake: Any) -> Planted:
    p, nurse = Person(rng, fake), Person(rng, fake, True)
    d = (
        Doc()
        .add("Дневник контролируемого лечения (КЛ), ")
        .put(P, p.shape(rng))
        .add("\nРежим IV: Lfx 750 мг, Bdq 400 мг, Lzd 600 мг\n")
    )
    for _ in range(rng.randint(3, 5)):
        d.put(D, recent(rng, rng.choice(("dot", "dot2", "daymonth")))).add(" — принял при м/с, подпись ")
        d.put(P, nurse.last).add("\n")
    d.add("Пропуск 2 дня: на звонки по ").put(PH, phone(rng)).add(" не отвечал.")
    return d.done()


def narrative(rng: random.Random, fake: Any) -> Planted:
    mom, wife = Person(rng, fake, True), Person(rng, fake, True)
    d = (
        Doc()
        .add("Анамнез жизни. Родился в г. ")
        .put(L, town(fake))
        .add(" ")
        .put(D, date_value(rng, "word", 1955, 1985))
    )
    d.add(" в семье рабочих. Мать, ").put(P, mom.shape(rng)).add(", страдала алкоголизмом. Служил в армии. ")
    d.add("С ").put(P, f"{wife.first_c('ablt')} {wife.last_c('ablt')}")
    wed = f"{MONTHS_GENT[rng.randrange(12)]} {rng.randint(1990, 2020)}{rng.choice((' г.', ' года', ''))}"
    d.add(" в браке с ").put(D, wed).add(", развод. Работал у ИП ")
    d.put(P, f"{Person(rng, fake).last_c('gent')} {Person(rng, fake).initials()}").add(" грузчиком. ")
    d.add("С ").put(D, date_value(rng, "dot", 2018, 2024)).add(" живёт у сестры в д. ").put(L, town(fake))
    d.add(". Судим дважды, в 2015 году отбывал наказание.")
    return d.done()


def foreign_card(rng: random.Random, fake: Any) -> Planted:
    cyr, lat, female = foreign(rng)
    d = Doc().add("Медицинская карта иностранного гражданина № ").put(M, mrn(rng, "letter"))
    d.add("\nФИО: ").put(P, cyr).add(" / ").put(P, lat).add("\nДата рождения: ").put(
        D, birth(rng, rng.choice(("dot", "iso")))
    )
    d.add("\nГражданство: ").add(foreign.country)  # type: ignore[attr-defined]
    d.add("\nАдрес пребывания: ").put(L, address(rng, fake, rng.choice(("city", "korp", "lit"))))
    d.add("\nТел. в РФ: ").put(PH, phone(rng)).add(", на родине: ").put(PH, phone(rng, "foreign"))
    d.add("\nE-mail: ").put(
        E, f"{latin(cyr.split()[0]).lower()}{rng.randint(80, 2004)}@{rng.choice(('mail.ru', 'gmail.com'))}"
    )
    d.add("\nМедосвидетельствование для патента: ВИЧ, сифилис, ТБ — ").add(
        "отриц." if rng.random() < 0.7 else "назначено"
    )
    d.add("\nДата осмотра: ").put(D, recent(rng, "dott"))
    d.add(f"\nПол: {'жен.' if female else 'муж.'}")
    return d.done()


def telemed(rng: random.Random, fake: Any) -> Planted:
    p, doc = Person(rng, fake), Person(rng, fake)
    d = Doc().add("Телемедицинская консультация (психиатр) ").put(D, recent(rng, "dott")).add("\nПациент: ")
    d.put(P, p.shape(rng)).add(", ЭМК ").put(M, mrn(rng, "mis")).add("\nСсылка на сеанс: ").put(
        U, url(rng, fake, (3, 5))
    )
    d.add("\nКонтакты: ").put(E, email(rng, fake, p)).add(", ").put(PH, phone(rng)).add("\nКонсультант ")
    d.put(P, f"{doc.last} {doc.initials()}").add(
        ". Рекомендовано: сертралин 50 мг утром, контроль через 14 дней."
    )
    return d.done()


def social_media(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake, True)
    d = Doc().add("Со слов ").put(P, Person(rng, fake, True).shape(rng, "gent")).add(" (подруга), ")
    d.put(P, p.first).add(" последние недели публиковала записи о желании умереть на странице ").put(
        U, url(rng, fake, (0, 2, 4))
    )
    d.add(" и в канале ").put(U, f"https://t.me/{fake.user_name()}").add(". Скриншоты от ").put(
        D, recent(rng, "dot")
    )
    d.add(" приложены. Суицидальный риск высокий (шкала Колумбия 4/6), надзор строгий.")
    return d.done()


BLOCKS_B: list[BlockFamily] = [
    BlockFamily("b26_hl7_adt", S, hl7_adt),
    BlockFamily("b26_json_export", S, json_export),
    BlockFamily("b26_xml_semd", S, xml_semd),
    BlockFamily("b26_csv_register", S, csv_register),
    BlockFamily("b26_discharge", S, discharge),
    BlockFamily("b26_call_card", S, call_card),
    BlockFamily("b26_tb_lab", S, tb_lab),
    BlockFamily("b26_dicom", S, dicom),
    BlockFamily("b26_sick_leave", S, sick_leave),
    BlockFamily("b26_kv_flat", S, kv_flat),
    BlockFamily("b26_next_line", S, next_line),
    BlockFamily("b26_multi_phone", S, multi_phone),
    BlockFamily("b26_hiv_invite", S, hiv_invite),
    BlockFamily("b26_pnd_cert", S, pnd_cert),
    BlockFamily("b26_ward_table", S, ward_table),
    BlockFamily("b26_dot_diary", S, dot_diary),
    BlockFamily("b26_narrative", S, narrative),
    BlockFamily("b26_foreign_card", S, foreign_card),
    BlockFamily("b26_telemed", S, telemed),
    BlockFamily("b26_social_media", S, social_media),
]
