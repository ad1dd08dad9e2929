"""Value generators for the blind30 split (labs, pharmacy, paid services).

Everything random comes from ``rng`` and the Faker ``fake`` passed in, so a seed reproduces a note.
Names are inflected here by simple rules of Russian declension; identifiers carry valid checksums.
"""

from __future__ import annotations

import random
import re
from typing import Any

from benchmarks.pii_blind30_ids import dg
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted

SPLIT = "blind30"
PER, DAT, LOC, PHO, EML, URL = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SNILS, INN, PASS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


class Doc:
    """Builds a text piece by piece and records the gold spans of the values put in."""

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


# ----------------------------------------------------------------------------- names and cases
_HUSH = "жшчщц"
_VELAR = "гкхжшчщ"


def _male_surname(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith(("ский", "цкий", "ской")):
        stem = s[:-2]
        return stem + {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом", "accs": "ого"}[case]
    if s.endswith("ой"):
        return s[:-2] + {"gent": "ого", "datv": "ому", "ablt": "ым", "loct": "ом", "accs": "ого"}[case]
    if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
        return s + {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е", "accs": "а"}[case]
    if s.endswith(("о", "е", "и", "у", "ых", "их")):
        return s
    if s.endswith("а"):
        return _fem_first(s, case)
    if s.endswith("й"):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е", "accs": "я"}[case]
    if s.endswith("ь"):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е", "accs": "я"}[case]
    ab = "ем" if s[-1] in _HUSH else "ом"
    return s + {"gent": "а", "datv": "у", "ablt": ab, "loct": "е", "accs": "а"}[case]


def _fem_surname(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith(("ова", "ева", "ина", "ына", "ёва")):
        return s[:-1] + ("у" if case == "accs" else "ой")
    if s.endswith("ая"):
        return s[:-2] + ("ую" if case == "accs" else "ой")
    if s.endswith("а"):
        return _fem_first(s, case)
    return s


def _male_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith(("а", "я")):
        return _fem_first(s, case)
    if s.endswith("ий"):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "и", "accs": "я"}[case]
    if s.endswith(("й", "ь")):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е", "accs": "я"}[case]
    ab = "ем" if s[-1] in _HUSH else "ом"
    return s + {"gent": "а", "datv": "у", "ablt": ab, "loct": "е", "accs": "а"}[case]


def _fem_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith("ия"):
        return s[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и", "accs": "ю"}[case]
    if s.endswith("ья"):
        return s[:-1] + {"gent": "и", "datv": "е", "ablt": "ёй", "loct": "е", "accs": "ю"}[case]
    if s.endswith("я"):
        return s[:-1] + {"gent": "и", "datv": "е", "ablt": "ей", "loct": "е", "accs": "ю"}[case]
    if s.endswith("а"):
        g = "и" if s[-2] in _VELAR else "ы"
        ab = "ей" if s[-2] in _HUSH else "ой"
        return s[:-1] + {"gent": g, "datv": "е", "ablt": ab, "loct": "е", "accs": "у"}[case]
    if s.endswith("ь"):
        return s[:-1] + {"gent": "и", "datv": "и", "ablt": "ью", "loct": "и", "accs": "ь"}[case]
    return s


def _patr(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    if male:
        return s + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е", "accs": "а"}[case]
    return s[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е", "accs": "у"}[case]


class Who:
    """One person; shapes render the name in a grammatical case."""

    def __init__(self, rng: random.Random, fake: Any, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        if self.male:
            self.last, self.first, self.mid = (
                fake.last_name_male(),
                fake.first_name_male(),
                fake.middle_name_male(),
            )
        else:
            self.last, self.first = fake.last_name_female(), fake.first_name_female()
            self.mid = fake.middle_name_female()

    def L(self, case: str = "nomn") -> str:
        return _male_surname(self.last, case) if self.male else _fem_surname(self.last, case)

    def F(self, case: str = "nomn") -> str:
        return _male_first(self.first, case) if self.male else _fem_first(self.first, case)

    def M(self, case: str = "nomn") -> str:
        return _patr(self.mid, self.male, case)

    def ini(self, sp: bool = False) -> str:
        return f"{self.first[0]}. {self.mid[0]}." if sp else f"{self.first[0]}.{self.mid[0]}."

    def shape(self, rng: random.Random, case: str = "nomn", shapes: str = "flmiIsn") -> str:
        s = rng.choice(shapes)
        if s == "f":
            return f"{self.L(case)} {self.F(case)} {self.M(case)}"
        if s == "l":
            return f"{self.F(case)} {self.M(case)} {self.L(case)}"
        if s == "m":
            return f"{self.F(case)} {self.M(case)}"
        if s == "i":
            return f"{self.L(case)} {self.ini(rng.random() < 0.4)}"
        if s == "I":
            return f"{self.ini(rng.random() < 0.4)} {self.L(case)}"
        if s == "s":
            return self.L(case)
        if s == "u":
            return f"{self.L().upper()} {self.F().upper()} {self.M().upper()}"
        return f"{self.F(case)} {self.L(case)}"

    def latin(self, rng: random.Random) -> str:
        last, first = translit(self.last), translit(self.first)
        return rng.choice([f"{last.upper()} {first.upper()}", f"{first} {last}", f"{last}, {first}"])


def person(shapes: str = "flmiIsn"):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return Who(rng, fake).shape(rng, case, shapes)

    return make


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
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = "".join(_TR.get(c.lower(), c) if c.islower() else _TR.get(c.lower(), c).capitalize() for c in s)
    return out


DIMIN = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Мария": "Маша",
    "Екатерина": "Катя",
    "Татьяна": "Таня",
    "Наталья": "Наташа",
    "Николай": "Коля",
    "Михаил": "Миша",
    "Елена": "Лена",
    "Ольга": "Оля",
    "Дмитрий": "Дима",
    "Светлана": "Света",
    "Людмила": "Люда",
    "Владимир": "Вова",
    "Галина": "Галя",
}


# ----------------------------------------------------------------------------- dates
def ymd(rng: random.Random, lo: int = 1935, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def hm(rng: random.Random) -> tuple[int, int]:
    return rng.randint(0, 23), rng.choice([0, 5, 10, 12, 15, 20, 30, 41, 45, 50, 55])


def date_str(rng: random.Random, style: str, lo: int = 1935, hi: int = 2026) -> str:
    y, m, d = ymd(rng, lo, hi)
    h, mi = hm(rng)
    match style:
        case "dot":
            return f"{d:02d}.{m:02d}.{y}"
        case "dot2":
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        case "dot_t":
            return f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}"
        case "words":
            return f"{d} {MONTHS_GENT[m - 1]} {y} г."
        case "words_nog":
            return f"«{d:02d}» {MONTHS_GENT[m - 1]} {y}"
        case "abbr":
            return f"{d} {MONTHS_ABBR[m - 1]} {y}"
        case "iso":
            return f"{y}-{m:02d}-{d:02d}"
        case "iso_t":
            return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"
        case "iso_tz":
            return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+03:00"
        case "slash":
            return f"{d:02d}/{m:02d}/{y}"
        case "us":
            return f"{m:02d}/{d:02d}/{y}"
        case "hl7":
            return f"{y}{m:02d}{d:02d}{h:02d}{mi:02d}"
        case "hl7d":
            return f"{y}{m:02d}{d:02d}"
        case "dash":
            return f"{d:02d}-{m:02d}-{y}"
        case "month":
            return f"{MONTHS_NOMN[m - 1]} {y}"
        case "monthloc":
            return f"{MONTHS_LOCT[m - 1]} {y} г."
        case "daymonth":
            return f"{d} {MONTHS_GENT[m - 1]}"
        case "ocr":
            s = f"{d:02d}.{m:02d}.{y}"
            return s.replace("0", rng.choice("OО0")).replace("3", rng.choice("З3"))
        case "typo":
            s = f"{d:02d}.{m:02d}.{y}"
            return rng.choice(
                [
                    s.replace(".", ",", 1),
                    s.replace(".", "..", 1),
                    f"{d:02d}.{m:02d}{y}",
                    s[:-4] + str(y)[2:] + "г",
                ]
            )
        case "time_first":
            return f"{h:02d}:{mi:02d} {d:02d}.{m:02d}.{y}"
        case "compact":
            return f"{d:02d}{m:02d}{y}"
        case "eng":
            mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
            return f"{d:02d}-{mon}-{y}"
    raise ValueError(style)


def date(*styles: str, lo: int = 1935, hi: int = 2026):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return date_str(rng, rng.choice(styles), lo, hi)

    return make


# ----------------------------------------------------------------------------- phones
_CITY = ("495", "499", "812", "343", "4232", "3412", "8452", "3852", "4912", "8172")
_FOREIGN = (
    ("+375", "29", 7),
    ("+998", "90", 7),
    ("+992", "93", 7),
    ("+996", "555", 6),
    ("+374", "91", 6),
    ("+994", "50", 7),
    ("+49", "151", 8),
    ("+86", "138", 8),
    ("+90", "532", 7),
    ("+7", "701", 7),
)


def phone_str(rng: random.Random, style: str) -> str:
    op = f"9{dg(rng, 2)}"
    a, b, c = dg(rng, 3), dg(rng, 2), dg(rng, 2)
    match style:
        case "plus":
            return f"+7 ({op}) {a}-{b}-{c}"
        case "plus_sp":
            return f"+7 {op} {a} {b} {c}"
        case "eight":
            return f"8-{op}-{a}-{b}-{c}"
        case "bare":
            return f"8{op}{a}{b}{c}"
        case "plain7":
            return f"7{op}{a}{b}{c}"
        case "e164":
            return f"+7{op}{a}{b}{c}"
        case "city":
            code = rng.choice(_CITY)
            rest = dg(rng, 10 - len(code))
            return f"8 ({code}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
        case "city_ext":
            return f"+7 (495) {a}-{b}-{c} доб. {dg(rng, 3, True)}"
        case "local":
            return f"{rng.randint(2, 7)}{dg(rng, 1)}-{b}-{c}"
        case "foreign":
            cc, code, n = rng.choice(_FOREIGN)
            rest = dg(rng, n)
            return f"{cc} {code} {rest[:3]}-{rest[3:5]}-{rest[5:]}" if n == 7 else f"{cc} {code} {rest}"
        case "dots":
            return f"8.{op}.{a}.{b}.{c}"
    raise ValueError(style)


def phone(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return phone_str(rng, rng.choice(styles))

    return make


# ----------------------------------------------------------------------------- places
def town(fake: Any) -> str:
    return re.sub(r"\s*\(.*?\)", "", fake.city_name())


def street(fake: Any) -> str:
    return fake.street_title()


_DISTRICTS = (
    "Раменск",
    "Одинцовск",
    "Ступинск",
    "Киржачск",
    "Бирск",
    "Шатурск",
    "Тосненск",
    "Кунгурск",
    "Зеленодольск",
    "Белореченск",
    "Аргаяшск",
    "Ишимск",
    "Сысертск",
    "Новоусманск",
)


def addr_str(rng: random.Random, fake: Any, style: str) -> str:
    t, s, h, fl = town(fake), street(fake), fake.building_number(), rng.randint(1, 250)
    idx = fake.postcode()
    reg = fake.region()
    dist = rng.choice(_DISTRICTS)
    match style:
        case "city":
            return f"г. {t}, ул. {s}, д. {h}, кв. {fl}"
        case "idx_first":
            return f"{idx}, {reg}, г. {t}, ул. {s}, д. {h}, корп. {rng.randint(1, 4)}, кв. {fl}"
        case "idx_last":
            return f"ул. {s}, {h}-{fl}, г. {t}, {idx}"
        case "rural":
            return f"{reg}, {dist}ий р-н, с. {fake.last_name_male()}о, ул. {s}, д. {rng.randint(1, 60)}"
        case "snt":
            return f"{reg}, {dist}ий район, СНТ «{rng.choice(['Рассвет', 'Ромашка', 'Берёзка', 'Строитель', 'Энергетик'])}», уч. {rng.randint(1, 300)}"
        case "mkr":
            return f"г. {t}, мкр. {rng.choice(['Северный', 'Юбилейный', '7-й', 'Солнечный'])}, д. {h}, стр. {rng.randint(1, 3)}, кв. {fl}"
        case "short":
            return f"{t}, {s} {h}-{fl}"
        case "litera":
            return f"г. Санкт-Петербург, ул. {s}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}"
        case "deriv":
            return f"д. {fake.last_name_male()}ка, {dist}ого р-на, д. {rng.randint(1, 40)}"
        case "reversed":
            return f"кв. {fl}, д. {h}, ул. {s}, г. {t}, {reg}, {idx}"
        case "posyolok":
            return f"{idx} {reg}, {dist}ий р-н, пгт {t}, пер. {s}, {rng.randint(1, 60)}"
        case "caps":
            return f"{t.upper()}, УЛ. {s.upper()} Д.{h} КВ.{fl}"
    raise ValueError(style)


def address(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return addr_str(rng, fake, rng.choice(styles))

    return make


# ----------------------------------------------------------------------------- contacts
def email_str(rng: random.Random, fake: Any, who: Who | None = None) -> str:
    dom = rng.choice(
        ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru"]
    )
    if who is not None:
        base = translit(who.last).lower()
        user = rng.choice(
            [
                f"{base}.{translit(who.first)[0].lower()}",
                f"{base}{rng.randint(60, 2010)}",
                f"{translit(who.first).lower()}_{base}",
            ]
        )
        return f"{user}@{dom}"
    return f"{fake.user_name()}@{dom}"


def email():
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return email_str(rng, fake, Who(rng, fake) if rng.random() < 0.6 else None)

    return make


def url_str(rng: random.Random, fake: Any, kind: str = "any") -> str:
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 12)))
    if kind == "lab":
        host = rng.choice(
            ["lk.invitro.ru/result", "helix.ru/check", "results.gemotest.ru/r", "qr.cmd-online.ru"]
        )
        return f"https://{host}/{tok}" if rng.random() < 0.7 else f"{host}/{tok.upper()}"
    return rng.choice(
        [
            f"https://lk.{rng.choice(['invitro', 'helix', 'cmd-online', 'gemotest', 'kdl'])}.ru/result/{tok}",
            f"https://vk.com/{fake.user_name()}",
            f"t.me/{fake.user_name()}",
            f"https://disk.yandex.ru/d/{tok}",
            f"http://lab-{rng.randint(1, 99)}.ru/r?id={dg(rng, 8)}&k={tok}",
            f"https://ok.ru/profile/{dg(rng, 12, True)}",
            f"https://telemed.clinic.ru/room/{tok}",
        ]
    )


def url():
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return url_str(rng, fake)

    return make
