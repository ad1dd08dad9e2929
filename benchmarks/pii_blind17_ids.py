"""Checksummed identifiers for the blind17 split: SNILS, personal INN, ENP (OMS policy), passport."""

from __future__ import annotations

import random


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def snils_digits(rng: random.Random) -> str:
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(9))
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s < 100:
        ctl = s
    elif s in (100, 101):
        ctl = 0
    else:
        ctl = s % 101
        ctl = 0 if ctl == 100 else ctl
    return body + f"{ctl:02d}"


def snils(rng: random.Random, style: str | None = None) -> str:
    d = snils_digits(rng)
    st = style or rng.choice(("std", "std", "spaces", "plain", "dots", "nodash"))
    if st == "std":
        return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"
    if st == "spaces":
        return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    if st == "plain":
        return d
    if st == "dots":
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"
    return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"


def inn_digits(rng: random.Random) -> str:
    body = f"{rng.choice((16, 2, 5, 77, 50, 78, 14, 72, 23, 27)):02d}" + "".join(
        str(rng.randint(0, 9)) for _ in range(8)
    )
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n11 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(n11)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n12 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(n12)


def inn(rng: random.Random) -> str:
    d = inn_digits(rng)
    return rng.choice((d, d, f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:2]} {d[2:4]} {d[4:10]} {d[10:]}"))


def _luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def _ffoms_check(body: str) -> int:
    rev = body[::-1]
    odd = "".join(rev[i] for i in range(0, 15, 2))[::-1]
    even = "".join(rev[i] for i in range(1, 15, 2))[::-1]
    num = even + str(int(odd) * 2)
    s = sum(int(c) for c in num)
    return (10 - s % 10) % 10


def enp_digits(rng: random.Random) -> str:
    """16-digit ENP whose check digit agrees under both published check-digit descriptions."""
    while True:
        body = _digits(rng, 15)
        a = _luhn_check(body)
        if a == _ffoms_check(body):
            return body + str(a)


def oms(rng: random.Random) -> str:
    d = enp_digits(rng)
    st = rng.choice(("plain", "plain", "quad", "space4", "old"))
    if st == "quad":
        return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"
    if st == "space4":
        return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"
    if st == "old":
        return f"{rng.choice(('ЯЯ', 'АБ', 'КМ', 'ТТ'))} {_digits(rng, 8)}"
    return d


def passport(rng: random.Random) -> tuple[str, str]:
    ser = f"{rng.choice((92, 80, 82, 83, 96, 98, 71, 8, 45, 40, 3, 46)):02d}{rng.randint(3, 25):02d}"
    return ser, f"{rng.randint(100000, 999999)}"


def passport_str(rng: random.Random) -> str:
    s, n = passport(rng)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}-{n}", f"{s[:2]} {s[2:]} №{n}"))
