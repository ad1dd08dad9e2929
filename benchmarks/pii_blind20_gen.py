"""Value generators for the blind20 PII split (public health, registries, secondary use).

Everything here is written independently: own checksums, own name inflection, own address and
date shapes. All randomness comes from the ``rng`` and ``fake`` passed in.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, ROMAN, Planted

R = random.Random
A = Any

PER, PHO, EML, URL, DAT, LOC = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SNI, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


class D:
    """A document under construction: plain text plus tagged values with their gold spans."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> D:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> D:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def p(self) -> Planted:
        return Planted(self.text, list(self.golds))


def dg(rng: R, n: int, first_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------- checksummed identifiers
def snils_digits(rng: R) -> str:
    while True:
        body = dg(rng, 9, first_nonzero=False)
        if int(body) > 1001998:
            break
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total < 100:
        ctrl = total
    elif total in (100, 101):
        ctrl = 0
    else:
        ctrl = total % 101
        if ctrl == 100:
            ctrl = 0
    return body + f"{ctrl:02d}"


def snils(rng: R, style: int | None = None) -> str:
    s = snils_digits(rng)
    style = rng.randrange(5) if style is None else style
    if style == 0:
        return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"
    if style == 1:
        return s
    if style == 2:
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    if style == 3:
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    return f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}"


def inn12(rng: R, style: int = 0) -> str:
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 8, first_nonzero=False)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(c) * w for c, w in zip(body, w11, strict=False)) % 11 % 10
    body += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(c) * w for c, w in zip(body, w12, strict=False)) % 11 % 10
    s = body + str(c12)
    if style == 1:
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    if style == 2:
        return f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}"
    return s


def org_inn10(rng: R) -> str:
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 7, first_nonzero=False)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * k for c, k in zip(body, w, strict=False)) % 11 % 10)


def enp(rng: R, style: int = 0) -> str:
    body = dg(rng, 15)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    s = body + str((10 - total % 10) % 10)
    if style == 1:
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"
    if style == 2:
        return f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"
    if style == 3:
        return f"{s[:8]} {s[8:]}"
    return s


def pass_series(rng: R, spaced: bool | None = None) -> str:
    s = f"{rng.choice((1, 3, 4, 5, 7, 8, 11, 14, 17, 22, 25, 36, 40, 45, 46, 50, 52, 63, 66, 77, 80, 92)):02d}"
    s += f"{rng.randint(0, 25):02d}"
    spaced = rng.random() < 0.4 if spaced is None else spaced
    return f"{s[:2]} {s[2:]}" if spaced else s


def pass_number(rng: R) -> str:
    return dg(rng, 6)


# ---------------------------------------------------------------- names and inflection
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _infl_last(w: str, male: bool, case: str) -> str:
    if case == "nomn":
        return w
    if male:
        if w.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return w + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}[case]
        if w.endswith(("ский", "цкий")):
            return w[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"}[case]
        if w.endswith("ой"):
            return w[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"}[case]
        if w.endswith("ый"):
            return w[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"}[case]
        if w[-1] in "бвгдзклмнпрстфх" and not w.endswith(("ых", "их", "ко")):
            return w + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}[case]
        return w
    if w.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return w[:-1] + {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}[case]
    if w.endswith("ая"):
        return w[:-2] + {"gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"}[case]
    return w


def _infl_first(w: str, male: bool, case: str) -> str:
    if case == "nomn":
        return w
    if w.endswith("ия"):
        return w[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if w.endswith("я"):
        return w[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if w.endswith("а"):
        soft = w[-2] in "гкхжшчщ"
        ablt = "ей" if w[-2] in "жшчщц" else "ой"
        return (
            w[:-1] + {"gent": "и" if soft else "ы", "datv": "е", "accs": "у", "ablt": ablt, "loct": "е"}[case]
        )
    if not male:
        return w
    if w.endswith(("й", "ь")):
        return w[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    if w[-1] in "бвгдзклмнпрстфхжшч":
        ab = "ем" if w[-1] in "жшч" else "ом"
        return w + {"gent": "а", "datv": "у", "accs": "а", "ablt": ab, "loct": "е"}[case]
    return w


def _infl_mid(w: str, male: bool, case: str) -> str:
    if case == "nomn":
        return w
    if male and w.endswith("ич"):
        return w + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}[case]
    if not male and w.endswith("на"):
        return w[:-1] + {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}[case]
    return w


# Names of people from the national republics, the CIS and abroad: (last, first, middle or "", male)
OTHER_NAMES = (
    ("Хайдаров", "Шерзод", "Улугбекович", True),
    ("Рахимова", "Дилноза", "Бахтияровна", True),
    ("Тошматов", "Жасур", "", True),
    ("Сафаров", "Фирдавс", "Джамшедович", True),
    ("Абдуллаева", "Гулнора", "", False),
    ("Мамытбеков", "Нурлан", "Асанбекович", True),
    ("Жумабаева", "Айгерим", "Ержановна", False),
    ("Гасанов", "Эльчин", "Рафик оглы", True),
    ("Мамедова", "Севиндж", "Ильхам кызы", False),
    ("Оганесян", "Арсен", "Гагикович", True),
    ("Гелашвили", "Нино", "Зурабовна", False),
    ("Хабибуллин", "Ринат", "Фаридович", True),
    ("Галиева", "Гульназ", "Ильдаровна", False),
    ("Ахмадуллин", "Айдар", "Рустемович", True),
    ("Бадмаев", "Баир", "Цыренович", True),
    ("Дондокова", "Сэсэг", "Баировна", False),
    ("Винокуров", "Айтал", "Семёнович", True),
    ("Саввинова", "Сардаана", "Петровна", False),
    ("Магомедов", "Шамиль", "Расулович", True),
    ("Цаболова", "Залина", "Аслановна", False),
    ("Кадыров", "Ислам", "Ахмедович", True),
    ("Ондар", "Чечек", "Мергеновна", False),
    ("Нгуен", "Ван Тхань", "", True),
    ("Ли", "Вэй", "", True),
    ("Ван", "Сюэ", "", False),
    ("Шарма", "Ананд", "", True),
    ("Окафор", "Чиди", "", True),
    ("Мюллер", "Кристина", "", False),
    ("Эрдоган", "Мехмет", "", True),
    ("Кэмпбелл", "Джон", "", True),
)
FOREIGN_LATIN = (
    ("NGUYEN", "VAN THANH"),
    ("LI", "WEI"),
    ("WANG", "XUE"),
    ("SHARMA", "ANAND"),
    ("OKAFOR", "CHIDI"),
    ("MUELLER", "KRISTINA"),
    ("ERDOGAN", "MEHMET"),
    ("CAMPBELL", "JOHN"),
    ("KHAIDAROV", "SHERZOD"),
    ("RAKHIMOVA", "DILNOZA"),
    ("TOSHMATOV", "JASUR"),
    ("SAFAROV", "FIRDAVS"),
    ("MAMYTBEKOV", "NURLAN"),
    ("HASANOV", "ELCHIN"),
    ("OGANESYAN", "ARSEN"),
    ("GELASHVILI", "NINO"),
    ("ZHUMABAEVA", "AIGERIM"),
)
DIMINUTIVES = (
    "Саша",
    "Женя",
    "Валя",
    "Коля",
    "Таня",
    "Лёша",
    "Серёжа",
    "Наташа",
    "Дима",
    "Оля",
    "Витя",
    "Галя",
    "Юра",
    "Миша",
    "Люба",
    "Надя",
    "Петя",
    "Вова",
    "Света",
    "Маша",
)


class Person:
    def __init__(self, rng: R, fake: A, origin: str | None = None, male: bool | None = None) -> None:
        origin = origin or ("ru" if rng.random() < 0.7 else "other")
        if origin == "other":
            last, first, mid, m = rng.choice(OTHER_NAMES)
            self.male = m if not last.endswith(("ова", "ева", "ина")) else False
        else:
            self.male = rng.random() < 0.5 if male is None else male
            if self.male:
                last, first, mid = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
            else:
                last, first, mid = (
                    fake.last_name_female(),
                    fake.first_name_female(),
                    fake.middle_name_female(),
                )
        self.last, self.first, self.mid, self.origin = last, first, mid, origin

    def L(self, case: str = "nomn") -> str:
        return _infl_last(self.last, self.male, case)

    def F(self, case: str = "nomn") -> str:
        return self.first if " " in self.first else _infl_first(self.first, self.male, case)

    def M(self, case: str = "nomn") -> str:
        if not self.mid or " " in self.mid:
            return self.mid
        return _infl_mid(self.mid, self.male, case)

    def full(self, case: str = "nomn") -> str:
        return " ".join(x for x in (self.L(case), self.F(case), self.M(case)) if x)

    def ini(self) -> str:
        s = self.first[0] + "."
        if self.mid and " " not in self.mid:
            s += self.mid[0] + "."
        return s

    def shape(self, rng: R, case: str = "nomn", shapes: str = "FLIAMNSX") -> str:
        """F full, L last+initials, I initials+last, A first+mid, M first, N last only,
        S spaced initials, X upper-case full."""
        k = rng.choice(shapes)
        if k == "F":
            return self.full(case)
        if k == "L":
            return f"{self.L(case)} {self.ini()}"
        if k == "I":
            return f"{self.ini()} {self.L(case)}"
        if k == "A":
            return f"{self.F(case)} {self.M(case)}".strip()
        if k == "M":
            return self.F(case)
        if k == "N":
            return self.L(case)
        if k == "S":
            return f"{self.L(case)} {self.ini().replace('.', '. ').strip()}"
        return self.full(case).upper()


def latin(s: str) -> str:
    tab = dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziiklmnoprstufye", strict=False))
    tab.update(
        {
            "ж": "zh",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "shch",
            "ъ": "ie",
            "ь": "",
            "ю": "iu",
            "я": "ia",
        }
    )
    out = ""
    for ch in s:
        lo = ch.lower()
        tr = tab.get(lo, lo)
        out += tr.upper() if ch.isupper() else tr
    return out


# ---------------------------------------------------------------- dates
def ymd(rng: R, y0: int = 2019, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def birth(rng: R, kid: bool = False) -> tuple[int, int, int]:
    return ymd(rng, 2008, 2024) if kid else ymd(rng, 1938, 2006)


def date(rng: R, t: tuple[int, int, int] | None = None, style: str | None = None) -> str:
    y, m, d = t or ymd(rng)
    style = style or rng.choice("nnnnswWiIsyoOtTprmk")
    if style == "n":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "s":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "w":
        return f"{d} {MONTHS_GENT[m - 1]} {y} г."
    if style == "W":
        return f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г."
    if style == "i":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "I":
        return f"{y}{m:02d}{d:02d}"
    if style == "y":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "o":  # OCR noise
        s = f"{d:02d}.{m:02d}.{y}"
        return rng.choice(
            (
                s.replace("0", "O", 1),
                s.replace(".", ",", 1),
                s.replace("1", "l", 1) if "1" in s else s[:2] + " ." + s[3:],
                s.replace(".", ". ", 1),
            )
        )
    if style == "O":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if style == "t":
        return f"{d:02d}.{m:02d}.{y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if style == "T":
        return f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
    if style == "p":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if style == "r":
        return f"{d} {MONTHS_GENT[m - 1]}"
    if style == "m":
        return f"{m:02d}.{y}"
    return f"{d:02d}-{m:02d}-{y}"


def dtime(rng: R) -> str:
    y, m, d = ymd(rng, 2024, 2026)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}",
            f"{d:02d}.{m:02d}.{y} в {h:02d} ч {mi:02d} мин",
            f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}",
            f"{d} {MONTHS_GENT[m - 1]} {y} г. {h}:{mi:02d}",
        )
    )
