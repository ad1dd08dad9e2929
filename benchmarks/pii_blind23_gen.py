"""Value makers for the blind23 split: names in cases, dates, phones, addresses, checksummed ids.

Written independently for the blind23 split (emergency, surgical and inpatient flow outside the big
cities). Every value comes from ``rng`` and the Faker ``ru_RU`` instance passed in.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind23_ids import (
    DISTRICTS as DISTRICTS,
)
from benchmarks.pii_blind23_ids import (
    REGS as REGS,
)
from benchmarks.pii_blind23_ids import (
    REPS as REPS,
)
from benchmarks.pii_blind23_ids import (
    VILL as VILL,
)
from benchmarks.pii_blind23_ids import (
    address as address,
)
from benchmarks.pii_blind23_ids import (
    dg as dg,
)
from benchmarks.pii_blind23_ids import (
    district as district,
)
from benchmarks.pii_blind23_ids import (
    flat as flat,
)
from benchmarks.pii_blind23_ids import (
    foreign_address as foreign_address,
)
from benchmarks.pii_blind23_ids import (
    house as house,
)
from benchmarks.pii_blind23_ids import (
    inn as inn,
)
from benchmarks.pii_blind23_ids import (
    inn12 as inn12,
)
from benchmarks.pii_blind23_ids import (
    mrn as mrn,
)
from benchmarks.pii_blind23_ids import (
    noise as noise,
)
from benchmarks.pii_blind23_ids import (
    oms as oms,
)
from benchmarks.pii_blind23_ids import (
    oms_raw as oms_raw,
)
from benchmarks.pii_blind23_ids import (
    org_inn as org_inn,
)
from benchmarks.pii_blind23_ids import (
    passport as passport,
)
from benchmarks.pii_blind23_ids import (
    passport_parts as passport_parts,
)
from benchmarks.pii_blind23_ids import (
    region as region,
)
from benchmarks.pii_blind23_ids import (
    snils as snils,
)
from benchmarks.pii_blind23_ids import (
    snils_raw as snils_raw,
)
from benchmarks.pii_blind23_ids import (
    street as street,
)
from benchmarks.pii_blind23_ids import (
    town as town,
)
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN, Planted

PER, DAT, LOC, PHO, EML, URL = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SNI, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


class Doc:
    """Text under construction with its gold spans: ``t`` adds plain text, ``v`` adds a value."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.golds: list[tuple[str, int, int]] = []

    def t(self, text: str) -> Doc:
        if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
            text = text[1:]  # "И.И." or "2024 г." already ends the sentence
        self.parts.append(text)
        self.size += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        if not value:  # an empty field (no patronymic) carries no value
            return self
        self.golds.append((kind, self.size, self.size + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), list(self.golds))


# ------------------------------------------------------------------ names and their cases
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSH = "гкхжшчщ"


def _male_last(s: str, case: str) -> str:
    if case == "nomn" or s.endswith(("о", "ых", "их", "ко", "е", "и", "у", "ю")):
        return s
    if s.endswith(("ский", "цкий", "ской")):
        stem = s[:-2]
        return stem + {"gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
    if s.endswith("й"):
        return s[:-1] + {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if s.endswith("а"):
        return _fem_first(s, case)
    if s[-1] in "бвгдзклмнпрстфхжшчщц":
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]
    return s


def _fem_last(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith(("ская", "цкая")):
        return s[:-2] + ("ую" if case == "accs" else "ой")
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + ("у" if case == "accs" else "ой")
    return s


def _fem_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s == "Любовь":
        return {"gent": "Любови", "accs": "Любовь", "datv": "Любови", "ablt": "Любовью", "loct": "Любови"}[
            case
        ]
    if s.endswith("ия"):
        return s[:-1] + {"gent": "и", "accs": "ю", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if s.endswith("я"):
        return s[:-1] + {"gent": "и", "accs": "ю", "datv": "е", "ablt": "ей", "loct": "е"}[case]
    if s.endswith("а"):
        g = "и" if s[-2] in _HUSH else "ы"
        a = "ей" if s[-2] in "жшчщц" else "ой"
        return s[:-1] + {"gent": g, "accs": "у", "datv": "е", "ablt": a, "loct": "е"}[case]
    return s


def _male_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith(("а", "я")):
        return _fem_first(s, case)
    if s.endswith(("й", "ь")):
        return s[:-1] + {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if s[-1] in "бвгдзклмнпрстфхжшчщц":
        ab = "ем" if s[-1] in "жшчщц" else "ом"
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": ab, "loct": "е"}[case]
    return s


def _patr(s: str, case: str, male: bool) -> str:
    if case == "nomn":
        return s
    if male:
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    return _fem_first(s, case)


def people(fake: Any, rng: random.Random) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, male) of an ethnic Russian person."""
    male = rng.random() < 0.55
    if male:
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), True
    return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), False


# people of other origins: (surname, first name, patronymic or "", male)
OTHER = (
    ("Хайруллин", "Ринат", "Мансурович", True),
    ("Галиева", "Гульнара", "Ильдаровна", False),
    ("Абдрахманов", "Азат", "Рустэмович", True),
    ("Сафиуллина", "Алсу", "Фанисовна", False),
    ("Кадыров", "Ислам", "Ахмедович", True),
    ("Магомедова", "Патимат", "Гаджиевна", False),
    ("Алиев", "Шамиль", "Магомедович", True),
    ("Цыбиков", "Баир", "Доржиевич", True),
    ("Дондокова", "Сэсэг", "Баировна", False),
    ("Охлопков", "Айаал", "Семенович", True),
    ("Ноговицына", "Сардана", "Ивановна", False),
    ("Тохтахунов", "Бахтиёр", "", True),
    ("Рахимова", "Дильноза", "", False),
    ("Саидов", "Фаррух", "Абдуллоевич", True),
    ("Мамадалиев", "Жасурбек", "", True),
    ("Токтогулова", "Айгерим", "", False),
    ("Нурланов", "Ерлан", "Серикович", True),
    ("Акопян", "Арсен", "Гагикович", True),
    ("Гасанова", "Севиндж", "Ильхам кызы", False),
    ("Мамедов", "Эльчин", "Рафик оглы", True),
    ("Бердыев", "Мурад", "", True),
    ("Шевчук", "Тарас", "Богданович", True),
    ("Лукашевич", "Янина", "Степановна", False),
    ("Гоголадзе", "Нино", "", False),
    ("Лопес", "Мигель", "", True),
    ("Нгуен", "Ван Тхань", "", True),
    ("Ли", "Вэй", "", True),
    ("Шмидт", "Ханна", "", False),
    ("Окафор", "Чиди", "", True),
    ("Ким", "Елена", "Сергеевна", False),
)
LATIN = (
    ("Ivanov", "Sergei"),
    ("Kuznetsova", "Olga"),
    ("Tokhtakhunov", "Bakhtiyor"),
    ("Rakhimova", "Dilnoza"),
    ("Nguyen", "Van Thanh"),
    ("Li", "Wei"),
    ("Schmidt", "Hanna"),
    ("Okafor", "Chidi"),
    ("Lopez", "Miguel"),
    ("Saidov", "Farrukh"),
    ("Akopyan", "Arsen"),
    ("Smirnov", "Aleksandr"),
    ("Zhang", "Min"),
)


def person_parts(fake: Any, rng: random.Random, other: float = 0.3) -> tuple[str, str, str, bool]:
    if rng.random() < other:
        return rng.choice(OTHER)
    return people(fake, rng)


def name(fake: Any, rng: random.Random, case: str = "nomn", shape: str = "", other: float = 0.3) -> str:
    """A name in ``case``; shape: full, fi, if, io, f_io, io_f, f, ini, upper, dim, lat (random if empty)."""
    last, first, middle, male = person_parts(fake, rng, other)
    shape = shape or rng.choice(("full", "full", "f_io", "f_io", "io_f", "fi", "f", "io", "upper", "f_i"))
    case_l = "accs" if case == "accs" and not male else case
    ln = _male_last(last, case_l) if male else _fem_last(last, case_l)
    fn = first if " " in first else _male_first(first, case) if male else _fem_first(first, case)
    mn = _patr(middle, case, male) if middle and " " not in middle else middle
    ini = first[0] + "." + (middle[0] + "." if middle else "")
    if shape == "lat":
        a, b = rng.choice(LATIN)
        return rng.choice((f"{a} {b}", f"{a.upper()} {b.upper()}", f"{b} {a}", f"{a}, {b}"))
    if shape == "full":
        return f"{ln} {fn} {mn}".strip()
    if shape == "fi":
        return f"{ln} {fn}"
    if shape == "if":
        return f"{fn} {ln}"
    if shape == "io":
        return f"{fn} {mn}".strip()
    if shape == "f_io":
        return f"{ln} {ini}"
    if shape == "f_i":
        return f"{ln}{ini}" if rng.random() < 0.3 else f"{ln} {ini.replace('.', '. ').strip()}"
    if shape == "io_f":
        return f"{ini} {ln}"
    if shape == "f":
        return ln
    if shape == "upper":
        return f"{ln} {fn} {mn}".strip().upper()
    if shape == "dim":
        return rng.choice(("Саша", "Вова", "Коля", "Танюша", "Люда", "Серёжа", "Галя", "Петя", "Наташа"))
    return f"{ln} {fn} {mn}".strip()


# ------------------------------------------------------------------ dates
def ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, kind: str = "", lo: int = 2019, hi: int = 2026) -> str:
    y, m, d = ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    kind = kind or rng.choice(
        ("dot", "dot", "dot_t", "short", "words", "iso", "iso_t", "slash", "abbr", "roman")
    )
    if kind == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if kind == "dot_t":
        return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"
    if kind == "t_dot":
        return f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{str(y)[2:]}"
    if kind == "short":
        return f"{d}.{m:02d}.{str(y)[2:]}"
    if kind == "words":
        return rng.choice(
            (
                f"{d} {MONTHS_GENT[m - 1]} {y} г.",
                f"{d} {MONTHS_GENT[m - 1]} {y} года",
                f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г.",
            )
        )
    if kind == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if kind == "iso_t":
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}"
    if kind == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if kind == "abbr":
        return f"{d} {MONTHS_ABBR[m - 1]} {y}"
    if kind == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if kind == "month":
        return rng.choice((f"{MONTHS_NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{MONTHS_NOMN[m - 1]} {y} г."))
    if kind == "daymonth":
        return f"{d} {MONTHS_GENT[m - 1]}"
    if kind == "ocr":
        s = f"{d:02d}.{m:02d}.{y}"
        sub = rng.choice((("0", "O"), ("1", "l"), (".", ","), (".", ". "), ("2", "Z")))
        return s.replace(sub[0], sub[1], 1) if sub[0] in s[:-1] else s.replace(".", ",", 1)
    if kind == "compact":
        return f"{y}{m:02d}{d:02d}" + (f"{hh:02d}{mm:02d}" if rng.random() < 0.5 else "")
    if kind == "dob":  # followed by "г.р." in most frames, so never ends in "г."
        return date(rng, rng.choice(("dot", "dot", "dot", "short", "iso", "slash")), 1935, 2012)
    return f"{d:02d}.{m:02d}.{y}"


def two_dates(rng: random.Random, kind: str = "dot") -> tuple[str, str]:
    """Two ordered dates (admission, discharge) a few days or weeks apart."""
    y, m, d = ymd(rng)
    m2, d2 = (m, d + rng.randint(0, 28 - d)) if rng.random() < 0.5 or m == 12 else (m + 1, rng.randint(1, 28))
    if kind == "words":
        return f"{d} {MONTHS_GENT[m - 1]} {y} г.", f"{d2} {MONTHS_GENT[m2 - 1]} {y} г."
    return f"{d:02d}.{m:02d}.{y}", f"{d2:02d}.{m2:02d}.{y}"


def dob(rng: random.Random) -> str:
    return date(rng, "dob")


# ------------------------------------------------------------------ phones
MOB = (
    "900",
    "902",
    "904",
    "908",
    "912",
    "914",
    "916",
    "921",
    "924",
    "926",
    "950",
    "951",
    "961",
    "977",
    "983",
    "999",
)
CITYC = ("34342", "38822", "41145", "81378", "47545", "3952", "4152", "84235", "87132", "39041", "8172")


def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("mob", "mob", "mob2", "mob3", "city", "city_ext", "foreign", "mob4"))
    c, a, b, e = rng.choice(MOB), dg(rng, 3), dg(rng, 2), dg(rng, 2)
    if kind == "mob":
        return f"+7 ({c}) {a}-{b}-{e}"
    if kind == "mob2":
        return f"8-{c}-{a}-{b}-{e}"
    if kind == "mob3":
        return f"8{c}{a}{b}{e}"
    if kind == "mob4":
        return f"+7{c} {a} {b} {e}"
    if kind == "city":
        code = rng.choice(CITYC)
        rest = dg(rng, 10 - len(code), True)
        return f"8 ({code}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
    if kind == "city_ext":
        return f"+7 (4{dg(rng, 2)}) {a}-{b}-{e} доб. {dg(rng, 3, True)}"
    if kind == "foreign":
        return rng.choice(
            (
                f"+998 9{dg(rng, 1)} {a}-{b}-{e}",
                f"+992 {dg(rng, 2, True)} {a} {dg(rng, 4)}",
                f"+996 (7{dg(rng, 2)}) {a} {dg(rng, 3)}",
                f"+374 {dg(rng, 2, True)} {dg(rng, 6)}",
                f"+86 13{dg(rng, 1)} {dg(rng, 4)} {dg(rng, 4)}",
                f"+49 151 {dg(rng, 8)}",
            )
        )
    return f"+7{c}{a}{b}{e}"


def email(fake: Any, rng: random.Random) -> str:
    u = fake.user_name()
    return rng.choice(
        (
            fake.free_email(),
            f"{u}@yandex.ru",
            f"{u}@mail.ru",
            f"{u.upper()}@BK.RU",
            f"{u}.{rng.randint(1, 99)}@inbox.ru",
            f"{u}@gmail.com",
        )
    )


def url(fake: Any, rng: random.Random) -> str:
    u = fake.user_name()
    return rng.choice(
        (
            f"https://vk.com/{u}",
            f"vk.com/id{dg(rng, 9, True)}",
            f"https://t.me/{u}",
            f"https://ok.ru/profile/{dg(rng, 12, True)}",
            f"http://{u}.narod.ru",
            f"https://disk.yandex.ru/d/{fake.pystr(min_chars=12, max_chars=14)}",
            f"www.{u}.ru",
        )
    )
