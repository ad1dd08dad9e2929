"""Official replies and dictated (speech-to-text) notes of the blind10 split."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import Doc, Name, fmt_addr, fmt_date, fmt_phone, ymd
from benchmarks.pii_blind10_ids import email, org_inn
from benchmarks.pii_blind10_single import mrn_value
from benchmarks.pii_families import MONTHS_GENT, Planted

DATE = "DATE_TIME"
PER = "PERSON"
LOC = "LOCATION"
PH = "PHONE_NUMBER"
MRN = "MEDICAL_RECORD_NUMBER"

_ORD_GENT = (
    "первого",
    "второго",
    "третьего",
    "четвёртого",
    "пятого",
    "шестого",
    "седьмого",
    "восьмого",
    "девятого",
    "десятого",
    "одиннадцатого",
    "двенадцатого",
    "тринадцатого",
    "четырнадцатого",
    "пятнадцатого",
    "шестнадцатого",
    "семнадцатого",
    "восемнадцатого",
    "девятнадцатого",
    "двадцатого",
)
_ORD_NOMN = (
    "первое",
    "второе",
    "третье",
    "четвёртое",
    "пятое",
    "шестое",
    "седьмое",
    "восьмое",
    "девятое",
    "десятое",
    "одиннадцатое",
    "двенадцатое",
    "тринадцатое",
    "четырнадцатое",
    "пятнадцатое",
    "шестнадцатое",
    "семнадцатое",
    "восемнадцатое",
    "девятнадцатое",
    "двадцатое",
)
_YEAR_GENT = {
    2019: "девятнадцатого",
    2020: "двадцатого",
    2021: "двадцать первого",
    2022: "двадцать второго",
    2023: "двадцать третьего",
    2024: "двадцать четвёртого",
    2025: "двадцать пятого",
    2026: "двадцать шестого",
}


def _day_words(dd: int, gent: bool) -> str:
    table = _ORD_GENT if gent else _ORD_NOMN
    if dd <= 20:
        return table[dd - 1]
    return "двадцать " + table[dd - 21]


def words_date(rng: random.Random, y: int, m: int, dd: int) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{_day_words(dd, False)} {MONTHS_GENT[m - 1]} две тысячи {_YEAR_GENT[y]} года"
    if style == 1:
        return f"{_day_words(dd, True)} {MONTHS_GENT[m - 1]}"
    return f"{_day_words(dd, False)} {MONTHS_GENT[m - 1]}"


def dictation(rng: random.Random, fake: Any) -> Planted:
    n, doc = Name(fake, rng), Name(fake, rng)
    y, m, dd = ymd(rng, 2019, 2026)
    x = Doc().t("[распознавание речи, не вычитано] осмотр пациент").t("ки" if n.female else "а").t(" ")
    x.v(
        PER,
        n.shape(rng.choice(("FIO", "IF")), "gent").lower() if rng.random() < 0.5 else n.shape("FIO", "gent"),
    )
    x.t(" запятая ").v(DATE, words_date(rng, y, m, dd)).t(" точка жалобы на кашель с мокротой запятая ")
    x.t("температура тридцать восемь и две точка со слов дочери ").v(
        PER, Name(fake, rng, True).shape("IO", "gent")
    )
    x.t(" заболел").t("а" if n.female else "").t(" ").v(DATE, words_date(rng, y, m, max(1, dd - 3)))
    x.t(" точка сатурация девяносто четыре процента точка назначено амоксиклав восемьсот семьдесят пять ")
    x.t("на сто двадцать пять два раза в день точка телефон дочери ").v(
        PH, fmt_phone(rng, rng.choice(("eight_solid", "plus_sp")))
    )
    x.t(" точка доктор ").v(PER, doc.shape(rng.choice(("IO", "F")), "nomn").lower())
    return x.done()


def official_reply(rng: random.Random, fake: Any) -> Planted:
    n, chief, clerk = Name(fake, rng), Name(fake, rng), Name(fake, rng, True)
    x = (
        Doc()
        .t("ГБУЗ «Центральная районная больница»\nИНН ")
        .t(org_inn(rng))
        .t(", ОГРН 1027601115521\nул. Больничная, д. 1 (адрес учреждения)\n")
    )
    x.t("Исх. № ______ от ______\n\n")
    x.v(PER, n.shape(rng.choice(("Fio", "ioF")), "datv")).t("\n").v(
        LOC, fmt_addr(rng, fake, rng.choice(("reversed", "idx_last", "rural")))
    )
    x.t("\n\nУважаем").t("ая" if n.female else "ый").t(" ").v(PER, n.shape("IO")).t("!\n")
    x.t("Ваше обращение от ").v(DATE, fmt_date(rng, *ymd(rng, 2025, 2026), rng.choice(("dmy", "words"))))
    x.t(", поступившее через портал Госуслуг, рассмотрено. По медицинской карте № ").v(
        MRN, mrn_value(rng, "amb")
    )
    x.t(" проведена внутренняя проверка качества; нарушений порядка оказания помощи не выявлено. ")
    x.t("Копия ответа направлена на адрес ").v("EMAIL_ADDRESS", email(fake, rng, n)).t(".\n\nГлавный врач ")
    x.v(PER, chief.shape(rng.choice(("ioF", "Fio")))).t("\n\nИсп.: ").v(
        PER, clerk.shape(rng.choice(("Fio", "F", "FIO")))
    )
    x.t("\nтел. ").v(PH, fmt_phone(rng, rng.choice(("city", "rural", "city_ext"))))
    return x.done()


LETTER_BLOCKS = (("b10_dictation", dictation), ("b10_official_reply", official_reply))
