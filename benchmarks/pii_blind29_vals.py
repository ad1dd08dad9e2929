"""Places, phones, e-mails and checksummed identifiers for the blind29 split."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind29_gen import ROMAN, Who, translit


# ----- places ----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


VILLAGES = (
    "Берёзовка",
    "Ивановка",
    "Михайловка",
    "Новосёловка",
    "Красный Яр",
    "Сосновка",
    "Никольское",
    "Заречье",
    "Раздолье",
    "Покровское",
    "Каменка",
    "Ольховка",
    "Дубровка",
    "Курово",
    "Лесной",
)


def street(fake: Any, rng: random.Random) -> str:
    kind = rng.choice(("ул.", "ул.", "улица", "пр-т", "пер.", "б-р", "пр.", "ш.", "проезд", "ул"))
    name = fake.street_title()
    return f"{name} {kind}" if rng.random() < 0.12 else f"{kind} {name}"


def address(fake: Any, rng: random.Random) -> str:
    """A person's postal address in one of many shapes."""
    st, house = street(fake, rng), fake.building_number()
    flat = str(rng.randint(1, 320))
    r = rng.randrange(12)
    if r == 0:
        return f"{fake.postcode()}, {fake.region()}, г. {town(fake)}, {st}, д. {house}, кв. {flat}"
    if r == 1:
        return f"г. {town(fake)}, {st}, д. {house}, корп. {rng.randint(1, 5)}, кв. {flat}"
    if r == 2:
        dist = rng.choice(("Заволжский", "Советский", "Первомайский", "Кировский", "Ленинский"))
        return f"{fake.region()}, {dist} р-н, с. {rng.choice(VILLAGES)}, {st}, д. {house}"
    if r == 3:
        return f"{town(fake)}, мкр. {rng.choice(('Северный', 'Солнечный', 'Юбилейный', '7-й'))}, д. {house}, кв. {flat}"
    if r == 4:
        return f"кв. {flat}, д. {house}, {st}, г. {town(fake)}, {fake.postcode()}"
    if r == 5:
        return f"СНТ «{rng.choice(('Ромашка', 'Рассвет', 'Дружба', 'Берёзка'))}», уч. {rng.randint(1, 240)}, {rng.choice(('Ленинский', 'Дмитровский', 'Тосненский'))} р-н"
    if r == 6:
        return f"г. {town(fake)}, {st}, {house} стр. {rng.randint(1, 4)}, кв {flat}"
    if r == 7:
        return f"{st}, {house}-{flat}, {town(fake)}"
    if r == 8:
        return f"д. {rng.choice(VILLAGES)}, {rng.choice(('Тверская', 'Кировская', 'Псковская'))} обл., {st}, {house}"
    if r == 9:
        return f"{fake.postcode()} {town(fake)} {st} {house}/{rng.randint(1, 9)} кв.{flat}"
    if r == 10:
        return f"г. {town(fake)}, {st}, д. {house}, лит. {rng.choice('АБВ')}, кв. {flat}"
    return f"{town(fake)}, {st}, д.{house}, кв.{flat}"


# ----- phones, mail ---------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng: random.Random) -> str:
    a, b = "9" + _d(rng, 2), _d(rng, 7)
    r = rng.randrange(11)
    if r == 0:
        return f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}"
    if r == 1:
        return f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}"
    if r == 2:
        return f"8{a}{b}"
    if r == 3:
        return f"+7{a}{b}"
    if r == 4:
        return f"8 ({a}) {b[:3]} {b[3:5]} {b[5:]}"
    if r == 5:
        code = rng.choice(("4822", "4852", "3532", "8442", "4932"))
        return f"8 ({code}) {b[:2]}-{b[2:4]}-{b[4:6]}"
    if r == 6:
        return (
            f"+7 ({rng.choice(('495', '812', '343'))}) {b[:3]}-{b[3:5]}-{b[5:]}, доб. {rng.randint(100, 999)}"
        )
    if r == 7:
        return f"{b[:3]}-{b[3:5]}-{b[5:]}"
    if r == 8:
        return rng.choice(
            (
                f"+375 29 {b[:3]}-{b[3:5]}-{b[5:]}",
                f"+992 {_d(rng, 2)} {b}",
                f"+996 {_d(rng, 3)} {b[:6]}",
                f"+998 ({_d(rng, 2)}) {b[:3]}-{b[3:5]}-{b[5:]}",
            )
        )
    if r == 9:
        return f"+7-{a}-{b}"
    return f"8 {a} {b[:3]}-{b[3:5]}-{b[5:]}"


def mobile(rng: random.Random) -> str:
    a, b = "9" + _d(rng, 2), _d(rng, 7)
    return rng.choice(
        (f"+7{a}{b}", f"8{a}{b}", f"+7({a}){b[:3]}-{b[3:5]}-{b[5:]}", f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}")
    )


def email(fake: Any, rng: random.Random, who: Who | None = None) -> str:
    if who is not None and rng.random() < 0.6:
        dom = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru"))
        base = translit(who.last).lower()
        return rng.choice(
            (
                f"{base}.{translit(who.first).lower()}@{dom}",
                f"{base}{rng.randint(70, 99)}@{dom}",
                f"mama.{translit(who.first).lower()}@{dom}",
                f"{translit(who.first)[0].lower()}.{base}@{dom}",
            )
        )
    return fake.free_email()


# ----- identifiers with check digits -----------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = _d(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s < 100:
        check = s
    elif s in (100, 101):
        check = 0
    else:
        check = s % 101
        if check == 100:
            check = 0
    return body + f"{check:02d}"


def snils(rng: random.Random) -> str:
    s = snils_digits(rng)
    return rng.choice(
        (
            f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
            s,
            f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
        )
    )


def inn_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "66", "16", "52", "69", "76", "36", "02")) + _d(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10
    body += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10
    return body + str(c12)


def inn(rng: random.Random) -> str:
    s = inn_digits(rng)
    return rng.choice(
        (s, s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}", f"{s[:4]}-{s[4:]}")
    )


def oms_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "66", "16", "52", "69", "23", "61", "74")) + _d(rng, 13)
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def oms(rng: random.Random) -> str:
    s = oms_digits(rng)
    return rng.choice(
        (
            s,
            s,
            f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}",
            f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}",
            f"{s[:6]} {s[6:]}",
        )
    )


def passport_parts(rng: random.Random) -> tuple[str, str]:
    series = (
        rng.choice(("45", "46", "40", "50", "60", "63", "92", "04", "22", "78")) + f"{rng.randint(0, 24):02d}"
    )
    return series, _d(rng, 6)


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return rng.choice(
        (f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s[:2]} {s[2:]} № {n}", f"{s}{n}", f"{s}-{n}")
    )


# ----- document numbers of a mother's and a child's records -------------------------------------
_CYR = "АБВГДЕЖИКЛМНОПРСТУХЭЮЯ"


def birth_cert(rng: random.Random) -> str:
    """ЗАГС свидетельство о рождении: roman series + two Cyrillic letters + 6 digits."""
    ser = f"{rng.choice(ROMAN[:8])}-{rng.choice(_CYR)}{rng.choice(_CYR)}"
    num = _d(rng, 6)
    return rng.choice((f"{ser} № {num}", f"{ser} {num}", f"{ser}№{num}", f"{ser.replace('-', '')} {num}"))


def med_id(rng: random.Random, kind: str = "any") -> str:
    y = rng.randint(2010, 2026)
    n = rng.randint(1, 9999)
    k = (
        kind
        if kind != "any"
        else rng.choice(("ib", "rod", "obm", "amb", "msr", "nb", "lab", "emk", "bl", "ref"))
    )
    if k == "ib":
        return rng.choice((f"{n}/{y}", f"{n}-{y % 100:02d}", f"{y}/{n:05d}", f"{n}/С"))
    if k == "rod":  # история родов
        return rng.choice((f"{n}", f"{n}/{y % 100:02d}", f"Р-{n}", f"{n}р"))
    if k == "obm":  # обменная карта
        return rng.choice(
            (f"{rng.randint(1, 999)}", f"{rng.randint(1, 999)}/{y}", f"ЖК-{rng.randint(1, 9999):04d}")
        )
    if k == "amb":
        return rng.choice((f"{n}", f"{rng.randint(1, 40)}-{n}", f"Д-{n:05d}", f"{n}/{rng.randint(1, 30)}"))
    if k == "msr":  # медицинское свидетельство о рождении
        return rng.choice(
            (
                f"{rng.randint(1, 99):02d} № {_d(rng, 6)}",
                f"{rng.randint(10, 99)}{_d(rng, 10)}",
                f"{rng.randint(1, 99):02d}-{_d(rng, 7)}",
            )
        )
    if k == "nb":  # история развития новорождённого
        return rng.choice((f"{n}", f"{n}-Н", f"Н-{n}/{y % 100:02d}"))
    if k == "lab":
        return rng.choice(
            (f"{_d(rng, 10)}", f"NS{_d(rng, 8)}", f"{y % 100:02d}-{_d(rng, 6)}", f"А{_d(rng, 7)}")
        )
    if k == "emk":
        return rng.choice((f"{_d(rng, 8)}", f"EMK-{_d(rng, 7)}", f"{rng.randint(100, 999)}.{_d(rng, 6)}"))
    if k == "bl":  # электронный листок нетрудоспособности
        return f"9{_d(rng, 11)}" if rng.random() < 0.6 else f"{_d(rng, 12)}"
    return rng.choice((f"{_d(rng, 6)}", f"Н-{_d(rng, 5)}", f"{y}-{_d(rng, 5)}"))


def foreign_id(rng: random.Random) -> str:
    return rng.choice(
        (
            f"AB{_d(rng, 7)}",
            f"FA{_d(rng, 7)}",
            f"N{_d(rng, 8)}",
            f"{_d(rng, 2)} {_d(rng, 7)}",
            f"AA {_d(rng, 7)}",
            f"AC{_d(rng, 7)}",
        )
    )


def migration_card(rng: random.Random) -> str:
    return rng.choice((f"{_d(rng, 4)} {_d(rng, 7)}", f"{_d(rng, 4)}№{_d(rng, 7)}", f"{_d(rng, 11)}"))
