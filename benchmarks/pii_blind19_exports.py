"""blind19 blocks: machine exports (JSON, XML, CSV, HL7), registration cards of foreigners and migrants,
forms with look-alike numbers that are not PII."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind19_gen as g
from benchmarks import pii_blind19_people as pp
from benchmarks.pii_blind19_gen import DT, EM, INN, LOC, MRN, OMS, PH, SN, URL, P, doc
from benchmarks.pii_families import MONTHS_GENT, Planted


def json_chat_export(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        '{"dialog_id": "',
        (MRN, f"dlg_{g.dig(rng, 9)}"),
        '", "channel": "telegram", "patient": {"name": "',
        (P, p.full()),
        '", "phone": "',
        (PH, g.mobile(rng, "flat")),
        '", "tg": "',
        (URL, f"https://t.me/{fake.user_name()}"),
        '"}, ',
        '"messages": [{"ts": "',
        (DT, f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+03:00"),
        '", "from": "patient", "text": "сахар 11,2 после еды, инсулин 8 ЕД"}, {"ts": "',
        (DT, f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+03:00"),
        '", "from": "doctor", "text": "увеличьте до 10 ЕД, контроль в 07:00"}]}',
    )


def xml_referral(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    by, bm, bd = g.birth(rng)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "<Referral>\n  <Number>",
        (MRN, f"{rng.randint(10, 99)}{g.dig(rng, 8)}"),
        "</Number>\n  <Date>",
        (DT, f"{y}-{m:02d}-{d:02d}"),
        "</Date>\n",
        "  <Patient>\n    <Family>",
        (P, p.L()),
        "</Family>\n    <Given>",
        (P, p.F()),
        "</Given>\n",
        *(("    <Middle>", (P, p.M()), "</Middle>\n") if p.middle else ()),
        "    <BirthDate>",
        (DT, f"{by}-{bm:02d}-{bd:02d}"),
        "</BirthDate>\n    <Snils>",
        (SN, g.snils_digits(rng)),
        "</Snils>\n",
        "    <Enp>",
        (OMS, g.enp(rng, "flat")),
        "</Enp>\n  </Patient>\n  <Form>057/у-04</Form>\n  <MoOid>1.2.643.5.1.13.13.12.2.16.",
        g.dig(rng, 4),
        "</MoOid>\n  <Diagnosis>K80.1</Diagnosis>\n</Referral>",
    )


def csv_callbacks(rng: random.Random, fake: Any) -> Planted:
    parts: list[Any] = ["id;дата_звонка;фио;телефон;результат\n"]
    for _ in range(3):
        p = pp.anyone(rng, fake)
        y, m, d = g.ymd(rng, 2026, 2026)
        parts += [
            str(rng.randint(1, 999)),
            ";",
            (DT, f"{d:02d}.{m:02d}.{y} {rng.randint(8, 20)}:{rng.randint(10, 59)}"),
            ";",
            (P, p.shape(rng)),
            ";",
            (PH, g.any_phone(rng)),
            ";",
            rng.choice(("не дозвонились", "записан", "отказ")),
            "\n",
        ]
    return doc(*parts)


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    by, bm, bd = g.birth(rng)
    y, m, d = g.ymd(rng, 2026, 2026)
    stamp = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    ln = pp.translit(p.last).upper() if rng.random() < 0.5 else p.last.upper()
    fn = pp.translit(p.first).upper() if ln.isascii() else p.first.upper()
    d1 = g.mobile_digits(rng)
    return doc(
        "MSH|^~\\&|MIS|GKB15|LIS|LAB|",
        (DT, stamp),
        "||ADT^A01|",
        str(rng.randint(10000, 99999)),
        "|P|2.5\r\n",
        "PID|1||",
        (MRN, g.dig(rng, 7)),
        "^^^GKB15^MR~",
        (SN, g.snils_digits(rng)),
        "^^^PFR^SS||",
        (P, ln),
        "^",
        (P, fn),
        "||",
        (DT, f"{by}{bm:02d}{bd:02d}"),
        "|",
        rng.choice(("M", "F")),
        "|||",
        (LOC, f"{fake.street_title()} {rng.randint(1, 99)}-{rng.randint(1, 99)}^^{pp.town(fake)}"),
        "||",
        (PH, f"+7{d1[1:]}"),
        "^PRN^CP",
        "\r\nPV1|1|I|KARD^412^2||||",
        str(rng.randint(1000, 9999)),
        "^",
        (P, pp.russian(rng, fake).L().upper()),
    )


def fhir_patient(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    by, bm, bd = g.birth(rng)
    return doc(
        '{"resourceType": "Patient", "identifier": [{"system": "urn:oid:1.2.643.100.3", "value": "',
        (SN, g.snils_digits(rng)),
        '"}, {"system": "urn:oid:1.2.643.2.69.1.1.1.6.228", "value": "',
        (OMS, g.enp(rng, "flat")),
        '"}], "name": [{"family": "',
        (P, p.L()),
        '", "given": ["',
        (P, p.F()),
        '"',
        *((', "', (P, p.M()), '"') if p.middle else ()),
        ']}], "birthDate": "',
        (DT, f"{by}-{bm:02d}-{bd:02d}"),
        '", "telecom": [{"system": "email", "value": "',
        (EM, g.email_for(rng, fake, p.last, p.first)),
        '"}], "address": [{"text": "',
        (LOC, pp.address(rng, fake)),
        '"}]}',
    )


def lab_table(rng: random.Random, fake: Any) -> Planted:
    """A lab sheet: sample numbers are the patient's; reference ranges and codes are not PII."""
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Пациент: ",
        (P, p.shape(rng)),
        "   Заявка: ",
        (MRN, f"{y % 100}{m:02d}{d:02d}-{rng.randint(100, 999)}"),
        "   Взятие: ",
        (DT, f"{d:02d}.{m:02d}.{y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
        "\n",
        "Проба | Тест | Результат | Реф.\n",
        (MRN, g.dig(rng, 10)),
        " | Глюкоза | 6,4 ммоль/л | 3,9–6,1\n",
        (MRN, g.dig(rng, 10)),
        " | ТТГ | 2,15 мкМЕ/мл | 0,4–4,0\n",
        "Код услуги A09.05.023, НСИ 1.2.643.5.1.13.13.11.1070, анализатор Cobas 6000 s/n 1520-12",
    )


def foreigner_reg_card(rng: random.Random, fake: Any) -> Planted:
    p = pp.foreigner(rng)
    by, bm, bd = g.birth(rng)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Регистрационная карта иностранного гражданина (платные услуги)\n",
        "ФИО (лат.): ",
        (P, p.latin),
        "\nФИО (рус.): ",
        (P, f"{p.last} {p.first}"),
        "\nDate of birth: ",
        (DT, f"{bd:02d}/{bm:02d}/{by}"),
        "\nГражданство: ",
        rng.choice(("Вьетнам", "Китай", "Индия", "Нигерия", "Германия", "Турция")),
        "\nАдрес в РФ: ",
        (LOC, pp.address(rng, fake, "city")),
        " (общежитие № 3)\nАдрес на родине: ",
        (LOC, pp.foreign_address(rng)),
        "\nТелефон: ",
        (PH, g.foreign_phone(rng)),
        " / ",
        (PH, g.mobile(rng)),
        "\nE-mail: ",
        (EM, f"{pp.translit(p.first.split()[0]).lower()}.{rng.randint(1, 99)}@gmail.com"),
        "\nДоговор № ",
        (MRN, f"ПУ-{y}-{g.dig(rng, 5)}"),
        " от ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
    )


def migrant_patent_exam(rng: random.Random, fake: Any) -> Planted:
    """Medical certificate for a work patent: the patient's Russian papers and the address of stay."""
    p = pp.migrant(rng)
    y, m, d = g.ymd(rng, 2026, 2026)
    by, bm, bd = g.birth(rng)
    return doc(
        "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ об отсутствии инфекционных заболеваний № ",
        (MRN, f"{rng.randint(1, 9999)}-И/{y}"),
        "\n",
        "Ф.И.О.: ",
        (P, p.full()),
        *((" / ", (P, p.latin)) if p.latin else ()),
        "\n",
        "Дата рождения: ",
        (DT, g.date_str(rng, by, bm, bd, "dot")),
        "\nИНН: ",
        (INN, g.inn12(rng)),
        "; СНИЛС: ",
        (SN, g.snils(rng)),
        "\nМесто пребывания: ",
        (LOC, pp.address(rng, fake, rng.choice(("city", "micro", "index_first")))),
        "\nRW отр., ВИЧ отр. (ИФА), флюорография ",
        (DT, f"{d:02d}.{m:02d}.{y}"),
        " — без патологии. Дерматовенеролог ",
        (P, pp.russian(rng, fake).shape(rng)),
    )


def national_republic_card(rng: random.Random, fake: Any) -> Planted:
    """Title page of an outpatient card from a national republic, bilingual labels."""
    origin = rng.choice(("tatar", "bashkir", "buryat", "yakut", "dagestan"))
    p = pp.from_origin(rng, origin)
    town, place = {
        "tatar": ("г. Казань", "ул. Габдуллы Тукая"),
        "bashkir": ("г. Стерлитамак", "ул. Мустая Карима"),
        "buryat": ("г. Улан-Удэ", "ул. Цыбикова"),
        "yakut": ("г. Якутск", "ул. Ойунского"),
        "dagestan": ("г. Махачкала", "пр. Имама Шамиля"),
    }[origin]
    by, bm, bd = g.birth(rng)
    return doc(
        "МЕДИЦИНСКАЯ КАРТА пациента, получающего помощь в амбулаторных условиях № ",
        (MRN, f"{rng.randint(1, 99999)}"),
        "\n",
        "Фамилия / Фамилия: ",
        (P, p.L()),
        "  Имя / Исем: ",
        (P, p.F()),
        "  Отчество: ",
        (P, p.M()),
        "\n",
        "Дата рождения: ",
        (DT, f"{bd:02d}.{bm:02d}.{by}"),
        "\n",
        "Адрес: ",
        (LOC, f"{town}, {place}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 150)}"),
        "\n",
        "Полис: ",
        (OMS, g.enp(rng)),
        "  СНИЛС: ",
        (SN, g.snils(rng)),
        "\nТел.: ",
        (PH, g.mobile(rng)),
        "\nГруппа крови B(III) Rh+. Участок № 12.",
    )


def prescription_107(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    doc_ = pp.russian(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Рецептурный бланк 107-1/у. Серия ",
        (MRN, f"{rng.randint(10, 99)}-{y % 100}"),
        " № ",
        (MRN, g.dig(rng, 6)),
        "\nДата выписки: ",
        (DT, rng.choice((f"{d} {MONTHS_GENT[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"))),
        " г.\nФ.И.О. пациента: ",
        (P, p.full()),
        "\nВозраст (полных лет): ",
        str(rng.randint(18, 90)),
        "\nФ.И.О. врача: ",
        (P, f"{doc_.L()} {doc_.initials()}"),
        "\nRp.: Tab. Metoprololi 50 mg № 30\nD.S. по 1 табл. 2 раза в день (08:00, 20:00)",
    )


def gosuslugi_notification(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Уведомление Госуслуг для ",
        (P, f"{p.F()} {p.M()}".strip()),
        ": СЭМД «Протокол консультации» № ",
        (MRN, f"{g.dig(rng, 4)}-{g.dig(rng, 6)}-{g.dig(rng, 4)}"),
        " от ",
        (DT, g.date_str(rng, y, m, d, rng.choice(("dot", "words")))),
        " доступен в разделе «Здоровье»: ",
        (URL, f"https://www.gosuslugi.ru/health/docs/{g.dig(rng, 12)}"),
        ". Если это не вы, позвоните ",
        (PH, "8 800 100-70-10"),
    )


def dental_patient_email(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake, male=False)
    _y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "Здравствуйте, ",
        (P, p.F("nomn")),
        "!\nНапоминаем, что ",
        (DT, f"{d} {MONTHS_GENT[m - 1]}"),
        " в 11:00 у вас повторный прием у стоматолога ",
        (P, pp.russian(rng, fake).full("gent")),
        " (зуб 3.6, пломба). Ваша карта № ",
        (MRN, f"С-{rng.randint(1, 9999)}"),
        ".\nАдрес клиники: ул. Баумана, 44 (вход со двора).",
        "\nОтветьте на это письмо или напишите нам в Telegram ",
        (URL, f"https://t.me/{rng.choice(('dentclinic', 'smile_kzn', 'zubnoy_24'))}"),
    )


def dicom_tags(rng: random.Random, fake: Any) -> Planted:
    p = pp.anyone(rng, fake)
    by, bm, bd = g.birth(rng)
    y, m, d = g.ymd(rng, 2026, 2026)
    return doc(
        "(0010,0010) PN  [",
        (P, pp.translit(p.last).upper()),
        "^",
        (P, pp.translit(p.first).upper()),
        "]\n(0010,0020) LO  [",
        (MRN, g.dig(rng, 8)),
        "]\n(0010,0030) DA  [",
        (DT, f"{by}{bm:02d}{bd:02d}"),
        "]\n(0008,0020) DA  [",
        (DT, f"{y}{m:02d}{d:02d}"),
        "]\n(0008,0050) SH  [",
        (MRN, f"A{g.dig(rng, 9)}"),
        "]\n(0018,0050) DS  [1.25]\n(0008,0080) LO  [GKB 15 KT]",
    )


BLOCKS = [
    json_chat_export,
    xml_referral,
    csv_callbacks,
    hl7_adt,
    fhir_patient,
    lab_table,
    foreigner_reg_card,
    migrant_patent_exam,
    national_republic_card,
    prescription_107,
    gosuslugi_notification,
    dental_patient_email,
    dicom_tags,
]
