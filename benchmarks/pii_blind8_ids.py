"""Identifiers for the blind8 split with their check digits: SNILS, personal INN, OMS policy (ENP), passport,
and the many shapes of medical record and document numbers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind8_gen import D
from benchmarks.pii_families import Maker


# ----- identifiers -----------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = D(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - k) for k, c in enumerate(body))
    if s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return body + f"{check:02d}"


def snils(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = snils_digits(rng)
        return {
            "dash": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",
            "dash4": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
            "flat": v,
            "sp": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
            "dot": f"{v[:3]}.{v[3:6]}.{v[6:9]} {v[9:]}",
        }[rng.choice(layouts)]

    return make


def inn12(rng: random.Random) -> str:
    body = [int(c) for c in f"{rng.randint(1, 92):02d}" + D(rng, 8)]
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body.append(sum(a * b for a, b in zip(w11, body, strict=True)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body.append(sum(a * b for a, b in zip(w12, body, strict=True)) % 11 % 10)
    return "".join(map(str, body))


def inn(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = inn12(rng)
        return {
            "flat": v,
            "sp4": f"{v[:4]} {v[4:10]} {v[10:]}",
            "dash": f"{v[:2]}-{v[2:4]}-{v[4:10]}-{v[10:]}",
            "sp": " ".join(v[k : k + 3] for k in range(0, 12, 3)),
        }[rng.choice(layouts)]

    return make


def _enp_check(body: str) -> int:
    rev = body[::-1]
    odd, even = rev[0::2][::-1], rev[1::2][::-1]
    return (10 - sum(int(c) for c in even + str(int(odd) * 2)) % 10) % 10


def _luhn_check(body: str) -> int:
    total = 0
    for k, c in enumerate(body[::-1]):
        d = int(c) * (2 if k % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def enp(rng: random.Random) -> str:
    """16-digit single policy number; the check digit by the FOMS rule (odd positions from the right as a
    number times two, even positions written before it, digit sum to the next ten). Only bodies for which
    the plain Luhn digit agrees are used, so the value is valid under either reading of the rule."""
    while True:
        body = str(rng.randint(1, 9)) + D(rng, 14)
        check = _enp_check(body)
        if check == _luhn_check(body):
            return body + str(check)


def oms(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = enp(rng)
        return {
            "flat": v,
            "sp4": " ".join(v[k : k + 4] for k in range(0, 16, 4)),
            "dash4": "-".join(v[k : k + 4] for k in range(0, 16, 4)),
            "old": f"{rng.choice(('ТЮ', 'АВ', 'ЯНА', '72', 'МО'))} {D(rng, 8)}",
        }[rng.choice(layouts)]

    return make


def passport(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, n = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", f"{rng.randint(100000, 999999)}"
        return {
            "sp": f"{s[:2]} {s[2:]} {n}",
            "flat_sp": f"{s} {n}",
            "no": f"{s} № {n}",
            "flat": s + n,
            "dash": f"{s}-{n}",
        }[rng.choice(layouts)]

    return make


def mrn(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.randint(2015, 2026)
        return {
            "ib": f"{rng.randint(1, 19999)}/{y % 100:02d}",
            "ib_k": f"{rng.randint(100, 9999)}-{rng.choice('ВКТХ')}",
            "year_dash": f"{y}-{rng.randint(1, 99999):05d}",
            "ak": f"{rng.randint(1000, 999999)}",
            "emk": f"ЭМК-{D(rng, 8)}",
            "mis": f"MIS{D(rng, 10)}",
            "elt": f"{D(rng, 12)}",
            "acc": f"RX{y}{D(rng, 6)}",
            "lab": f"{rng.choice(('Л', 'ЛБ', 'Б'))}-{D(rng, 7)}",
            "call": f"{rng.randint(1, 999)}/{rng.randint(1, 28):02d}{y % 100:02d}",
            "recipe": f"{D(rng, 2)}-{D(rng, 2)} {D(rng, 6)}",
            "sme": f"{rng.randint(1, 4999)}-{rng.choice(('М', 'Э', 'ГП'))}/{y}",
            "napr": f"{D(rng, 2)}.{D(rng, 4)}.{D(rng, 6)}",
            "guid": f"{D(rng, 8)}-{D(rng, 4)}",
            "slash3": f"{rng.randint(1, 99)}/{rng.randint(100, 9999)}/{y}",
        }[rng.choice(layouts)]

    return make
