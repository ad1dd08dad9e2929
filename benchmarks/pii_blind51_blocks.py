"""Short mixed fragments of blind split 51: report headers, referrals, certificates and system exports."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind51_gen import enp, inn_v, link, mail, name, nums, oms_old, passport, recent, snils_v
from benchmarks.pii_families import BlockFamily, Planted, address, date, phone

H = "heldout"
Part = str | list | tuple


def seq(*parts: Part) -> Callable[[random.Random, Any], Planted]:
    """Literal strings, lists (one alternative is picked, itself a part) and (type, maker[, case]) values."""

    def make(rng: random.Random, fake: Any) -> Planted:
        text, golds = [""], []

        def put(part: Part) -> None:
            if isinstance(part, str):
                text[0] += part
            elif isinstance(part, list):
                put(rng.choice(part))
            elif isinstance(part, tuple) and part and isinstance(part[0], str) and part[0].isupper():
                value = part[1](rng, fake, part[2] if len(part) > 2 else "nomn")
                golds.append((part[0], len(text[0]), len(text[0]) + len(value)))
                text[0] += value
            else:  # a tuple of parts in a row
                for sub in part:
                    put(sub)

        for part in parts:
            put(part)
        return Planted(text[0], golds)

    return make


FIO = name("F I O", "F io", "F I O")
DOC = name("F io", "io F", "F i o")
DOB = date("dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yy")
VISIT = recent("dd.mm.yyyy", "dd.mm.yyyy HH:MI", "d MG yyyy г.")
MOB = phone("8AAABBBCCDD", "+7 AAA BBB-CC-DD", "8 (AAA) BBB-CC-DD", "+7AAABBBCCDD")
ADDR = address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}-{Q}", "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}")
ENP = enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
SNILS = snils_v("XXX-XXX-XXX XX", "XXXXXXXXXXX")
INN = inn_v("XXXXXXXXXXXX")
PASS = passport("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX")
MRN = nums("NXXXX/Y", "NXXXXX", "NXXX-Y")
SAMPLE = nums("NXXXXXXXXX", "NXXXXXXX")

BLOCKS: list[BlockFamily] = [
    BlockFamily("b51-block-lab-header", H, seq(
        "КДЛ ГБУЗ ГКБ №", ["15", "4", "67"], ". Заявка № ", ("MEDICAL_RECORD_NUMBER", SAMPLE), "\nПациент: ",
        ("PERSON", FIO), ", д.р. ", ("DATE_TIME", DOB), "\nГлюкоза 6,1 ммоль/л (3,9-6,1); HbA1c 6,8%\nВзятие: ",
        ("DATE_TIME", recent("dd.mm.yyyy HH:MI", "dd.mm.yy HH:MI")), "\n")),
    BlockFamily("b51-block-imaging-report", H, seq(
        "КТ ОГК № исследования ", ("MEDICAL_RECORD_NUMBER", nums("NXXXXXXX", "CT-NXXXXX", "Y/NXXXX")), " от ",
        ("DATE_TIME", VISIT), ". ", ("PERSON", name("F I O", "F io", lower=0.3)),
        ", ", ["58 л.", "71 г.", "44 года"], " КТ-картина двусторонней полисегментарной пневмонии, КТ-2 (25-50%). Врач-рентгенолог ",
        ("PERSON", DOC))),
    BlockFamily("b51-block-referral-057", H, seq(
        "НАПРАВЛЕНИЕ (ф. 057/у-04) на госпитализацию\n1. ", ("PERSON", FIO), "\n2. Полис ОМС ",
        ("RU_OMS_POLICY", ENP), "\n3. Код диагноза по МКБ K80.1\n4. Адрес: ", ("LOCATION", ADDR),
        "\n5. Тел.: ", ("PHONE_NUMBER", MOB), "\n")),
    BlockFamily("b51-block-certificate-086", H, seq(
        "Справка 086/у выдана ", ("PERSON", name("F I O", ethnic=0.4), "datv"), ", ", ("DATE_TIME", DOB),
        " г.р., проживающему(ей) по адресу ", ("LOCATION", ADDR), ", в том, что противопоказаний к обучению не выявлено. Дата выдачи ",
        ("DATE_TIME", recent("dd.mm.yyyy", "d MG yyyy г.")), ".")),
    BlockFamily("b51-block-hl7-pid", H, seq(
        "MSH|^~\\&|MIS|GKB|LIS|KDL|", ("DATE_TIME", recent("yyyymmddHHMI")), "||ADT^A01|", ["4711", "9052", "1188"],
        "|P|2.5\rPID|1||", ("MEDICAL_RECORD_NUMBER", nums("NXXXXXX", "NXXXXXXXX")), "^^^MIS^MR||",
        ("PERSON", lambda rng, fake, case: name("F I O", "F I")(rng, fake, case).replace(" ", "^")), "||", ("DATE_TIME", date("yyyymmdd")), "|", ["F", "M"], "|||",
        ("LOCATION", address("ул. {S} {N}-{Q}^^{T}^^{P}", "{S} {N}^^{T}")), "||", ("PHONE_NUMBER", phone("8AAABBBCCDD", "+7AAABBBCCDD")),
        "\r")),
    BlockFamily("b51-block-csv-register", H, seq(
        ["ФИО;ДР;СНИЛС;ЕНП\n", "fio;birth;snils;enp\n"], ("PERSON", FIO), ";", ("DATE_TIME", date("dd.mm.yyyy", "yyyy-mm-dd")),
        ";", ("RU_SNILS", SNILS), ";", ("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")), "\n")),
    BlockFamily("b51-block-json-emk", H, seq(
        '{"patient": {"id": "', ("MEDICAL_RECORD_NUMBER", nums("NXXXXXXX", "LLL-NXXXXX")), '", "name": "', ("PERSON", FIO),
        '", "snils": "', ("RU_SNILS", SNILS), '", "email": "', ("EMAIL_ADDRESS", mail()), '"}, "icd10": "E11.9", "hba1c": 7.4}')),
    BlockFamily("b51-block-keyvalue-log", H, seq(
        "ts=2024-03-01T10:15:00 event=card_open patient_id=", ("MEDICAL_RECORD_NUMBER", nums("NXXXXXX")), " inn=",
        ("RU_INN", INN), " phone=", ("PHONE_NUMBER", phone("+7AAABBBCCDD", "8AAABBBCCDD")), " user=doctor14")),
    BlockFamily("b51-block-xml-passport", H, seq(
        "<Patient><FIO>", ("PERSON", FIO), "</FIO><Passport>", ("RU_PASSPORT", passport("XXXX XXXXXX", "XXXXXXXXXX")),
        "</Passport><Address>", ("LOCATION", ADDR), "</Address><Ward>5</Ward></Patient>")),
    BlockFamily("b51-block-nursing-handoff", H, seq(
        "передача смены ", ("DATE_TIME", recent("dd.mm HH:MI", "dd.mm.yy в HH:MI")), ": пал. 3 - ",
        ("PERSON", name("F", "F io", "F I", lower=0.4)), ", сатурация 93% на О2 5 л/мин, родственники (",
        ("PHONE_NUMBER", MOB), ") звонили, информированы.")),
    BlockFamily("b51-block-death-certificate", H, seq(
        "Медицинское свидетельство о смерти серия ", ("MEDICAL_RECORD_NUMBER", nums("NX № NXXXXX", "NXX № NXXXXXXX")),
        ". Умерший(ая): ", ("PERSON", FIO), ". Дата смерти: ", ("DATE_TIME", recent("dd.mm.yyyy", "d MG yyyy г.")),
        ". Место смерти: ", ("LOCATION", address("{R}, г. {T}, ул. {S}, д. {N}", "г. {T}, {S} ул., {N}")), ".")),
    BlockFamily("b51-block-msa-forms", H, seq(
        "Направление на МСЭ. ", ("PERSON", FIO), ", паспорт ", ("RU_PASSPORT", PASS), ", СНИЛС ", ("RU_SNILS", SNILS),
        ", ИНН ", ("RU_INN", inn_v("XXXXXXXXXXXX", "XXXX XXXX XXXX")), ". ЭЛН № ", ("MEDICAL_RECORD_NUMBER", nums("NXXXXXXXXXXX")),
        " открыт 120 дней.")),
    BlockFamily("b51-block-paid-services", H, seq(
        "Договор на оказание платных медуслуг. Заказчик: ", ("PERSON", FIO), ", ИНН ", ("RU_INN", INN), ", паспорт ",
        ("RU_PASSPORT", passport("XXXX XXXXXX", "XX XX XXXXXX")), ", e-mail ", ("EMAIL_ADDRESS", mail()),
        ". Стоимость 4500 руб.")),
    BlockFamily("b51-block-telemed-invite", H, seq(
        "Уважаемая(ый) ", ("PERSON", name("I O", "I")), "! Ваша консультация ", ("DATE_TIME", recent("dd.mm.yyyy в HH:MI")),
        ". Ссылка: ", ("URL", link()), "\nВопросы: ", ("EMAIL_ADDRESS", mail()), " или ", ("PHONE_NUMBER", phone("8 (AAA) BBB-CC-DD", codes="city")))),
    BlockFamily("b51-block-vaccination-ocr", H, seq(
        "СЕРТИФИКАТ О ПРОФИЛАКТИЧЕСКИХ ПРИВИВКАХ\n", ("PERSON", name("FU I O", "F I O")), "  ",
        ("DATE_TIME", date("dd.mm.yyyy", "dd . mm . yyyy")), "\nполис ", ("RU_OMS_POLICY", oms_old()), "\nАДС-М 0,5 мл сер. 145-12 ",
        ("DATE_TIME", recent("dd.mm.yyyy")), "\n")),
    BlockFamily("b51-block-fixed-width", H, seq(
        ("PERSON", name("F I O")), "    ", ("DATE_TIME", date("dd.mm.yyyy")), "  ", ("RU_OMS_POLICY", ENP), "  ",
        ("URL", link()), "\n")),
    BlockFamily("b51-block-tsv-contacts", H, seq(
        "карта\tфио\tтелефон\tпочта\tсайт\n", ("MEDICAL_RECORD_NUMBER", MRN), "\t", ("PERSON", name("F io", "F I O", lower=0.3)),
        "\t", ("PHONE_NUMBER", MOB), "\t", ("EMAIL_ADDRESS", mail()), "\t", ("URL", link()), "\n")),
]
