"""Addresses and record identifiers for the blind16 split."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind16_gen import digits

REGIONS = (
    "Республика Татарстан",
    "Республика Башкортостан",
    "Респ. Саха (Якутия)",
    "Республика Дагестан",
    "Чеченская Респ.",
    "Республика Тыва",
    "Респ. Бурятия",
    "Московская обл.",
    "Свердловская область",
    "Новосибирская обл.",
    "Краснодарский край",
    "Ханты-Мансийский автономный округ - Югра",
    "Чувашская Республика",
    "Кабардино-Балкарская Респ.",
    "Ленинградская область",
    "Тюменская обл.",
    "Республика Северная Осетия - Алания",
    "Ямало-Ненецкий АО",
)
DISTRICTS = (
    "Лаишевский р-н",
    "Уфимский район",
    "Мегино-Кангаласский улус",
    "Хасавюртовский р-н",
    "Кызылский кожуун",
    "Раменский г.о.",
    "Сургутский район",
    "Надымский р-н",
    "Тарбагатайский район",
    "Всеволожский р-н",
)
VILLAGES = (
    "с. Столбище",
    "д. Зубово",
    "с. Майя",
    "с. Эндирей",
    "пгт Каа-Хем",
    "д. Малые Вязёмы",
    "с. Нижний Бестях",
    "пос. Фёдоровский",
    "п. Пангоды",
    "с. Мухоршибирь",
    "дер. Кудрово",
    "аул Хабез",
    "ст-ца Динская",
)
MICRO = (
    "мкр. Северный",
    "микрорайон Солнечный",
    "мкр-н 7",
    "мкр. Юбилейный",
    "мкрн. Зелёный Бор",
    "микр. 3А",
)


def _street(fake: Any) -> str:
    return fake.street_name()


def house(rng: random.Random) -> str:
    n = str(rng.randrange(1, 180))
    r = rng.random()
    if r < 0.2:
        n += rng.choice(("а", "Б", "/2", "/14"))
    out = rng.choice(("д. ", "д.", "", "дом ")) + n
    r = rng.random()
    if r < 0.2:
        out += rng.choice(
            (f", корп. {rng.randrange(1, 6)}", f" к{rng.randrange(1, 6)}", f", корпус {rng.randrange(1, 4)}")
        )
    elif r < 0.3:
        out += rng.choice((f", стр. {rng.randrange(1, 9)}", f" строение {rng.randrange(1, 5)}"))
    elif r < 0.38:
        out += rng.choice((", лит. А", " литера Б", ", лит.В"))
    if rng.random() < 0.75:
        out += rng.choice((", кв. ", " кв.", ", кв", "-", ", ком. ")) + str(rng.randrange(1, 320))
    return out


def address(rng: random.Random, fake: Any, style: str = "") -> str:
    style = style or rng.choice(
        ("city", "city", "index_first", "index_last", "rural", "snt", "micro", "reversed", "upper")
    )
    idx = f"{rng.randrange(101, 692)}{digits(rng, 3)}"
    city = fake.city_name()
    street = _street(fake)
    h = house(rng)
    if style == "city":
        return f"г. {city}, {street}, {h}"
    if style == "index_first":
        return f"{idx}, {rng.choice(REGIONS)}, г. {city}, {street}, {h}"
    if style == "index_last":
        return f"{street}, {h}, г. {city}, {idx}"
    if style == "rural":
        return f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {rng.choice(VILLAGES)}, {street}, {h}"
    if style == "snt":
        snt = rng.choice(
            ("СНТ «Ромашка»", 'СНТ "Рассвет"', "СНТ Берёзка", "ДНТ «Лесное»", "СНТСН «Мичуринец»")
        )
        return f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {snt}, уч. {rng.randrange(1, 400)}"
    if style == "micro":
        return f"г. {city}, {rng.choice(MICRO)}, д. {rng.randrange(1, 60)}, кв. {rng.randrange(1, 200)}"
    if style == "reversed":
        return f"кв. {rng.randrange(1, 300)}, д. {rng.randrange(1, 120)}, {street}, г. {city}, {rng.choice(REGIONS)}"
    if style == "upper":
        return f"{idx} {city.upper()} {street.upper()} Д.{rng.randrange(1, 99)} КВ.{rng.randrange(1, 200)}"
    return f"г. {city}, {street}, {h}"


FOREIGN_ADDR = (
    "Uzbekistan, Samarkand region, Urgut district, Navbahor MFY, 12",
    "Республика Узбекистан, Ферганская обл., г. Коканд, ул. Амира Темура, 45",
    "Республика Таджикистан, г. Худжанд, 18 мкр., д. 9, кв. 33",
    "Кыргызская Республика, Ошская обл., Кара-Суйский р-н, с. Мадыл",
    "Armenia, Yerevan, Komitas Ave 21, apt 7",
    "Азербайджан, г. Гянджа, пр. Ататюрка, д. 118",
    "Vietnam, Hanoi, Dong Da, Ngo 54 Nguyen Luong Bang",
    "КНР, провинция Хэйлунцзян, г. Харбин, ул. Чжунъян, 56",
    "Republic of Moldova, Chisinau, str. Ismail 33, ap. 12",
    "Казахстан, г. Шымкент, мкр. Нурсат, д. 14, кв. 60",
)


# ----- record identifiers ----------------------------------------------------------------------
def mrn(rng: random.Random, style: str = "") -> str:
    y = rng.choice(("2024", "2025", "2026", "24", "25", "26"))
    style = style or rng.choice(
        ("ib", "amb", "emr", "lab", "ref", "rx", "eln", "call", "dicom", "tub", "mis", "ocr")
    )
    if style == "ib":
        return rng.choice(
            (f"{rng.randrange(1, 29999)}/{y}", f"{rng.randrange(1, 9999)}-{y}", f"{y}-{digits(rng, 5)}")
        )
    if style == "amb":
        return rng.choice(
            (
                f"А-{digits(rng, 5)}",
                f"{digits(rng, 6)}",
                f"АК {digits(rng, 4)}/{y}",
                f"{rng.randrange(1, 99)}-{digits(rng, 4)}",
            )
        )
    if style == "emr":
        return rng.choice(
            (f"EMR-{digits(rng, 8)}", f"MIS{digits(rng, 9)}", f"PID{digits(rng, 7)}", f"{digits(rng, 10)}")
        )
    if style == "lab":
        return rng.choice(
            (
                f"{digits(rng, 10)}",
                f"L{y}{digits(rng, 6)}",
                f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}",
            )
        )
    if style == "ref":
        return rng.choice(
            (f"{digits(rng, 2)}-{digits(rng, 6)}", f"НПР-{digits(rng, 7)}", f"{digits(rng, 12)}")
        )
    if style == "rx":
        return rng.choice(
            (
                f"{digits(rng, 5)} {digits(rng, 6)}",
                f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 6)}",
                f"148-{digits(rng, 7)}",
            )
        )
    if style == "eln":
        return digits(rng, 12, True)
    if style == "call":
        return rng.choice(
            (f"{rng.randrange(1, 999)}/{rng.randrange(1, 40)}", f"{digits(rng, 6)}-{rng.randrange(1, 30)}")
        )
    if style == "dicom":
        return rng.choice(
            (
                f"1.2.643.5.1.13.{digits(rng, 4)}.{digits(rng, 8)}",
                f"ACC{digits(rng, 8)}",
                f"CT{y}{digits(rng, 5)}",
            )
        )
    if style == "tub":
        return f"{rng.randrange(1, 30)}/{digits(rng, 4)}-{y}"
    if style == "mis":
        return f"{rng.choice(('ЕМИАС', 'РМИС', 'qMS', 'Ариадна'))}-{digits(rng, 7)}"
    return f"{digits(rng, 3)}{rng.choice(('/', '-', ' '))}{digits(rng, 2)}"
