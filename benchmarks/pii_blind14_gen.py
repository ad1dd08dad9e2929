"""Value generators for the blind14 split: people, documents, contacts, dates, addresses, record ids.

Written independently of the scanner: checksums are computed here from the published algorithms
(SNILS mod 101, 12-digit INN weights, ENP Luhn digit), names are inflected by simple rules.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind14_places import (  # noqa: F401  (re-exported for the split modules)
    DISTRICTS,
    REGIONS,
    VILLAGES,
    address,
    cis_addr,
    city_addr,
    mrn,
    postcode,
    rural_addr,
    town,
)
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN, Planted


class Doc:
    """Text built piece by piece; ``v`` appends a gold value, ``t`` plain text."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def dg(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- checksums -----------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = dg(rng, 9)
        if int(body) > 1001998:
            break
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return body + f"{check:02d}"


def snils(rng: random.Random) -> str:
    s = snils_digits(rng)
    return rng.choice(
        (
            f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
            s,
            f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:9]}{s[9:]}",
            f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}",
        )
    )


def inn12_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "16", "02", "54", "66", "23", "61", "63", "24", "59", "74")) + dg(
        rng, 8
    )
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(c2)


def inn10_org(rng: random.Random) -> str:
    body = dg(rng, 9)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11 % 10)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def enp_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "16", "54", "66", "23", "36", "52", "64")) + dg(rng, 13)
    return body + luhn_digit(body)


def enp(rng: random.Random) -> str:
    s = enp_digits(rng)
    return rng.choice((s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}", s))


def passport(rng: random.Random) -> tuple[str, str]:
    return (
        f"{rng.randrange(1, 99):02d}{rng.choice(('03', '05', '08', '10', '12', '14', '17', '19', '20', '21'))}",
        dg(rng, 6).replace("0", "4", 1),
    )


# ----- names ---------------------------------------------------------------------------------
def person(fake: Any, rng: random.Random, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


_ENDS = {
    # case: (gen, dat, ablt, loct, accs)
    "gent": 0,
    "datv": 1,
    "ablt": 2,
    "loct": 3,
    "accs": 4,
}


def _fem_a(word: str, k: int) -> str:
    stem, last = word[:-1], word[-1]
    if last == "я":
        if stem.endswith("и"):
            return stem + ("и", "и", "ей", "и", "ю")[k]
        return stem + ("и", "е", "ей", "е", "ю")[k]
    gen = "и" if stem[-1:] in "гкхжшчщ" else "ы"
    abl = "ей" if stem[-1:] in "жшчщц" else "ой"
    return stem + (gen, "е", abl, "е", "у")[k]


def inflect(word: str, part: str, female: bool, case: str) -> str:
    """Rule-based declension of a Russian name part (F surname, I first name, O patronymic)."""
    if case == "nomn" or case not in _ENDS or not word:
        return word
    k = _ENDS[case]
    low = word.lower()
    if part == "F":
        if female:
            if low.endswith(("ская", "цкая")):
                return word[:-2] + ("ой", "ой", "ой", "ой", "ую")[k]
            if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
                return word[:-1] + ("ой", "ой", "ой", "ой", "у")[k]
            if low.endswith("а"):
                return _fem_a(word, k)
            return word
        if low.endswith(("ский", "цкий")):
            return word[:-2] + ("ого", "ому", "им", "ом", "ого")[k]
        if low.endswith(("ой", "ый")):
            return word[:-2] + ("ого", "ому", "ым", "ом", "ого")[k]
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return word + ("а", "у", "ым", "е", "а")[k]
        if low.endswith(("о", "их", "ых", "ко", "е", "у", "и")):
            return word
        if low.endswith("а") or low.endswith("я"):
            return _fem_a(word, k)
        if low.endswith("ь"):
            return word[:-1] + ("я", "ю", "ем", "е", "я")[k]
        if low.endswith("й"):
            return word[:-1] + ("я", "ю", "ем", "е", "я")[k]
        abl = "ем" if low[-1] in "жшчщц" else "ом"
        return word + ("а", "у", abl, "е", "а")[k]
    if part == "O":
        if low.endswith("на"):
            return word[:-1] + ("ы", "е", "ой", "е", "у")[k]
        return word + ("а", "у", "ем", "е", "а")[k]
    # first name
    if low.endswith(("а", "я")):
        return _fem_a(word, k)
    if female:
        if low.endswith("ь"):
            if low.endswith("овь"):
                return word[:-3] + ("ви", "ви", "вью", "ви", "вь")[k]
            return word[:-1] + ("и", "и", "ью", "и", "ь")[k]
        return word
    if low.endswith("ий"):
        return word[:-2] + ("ия", "ию", "ием", "ии", "ия")[k]
    if low.endswith(("й", "ь")):
        return word[:-1] + ("я", "ю", "ем", "е", "я")[k]
    if low.endswith("ел") and low in ("павел",):
        return word[:-2] + ("ла", "лу", "лом", "ле", "ла")[k]
    if low == "лев":
        return "Льв" + ("а", "у", "ом", "е", "а")[k]
    return word + ("а", "у", "ом", "е", "а")[k]


def name(rng: random.Random, fake: Any, case: str, *shapes: str, female: bool | None = None) -> str:
    """Shapes: F I O full parts, i/o initials ("F i.o."), "io" joined initials without space."""
    last, first, middle, female = person(fake, rng, female)
    parts = {"F": inflect(last, "F", female, case), "I": inflect(first, "I", female, case)}
    parts["O"] = inflect(middle, "O", female, case)
    out = []
    for tok in rng.choice(shapes or ("F I O",)).split():
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        else:
            out.append(parts[tok])
    return " ".join(out)


_TR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def latin(word: str) -> str:
    out = "".join(_TR.get(c.lower(), c).replace("-", "") for c in word)
    return out[:1].upper() + out[1:]


# labour migrants and CIS patients: (surname male, first name male, female surname, female first, patronymic-ish)
MIGRANT_M = (
    ("Каримов", "Рустам", "Бахтиёрович"),
    ("Рахимов", "Шерзод", "Абдуллаевич"),
    ("Юсупов", "Фаррух", "Хамидович"),
    ("Назаров", "Джамшед", "Сафарович"),
    ("Мамедов", "Эльчин", "Гусейн оглы"),
    ("Асанбеков", "Нурлан", "Маратович"),
    ("Турсунов", "Улугбек", "Алишерович"),
    ("Саргсян", "Ашот", "Гагикович"),
    ("Холматов", "Бобур", "Одилович"),
    ("Эргашев", "Сардор", "Рустамович"),
    ("Абдуллоев", "Фирдавс", "Саидович"),
    ("Алиев", "Руслан", "Ильхам оглы"),
)
MIGRANT_F = (
    ("Каримова", "Дильноза", "Рустамовна"),
    ("Юлдашева", "Мадина", "Шухратовна"),
    ("Рахмонова", "Зарина", "Азизовна"),
    ("Абдыкадырова", "Айгерим", "Бакытовна"),
    ("Мамедова", "Севиль", "Али кызы"),
    ("Акопян", "Анаит", "Самвеловна"),
    ("Султанова", "Гулнора", "Ибрагимовна"),
    ("Нурматова", "Айжан", "Талантбековна"),
    ("Исмоилова", "Нигина", "Файзуллоевна"),
)


def migrant(rng: random.Random) -> tuple[str, str, str, bool]:
    if rng.random() < 0.5:
        f, i, o = rng.choice(MIGRANT_F)
        return f, i, o, True
    f, i, o = rng.choice(MIGRANT_M)
    return f, i, o, False


# ----- dates ---------------------------------------------------------------------------------
def rdate(fake: Any, old: bool = False) -> Any:
    return fake.date_between(start_date="-85y" if old else "-3y", end_date="today")


def date_s(rng: random.Random, fake: Any, old: bool = False, style: str = "") -> str:
    d = rdate(fake, old)
    style = style or rng.choice(
        ("dmy", "dmy", "dmy2", "words", "iso", "slash", "roman", "abbr", "sp", "compact")
    )
    m = d.month - 1
    return {
        "dmy": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "words": f"{d.day} {MONTHS_GENT[m]} {d.year} г.",
        "iso": d.isoformat(),
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "roman": f"{d.day}.{ROMAN[m]}.{d.year}",
        "abbr": f"{d.day} {MONTHS_ABBR[m]} {d.year}",
        "sp": f"{d.day:02d} . {d.month:02d} . {d.year}",
        "compact": f"{d.day:02d}{d.month:02d}{d.year}",
        "ymd8": f"{d.year}{d.month:02d}{d.day:02d}",
        "month": f"{MONTHS_NOMN[m]} {d.year}",
        "daymonth": f"{d.day} {MONTHS_GENT[m]}",
    }[style]


def dt_s(rng: random.Random, fake: Any, style: str = "") -> str:
    d = rdate(fake)
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    style = style or rng.choice(("ru", "iso", "hl7", "ru_s", "log"))
    return {
        "ru": f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}:{mm:02d}",
        "ru_s": f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}:{mm:02d}:{ss:02d}",
        "iso": f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}+03:00",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}{ss:02d}",
        "log": f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d},{rng.randrange(1000):03d}",
        "dicom": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "3": "З", "6": "б"}


def ocr(rng: random.Random, s: str, rate: float = 0.25) -> str:
    """Scanned-form noise: some digits read as letters."""
    return "".join(_OCR[c] if c in _OCR and rng.random() < rate else c for c in s)


# ----- contacts ------------------------------------------------------------------------------
def mobile(rng: random.Random) -> str:
    a, b = "9" + dg(rng, 2), dg(rng, 7)
    return rng.choice(
        (
            f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}",
            f"8{a}{b}",
            f"+7{a}{b}",
            f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}",
            f"8 {a} {b[:3]} {b[3:5]} {b[5:]}",
            f"+7 {a} {b[:3]}-{b[3:]}",
            f"8({a}){b[:3]}{b[3:]}",
        )
    )


def city_phone(rng: random.Random) -> str:
    code = rng.choice(("495", "812", "3452", "4012", "8332", "3812", "84722"))
    b = dg(rng, 10 - len(code))
    if len(b) == 7:
        return rng.choice(
            (f"8 ({code}) {b[:3]}-{b[3:5]}-{b[5:]}", f"({code}) {b[:3]}-{b[3:]}", f"+7 {code} {b}")
        )
    if len(b) == 6:
        return rng.choice((f"8 ({code}) {b[:2]}-{b[2:4]}-{b[4:]}", f"8-{code}-{b[:3]}-{b[3:]}"))
    return rng.choice((f"8 ({code}) {b[:1]}-{b[1:3]}-{b[3:]}", f"8{code}{b}"))


def foreign_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+998 9{rng.randrange(10)} {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            f"+992 9{dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)}",
            f"+996 (5{dg(rng, 2)}) {dg(rng, 3)} {dg(rng, 3)}",
            f"+7 707 {dg(rng, 3)} {dg(rng, 4)}",
            f"+374 9{dg(rng, 1)} {dg(rng, 6)}",
            f"+994 50 {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}",
            f"00998{dg(rng, 9)}",
            f"+375 (29) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
        )
    )


def email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = person(fake, rng)
    user = rng.choice(
        (f"{latin(first).lower()}.{latin(last).lower()}", f"{latin(last).lower()}{rng.randrange(60, 99)}")
    )
    user = rng.choice((user, f"{latin(first)[0].lower()}_{latin(last).lower()}", user.upper()))
    dom = rng.choice(
        ("mail.ru", "yandex.ru", "bk.ru", "gmail.com", "inbox.ru", "list.ru", "rambler.ru", "ya.ru")
    )
    return f"{user}@{dom.upper() if user.isupper() else dom}"


def url(rng: random.Random, fake: Any) -> str:
    last = latin(fake.last_name_male()).lower()
    return rng.choice(
        (
            f"https://vk.com/{last}{rng.randrange(1000)}",
            f"https://t.me/{last}_{dg(rng, 2)}",
            f"ok.ru/profile/{dg(rng, 12)}",
            f"https://disk.yandex.ru/d/{last[:3]}{dg(rng, 4)}Xq",
            f"www.{last}-foto.ru",
            f"http://drive.google.com/file/d/1{last}{dg(rng, 5)}/view",
        )
    )
