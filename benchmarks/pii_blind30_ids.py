"""Checksummed identifiers and record numbers for the blind30 split."""

from __future__ import annotations

import random
from typing import Any


def dg(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ----------------------------------------------------------------------------- checksummed numbers
def snils_digits(rng: random.Random) -> str:
    while True:
        body = dg(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        cs = s
    elif s in (100, 101):
        cs = 0
    else:
        cs = s % 101
        cs = 0 if cs == 100 else cs
    return body + f"{cs:02d}"


def snils_str(rng: random.Random, style: str) -> str:
    d = snils_digits(rng)
    return {
        "std": f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}",
        "plain": d,
        "spaces": f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}",
        "dashes": f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}",
        "dots": f"{d[:3]}.{d[3:6]}.{d[6:9]} {d[9:]}",
    }[style]


def snils(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return snils_str(rng, rng.choice(styles))

    return make


def inn_digits(rng: random.Random) -> str:
    d = [int(c) for c in f"{rng.randint(1, 92):02d}" + dg(rng, 8)]
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(w11, d, strict=True)) % 11 % 10)
    d.append(sum(a * b for a, b in zip(w12, d, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def inn(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = inn_digits(rng)
        st = rng.choice(styles)
        return {
            "plain": d,
            "sp": f"{d[:4]} {d[4:10]} {d[10:]}",
            "sp3": f"{d[:2]} {d[2:4]} {d[4:10]} {d[10:]}",
        }[st]

    return make


def org_inn(rng: random.Random) -> str:
    """A 10-digit organisation INN with a valid check digit: not PII."""
    d = [int(c) for c in f"{rng.randint(10, 79)}" + dg(rng, 7)]
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(w, d, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def enp_digits(rng: random.Random) -> str:
    body = dg(rng, 15, True)
    rev = body[::-1]
    odd = rev[0::2]
    even = rev[1::2]
    num = even[::-1] + str(int(odd[::-1]) * 2)
    s = sum(int(c) for c in num)
    return body + str((10 - s % 10) % 10)


def oms_str(rng: random.Random, style: str) -> str:
    d = enp_digits(rng)
    return {
        "plain": d,
        "4x4": f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}",
        "4x4d": f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}",
        "6_10": f"{d[:6]} {d[6:]}",
    }[style]


def oms(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return oms_str(rng, rng.choice(styles))

    return make


def pass_parts(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", dg(rng, 6, True)


def passport(*styles: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, n = pass_parts(rng)
        return {
            "sp": f"{s[:2]} {s[2:]} {n}",
            "4_6": f"{s} {n}",
            "plain": s + n,
            "no": f"{s} № {n}",
            "dash": f"{s[:2]}-{s[2:]} №{n}",
        }[rng.choice(styles)]

    return make


# ----------------------------------------------------------------------------- record numbers
_LAT = "ABCDEFGHJKLMNPRSTUVWXYZ"


def mrn_str(rng: random.Random, kind: str) -> str:
    y = rng.randint(18, 26)
    match kind:
        case "lab_order":
            return rng.choice(
                [
                    f"{dg(rng, 10, True)}",
                    f"ZK-{2000 + y}-{dg(rng, 7)}",
                    f"{rng.randint(1, 99):02d}{dg(rng, 8)}",
                ]
            )
        case "tube":
            return rng.choice(
                [
                    f"{dg(rng, 10, True)}",
                    f"*{dg(rng, 9, True)}*",
                    f"{rng.choice(_LAT)}{dg(rng, 8)}",
                    f"{dg(rng, 4)} {dg(rng, 4)} {dg(rng, 2)}",
                ]
            )
        case "lis":
            return rng.choice(
                [f"LIS{dg(rng, 9)}", f"{dg(rng, 6)}/{y}", f"ACC-{dg(rng, 8)}", f"R{y}{dg(rng, 6)}"]
            )
        case "card":
            return rng.choice(
                [
                    f"{dg(rng, 5, True)}/{y}",
                    f"А-{dg(rng, 4, True)}",
                    f"МК {dg(rng, 6)}",
                    f"{dg(rng, 3, True)}-{dg(rng, 4)}",
                ]
            )
        case "dental":
            return rng.choice([f"С-{dg(rng, 4, True)}", f"СТ{dg(rng, 5)}/{y}", f"{dg(rng, 4, True)}-с"])
        case "case":
            return rng.choice(
                [
                    f"{dg(rng, 5, True)}/{rng.choice('ABC')}{y}",
                    f"{dg(rng, 4, True)}-{y}",
                    f"И/Б {dg(rng, 5, True)}",
                ]
            )
        case "recipe":
            return rng.choice(
                [
                    f"{dg(rng, 2, True)}-{dg(rng, 2)} {dg(rng, 7)}",
                    f"{dg(rng, 4, True)} № {dg(rng, 6)}",
                    f"{dg(rng, 2, True)}{dg(rng, 3)}-{dg(rng, 8)}",
                ]
            )
        case "contract":
            return rng.choice(
                [
                    f"ПМУ-{dg(rng, 5, True)}/{y}",
                    f"{dg(rng, 4, True)}-П",
                    f"Д{dg(rng, 6)}",
                    f"{dg(rng, 3, True)}/{2000 + y}-ПУ",
                ]
            )
        case "dms":
            return rng.choice(
                [
                    f"{dg(rng, 3)}-{dg(rng, 6)}-{dg(rng, 2)}",
                    f"ДМС{dg(rng, 8)}",
                    f"{rng.choice(_LAT)}{rng.choice(_LAT)}{dg(rng, 9)}",
                    f"{dg(rng, 4)}/{dg(rng, 7)}",
                ]
            )
        case "guarantee":
            return rng.choice(
                [f"ГП-{2000 + y}/{dg(rng, 5, True)}", f"{dg(rng, 6, True)}-ГП", f"GL{dg(rng, 7)}"]
            )
        case "eln":
            return dg(rng, 12, True)
        case "order":
            return rng.choice(
                [f"{dg(rng, 8, True)}", f"W{dg(rng, 7)}", f"{dg(rng, 3)}-{dg(rng, 3)}-{dg(rng, 3)}"]
            )
        case "call":
            return rng.choice([f"{dg(rng, 6, True)}", f"CC-{dg(rng, 7)}", f"{dg(rng, 4, True)}/{y}"])
        case "emr":
            return rng.choice([f"{dg(rng, 7, True)}", f"PID{dg(rng, 8)}", f"{rng.choice(_LAT)}{dg(rng, 7)}"])
        case "foreign_doc":
            return rng.choice(
                [
                    f"FA{dg(rng, 7)}",
                    f"AA{dg(rng, 7)}",
                    f"N{dg(rng, 8)}",
                    f"E{dg(rng, 8)}",
                    f"C{rng.choice(_LAT)}{dg(rng, 7)}",
                ]
            )
        case "birth":
            return f"{rng.choice(ROMAN_S)}-{rng.choice(['МЮ', 'АК', 'ВЛ', 'РУ'])} № {dg(rng, 6)}"
        case "dl":
            return rng.choice(
                [
                    f"{dg(rng, 2)} {dg(rng, 2)} {dg(rng, 6)}",
                    f"{dg(rng, 2)} {rng.choice('АВЕКМНОРСТУХ')}{rng.choice('АВЕКМНОРСТУХ')} {dg(rng, 6)}",
                ]
            )
        case "migr":
            return f"{dg(rng, 4)} № {dg(rng, 7)}"
        case "referral":
            return rng.choice(
                [f"{dg(rng, 2, True)}.{dg(rng, 4)}.{dg(rng, 6)}", f"НПР-{dg(rng, 7)}", f"{dg(rng, 9, True)}"]
            )
    raise ValueError(kind)


ROMAN_S = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def mrn(*kinds: str):
    """A record number; a frame slot may name the kind it takes ("{dms}"), else one of ``kinds``."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return mrn_str(rng, case if case in KINDS else rng.choice(kinds))

    return make


KINDS = (
    "lab_order",
    "tube",
    "lis",
    "card",
    "dental",
    "case",
    "recipe",
    "contract",
    "dms",
    "guarantee",
    "eln",
    "order",
    "call",
    "emr",
    "foreign_doc",
    "birth",
    "dl",
    "migr",
    "referral",
)
