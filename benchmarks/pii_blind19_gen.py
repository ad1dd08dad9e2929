"""Value generators for the blind19 split (speech, messages, correspondence).

Everything is drawn from ``rng`` and the Faker ``ru_RU`` instance passed in; checksums are computed
here (SNILS, personal INN, ENP OMS policy by the Luhn rule), independent of the scanner's code.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted

P, DT, LOC, PH, EM, URL = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def doc(*parts: Any) -> Planted:
    """Concatenate parts; a ``(TYPE, value)`` tuple is a gold span, a string is plain text."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        else:
            text += part
    return Planted(text, golds)


def dig(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ----- numbers in words -----------------------------------------------------------------------
_UNITS = (
    "ноль",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)
_ORD = (
    "",
    "перв",
    "втор",
    "трет",
    "четверт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
)
_ORD_TENS = {
    2: "двадцат",
    3: "тридцат",
    4: "сороков",
    5: "пятидесят",
    6: "шестидесят",
    7: "семидесят",
    8: "восьмидесят",
    9: "девяност",
}


def cardinal(n: int) -> str:
    """0..999 in words (masculine)."""
    if n < 20:
        return _UNITS[n]
    words = []
    if n >= 100:
        words.append(_HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10])
        n %= 10
    if n:
        words.append(_UNITS[n])
    return " ".join(words)


def _ord_stem_end(stem: str, ending: str) -> str:
    if stem == "трет":
        return "трет" + {"ое": "ье", "ого": "ьего", "ий": "ий", "ье": "ье"}.get(ending, ending)
    return stem + ending


def ordinal(n: int, ending: str) -> str:
    """1..99 as an ordinal with ending "ое" (neuter nom.) or "ого" (genitive)."""
    if n < 20:
        return _ord_stem_end(_ORD[n], ending)
    tens, units = divmod(n, 10)
    if units == 0:
        return _ord_stem_end(_ORD_TENS[tens], ending)
    return _TENS[tens] + " " + _ord_stem_end(_ORD[units], ending)


def year_words(y: int) -> str:
    """1987 -> "тысяча девятьсот восемьдесят седьмого" (genitive ordinal)."""
    head = "тысяча девятьсот" if y < 2000 else "две тысячи"
    rest = y % 100
    return head + " " + ordinal(rest, "ого") if rest else head


def group_words(group: str) -> str:
    """A dictated group of digits: "045" -> "ноль сорок пять", "07" -> "ноль семь"."""
    if group.startswith("0") and len(group) > 1:
        return "ноль " + group_words(group[1:])
    return cardinal(int(group))


def phone_words(digits: str) -> str:
    """A dictated mobile number: 8 9xx xxx xx xx read in groups."""
    groups = [digits[0], digits[1:4], digits[4:7], digits[7:9], digits[9:11]]
    out = []
    for g in groups:
        if g.startswith("0") and len(g) > 1:
            out.extend(_UNITS[int(c)] for c in g)
        else:
            out.append(cardinal(int(g)))
    return " ".join(out)


# ----- dates -----------------------------------------------------------------------------------
def ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def birth(rng: random.Random) -> tuple[int, int, int]:
    return ymd(rng, 1938, 2008)


def date_str(rng: random.Random, y: int, m: int, d: int, style: str | None = None) -> str:
    style = style or rng.choice(("dot", "dot", "short", "iso", "words", "slash", "abbr", "spaced"))
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "short":
        return f"{d}.{m:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "words":
        return f"{d} {MONTHS_GENT[m - 1]} {y} г."
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "abbr":
        return f"{d} {MONTHS_GENT[m - 1][:3]}. {y}"
    if style == "spaced":
        return f"{d:02d} . {m:02d} . {y}"
    if style == "spoken":
        return f"{ordinal(d, 'ое')} {MONTHS_GENT[m - 1]} {year_words(y)} года"
    if style == "spoken_gent":
        return f"{ordinal(d, 'ого')} {MONTHS_GENT[m - 1]}"
    if style == "monthyear":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if style == "daymonth":
        return f"{d} {MONTHS_GENT[m - 1]}"
    if style == "ocr":
        s = f"{d:02d}.{m:02d}.{y}"
        i = rng.choice((0, 1, 3, 4, 6, 9))
        return (
            s[:i] + {"0": "O", "1": "l", "3": "З", "5": "S", "2": "2", "8": "В"}.get(s[i], s[i]) + s[i + 1 :]
        )
    if style == "typo":
        return f"{d:02d},{m:02d}.{y}"
    raise ValueError(style)


def any_date(rng: random.Random, style: str | None = None, lo: int = 2019, hi: int = 2026) -> str:
    return date_str(rng, *ymd(rng, lo, hi), style=style)


def time_str(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}{rng.choice((':', ':', '.', 'ч'))}{rng.randint(0, 59):02d}"


def datetime_str(rng: random.Random) -> str:
    y, m, d = ymd(rng, 2024, 2026)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y} {time_str(rng)}",
            f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            f"{d} {MONTHS_GENT[m - 1]} в {rng.randint(0, 23)}:{rng.randint(0, 59):02d}",
        )
    )


# ----- checksummed identifiers --------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        base = dig(rng, 9, first_nonzero=False)
        if int(base) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(base))
    if s < 100:
        check = s
    elif s in (100, 101):
        check = 0
    else:
        check = s % 101
        check = 0 if check == 100 else check
    return base + f"{check:02d}"


def snils(rng: random.Random, style: str | None = None) -> str:
    s = snils_digits(rng)
    style = style or rng.choice(("std", "std", "flat", "spaces", "dash", "dots"))
    return {
        "std": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
        "flat": s,
        "spaces": f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
        "dash": f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
        "dots": f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}",
    }[style]


def _inn_check(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(digits, weights, strict=False)) % 11 % 10)


def inn12(rng: random.Random, style: str | None = None) -> str:
    base = f"{rng.randint(1, 92):02d}" + dig(rng, 8, first_nonzero=False)
    base += _inn_check(base, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    base += _inn_check(base, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    style = style or rng.choice(("flat", "flat", "flat", "split"))
    return base if style == "flat" else f"{base[:4]} {base[4:10]} {base[10:]}"


def org_inn10(rng: random.Random) -> str:
    base = f"{rng.randint(1, 92):02d}" + dig(rng, 7, first_nonzero=False)
    return base + _inn_check(base, (2, 4, 10, 3, 5, 9, 4, 6, 8))


def ogrn(rng: random.Random) -> str:
    base = "1" + dig(rng, 11, first_nonzero=False)
    return base + str(int(base) % 11 % 10)


def enp(rng: random.Random, style: str | None = None) -> str:
    base = dig(rng, 15)
    total = 0
    for i, c in enumerate(reversed(base)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    s = base + str((10 - total % 10) % 10)
    style = style or rng.choice(("flat", "flat", "flat", "groups", "dash"))
    if style == "groups":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"
    return s


def passport(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", dig(rng, 6)


def passport_str(rng: random.Random) -> str:
    ser, num = passport(rng)
    return rng.choice(
        (
            f"{ser[:2]} {ser[2:]} {num}",
            f"{ser} {num}",
            f"{ser} № {num}",
            f"{ser}{num}",
            f"{ser[:2]} {ser[2:]} № {num}",
        )
    )


# ----- phones, mail -------------------------------------------------------------------------------
def mobile_digits(rng: random.Random) -> str:
    return (
        "89"
        + rng.choice(("16", "26", "03", "85", "99", "50", "77", "64", "00", "14", "28"))
        + dig(rng, 7, False)
    )


def mobile(rng: random.Random, style: str | None = None) -> str:
    d = mobile_digits(rng)[1:]
    style = style or rng.choice(("plus", "plus", "eight", "flat", "flat8", "dots", "spaces"))
    return {
        "plus": f"+7 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}",
        "eight": f"8-{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}",
        "flat": f"+7{d}",
        "flat8": f"8{d}",
        "dots": f"8.{d[:3]}.{d[3:6]}.{d[6:]}",
        "spaces": f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
    }[style]


def city_phone(rng: random.Random) -> str:
    code = rng.choice(("495", "812", "843", "347", "3952", "4212", "8652", "3012"))
    n = 10 - len(code)
    d = dig(rng, n)
    body = f"{d[:-4]}-{d[-4:-2]}-{d[-2:]}"
    s = rng.choice((f"8 ({code}) {body}", f"({code}) {body}", f"+7 {code} {body}"))
    if rng.random() < 0.35:
        s += rng.choice(
            (
                f" доб. {rng.randint(100, 999)}",
                f", вн. {rng.randint(10, 99)}",
                f" (доб.{rng.randint(1, 9)}{rng.randint(10, 99)})",
            )
        )
    return s


FOREIGN_PHONES = (
    lambda r: f"+998 {r.choice(('90', '91', '93', '97'))} {dig(r, 3)} {dig(r, 2)} {dig(r, 2)}",
    lambda r: f"+992 {r.choice(('92', '93', '98'))} {dig(r, 3)} {dig(r, 4)}",
    lambda r: f"+996 {r.choice(('555', '700', '772'))} {dig(r, 3)} {dig(r, 3)}",
    lambda r: f"+374 {r.choice(('91', '77', '55'))} {dig(r, 6)}",
    lambda r: f"+7 7{r.choice(('01', '05', '77'))} {dig(r, 3)} {dig(r, 4)}",
    lambda r: f"+49 30 {dig(r, 7)}",
    lambda r: f"+86 1{r.choice(('38', '59', '86'))} {dig(r, 4)} {dig(r, 4)}",
    lambda r: f"+84 9{dig(r, 1)} {dig(r, 3)} {dig(r, 4)}",
    lambda r: f"+90 5{dig(r, 2)} {dig(r, 3)} {dig(r, 2)} {dig(r, 2)}",
    lambda r: f"00995 5{dig(r, 2)} {dig(r, 3)} {dig(r, 3)}",
)


def foreign_phone(rng: random.Random) -> str:
    return rng.choice(FOREIGN_PHONES)(rng)


def any_phone(rng: random.Random) -> str:
    x = rng.random()
    return mobile(rng) if x < 0.6 else city_phone(rng) if x < 0.85 else foreign_phone(rng)


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
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
        ),
        strict=True,
    )
)


def translit(s: str) -> str:
    out = "".join(_TRANSLIT.get(c.lower(), c) if c.lower() in _TRANSLIT else c for c in s)
    return out[:1].upper() + out[1:] if s[:1].isupper() else out


def email_for(rng: random.Random, fake: Any, last: str, first: str) -> str:
    user = rng.choice(
        (
            f"{translit(last).lower()}.{translit(first)[:1].lower()}",
            f"{translit(first).lower()}{rng.randint(70, 2010)}",
            f"{translit(last).lower()}_{translit(first).lower()}",
            fake.user_name(),
        )
    )
    return (
        f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru', 'ya.ru'))}"
    )


def org_email(rng: random.Random, fake: Any) -> str:
    box = rng.choice(("priem", "info", "reg", "zapis", "kancelyariya", "otdel.kadrov", "mse", "lpu"))
    return f"{box}{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(('gkb', 'crb', 'okb', 'dgp', 'gp'))}{rng.randint(1, 60)}.{rng.choice(('ru', 'med.ru', 'zdrav.ru'))}"
