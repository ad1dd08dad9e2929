"""Short mixed fragments of blind split 54: a few values in one piece of paperwork or one export row
(referral, sick leave, consent, lab header, death note; CSV, TSV, JSON, XML, HL7, key=value, fixed width)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind54_vals import (
    born,
    cis_person,
    enp,
    inn54,
    old_oms,
    passport54,
    pattern,
    personal_email,
    personal_url,
    snils54,
    when,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Maker, Planted, address, person, phone

Part = str | tuple[str, Maker] | tuple[str, Maker, str]


def seq(*layouts: tuple[Part, ...]) -> Callable[[random.Random, Any], Planted]:
    """One of ``layouts``: literal strings and (type, maker[, case]) values, in order."""

    def make(rng: random.Random, fake: Any) -> Planted:
        text, golds = "", []
        for part in rng.choice(layouts):
            if isinstance(part, str):
                text += part
                continue
            kind, maker, *case = part
            value = maker(rng, fake, case[0] if case else "nomn")
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        return Planted(text, golds)

    return make


FIO = ("PERSON", person("F I O"))
FIO_SHORT = ("PERSON", person("F io", "F i o"))
DR = ("DATE_TIME", born("dd.mm.yyyy"))
ISO_DR = ("DATE_TIME", born("yyyy-mm-dd"))
ADDR = ("LOCATION", address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {T}, {S} ул., {N}-{Q}",
                            "{P}, г. {T}, пр-т {S}, д. {N}"))
MOB = ("PHONE_NUMBER", phone("+7 AAA BBB-CC-DD", "8 (AAA) BBB-CC-DD", "8AAABBBCCDD", "+7AAABBBCCDD"))
SNILS = ("RU_SNILS", snils54("XXX-XXX-XXX XX", "XXXXXXXXXXX"))
ENP = ("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))
INN = ("RU_INN", inn54("XXXXXXXXXXXX"))
PASS = ("RU_PASSPORT", passport54("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX"))
MRN = ("MEDICAL_RECORD_NUMBER", pattern("XXXXXX", "XXXX/y", "Y-XXXXX"))
MAIL = ("EMAIL_ADDRESS", personal_email())
LINK = ("URL", personal_url())
CARE = ("DATE_TIME", when("dd.mm.yyyy", "dd.mm.yyyy hh:mi"))


def hl7_pid(rng: random.Random, fake: Any) -> Planted:
    """An HL7 v2 PID segment from a hospital MIS: ID, name components, birth date, address, phone."""
    female = rng.random() < 0.5
    last = fake.last_name_female() if female else fake.last_name_male()
    first = fake.first_name_female() if female else fake.first_name_male()
    middle = fake.middle_name_female() if female else fake.middle_name_male()
    pieces: list[tuple[str | None, str]] = [
        (None, "MSH|^~\\&|MIS|GKB|LIS|LAB|"),
        ("DATE_TIME", when("yyyymmddhhmi")(rng, fake, "nomn")),
        (None, "||ADT^A01|" + str(rng.randrange(10**6, 10**7)) + "|P|2.5\nPID|1||"),
        ("MEDICAL_RECORD_NUMBER", pattern("XXXXXXX", "XXXXXXXXX")(rng, fake, "nomn")),
        (None, "^^^GKB^MR~"),
        ("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn")),
        (None, "^^^OMS^NI||"),
        ("PERSON", f"{last}^{first}^{middle}"),
        (None, "||"),
        ("DATE_TIME", born("yyyymmdd")(rng, fake, "nomn")),
        (None, "|" + ("F" if female else "M") + "|||"),
        ("LOCATION", address("ул. {S}, д. {N}^^{T}^^{P}", "{S} ул. {N}-{Q}^^{T}")(rng, fake, "nomn")),
        (None, "||"),
        ("PHONE_NUMBER", phone("+7AAABBBCCDD", "8AAABBBCCDD")(rng, fake, "nomn")),
        (None, "|||||||"),
    ]
    text, golds = "", []
    for kind, value in pieces:
        if kind:
            golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)


def fixed_width(rng: random.Random, fake: Any) -> Planted:
    """A fixed-width register line (reestr of insured persons): surname, name, patronymic, birth, ENP, SNILS."""
    female = rng.random() < 0.5
    fio = (fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()) if female else (
        fake.last_name_male(), fake.first_name_male(), fake.middle_name_male())
    cols = [("PERSON", " ".join(fio).upper(), 44), ("DATE_TIME", born("dd.mm.yyyy")(rng, fake, "nomn"), 12),
            ("RU_OMS_POLICY", enp("XXXXXXXXXXXXXXXX")(rng, fake, "nomn"), 18),
            ("RU_SNILS", snils54("XXX-XXX-XXX XX")(rng, fake, "nomn"), 16)]
    text = f"{rng.randrange(1, 999):05d} "
    golds = []
    for kind, value, width in cols:
        golds.append((kind, len(text), len(text) + len(value)))
        text += value.ljust(width)
    return Planted(text.rstrip() + "  " + rng.choice(("М", "Ж")) + "  01", golds)


BLOCKS: list[BlockFamily] = [
    BlockFamily("b54-block-json", HELDOUT, seq(
        ('{"patient": {"fio": "', FIO, '", "birth_date": "', ISO_DR, '", "snils": "', SNILS, '", "enp": "', ENP,
         '"}, "dept": "ОРИТ-2", "bed": 4}'),
        ('{"id": "', MRN, '", "name": "', FIO, '", "phone": "', MOB, '", "email": "', MAIL, '"}'),
    )),
    BlockFamily("b54-block-hl7-pid", HELDOUT, hl7_pid),
    BlockFamily("b54-block-csv", HELDOUT, seq(
        ("дата;фио;снилс;телефон;диагноз\n", CARE, ";", FIO, ";", SNILS, ";", MOB, ";J18.9"),
        ("visit_date,patient,policy,inn,icd10\n", CARE, ",", FIO_SHORT, ",", ENP, ",", INN, ",I11.9"),
    )),
    BlockFamily("b54-block-key-value", HELDOUT, seq(
        ("event=ADMISSION pid=", MRN, ' fio="', FIO, '" dob=', ISO_DR, " ward=12 phone=", MOB),
        ("visit_dt=", CARE, " | email=", MAIL, " | lk=", LINK, " | doctor=", FIO_SHORT),
    )),
    BlockFamily("b54-block-xml", HELDOUT, seq(
        ("<Patient>\n  <FIO>", FIO, "</FIO>\n  <BirthDate>", ISO_DR, "</BirthDate>\n  <Address>", ADDR,
         "</Address>\n  <INN>", INN, "</INN>\n</Patient>"),
        ('<pers ID_PAC="', MRN, '"><FAM_NAME>', FIO, "</FAM_NAME><DR>", ISO_DR, "</DR><SNILS>", SNILS,
         "</SNILS><ENP>", ENP, "</ENP></pers>"),
    )),
    BlockFamily("b54-block-fixed-width", HELDOUT, fixed_width),
    BlockFamily("b54-block-tsv", HELDOUT, seq(
        ("№\tФИО\tДата р.\tПаспорт\tАдрес\n1\t", FIO_SHORT, "\t", DR, "\t", PASS, "\t", ADDR),
        ("ИБ\tПациент\tПоступил\tТелефон\n", MRN, "\t", FIO_SHORT, "\t", CARE, "\t", MOB),
    )),
    BlockFamily("b54-block-referral", HELDOUT, seq(
        ("НАПРАВЛЕНИЕ № ", ("MEDICAL_RECORD_NUMBER", pattern("XXXXXX", "XX-XXXXX")), " на госпитализацию\nФИО: ", FIO,
         "\nДата рождения: ", DR, "\nПолис ОМС: ", ENP, "\nСНИЛС: ", SNILS, "\nДиагноз: K80.1, желчнокаменная болезнь"),
        ("Направляется ", FIO, " (", DR, " г.р.), полис ", ENP, ", в ГКБ на консультацию хирурга."),
    )),
    BlockFamily("b54-block-sick-leave", HELDOUT, seq(
        ("ЭЛН ", ("MEDICAL_RECORD_NUMBER", pattern("9XXXXXXXXXXX")), "\nНетрудоспособный: ", FIO, "\nСНИЛС ", SNILS,
         "\nИНН ", INN, "\nОсвобождение от работы с ", ("DATE_TIME", when("dd.mm.yyyy")),
         ", продлено ВК"),
    )),
    BlockFamily("b54-block-lab-header", HELDOUT, seq(
        ("Пациент: ", FIO_SHORT, "   Возраст: 56\nОбразец № ", ("MEDICAL_RECORD_NUMBER", pattern("XXXXXXXXXX")),
         "   Взят: ", ("DATE_TIME", when("dd.mm.yyyy hh:mi")), "\nГлюкоза 7,8 ммоль/л (3,9-6,1)\nВрач КДЛ: ",
         ("PERSON", person("F io"))),
    )),
    BlockFamily("b54-block-telemed", HELDOUT, seq(
        ("ТМК назначена на ", ("DATE_TIME", when("dd.mm.yyyy в hh:mi")), ", ссылка для пациента ", LINK,
         ", приглашение отправлено на ", MAIL),
        ("Пациентке ", ("PERSON", person("F I O"), "datv"), " направлена ссылка ", LINK, " по СМС на ", MOB),
    )),
    BlockFamily("b54-block-consent", HELDOUT, seq(
        ("Я, ", FIO, ", паспорт ", PASS, ", выдан ОУФМС, зарегистрированный(ая) по адресу: ", ADDR,
         ", даю информированное добровольное согласие на медицинское вмешательство."),
        ("Я, ", FIO, ", ", DR, " г.р., законный представитель ребенка, паспорт ", PASS,
         ", согласен(на) на вакцинацию."),
    )),
    BlockFamily("b54-block-death-note", HELDOUT, seq(
        ("Смерть ", FIO_SHORT, " наступила ", ("DATE_TIME", when("dd.mm.yyyy в hh:mi")), " по адресу ", ADDR,
         ". Тело направлено в ПАО."),
        ("Умерший(ая): ", FIO, ", д.р. ", DR, ", место смерти - ", ADDR, "."),
    )),
    BlockFamily("b54-block-prose-pair", HELDOUT, seq(
        ("В пал. 6 ", FIO_SHORT, " (тел. ", MOB, ") - t 37,9, назначен кеторолак 30 мг в/м."),
        ("Со слов родственницы (", ("PERSON", person("I O", "F I O")), ", ", MOB, ") мать дома падала дважды."),
        ("Выписка выдана ", ("PERSON", person("F io", "F I O"), "datv"), " ", ("DATE_TIME", when("dd.mm.yyyy")),
         ", и/б ", MRN, "."),
        ("пациент ", ("PERSON", cis_person("F I O", "F I")), ", паспорт ин. гражданина ",
         ("MEDICAL_RECORD_NUMBER", pattern("FA XXXXXXX", "AA XXXXXXX")), ", полис ",
         ("RU_OMS_POLICY", old_oms()), ", тел ", MOB),
    )),
    BlockFamily("b54-block-registry-card", HELDOUT, seq(
        ("РЕГИСТРАТУРА\nКарта № ", MRN, " | ", FIO, " | ", DR, "\nПолис: ", ENP, " | СНИЛС: ", SNILS, "\nE-mail: ", MAIL),
        ("Карта ", MRN, " — ", FIO, ", паспорт ", PASS, ", ИНН ", INN, ", адрес ", ADDR),
    )),
]
