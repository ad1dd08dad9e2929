"""Whole documents of the blind12 split, part 2: operating theatre, ICU, transfusion, consultations, discharge."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind12_gen import (
    DAT,
    EML,
    INN,
    LOC,
    MRN,
    OMS,
    PAS,
    PER,
    PHO,
    SNI,
    Doc,
    address,
    birth,
    d1,
    date,
    date_pair,
    email,
    fio,
    hm,
    inflect,
    inn,
    inn10,
    name,
    oms,
    passport,
    phone,
    snils,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

N = "nomn"


def _v(maker: Any, rng: random.Random, fake: Any, case: str = N) -> str:
    return maker(rng, fake, case)


def _doc(rng: random.Random, fake: Any, *shapes: str) -> str:
    return name(*shapes or ("FIo", "IoF"))(rng, fake, N)


def operation_protocol(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ПРОТОКОЛ ОПЕРАЦИИ № ", (MRN, str(rng.randint(100, 2999))), "\n")
    x(
        "ФИО: ",
        (PER, _v(name("FIO"), rng, fake)),
        "   И/б № ",
        (MRN, f"{d1(rng, 5)}/{rng.choice(('С', 'Х'))}"),
        "\n",
    )
    x(
        "Дата: ",
        (DAT, _v(date("dot", "words"), rng, fake)),
        "  Начало ",
        hm(rng),
        "  Окончание ",
        hm(rng),
        "\n",
    )
    x("Операция: лапароскопическая холецистэктомия. Операционная № 4.\n")
    x("Хирург: ", (PER, _doc(rng, fake)), "; ассистент: ", (PER, _doc(rng, fake)), "; операционная м/с: ")
    x((PER, _doc(rng, fake, "Fi", "F")), "\nАнестезиолог: ", (PER, _doc(rng, fake)), "\n")
    x(
        "Кровопотеря 50 мл. Дренирование подпечёночного пространства. Препарат — на гистологию, направление № ",
        (MRN, d1(rng, 7)),
        ".",
    )
    return x.done()


def anaesthesia_card(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("АНЕСТЕЗИОЛОГИЧЕСКАЯ КАРТА\n")
    x("Пациент ", (PER, _v(name("FIo", "FIO"), rng, fake)), " | ", str(rng.randint(50, 120)), " кг | ASA ")
    x(str(rng.randint(1, 4)), " | ", (DAT, _v(date("dot", "dot2", "iso"), rng, fake)), "\n")
    x("Время | АД | ЧСС | SpO2 | Препарат\n")
    for _ in range(3):
        x(
            hm(rng),
            " | ",
            f"{rng.randint(90, 150)}/{rng.randint(50, 90)}",
            " | ",
            str(rng.randint(55, 110)),
            " | 98 | ",
        )
        x(rng.choice(("пропофол 150 мг", "фентанил 0,1 мг", "рокуроний 50 мг", "севофлуран 2 об%")), "\n")
    x("Анестезист ", (PER, _doc(rng, fake, "Fi", "F")), ", врач ", (PER, _doc(rng, fake)))
    return x.done()


def icu_flowsheet(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ОРИТ № 2. Карта интенсивного наблюдения. Койка ", str(rng.randint(1, 12)), "\n")
    x(
        (PER, _v(name("UP", "FIO"), rng, fake)),
        ", ИБ ",
        (MRN, f"{d1(rng, 4)}-{rng.choice(('25', '26'))}"),
        "\n",
    )
    a, b = date_pair(rng, "dott", 1)
    x("Сутки с ", (DAT, a), " по ", (DAT, b), "\n")
    x("ИВЛ: SIMV, FiO2 45%, PEEP 8. Норадреналин 0,1 мкг/кг/мин. Диурез 1450 мл.\n")
    x("Лактат 2,1; pH 7,31; K+ 4,2. Шкала SOFA 7, RASS -2.\n")
    x("Дежурный врач ", (PER, _doc(rng, fake)), "; м/с ", (PER, _doc(rng, fake, "IO", "Fi")))
    return x.done()


def transfusion_record(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ПРОТОКОЛ ТРАНСФУЗИИ (ф. 005/у)\n")
    x(
        "Реципиент: ",
        (PER, _v(name("FIO"), rng, fake)),
        ", ",
        (DAT, _v(birth("dot", "dot2"), rng, fake)),
        " г.р.\n",
    )
    x("История болезни № ", (MRN, d1(rng, 5)), "; группа крови A(II) Rh+ (положит.), K-\n")
    x("Компонент: эритроцитная взвесь, объём 280 мл, код ", "ЭВ-", d1(rng, 2), ", годна до ", "14 сут.\n")
    x(
        "Пробы на совместимость выполнены ",
        (DAT, _v(date("dott", "dotvt"), rng, fake)),
        ". Биологическая проба — без реакции.\n",
    )
    x(
        "Трансфузию провёл ",
        (PER, _doc(rng, fake, "FIo", "IoF", "Fi")),
        ". Наблюдение 3 ч: t 36,8, АД 125/80.",
    )
    return x.done()


def consultation(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, male = fio(fake, rng)
    who = f"{inflect(last, 'last', male, 'gent')} {inflect(first, 'first', male, 'gent')} {inflect(mid, 'mid', male, 'gent')}"
    x = Doc()
    x("Консультация кардиолога ", (DAT, _v(date("dot", "dott"), rng, fake)), "\n")
    x(
        "По просьбе лечащего врача ",
        (PER, _v(name("Fi", "FIo"), rng, fake, "gent")),
        " осмотрен" + ("" if male else "а"),
    )
    x(" пациент" + ("" if male else "ка"), " ")
    x((PER, who), " (ИБ ", (MRN, d1(rng, 6)), ").\n")
    x("Пациент", "" if male else "ка", " ", (PER, last), " жалуется на перебои в работе сердца с ")
    x((DAT, _v(date("daymonth", "dot", "ddmm"), rng, fake)), ".\nЭКГ: ФП, ЧСЖ 118. Эхо-КГ: ФВ 48%.\n")
    x("Рекомендовано: бисопролол 5 мг в 08:00, апиксабан 5 мг 2 р/д. Контроль ЭКГ через 3 дня.\n")
    x("Врач-кардиолог ", (PER, _doc(rng, fake, "IoF", "FIO")))
    return x.done()


def transfer_epicrisis(rng: random.Random, fake: Any) -> Planted:
    a, b = date_pair(rng, rng.choice(("dot", "dot2")), 14)
    x = Doc()
    x("ПЕРЕВОДНОЙ ЭПИКРИЗ\n")
    x(
        "Больной(ая) ",
        (PER, _v(name("FIO"), rng, fake)),
        " находился(ась) в ОРИТ с ",
        (DAT, a),
    )
    x(" по ", (DAT, b), " с диагнозом: I63.5 Инфаркт мозга.\n")
    x("Переводится в неврологическое отделение для больных с ОНМК, палата 7.\n")
    x(
        "Полис ОМС ",
        (OMS, _v(oms("solid", "dash"), rng, fake)),
        "; СНИЛС ",
        (SNI, _v(snils("std", "dash"), rng, fake)),
        "\n",
    )
    x(
        "Зав. ОРИТ ",
        (PER, _doc(rng, fake, "Fi", "FIo")),
        "    Лечащий врач ",
        (PER, _doc(rng, fake, "Fi", "FIo")),
    )
    return x.done()


def discharge_epicrisis(rng: random.Random, fake: Any) -> Planted:
    a, b = date_pair(rng, "dot", 30)
    x = Doc()
    x(
        "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ",
        (MRN, f"{d1(rng, 4)}/{rng.randint(24, 26)}"),
        "\n",
    )
    x(
        "Ф.И.О.: ",
        (PER, _v(name("FIO"), rng, fake)),
        "\nДата рождения: ",
        (DAT, _v(birth("dot", "words"), rng, fake)),
        "\n",
    )
    x("Адрес: ", (LOC, _v(address("cityidx", "idxlast", "rural", "mkr"), rng, fake)), "\n")
    x(
        "Находился(ась) на лечении с ",
        (DAT, a),
        " по ",
        (DAT, b),
        "\n",
    )
    x(
        "Лист нетрудоспособности (ЭЛН) № ",
        (MRN, d1(rng, 12)),
        " открыт, продлён до ",
        (DAT, _v(date("dot"), rng, fake)),
        "\n",
    )
    x("Рекомендации: наблюдение хирурга по месту жительства, снятие швов на 10-е сутки.\n")
    x(
        "Телефон пациента: ",
        (PHO, _v(phone("plus", "eight"), rng, fake)),
        "; e-mail: ",
        (EML, email(rng, fake)),
        "\n",
    )
    x("Лечащий врач ", (PER, _doc(rng, fake)), "   Зав. отделением ", (PER, _doc(rng, fake)))
    return x.done()


def nursing_handover(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x(
        "ЖУРНАЛ ПЕРЕДАЧИ СМЕНЫ, пост № ",
        str(rng.randint(1, 6)),
        ", ",
        (DAT, _v(date("dot", "dot2", "words"), rng, fake)),
        "\n",
    )
    for _ in range(rng.randint(2, 3)):
        x("пал. ", str(rng.randint(101, 420)), " — ", (PER, _v(name("FIo", "F", "FI"), rng, fake)), ": ")
        x(
            rng.choice(
                (
                    "t 37,9 в 22:00, дан парацетамол 1 г.",
                    "катетер сменён.",
                    "спит, диурез 900 мл.",
                    "после операции, обезболен в 02:00.",
                )
            ),
            "\n",
        )
    x("Смену сдала ", (PER, _doc(rng, fake, "Fi", "IO")), ", приняла ", (PER, _doc(rng, fake, "Fi", "F")))
    return x.done()


def death_certificate(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ (ф. 106/у)\n")
    x(
        "Серия ",
        (MRN, f"{d1(rng, 2)} {d1(rng, 3)}"),
        " № ",
        (MRN, d1(rng, 6)),
        "   Дата выдачи ",
        (DAT, _v(date("words", "wordsy"), rng, fake)),
        "\n",
    )
    x("окончательное / предварительное / взамен\n")
    last, first, mid, _male = fio(fake, rng)
    x("1. Фамилия ", (PER, last), "  2. Имя ", (PER, first), "  3. Отчество (при наличии) ", (PER, mid), "\n")
    y, m, dd = rng.randint(1930, 1990), rng.randint(1, 12), rng.randint(1, 28)
    x("4. Дата рождения: ", (DAT, " ".join(f"{dd:02d}.{m:02d}.{y}")), "\n")
    x("5. Дата смерти: ", (DAT, _v(date("dot", "dott"), rng, fake)), "\n")
    x("7. Место постоянного жительства: ", (LOC, _v(address("rural", "city", "upper"), rng, fake)), "\n")
    x(
        "19. Причины смерти: а) I21.0; б) I25.1. Свидетельство выдал врач ",
        (PER, _doc(rng, fake, "FIO", "FIo")),
        "\n",
    )
    x(
        "Получатель: ",
        (PER, _v(name("FIO"), rng, fake)),
        ", документ ",
        (PAS, _v(passport("four", "sp"), rng, fake)),
    )
    return x.done()


def autopsy_protocol(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ПРОТОКОЛ ПАТОЛОГО-АНАТОМИЧЕСКОГО ВСКРЫТИЯ № ", (MRN, f"{d1(rng, 3)}/{rng.choice(('П', 'ПА'))}"), "\n")
    x("Умерший: ", (PER, _v(name("FIO", "UP"), rng, fake)), ", ", str(rng.randint(40, 95)), " лет\n")
    x("Медицинская карта ", (MRN, f"{d1(rng, 5)}"), ", отделение кардиологии\n")
    x(
        "Дата смерти ",
        (DAT, _v(date("dott", "dotvt"), rng, fake)),
        "; дата вскрытия ",
        (DAT, _v(date("dot", "words"), rng, fake)),
        "\n",
    )
    x("При вскрытии присутствовал лечащий врач ", (PER, _doc(rng, fake, "FIo", "Fi")), ".\n")
    x(
        "Масса сердца 520 г, толщина стенки ЛЖ 1,8 см. Гистологический архив: блоки № ",
        (MRN, f"{d1(rng, 4)}-{d1(rng, 2)}"),
        ".\n",
    )
    x("Врач-патологоанатом ", (PER, _doc(rng, fake, "IoF", "FIO")))
    return x.done()


def hl7_adt(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, male = fio(fake, rng)
    y, m, dd = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    x = Doc()
    x(
        "MSH|^~\\&|MEDIALOG|GKB",
        str(rng.randint(1, 70)),
        "|LIS|LAB|",
        (DAT, f"2025{m:02d}{dd:02d}{d(rng)}"),
        "||ADT^A01|",
    )
    x(
        d1(rng, 8),
        "|P|2.5\nPID|1||",
        (MRN, d1(rng, 8)),
        "^^^GKB^MR~",
        (SNI, snils_digits_only(rng)),
        "^^^PFR^SS||",
    )
    x(
        (PER, last),
        "^",
        (PER, first),
        "^",
        (PER, mid),
        "||",
        (DAT, f"{y}{m:02d}{dd:02d}"),
        "|",
        "M" if male else "F",
        "|||",
    )
    x(
        (LOC, f"{fake.street_title()} {rng.randint(1, 90)}-{rng.randint(1, 200)}"),
        "^^",
        (LOC, fake.city_name().split(" (")[0]),
        "||",
    )
    x(
        (PHO, phone("plussolid")(rng, fake, N)),
        "\nPV1|1|E|ER^^3||||",
        d1(rng, 4),
        "^",
        (PER, fake.last_name()),
        "|||",
    )
    return x.done()


def d(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"


def snils_digits_only(rng: random.Random) -> str:
    return snils("solid")(rng, None, N)


def json_export(rng: random.Random, fake: Any) -> Planted:
    last, first, _mid, _male = fio(fake, rng)
    x = Doc()
    x('{"event": "hospitalization", "patient": {"lastName": "', (PER, last), '", ')
    x(
        '"firstName": "',
        (PER, first),
        '", "birthDate": "',
        (DAT, _v(birth("iso"), rng, fake)),
        '", ',
    )
    x(
        '"snils": "',
        (SNI, _v(snils("solid", "std"), rng, fake)),
        '", "enp": "',
        (OMS, _v(oms("solid"), rng, fake)),
        '", ',
    )
    x(
        '"inn": "',
        (INN, _v(inn("solid"), rng, fake)),
        '", "mobile": "',
        (PHO, _v(phone("plussolid"), rng, fake)),
        '"}, ',
    )
    x(
        '"caseId": "',
        (MRN, f"{d1(rng, 4)}-{d1(rng, 6)}"),
        '", "admitted": "',
        (DAT, _v(date("isot"), rng, fake)),
        '", ',
    )
    x('"moId": "', d1(rng, 6), '", "moInn": "', inn10(rng), '", "icd10": "S72.0", "ward": "12"}')
    return x.done()


def xml_referral(rng: random.Random, fake: Any) -> Planted:
    last, first, mid, _male = fio(fake, rng)
    x = Doc()
    x(
        '<Referral number="',
        (MRN, f"{d1(rng, 2)}-{d1(rng, 7)}"),
        '" date="',
        (DAT, _v(date("iso"), rng, fake)),
        '">\n',
    )
    x(
        "  <Patient><Family>",
        (PER, last),
        "</Family><Given>",
        (PER, first),
        "</Given>",
    )
    x("<Middle>", (PER, mid), "</Middle>\n")
    x(
        '    <Passport serial="',
        (PAS, f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"),
        '" number="',
        (PAS, d1(rng, 6)),
        '"/>\n',
    )
    x("    <Address>", (LOC, _v(address("cityidx", "rural", "idxlast"), rng, fake)), "</Address>\n")
    x("    <Phone>", (PHO, _v(phone("eight", "plus"), rng, fake)), "</Phone></Patient>\n")
    x("  <Target>ГАУЗ ОКБ, отделение сосудистой хирургии</Target><Mkb>I70.2</Mkb>\n</Referral>")
    return x.done()


def handwritten_ocr_epicrisis(rng: random.Random, fake: Any) -> Planted:
    """A scanned card with OCR noise: label and value on separate lines, broken spacing."""
    x = Doc()
    x(
        "Ф И О\n",
        (PER, _v(name("FIO"), rng, fake)),
        "\nДата рожд.\n",
        (DAT, _v(birth("ocr", "spaced", "comma"), rng, fake)),
    )
    x("\nМесто жит-ва\n", (LOC, _v(address("city", "rural", "short"), rng, fake)), "\nПаспорт\n")
    x(
        (PAS, _v(passport("solid", "dash", "sp"), rng, fake)),
        "\nСНИЛС\n",
        (SNI, _v(snils("sp", "dots"), rng, fake)),
    )
    x(
        "\nИНН\n",
        (INN, _v(inn("solid", "sp", "dash"), rng, fake)),
        "\nКонт. тел.\n",
        (PHO, _v(phone("short", "city"), rng, fake)),
    )
    x("\nДата пост.\n", (DAT, _v(date("ocr", "comma", "spaced"), rng, fake)), "\nОтд. 5  пал. 14  койка 2")
    return x.done()


H = HELDOUT
WARD_BLOCKS: list[BlockFamily] = [
    BlockFamily("b12_doc_operation", H, operation_protocol),
    BlockFamily("b12_doc_anaesthesia", H, anaesthesia_card),
    BlockFamily("b12_doc_icu_flowsheet", H, icu_flowsheet),
    BlockFamily("b12_doc_transfusion", H, transfusion_record),
    BlockFamily("b12_doc_consultation", H, consultation),
    BlockFamily("b12_doc_transfer_epicrisis", H, transfer_epicrisis),
    BlockFamily("b12_doc_discharge", H, discharge_epicrisis),
    BlockFamily("b12_doc_nursing_handover", H, nursing_handover),
    BlockFamily("b12_doc_death_certificate", H, death_certificate),
    BlockFamily("b12_doc_autopsy", H, autopsy_protocol),
    BlockFamily("b12_doc_hl7_adt", H, hl7_adt),
    BlockFamily("b12_doc_json_export", H, json_export),
    BlockFamily("b12_doc_xml_referral", H, xml_referral),
    BlockFamily("b12_doc_ocr_card", H, handwritten_ocr_epicrisis),
]
