"""Value generators for the blind16 split (scanned, faxed and machine-made records).

Everything random comes from ``rng`` and the Faker ``fake`` passed in, so samples are reproducible.
Checksummed identifiers (SNILS, personal INN, ENP) are computed here.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pymorphy3

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, Planted

_MORPH = pymorphy3.MorphAnalyzer()
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = str(rng.randrange(1, 10)) + out[1:]
    return out


class Doc:
    """Text builder: ``t`` appends plain text, ``v`` appends a gold value."""

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
        return Planted(self.text, self.golds)


# ----- checksummed identifiers ---------------------------------------------------------------
def snils(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s < 100:
        check = s
    elif s in (100, 101):
        check = 0
    else:
        check = s % 101
        if check == 100:
            check = 0
    return body + f"{check:02d}"


def snils_fmt(rng: random.Random, style: str = "") -> str:
    v = snils(rng)
    style = style or rng.choice(("std", "std", "raw", "spaces", "dashes", "dot"))
    if style == "raw":
        return v
    if style == "spaces":
        return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"
    if style == "dashes":
        return f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}"
    if style == "dot":
        return f"{v[:3]}.{v[3:6]}.{v[6:9]} {v[9:]}"
    return f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}"


def inn12(rng: random.Random) -> str:
    body = str(rng.choice((77, 50, 78, 16, 2, 5, 6, 20, 23, 24, 54, 61, 66, 74, 3, 7, 14))).zfill(2) + digits(
        rng, 8
    )
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d1 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(d1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(d2)


def _enp_official(body: str) -> int:
    odd = "".join(body[i] for i in range(len(body) - 1, -1, -2))[::-1]
    even = "".join(body[i] for i in range(len(body) - 2, -1, -2))[::-1]
    joined = even + str(int(odd) * 2)
    return (10 - sum(int(c) for c in joined) % 10) % 10


def _luhn(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


def enp(rng: random.Random) -> str:
    """16-digit unified policy number whose check digit agrees under both readings of the rule."""
    while True:
        body = rng.choice(("77", "50", "78", "16", "02", "05", "66", "24", "54", "61", "23", "36")) + digits(
            rng, 13
        )
        check = _enp_official(body)
        if check == _luhn(body):
            return body + str(check)


def enp_fmt(rng: random.Random, style: str = "") -> str:
    v = enp(rng)
    style = style or rng.choice(("raw", "raw", "4x4", "dash4"))
    if style == "4x4":
        return " ".join(v[i : i + 4] for i in range(0, 16, 4))
    if style == "dash4":
        return "-".join(v[i : i + 4] for i in range(0, 16, 4))
    return v


def passport(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randrange(1, 99):02d}{rng.randrange(0, 26):02d}", digits(rng, 6, first_nonzero=True)


# ----- names ---------------------------------------------------------------------------------
def inflect(word: str, tag: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    gender = "femn" if female else "masc"
    for p in _MORPH.parse(word):
        if tag in p.tag and (p.tag.gender == gender or p.tag.gender is None):
            form = p.inflect({case, "sing"})
            if form:
                out = form.word
                return out[0].upper() + out[1:]
    return word


def raw_person(rng: random.Random, fake: Any, sex: str = "") -> tuple[str, str, str, bool]:
    female = sex == "f" if sex else rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def person(rng: random.Random, fake: Any, case: str = "nomn", shape: str = "", sex: str = "") -> str:
    """Shapes: "F I O", "F io", "F i o", "io F", "F", "I O", "I F", "FIO_UP", "F I"."""
    last, first, middle, female = raw_person(rng, fake, sex)
    shape = shape or rng.choice(("F I O", "F io", "F i o", "io F", "F I O", "F io"))
    parts = {
        "F": inflect(last, "Surn", female, case),
        "I": inflect(first, "Name", female, case),
        "O": inflect(middle, "Patr", female, case),
    }
    if shape == "FIO_UP":
        return f"{last} {first} {middle}".upper()
    out = []
    for tok in shape.split():
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        else:
            out.append(parts[tok])
    return " ".join(out)


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia").split(" "),
        strict=True,
    )
)


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low in _TRANSLIT:
            t = _TRANSLIT[low]
            out.append(t.capitalize() if ch.isupper() else t)
        else:
            out.append(ch)
    return "".join(out)


FOREIGN = (
    ("Rahimov", "Dilshod", "Uzbekistan"),
    ("Karimova", "Nilufar", "Uzbekistan"),
    ("Nazarov", "Farrukh", "Tajikistan"),
    ("Sharipova", "Madina", "Tajikistan"),
    ("Asanov", "Bakyt", "Kyrgyzstan"),
    ("Hovhannisyan", "Aram", "Armenia"),
    ("Beridze", "Nino", "Georgia"),
    ("Nguyen", "Van Thanh", "Vietnam"),
    ("Wang", "Lei", "China"),
    ("Müller", "Thomas", "Germany"),
    ("Mammadov", "Elvin", "Azerbaijan"),
    ("Ciobanu", "Ion", "Moldova"),
    ("Akhmedova", "Zarina", "Tajikistan"),
    ("Okafor", "Chidi", "Nigeria"),
    ("Singh", "Arjun", "India"),
)
FOREIGN_RU = (
    "Рахимов Дилшод Бахтиёрович",
    "Каримова Нилуфар Анваровна",
    "Назаров Фаррух Саидович",
    "Шарипова Мадина",
    "Асанов Бакыт Жумабекович",
    "Оганесян Арам Грачикович",
    "Беридзе Нино Гивиевна",
    "Нгуен Ван Тхань",
    "Ван Лэй",
    "Мамедов Эльвин Рауф оглы",
    "Чобану Ион",
    "Ахмедова Зарина Шухратовна",
    "Турсунов Азамат",
    "Исмоилов Бехруз Комилжон угли",
    "Абдуллаева Гулноза",
    "Сейткали Айгерим Нурлановна",
)
NATIONAL_RU = (
    "Хабибуллин Ринат Ильдарович",
    "Гарипова Гульнара Рашитовна",
    "Дзасохов Алан Таймуразович",
    "Цыбиков Баир Жаргалович",
    "Кодзоева Лейла Магомедовна",
    "Алиев Магомед Шамилевич",
    "Николаева Сардана Петровна",
    "Ооржак Чечек Саяновна",
    "Бекмурзаев Ислам Русланович",
    "Шайхутдинова Алсу Ринатовна",
    "Монгуш Айдыс Олегович",
)


# ----- dates ---------------------------------------------------------------------------------
def rand_date(rng: random.Random, start: int = 1935, end: int = 2026) -> date:
    d0 = date(start, 1, 1)
    span = (date(end, 11, 20) - d0).days
    return d0 + timedelta(days=rng.randrange(span))


def date_pair(rng: random.Random, start: int = 2024) -> tuple[date, date]:
    """Start and end of a stay or a sick leave, the end a few days to weeks after the start."""
    d1 = rand_date(rng, start)
    return d1, d1 + timedelta(days=rng.randrange(2, 45))


def date_fmt(rng: random.Random, d: date | None = None, style: str = "", time: bool = False) -> str:
    d = d or rand_date(rng)
    style = style or rng.choice(
        ("dmy", "dmy", "dmy_slash", "iso", "words", "dmy2", "abbr", "dmy_dash", "compact")
    )
    m = d.month - 1
    out = {
        "dmy": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "iso": d.isoformat(),
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "words": f"{d.day} {MONTHS_GENT[m]} {d.year} г.",
        "words_nog": f"{d.day} {MONTHS_GENT[m]} {d.year}",
        "abbr": f"{d.day} {MONTHS_ABBR[m]} {d.year}",
        "month_year": f"{MONTHS_NOMN[m]} {d.year}",
        "mm_yyyy": f"{d.month:02d}.{d.year}",
        "day_month": f"{d.day} {MONTHS_GENT[m]}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "en": f"{d.day:02d}-{('JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC').split()[m]}-{d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]
    if time:
        hh, mm = rng.randrange(24), rng.randrange(60)
        if style in ("iso",):
            out += rng.choice((f"T{hh:02d}:{mm:02d}:00", f" {hh:02d}:{mm:02d}"))
        elif style == "hl7":
            out += f"{hh:02d}{mm:02d}"
        else:
            out += rng.choice(
                (f" {hh:02d}:{mm:02d}", f" {hh:02d}.{mm:02d}", f" в {hh:02d}:{mm:02d}", f", {hh}:{mm:02d}")
            )
    return out


# ----- OCR noise -----------------------------------------------------------------------------
_OCR = {
    "0": "O",
    "1": "l",
    "3": "З",
    "6": "б",
    "8": "В",
    "5": "S",
    "О": "0",
    "З": "3",
    "l": "1",
    "о": "0",
    "е": "с",
}


def ocr(rng: random.Random, s: str, rate: float = 0.12) -> str:
    out = []
    for ch in s:
        if ch in _OCR and rng.random() < rate:
            out.append(_OCR[ch])
        elif ch == " " and rng.random() < rate / 2:
            continue
        else:
            out.append(ch)
    res = "".join(out).strip()
    return res or s


# ----- phones --------------------------------------------------------------------------------
def phone(rng: random.Random, style: str = "") -> str:
    a = "9" + digits(rng, 2)
    b = digits(rng, 7)
    style = style or rng.choice(
        ("p7", "p7", "8par", "plain", "dots", "city", "foreign", "ext", "8dash", "uz", "kz")
    )
    if style == "p7":
        return f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "8par":
        return f"8({a}){b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "plain":
        return f"8{a}{b}"
    if style == "dots":
        return f"+7.{a}.{b[:3]}.{b[3:]}"
    if style == "8dash":
        return f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}"
    if style == "city":
        code = rng.choice(("3452", "8442", "4852", "3012", "8722", "3532", "4112"))
        return f"8 ({code}) {b[:2]}-{b[2:4]}-{b[4:6]}"
    if style == "ext":
        return f"+7 (495) {b[:3]}-{b[3:5]}-{b[5:]} доб. {digits(rng, 3, True)}"
    if style == "uz":
        return f"+998 {rng.choice(('90', '91', '93', '97', '99'))} {b[:3]} {b[3:5]} {b[5:]}"
    if style == "kz":
        return f"+7 7{digits(rng, 2)} {b[:3]} {b[3:5]} {b[5:]}"
    if style == "tj":
        return f"+992 {digits(rng, 2, True)} {b[:3]} {b[3:5]} {b[5:]}"
    if style == "raw7":
        return f"7{a}{b}"
    return f"+7{a}{b}"


def email(rng: random.Random, fake: Any, last: str = "") -> str:
    user = translit(last).lower() if last else fake.user_name()
    user = user.replace(" ", "") + rng.choice(
        ("", str(rng.randrange(60, 99)), "." + str(rng.randrange(1, 30)), "_med")
    )
    return f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'inbox.ru', 'list.ru', 'rambler.ru'))}"


def url(rng: random.Random, fake: Any) -> str:
    return rng.choice(
        (
            f"https://vk.com/id{digits(rng, 9, True)}",
            f"t.me/{fake.user_name()}",
            f"https://wa.me/7{digits(rng, 10)}",
            f"https://ok.ru/profile/{digits(rng, 12, True)}",
            f"http://{fake.domain_word()}.narod.ru/",
            f"https://disk.yandex.ru/d/{fake.lexify('??????????')}",
            f"https://cloud.mail.ru/public/{fake.lexify('????/?????????')}",
            f"www.instagram.com/{fake.user_name()}",
        )
    )
