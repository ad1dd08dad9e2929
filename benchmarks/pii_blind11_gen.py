"""Value generators for the blind11 split: names with their own case endings, dates, phones,
addresses, checksummed identifiers and record numbers. Everything random comes from ``rng``
and the Faker ``ru_RU`` instance passed in, so a seed reproduces the split."""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks.pii_blind11_ids import (  # noqa: F401  (re-exported for the document modules)
    address,
    dg,
    email,
    enp,
    inn,
    inn12,
    mrn,
    oms,
    org_inn,
    pass_number,
    pass_series,
    passport,
    phone,
    snils,
    snils_digits,
    street,
    town,
    translit,
    url,
)
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


# ----- a document builder: text pieces and gold values ---------------------------------------
class B:
    """Accumulates a document: ``t`` adds plain text, ``v`` adds a gold value of a type."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.golds: list[tuple[str, int, int]] = []
        self.n = 0

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, value: str) -> B:
        self.golds.append((kind, self.n, self.n + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), list(self.golds))


# ----- names ---------------------------------------------------------------------------------
_HUSH = "жшчщц"


def _a_ending(stem: str, case: str, soft: bool) -> str:
    last = stem[-1:]
    if case == "gent":
        return stem + ("и" if soft or last in "гкхжшчщ" else "ы")
    if case in ("datv", "loct"):
        return stem + "е"
    if case == "ablt":
        return stem + ("ей" if soft or last in _HUSH else "ой")
    return stem + ("я" if soft else "а")


def infl_first(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if name.endswith("ия"):
        return name[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if name.endswith("а"):
        return _a_ending(name[:-1], case, False)
    if name.endswith("я"):
        return _a_ending(name[:-1], case, True)
    if not male:
        if name.endswith("ь"):
            return name[:-1] + {"gent": "и", "datv": "и", "ablt": "ью", "loct": "и"}[case]
        return name
    if name.endswith("ий"):
        return name[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "и"}[case]
    if name.endswith(("й", "ь")):
        return name[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if name[-1] in "оеиуыэю":
        return name
    ablt = "ем" if name[-1] in _HUSH else "ом"
    return name + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]


def infl_middle(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if male:
        return name + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    return _a_ending(name[:-1], case, False)


def infl_last(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if male:
        if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return name + {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
        if name.endswith(("ский", "цкий", "ской")):
            return name[:-2] + {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
        if name[-1] in "оеиуыэюйья" or name.endswith(("ых", "их", "а")):
            return name
        ablt = "ем" if name[-1] in _HUSH else "ом"
        return name + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]
    if name.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return name[:-1] + ("у" if case == "accs" else "ой")
    if name.endswith("ая"):
        return name[:-2] + "ой"
    return name


class Person:
    """One person: surname, first name, patronymic and sex, inflected on demand."""

    def __init__(self, rng: random.Random, fake: Any, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        if self.male:
            self.last, self.first, self.middle = (
                fake.last_name_male(),
                fake.first_name_male(),
                fake.middle_name_male(),
            )
        else:
            self.last, self.first = fake.last_name_female(), fake.first_name_female()
            self.middle = fake.middle_name_female()

    def f(self, case: str = "nomn") -> str:
        return infl_last(self.last, self.male, case)

    def i(self, case: str = "nomn") -> str:
        return infl_first(self.first, self.male, case)

    def o(self, case: str = "nomn") -> str:
        return infl_middle(self.middle, self.male, case)

    def fio(self, case: str = "nomn") -> str:
        return f"{self.f(case)} {self.i(case)} {self.o(case)}"

    def io(self, case: str = "nomn") -> str:
        return f"{self.i(case)} {self.o(case)}"

    def f_io(self, case: str = "nomn", space: bool = False) -> str:
        sep = " " if space else ""
        return f"{self.f(case)} {self.first[0]}.{sep}{self.middle[0]}."

    def io_f(self, case: str = "nomn") -> str:
        return f"{self.first[0]}.{self.middle[0]}. {self.f(case)}"

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        """A random written shape of the name in ``case``."""
        k = rng.randrange(7)
        if k == 0:
            return self.fio(case)
        if k == 1:
            return self.f_io(case, rng.random() < 0.5)
        if k == 2:
            return self.io_f(case)
        if k == 3:
            return f"{self.f(case)} {self.i(case)}"
        if k == 4:
            return self.io(case)
        if k == 5:
            return f"{self.i(case)} {self.o(case)} {self.f(case)}"
        return self.f(case).upper() + " " + self.i(case).upper() + " " + self.o(case).upper()


_DIMINUTIVES = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Иван": "Ваня",
    "Николай": "Коля",
    "Сергей": "Серёжа",
    "Владимир": "Вова",
    "Евгений": "Женя",
    "Павел": "Паша",
    "Мария": "Маша",
    "Анастасия": "Настя",
    "Екатерина": "Катя",
    "Елена": "Лена",
    "Наталья": "Наташа",
    "Ольга": "Оля",
    "Татьяна": "Таня",
    "Юлия": "Юля",
    "Дарья": "Даша",
    "Ксения": "Ксюша",
}


def diminutive(rng: random.Random) -> str:
    return rng.choice(sorted(_DIMINUTIVES.values()))


FOREIGN = (
    ("Nguyen", "Van Minh"),
    ("Tran", "Thi Lan"),
    ("Karimov", "Rustam"),
    ("Rakhimova", "Dilnoza"),
    ("Yilmaz", "Mehmet"),
    ("Wang", "Lei"),
    ("Zhang", "Wei"),
    ("Müller", "Jonas"),
    ("García", "Lucía"),
    ("Abdullaev", "Sardor"),
    ("Hovhannisyan", "Anna"),
    ("Petrosyan", "Ara"),
    ("Okafor", "Chinedu"),
    ("Smith", "Emily"),
    ("Kowalski", "Piotr"),
    ("Tursunov", "Bekzod"),
)
FOREIGN_CYR = (
    "Нгуен Ван Минь",
    "Чан Тхи Лан",
    "Каримов Рустам",
    "Рахимова Дилноза Ботировна",
    "Йылмаз Мехмет",
    "Ван Лэй",
    "Чжан Вэй",
    "Мюллер Йонас",
    "Гарсия Лусия",
    "Абдуллаев Сардор Алишерович",
    "Оганесян Анна Ашотовна",
    "Петросян Ара Варданович",
    "Окафор Чинеду",
    "Турсунов Бекзод",
)


# ----- dates ---------------------------------------------------------------------------------
def ymd(rng: random.Random, y0: int = 2015, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def shift(d: tuple[int, int, int], days: int) -> tuple[int, int, int]:
    """``d`` moved by ``days`` calendar days."""
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return x.year, x.month, x.day


def birth(rng: random.Random, y0: int = 1940, y1: int = 2005) -> tuple[int, int, int]:
    return ymd(rng, y0, y1)


def dstr(rng: random.Random, d: tuple[int, int, int], style: str | None = None) -> str:
    y, m, dd = d
    style = style or rng.choice(
        ("num", "num", "num2", "slash", "iso", "words", "wordsg", "abbr", "roman", "dash")
    )
    if style == "num":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "num2":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "nozero":
        return f"{dd}.{m}.{y}"
    if style == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "words":
        return f"{dd} {MONTHS_GENT[m - 1]} {y}"
    if style == "wordsg":
        return f"{dd} {MONTHS_GENT[m - 1]} {y} г."
    if style == "abbr":
        return f"{dd} {MONTHS_ABBR[m - 1]} {y}"
    if style == "roman":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if style == "monthyear":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if style == "inmonth":
        return f"{MONTHS_LOCT[m - 1]} {y} г."
    if style == "daymonth":
        return f"{dd} {MONTHS_GENT[m - 1]}"
    if style == "mmyyyy":
        return f"{m:02d}.{y}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "ocr":
        s = f"{dd:02d}.{m:02d}.{y}"
        i = rng.choice((2, 5))
        return s[:i] + rng.choice((",", " .", "..")) + s[i + 1 :]
    raise ValueError(style)


def dtime(rng: random.Random, d: tuple[int, int, int], style: str | None = None) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    k = rng.randrange(4)
    base = dstr(rng, d, style or rng.choice(("num", "num", "iso", "num2")))
    if k == 0:
        return f"{base} {hh:02d}:{mm:02d}"
    if k == 1:
        return f"{base} в {hh:02d}:{mm:02d}"
    if k == 2:
        return f"{base}, {hh:02d} ч {mm:02d} мин"
    return f"{base} {hh:02d}.{mm:02d}"


def a_date(rng: random.Random, _fake: Any = None, _case: str = "nomn") -> str:
    return dstr(rng, ymd(rng))
