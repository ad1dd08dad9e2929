"""Checksummed identifiers, record numbers and non-PII look-alikes for the blind13 split."""

from __future__ import annotations

import random

from benchmarks.pii_blind13_gen import d, dn


# ----- checksummed identifiers -----------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = d(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s > 101:
        s %= 101
    ctl = 0 if s in (100, 101) else s
    return body + f"{ctl:02d}"


def snils(rng: random.Random, layout: str = "") -> str:
    x = snils_digits(rng)
    layout = layout or rng.choice(("std", "std", "spaces", "plain", "dashes"))
    if layout == "std":
        return f"{x[:3]}-{x[3:6]}-{x[6:9]} {x[9:]}"
    if layout == "spaces":
        return f"{x[:3]} {x[3:6]} {x[6:9]} {x[9:]}"
    if layout == "dashes":
        return f"{x[:3]}-{x[3:6]}-{x[6:9]}-{x[9:]}"
    return x


def _inn_tail(body: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(body, weights, strict=False)) % 11 % 10)


def inn12(rng: random.Random, layout: str = "") -> str:
    body = dn(rng, 2) + d(rng, 8)
    body += _inn_tail(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    body += _inn_tail(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    layout = layout or rng.choice(("plain", "plain", "spaces", "dash"))
    if layout == "spaces":
        return f"{body[:4]} {body[4:10]} {body[10:]}"
    if layout == "dash":
        return f"{body[:2]}-{body[2:4]}-{body[4:10]}-{body[10:]}"
    return body


def org_inn(rng: random.Random) -> str:
    body = dn(rng, 2) + d(rng, 7)
    return body + _inn_tail(body, (2, 4, 10, 3, 5, 9, 4, 6, 8))


def enp(rng: random.Random, layout: str = "") -> str:
    body = dn(rng, 15)
    total = 0
    for k, c in enumerate(reversed(body)):
        x = int(c) * (2 if k % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    x = body + str((10 - total % 10) % 10)
    layout = layout or rng.choice(("plain", "plain", "fours", "spaces"))
    if layout == "fours":
        return " ".join(x[i : i + 4] for i in range(0, 16, 4))
    if layout == "spaces":
        return rng.choice((f"{x[:4]}-{x[4:8]}-{x[8:12]}-{x[12:]}", f"{x[:6]} {x[6:]}"))
    return x


def passport(rng: random.Random, layout: str = "") -> str:
    ser = f"{rng.choice((45, 46, 40, 60, 92, 65, 71, 36, 52, 24)):02d}{rng.randint(0, 24):02d}"
    num = dn(rng, 6)
    layout = layout or rng.choice(("sp", "sp", "split", "no", "plain"))
    if layout == "sp":
        return f"{ser} {num}"
    if layout == "split":
        return f"{ser[:2]} {ser[2:]} {num}"
    if layout == "no":
        return f"{ser} № {num}"
    return ser + num


def mrn(rng: random.Random, kind: str = "") -> str:
    y = rng.randint(2018, 2026)
    kind = kind or rng.choice(
        ("ib", "amb", "emk", "lab", "ref", "eln", "call", "dicom", "rx", "mse", "san", "contract")
    )
    if kind == "ib":
        return rng.choice(
            (f"{rng.randint(1, 29999)}/{y % 100}", f"{rng.randint(1, 9999)}-{y}", f"ИБ-{y}-{dn(rng, 5)}")
        )
    if kind == "amb":
        return rng.choice(
            (f"{dn(rng, 5)}", f"А-{dn(rng, 4)}/{rng.randint(1, 12)}", f"{rng.randint(1, 99)}-{dn(rng, 4)}")
        )
    if kind == "emk":
        return rng.choice((f"EMK{dn(rng, 9)}", f"ЭМК-{dn(rng, 8)}", f"PID-{dn(rng, 7)}"))
    if kind == "lab":
        return rng.choice(
            (f"{dn(rng, 10)}", f"LB{y % 100}-{dn(rng, 6)}", f"{dn(rng, 3)}-{dn(rng, 6)}-{rng.randint(1, 9)}")
        )
    if kind == "ref":
        return rng.choice((f"{rng.randint(10, 99)}-{dn(rng, 6)}", f"НПР/{y}/{dn(rng, 5)}"))
    if kind == "eln":
        return dn(rng, 12)
    if kind == "call":
        return f"{rng.randint(1, 999)}-{dn(rng, 2)}"
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.12.2.{rng.randint(10, 99)}.{dn(rng, 4)}.{dn(rng, 8)}"
    if kind == "rx":
        return f"{rng.randint(10, 99)}{rng.randint(10, 99)}-{dn(rng, 6)}"
    if kind == "mse":
        return rng.choice((f"{dn(rng, 3)}.{y}.{dn(rng, 2)}.{dn(rng, 4)}", f"МСЭ-{y}/{dn(rng, 6)}"))
    if kind == "san":
        return f"{rng.randint(1, 999):03d}/{y}"
    if kind == "contract":
        return rng.choice((f"ПМУ-{dn(rng, 5)}/{y % 100}", f"{dn(rng, 4)}-П/{y}", f"Д{dn(rng, 6)}"))
    raise ValueError(kind)


# ----- look-alikes that are not PII -----------------------------------------------------------
def noise(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Лицензия № Л041-01137-77/{dn(rng, 8)}.",
            f"ИНН организации {org_inn(rng)}, КПП {dn(rng, 9)}.",
            f"ОГРН {dn(rng, 13)}.",
            "Форма 057/у-04.",
            f"Палата № {rng.randint(1, 40)}, койка {rng.randint(1, 6)}.",
            f"Диагноз по МКБ-10: {rng.choice(('I10', 'J18.9', 'M54.5', 'E11.9', 'K29.5'))}.",
            f"Приём препарата в 08:00 и {rng.choice(('20:00', '21:00'))}.",
            f"Hb {rng.randint(95, 160)} г/л.",
            f"Сумма {rng.randint(900, 95000)} руб. {rng.randint(0, 99):02d} коп.",
            "Код услуги A16.07.002.",
            f"Болеет с {rng.randint(2005, 2024)} года.",
            f"Каб. {rng.randint(100, 450)}.",
        )
    )
