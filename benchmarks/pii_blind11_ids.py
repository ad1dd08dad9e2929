"""Contacts, addresses, checksummed identifiers and record numbers for the blind11 split."""

from __future__ import annotations

import random
from typing import Any

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = ""
    for ch in s:
        low = ch.lower()
        if low in _TRANSLIT:
            lat = _TRANSLIT[low]
            out += lat.capitalize() if ch != low else lat
        else:
            out += ch
    return out


# ----- phones, e-mail, url -------------------------------------------------------------------
def dg(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("mob", "mob", "mob", "city", "foreign", "ext"))
    if kind == "mob":
        op, a, b, c = "9" + dg(rng, 2), dg(rng, 3), dg(rng, 2), dg(rng, 2)
        lay = rng.randrange(7)
        return (
            f"+7 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 ({op}) {a}{b}{c}",
            f"7-{op}-{a}{b}{c}",
        )[lay]
    if kind in ("city", "ext"):
        code = rng.choice(("495", "499", "812", "3452", "4232", "8422", "3812", "4012", "8182", "3532"))
        rest = dg(rng, 10 - len(code))
        body = f"{rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
        s = rng.choice((f"8 ({code}) {body}", f"+7 ({code}) {body}", f"({code}) {body}", f"8-{code}-{body}"))
        if kind == "ext":
            s += rng.choice((f" доб. {dg(rng, 3)}", f", доб.{dg(rng, 4)}", f" (вн. {dg(rng, 3)})"))
        return s
    return rng.choice(
        (
            f"+998 {dg(rng, 2)} {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            f"+992 {dg(rng, 2)} {dg(rng, 3)} {dg(rng, 4)}",
            f"+375 (29) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            f"+374 {dg(rng, 2)} {dg(rng, 6)}",
            f"+86 1{dg(rng, 2)} {dg(rng, 4)} {dg(rng, 4)}",
            f"+49 151 {dg(rng, 8)}",
            f"+84 9{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}",
            f"+996 (555) {dg(rng, 3)}-{dg(rng, 3)}",
            f"+7 701 {dg(rng, 3)} {dg(rng, 4)}",
        )
    )


def email(rng: random.Random, p: Any = None) -> str:
    user = translit(p.last).lower() if p else rng.choice(("mama", "pacient", "zdorovie", "info.fam", "user"))
    user += rng.choice(("", ".", "_", "-")) + rng.choice(("", dg(rng, 2), dg(rng, 4), "ok", "msk"))
    user = user.rstrip("._-")
    dom = rng.choice(
        (
            "mail.ru",
            "yandex.ru",
            "ya.ru",
            "bk.ru",
            "gmail.com",
            "inbox.ru",
            "list.ru",
            "rambler.ru",
            "icloud.com",
            "yandex.kz",
            "mail.uz",
        )
    )
    return f"{user}@{dom}"


def url(rng: random.Random, p: Any = None) -> str:
    nick = translit(p.last).lower() + dg(rng, 2) if p else f"id{dg(rng, 9)}"
    return rng.choice(
        (
            f"https://vk.com/{nick}",
            f"vk.com/id{dg(rng, 9)}",
            f"https://t.me/{nick}",
            f"t.me/{nick}_{dg(rng, 2)}",
            f"https://ok.ru/profile/{dg(rng, 12)}",
            f"https://disk.yandex.ru/d/{translit(nick)}{dg(rng, 4)}Xq",
            f"https://telemed.doctor-online.ru/room/{dg(rng, 6)}-{dg(rng, 4)}",
            f"https://drive.google.com/file/d/1{dg(rng, 9)}aZ",
            f"http://my-clinic-lk.ru/patient/{dg(rng, 7)}",
            f"https://zoom.us/j/{dg(rng, 10)}",
        )
    )


# ----- addresses -----------------------------------------------------------------------------
_ST_FULL = ("улица", "улица", "улица", "проспект", "переулок", "бульвар", "проезд", "шоссе")
_ST_ABBR = ("ул.", "ул.", "ул.", "ул", "пр-т", "пер.", "б-р", "пр-д", "ш.")
DISTRICTS = (
    "Раменский",
    "Зеленодольский",
    "Красногвардейский",
    "Белореченский",
    "Ленинский",
    "Октябрьский",
    "Приморский",
    "Тоцкий",
    "Аксайский",
    "Завьяловский",
    "Кстовский",
    "Тукаевский",
    "Шпаковский",
    "Сосновский",
    "Новосибирский",
    "Емельяновский",
    "Иркутский",
    "Всеволожский",
    "Гатчинский",
)
VILLAGES = (
    "Берёзовка",
    "Михайловка",
    "Ивановка",
    "Заречье",
    "Новосёлки",
    "Покровское",
    "Никольское",
    "Сосновка",
    "Каменка",
    "Красный Яр",
    "Октябрьский",
    "Луговое",
    "Ильинское",
    "Верхние Хутора",
)


def street(rng: random.Random, fake: Any, full: bool | None = None) -> str:
    name = fake.street_title()
    if full is None:
        full = rng.random() < 0.35
    kind = rng.choice(_ST_FULL if full else _ST_ABBR)
    name = _agree(name, kind)
    return f"{kind} {name}" if rng.random() < 0.8 else f"{name} {kind}"


_NEUTER = ("шоссе", "ш.")
_FEMININE = ("улица", "ул.", "ул")


def _agree(name: str, kind: str) -> str:
    """The feminine street adjective ("Садовая") made to agree with a masculine or neuter street type."""
    if kind in _FEMININE or " " in name:
        return name
    soft = name.endswith("яя")
    if not name.endswith(("ая", "яя")):
        return name
    stem = name[:-2]
    if kind in _NEUTER:
        return stem + ("ее" if soft or stem[-1] in "жшчщ" else "ое")
    return stem + ("ий" if soft or stem[-1] in "гкхжшчщ" else "ый")


def town(fake: Any) -> str:
    return fake.city_name()


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 180))
    k = rng.randrange(8)
    if k == 0:
        h += f", корп. {rng.randint(1, 6)}"
    elif k == 1:
        h += f" к{rng.randint(1, 5)}"
    elif k == 2:
        h += f", стр. {rng.randint(1, 9)}"
    elif k == 3:
        h += f", лит. {rng.choice('АБВ')}"
    elif k == 4:
        h += rng.choice("абв")
    elif k == 5:
        h += f"/{rng.randint(1, 40)}"
    return h


def flat(rng: random.Random) -> str:
    return rng.choice(("кв.", "кв", "кв. ", "квартира ")).strip() + " " + str(rng.randint(1, 420))


def address(rng: random.Random, fake: Any, kind: str | None = None) -> str:
    kind = kind or rng.choice(("city", "city", "index", "rural", "snt", "mkr", "reverse", "short"))
    idx = f"{rng.randint(1, 69)}{dg(rng, 4)}"
    idx = idx.zfill(6)
    if kind == "city":
        return f"г. {town(fake)}, {street(rng, fake)}, д. {house(rng)}, {flat(rng)}"
    if kind == "index":
        return f"{idx}, {fake.region()}, г. {town(fake)}, {street(rng, fake)}, {house(rng)}-{rng.randint(1, 200)}"
    if kind == "rural":
        vil = rng.choice(("с.", "д.", "пос.", "п.", "село", "деревня", "пгт", "рп"))
        dist = rng.choice(DISTRICTS) + rng.choice((" р-н", " район", " муниципальный район"))
        tail = rng.choice(
            (
                f"ул. {fake.street_title()}, д. {rng.randint(1, 90)}",
                f"д. {rng.randint(1, 90)}",
                f"{fake.street_title()} ул., {rng.randint(1, 90)}",
            )
        )
        return f"{fake.region()}, {dist}, {vil} {rng.choice(VILLAGES)}, {tail}"
    if kind == "snt":
        snt = rng.choice(("Берёзка", "Ромашка", "Дружба", "Рассвет", "Энергетик", "Мичуринец"))
        return (
            f"{fake.region()}, {rng.choice(DISTRICTS)} район, СНТ «{snt}», "
            f"{rng.choice(('участок', 'уч.', 'линия 3, уч.'))} {rng.randint(1, 300)}"
        )
    if kind == "mkr":
        return f"г. {town(fake)}, мкр. {rng.choice(('Северный', 'Юбилейный', 'Солнечный', '3-й'))}, д. {house(rng)}, кв. {rng.randint(1, 300)}"
    if kind == "reverse":
        return (
            f"кв. {rng.randint(1, 300)}, д. {rng.randint(1, 99)}, {street(rng, fake)}, г. {town(fake)}, {idx}"
        )
    return f"{town(fake)}, {street(rng, fake)} {rng.randint(1, 99)}-{rng.randint(1, 150)}"


# ----- identifiers with check digits ---------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = dg(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        chk = s
    elif s in (100, 101):
        chk = 0
    else:
        chk = s % 101
        chk = 0 if chk == 100 else chk
    return body + f"{chk:02d}"


def snils(rng: random.Random, style: str | None = None) -> str:
    s = snils_digits(rng)
    style = style or rng.choice(("std", "std", "nodash", "spaces", "plain", "dots"))
    if style == "std":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"
    if style == "nodash":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    if style == "spaces":
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if style == "dots":
        return f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}"
    return s


def inn12(rng: random.Random) -> str:
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 8)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(c2)


def inn(rng: random.Random, style: str | None = None) -> str:
    s = inn12(rng)
    style = style or rng.choice(("plain", "plain", "plain", "spaces", "dash"))
    if style == "spaces":
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    if style == "dash":
        return f"{s[:2]}-{s[2:4]}-{s[4:10]}-{s[10:]}"
    return s


def org_inn(rng: random.Random) -> str:
    """A 10-digit organisation INN (not PII)."""
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11 % 10)


def enp(rng: random.Random) -> str:
    body = f"{rng.choice((50, 77, 78, 66, 16, 24, 54, 61, 23, 2, 3, 72, 86))}".zfill(2) + dg(rng, 13)
    rev = body[::-1]
    odd = rev[0::2]
    even = rev[1::2]
    num = even + str(int(odd) * 2)  # even-place digits written left of twice the odd-place number
    chk = (10 - sum(int(c) for c in num) % 10) % 10
    return body + str(chk)


def oms(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(("plain", "plain", "groups4", "dash", "old", "old2"))
    if style == "old":
        return f"{rng.choice(('ХК', 'МО', 'ЯНА', 'РТ'))} {dg(rng, 8)}"
    if style == "old2":
        return f"{rng.randint(10, 99)}{dg(rng, 2)} № {dg(rng, 10)}"
    s = enp(rng)
    if style == "groups4":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return f"{s[:6]}-{s[6:10]}-{s[10:]}"
    return s


def pass_series(rng: random.Random, spaced: bool | None = None) -> str:
    s = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    if spaced is None:
        spaced = rng.random() < 0.5
    return f"{s[:2]} {s[2:]}" if spaced else s


def pass_number(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}"


def passport(rng: random.Random) -> str:
    ser, num = pass_series(rng), pass_number(rng)
    return rng.choice((f"{ser} {num}", f"{ser} № {num}", f"{ser.replace(' ', '')}{num}", f"{ser}-{num}"))


# ----- record numbers ------------------------------------------------------------------------
def mrn(rng: random.Random, kind: str | None = None) -> str:
    y = rng.randint(18, 26)
    kind = kind or rng.choice(
        ("ib", "amb", "emk", "lab", "dent", "rx", "eln", "ref", "dicom", "acc", "call", "crm")
    )
    if kind == "ib":
        return rng.choice(
            (f"{rng.randint(1, 29999)}/{y}", f"{rng.randint(1, 9999)}-{y}", f"ИБ-20{y}-{dg(rng, 5)}")
        )
    if kind == "amb":
        return rng.choice((f"{rng.randint(100, 99999)}", f"А-{dg(rng, 6)}", f"{dg(rng, 2)}/{dg(rng, 5)}"))
    if kind == "emk":
        return rng.choice((f"ЭМК{dg(rng, 8)}", f"EMK-{dg(rng, 9)}", f"{dg(rng, 10)}"))
    if kind == "lab":
        return rng.choice(
            (f"{dg(rng, 10)}", f"LAB{dg(rng, 7)}", f"Z{dg(rng, 8)}", f"{dg(rng, 4)}-{dg(rng, 5)}")
        )
    if kind == "dent":
        return rng.choice((f"СТ-{dg(rng, 5)}", f"{rng.randint(1, 9999)}/{y}с", f"D{dg(rng, 6)}"))
    if kind == "rx":
        return rng.choice((f"{dg(rng, 2)}-{dg(rng, 2)} {dg(rng, 6)}", f"148-{dg(rng, 7)}", f"{dg(rng, 13)}"))
    if kind == "eln":
        return dg(rng, 12)
    if kind == "ref":
        return rng.choice((f"НАП-{dg(rng, 7)}", f"{dg(rng, 3)}/{dg(rng, 4)}", f"{dg(rng, 8)}"))
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{dg(rng, 6)}.{dg(rng, 8)}"
    if kind == "acc":
        return rng.choice((f"RX{dg(rng, 8)}", f"КТ-{dg(rng, 6)}", f"MR{y}{dg(rng, 5)}"))
    if kind == "call":
        return rng.choice((f"{rng.randint(1, 999)}", f"{dg(rng, 4)}/{rng.randint(1, 60)}", f"{dg(rng, 8)}"))
    return rng.choice((f"P-{dg(rng, 6)}", f"CL{dg(rng, 7)}", f"{dg(rng, 7)}", f"PT{dg(rng, 5)}-{y}"))
