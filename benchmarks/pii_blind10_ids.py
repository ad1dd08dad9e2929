"""Checksummed identifiers and e-mails for the blind10 PII split (own generators)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind10_gen import Name, d, dnz, translit


# ----- identifiers ----------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = d(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s > 101:
        s %= 101
    ck = 0 if s in (100, 101) else s
    return body + f"{ck:02d}"


def fmt_snils(rng: random.Random, layout: str) -> str:
    s = snils_digits(rng)
    return {
        "std": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
        "dash": f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
        "solid": s,
        "spaces": f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
        "dots": f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}",
    }[layout]


def snils(*layouts: str):
    return lambda rng, fake, case: fmt_snils(rng, rng.choice(layouts))


def inn_digits(rng: random.Random) -> str:
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body = f"{rng.randint(1, 89):02d}" + d(rng, 8)
    n11 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(n11)
    n12 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(n12)


def fmt_inn(rng: random.Random, layout: str) -> str:
    s = inn_digits(rng)
    return {
        "solid": s,
        "sp": f"{s[:4]} {s[4:10]} {s[10:]}",
        "dash": f"{s[:2]}-{s[2:4]}-{s[4:10]}-{s[10:]}",
        "sp3": " ".join(s[i : i + 3] for i in range(0, 12, 3)),
    }[layout]


def inn(*layouts: str):
    return lambda rng, fake, case: fmt_inn(rng, rng.choice(layouts))


def org_inn(rng: random.Random) -> str:
    """10-digit INN of an organisation (not PII)."""
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    body = f"{rng.randint(1, 89):02d}" + d(rng, 7)
    return body + str(sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11 % 10)


def oms_digits(rng: random.Random) -> str:
    body = dnz(rng, 15)
    total = 0
    for i, c in enumerate(reversed(body)):
        k = int(c) * (2 if i % 2 == 0 else 1)
        total += k - 9 if k > 9 else k
    return body + str((10 - total % 10) % 10)


def fmt_oms(rng: random.Random, layout: str) -> str:
    s = oms_digits(rng)
    return {
        "solid": s,
        "sp4": " ".join(s[i : i + 4] for i in range(0, 16, 4)),
        "dash4": "-".join(s[i : i + 4] for i in range(0, 16, 4)),
        "old": f"{d(rng, 2)}{rng.choice(('ВА', 'ЯР', 'МО', 'ЕК'))} № {d(rng, 8)}",
        "old2": f"серия {rng.randint(1000, 9999)} № {d(rng, 10)}",
        "temp": f"{dnz(rng, 9)}",
    }[layout]


def oms(*layouts: str):
    return lambda rng, fake, case: fmt_oms(rng, rng.choice(layouts))


def passport_parts(rng: random.Random) -> tuple[str, str]:
    reg = rng.choice(("78", "45", "46", "40", "78", "01", "92", "52", "04", "36", "65", "75"))
    return f"{reg}{rng.randint(0, 25):02d}", d(rng, 6)


def fmt_passport(rng: random.Random, layout: str) -> str:
    s, n = passport_parts(rng)
    return {
        "sp": f"{s[:2]} {s[2:]} {n}",
        "no": f"{s} № {n}",
        "solid": s + n,
        "sp4": f"{s} {n}",
        "dash": f"{s}-{n}",
        "seria": f"серия {s} номер {n}",
    }[layout]


def passport(*layouts: str):
    return lambda rng, fake, case: fmt_passport(rng, rng.choice(layouts))


def email(fake: Any, rng: random.Random, n: Name | None = None) -> str:
    if n is None or rng.random() < 0.4:
        return fake.free_email()
    user = rng.choice(
        (
            translit(n.f).lower(),
            translit(n.i[0] + n.f).lower(),
            f"{translit(n.i).lower()}.{translit(n.f).lower()}{rng.randint(60, 99)}",
        )
    )
    dom = rng.choice(
        ("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "gmail.com", "ya.ru")
    )
    return f"{user}@{dom}"
