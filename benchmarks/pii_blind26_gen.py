"""Value generators of the blind26 split: names in every case, dates, phones, addresses, identifiers.

Written independently of the scanner; checksums are computed here from the public algorithms
(SNILS mod 101, personal INN weights, ENP Luhn digit).
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind26_names import Person, latin
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted


def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ------------------------------------------------------------------ dates
def date_value(rng: random.Random, style: str | None = None, lo: int = 1940, hi: int = 2025) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    styles = (
        "dot",
        "dot2",
        "word",
        "wordg",
        "iso",
        "isot",
        "dott",
        "slash",
        "abbr",
        "roman",
        "dash",
        "ocr",
        "nodot",
        "monthyear",
        "daymonth",
        "short",
    )
    s = style or rng.choice(styles)
    if s == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if s == "dot2":
        return f"{d}.{m:02d}.{y % 100:02d}"
    if s == "word":
        return f"{d} {MONTHS_GENT[m - 1]} {y}"
    if s == "wordg":
        return f"{d:02d} {MONTHS_GENT[m - 1]} {y} г."
    if s == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if s == "isot":
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00"
    if s == "dott":
        return f"{d:02d}.{m:02d}.{y} {rng.choice(('', 'в '))}{hh:02d}:{mm:02d}"
    if s == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if s == "abbr0":
        return f"{d} {MONTHS_ABBR[m - 1]} {y}"
    if s == "abbr":
        return f"{d} {MONTHS_ABBR[m - 1]} {y} г."
    if s == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if s == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if s == "ocr":
        base = f"{d:02d}.{m:02d}.{y}"
        k = rng.randrange(3)
        if k == 0:
            return base.replace("0", "О", 1) if "0" in base else base.replace("1", "l", 1)
        if k == 1:
            return f"{d:02d}. {m:02d}. {y}"
        return f"{d:02d},{m:02d}.{y}"
    if s == "nodot":
        return f"{d:02d}{m:02d}{y}"
    if s == "monthyear":
        return f"{MONTHS_NOMN[m - 1]} {y} г."
    if s == "daymonth":
        return f"{d} {MONTHS_GENT[m - 1]}"
    if s == "loct":
        return f"{MONTHS_LOCT[m - 1]} {y} г."
    if s == "short":
        return f"{m:02d}.{y}"
    raise ValueError(s)


def birth(rng: random.Random, style: str | None = None) -> str:
    return date_value(
        rng, style or rng.choice(("dot", "dot", "word", "iso", "dot2", "slash", "abbr0")), 1938, 2010
    )


def recent(rng: random.Random, style: str | None = None) -> str:
    return date_value(rng, style, 2019, 2025)


# ------------------------------------------------------------------ phones
_CITY = ("495", "812", "343", "383", "846", "861", "4732", "8442", "4012", "3022", "8172")
_FOREIGN_PH = (
    "+998 9{} {} {} {}",
    "+992 9{} {} {} {}",
    "+996 7{} {} {} {}",
    "+374 9{} {} {} {}",
    "+994 5{} {} {} {}",
    "+375 29 {} {} {}",
    "+7 70{} {} {} {}",
)


def phone(rng: random.Random, kind: str | None = None) -> str:
    k = kind or rng.choice(("m1", "m2", "m3", "m4", "m5", "city", "city2", "foreign", "m6"))
    a, b, c, d = digits(rng, 2, False), digits(rng, 3), digits(rng, 2, False), digits(rng, 2, False)
    if k == "m1":
        return f"+7 (9{a}) {b}-{c}-{d}"
    if k == "m2":
        return f"8-9{a}-{b}-{c}-{d}"
    if k == "m3":
        return f"89{a}{b}{c}{d}"
    if k == "m4":
        return f"+79{a}{b}{c}{d}"
    if k == "m5":
        return f"8 9{a} {b} {c} {d}"
    if k == "m6":
        return f"8(9{a}){b}{c}{d}"
    if k == "city":
        code = rng.choice(_CITY)
        local = digits(rng, 10 - len(code))
        return f"8 ({code}) {local[:-4]}-{local[-4:-2]}-{local[-2:]}"
    if k == "city2":
        return f"{b}-{c}-{d}"
    f = rng.choice(_FOREIGN_PH)
    if f.startswith("+375"):
        return f.format(digits(rng, 3), c, d)
    return f.format(digits(rng, 1, False), b, c, d)


# ------------------------------------------------------------------ addresses
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any) -> str:
    while True:
        s = fake.street_title()
        if not any(ch.isdigit() for ch in s):
            return s


DISTRICTS = (
    "Ленинский",
    "Октябрьский",
    "Кировский",
    "Заволжский",
    "Мытищинский",
    "Раменский",
    "Тосненский",
    "Гатчинский",
    "Всеволожский",
    "Сысертский",
    "Шатурский",
    "Белоярский",
    "Аксайский",
    "Ейский",
    "Богородский",
    "Пригородный",
    "Хасанский",
    "Чердаклинский",
    "Зеленодольский",
    "Увинский",
)


def address(rng: random.Random, fake: Any, style: str | None = None) -> str:
    s = style or rng.choice(("city", "cityidx", "rural", "snt", "mkr", "rev", "korp", "abbr", "full", "lit"))
    t, st, h, fl = town(fake), street(fake), fake.building_number(), rng.randint(1, 240)
    idx = fake.postcode()
    kind = rng.choice(("ул.", "ул.", "пр-т", "пер.", "б-р", "проезд", "ш."))
    if s == "city":
        return f"г. {t}, {kind} {st}, д. {h}, кв. {fl}"
    if s == "cityidx":
        return f"{idx}, г. {t}, {kind} {st}, {h}-{fl}"
    if s == "rural":
        return f"{fake.region()}, {rng.choice(DISTRICTS)} р-н, с. {t}, ул. {st}, д. {h}"
    if s == "snt":
        return f"{rng.choice(('СНТ', 'снт', 'ДНП'))} «{street(fake)}», уч. {rng.randint(1, 400)}, {rng.choice(DISTRICTS)} р-н"
    if s == "mkr":
        return f"г. {t}, мкр. {street(fake)}, д. {h}, корп. {rng.randint(1, 5)}, кв. {fl}"
    if s == "rev":
        return f"кв. {fl}, д. {h}, ул. {st}, г. {t}, {idx}"
    if s == "korp":
        return f"{t}, {st} ул., {h} к{rng.randint(1, 4)} стр. {rng.randint(1, 3)}, кв {fl}"
    if s == "abbr":
        return f"г{t} ул{st} д{h} кв{fl}"
    if s == "lit":
        return f"г. {t}, {kind} {st}, д. {h}, лит. {rng.choice('АБВ')}, пом. {rng.randint(1, 30)}-Н"
    return f"Российская Федерация, {fake.region()}, город {t}, улица {st}, дом {h}, квартира {fl}, {idx}"


# ------------------------------------------------------------------ identifiers
def snils(rng: random.Random, sep: str | None = None) -> str:
    while True:
        body = digits(rng, 9)
        if body > "001001998":
            break
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    cs = total if total < 100 else (0 if total in (100, 101) else total % 101)
    cs = 0 if cs == 100 else cs
    sp = sep if sep is not None else rng.choice(("-", "-", " ", ""))
    last = " " if sp == "-" and rng.random() < 0.7 else sp
    if sp == "":
        return f"{body}{cs:02d}"
    return f"{body[:3]}{sp}{body[3:6]}{sp}{body[6:]}{last}{cs:02d}"


def inn(rng: random.Random, sep: str = "") -> str:
    body = digits(rng, 10)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d1 = sum(w * int(c) for w, c in zip(w1, body, strict=True)) % 11 % 10
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d2 = sum(w * int(c) for w, c in zip(w2, body + str(d1), strict=True)) % 11 % 10
    v = f"{body}{d1}{d2}"
    return v if not sep else sep.join((v[:4], v[4:10], v[10:]))


def enp(rng: random.Random, sep: str | None = None) -> str:
    body = digits(rng, 15)
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    v = body + str((10 - total % 10) % 10)
    sp = sep if sep is not None else rng.choice(("", "", " ", "-"))
    return v if not sp else sp.join((v[:4], v[4:8], v[8:12], v[12:]))


def passport(rng: random.Random) -> str:
    ser, num = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", digits(rng, 6)
    k = rng.randrange(6)
    if k == 0:
        return f"{ser[:2]} {ser[2:]} {num}"
    if k == 1:
        return f"{ser} {num}"
    if k == 2:
        return f"{ser} № {num}"
    if k == 3:
        return f"{ser}{num}"
    if k == 4:
        return f"{ser[:2]} {ser[2:]} №{num}"
    return f"{ser}-{num}"


def pass_parts(rng: random.Random) -> tuple[str, str]:
    ser = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    if rng.random() < 0.4:
        ser = f"{ser[:2]} {ser[2:]}"
    return ser, digits(rng, 6)


def mrn(rng: random.Random, kind: str | None = None) -> str:
    y = rng.randint(2019, 2025)
    k = kind or rng.choice(("slash", "dash", "letter", "plain", "ann", "year", "mis", "lab"))
    if k == "slash":
        return f"{rng.randint(1, 9999)}/{rng.choice(('', 'П', 'Н', 'С', 'Т'))}{y % 100}"
    if k == "dash":
        return f"{rng.randint(100, 99999)}-{y}"
    if k == "letter":
        return f"{rng.choice(('А', 'Н', 'ПН', 'ТБ', 'ИБ'))}-{digits(rng, 5)}"
    if k == "plain":
        return digits(rng, rng.choice((6, 7, 8)))
    if k == "ann":
        return f"АН-{y}-{rng.randint(1, 9999):04d}"
    if k == "year":
        return f"{y}/{digits(rng, 5)}"
    if k == "mis":
        return f"{rng.choice(('MIS', 'EMK', 'PID'))}{digits(rng, 9)}"
    return f"{rng.choice(('LAB', 'ЛБ', 'B'))}{y % 100}-{digits(rng, 6)}"


def email(rng: random.Random, fake: Any, p: Person | None = None) -> str:
    dom = rng.choice(
        ("mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com", "inbox.ru", "rambler.ru", "ya.ru")
    )
    if p is not None and rng.random() < 0.6:
        user = (
            latin(p.last).lower() + rng.choice((".", "_", "")) + latin(p.first).lower()[: rng.randint(1, 4)]
        )
        user += str(rng.randint(60, 2005)) if rng.random() < 0.5 else ""
        return f"{user}@{dom}"
    return f"{fake.user_name()}@{dom}"


def url(rng: random.Random, fake: Any, kinds: tuple[int, ...] = (0, 1, 2, 3, 4, 5)) -> str:
    u = fake.user_name()
    k = rng.choice(kinds)
    if k == 0:
        return f"https://vk.com/id{digits(rng, 9)}"
    if k == 1:
        return f"t.me/{u}"
    if k == 2:
        return f"https://ok.ru/profile/{digits(rng, 12)}"
    if k == 3:
        return f"https://lk.gosuslugi.ru/medical/{digits(rng, 8)}"
    if k == 4:
        return f"http://{u}.narod.ru"
    return f"https://telemed.zdrav.ru/room/{digits(rng, 6)}?pid={digits(rng, 7)}"


# ------------------------------------------------------------------ document assembly
class Doc:
    """Builds a text while recording gold spans: ``add`` plain text, ``put`` a value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def add(self, s: str) -> Doc:
        if s.startswith(".") and self.text.endswith("."):
            s = s[1:]  # "... 2019 г." ends the sentence with one full stop
        self.text += s
        return self

    def put(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))
