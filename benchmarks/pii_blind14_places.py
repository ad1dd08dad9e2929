"""blind14 address and record-number generators: urban, rural, CIS; case histories and cards."""

from __future__ import annotations

import random
from typing import Any


def dg(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- addresses -----------------------------------------------------------------------------
REGIONS = (
    "Тюменская обл.",
    "Кировская область",
    "Респ. Татарстан",
    "Свердловская обл.",
    "Новосибирская область",
    "Краснодарский край",
    "Ленинградская обл.",
    "Республика Башкортостан",
    "Омская обл.",
    "Белгородская область",
)
DISTRICTS = (
    "Ишимский р-н",
    "Слободской район",
    "Лаишевский р-н",
    "Сысертский район",
    "Тогучинский р-н",
    "Гатчинский р-н",
)
VILLAGES = (
    "с. Бердюжье",
    "д. Малые Горки",
    "пос. Октябрьский",
    "с. Покровское",
    "дер. Липовка",
    "пгт Сысерть",
    "с/п Никольское",
    "х. Весёлый",
    "ст-ца Крыловская",
    "рп Тогучин",
)


def street(fake: Any) -> str:
    return fake.street_title()


def street_full(rng: random.Random, fake: Any) -> str:
    kind = rng.choice(("ул.", "ул. ", "пр-т", "пер.", "бульвар", "улица", "ш."))
    return f"{kind.strip()} {fake.street_title()}" if kind != "ул. " else f"ул.{fake.street_title()}"


def house(rng: random.Random) -> str:
    h = str(rng.randrange(1, 180))
    return rng.choice(
        (
            f"д. {h}, кв. {rng.randrange(1, 300)}",
            f"д.{h} кв.{rng.randrange(1, 300)}",
            f"{h}-{rng.randrange(1, 300)}",
            f"д. {h}, корп. {rng.randrange(1, 5)}, кв. {rng.randrange(1, 200)}",
            f"д. {h} стр. {rng.randrange(1, 4)}",
            f"д. {h}{rng.choice('АБВ')}",
            f"д. {h}, лит. А, кв. {rng.randrange(1, 90)}",
            f"дом {h} квартира {rng.randrange(1, 120)}",
        )
    )


def postcode(rng: random.Random) -> str:
    return f"{rng.randrange(101, 693)}{dg(rng, 3)}"


def city_addr(rng: random.Random, fake: Any) -> str:
    name = town(fake)
    st = street_full(rng, fake)
    return rng.choice(
        (
            f"г. {name}, {st}, {house(rng)}",
            f"{postcode(rng)}, г. {name}, {st}, {house(rng)}",
            f"{st}, {house(rng)}, г. {name}, {postcode(rng)}",
            f"г.{name} {st} {house(rng)}",
            f"{name}, {st}, {house(rng)}",
            f"{rng.choice(REGIONS)}, г. {name}, мкр. {rng.choice(('Южный', 'Северный', '3-й', 'Солнечный'))}, {house(rng)}",
        )
    )


def rural_addr(rng: random.Random, fake: Any) -> str:
    v = rng.choice(VILLAGES)
    return rng.choice(
        (
            f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {v}, ул. {street(fake)}, д. {rng.randrange(1, 90)}",
            f"{v}, ул. {street(fake)}, {rng.randrange(1, 90)}",
            f"{postcode(rng)}, {rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {v}, д. {rng.randrange(1, 60)}",
            f"СНТ «{rng.choice(('Ромашка', 'Строитель', 'Берёзка', 'Рассвет'))}», участок {rng.randrange(1, 400)}",
            f"{v} {rng.choice(DISTRICTS)} д.{rng.randrange(1, 60)}",
        )
    )


def cis_addr(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Республика Узбекистан, Ферганская обл., г. Коканд, ул. Навои, д. {rng.randrange(1, 99)}",
            f"Таджикистан, Хатлонская обл., р-н Вахш, кишлак Гулистон, {rng.randrange(1, 60)}",
            f"Кыргызстан, г. Ош, ул. Курманжан Датки, {rng.randrange(1, 200)}-{rng.randrange(1, 80)}",
            f"Республика Казахстан, г. Шымкент, мкр. Нурсат, д. {rng.randrange(1, 150)}, кв. {rng.randrange(1, 90)}",
            f"Uzbekistan, Samarkand, Amir Temur ko'chasi {rng.randrange(1, 99)}",
            f"Армения, г. Гюмри, ул. Абовяна, д. {rng.randrange(1, 70)}",
            f"Азербайджан, г. Гянджа, пр. Гейдара Алиева, {rng.randrange(1, 300)}",
        )
    )


def address(rng: random.Random, fake: Any) -> str:
    r = rng.random()
    if r < 0.55:
        return city_addr(rng, fake)
    if r < 0.85:
        return rural_addr(rng, fake)
    return cis_addr(rng)


# ----- record numbers ------------------------------------------------------------------------
def mrn(rng: random.Random) -> str:
    y = rng.choice(("2024", "2025", "2026", "24", "25", "26"))
    return rng.choice(
        (
            f"{rng.randrange(100, 99999)}/{y}",
            f"{rng.randrange(1, 9999)}-{y}",
            f"ИБ-{y}-{dg(rng, 5)}",
            f"{y}/{dg(rng, 6)}",
            f"А-{dg(rng, 4)}",
            f"{dg(rng, 8)}",
            f"КС{dg(rng, 6)}",
            f"{rng.randrange(1, 999)}/{rng.choice('ПАСТ')}",
        )
    )


def town(fake: Any) -> str:
    return fake.city_name().split(",")[0].split("(")[0].strip()
