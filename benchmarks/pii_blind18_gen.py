"""blind18 value makers: dates, checksummed identifiers, phones and e-mails.

Written independently (blind): no scanner code or other split was read to write it."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind18_names import latin, person_parts


# ----- numbers and dates -----------------------------------------------------------------------
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


MONTHS_G = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_N = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
OCR = str.maketrans({"0": "О", "3": "З", "1": "l", "6": "б"})


def ymd(rng: random.Random, lo: int = 1938, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date(fmt: str, rng: random.Random, lo: int = 1938, hi: int = 2026) -> str:
    y, m, d = ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55))
    values = {
        "dmy": f"{d:02d}.{m:02d}.{y}",
        "dmy2": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "words": f"{d} {MONTHS_G[m - 1]} {y} г.",
        "words_nog": f"{d} {MONTHS_G[m - 1]} {y}",
        "wordsgoda": f"«{d:02d}» {MONTHS_G[m - 1]} {y} года",
        "short": f"{d} {MONTHS_SHORT[m - 1]}. {y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "roman_sp": f"{d} {ROMAN[m - 1]} {y}",
        "my": f"{MONTHS_N[m - 1]} {y} г.",
        "my_num": f"{m:02d}.{y}",
        "dm": f"{d} {MONTHS_G[m - 1]}",
        "dmy_time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        "dmy_v": f"{d:02d}.{m:02d}.{y} в {hh:02d}:{mm:02d}",
        "time_dmy": f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{y}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
        "compact": f"{y}{m:02d}{d:02d}",
        "space": f"{d:02d} {m:02d} {y}",
        "dmy_ocr": f"{d:02d}.{m:02d}.{y}".translate(OCR),
        "dmy_typo": f"{d:02d},{m:02d}.{y}",
        "dmy_dbl": f"{d:02d}..{m:02d}.{y}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "en": f"{d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}",
        "hl7": f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}",
    }
    return values[fmt]


def dates(*fmts: str, lo: int = 1938, hi: int = 2026):
    return lambda rng, fake, case: date(rng.choice(fmts), rng, lo, hi)


# ----- checksummed identifiers -------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        if body > "001001998":
            break
    total = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return body + f"{check:02d}"


def snils(fmt: str, rng: random.Random) -> str:
    s = snils_digits(rng)
    return {
        "std": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
        "dash": f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
        "plain": s,
        "space": f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
        "dots": f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}",
        "slash": f"{s[:3]}-{s[3:6]}-{s[6:9]}/{s[9:]}",
    }[fmt]


def inn_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "16", "02", "05", "14", "03", "17", "08", "20", "54", "66", "25", "39", "63"))
    body += digits(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n11 = sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10
    body += str(n11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10)


def org_inn(rng: random.Random) -> str:
    """A 10-digit organisation INN (not PII here)."""
    body = rng.choice(("77", "16", "02", "66")) + digits(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11 % 10)


def luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def enp(rng: random.Random) -> str:
    return luhn_complete(
        rng.choice(("77", "50", "16", "02", "05", "14", "03", "17", "08", "20", "26")) + digits(rng, 13)
    )


def oms(fmt: str, rng: random.Random) -> str:
    s = enp(rng)
    return {
        "plain": s,
        "4x4": " ".join(s[i : i + 4] for i in range(0, 16, 4)),
        "dash4": "-".join(s[i : i + 4] for i in range(0, 16, 4)),
        "old": rng.choice(
            (
                f"{rng.choice(('ЯА', 'ЕР', 'АБ', 'КМ'))} {digits(rng, 8)}",
                f"{rng.choice(('7700', '1600', '0200'))} {digits(rng, 10)}",
                f"{rng.choice(('ТР', 'ББ'))}-{digits(rng, 7)}",
            )
        ),
    }[fmt]


REGION_CODES = (
    "45",
    "46",
    "92",
    "80",
    "82",
    "98",
    "81",
    "85",
    "93",
    "94",
    "96",
    "83",
    "60",
    "50",
    "36",
    "71",
    "03",
)


def passport_parts(rng: random.Random) -> tuple[str, str]:
    return rng.choice(REGION_CODES) + f"{rng.randint(0, 24):02d}", digits(rng, 6)


def passport(fmt: str, rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return {
        "sp": f"{s[:2]} {s[2:]} {n}",
        "plain": s + n,
        "no": f"{s} № {n}",
        "joined": f"{s} {n}",
        "dash": f"{s}-{n}",
        "nosp": f"{s[:2]} {s[2:]} №{n}",
    }[fmt]


# ----- phones, mail, urls ----------------------------------------------------------------------------
CITY = ("843", "347", "8712", "8722", "4112", "3012", "39422", "84722", "8672", "495", "812", "4232", "3952")


def phone(fmt: str, rng: random.Random) -> str:
    op = "9" + digits(rng, 2)
    a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
    city = rng.choice(CITY)
    local = digits(rng, 10 - len(city))
    loc = f"{local[:-4]}-{local[-4:-2]}-{local[-2:]}"
    return {
        "plus": f"+7 ({op}) {a}-{b}-{c}",
        "eight": f"8-{op}-{a}-{b}-{c}",
        "bare": f"8{op}{a}{b}{c}",
        "plus_flat": f"+7{op}{a}{b}{c}",
        "dots": f"8.{op}.{a}.{b}.{c}",
        "sp": f"+7 {op} {a} {b}{c}",
        "city": f"8 ({city}) {loc}",
        "city_plus": f"+7 {city} {loc}",
        "ext": f"8 ({city}) {loc} доб. {rng.randint(100, 999)}",
        "kz": f"+7 (7{digits(rng, 2)}) {a}-{b}-{c}",
        "uz": f"+998 9{digits(rng, 1)} {a} {b} {c}",
        "tj": f"+992 {digits(rng, 2)} {a} {b}{c}",
        "kg": f"+996 (5{digits(rng, 2)}) {a}-{b}{c}",
        "am": f"+374 9{digits(rng, 1)} {a}{b}{c}",
        "de": f"+49 151 {digits(rng, 8)}",
        "brackets8": f"8({op}){a}{b}{c}",
        "short_local": loc,
    }[fmt]


def phones(*fmts: str):
    return lambda rng, fake, case: phone(rng.choice(fmts), rng)


def email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = person_parts(rng, fake)
    user = rng.choice(
        (
            latin(last).lower(),
            latin(first).lower() + "." + latin(last).lower(),
            latin(first)[0].lower() + latin(last).lower() + str(rng.randint(60, 2009)),
        )
    )
    return (
        user
        + "@"
        + rng.choice(
            (
                "mail.ru",
                "yandex.ru",
                "bk.ru",
                "list.ru",
                "gmail.com",
                "inbox.ru",
                "rambler.ru",
                "ya.ru",
                "icloud.com",
                "tatar.ru",
                "mail.kz",
            )
        )
    )
