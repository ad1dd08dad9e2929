"""Value makers for the blind9 split: names with their own case endings, dates, places and checksummed ids.

Written independently of the scanner; every maker takes ``rng`` and a Faker("ru_RU") ``fake``.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN, Planted

SPLIT = "blind9"


# ----- a small text builder with gold spans ---------------------------------------------------
class Doc:
    """Append plain text with ``t`` and PII values with ``v``; ``done`` gives the Planted."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, len(self.text)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- names and their cases -------------------------------------------------------------------
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSH = "гкхжшщч"


def _surname(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    if female:
        for end, forms in (
            ("ская", ("ской", "ской", "скую", "ской", "ской")),
            ("цкая", ("цкой", "цкой", "цкую", "цкой", "цкой")),
            ("ова", ("овой", "овой", "ову", "овой", "овой")),
            ("ева", ("евой", "евой", "еву", "евой", "евой")),
            ("ёва", ("ёвой", "ёвой", "ёву", "ёвой", "ёвой")),
            ("ина", ("иной", "иной", "ину", "иной", "иной")),
            ("ына", ("ыной", "ыной", "ыну", "ыной", "ыной")),
            ("ая", ("ой", "ой", "ую", "ой", "ой")),
        ):
            if word.endswith(end):
                return word[: -len(end)] + forms[i]
        return word
    for end, forms in (
        ("ский", ("ского", "скому", "ского", "ским", "ском")),
        ("цкий", ("цкого", "цкому", "цкого", "цким", "цком")),
        ("ой", ("ого", "ому", "ого", "ым", "ом")),
        ("ый", ("ого", "ому", "ого", "ым", "ом")),
        ("ий", ("его", "ему", "его", "им", "ем")),
        ("ов", ("ова", "ову", "ова", "овым", "ове")),
        ("ев", ("ева", "еву", "ева", "евым", "еве")),
        ("ёв", ("ёва", "ёву", "ёва", "ёвым", "ёве")),
        ("ин", ("ина", "ину", "ина", "иным", "ине")),
        ("ын", ("ына", "ыну", "ына", "ыным", "ыне")),
    ):
        if word.endswith(end):
            return word[: -len(end)] + forms[i]
    if word[-1] in "оеиуыюэ":
        return word
    if word[-1] == "ь":
        return word[:-1] + ("я", "ю", "я", "ем", "е")[i]
    if word[-1] == "й":
        return word[:-1] + ("я", "ю", "я", "ем", "е")[i]
    if word[-1] in "ая":
        return _first(word, True, case)
    ablt = "ем" if word[-1] in "жшщчц" else "ом"
    return word + ("а", "у", "а", ablt, "е")[i]


def _first(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    if word.endswith("ия"):
        return word[:-2] + ("ии", "ии", "ию", "ией", "ии")[i]
    if word.endswith("я"):
        return word[:-1] + ("и", "е", "ю", "ей", "е")[i]
    if word.endswith("а"):
        gent = "и" if word[-2] in _HUSH else "ы"
        ablt = "ей" if word[-2] in "жшщчц" else "ой"
        return word[:-1] + (gent, "е", "у", ablt, "е")[i]
    if female:
        if word.endswith("ь"):
            return word[:-1] + ("и", "и", "ь", "ью", "и")[i]
        return word
    if word.endswith("ий"):
        return word[:-2] + ("ия", "ию", "ия", "ием", "ии")[i]
    if word[-1] in "йь":
        return word[:-1] + ("я", "ю", "я", "ем", "е")[i]
    return word + ("а", "у", "а", "ом", "е")[i]


def _patr(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    if female and word.endswith("на"):
        return word[:-1] + ("ы", "е", "у", "ой", "е")[i]
    if word.endswith("ич"):
        return word + ("а", "у", "а", "ем", "е")[i]
    return word


class Person:
    def __init__(self, rng: random.Random, fake: Any, female: bool | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        if self.female:
            self.f, self.i, self.o = (
                fake.last_name_female(),
                fake.first_name_female(),
                fake.middle_name_female(),
            )
        else:
            self.f, self.i, self.o = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()

    def F(self, case: str = "nomn") -> str:
        return _surname(self.f, self.female, case)

    def I(self, case: str = "nomn") -> str:  # noqa: E743
        return _first(self.i, self.female, case)

    def O(self, case: str = "nomn") -> str:  # noqa: E743
        return _patr(self.o, self.female, case)

    def shape(self, shape: str, case: str = "nomn") -> str:
        """F I O / F io / io F / F i o / I O / F I / F / I F / FIO_UP / lat."""
        ini = f"{self.i[0]}.{self.o[0]}."
        return {
            "F I O": f"{self.F(case)} {self.I(case)} {self.O(case)}",
            "F io": f"{self.F(case)} {ini}",
            "io F": f"{ini} {self.F(case)}",
            "F i o": f"{self.F(case)} {self.i[0]}. {self.o[0]}.",
            "i o F": f"{self.i[0]}. {self.o[0]}. {self.F(case)}",
            "I O": f"{self.I(case)} {self.O(case)}",
            "F I": f"{self.F(case)} {self.I(case)}",
            "I F": f"{self.I(case)} {self.F(case)}",
            "F": self.F(case),
            "I": self.I(case),
            "F i": f"{self.F(case)} {self.i[0]}.",
            "UP": f"{self.f.upper()} {self.i.upper()} {self.o.upper()}",
            "lat": f"{translit(self.f).upper()} {translit(self.i).upper()}",
            "Lat": f"{translit(self.i)} {translit(self.f)}",
        }[shape]


def person_maker(*shapes: str, female: bool | None = None):  # type: ignore[no-untyped-def]
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return Person(rng, fake, female).shape(rng.choice(shapes), case)

    return make


_LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia".split(" "),
        strict=True,
    )
)


def translit(word: str) -> str:
    out = "".join(_LAT.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:]


# ----- dates -------------------------------------------------------------------------------------
def ymd(rng: random.Random, lo: int = 1935, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_str(rng: random.Random, style: str, lo: int = 1935, hi: int = 2026) -> str:
    y, m, d = ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.randrange(0, 60, 5)
    return {
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dot2": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
        "words_noy": f"{d} {MONTHS_GENT[m - 1]} {y}",
        "abbr": f"{d} {MONTHS_ABBR[m - 1]} {y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "month_year": f"{MONTHS_NOMN[m - 1]} {y}",
        "mm_yyyy": f"{m:02d}.{y}",
        "day_month": f"{d} {MONTHS_GENT[m - 1]}",
        "dt": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        "dt_iso": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
        "dt_v": f"{d:02d}.{m:02d}.{y} в {hh:02d}.{mm:02d}",
        "hl7": f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "ocr": f"{d:02d},{m:02d}.{y}".replace("0", rng.choice("0O")),
        "space": f"{d:02d} {m:02d} {y}",
        "en": f"{d:02d}-{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]}-{y}",
    }[style]


def date_maker(*styles: str, lo: int = 1935, hi: int = 2026):  # type: ignore[no-untyped-def]
    return lambda rng, fake, case: date_str(rng, rng.choice(styles), lo, hi)


# ----- phones, mail ---------------------------------------------------------------------------
_CODES = ("495", "499", "812", "3852", "4212", "8332", "3912", "4872", "8162", "3022", "4152")


def phone(rng: random.Random, style: str | None = None) -> str:
    a, b = "9" + digits(rng, 2), digits(rng, 7)
    style = style or rng.choice(("plus", "eight", "bare", "dash", "city", "ext", "foreign", "paren"))
    if style == "plus":
        return f"+7 {a} {b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "eight":
        return f"8({a}){b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "bare":
        return f"8{a}{b}"
    if style == "dash":
        return f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "paren":
        return f"+7({a}){b[:3]} {b[3:5]} {b[5:]}"
    if style == "city":
        code = rng.choice(_CODES)
        n = digits(rng, 10 - len(code))
        return f"8 ({code}) {n[:-4]}-{n[-4:-2]}-{n[-2:]}"
    if style == "ext":
        code = rng.choice(_CODES[:3])
        return f"+7 ({code}) {b[:3]}-{b[3:5]}-{b[5:]} доб. {digits(rng, 3)}"
    return rng.choice(
        (
            f"+375 29 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            f"+998 90 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
            f"+992 {digits(rng, 9)}",
            f"+49 30 {digits(rng, 8)}",
            f"+380 67 {digits(rng, 7)}",
            f"+996 555 {digits(rng, 6)}",
        )
    )


def email(rng: random.Random, fake: Any, p: Person | None = None) -> str:
    if p is not None and rng.random() < 0.6:
        login = rng.choice(
            (
                f"{translit(p.f).lower()}.{translit(p.i)[0].lower()}",
                f"{translit(p.i).lower()}{digits(rng, 2)}",
            )
        )
        return f"{login}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'list.ru', 'inbox.ru'))}"
    return fake.free_email()


# ----- places ---------------------------------------------------------------------------------
def street(fake: Any) -> str:
    return fake.street_title()


_DISTRICTS = ("Заокский", "Ленинский", "Первомайский", "Кировский", "Октябрьский", "Советский", "Вяземский")


def address(rng: random.Random, fake: Any, style: str | None = None) -> str:
    idx, town, st = fake.postcode(), fake.city_name(), street(fake)
    h, fl = rng.randint(1, 150), rng.randint(1, 300)
    reg = fake.region()
    style = style or rng.choice(
        ("city", "index_first", "index_last", "rural", "snt", "mkr", "korp", "reversed", "short")
    )
    if style == "city":
        return f"г. {town}, ул. {st}, д. {h}, кв. {fl}"
    if style == "index_first":
        return f"{idx}, {reg}, г. {town}, {st} ул., д.{h}, корп. {rng.randint(1, 5)}, кв.{fl}"
    if style == "index_last":
        return f"ул. {st} {h}-{fl}, г. {town}, {idx}"
    if style == "rural":
        return f"{reg}, {rng.choice(_DISTRICTS)} р-н, с. {fake.city_name()}, ул. {st}, д. {h}"
    if style == "snt":
        return f"{reg}, {rng.choice(_DISTRICTS)} р-н, СНТ «{rng.choice(('Рассвет', 'Берёзка', 'Дружба', 'Мичуринец'))}», уч. {h}"
    if style == "mkr":
        return f"г. {town}, мкр. {rng.choice(('Северный', 'Юбилейный', 'Солнечный'))}, д. {h}, стр. {rng.randint(1, 4)}, кв. {fl}"
    if style == "korp":
        return f"{town}, пр-т {st}, {h}к{rng.randint(1, 4)}, лит. {rng.choice('АБВ')}, кв {fl}"
    if style == "reversed":
        return f"кв. {fl}, д. {h}, ул. {st}, г. {town}, {reg}, {idx}"
    return f"{town}, {st} {h}/{rng.randint(1, 9)}-{fl}"


# ----- checksummed identifiers ------------------------------------------------------------------
def snils(rng: random.Random, style: str | None = None) -> str:
    while True:
        body = digits(rng, 9)
        if body > "001001998":
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    check = s if s < 100 else (0 if s in (100, 101) else s % 101)
    check = 0 if check == 100 else check
    cs = f"{check:02d}"
    style = style or rng.choice(("std", "std", "bare", "spaces", "dashes"))
    return {
        "std": f"{body[:3]}-{body[3:6]}-{body[6:]} {cs}",
        "bare": body + cs,
        "spaces": f"{body[:3]} {body[3:6]} {body[6:]} {cs}",
        "dashes": f"{body[:3]}-{body[3:6]}-{body[6:]}-{cs}",
    }[style]


def inn12(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "66", "54", "16", "02", "23", "61", "24")) + digits(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10
    body += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10
    return body + str(c12)


def inn10_org(rng: random.Random) -> str:
    """An organisation's INN (10 digits): a look-alike that is NOT personal PII."""
    body = rng.choice(("77", "78", "50", "66")) + digits(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11 % 10)


def ogrn(rng: random.Random) -> str:
    body = "1" + digits(rng, 11)
    return body + str(int(body) % 11 % 10)


def enp(rng: random.Random) -> str:
    """16-digit single policy number; the last digit is the Luhn-style control digit."""
    body = rng.choice(("77", "50", "78", "66", "54", "16")) + digits(rng, 13)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def enp_styled(rng: random.Random) -> str:
    n = enp(rng)
    return rng.choice((n, n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"))


def passport(rng: random.Random) -> tuple[str, str]:
    series = rng.choice(("45", "46", "40", "65", "52", "03", "92", "36")) + f"{rng.randint(0, 24):02d}"
    return series, digits(rng, 6)


def passport_joined(rng: random.Random) -> str:
    s, n = passport(rng)
    return rng.choice((f"{s} {n}", f"{s[:2]} {s[2:]} {n}", f"{s}{n}", f"{s} № {n}", f"{s}-{n}"))


def record_no(rng: random.Random, kind: str | None = None) -> str:
    y = rng.randint(2015, 2026)
    kind = kind or rng.choice(("ib", "amb", "emr", "acc", "lab", "ref", "rx", "eln", "call", "dicom"))
    return {
        "ib": f"{rng.randint(1, 29999)}/{y % 100:02d}",
        "amb": f"{rng.choice(('А', 'Т', 'П'))}-{rng.randint(100, 99999)}",
        "emr": f"EMR{digits(rng, 8)}",
        "acc": f"ACC-{y}-{digits(rng, 6)}",
        "lab": f"{digits(rng, 10)}",
        "ref": f"{rng.randint(10, 99)}-{y}-{digits(rng, 5)}",
        "rx": f"{rng.randint(10, 99)}-{digits(rng, 2)}-{digits(rng, 6)}",
        "eln": "9" + digits(rng, 11),
        "call": f"{rng.randint(1, 999)}-{digits(rng, 4)}",
        "dicom": f"1.2.643.5.1.13.13.12.2.{rng.randint(1, 99)}.{digits(rng, 5)}.{digits(rng, 8)}",
    }[kind]
