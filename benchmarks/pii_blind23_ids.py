"""Places, checksummed identifiers and look-alikes for the blind23 split (see ``pii_blind23_gen``)."""

from __future__ import annotations

import random
from typing import Any


def dg(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ------------------------------------------------------------------ places
REPS = (
    "Респ. Саха (Якутия)",
    "Республика Бурятия",
    "Респ. Башкортостан",
    "Республика Татарстан",
    "Чеченская Республика",
    "Респ. Дагестан",
    "Республика Тыва",
    "Республика Алтай",
    "Удмуртская Респ.",
    "Чувашская Республика",
)
REGS = (
    "Свердловская обл.",
    "Тюменская область",
    "ХМАО-Югра",
    "ЯНАО",
    "Забайкальский край",
    "Красноярский край",
    "Иркутская обл.",
    "Амурская область",
    "Архангельская обл.",
    "Вологодская область",
    "Пермский край",
    "Алтайский край",
    "Кемеровская обл. - Кузбасс",
    "Магаданская обл.",
    "Псковская область",
)
VILL = ("с.", "д.", "пос.", "п.", "с/п", "пгт", "рп", "аул", "ст-ца", "х.", "улус")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def region(rng: random.Random) -> str:
    return rng.choice(REPS + REGS)


DISTRICTS = (
    "Шалинский",
    "Усть-Кутский",
    "Ишимский",
    "Кондинский",
    "Сургутский",
    "Мегино-Кангаласский",
    "Кижингинский",
    "Туймазинский",
    "Буинский",
    "Котласский",
    "Вельский",
    "Тотемский",
    "Кунгурский",
    "Бийский",
    "Каргасокский",
    "Нерчинский",
    "Зейский",
    "Аларский",
    "Пуровский",
    "Кош-Агачский",
)


def district(fake: Any, rng: random.Random) -> str:
    x = rng.choice(DISTRICTS)
    return rng.choice((f"{x} р-н", f"{x} район", f"МО «{x} район»", f"{x} р-он"))


def street(fake: Any, rng: random.Random) -> str:
    st = fake.street_title()
    return rng.choice(
        (
            f"ул. {st}",
            f"ул.{st}",
            f"{st} ул.",
            f"пер. {st}",
            f"пр-т {st}",
            f"мкр. {st}",
            f"улица {st}",
            f"{st}",
        )
    )


def house(rng: random.Random) -> str:
    n = rng.randint(1, 120)
    return rng.choice(
        (
            f"д. {n}",
            f"д.{n}",
            f"{n}",
            f"{n}а",
            f"д. {n}, корп. {rng.randint(1, 5)}",
            f"д. {n} стр. {rng.randint(1, 4)}",
            f"{n}/{rng.randint(1, 9)}",
            f"д. {n} лит. А",
        )
    )


def flat(rng: random.Random) -> str:
    return rng.choice(
        ("", "", f", кв. {rng.randint(1, 240)}", f"-{rng.randint(1, 90)}", f", кв.{rng.randint(1, 240)}")
    )


def address(fake: Any, rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(
        ("rural", "rural", "urban", "urban", "idx_last", "reverse", "snt", "dorm", "short")
    )
    idx = fake.postcode()
    if kind == "rural":
        return (
            f"{region(rng)}, {district(fake, rng)}, "
            f"{rng.choice(VILL)} {town(fake)}, {street(fake, rng)}, {house(rng)}"
        )
    if kind == "urban":
        return f"{idx}, {region(rng)}, г. {town(fake)}, {street(fake, rng)}, {house(rng)}{flat(rng)}"
    if kind == "idx_last":
        return f"г. {town(fake)}, {street(fake, rng)} {house(rng)}{flat(rng)}, {idx}"
    if kind == "reverse":
        return f"{street(fake, rng)}, {house(rng)}{flat(rng)}, г. {town(fake)}, {region(rng)}"
    if kind == "snt":
        return f"{district(fake, rng)}, СНТ «{fake.street_title()}», уч. {rng.randint(1, 300)}"
    if kind == "dorm":
        return f"г. {town(fake)}, {street(fake, rng)}, {house(rng)}, общ., ком. {rng.randint(1, 400)}"
    if kind == "short":
        return f"{rng.choice(VILL)} {town(fake)}, {street(fake, rng)} {rng.randint(1, 90)}"
    return f"г. {town(fake)}, {street(fake, rng)}, {house(rng)}"


def foreign_address(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Республика Узбекистан, Ферганская обл., г. Коканд, ул. Мукими, {rng.randint(1, 99)}",
            f"Таджикистан, Хатлонская обл., р-н Вахш, кишлак Навобод, д. {rng.randint(1, 60)}",
            f"Кыргызстан, г. Ош, ул. Ленина {rng.randint(1, 300)}-{rng.randint(1, 80)}",
            f"Казахстан, г. Костанай, мкр. {rng.randint(1, 9)}, д. {rng.randint(1, 40)}",
            f"Армения, г. Гюмри, ул. Абовяна, {rng.randint(1, 70)}",
            f"China, Heilongjiang, Harbin, Zhongshan Rd {rng.randint(1, 400)}",
            f"Беларусь, Гомельская обл., г. Мозырь, ул. Гагарина, {rng.randint(1, 90)}",
        )
    )


# ------------------------------------------------------------------ checksummed ids
def snils_raw(rng: random.Random) -> str:
    while True:
        n = dg(rng, 9)
        if int(n) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(n, range(9, 0, -1), strict=True))
    if s > 101:
        s %= 101
    k = 0 if s in (100, 101) else s
    return n + f"{k:02d}"


def snils(rng: random.Random, kind: str = "") -> str:
    s = snils_raw(rng)
    kind = kind or rng.choice(("std", "std", "space", "plain", "dash"))
    if kind == "std":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"
    if kind == "space":
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if kind == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    return s


def inn12(rng: random.Random) -> str:
    n = dg(rng, 2, True) + dg(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(a) * b for a, b in zip(n, w11, strict=True)) % 11 % 10
    n += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(a) * b for a, b in zip(n, w12, strict=True)) % 11 % 10
    return n + str(c12)


def inn(rng: random.Random) -> str:
    s = inn12(rng)
    return rng.choice((s, s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}"))


def org_inn(rng: random.Random) -> str:
    n = dg(rng, 2, True) + dg(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return n + str(sum(int(a) * b for a, b in zip(n, w, strict=True)) % 11 % 10)


def oms_raw(rng: random.Random) -> str:
    n = dg(rng, 15, True)
    total = 0
    for i, c in enumerate(reversed(n)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return n + str((10 - total % 10) % 10)


def oms(rng: random.Random, kind: str = "") -> str:
    s = oms_raw(rng)
    kind = kind or rng.choice(("plain", "plain", "four", "old", "spaced"))
    if kind == "four":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if kind == "spaced":
        return f"{s[:6]} {s[6:]}"
    if kind == "old":
        return rng.choice(
            (
                f"ЕМ {dg(rng, 7, True)}",
                f"{dg(rng, 2, True)}{dg(rng, 2)} {dg(rng, 8, True)}",
                f"АН-{dg(rng, 6, True)}",
                f"ВС {dg(rng, 9, True)}",
            )
        )
    return s


def passport_parts(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", dg(rng, 6, True)


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}{n}", f"{s[:2]} {s[2:]} №{n}"))


def mrn(rng: random.Random, kind: str = "") -> str:
    y = rng.randint(19, 26)
    kind = kind or rng.choice(("ib", "call", "amb", "lab", "emk", "ln", "ref", "crb", "dicom", "blood"))
    if kind == "ib":
        return rng.choice(
            (
                f"{rng.randint(1, 9999)}/{y}",
                f"{rng.randint(100, 99999)}-{y}",
                f"ИБ-{y}-{dg(rng, 5)}",
                f"{dg(rng, 4, True)}/C{y}",
            )
        )
    if kind == "call":
        return rng.choice(
            (
                f"{rng.randint(1, 999)}/{rng.randint(1, 30)}",
                f"{dg(rng, 6, True)}",
                f"КВ-{dg(rng, 7, True)}",
                f"{rng.randint(1, 200)}-{dg(rng, 4, True)}",
            )
        )
    if kind == "amb":
        return rng.choice(
            (f"А-{dg(rng, 6, True)}", f"{dg(rng, 5, True)}", f"{rng.randint(1, 9)}-{dg(rng, 5)}")
        )
    if kind == "lab":
        return rng.choice((f"{dg(rng, 10, True)}", f"L{y}{dg(rng, 7)}", f"ЛБ-{dg(rng, 8, True)}"))
    if kind == "emk":
        return rng.choice((f"{dg(rng, 12, True)}", f"ЭМК-{dg(rng, 9, True)}", f"MIS{dg(rng, 8, True)}"))
    if kind == "ln":
        return f"{rng.choice(('9', '3'))}{dg(rng, 11)}"
    if kind == "ref":
        return rng.choice((f"{rng.randint(1, 99)}-{dg(rng, 6, True)}", f"НАПР/{y}/{dg(rng, 5, True)}"))
    if kind == "crb":
        return rng.choice((f"ЦРБ-{dg(rng, 5, True)}", f"{dg(rng, 3, True)}-Х/{y}", f"Т-{dg(rng, 4, True)}"))
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{dg(rng, 7, True)}.{dg(rng, 6, True)}"
    if kind == "blood":
        return rng.choice(
            (
                f"{dg(rng, 3, True)}-{dg(rng, 6, True)}-{dg(rng, 2)}",
                f"№{dg(rng, 7, True)}",
                f"K{dg(rng, 2)}{dg(rng, 6)}",
            )
        )
    return dg(rng, 7, True)


# ------------------------------------------------------------------ look-alikes (never marked)
def noise(rng: random.Random) -> str:
    return rng.choice(
        (
            f"АД {rng.randint(90, 180)}/{rng.randint(50, 110)} мм рт. ст., ЧСС {rng.randint(50, 130)} в мин.",
            f"Sat O2 {rng.randint(85, 99)}%, ЧДД {rng.randint(12, 30)}.",
            f"Глюкоза {rng.randint(3, 19)},{rng.randint(0, 9)} ммоль/л.",
            "Ф. 110/у. МКБ-10: S06.0.",
            f"Введено: кеторолак 30 мг в/м, NaCl 0,9% {rng.choice((200, 400, 500))} мл в/в кап.",
            f"Палата {rng.randint(1, 30)}, койка {rng.randint(1, 6)}.",
            "Форма 057/у-04.",
            f"ИНН учреждения {org_inn(rng)}, КПП {dg(rng, 9, True)}.",
            f"Лицензия ЛО-{rng.randint(10, 89)}-01-{dg(rng, 6, True)}.",
            "Омепразол 20 мг в 08:00 и 20:00.",
            f"Травма в {rng.randint(2005, 2020)} году, без последствий.",
            f"ОГРН {dg(rng, 13, True)}.",
            f"Hb {rng.randint(70, 160)} г/л, лейк. {rng.randint(4, 20)},{rng.randint(0, 9)}×10⁹/л.",
            f"Бригада № {rng.randint(1, 30)}, подстанция {rng.randint(1, 12)}.",
            "Диагноз: T20.2, T22.2 (10% п.т.).",
        )
    )
