"""Value makers for the blind23 split: names in cases, dates, phones, addresses, checksummed ids.

Written independently for the blind23 split (emergency, surgical and inpatient flow outside the big
cities). Every value comes from ``rng`` and the Faker ``ru_RU`` instance passed in.
"""

from __future__ import annotations

import random
from typing import Any

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


def dg(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


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
        return {"gent": "Любови", "accs": "Любовь", "datv": "Любови", "ablt": "Любовью", "loct": "Любови"}[case]
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
    ("Хайруллин", "Ринат", "Мансурович", True), ("Галиева", "Гульнара", "Ильдаровна", False),
    ("Абдрахманов", "Азат", "Рустэмович", True), ("Сафиуллина", "Алсу", "Фанисовна", False),
    ("Кадыров", "Ислам", "Ахмедович", True), ("Магомедова", "Патимат", "Гаджиевна", False),
    ("Алиев", "Шамиль", "Магомедович", True), ("Цыбиков", "Баир", "Доржиевич", True),
    ("Дондокова", "Сэсэг", "Баировна", False), ("Охлопков", "Айаал", "Семенович", True),
    ("Ноговицына", "Сардана", "Ивановна", False), ("Тохтахунов", "Бахтиёр", "", True),
    ("Рахимова", "Дильноза", "", False), ("Саидов", "Фаррух", "Абдуллоевич", True),
    ("Мамадалиев", "Жасурбек", "", True), ("Токтогулова", "Айгерим", "", False),
    ("Нурланов", "Ерлан", "Серикович", True), ("Акопян", "Арсен", "Гагикович", True),
    ("Гасанова", "Севиндж", "Ильхам кызы", False), ("Мамедов", "Эльчин", "Рафик оглы", True),
    ("Бердыев", "Мурад", "", True), ("Шевчук", "Тарас", "Богданович", True),
    ("Лукашевич", "Янина", "Степановна", False), ("Гоголадзе", "Нино", "", False),
    ("Лопес", "Мигель", "", True), ("Нгуен", "Ван Тхань", "", True), ("Ли", "Вэй", "", True),
    ("Шмидт", "Ханна", "", False), ("Окафор", "Чиди", "", True), ("Ким", "Елена", "Сергеевна", False),
)
LATIN = (
    ("Ivanov", "Sergei"), ("Kuznetsova", "Olga"), ("Tokhtakhunov", "Bakhtiyor"), ("Rakhimova", "Dilnoza"),
    ("Nguyen", "Van Thanh"), ("Li", "Wei"), ("Schmidt", "Hanna"), ("Okafor", "Chidi"), ("Lopez", "Miguel"),
    ("Saidov", "Farrukh"), ("Akopyan", "Arsen"), ("Smirnov", "Aleksandr"), ("Zhang", "Min"),
)


def person_parts(fake: Any, rng: random.Random, other: float = 0.3) -> tuple[str, str, str, bool]:
    if rng.random() < other:
        return rng.choice(OTHER)
    return people(fake, rng)


def name(fake: Any, rng: random.Random, case: str = "nomn", shape: str = "", other: float = 0.3) -> str:
    """A name in ``case``; shape: full, fi, if, io, f_io, io_f, f, ini, upper, dim, lat (random if empty)."""
    last, first, middle, male = person_parts(fake, rng, other)
    shape = shape or rng.choice(("full", "full", "f_io", "f_io", "io_f", "fi", "f", "io", "upper", "f_i"))
    if case == "accs" and not male:
        case_l = "accs"
    else:
        case_l = case
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
    kind = kind or rng.choice(("dot", "dot", "dot_t", "short", "words", "iso", "iso_t", "slash", "abbr", "roman"))
    if kind == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if kind == "dot_t":
        return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"
    if kind == "t_dot":
        return f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{str(y)[2:]}"
    if kind == "short":
        return f"{d}.{m:02d}.{str(y)[2:]}"
    if kind == "words":
        return rng.choice((f"{d} {MONTHS_GENT[m - 1]} {y} г.", f"{d} {MONTHS_GENT[m - 1]} {y} года",
                           f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г."))
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
MOB = ("900", "902", "904", "908", "912", "914", "916", "921", "924", "926", "950", "951", "961", "977", "983",
       "999")
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
        return rng.choice((f"+998 9{dg(rng, 1)} {a}-{b}-{e}", f"+992 {dg(rng, 2, True)} {a} {dg(rng, 4)}",
                           f"+996 (7{dg(rng, 2)}) {a} {dg(rng, 3)}", f"+374 {dg(rng, 2, True)} {dg(rng, 6)}",
                           f"+86 13{dg(rng, 1)} {dg(rng, 4)} {dg(rng, 4)}", f"+49 151 {dg(rng, 8)}"))
    return f"+7{c}{a}{b}{e}"


def email(fake: Any, rng: random.Random) -> str:
    u = fake.user_name()
    return rng.choice((fake.free_email(), f"{u}@yandex.ru", f"{u}@mail.ru", f"{u.upper()}@BK.RU",
                       f"{u}.{rng.randint(1, 99)}@inbox.ru", f"{u}@gmail.com"))


def url(fake: Any, rng: random.Random) -> str:
    u = fake.user_name()
    return rng.choice((f"https://vk.com/{u}", f"vk.com/id{dg(rng, 9, True)}", f"https://t.me/{u}",
                       f"https://ok.ru/profile/{dg(rng, 12, True)}", f"http://{u}.narod.ru",
                       f"https://disk.yandex.ru/d/{fake.pystr(min_chars=12, max_chars=14)}",
                       f"www.{u}.ru"))


# ------------------------------------------------------------------ places
REPS = ("Респ. Саха (Якутия)", "Республика Бурятия", "Респ. Башкортостан", "Республика Татарстан",
        "Чеченская Республика", "Респ. Дагестан", "Республика Тыва", "Республика Алтай", "Удмуртская Респ.",
        "Чувашская Республика")
REGS = ("Свердловская обл.", "Тюменская область", "ХМАО-Югра", "ЯНАО", "Забайкальский край", "Красноярский край",
        "Иркутская обл.", "Амурская область", "Архангельская обл.", "Вологодская область", "Пермский край",
        "Алтайский край", "Кемеровская обл. - Кузбасс", "Магаданская обл.", "Псковская область")
VILL = ("с.", "д.", "пос.", "п.", "с/п", "пгт", "рп", "аул", "ст-ца", "х.", "улус")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def region(rng: random.Random) -> str:
    return rng.choice(REPS + REGS)


DISTRICTS = ("Шалинский", "Усть-Кутский", "Ишимский", "Кондинский", "Сургутский", "Мегино-Кангаласский",
             "Кижингинский", "Туймазинский", "Буинский", "Котласский", "Вельский", "Тотемский", "Кунгурский",
             "Бийский", "Каргасокский", "Нерчинский", "Зейский", "Аларский", "Пуровский", "Кош-Агачский")


def district(fake: Any, rng: random.Random) -> str:
    x = rng.choice(DISTRICTS)
    return rng.choice((f"{x} р-н", f"{x} район", f"МО «{x} район»", f"{x} р-он"))


def street(fake: Any, rng: random.Random) -> str:
    st = fake.street_title()
    return rng.choice((f"ул. {st}", f"ул.{st}", f"{st} ул.", f"пер. {st}", f"пр-т {st}", f"мкр. {st}",
                       f"улица {st}", f"{st}"))


def house(rng: random.Random) -> str:
    n = rng.randint(1, 120)
    return rng.choice((f"д. {n}", f"д.{n}", f"{n}", f"{n}а", f"д. {n}, корп. {rng.randint(1, 5)}",
                       f"д. {n} стр. {rng.randint(1, 4)}", f"{n}/{rng.randint(1, 9)}", f"д. {n} лит. А"))


def flat(rng: random.Random) -> str:
    return rng.choice(("", "", f", кв. {rng.randint(1, 240)}", f"-{rng.randint(1, 90)}",
                       f", кв.{rng.randint(1, 240)}"))


def address(fake: Any, rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("rural", "rural", "urban", "urban", "idx_last", "reverse", "snt", "dorm", "short"))
    idx = fake.postcode()
    if kind == "rural":
        return (f"{region(rng)}, {district(fake, rng)}, "
                f"{rng.choice(VILL)} {town(fake)}, {street(fake, rng)}, {house(rng)}")
    if kind == "urban":
        return f"{idx}, {region(rng)}, г. {town(fake)}, {street(fake, rng)}, {house(rng)}{flat(rng)}"
    if kind == "idx_last":
        return f"г. {town(fake)}, {street(fake, rng)} {house(rng)}{flat(rng)}, {idx}"
    if kind == "reverse":
        return f"{street(fake, rng)}, {house(rng)}{flat(rng)}, г. {town(fake)}, {region(rng)}"
    if kind == "snt":
        return (f"{district(fake, rng)}, СНТ «{fake.street_title()}», "
                f"уч. {rng.randint(1, 300)}")
    if kind == "dorm":
        return f"г. {town(fake)}, {street(fake, rng)}, {house(rng)}, общ., ком. {rng.randint(1, 400)}"
    if kind == "short":
        return f"{rng.choice(VILL)} {town(fake)}, {street(fake, rng)} {rng.randint(1, 90)}"
    return f"г. {town(fake)}, {street(fake, rng)}, {house(rng)}"


def foreign_address(rng: random.Random) -> str:
    return rng.choice((
        f"Республика Узбекистан, Ферганская обл., г. Коканд, ул. Мукими, {rng.randint(1, 99)}",
        f"Таджикистан, Хатлонская обл., р-н Вахш, кишлак Навобод, д. {rng.randint(1, 60)}",
        f"Кыргызстан, г. Ош, ул. Ленина {rng.randint(1, 300)}-{rng.randint(1, 80)}",
        f"Казахстан, г. Костанай, мкр. {rng.randint(1, 9)}, д. {rng.randint(1, 40)}",
        f"Армения, г. Гюмри, ул. Абовяна, {rng.randint(1, 70)}",
        f"China, Heilongjiang, Harbin, Zhongshan Rd {rng.randint(1, 400)}",
        f"Беларусь, Гомельская обл., г. Мозырь, ул. Гагарина, {rng.randint(1, 90)}",
    ))


# ------------------------------------------------------------------ checksummed ids
def snils_raw(rng: random.Random) -> str:
    while True:
        n = dg(rng, 9)
        if int(n) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(n, range(9, 0, -1)))
    if s > 101:
        s %= 101
    k = 0 if s in (100, 101) else s
    return n + f"{k:02d}"


def snils(rng: random.Random, kind: str = "") -> str:
    s = snils_raw(rng)
    kind = kind or rng.choice(("std", "std", "space", "plain", "dash"))
    if kind == "std":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"
    if kind == "space":
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if kind == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    return s


def inn12(rng: random.Random) -> str:
    n = dg(rng, 2, True) + dg(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(a) * b for a, b in zip(n, w11)) % 11 % 10
    n += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(a) * b for a, b in zip(n, w12)) % 11 % 10
    return n + str(c12)


def inn(rng: random.Random) -> str:
    s = inn12(rng)
    return rng.choice((s, s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}"))


def org_inn(rng: random.Random) -> str:
    n = dg(rng, 2, True) + dg(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return n + str(sum(int(a) * b for a, b in zip(n, w)) % 11 % 10)


def oms_raw(rng: random.Random) -> str:
    n = dg(rng, 15, True)
    total = 0
    for i, c in enumerate(reversed(n)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return n + str((10 - total % 10) % 10)


def oms(rng: random.Random, kind: str = "") -> str:
    s = oms_raw(rng)
    kind = kind or rng.choice(("plain", "plain", "four", "old", "spaced"))
    if kind == "four":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if kind == "spaced":
        return f"{s[:6]} {s[6:]}"
    if kind == "old":
        return rng.choice((f"ЕМ {dg(rng, 7, True)}", f"{dg(rng, 2, True)}{dg(rng, 2)} {dg(rng, 8, True)}",
                           f"АН-{dg(rng, 6, True)}", f"0{dg(rng, 2)}{dg(rng, 3)} {dg(rng, 10)}"))
    return s


def passport_parts(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", dg(rng, 6, True)


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}{n}", f"{s[:2]} {s[2:]} №{n}"))


def mrn(rng: random.Random, kind: str = "") -> str:
    y = rng.randint(19, 26)
    kind = kind or rng.choice(("ib", "call", "amb", "lab", "emk", "ln", "ref", "crb", "dicom", "blood"))
    if kind == "ib":
        return rng.choice((f"{rng.randint(1, 9999)}/{y}", f"{rng.randint(100, 99999)}-{y}",
                           f"ИБ-{y}-{dg(rng, 5)}", f"{dg(rng, 4, True)}/C{y}"))
    if kind == "call":
        return rng.choice((f"{rng.randint(1, 999)}/{rng.randint(1, 30)}", f"{dg(rng, 6, True)}",
                           f"КВ-{dg(rng, 7, True)}", f"{rng.randint(1, 200)}-{dg(rng, 4, True)}"))
    if kind == "amb":
        return rng.choice((f"А-{dg(rng, 6, True)}", f"{dg(rng, 5, True)}", f"{rng.randint(1, 9)}-{dg(rng, 5)}"))
    if kind == "lab":
        return rng.choice((f"{dg(rng, 10, True)}", f"L{y}{dg(rng, 7)}", f"ЛБ-{dg(rng, 8, True)}"))
    if kind == "emk":
        return rng.choice((f"{dg(rng, 12, True)}", f"ЭМК-{dg(rng, 9, True)}", f"MIS{dg(rng, 8, True)}"))
    if kind == "ln":
        return f"{rng.choice(('9', '3'))}{dg(rng, 11)}"
    if kind == "ref":
        return rng.choice((f"{rng.randint(1, 99)}-{dg(rng, 6, True)}", f"НАПР/{y}/{dg(rng, 5, True)}"))
    if kind == "crb":
        return rng.choice((f"ЦРБ-{dg(rng, 5, True)}", f"{dg(rng, 3, True)}-Х/{y}", f"Т-{dg(rng, 4, True)}"))
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{dg(rng, 7, True)}.{dg(rng, 6, True)}"
    if kind == "blood":
        return rng.choice((f"{dg(rng, 3, True)}-{dg(rng, 6, True)}-{dg(rng, 2)}", f"№{dg(rng, 7, True)}",
                           f"K{dg(rng, 2)}{dg(rng, 6)}"))
    return dg(rng, 7, True)


# ------------------------------------------------------------------ look-alikes (never marked)
def noise(rng: random.Random) -> str:
    return rng.choice((
        f"АД {rng.randint(90, 180)}/{rng.randint(50, 110)} мм рт. ст., ЧСС {rng.randint(50, 130)} в мин.",
        f"Sat O2 {rng.randint(85, 99)}%, ЧДД {rng.randint(12, 30)}.",
        f"Глюкоза {rng.randint(3, 19)},{rng.randint(0, 9)} ммоль/л.", "Ф. 110/у. МКБ-10: S06.0.",
        f"Введено: кеторолак 30 мг в/м, NaCl 0,9% {rng.choice((200, 400, 500))} мл в/в кап.",
        f"Палата {rng.randint(1, 30)}, койка {rng.randint(1, 6)}.", "Форма 057/у-04.",
        f"ИНН учреждения {org_inn(rng)}, КПП {dg(rng, 9, True)}.",
        f"Лицензия ЛО-{rng.randint(10, 89)}-01-{dg(rng, 6, True)}.", "Омепразол 20 мг в 08:00 и 20:00.",
        f"Травма в {rng.randint(2005, 2020)} году, без последствий.", f"ОГРН {dg(rng, 13, True)}.",
        f"Hb {rng.randint(70, 160)} г/л, лейк. {rng.randint(4, 20)},{rng.randint(0, 9)}×10⁹/л.",
        f"Бригада № {rng.randint(1, 30)}, подстанция {rng.randint(1, 12)}.", "Диагноз: T20.2, T22.2 (10% п.т.).",
    ))
