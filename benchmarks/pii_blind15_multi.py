"""blind15 blocks: several values of one type (or a few types) in one sentence."""

from __future__ import annotations

from benchmarks.pii_blind15_addr import address
from benchmarks.pii_blind15_gen import date, name, phone
from benchmarks.pii_blind15_ids import (
    email,
    inn,
    mrn,
    multi,
    oms,
    passport,
    snils,
    url,
)
from benchmarks.pii_families import BlockFamily, Maker

SPLIT = "blind15"
P, D, PH, EM, UR, LOC = "PERSON", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "LOCATION"
SN, INN, OMS, PAS, MRN = "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER"


def const(value: str) -> Maker:
    return lambda rng, fake, case: value


_MOB = phone("plus7", "eight", "eight_br", "solid", "plus7_dash")
_DMY = date("dmy", "dmy_short", "words", "dmy_slash", lo=2022)
_DOB = date("dmy", "words", "dmy_yy", lo=1935, hi=2020)
_INIT = name("f_io", "io_f")

# ----- several values of one type in one sentence ---------------------------------------------------
MULTI = [
    BlockFamily(
        "b15_multi_phones",
        SPLIT,
        multi(
            [
                "Телефоны: ",
                (PH, _MOB),
                ", ",
                (PH, _MOB),
                " (сын), ",
                (PH, phone("city", "city_local")),
                " (дом.).",
            ],
            ["Тел. ", (PH, _MOB), "; ", (PH, phone("foreign")), " - брат за границей"],
            [(PH, _MOB), " или ", (PH, _MOB), " — звонить в любое время."],
        ),
    ),
    BlockFamily(
        "b15_multi_dates",
        SPLIT,
        multi(
            ["Находился на стационарном лечении с ", (D, _DMY), " по ", (D, _DMY), "."],
            ["ЛН открыт ", (D, _DMY), ", закрыт ", (D, _DMY), ", к труду с ", (D, date("dm", "dm_num")), "."],
            [
                "Госпитализации: ",
                (D, date("my", "my_num")),
                ", ",
                (D, date("my", "my_num")),
                " и ",
                (D, _DMY),
                ".",
            ],
            ["Период нетрудоспособности ", (D, date("dm_num")), "–", (D, _DMY), ", КТ от ", (D, _DMY)],
        ),
    ),
    BlockFamily(
        "b15_multi_people",
        SPLIT,
        multi(
            ["Консилиум в составе: ", (P, _INIT), ", ", (P, _INIT), ", ", (P, _INIT), "."],
            [
                "Дети: ",
                (P, name("i")),
                " и ",
                (P, name("i")),
                ", проживают с бабушкой ",
                (P, name("io"), "ablt"),
                ".",
            ],
            ["Смену сдал(а) ", (P, _INIT), ", принял(а) ", (P, _INIT), "."],
            ["Осмотрена ", (P, _INIT, "ablt"), " и ", (P, _INIT, "ablt"), " совместно."],
        ),
    ),
    BlockFamily(
        "b15_multi_ids",
        SPLIT,
        multi(
            ["СНИЛС/ИНН: ", (SN, snils("std")), " / ", (INN, inn("plain"))],
            [
                "Полис ",
                (OMS, oms("plain")),
                ", СНИЛС ",
                (SN, snils("plain", "space")),
                ", паспорт ",
                (PAS, passport("grp")),
            ],
            [
                "И/б ",
                (MRN, mrn("slash_year")),
                " (пред. госпитализация - и/б ",
                (MRN, mrn("slash_year")),
                ")",
            ],
        ),
    ),
    BlockFamily(
        "b15_multi_contacts",
        SPLIT,
        multi(
            ["Почта: ", (EM, email()), ", резервная ", (EM, email()), "; страница ВК ", (UR, url()), "."],
            ["Связь через ", (UR, url()), " или ", (UR, url()), ", e-mail ", (EM, email()), " (дочь)."],
            [(EM, email()), "; ", (EM, email()), " — адреса для отправки результатов, ссылка ", (UR, url())],
        ),
    ),
    BlockFamily(
        "b15_multi_places",
        SPLIT,
        multi(
            [
                "Зарегистрирован: ",
                (LOC, address("full")),
                "; фактически проживает: ",
                (LOC, address("short", "mkr")),
                ".",
            ],
            ["Переехал из г. ", (LOC, address("town")), " в ", (LOC, address("village")), " два года назад."],
        ),
    ),
]
