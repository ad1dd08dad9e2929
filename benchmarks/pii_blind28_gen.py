"""Value generators for the blind28 split (certificates, commissions and paperwork around health).

Written independently of the scanner: names with their own case endings, checksummed identifiers,
dates, addresses and phones in the habits of Russian paperwork. ``Doc`` assembles a document
and records the gold spans as it goes.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


class Doc:
    """Text built piece by piece; ``v`` appends a value and records its gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


# ----------------------------------------------------------------------------------------- names
_SKIP_FIRST = {
    "Лев",
    "Павел",
    "Пётр",
    "Петр",
    "Любовь",
    "Боян",
    "Ия",
    "Илья",
    "Фока",
    "Кузьма",
    "Фома",
    "Никита",
    "Савва",
    "Лука",
    "Мирон",
}
_HUSH = "жшчщц"
_VELAR = "гкхжшчщ"


def _surname_ok(s: str, male: bool) -> bool:
    if male:
        return s.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий"))
    return s.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая"))


def infl_surname(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    if case == "accs":
        return infl_surname(s, male, "gent") if male else s[:-1] + ("ую" if s.endswith("ая") else "у")
    if male:
        if s.endswith("ий"):
            return s[:-2] + {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
        return s + {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
    if s.endswith("ая"):
        return s[:-2] + "ой"
    return s[:-1] + "ой"


def infl_first(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    if case == "accs":
        return infl_first(s, male, "gent") if male else s[:-1] + ("ю" if s.endswith("я") else "у")
    if male:
        if s.endswith("ий"):
            return s[:-2] + {"gent": "ия", "datv": "ию", "ablt": "ием", "loct": "ии"}[case]
        if s.endswith(("й", "ь")):
            return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
        ablt = "ем" if s[-1] in _HUSH else "ом"
        return s + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]
    if s.endswith("ия"):
        return s[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if s.endswith("я"):
        return s[:-1] + {"gent": "и", "datv": "е", "ablt": "ей", "loct": "е"}[case]
    gent = "и" if s[-2] in _VELAR else "ы"
    ablt = "ей" if s[-2] in _HUSH else "ой"
    return s[:-1] + {"gent": gent, "datv": "е", "ablt": ablt, "loct": "е"}[case]


def infl_patr(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    if case == "accs":
        return infl_patr(s, male, "gent") if male else s[:-1] + "у"
    if male:
        return s + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    return s[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]


class Person:
    def __init__(self, rng: random.Random, fake: Any, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        while True:
            if self.male:
                last, first, patr = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
            else:
                last, first, patr = (
                    fake.last_name_female(),
                    fake.first_name_female(),
                    fake.middle_name_female(),
                )
            if (
                _surname_ok(last, self.male)
                and first not in _SKIP_FIRST
                and first[-1] in ("йьнрлмвдтсбкгзфхп" if self.male else "ая")
            ):
                break
        self.last, self.first, self.patr = last, first, patr

    def sur(self, case: str = "nomn") -> str:
        return infl_surname(self.last, self.male, case)

    def fir(self, case: str = "nomn") -> str:
        return infl_first(self.first, self.male, case)

    def pat(self, case: str = "nomn") -> str:
        return infl_patr(self.patr, self.male, case)

    def full(self, case: str = "nomn") -> str:
        return f"{self.sur(case)} {self.fir(case)} {self.pat(case)}"

    def io(self, case: str = "nomn") -> str:
        return f"{self.fir(case)} {self.pat(case)}"

    def ini(self, case: str = "nomn", before: bool = False, space: bool = True) -> str:
        ini = f"{self.first[0]}.{' ' if space else ''}{self.patr[0]}."
        return f"{ini} {self.sur(case)}" if before else f"{self.sur(case)} {ini}"

    def upper(self) -> str:
        return self.full().upper()

    def latin(self) -> str:
        return f"{translit(self.first).upper()} {translit(self.last).upper()}"

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        k = rng.randrange(6)
        if k == 0:
            return self.full(case)
        if k == 1:
            return self.ini(case, before=False, space=rng.random() < 0.5)
        if k == 2:
            return self.ini(case, before=True, space=rng.random() < 0.5)
        if k == 3:
            return self.io(case)
        if k == 4:
            return self.sur(case)
        return self.full(case)


_TR = dict(
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
            "iu",
            "ia",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = "".join(_TR.get(ch.lower(), ch) for ch in s)
    return out[:1].upper() + out[1:]


# ----------------------------------------------------------------------------------------- dates
def rdate(rng: random.Random, lo: int = 2019, hi: int = 2026) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randrange(start, dt.date(hi, 12, 31).toordinal()))


def birth(rng: random.Random) -> dt.date:
    return rdate(rng, 1938, 2006)


def fdate(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(("dot", "dot", "dot", "words", "words_g", "iso", "dot2", "slash", "quote"))
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dot2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "words":
        return f"{d.day} {MONTHS_GENT[d.month - 1]} {d.year}"
    if style == "words_g":
        return f"{d.day} {MONTHS_GENT[d.month - 1]} {d.year} г."
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "quote":
        return f"«{d.day:02d}» {MONTHS_GENT[d.month - 1]} {d.year} г."
    if style == "month":
        return f"{MONTHS_NOMN[d.month - 1]} {d.year}"
    if style == "mm.yyyy":
        return f"{d.month:02d}.{d.year}"
    if style == "daymonth":
        return f"{d.day} {MONTHS_GENT[d.month - 1]}"
    if style == "ocr":
        s = f"{d.day:02d}.{d.month:02d}.{d.year}"
        i = rng.choice([j for j, c in enumerate(s) if c == "0"] or [2])
        return s[:i] + rng.choice("OО") + s[i + 1 :] if s[i] == "0" else s[:2] + ". " + s[3:]
    if style == "spaced":
        return f"{d.day:02d} . {d.month:02d} . {d.year}"
    if style == "time":
        return f"{d.day:02d}.{d.month:02d}.{d.year} {rng.randrange(8, 20):02d}:{rng.choice(('00', '15', '30', '45'))}"
    raise ValueError(style)


def date_any(rng: random.Random, lo: int = 2019, hi: int = 2026) -> str:
    return fdate(rng, rdate(rng, lo, hi))


# ----------------------------------------------------------------------------------------- places
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any, rng: random.Random) -> str:
    kind = rng.choice(("ул.", "ул.", "улица", "пр-т", "пер.", "проезд", "ш.", "б-р", "наб."))
    return f"{kind} {fake.street_title()}"


def house(rng: random.Random) -> str:
    h = f"д. {rng.randrange(1, 160)}"
    r = rng.random()
    if r < 0.2:
        h += f", корп. {rng.randrange(1, 6)}"
    elif r < 0.3:
        h += f", стр. {rng.randrange(1, 4)}"
    elif r < 0.4:
        h += f", лит. {rng.choice('АБВ')}"
    elif r < 0.5:
        h += rng.choice("абв")
    if rng.random() < 0.75:
        h += f", кв. {rng.randrange(1, 300)}"
    return h


def region(fake: Any) -> str:
    return fake.region()


def address(rng: random.Random, fake: Any, style: str | None = None) -> str:
    style = style or rng.choice(("city", "city_idx", "rural", "snt", "mkr", "rev", "idx_last", "short"))
    idx = f"{rng.randrange(101000, 692999)}"
    if style == "city":
        return f"г. {town(fake)}, {street(fake, rng)}, {house(rng)}"
    if style == "city_idx":
        return f"{idx}, {region(fake)}, г. {town(fake)}, {street(fake, rng)}, {house(rng)}"
    if style == "rural":
        settl = rng.choice(("с.", "д.", "пос.", "п.г.т.", "село", "деревня", "ст-ца"))
        return (
            f"{region(fake)}, {fake.last_name_male()}ский р-н, {settl} {town(fake)}, "
            f"ул. {fake.street_title()}, д. {rng.randrange(1, 80)}"
        )
    if style == "snt":
        return (
            f"{region(fake)}, {fake.last_name_male()}ский район, СНТ «{rng.choice(('Ромашка', 'Берёзка', 'Рассвет', 'Дружба'))}», "
            f"уч. {rng.randrange(1, 400)}"
        )
    if style == "mkr":
        return f"г. {town(fake)}, мкр. {rng.choice(('Северный', 'Юбилейный', 'Солнечный'))}, д. {rng.randrange(1, 40)}, кв. {rng.randrange(1, 200)}"
    if style == "rev":
        return f"кв. {rng.randrange(1, 200)}, д. {rng.randrange(1, 90)}, {street(fake, rng)}, г. {town(fake)}, {idx}"
    if style == "idx_last":
        return f"{region(fake)}, г. {town(fake)}, {street(fake, rng)}, {house(rng)}, {idx}"
    return f"{town(fake)}, {fake.street_title()} {rng.randrange(1, 120)}-{rng.randrange(1, 200)}"


# ----------------------------------------------------------------------------------------- phones
def phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("m1", "m2", "m3", "m4", "city", "ext", "foreign"))
    a, b, c, d = (
        f"9{rng.randrange(10, 99)}",
        f"{rng.randrange(100, 999)}",
        rng.randrange(10, 99),
        rng.randrange(10, 99),
    )
    if kind == "m1":
        return f"+7 ({a}) {b}-{c}-{d}"
    if kind == "m2":
        return f"8-{a}-{b}-{c}-{d}"
    if kind == "m3":
        return f"8{a}{b}{c}{d}"
    if kind == "m4":
        return f"+7{a} {b} {c} {d}"
    if kind == "city":
        code = rng.choice(("495", "812", "343", "8442", "4722"))
        if len(code) == 3:
            return f"8 ({code}) {b}-{c}-{d}"
        return f"8 ({code}) {rng.randrange(10, 99)}-{c}-{d}"
    if kind == "ext":
        return f"+7 (495) {b}-{c}-{d}, доб. {rng.randrange(100, 9999)}"
    return rng.choice(
        (
            f"+375 29 {b}-{c}-{d}",
            f"+998 90 {b} {c} {d}",
            f"+49 30 {rng.randrange(1000000, 9999999)}",
            f"+374 91 {b}-{c}{d}",
            f"+996 555 {b} {c}{d}",
        )
    )


def email(rng: random.Random, fake: Any) -> str:
    return f"{fake.user_name()}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'list.ru', 'inbox.ru'))}"


# ----------------------------------------------------------------------------------------- identifiers
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def snils_digits(rng: random.Random) -> str:
    while True:
        base = _d(rng, 9)
        if base > "001001998":
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(base))
    if s > 101:
        s %= 101
    cs = 0 if s in (100, 101) else s
    return base + f"{cs:02d}"


def snils(rng: random.Random, style: str | None = None) -> str:
    d = snils_digits(rng)
    style = style or rng.choice(("std", "std", "dash", "plain", "spaces"))
    if style == "std":
        return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
    if style == "spaces":
        return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    return d


def inn12(rng: random.Random) -> str:
    b = str(rng.randrange(1, 9)) + _d(rng, 9)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(x) * w for x, w in zip(b, w1, strict=True)) % 11 % 10
    b += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(x) * w for x, w in zip(b, w2, strict=True)) % 11 % 10
    return b + str(c2)


def inn(rng: random.Random) -> str:
    d = inn12(rng)
    r = rng.random()
    if r < 0.15:
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    if r < 0.25:
        return f"{d[:2]}-{d[2:4]}-{d[4:10]}-{d[10:]}"
    return d


def oms16(rng: random.Random) -> str:
    base = str(rng.randrange(1, 9)) + _d(rng, 14)
    total = 0
    for i, ch in enumerate(reversed(base)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return base + str((10 - total % 10) % 10)


def oms(rng: random.Random) -> str:
    d = oms16(rng)
    r = rng.random()
    if r < 0.2:
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"
    if r < 0.3:
        return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"
    return d


def passport_parts(rng: random.Random) -> tuple[str, str]:
    reg = rng.choice(("45", "46", "40", "60", "03", "52", "63", "66", "92", "36", "71", "80"))
    return reg + f"{rng.randrange(0, 25):02d}", f"{rng.randrange(100000, 999999)}"


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return rng.choice((f"{s} {n}", f"{s[:2]} {s[2:]} {n}", f"{s} № {n}", f"{s}{n}", f"{s[:2]} {s[2:]} № {n}"))


def org_inn(rng: random.Random) -> str:
    return str(rng.randrange(1, 9)) + _d(rng, 9)


def ogrn(rng: random.Random) -> str:
    return "1" + _d(rng, 12)


def kpp(rng: random.Random) -> str:
    return _d(rng, 4) + "01001"


def licence(rng: random.Random) -> str:
    return rng.choice((f"Л041-{_d(rng, 5)}-{_d(rng, 2)}/{_d(rng, 8)}", f"ЛО-{_d(rng, 2)}-01-{_d(rng, 6)}"))


def icd(rng: random.Random) -> str:
    return rng.choice(
        (
            "M42.1",
            "I11.9",
            "E11.9",
            "G40.2",
            "J45.0",
            "M17.1",
            "I69.3",
            "H52.1",
            "F10.2",
            "S82.2",
            "G35",
            "C50.4",
            "I25.1",
            "M54.5",
            "Z02.4",
        )
    )


def mrn(rng: random.Random, kind: str | None = None, year: int | None = None) -> str:
    y = year or rng.randrange(2019, 2027)
    kind = kind or rng.choice(("slash", "dash", "pref", "plain", "yslash"))
    if kind == "slash":
        return f"{rng.randrange(1, 99999)}/{y % 100 if rng.random() < 0.5 else y}"
    if kind == "dash":
        return f"{y}-{rng.randrange(1, 99999):05d}"
    if kind == "pref":
        return f"{rng.choice(('ИБ', 'АК', 'СКК', 'МК', 'ВК', 'ЛН'))}-{rng.randrange(100, 99999)}"
    if kind == "yslash":
        return f"{rng.randrange(1, 9999)}/{rng.choice(('С', 'Т', 'П', 'Д'))}-{y % 100}"
    return str(rng.randrange(10000, 9999999))
