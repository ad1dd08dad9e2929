"""blind6 whole documents: several kinds of personal data in one planted block.

Each maker returns a :class:`Planted`; a document is written as a list of parts, a part being plain
text or ``(TYPE, value)``, so that a gold span is exactly the value and never its label.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from benchmarks.pii_blind6_places import format_address, format_email, format_mrn, format_url
from benchmarks.pii_blind6_values import (
    MONTHS_GENT,
    dictated_phone,
    digits_words,
    format_date,
    format_inn,
    format_oms,
    format_passport,
    format_phone,
    format_snils,
    latin,
    name_parts,
    ordinal_gent,
    passport_parts,
    render_name,
    year_words,
)
from benchmarks.pii_families import Planted

Part = str | tuple[str, str]
P, PH, DT, LOC, EM, U = "PERSON", "PHONE_NUMBER", "DATE_TIME", "LOCATION", "EMAIL_ADDRESS", "URL"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def assemble(parts: list[Part]) -> Planted:
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
        else:
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
    return Planted(text, golds)


def _name(rng: random.Random, fake: Any, shape: str, case: str = "nomn", ethnic: float = 0.25) -> str:
    return render_name(name_parts(rng, fake, ethnic), shape, case)


def _mob(rng: random.Random) -> str:
    return format_phone(rng, rng.choice(("+7 (9xx) xxx-xx-xx", "8-9xx-xxx-xx-xx", "89xxxxxxxxx", "8 9xx xxx xx xx", "+79xxxxxxxxx")))


def emias_screen(rng: random.Random, fake: Any) -> Planted:
    """A printout of an EHR patient card (ЕМИАС/qMS/БАРС style), one field per line, labels vary by system."""
    system = rng.choice(("ЕМИАС", "qMS", "БАРС.Здравоохранение-МИС", "Медиалог", "1С:Медицина.Больница"))
    return assemble([
        f"{system} — Медицинская карта пациента\n", "Пациент: ", (P, _name(rng, fake, rng.choice(("CAPS", "FIO")))),
        "\nДата рождения: ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "iso")), birth=True)),
        "\nID ЭМК: ", (MRN, format_mrn(rng, rng.choice(("emias", "digits7")))),
        "\nПолис ОМС (ЕНП): ", (OMS, format_oms(rng, rng.choice(("plain", "4x4")))), "  СМО: АО «СОГАЗ-Мед»",
        "\nСНИЛС: ", (SN, format_snils(rng, rng.choice(("std", "plain")))),
        "\nМоб. телефон: ", (PH, _mob(rng)), "\nАдрес регистрации: ", (LOC, format_address(rng, fake, rng.choice(("postal", "urban", "mo")))),
        "\n",
    ])


def referral_057(rng: random.Random, fake: Any) -> Planted:
    """Направление на госпитализацию (форма 057/у-04)."""
    doctor = _name(rng, fake, rng.choice(("I.O. F", "F I.O.")), ethnic=0.1)
    return assemble([
        "НАПРАВЛЕНИЕ № ", (MRN, format_mrn(rng, rng.choice(("ref", "long")))), " на госпитализацию (ф. 057/у-04)\n",
        "1. Номер страхового полиса ОМС ", (OMS, format_oms(rng, "plain")), "\n2. Код льготы 081\n",
        "3. СНИЛС ", (SN, format_snils(rng, "std")), "\n4. Ф.И.О. ", (P, _name(rng, fake, "FIO")),
        "\n5. Дата рождения ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "d.m.yy")), birth=True)),
        "\n6. Адрес постоянного места жительства ", (LOC, format_address(rng, fake, rng.choice(("urban", "rural", "village_short")))),
        "\n7. Место работы: не работает\nДиагноз: I20.8\nВрач ", (P, doctor), " Дата ", (DT, format_date(rng, "dd.mm.yyyy")), "\n",
    ])


def mse_epicrisis(rng: random.Random, fake: Any) -> Planted:
    """Направление на МСЭ (ф. 088/у): passport series and number written apart, registration address."""
    series, number = passport_parts(rng)
    case = rng.choice(("split", "together"))
    pas: list[Part] = (["паспорт серия ", (PAS, series), " номер ", (PAS, number)] if case == "split"
                       else ["паспорт гражданина РФ ", (PAS, f"{series} {number}")])
    return assemble([
        "Направление на медико-социальную экспертизу\nФамилия, имя, отчество (при наличии) гражданина: ",
        (P, _name(rng, fake, "FIO")), "\nДата рождения: ", (DT, format_date(rng, "verbal", birth=True)),
        "\nДокумент, удостоверяющий личность: ", *pas, ", выдан ", (DT, format_date(rng, "dd.mm.yyyy")), " ГУ МВД России\n",
        "Адрес места жительства: ", (LOC, format_address(rng, fake, rng.choice(("postal", "split", "rural")))),
        "\nСНИЛС: ", (SN, format_snils(rng, rng.choice(("std", "spaces")))), "\nИНН: ", (INN, format_inn(rng, "plain")),
        "\n№ медицинской карты пациента, получающего помощь в амбулаторных условиях: ", (MRN, format_mrn(rng, rng.choice(("dash", "slash_year")))), "\n",
    ])


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    parts = name_parts(rng, fake)
    recipient = name_parts(rng, fake)
    return assemble([
        "МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ серия 45 № ", (MRN, f"{rng.randint(100000, 999999)}"),
        "\n1. Фамилия, имя, отчество умершего(ей): ", (P, render_name(parts, "FIO", "nomn")),
        "\n3. Дата рождения: ", (DT, format_date(rng, "verbal_goda", birth=True)),
        "\n4. Дата смерти: ", (DT, format_date(rng, "dt")), "\n5. Место постоянного жительства умершего: ",
        (LOC, format_address(rng, fake, rng.choice(("urban", "rural", "mo")))),
        "\n7. Место смерти: в медицинской организации\nПолучатель: ", (P, render_name(recipient, rng.choice(("FIO", "F I.O.")), "nomn")),
        ", паспорт ", (PAS, format_passport(rng, rng.choice(("2_2_6", "4_6", "no")))), "\n",
    ])


def birth_certificate(rng: random.Random, fake: Any) -> Planted:
    mother = name_parts(rng, fake)
    mother = (mother[0] if mother[3] else fake.last_name_female(), mother[1] if mother[3] else fake.first_name_female(),
              mother[2] if mother[3] else fake.middle_name_female(), True)
    return assemble([
        "Медицинское свидетельство о рождении\nРебенок родился: ", (DT, format_date(rng, rng.choice(("dt", "dt_v")))),
        "\nМать: ", (P, render_name(mother, "FIO", "nomn")), ", дата рождения ",
        (DT, f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1980, 2006)}"),
        "\nМесто регистрации матери: ", (LOC, format_address(rng, fake, rng.choice(("urban", "dorm", "abroad", "village_short")))),
        "\nСНИЛС матери ", (SN, format_snils(rng, "std")), ", полис ОМС ", (OMS, format_oms(rng, "plain")),
        "\nИстория родов № ", (MRN, format_mrn(rng, "slash_year")), "\n",
    ])


def csv_export(rng: random.Random, fake: Any) -> Planted:
    header = "id_pac;fam_im_ot;dr;snils;enp;tel;email;adr\n"
    parts: list[Part] = [header]
    for i in range(rng.randint(1, 2)):
        if i:
            parts.append("\n")
        parts += [(MRN, format_mrn(rng, "digits7")), ";", (P, _name(rng, fake, "FIO")), ";",
                  (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "iso")), birth=True)), ";",
                  (SN, format_snils(rng, rng.choice(("plain", "std")))), ";", (OMS, format_oms(rng, "plain")), ";",
                  (PH, format_phone(rng, rng.choice(("+79xxxxxxxxx", "89xxxxxxxxx")))), ";",
                  (EM, format_email(rng, fake, "personal")), ";\"", (LOC, format_address(rng, fake, "urban")), "\""]
    return assemble([*parts, "\n"])


def json_export(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, female = name_parts(rng, fake, 0.3)
    return assemble([
        '{"patientId": "', (MRN, format_mrn(rng, rng.choice(("emias", "letters")))), '", "lastName": "', (P, sur),
        '", "firstName": "', (P, first), '", "middleName": "', (P, patr or "-"), '", "gender": "', "F" if female else "M",
        '", "birthDate": "', (DT, format_date(rng, "iso", birth=True)), '", "snils": "', (SN, format_snils(rng, "plain")),
        '", "phone": "', (PH, format_phone(rng, "+79xxxxxxxxx")), '", "email": "', (EM, format_email(rng, fake, "personal")),
        '", "encounterDate": "', (DT, format_date(rng, "iso_t")), '"}',
    ]) if patr else json_export_short(rng, fake, sur, first)


def json_export_short(rng: random.Random, fake: Any, sur: str, first: str) -> Planted:
    return assemble([
        '{"patient": {"name": "', (P, f"{sur} {first}"), '", "dob": "', (DT, format_date(rng, "iso", birth=True)),
        '", "passport": "', (PAS, format_passport(rng, "plain")), '", "mobile": "', (PH, format_phone(rng, "+79xxxxxxxxx")), '"}}',
    ])


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, female = name_parts(rng, fake, 0.2)
    upper = rng.random() < 0.5
    name = "^".join(x for x in (latin(sur), latin(first.split()[0]), latin(patr.split()[0]) if patr else "") if x)
    name = name.upper() if upper else name
    city = fake.city_name()
    street = fake.street_title()
    return assemble([
        "MSH|^~\\&|MIS|GKB", str(rng.randint(1, 80)), "|LIS|LAB|", (DT, format_date(rng, "hl7ts")), "||ADT^A01|",
        str(rng.randint(10**5, 10**6)), "|P|2.5\nPID|1||", (MRN, format_mrn(rng, rng.choice(("digits7", "emias")))),
        "^^^GKB^MR||", (P, name), "||", (DT, format_date(rng, "yyyymmdd", birth=True)), "|", "F" if female else "M",
        "|||", (LOC, f"ul. {latin(street)} {rng.randint(1, 99)}-{rng.randint(1, 200)}^^{latin(city)}^^{rng.randint(101000, 692999)}^RUS"),
        "||", (PH, format_phone(rng, "+79xxxxxxxxx")), "\n",
    ])


def tfoms_xml(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, female = name_parts(rng, fake, 0.2)
    return assemble([
        "<PERS>\n  <ID_PAC>", (MRN, format_mrn(rng, "digits7")), "</ID_PAC>\n  <FAM>", (P, sur.upper()), "</FAM>\n  <IM>",
        (P, first.upper()), "</IM>\n  <OT>", (P, (patr or "НЕТ").upper()), "</OT>\n  <W>", "2" if female else "1",
        "</W>\n  <DR>", (DT, format_date(rng, "iso", birth=True)), "</DR>\n  <SNILS>", (SN, format_snils(rng, "std")),
        "</SNILS>\n  <ENP>", (OMS, format_oms(rng, "plain")), "</ENP>\n  <DOCSER>", (PAS, (s := passport_parts(rng))[0][:2] + " " + s[0][2:]),
        "</DOCSER>\n  <DOCNUM>", (PAS, s[1]), "</DOCNUM>\n</PERS>",
    ])


def email_thread(rng: random.Random, fake: Any) -> Planted:
    sender = name_parts(rng, fake)
    doctor = name_parts(rng, fake, 0.1)
    sent = datetime(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59))
    sender_mail, doctor_mail = format_email(rng, fake, rng.choice(("personal", "upper", "plus"))), format_email(rng, fake, "work")
    return assemble([
        "От: ", (P, render_name(doctor, "FI", "nomn")), " <", (EM, doctor_mail), ">\nОтправлено: ",
        (DT, (sent + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9))).strftime(rng.choice(("%d.%m.%Y %H:%M", "%d.%m.%Y")))), "\nКому: ", (EM, sender_mail), "\nТема: RE: результаты КТ\n\n",
        "Добрый день! Снимки можно скачать по ссылке ", (U, format_url(rng, fake, rng.choice(("disk", "cloud", "gdrive")))),
        "\n\n> ", (DT, sent.strftime("%d.%m.%Y %H:%M")), ", ", (P, render_name(sender, "FIO", "nomn")), " <", (EM, sender_mail), "> пишет:\n",
        "> Здравствуйте, прошу прислать заключение КТ моего отца. Мой телефон ", (PH, _mob(rng)), "\n",
    ])


def messenger_chat(rng: random.Random, fake: Any) -> Planted:
    patient = name_parts(rng, fake)
    date_ = format_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))
    asked, answered = rng.randint(7, 20), rng.randint(10, 59)
    return assemble([
        "[", (DT, f"{date_}, {asked}:{rng.randint(10, 59)}"), "] ", (P, render_name(patient, "IO", "nomn")),
        ": Доктор, добрый вечер, это мама ", (P, render_name(name_parts(rng, fake), "F", "gent")),
        ", температура 38,5, что делать?\n[", (DT, f"{date_}, {asked + rng.randint(1, 3)}:{answered}"),
        "] Педиатр: Наберите меня на ", (PH, format_phone(rng, rng.choice(("8 9xx xxx xx xx", "+7 9xx xxx-xxxx", "89xxxxxxxxx")))),
        " или пишите в телеграм ", (U, format_url(rng, fake, rng.choice(("tg", "tg_bare")))), "\n",
    ])


def sms_reminder(rng: random.Random, fake: Any) -> Planted:
    return assemble([
        "SMS ", (PH, format_phone(rng, rng.choice(("+79xxxxxxxxx", "89xxxxxxxxx")))), ": ", (P, _name(rng, fake, "IO")),
        ", вы записаны к врачу ", (P, _name(rng, fake, "F I.O.", "datv", 0.1)), " на ",
        (DT, f"{format_date(rng, rng.choice(('dd.mm', 'verbal_noyear')))} в {rng.randint(8, 19)}:{rng.choice(('00', '15', '30', '45'))}"),
        ", каб. ", str(rng.randint(100, 450)), ". Отмена записи: ", (U, format_url(rng, fake, "lk")), "\n",
    ])


def asr_transcript(rng: random.Random, fake: Any) -> Planted:
    """Dictated note through speech recognition: lower case, numbers in words, no punctuation."""
    parts = name_parts(rng, fake, 0.1)
    name = render_name(parts, "FIO", "nomn").lower()
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    return assemble([
        "пациентка " if parts[3] else "пациент ", (P, name), " ", (DT, f"{ordinal_gent(d)} {MONTHS_GENT[m - 1]} {year_words(y)} года"),
        " рождения поступил", "а" if parts[3] else "", " ", (DT, f"{ordinal_gent(dd)} {MONTHS_GENT[mm - 1]}"),
        " в ", digits_words(str(rng.randint(1, 23))), " часов с жалобами на боли в груди телефон для связи ", (PH, dictated_phone(rng)),
        " номер истории ", (MRN, " ".join(digits_words(g) for g in (str(rng.randint(10, 99)), str(rng.randint(100, 999))))), " ",
    ])


def nurse_handover(rng: random.Random, fake: Any) -> Planted:
    parts: list[Part] = [f"Сдача смены {rng.randint(1, 4)} пост, ", (DT, format_date(rng, rng.choice(("dd.mm.yy", "dd.mm.yyyy")))), ":\n"]
    for _ in range(rng.randint(2, 3)):
        parts += [f"пал. {rng.randint(1, 30)} — ", (P, _name(rng, fake, rng.choice(("F I.O.", "F I.", "F")))), ", ",
                  (DT, format_date(rng, "year_gr", birth=True)), ", ИБ ", (MRN, format_mrn(rng, rng.choice(("slash_year", "dept", "dash")))),
                  (remark := rng.choice((", t 37.8, контроль АД;\n", ", после ТЭЛА, гепарин по схеме;\n", ", родств. (дочь) тел. ")))]
        if remark.endswith("тел. "):
            parts += [(PH, _mob(rng)), ";\n"]
    parts += ["Смену сдала ", (P, _name(rng, fake, "F I.O.", ethnic=0.1)), ", приняла ", (P, _name(rng, fake, "F I.O.", ethnic=0.1)), "\n"]
    return assemble(parts)
