"""Value generators for the blind10 PII split: names with their own declension, dates, phones,
addresses and checksummed identifiers. Written independently of the scanner."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSH = "гкхжшчщ"
_SOFT = "жшчщц"


# ----- documents with gold spans --------------------------------------------------------------
class Doc:
    """Accumulates text and gold spans: ``t`` adds plain text, ``v`` adds a PII value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        s = s.strip()
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def dnz(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + d(rng, n - 1)


# ----- names -----------------------------------------------------------------------------------
def _surname(s: str, case: str, female: bool) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    low = s.lower()
    if female:
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
        if low.endswith("ая"):
            return s[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
        if low.endswith("а"):
            return s[:-1] + ("и" if low[-2] in _HUSH else "ы", "е", "у", "ой", "е")[i]
        return s
    if low.endswith(("ых", "их")):
        return s
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + ("а", "у", "а", "ым", "е")[i]
    if low.endswith(("ий", "ый", "ой")):
        stem = s[:-2]
        inst = "им" if low.endswith("ий") or stem[-1:].lower() in _HUSH else "ым"
        return stem + ("ого", "ому", "ого", inst, "ом")[i]
    if low.endswith(("ь", "й")):
        return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
    if low.endswith("а"):
        return s[:-1] + ("и" if low[-2] in _HUSH else "ы", "е", "у", "ой", "е")[i]
    if low[-1] in "оеиуюэыя":
        return s
    return s + ("а", "у", "а", "ем" if low[-1] in _SOFT else "ом", "е")[i]


def _first(s: str, case: str, female: bool) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    low = s.lower()
    if s == "Любовь":
        return ("Любови", "Любови", "Любовь", "Любовью", "Любови")[i]
    if low.endswith("ия"):
        return s[:-1] + ("и", "и", "ю", "ей", "и")[i]
    if low.endswith("ья"):
        return s[:-1] + ("и", "е", "ю", "ёй" if not female else "ей", "е")[i]
    if low.endswith("я"):
        return s[:-1] + ("и", "е", "ю", "ей", "е")[i]
    if low.endswith("а"):
        return s[:-1] + ("и" if low[-2] in _HUSH else "ы", "е", "у", "ой", "е")[i]
    if female:
        return s
    if low.endswith("ий"):
        return s[:-1] + ("я", "ю", "я", "ем", "и")[i]
    if low.endswith(("й", "ь")):
        return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
    return s + ("а", "у", "а", "ем" if low[-1] in _SOFT else "ом", "е")[i]


def _patr(s: str, case: str, female: bool) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if female:
        return s[:-1] + ("ы", "е", "у", "ой", "е")[i]
    return s + ("а", "у", "а", "ем", "е")[i]


class Name:
    def __init__(self, fake: Any, rng: random.Random, female: bool | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        if self.female:
            self.f, self.i, self.o = (
                fake.last_name_female(),
                fake.first_name_female(),
                fake.middle_name_female(),
            )
        else:
            self.f, self.i, self.o = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()

    def F(self, c: str = "nomn") -> str:
        return _surname(self.f, c, self.female)

    def I(self, c: str = "nomn") -> str:  # noqa: E743
        return _first(self.i, c, self.female)

    def O(self, c: str = "nomn") -> str:  # noqa: E743
        return _patr(self.o, c, self.female)

    def ini(self, space: bool = False) -> str:
        return f"{self.i[0]}.{' ' if space else ''}{self.o[0]}."

    def shape(self, shape: str, c: str = "nomn") -> str:
        return {
            "FIO": f"{self.F(c)} {self.I(c)} {self.O(c)}",
            "IOF": f"{self.I(c)} {self.O(c)} {self.F(c)}",
            "IO": f"{self.I(c)} {self.O(c)}",
            "IF": f"{self.I(c)} {self.F(c)}",
            "F": self.F(c),
            "Fio": f"{self.F(c)} {self.ini()}",
            "Fi o": f"{self.F(c)} {self.ini(True)}",
            "ioF": f"{self.ini()} {self.F(c)}",
            "ioF_": f"{self.ini()}{self.F(c)}",
            "Fi": f"{self.F(c)} {self.i[0]}.",
            "FIO_UP": f"{self.F(c)} {self.I(c)} {self.O(c)}".upper(),
            "F_UP io": f"{self.F(c).upper()} {self.ini()}",
            "F,IO": f"{self.F(c)}, {self.I(c)} {self.O(c)}",
        }[shape]


def person(*shapes: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return Name(fake, rng).shape(rng.choice(shapes), case)

    return make


DIMINUTIVES = {
    "Александр": ("Саша", "Шура", "Саня"),
    "Алексей": ("Лёша", "Алёша"),
    "Дмитрий": ("Дима",),
    "Сергей": ("Серёжа",),
    "Михаил": ("Миша",),
    "Николай": ("Коля",),
    "Владимир": ("Вова", "Володя"),
    "Евгений": ("Женя",),
    "Иван": ("Ваня",),
    "Анна": ("Аня", "Анечка"),
    "Мария": ("Маша",),
    "Елена": ("Лена", "Леночка"),
    "Ольга": ("Оля",),
    "Татьяна": ("Таня",),
    "Наталья": ("Наташа",),
    "Екатерина": ("Катя",),
    "Светлана": ("Света",),
    "Людмила": ("Люда",),
    "Галина": ("Галя",),
    "Пётр": ("Петя",),
    "Анастасия": ("Настя",),
    "Ксения": ("Ксюша",),
}

_LAT = dict(
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
            "i",
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
            "ie",
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
    out = ""
    for ch in s:
        t = _LAT.get(ch.lower(), ch)
        out += t.capitalize() if ch.isupper() else t
    return out


# ----- dates -----------------------------------------------------------------------------------
def ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def birth(rng: random.Random) -> tuple[int, int, int]:
    return ymd(rng, 1932, 2022)


def hm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55)):02d}"


_TYPO_GENT = (
    "янаваря",
    "февряля",
    "марат",
    "аперля",
    "мя",
    "инюя",
    "илюля",
    "авугста",
    "сентебря",
    "октебря",
    "нояьря",
    "декбаря",
)
_OCR = {"0": "О", "1": "l", "3": "З", "5": "S", "8": "В"}


def fmt_date(rng: random.Random, y: int, m: int, dd: int, layout: str) -> str:
    t = hm(rng)
    s = {
        "dmy": f"{dd:02d}.{m:02d}.{y}",
        "dmy_short": f"{dd}.{m}.{y % 100:02d}",
        "dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "dmy_dash": f"{dd:02d}-{m:02d}-{y}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "iso_t": f"{y}-{m:02d}-{dd:02d}T{t}:{rng.randint(0, 59):02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "words": f"{dd} {MONTHS_GENT[m - 1]} {y} г.",
        "words_full": f"«{dd:02d}» {MONTHS_GENT[m - 1]} {y} года",
        "words_go": f"{dd}-го {MONTHS_GENT[m - 1]} {y} года",
        "dm_words": f"{dd} {MONTHS_GENT[m - 1]}",
        "dm_num": f"{dd:02d}.{m:02d}",
        "my_words": f"{MONTHS_NOMN[m - 1]} {y} г.",
        "my_loct": f"{MONTHS_LOCT[m - 1]} {y} года",
        "my_gent": f"{MONTHS_GENT[m - 1]} {y} г.",
        "my_num": f"{m:02d}.{y}",
        "roman": f"{dd}.{ROMAN[m - 1]}.{y}",
        "roman_sp": f"{dd} {ROMAN[m - 1]} {y}",
        "dmy_t": f"{dd:02d}.{m:02d}.{y} {t}",
        "dmy_g_t": f"{dd:02d}.{m:02d}.{y}г. {t.replace(':', ' ч ')} мин",
        "dmy_sp": f"{dd:02d}. {m:02d}. {y}",
        "dmy_gg": f"{dd:02d}.{m:02d}.{y}г.",
        "typo": f"{dd} {_TYPO_GENT[m - 1]} {y}",
        "ocr": "".join(_OCR.get(c, c) if rng.random() < 0.35 else c for c in f"{dd:02d}.{m:02d}.{y}"),
        "comma": f"{dd:02d},{m:02d},{y}",
        "t_dmy": f"{t} {dd:02d}.{m:02d}.{y}",
        "us": f"{m:02d}/{dd:02d}/{y}",
        "eng": f"{dd} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}",
    }[layout]
    return s


def date(*layouts: str, lo: int = 2019, hi: int = 2026):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y, m, dd = ymd(rng, lo, hi)
        return fmt_date(rng, y, m, dd, rng.choice(layouts))

    return make


# ----- phones ----------------------------------------------------------------------------------
_CITY = ("4852", "8352", "4922", "4212", "3952", "8142", "4012", "8182", "3412", "4742", "8412", "4862")


def fmt_phone(rng: random.Random, layout: str) -> str:
    op = "9" + d(rng, 2)
    a, b, c = d(rng, 3), d(rng, 2), d(rng, 2)
    city = rng.choice(_CITY)
    x = d(rng, 6)
    return {
        "plus": f"+7 ({op}) {a}-{b}-{c}",
        "plus_sp": f"+7 {op} {a} {b} {c}",
        "eight_dash": f"8-{op}-{a}-{b}-{c}",
        "eight_solid": f"8{op}{a}{b}{c}",
        "seven_solid": f"7{op}{a}{b}{c}",
        "plus_solid": f"+7{op}{a}{b}{c}",
        "paren": f"8({op}){a}{b}{c}",
        "dots": f"8.{op}.{a}.{b}.{c}",
        "city": f"8 ({city}) {x[:2]}-{x[2:4]}-{x[4:]}",
        "city_ext": f"8 ({city}) {x[:2]}-{x[2:4]}-{x[4:]} доб. {rng.randint(100, 999)}",
        "city_plus": f"+7 {city} {x[:3]}-{x[3:]}",
        "rural": f"{rng.randint(2, 7)}-{d(rng, 2)}-{d(rng, 2)}",
        "msk": f"(495) {a}-{b}-{c}",
        "by": f"+375 ({rng.choice(('29', '33', '44'))}) {a}-{b}-{c}",
        "uz": f"+998 {rng.choice(('90', '91', '93', '97'))} {a} {b} {c}",
        "kz": f"+7 (7{d(rng, 2)}) {a} {b} {c}",
        "de": f"+49 {rng.choice(('151', '160', '176'))} {d(rng, 8)}",
        "tj": f"+992 {d(rng, 2)} {a} {b}{c}",
        "am": f"+374 {d(rng, 2)} {d(rng, 6)}",
    }[layout]


def phone(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return fmt_phone(rng, rng.choice(layouts))

    return make


# ----- addresses -------------------------------------------------------------------------------
_DISTRICTS = (
    "Кировский",
    "Заволжский",
    "Ленинский",
    "Октябрьский",
    "Первомайский",
    "Некрасовский",
    "Шарьинский",
    "Гаврилов-Ямский",
    "Ростовский",
    "Увинский",
    "Чебоксарский",
    "Красносельский",
)
_VILLAGES = (
    "Ивановское",
    "Петровка",
    "Берёзовка",
    "Никольское",
    "Красный Бор",
    "Сосновка",
    "Малые Вишеры",
    "Климовка",
    "Заречье",
    "Погост",
    "Дубки",
    "Федоровское",
)
_SNT = ("Рассвет", "Ромашка", "Строитель", "Мичуринец", "Дружба", "Энергетик", "Черёмушки")


def street(fake: Any, rng: random.Random, abbr: bool = True) -> str:
    kind = rng.choice(
        (
            ("ул.", "улица"),
            ("пр-т", "проспект"),
            ("пер.", "переулок"),
            ("ш.", "шоссе"),
            ("б-р", "бульвар"),
            ("пр-д", "проезд"),
            ("ул.", "улица"),
        )
    )
    title = fake.street_title()
    k = kind[0] if abbr else kind[1]
    return f"{title} {k}" if rng.random() < 0.25 else f"{k} {title}"


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 180))
    r = rng.random()
    if r < 0.2:
        h += f", корп. {rng.randint(1, 5)}"
    elif r < 0.3:
        h += f", стр. {rng.randint(1, 4)}"
    elif r < 0.4:
        h += rng.choice(("а", "Б", "/2", " лит. А", "к2"))
    if rng.random() < 0.7:
        h += f", кв. {rng.randint(1, 240)}"
    return h


def fmt_addr(rng: random.Random, fake: Any, layout: str) -> str:
    town = fake.city_name()
    st = street(fake, rng)
    region = fake.region()
    idx = fake.postcode()
    dist = rng.choice(_DISTRICTS)
    vil = rng.choice(_VILLAGES)
    h = house(rng)
    n = rng.randint(1, 90)
    return {
        "city": f"г. {town}, {st}, д. {h}",
        "city_bare": f"{town}, {st} {h}",
        "idx_first": f"{idx}, {region}, г. {town}, {st}, д. {h}",
        "idx_last": f"{region}, г. {town}, {st}, д. {h}, {idx}",
        "reversed": f"кв. {rng.randint(1, 200)}, д. {rng.randint(1, 99)}, {st}, г. {town}, {idx}",
        "rural": f"{region}, {dist} р-н, с. {vil}, {st}, д. {n}",
        "rural_full": f"{dist} район, деревня {vil}, дом {n}",
        "rural_short": f"д. {vil}, д. {n}",
        "snt": f"{dist} р-н, СНТ «{rng.choice(_SNT)}», участок {rng.randint(1, 300)}",
        "mkr": f"г. {town}, мкр. {rng.choice(('Северный', 'Юбилейный', 'Солнечный', str(n)))}, д. {h}",
        "mkr_num": f"{town}, {rng.randint(1, 12)} мкр-н, д. {rng.randint(1, 40)}, кв. {rng.randint(1, 150)}",
        "upper": f"{region.upper()}, Г. {town.upper()}, {st.upper()}, Д. {rng.randint(1, 99)}",
        "nodots": f"г {town} ул {fake.street_title()} д {rng.randint(1, 99)} кв {rng.randint(1, 99)}",
        "pos": f"{region}, {dist} р-н, пос. {vil}, ул. {fake.street_title()}, {n}",
        "obshch": f"г. {town}, {st}, д. {rng.randint(1, 60)}, общ., ком. {rng.randint(1, 500)}",
    }[layout]


def address(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return fmt_addr(rng, fake, rng.choice(layouts))

    return make
