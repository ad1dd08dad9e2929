"""Mixed fragments of the blind31 split: headers, referrals, lab forms, call cards, consents, letters.

A fragment is a list of parts: plain text (including look-alikes that are not PII) or ``(type, value)``.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks.pii_blind31_exports import (
    INN,
    MRN,
    OMS,
    PAS,
    PH,
    SN,
    D,
    E,
    L,
    P,
    U,
    _org_inn,
    build,
    csv_row,
    hl7,
    json_export,
    xml_export,
)
from benchmarks.pii_blind31_gen import address_layout, date_layout, person_shape, raw_person, translit
from benchmarks.pii_blind31_ids import (
    email,
    inn_layout,
    mrn_layout,
    oms_layout,
    passport_layout,
    passport_parts,
    phone_layout,
    snils_layout,
    url,
)
from benchmarks.pii_families import BlockFamily, Planted

S = "blind31"


def _stay(rng: random.Random) -> tuple[str, str]:
    """Admission and discharge dates of one stay, in order."""
    start = datetime.date(rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(1, 28))
    end = start + datetime.timedelta(days=rng.randint(3, 24))
    return start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    adm, dis = _stay(rng)
    return build(
        [
            f"ГБУЗ «Городская клиническая больница № {rng.randint(1, 70)}» (ИНН {_org_inn(rng)}, ОГРН 1{rng.randint(10**11, 10**12 - 1)})\n",
            "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № ",
            (MRN, mrn_layout(rng, "ib_slash")),
            "\n",
            "ФИО: ",
            (P, person_shape(rng, fake, "nomn", "full")),
            "   Дата рожд.: ",
            (D, date_layout(rng, rng.choice(("dmy", "dmy_short")))),
            "\n",
            "Адрес: ",
            (L, address_layout(rng, fake, rng.choice(("city_full", "index_first", "rural")))),
            "\n",
            "Полис ОМС ",
            (OMS, oms_layout(rng, "flat")),
            "  СНИЛС ",
            (SN, snils_layout(rng, "std")),
            "\n",
            "Находился в отделении кардиологии (палата № 512) с ",
            (D, adm),
            " по ",
            (D, dis),
            ".\nДиагноз: I21.4, Killip II. Бисопролол 2,5 мг в 08:00.\n",
            "Лечащий врач ",
            (P, person_shape(rng, fake, "nomn", "fio_init")),
        ]
    )


def referral(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "Форма № 057/у-04\nНАПРАВЛЕНИЕ № ",
            (MRN, mrn_layout(rng, "referral")),
            " на госпитализацию, восстановительное лечение, обследование, консультацию\n",
            "1. Номер страхового полиса ОМС: ",
            (OMS, oms_layout(rng, rng.choice(("quads", "flat", "old")))),
            "\n",
            "2. Код льготы: 081\n3. Фамилия, имя, отчество: ",
            (P, person_shape(rng, fake, "nomn", rng.choice(("full", "caps")))),
            "\n4. Дата рождения: ",
            (D, date_layout(rng, rng.choice(("dmy", "words_nog")))),
            "\n",
            "5. Адрес постоянного места жительства: ",
            (L, address_layout(rng, fake, rng.choice(("city_full", "rural", "snt")))),
            "\n6. Место работы, должность: ООО «Нефтесервис», оператор\n7. Обоснование: K40.3, ущемление?\n",
            "Тел. ",
            (PH, phone_layout(rng, rng.choice(("plus7", "eight_dash")))),
            "\n",
            "Направивший врач: ",
            (P, person_shape(rng, fake, "nomn", "fio_init")),
            "   Дата ",
            (D, date_layout(rng, "dmy_short", 2016)),
        ]
    )


def lab_form(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "КДЛ. Бланк результатов. Образец № ",
            (MRN, mrn_layout(rng, "sample")),
            "\n",
            "Пациент: ",
            (P, person_shape(rng, fake, "nomn", rng.choice(("fio_init", "full")))),
            ", д/р ",
            (D, date_layout(rng, "dmy")),
            ", ИБ ",
            (MRN, mrn_layout(rng, "ib_dash")),
            "\n",
            "Взятие: ",
            (D, date_layout(rng, rng.choice(("dmy_time", "time_dmy")), 2016)),
            "\n",
            "Глюкоза 6,4 ммоль/л (3,9–6,1) | Креатинин 112 мкмоль/л | СКФ 58 мл/мин/1,73м²\n",
            "Лаборант ",
            (P, person_shape(rng, fake, "nomn", "init_f")),
            ", отделение 3, каб. 214",
        ]
    )


def call_card(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "КАРТА ВЫЗОВА СМП № ",
            (MRN, mrn_layout(rng, "call")),
            " от ",
            (D, date_layout(rng, "dmy", 2014)),
            "\n",
            "Приём вызова ",
            rng.choice(("08:14", "23:40", "03:05")),
            "; бригада № 12, фельдшерская.\n",
            "Адрес вызова: ",
            (L, address_layout(rng, fake, rng.choice(("city_full", "dom_kv", "mkr", "rural")))),
            ", подъезд 2, код 45К\n",
            "Вызывает: ",
            (P, person_shape(rng, fake, "nomn", rng.choice(("fi", "io", "full")))),
            " (соседи), тел. ",
            (PH, phone_layout(rng, rng.choice(("eight_sp", "plus7_sp")))),
            "\n",
            "Больной: ",
            (P, person_shape(rng, fake, "nomn", "full")),
            ", ~60 лет. SpO2 88 %, ЧДД 26.",
        ]
    )


def foreign_patient(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, _ = raw_person(rng, fake)
    return build(
        [
            "Пациент — иностранный гражданин. ФИО (по документу): ",
            (P, f"{translit(sur)} {translit(first)}".upper()),
            "\nФИО (со слов): ",
            (P, f"{sur} {first} {patr}"),
            "\nНац. паспорт: ",
            (MRN, mrn_layout(rng, "foreign_pass")),
            ", миграционная карта ",
            (MRN, mrn_layout(rng, "mig")),
            "\nДата въезда: ",
            (D, date_layout(rng, rng.choice(("dmy", "eng")), 2016)),
            "\nАдрес пребывания: ",
            (L, address_layout(rng, fake, rng.choice(("obshch", "city_full")))),
            "\nАдрес на родине: ",
            (L, address_layout(rng, fake, "foreign")),
            "\nТел.: ",
            (PH, phone_layout(rng, rng.choice(("uz", "tj", "kg")))),
            ", ",
            (PH, phone_layout(rng, "plus7")),
            "\nПолис ОМС: ",
            (OMS, oms_layout(rng, "temp")),
            " (патент 77 № 2400 — не требуется).",
        ]
    )


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "Листок нетрудоспособности (ЭЛН) № ",
            (MRN, mrn_layout(rng, "eln")),
            "\n",
            "Выдан: ",
            (P, person_shape(rng, fake, "datv", "full")),
            "\n",
            "СНИЛС\n",
            (SN, snils_layout(rng, rng.choice(("std", "dash")))),
            "\n",
            "Освобождение от работы: ",
            (D, date_layout(rng, "range_po", 2014)),
            "\n",
            "Место работы: АО «Энергосбыт», ИНН работодателя ",
            _org_inn(rng),
            "\n",
            "Причина: 01 (заболевание). Врач ",
            (P, person_shape(rng, fake, "nomn", "fio_init")),
        ]
    )


def child_mother(rng: random.Random, fake: Any) -> Planted:
    se, no = passport_parts(rng)
    return build(
        [
            "Ребёнок: ",
            (P, person_shape(rng, fake, "nomn", "full")),
            ", ",
            (D, date_layout(rng, rng.choice(("dmy", "words")), 2008)),
            " г.р.\n",
            "Свидетельство о рождении ",
            (MRN, mrn_layout(rng, "birth")),
            "\n",
            "Мать: ",
            (P, person_shape(rng, fake, "nomn", "full", "f")),
            "\nПаспорт матери: серия ",
            (PAS, se),
            " номер ",
            (PAS, no),
            "\nАдрес: ",
            (L, address_layout(rng, fake, rng.choice(("city_full", "rural", "mkr")))),
            "\nМоб. ",
            (PH, phone_layout(rng, rng.choice(("eight_dash", "plus7")))),
            "\nВес 3,4 кг, рост 52 см, прививка БЦЖ-М.",
        ]
    )


def boxes_form(rng: random.Random, fake: Any) -> Planted:
    sur, first, patr, _ = raw_person(rng, fake)
    se, no = passport_parts(rng)
    return build(
        [
            "| Фамилия  | ",
            (P, sur),
            " |\n| Имя      | ",
            (P, first),
            " |\n| Отчество | ",
            (P, patr),
            " |\n",
            "| Паспорт: серия | ",
            (PAS, " ".join(se)),
            " | номер | ",
            (PAS, no),
            " |\n",
            "| ИНН      | ",
            (INN, inn_layout(rng, rng.choice(("boxes", "spaced", "flat")))),
            " |\n",
            "| СНИЛС    | ",
            (SN, snils_layout(rng, "spaces")),
            " |\n",
            "| Код формы 025/у | Отделение 3 | Пал. 14 |",
        ]
    )


def consent(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "Я, ",
            (P, person_shape(rng, fake, "nomn", "full")),
            ", паспорт ",
            (PAS, passport_layout(rng, rng.choice(("std", "no_sign")))),
            ", зарегистрированный(ая) по адресу: ",
            (L, address_layout(rng, fake, rng.choice(("index_first", "city_full", "rural")))),
            ", даю информированное добровольное согласие на медицинское вмешательство.\nВрач ",
            (P, person_shape(rng, fake, "nomn", "fio_init")),
            " разъяснил мне ход операции. Дата ",
            (D, date_layout(rng, rng.choice(("dmy", "words")), 2012)),
        ]
    )


def message_header(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "От: ",
            (E, email(rng, fake, "nomn")),
            "\nКому: приёмное отделение\nТема: выписка\n",
            "Здравствуйте! Я ",
            (P, person_shape(rng, fake, "nomn", rng.choice(("io", "fi", "full")))),
            ", лежал(а) у вас ",
            (D, date_layout(rng, rng.choice(("day_month", "month_year", "dmy")), 2019)),
            ". Пришлите, пожалуйста, выписку. Мой телефон ",
            (PH, phone_layout(rng, rng.choice(("eight_sp", "plus7")))),
            ", страница ",
            (U, url(rng, fake, "nomn")),
            ".\nНа сайте больницы не нашла формы запроса.",
        ]
    )


def next_line_values(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "Сведения для МСЭ (ф. 088/у)\nФ.И.О.\n",
            (P, person_shape(rng, fake, "nomn", "caps")),
            "\n",
            "Дата рождения\n",
            (D, date_layout(rng, rng.choice(("dmy", "roman")))),
            "\n",
            "СНИЛС\n",
            (SN, snils_layout(rng, rng.choice(("std", "flat")))),
            "\n",
            "ИНН\n",
            (INN, inn_layout(rng, rng.choice(("flat", "dash")))),
            "\n",
            "Электронная почта\n",
            (E, email(rng, fake, "nomn")),
            "\n",
            "Адрес\n",
            (L, address_layout(rng, fake, rng.choice(("index_last", "reversed")))),
            "\n",
            "Предыдущее освидетельствование: ",
            (MRN, mrn_layout(rng, "cert")),
            "; группа II, 2021 год.",
        ]
    )


def dental(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "МЕДИЦИНСКАЯ КАРТА СТОМАТОЛОГИЧЕСКОГО БОЛЬНОГО № ",
            (MRN, mrn_layout(rng, "stom")),
            "\n",
            (P, person_shape(rng, fake, "nomn", "full")),
            ", ",
            (D, date_layout(rng, "dmy_short")),
            "\n",
            (L, address_layout(rng, fake, rng.choice(("city_short", "city_full")))),
            "; ",
            (PH, phone_layout(rng, rng.choice(("city_short", "eight_dash")))),
            "; ",
            (E, email(rng, fake, "nomn")),
            "\nЗуб 4.6 — K04.0, анестезия Ultracain DS 1,7 мл.",
        ]
    )


def social_note(rng: random.Random, fake: Any) -> Planted:
    return build(
        [
            "Соц. работник ",
            (P, person_shape(rng, fake, "nomn", "fi", "f")),
            " сообщила: родственники ищут пациента, пост ",
            (U, url(rng, fake, "nomn")),
            ", контакт ",
            (E, email(rng, fake, "nomn")),
            " и ",
            (U, url(rng, fake, "nomn")),
            ". Сын — ",
            (P, person_shape(rng, fake, "nomn", "io", "m")),
            ", тел. ",
            (PH, phone_layout(rng, "kz")),
            ".",
        ]
    )


BLOCKS = [
    BlockFamily(f"b31_{fn.__name__}", S, fn)
    for fn in (
        discharge_header,
        referral,
        lab_form,
        json_export,
        xml_export,
        csv_row,
        hl7,
        call_card,
        foreign_patient,
        sick_leave,
        child_mother,
        boxes_form,
        consent,
        message_header,
        next_line_values,
        dental,
        social_note,
    )
]
