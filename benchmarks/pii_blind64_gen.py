"""Value makers for blind split 64 (sports medicine and physical fitness)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, ROMAN, Planted
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
       "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
       "ь": "", "э": "e", "ю": "iu", "я": "ia"}
SPORTS = ("лёгкая атлетика", "плавание", "дзюдо", "самбо", "футбол", "хоккей", "биатлон", "лыжные гонки",
          "вольная борьба", "бокс", "художественная гимнастика", "волейбол", "баскетбол", "тяжёлая атлетика",
          "гребля на байдарках", "фигурное катание", "тхэквондо", "спортивная гимнастика", "триатлон")
CLUBS = ("СШОР «Олимп»", "ДЮСШ № 3", "СК «Динамо»", "ЦСКА", "СШ «Юность»", "ГБУ ДО СШОР № 1", "МБУ СШ «Спартак»",
         "АНО СК «Торпедо»", "ЦСП «Локомотив»", "СШ «Авангард»", "КСДЮСШОР «Зенит»")
RANKS = ("КМС", "МС", "I разряд", "II разряд", "III юн. разряд", "МСМК", "б/р", "I юн.")


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low in _TR:
            t = _TR[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Who:
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

    def fio(self, case: str = "nomn") -> str:
        return f"{self.f(case)} {self.i(case)} {self.o(case)}"

    def fio_short(self, case: str = "nomn", spaced: bool = False) -> str:
        sep = " " if spaced else ""
        return f"{self.f(case)} {self.first[0]}.{sep}{self.middle[0]}."

    def ini_f(self, case: str = "nomn") -> str:
        return f"{self.first[0]}.{self.middle[0]}. {self.f(case)}"

    def any(self, rng: random.Random, case: str = "nomn") -> str:
        k = rng.randrange(6)
        if k == 0:
            return self.fio(case)
        if k == 1:
            return self.fio_short(case, rng.random() < 0.3)
        if k == 2:
            return self.ini_f(case)
        if k == 3:
            return f"{self.f(case)} {self.i(case)}"
        if k == 4:
            return self.fio(case).upper()
        return f"{self.i(case)} {self.o(case)}"

    def lat(self, rng: random.Random) -> str:
        last, first = translit(self.last), translit(self.first)
        return rng.choice((f"{last.upper()} {first}", f"{first} {last}", f"{last.upper()} {first.upper()}",
                           f"{last}, {first}"))


def who(fake: Any, rng: random.Random, female: bool | None = None) -> Who:
    fem = rng.random() < 0.5 if female is None else female
    if fem:
        return Who(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
    return Who(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- dates -------------------------------------------------------------------------------------
def ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def fmt_date(rng: random.Random, y: int, m: int, dd: int, style: str = "") -> str:
    styles = ("num", "num", "num", "iso", "words", "words_g", "short", "slash", "roman", "dash", "nozero")
    s = style or rng.choice(styles)
    if s == "num":
        return f"{dd:02d}.{m:02d}.{y}"
    if s == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if s == "words":
        return f"{dd} {MONTHS_GENT[m - 1]} {y}"
    if s == "words_g":
        return f"{dd} {MONTHS_GENT[m - 1]} {y} " + rng.choice(("г.", "года"))
    if s == "short":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if s == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if s == "roman":
        return f"{dd:02d}.{ROMAN[m - 1]}.{y}"
    if s == "dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if s == "month":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if s == "mmyy":
        return f"{m:02d}.{y}"
    if s == "en":
        return f"{dd:02d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}"
    return f"{dd}.{m}.{y}"


def birth(rng: random.Random, style: str = "", y0: int = 1988, y1: int = 2016) -> str:
    return fmt_date(rng, *ymd(rng, y0, y1), style)


def recent(rng: random.Random, style: str = "") -> str:
    return fmt_date(rng, *ymd(rng, 2023, 2025), style)


def period(rng: random.Random, style: str = "num") -> tuple[str, str]:
    y, m, dd = ymd(rng, 2023, 2025)
    m2 = m + rng.randrange(0, 3)
    y2, m2 = (y + 1, m2 - 12) if m2 > 12 else (y, m2)
    d2 = rng.randrange(dd + 1, 29) if (y2, m2) == (y, m) and dd < 28 else rng.randrange(1, 29)
    if (y2, m2, d2) <= (y, m, dd):
        y2 = y + 1
    return fmt_date(rng, y, m, dd, style), fmt_date(rng, y2, m2, d2, style)


def when(rng: random.Random) -> str:
    y, m, dd = ymd(rng, 2023, 2025)
    return f"{dd:02d}.{m:02d}.{y} {rng.randrange(7, 21):02d}:{rng.choice(('00', '15', '30', '45', '05', '40'))}"


# ----- places ------------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return str(fake.city_name()).split(" (")[0]


def addr(fake: Any, rng: random.Random) -> str:
    t, s = town(fake), fake.street_title()
    n, q = rng.randrange(1, 150), rng.randrange(1, 300)
    k = rng.randrange(7)
    if k == 0:
        return f"г. {t}, ул. {s}, д. {n}, кв. {q}"
    if k == 1:
        return f"{rng.randrange(101000, 692999)}, {fake.administrative_unit()}, г. {t}, ул. {s}, д. {n}, кв. {q}"
    if k == 2:
        return f"{t}, {s} ул., {n}-{q}"
    if k == 3:
        return f"г {t} ул {s} д {n} кв {q}"
    if k == 4:
        return f"{fake.administrative_unit()}, с. {town(fake)}, ул. {s}, д. {n}"
    if k == 5:
        return f"ул. {s}, д. {n}, корп. {rng.randrange(1, 5)}, кв. {q}, г. {t}"
    return f"пр-т {s}, {n}, кв. {q}, {t}"


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(w, case, "Geox") for w in town(fake).split())


# ----- identifiers ------------------------------------------------------------------------------
def snils(rng: random.Random, layout: str = "") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    digits = iter(body + snils_check_digits(body))
    lay = layout or rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX", "XXX XXX XXX XX"))
    return "".join(next(digits) if ch == "X" else ch for ch in lay)


def inn(rng: random.Random, n: int = 12) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    return prefix + inn_check_digits(prefix)


def enp(rng: random.Random, spaced: bool | None = None) -> str:
    while True:
        body = str(rng.randrange(1, 10)) + d(rng, 14)
        for c in "0123456789":
            if luhn_valid(body + c) and enp_valid(body + c):
                v = body + c
                sp = rng.random() < 0.3 if spaced is None else spaced
                return " ".join(v[i:i + 4] for i in range(0, 16, 4)) if sp else v


def oms(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return enp(rng)
    return rng.choice((f"{rng.randrange(10, 99)}{d(rng, 2)} № {d(rng, 8)}", f"ВТ {rng.randrange(100000, 999999)}",
                       f"АК{d(rng, 2)} {d(rng, 7)}"))


def passport(rng: random.Random) -> str:
    ser = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
    num = f"{rng.randrange(100000, 999999)}"
    return rng.choice((f"{ser[:2]} {ser[2:]} {num}", f"{ser} {num}", f"{ser} № {num}", f"{ser}{num}"))


def intl_passport(rng: random.Random) -> str:
    return f"{rng.randrange(70, 77)} {rng.randrange(1000000, 9999999)}"


def phone(rng: random.Random) -> str:
    a, b, c, e = f"9{d(rng, 2)}", d(rng, 3), d(rng, 2), d(rng, 2)
    return rng.choice((f"+7 ({a}) {b}-{c}-{e}", f"8 {a} {b} {c} {e}", f"8-{a}-{b}-{c}-{e}", f"+7{a}{b}{c}{e}",
                       f"8({a}){b}{c}{e}", f"+7 {a} {b}-{c}{e}", f"8{a}{b}{c}{e}", f"+7-{a}-{b}-{c}-{e}"))


def email(fake: Any, rng: random.Random, w: Who | None = None) -> str:
    if w is not None and rng.random() < 0.6:
        dom = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"))
        last, first = translit(w.last).lower(), translit(w.first).lower()
        user = rng.choice((f"{last}.{first}", f"{first[0]}.{last}", f"{last}{rng.randrange(70, 2016)}",
                           f"{first}_{last[:4]}", f"{last}-sport"))
        return f"{user}@{dom}"
    return str(fake.free_email())


def purl(rng: random.Random, w: Who) -> str:
    nick = translit(w.last).lower() + rng.choice(("", "_", ".")) + translit(w.first).lower()[:rng.randrange(1, 5)]
    return rng.choice((f"https://vk.com/{nick}", f"vk.com/id{d(rng, 9)}", f"https://t.me/{nick}",
                       f"https://www.instagram.com/{nick}/", f"https://strava.com/athletes/{d(rng, 8)}",
                       f"https://user.gto.ru/user/{d(rng, 7)}", f"https://disk.yandex.ru/d/{d(rng, 4)}Xk{nick[:5]}",
                       f"https://rusada.ru/e/{d(rng, 6)}", f"www.{nick}.ru"))


def mrn(rng: random.Random, kind: str = "") -> str:
    k = kind or rng.choice(("umo", "card", "sid", "lic", "gto", "dc", "tue", "eln", "inj", "lab"))
    if k == "umo":
        return f"УМО-{rng.randrange(2023, 2026)}/{rng.randrange(1, 9999):04d}"
    if k == "card":
        return rng.choice((f"{rng.randrange(100, 99999)}/{rng.randrange(23, 26)}", f"ВФД-{d(rng, 5)}", d(rng, 6)))
    if k == "sid":
        return rng.choice((f"{d(rng, 2)}-{d(rng, 3)}-{d(rng, 4)}", f"RUS{d(rng, 7)}", f"{rng.randrange(10, 99)}{d(rng, 8)}"))
    if k == "lic":
        return rng.choice((f"Л-{rng.randrange(2023, 2026)}-{d(rng, 5)}", f"{rng.randrange(1, 9)}{d(rng, 5)}", f"ФЛА-{d(rng, 6)}"))
    if k == "gto":
        return f"{rng.randrange(18, 25)}-{rng.randrange(1, 90):02d}-{d(rng, 7)}"
    if k == "dc":
        return rng.choice((f"{rng.randrange(1, 9)}{d(rng, 6)}", f"A{d(rng, 7)}", f"{d(rng, 7)}B"))
    if k == "tue":
        return rng.choice((f"ТИ-{rng.randrange(2023, 2026)}-{d(rng, 3)}", f"RUS-TUE-{d(rng, 5)}"))
    if k == "eln":
        return f"9{d(rng, 11)}"
    if k == "inj":
        return f"{rng.randrange(1, 400)}-т/{rng.randrange(23, 26)}"
    return rng.choice((f"{d(rng, 10)}", f"Л{d(rng, 7)}", f"{d(rng, 2)}-{d(rng, 6)}"))


# ----- document builder --------------------------------------------------------------------------
class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        start = len(self.text)
        self.text += s
        self.golds.append((kind, start, len(self.text)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)
