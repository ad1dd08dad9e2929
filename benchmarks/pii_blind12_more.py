"""Whole documents of the blind12 split, part 3: consents, foreign patients, imaging, lab and telemedicine."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind12_gen import (
    DAT,
    EML,
    INN,
    LOC,
    MRN,
    PAS,
    PER,
    PHO,
    SNI,
    URL,
    Doc,
    address,
    birth,
    d1,
    date,
    date_pair,
    email,
    fio,
    inflect,
    inn,
    latin,
    name,
    phone,
    snils,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Planted

N = "nomn"


def _v(maker: Any, rng: random.Random, fake: Any, case: str = N) -> str:
    return maker(rng, fake, case)


def consent_representative(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\n")
    x(
        "Я, ",
        (PER, _v(name("FIO"), rng, fake)),
        ", ",
        (DAT, _v(birth("dot", "words"), rng, fake)),
        " г. рождения,\n",
    )
    x(
        "паспорт: серия ",
        (PAS, f"{rng.randint(1, 99):02d} {rng.randint(0, 25):02d}"),
        " номер ",
        (PAS, d1(rng, 6)),
    )
    x(
        ", выдан ",
        (DAT, _v(date("dot", lo=2005, hi=2022), rng, fake)),
        " ОУФМС, код подразделения ",
        f"{d1(rng, 3)}-{d1(rng, 3)}",
        ",\n",
    )
    x("являясь законным представителем (", rng.choice(("мать", "опекун", "отец")), ") ")
    x((PER, _v(name("FIO", "FI"), rng, fake, "gent")), ", ", (DAT, _v(birth("dot"), rng, fake)), " г.р.,\n")
    x("даю согласие на переливание компонентов крови и анестезиологическое пособие.\n")
    x(
        "Контакты представителя: ",
        (PHO, _v(phone("plus", "eight"), rng, fake)),
        ", ",
        (EML, email(rng, fake)),
        "\n",
    )
    x("Подпись ________ /", (PER, _v(name("Fi", "FIo"), rng, fake)), "/   Врач ________ /")
    x((PER, _v(name("FIo", "Fi"), rng, fake)), "/   ", (DAT, _v(date("dot", "dott"), rng, fake)))
    return x.done()


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    last, first, _mid, _male = fio(fake, rng)
    x = Doc()
    x(
        "Иностранный гражданин (",
        rng.choice(("Республика Узбекистан", "Республика Таджикистан", "Беларусь")),
        ").\n",
    )
    x("ФИО по паспорту: ", (PER, f"{latin(last).upper()} {latin(first).upper()}"), "\n")
    x("ФИО в русской транскрипции: ", (PER, f"{last} {first}"), "\n")
    x("Дата въезда: ", (DAT, _v(date("dot", "slash"), rng, fake)), "; миграционная карта при себе.\n")
    x("Адрес пребывания: ", (LOC, _v(address("city", "mkr", "rev"), rng, fake)), "\n")
    x(
        "Тел.: ",
        (PHO, _v(phone("uz", "tj", "by"), rng, fake)),
        " / ",
        (PHO, _v(phone("plus", "solid"), rng, fake)),
        "\n",
    )
    x(
        "Работодатель ООО «СтройИнвест», ИНН ",
        "",
        "7",
        d1(rng, 9),
        "; e-mail пациента: ",
        (EML, email(rng, fake)),
        "\n",
    )
    x(
        "Помощь оказана экстренно, бесплатно (ПП РФ № 186). Переводчик — ",
        (PER, _v(name("IF", "FI"), rng, fake)),
        ".",
    )
    return x.done()


def dicom_header(rng: random.Random, fake: Any) -> Planted:
    last, first, _mid, _male = fio(fake, rng)
    y, m, dd = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    study = f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    x = Doc()
    x(
        "(0008,0020) StudyDate: ",
        (DAT, study),
        "\n(0008,0050) AccessionNumber: ",
        (MRN, f"CT{d1(rng, 8)}"),
        "\n",
    )
    x("(0010,0010) PatientName: ", (PER, f"{latin(last).upper()}^{latin(first).upper()}"), "\n")
    x(
        "(0010,0020) PatientID: ",
        (MRN, d1(rng, 7)),
        "\n(0010,0030) PatientBirthDate: ",
        (DAT, f"{y}{m:02d}{dd:02d}"),
        "\n",
    )
    x("(0018,0050) SliceThickness: 1.25\n(0018,0060) KVP: 120\n(0020,0011) SeriesNumber: 3\n")
    x("(0008,0090) ReferringPhysicianName: ", (PER, f"{latin(fake.last_name_male()).upper()}^A"), "\n")
    x(
        "WADO: ",
        (
            URL,
            f"https://pacs.gkb{rng.randint(1, 70)}.ru/wado?requestType=WADO&studyUID=1.2.643.5.1.13.{d1(rng, 8)}",
        ),
    )
    return x.done()


def lab_requisition(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("НАПРАВЛЕНИЕ НА ЛАБОРАТОРНОЕ ИССЛЕДОВАНИЕ (CITO)\n")
    x("Штрих-код: ", (MRN, d1(rng, 10)), "   Заявка № ", (MRN, f"{d1(rng, 6)}"), "\n")
    x(
        "Пациент: ",
        (PER, _v(name("FIo", "FIO"), rng, fake)),
        ", ",
        str(rng.randint(18, 95)),
        " л., отд. реанимации\n",
    )
    x(
        "Взятие: ",
        (DAT, _v(date("dott", "tdot", "isot"), rng, fake)),
        ", процедурная м/с ",
        (PER, _v(name("Fi", "F"), rng, fake)),
        "\n",
    )
    x("Тропонин I 0,8 нг/мл (N < 0,04); КФК-МБ 48 Ед/л; калий 5,9 ммоль/л; МНО 2,8.\n")
    x("Результат выдан ", (DAT, _v(date("dott", "dot"), rng, fake)), " в ОРИТ по тел. 22-45.")
    return x.done()


def telemed_request(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x("ЗАПРОС НА ТМК «врач—врач» в НМИЦ, экстренная форма\n")
    x(
        "Номер запроса: ",
        (MRN, f"ТМК-{d1(rng, 2)}-{d1(rng, 6)}"),
        " от ",
        (DAT, _v(date("dot", "words", "iso"), rng, fake)),
        "\n",
    )
    x(
        "Пациент: ",
        (PER, _v(name("FIO"), rng, fake)),
        ", СНИЛС ",
        (SNI, _v(snils("std", "solid"), rng, fake)),
        "\n",
    )
    x("Ссылка на исследования: ", (URL, f"https://tmk.zdrav{rng.randint(10, 99)}.ru/case/{d1(rng, 7)}"), "\n")
    x(
        "Ответ направить: ",
        (EML, email(rng, fake)),
        " (лечащий врач ",
        (PER, _v(name("FIo", "IoF"), rng, fake)),
        ")\n",
    )
    x("Диагноз: C18.7, кишечная непроходимость. Вопрос: тактика, возможность перевода.")
    return x.done()


def contacts_table(rng: random.Random, fake: Any) -> Planted:
    """Contact persons of an ICU patient: relatives with several phones on one line."""
    x = Doc()
    x("Контактные лица (разрешено сообщать о состоянии):\n")
    rels = (("жена", False), ("сын", True), ("дочь", False), ("брат", True), ("сестра", False))
    for rel, male in rng.sample(rels, 2):
        x("- ", rel, ": ", (PER, name("FIO", "IO", "FI", male=male)(rng, fake, N)), " — ")
        x(
            (PHO, _v(phone("plus", "eight", "solid"), rng, fake)),
            ", ",
            (PHO, _v(phone("city", "moscow", "spaces"), rng, fake)),
            "\n",
        )
    x("Справки о состоянии — ежедневно 14:00–15:00 по тел. справочной, пароль пациента 4417.")
    return x.done()


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    a, b = date_pair(rng, rng.choice(("dot", "dot2")), 25)
    x = Doc()
    x("ЭЛН № ", (MRN, d1(rng, 12)), " (первичный)\n")
    x("Получатель: ", (PER, _v(name("FIO", "UP"), rng, fake)), "\n")
    x(
        "СНИЛС ",
        (SNI, _v(snils("std", "sp"), rng, fake)),
        "; ИНН ",
        (INN, _v(inn("solid", "sp"), rng, fake)),
        "\n",
    )
    x(
        "Освобождение от работы: с ",
        (DAT, a),
        " по ",
        (DAT, b),
        "\n",
    )
    x(
        "Причина: 01 (заболевание). Стационар: с ",
        (DAT, _v(date("dot"), rng, fake)),
        ". Код МО ",
        d1(rng, 6),
        "\n",
    )
    x(
        "Врач ",
        (PER, _v(name("FIo", "Fi"), rng, fake)),
        ". Работодатель: АО «ТрансМаш», ИНН ",
        d1(rng, 10),
        ".",
    )
    return x.done()


def relative_inquiry(rng: random.Random, fake: Any) -> Planted:
    last, first, _mid, male = fio(fake, rng)
    x = Doc()
    x("Запись справочной. ", (DAT, _v(date("dott", "dotvt"), rng, fake)), " обратилась по телефону ")
    x(
        (PER, name("IO", "FIO", male=False)(rng, fake, N)),
        " (",
        (PHO, _v(phone("eight", "plus", "city"), rng, fake)),
        ")\n",
    )
    x(
        "с вопросом о ",
        (PER, f"{inflect(last, 'last', male, 'loct')} {inflect(first, 'first', male, 'loct')}"),
        ", ",
    )
    x("поступивш", "ем" if male else "ей", " ", (DAT, _v(date("daymonth", "ddmm", "dot"), rng, fake)), ".\n")
    x("Сообщено: находится в ОРИТ, состояние тяжёлое, стабильное. Посещения с 16:00 до 18:00.\n")
    x(
        "Вещи пациента (телефон, паспорт) переданы ",
        (PER, _v(name("FI", "Fi"), rng, fake, "datv")),
        " под роспись.",
    )
    return x.done()


def poisoning_kids(rng: random.Random, fake: Any) -> Planted:
    x = Doc()
    x(
        "Поступил ребёнок ",
        (PER, _v(name("FI", "FIO"), rng, fake)),
        ", ",
        (DAT, _v(date("dot", "dot2", lo=2014, hi=2023), rng, fake)),
        " г.р.,\n",
    )
    x("с подозрением на отравление таблетками бабушки (амлодипин 10 мг, ~6 шт.). Мать — ")
    x(
        (PER, name("FIO", "IO", male=False)(rng, fake, N)),
        ", тел. ",
        (PHO, _v(phone("eight", "solid", "plus"), rng, fake)),
        ".\n",
    )
    x(
        "Проживают: ",
        (LOC, _v(address("city", "rural", "snt", "mkr"), rng, fake)),
        ". Полис ОМС ребёнка отсутствует.\n",
    )
    x(
        "Извещение в Роспотребнадзор и ПДН направлено ",
        (DAT, _v(date("dott", "dot"), rng, fake)),
        ", исх. № ",
        (MRN, f"{d1(rng, 3)}/э"),
    )
    return x.done()


H = HELDOUT
MORE_BLOCKS: list[BlockFamily] = [
    BlockFamily("b12_doc_consent_representative", H, consent_representative),
    BlockFamily("b12_doc_foreign_patient", H, foreign_patient),
    BlockFamily("b12_doc_dicom_header", H, dicom_header),
    BlockFamily("b12_doc_lab_requisition", H, lab_requisition),
    BlockFamily("b12_doc_telemed_request", H, telemed_request),
    BlockFamily("b12_doc_contacts_table", H, contacts_table),
    BlockFamily("b12_doc_sick_leave", H, sick_leave),
    BlockFamily("b12_doc_relative_inquiry", H, relative_inquiry),
    BlockFamily("b12_doc_poisoning_child", H, poisoning_kids),
]
