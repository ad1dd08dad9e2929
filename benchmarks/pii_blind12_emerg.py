"""Whole documents of the blind12 split, part 1: pre-hospital and emergency care, police and forensics."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind12_gen import (
    DAT,
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
    hm,
    inn10,
    name,
    oms,
    passport,
    phone,
    series_number,
    snils,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

N = "nomn"


def _v(maker: Any, rng: random.Random, fake: Any, case: str = N) -> str:
    return maker(rng, fake, case)


def ambulance_card(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № ", (MRN, f"{d1(rng, 3)}/{d1(rng, 2)}"), "\n")
    x(
        "(учётная форма № 110/у)  Подстанция № ",
        str(rng.randint(1, 40)),
        ", бригада № ",
        str(rng.randint(100, 999)),
        "\n",
    )
    x(
        "Дата: ",
        (DAT, _v(date("dot", "dot2"), rng, fake)),
        "  Приём вызова ",
        hm(rng),
        "  Прибытие ",
        hm(rng),
        "\n",
    )
    x(
        "Адрес вызова: ",
        (LOC, _v(address("city", "mkr", "rural"), rng, fake)),
        ", подъезд ",
        str(rng.randint(1, 8)),
    )
    x(", этаж ", str(rng.randint(1, 16)), ", код домофона ", d1(rng, 3), "К\n")
    x(
        "Вызывающий: ",
        rng.choice(("родственник", "сосед(ка)", "прохожий", "знакомый")),
        " ",
        (PER, _v(name("IO", "F", "FIO"), rng, fake)),
    )
    x(", тел. ", (PHO, _v(phone("eight", "plus", "solid"), rng, fake)), "\n")
    x(
        "Ф.И.О. больного: ",
        (PER, _v(name("FIO", "UP"), rng, fake)),
        ", возраст ",
        str(rng.randint(18, 90)),
        " лет\n",
    )
    x("Повод к вызову: боль в груди. Диагноз СМП: I21.9. ЭКГ передана в РСЦ в ", hm(rng), ".\n")
    x("Оказана помощь: аспирин 250 мг разжевать, гепарин 4000 ЕД в/в, морфин 1% 1 мл.\n")
    x(
        "Фельдшер ",
        (PER, _v(name("Fi", "FIo"), rng, fake)),
        "   Водитель ",
        (PER, _v(name("Fi", "F"), rng, fake)),
    )
    return x.done()


def smp_transfer_note(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("Сопроводительный лист № ", (MRN, d1(rng, 5)), " станции СМП к карте вызова\n")
    x(
        "Больной(ая) ",
        (PER, _v(name("FIO"), rng, fake)),
        ", д.р. ",
        (DAT, _v(birth("dot", "dot2"), rng, fake)),
        "\n",
    )
    x(
        "доставлен(а) в ГБУЗ «ГКБ № ",
        str(rng.randint(1, 70)),
        "» ",
        (DAT, _v(date("dott", "dotvt"), rng, fake)),
        "\n",
    )
    x("Отрывной талон принят врачом приёмного отделения ", (PER, _v(name("FIo", "IoF"), rng, fake)), ".\n")
    x("АД 90/60, ЧСС 112, SpO2 91%, глюкоза 6,4 ммоль/л. МКБ-10: S06.0.")
    return x.done()


def er_triage(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ПРИЁМНОЕ ОТДЕЛЕНИЕ. СОРТИРОВКА\n")
    x("Пациент: ", (PER, _v(name("FIO", "FI"), rng, fake)), " | ")
    x("Д.Р.: ", (DAT, _v(birth("dot", "iso"), rng, fake)), " | ")
    x("№ МКСБ: ", (MRN, f"{d1(rng, 5)}-{rng.choice('ХТН')}"), "\n")
    x(
        "Поступил: ",
        (DAT, _v(date("dott", "tdot"), rng, fake)),
        " | самотёком | зона: ",
        rng.choice(("красная", "жёлтая")),
        "\n",
    )
    x("Триаж: ESI ", str(rng.randint(1, 3)), "; ЧДД 24, t 38,9; боль 7/10. Осмотр в 15:40, палата 3.\n")
    x(
        "Полис: ",
        (OMS, _v(oms("solid", "four"), rng, fake)),
        "  СНИЛС: ",
        (SNI, _v(snils("std", "solid"), rng, fake)),
        "\n",
    )
    x("Медсестра сортировки: ", (PER, _v(name("Fi", "FIo"), rng, fake)))
    return x.done()


def admission_record(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ОСМОТР ДЕЖУРНОГО ВРАЧА В ПРИЁМНОМ ОТДЕЛЕНИИ\n")
    x((DAT, _v(date("dott", "dotvt"), rng, fake)), "\n")
    x(
        "Больн",
        rng.choice(("ой", "ая")),
        " ",
        (PER, _v(name("FIO"), rng, fake)),
        ", ",
        str(rng.randint(20, 90)),
        " лет, ",
    )
    x("проживает: ", (LOC, _v(address("city", "cityidx", "rural", "snt"), rng, fake)), ".\n")
    x(
        "Жалобы на боли в правой подвздошной области. Болен с ",
        (DAT, _v(date("daymonth", "ddmm"), rng, fake)),
        ".\n",
    )
    x("Аллергоанамнез не отягощён. Перенёс аппендэктомию в 2019 году. Гемотрансфузий не было.\n")
    x(
        "Диагноз: К35.8. Госпитализирован в хирургическое отделение № 2, палата ",
        str(rng.randint(201, 420)),
        ".\n",
    )
    x(
        "Родственникам сообщено: ",
        (PER, _v(name("IO", "FIO", "F"), rng, fake)),
        " ",
        (PHO, _v(phone("plus", "eight"), rng, fake)),
    )
    return x.done()


def police_notice(rng: random.Random, fake: Any) -> Planted:
    """Notification of the police about a patient with injuries from a criminal act."""
    x = Doc()
    x(
        "ГБУЗ «Городская больница № ",
        str(rng.randint(1, 9)),
        "», ИНН ",
        inn10(rng),
        ", ОГРН 1",
        d1(rng, 12),
        "\n",
    )
    x("ИЗВЕЩЕНИЕ о поступлении пациента, в отношении которого имеются основания полагать, что вред его\n")
    x("здоровью причинён в результате противоправных действий\n")
    x(
        "Сообщаем, что ",
        (DAT, _v(date("dotvt", "dott", "words"), rng, fake)),
        " в приёмное отделение обратился(ась) ",
    )
    x((PER, _v(name("FIO", "UP"), rng, fake)), ", ", (DAT, _v(birth("dot", "words"), rng, fake)), " г.р.,\n")
    x("зарегистрирован(а) по адресу: ", (LOC, _v(address("cityidx", "idxlast", "rural"), rng, fake)), ".\n")
    x(
        "Со слов: избит неизвестными ",
        (DAT, _v(date("daymonth", "ddmm"), rng, fake)),
        " около 23:00 у дома по ",
    )
    x((LOC, _v(address("nocity"), rng, fake)), ".\n")
    x("Диагноз: S02.2 Перелом костей носа. Сообщение принято: дежурный ОП ")
    x((PER, _v(name("Fi", "FIo"), rng, fake)), ", КУСП № ", (MRN, d1(rng, 4)), ", ", hm(rng), ".\n")
    x("Передал: врач-травматолог ", (PER, _v(name("FIo", "IoF"), rng, fake)), ", внутр. тел. 2-14")
    return x.done()


def forensic_referral(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ОТДЕЛ МВД России по ", rng.choice(("Заволжскому", "Ленинскому", "Центральному")), " району\n")
    x("НАПРАВЛЕНИЕ на судебно-медицинское освидетельствование № ", (MRN, f"{d1(rng, 3)}/{d1(rng, 4)}"), "\n")
    x("В ГБУЗ «Бюро СМЭ» направляется гр. ", (PER, _v(name("FIO"), rng, fake)), "\n")
    x("паспорт ", (PAS, _v(passport("sp", "no"), rng, fake)), ", проживающ", rng.choice(("ий", "ая")), ": ")
    x((LOC, _v(address("city", "mkr", "rev"), rng, fake)), "\n")
    x("для определения степени тяжести вреда здоровью (ст. 115 УК РФ). Материал КУСП № ", (MRN, d1(rng, 4)))
    x(" от ", (DAT, _v(date("dot", "dotg"), rng, fake)), ".\n")
    x(
        "Ст. УУП лейтенант полиции ",
        (PER, _v(name("Fi", "FIo", "IoF"), rng, fake)),
        ", тел. ",
        (PHO, _v(phone("city", "eight"), rng, fake)),
    )
    return x.done()


def forensic_conclusion(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № ", (MRN, f"{d1(rng, 4)}/{rng.randint(1, 12):02d}"), "\n")
    x("(экспертиза свидетельствуемого)\n")
    x(
        "Начата ",
        (DAT, _v(date("dott", "words"), rng, fake)),
        ", окончена ",
        (DAT, _v(date("dot", "words"), rng, fake)),
        ".\n",
    )
    x("Эксперт ", (PER, _v(name("FIO", "IoF"), rng, fake)), ", стаж 14 лет, высшая категория, на основании ")
    x("постановления следователя ", (PER, _v(name("Fi", "FIo"), rng, fake, "gent")), "\n")
    x("провёл(а) экспертизу гр. ", (PER, _v(name("FIO", "FI"), rng, fake, "gent")), ", ")
    x((DAT, _v(birth("dot", "words"), rng, fake)), " г.р. Предъявлен паспорт серия ")
    s, n = series_number(rng)
    x(
        (PAS, s),
        " номер ",
        (PAS, n),
        ".\nИсследована медицинская карта № ",
        (MRN, f"{d1(rng, 5)}/{rng.choice(('25', '26'))}"),
    )
    x(" травматологического пункта. Выявлены кровоподтёки (3), ссадина 2×0,5 см.")
    return x.done()


def infectious_notice(rng: random.Random, fake: Any) -> Planted:
    """Emergency notification of an infectious disease (form 058/у)."""
    x = Doc()
    x("ЭКСТРЕННОЕ ИЗВЕЩЕНИЕ об инфекционном заболевании, пищевом, остром профессиональном отравлении\n")
    x("(ф. 058/у)   № ", (MRN, f"{d1(rng, 3)}-{rng.choice(('ИБ', 'ЭИ'))}"), "\n")
    x("1. Диагноз: A02.0 Сальмонеллёзный энтерит, подтверждён бак. посевом № ", (MRN, d1(rng, 6)), "\n")
    x("2. Фамилия, имя, отчество: ", (PER, _v(name("FIO", "UP"), rng, fake)), "\n")
    x(
        "4. Дата рождения: ",
        (DAT, _v(birth("dot", "dot2", "slash"), rng, fake)),
        "\n",
    )
    x("5. Адрес: ", (LOC, _v(address("city", "rural", "upper", "mkr"), rng, fake)), "\n")
    x("6. Место работы: ООО «Хлебозавод № 3», повар\n")
    x("7. Даты: заболевания ", (DAT, _v(date("dot", "ddmm"), rng, fake)), "; первичного обращения ")
    x(
        (DAT, _v(date("dot", "dot2"), rng, fake)),
        "; госпитализации ",
        (DAT, _v(date("dott", "dot"), rng, fake)),
        "\n",
    )
    x(
        "10. Сообщил: ",
        (PER, _v(name("Fi", "FIo"), rng, fake)),
        " ",
        (PHO, _v(phone("city", "plus"), rng, fake)),
    )
    x(";  принял в ЦГиЭ: ", (PER, _v(name("F", "Fi"), rng, fake)), ", в ", hm(rng))
    return x.done()


def covid_register_csv(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("fio;birth_date;snils;enp;phone;address;hosp_date;case_id\n")
    for i in range(2):
        if i:
            x("\n")
        x((PER, _v(name("FIO"), rng, fake)), ";", (DAT, _v(birth("dot", "iso"), rng, fake)), ";")
        x((SNI, _v(snils("solid", "std"), rng, fake)), ";", (OMS, _v(oms("solid"), rng, fake)), ";")
        x(
            (PHO, _v(phone("plussolid", "solid"), rng, fake)),
            ';"',
            (LOC, _v(address("city", "cityidx"), rng, fake)),
            '";',
        )
        x((DAT, _v(date("iso", "dot"), rng, fake)), ";", (MRN, f"ИБ-{d1(rng, 6)}"))
    return x.done()


def er_journal_row(rng: random.Random, fake: Any) -> Planted:
    """A row of the admissions journal (form 001/у), fields separated by vertical bars."""
    x = Doc()
    x("№ п/п | Дата, время | ФИО | Г.р. | Адрес | Кем доставлен | Диагноз | Исход\n")
    x(str(rng.randint(1, 400)), " | ", (DAT, _v(date("dott", "dot2"), rng, fake)), " | ")
    x((PER, _v(name("FIo", "FIO"), rng, fake)), " | ", (DAT, _v(birth("dot", "dot2"), rng, fake)), " | ")
    x((LOC, _v(address("short", "city", "village"), rng, fake)), " | СМП, бр. ", str(rng.randint(1, 99)))
    x(" | J18.9 | госпитализирован, ИБ ", (MRN, f"{d1(rng, 4)}/{rng.choice(('25', '26'))}"), "\n")
    x(str(rng.randint(401, 800)), " | ", (DAT, _v(date("dott"), rng, fake)), " | ")
    x((PER, _v(name("FIo"), rng, fake)), " | ", (DAT, _v(birth("dot2"), rng, fake)), " | ")
    x((LOC, _v(address("short", "town"), rng, fake)), " | самообращение | T14.0 | отказ от госпитализации")
    return x.done()


def fall_incident_caller(rng: random.Random, fake: Any) -> Planted:
    """Dispatcher notes: caller, several phones on one line, partial dates."""
    x = Doc()
    x("Вызов повторный (первичный ", (DAT, _v(date("ddmm", "daymonth"), rng, fake)), "). Звонит ")
    x(
        (PER, _v(name("IO", "FIO", "DIM"), rng, fake)),
        ", тел.: ",
        (PHO, _v(phone("eight", "solid"), rng, fake)),
        ", ",
    )
    x(
        (PHO, _v(phone("city", "plus"), rng, fake)),
        "; ",
        (PHO, _v(phone("short", "eight"), rng, fake)),
        " (соседка).\n",
    )
    x(
        "Бабушка упала в ванной, не может встать. Адрес: ",
        (LOC, _v(address("rev", "short", "snt"), rng, fake)),
        ".\n",
    )
    x(
        "Пациентка ",
        (PER, name("FIO", "FI", male=False)(rng, fake, N)),
        ", ",
        str(rng.randint(75, 96)),
        " лет, ",
    )
    x("принимает варфарин 2,5 мг в 18:00. Передано бригаде № ", str(rng.randint(1, 60)), " в ", hm(rng), ".")
    return x.done()


H = HELDOUT
EMERG_BLOCKS: list[BlockFamily] = [
    BlockFamily("b12_doc_ambulance_card", H, ambulance_card),
    BlockFamily("b12_doc_smp_transfer", H, smp_transfer_note),
    BlockFamily("b12_doc_er_triage", H, er_triage),
    BlockFamily("b12_doc_admission", H, admission_record),
    BlockFamily("b12_doc_police_notice", H, police_notice),
    BlockFamily("b12_doc_forensic_referral", H, forensic_referral),
    BlockFamily("b12_doc_forensic_conclusion", H, forensic_conclusion),
    BlockFamily("b12_doc_infectious_058", H, infectious_notice),
    BlockFamily("b12_doc_register_csv", H, covid_register_csv),
    BlockFamily("b12_doc_er_journal", H, er_journal_row),
    BlockFamily("b12_doc_dispatcher", H, fall_incident_caller),
]
