"""Shared value makers and a document builder for blind split 59 (medical education and publishing)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

VILLAGES = ("Берёзовка", "Никольское", "Малиновка", "Сосновка", "Покровское", "Ключи", "Верхние Пады",
            "Караидель", "Шатрово", "Кунашак", "Усть-Ишим", "Ярково", "Чердаклы", "Мокроус", "Ильинка",
            "Красный Яр", "Садовое", "Новоспасское", "Большие Вязёмы", "Троицкое", "Ясногорск", "Култаево")
JOURNAL_DOMAINS = ("journal-surg.ru", "medvestnik-jrnl.ru", "casereports.press", "clinmed-pub.org")
FREE_MAIL = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru")
UNI_MAIL = ("kazangmu.ru", "rsmu.ru", "sechenov.ru", "szgmu.ru", "bsmu.by", "omsk-osma.ru", "pimunn.net", "spbu.ru")
_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_LAT.get(ch, ch) for ch in word.lower())


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return out + "".join(str(rng.randrange(10)) for _ in range(n - 1))


@dataclass(frozen=True)
class Person:
    last: str
    first: str
    middle: str
    female: bool

    def f(self, case: str = "nomn") -> str:
        return inflect_name(self.last, "Surn", self.female, case)

    def i(self, case: str = "nomn") -> str:
        return inflect_name(self.first, "Name", self.female, case)

    def o(self, case: str = "nomn") -> str:
        return inflect_name(self.middle, "Patr", self.female, case)

    def shape(self, shape: str, case: str = "nomn") -> str:
        """F surname, I first, O patronymic; io = "А.Б.", i_o = "А. Б.", i = "А."; FIO in caps with FU."""
        out = []
        for token in shape.split():
            if token == "io":
                out.append(f"{self.first[0]}.{self.middle[0]}.")
            elif token == "i_o":
                out.append(f"{self.first[0]}. {self.middle[0]}.")
            elif token == "i":
                out.append(f"{self.first[0]}.")
            elif token == "ini":  # patient initials as in teaching files: "П.А.С."
                out.append(f"{self.last[0]}.{self.first[0]}.{self.middle[0]}.")
            elif token == "INI":
                out.append(f"{self.last[0]}{self.first[0]}{self.middle[0]}")
            elif token == "FU":
                out.append(self.f(case).upper())
            elif token == "IU":
                out.append(self.i(case).upper())
            elif token == "OU":
                out.append(self.o(case).upper())
            elif token == "fl":
                out.append(self.f(case).lower())
            else:
                out.append({"F": self.f, "I": self.i, "O": self.o}[token](case))
        return " ".join(out)


def new_person(fake: Any, rng: random.Random, female: bool | None = None) -> Person:
    if female is None:
        female = rng.random() < 0.5
    if female:
        return Person(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
    return Person(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)


def person_mk(*shapes: str) -> Any:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return new_person(fake, rng).shape(rng.choice(shapes), case)

    return make


def age_text(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


# ----- identifiers ---------------------------------------------------------------------------
def snils_value(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    it = iter(body + snils_check_digits(body))
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def inn_value(rng: random.Random, n: int = 12) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + digits(rng, n - 3 if n == 10 else n - 4)
    return prefix + inn_check_digits(prefix)


def enp_value(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    while True:
        body = digits(rng, 15, first_nonzero=True)
        for last in "0123456789":
            if enp_valid(body + last):
                it = iter(body + last)
                return "".join(next(it) if ch == "X" else ch for ch in layout)


def passport_value(rng: random.Random, layout: str = "XX XX XXXXXX") -> str:
    region = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
    it = iter(region + digits(rng, 6))
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def phone_value(rng: random.Random, layout: str = "+7 (AAA) BBB-CC-DD", mobile: bool = True) -> str:
    area = "9" + digits(rng, 2) if mobile else rng.choice(("495", "499", "812", "843", "383", "343", "861", "4722"))
    area = area[: layout.count("A")]
    it = iter(area + str(rng.randrange(2, 10)) + digits(rng, 11))
    return "".join(next(it) if ch in "ABCD" else ch for ch in layout)


def email_value(rng: random.Random, p: Person, institutional: bool | None = None) -> str:
    last, first, middle = translit(p.last), translit(p.first), translit(p.middle)
    local = rng.choice((f"{last}.{first[0]}{middle[0]}", f"{first}.{last}", f"{last}{rng.randrange(60, 99)}",
                        f"{first[0]}{last}", f"{last}_{first}", f"dr.{last}", f"{last}-{first[0]}"))
    if institutional is None:
        institutional = rng.random() < 0.4
    return local + "@" + rng.choice(UNI_MAIL if institutional else FREE_MAIL)


# ----- dates ---------------------------------------------------------------------------------
def date_fmt(fake: Any, rng: random.Random, layouts: tuple[str, ...], start: str = "-8y", end: str = "today",
             when: dt.date | None = None) -> str:
    d = when or fake.date_between(start_date=start, end_date=end)
    m = d.month - 1
    out = rng.choice(layouts)
    for key, value in (("yyyy", f"{d.year}"), ("yy", f"{d.year % 100:02d}"), ("dd", f"{d.day:02d}"),
                       ("mm", f"{d.month:02d}"), ("MG", MONTHS_GENT[m]), ("MN", MONTHS_NOMN[m]),
                       ("ML", MONTHS_LOCT[m]), ("Mc", MONTHS_NOMN[m].capitalize()), ("d", f"{d.day}"),
                       ("m", f"{d.month}"), ("HH", f"{rng.randrange(0, 24):02d}"), ("MI", f"{rng.randrange(60):02d}")):
        out = out.replace(key, value)
    return out


def date_pair(fake: Any, rng: random.Random, layouts: tuple[str, ...], max_days: int = 40) -> tuple[str, str]:
    """Two dates of one stay, the second after the first (admission and discharge or death)."""
    first = fake.date_between(start_date="-8y", end_date="-2m")
    second = first + dt.timedelta(days=rng.randrange(0, max_days))
    return date_fmt(fake, rng, layouts, when=first), date_fmt(fake, rng, layouts, when=second)


def date_mk(*layouts: str, start: str = "-8y") -> Any:
    return lambda rng, fake, case: date_fmt(fake, rng, layouts, start=start)


def birth_mk(*layouts: str) -> Any:
    return lambda rng, fake, case: date_fmt(fake, rng, layouts, start="-90y", end="-1y")


# ----- places --------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return str(fake.city_name()).split(" (")[0]


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(w, case, "Geox") for w in town(fake).split())


def village(rng: random.Random) -> str:
    return rng.choice(VILLAGES)


def street_addr(fake: Any, rng: random.Random) -> str:
    return rng.choice((f"ул. {fake.street_title()}, д. {rng.randrange(1, 150)}",
                       f"ул. {fake.street_title()}, {rng.randrange(1, 150)}-{rng.randrange(1, 300)}",
                       f"пр-т {fake.street_title()}, д. {rng.randrange(1, 90)}, кв. {rng.randrange(1, 300)}",
                       f"{fake.street_title()} ул., {rng.randrange(1, 150)}"))


def full_addr(fake: Any, rng: random.Random) -> str:
    return rng.choice((f"г. {town(fake)}, {street_addr(fake, rng)}",
                       f"{rng.randrange(101000, 692999)}, {fake.administrative_unit()}, г. {town(fake)}, "
                       f"{street_addr(fake, rng)}",
                       f"{fake.administrative_unit()}, с. {village(rng)}, ул. {fake.street_title()}, "
                       f"д. {rng.randrange(1, 60)}"))


# ----- record numbers ------------------------------------------------------------------------
def mrn_value(rng: random.Random) -> str:
    return rng.choice((f"{digits(rng, 5, True)}/{rng.randrange(19, 26)}", f"{digits(rng, 6, True)}",
                       f"ИБ-{rng.randrange(2019, 2026)}-{digits(rng, 5)}", f"{digits(rng, 4, True)}-{rng.randrange(19, 26)}",
                       f"АК {digits(rng, 6, True)}", f"{rng.randrange(2019, 2026)}/{digits(rng, 4, True)}"))


# ----- the document builder ------------------------------------------------------------------
@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    golds: list[tuple[str, int, int]] = field(default_factory=list)
    size: int = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        assert value == value.strip() and value, (kind, value)
        self.golds.append((kind, self.size, self.size + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), list(self.golds))
