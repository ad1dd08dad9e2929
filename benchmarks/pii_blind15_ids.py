"""blind15 identifiers with their check digits (SNILS mod 101, personal INN, ENP Luhn digit), e-mail, URL,
and ``compose``, which joins literal text and values into a document with its gold spans."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind15_gen import _n, translit
from benchmarks.pii_families import Maker, Planted


# ----- identifiers --------------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = _n(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{body}{c:02d}"


def inn_digits(rng: random.Random) -> str:
    body = f"{rng.randint(1, 92):02d}{_n(rng, 8)}"
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(x) * w for x, w in zip(body, w11, strict=True)) % 11 % 10
    body += str(c11)
    c12 = sum(int(x) * w for x, w in zip(body, w12, strict=True)) % 11 % 10
    return body + str(c12)


def enp_digits(rng: random.Random) -> str:
    body = f"{rng.randint(1, 9)}{_n(rng, 14)}"
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def org_inn10(rng: random.Random) -> str:
    """An organisation's 10-digit INN: not personal PII, used as a look-alike."""
    body = f"{rng.randint(1, 92):02d}{_n(rng, 7)}"
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(x) * k for x, k in zip(body, w, strict=True)) % 11 % 10)


def snils(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = snils_digits(rng)
        return {
            "std": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",
            "dash": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
            "space": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
            "plain": v,
            "dots": f"{v[:3]}.{v[3:6]}.{v[6:9]} {v[9:]}",
            "nospace": f"{v[:3]}-{v[3:6]}-{v[6:9]}{v[9:]}",
        }[rng.choice(layouts)]

    return make


def inn(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = inn_digits(rng)
        return {
            "plain": v,
            "grp": f"{v[:4]} {v[4:10]} {v[10:]}",
            "grp2": f"{v[:2]} {v[2:4]} {v[4:10]} {v[10:]}",
            "dash": f"{v[:4]}-{v[4:10]}-{v[10:]}",
            "sp3": " ".join(v[i : i + 3] for i in range(0, 12, 3)),
        }[rng.choice(layouts)]

    return make


def oms(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = enp_digits(rng)
        lay = rng.choice(layouts)
        if lay == "old":
            return f"{rng.choice(('ЕРП', 'АТ', 'ЯА', 'КМ'))} {_n(rng, 6)}{_n(rng, 4)}"
        if lay == "old_series":
            return f"{rng.randint(10, 99)}{_n(rng, 2)} {_n(rng, 8)}"
        return {
            "plain": v,
            "grp4": " ".join(v[i : i + 4] for i in range(0, 16, 4)),
            "dash4": "-".join(v[i : i + 4] for i in range(0, 16, 4)),
            "6_10": f"{v[:6]} {v[6:]}",
        }[lay]

    return make


def passport(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, num = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", _n(rng, 6)
        return {
            "grp": f"{s[:2]} {s[2:]} {num}",
            "s_n": f"{s} {num}",
            "no": f"{s} № {num}",
            "nosp": f"{s}№{num}",
            "plain": f"{s}{num}",
            "dash": f"{s}-{num}",
        }[rng.choice(layouts)]

    return make


def mrn(*layouts: str) -> Maker:
    """Medical record and document identifiers of many systems."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.randint(2015, 2026)
        lay = rng.choice(layouts)
        forms = {
            "slash_year": f"{rng.randint(1, 29999)}/{y % 100:02d}",
            "year_slash": f"{y}/{rng.randint(1, 29999)}",
            "dash_letter": f"{rng.choice('АБВГДКМСТ')}-{_n(rng, 5)}",
            "ib": f"ИБ-{_n(rng, 4)}-{y % 100:02d}",
            "mk": f"МК{_n(rng, 7)}",
            "digits": f"{rng.randint(1, 9)}{_n(rng, rng.randint(4, 8))}",
            "lat": f"{rng.choice(('PT', 'MRN', 'EMK', 'HIS'))}{_n(rng, 6)}",
            "acc": f"ACC{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_n(rng, 4)}",
            "sample": f"{_n(rng, 2)}{rng.choice('ABCK')}{_n(rng, 6)}",
            "eln": f"9{_n(rng, 11)}",
            "referral": f"{rng.randint(1, 89):02d}-{y}-{_n(rng, 6)}",
            "recipe": f"{rng.randint(1, 89):02d}-{_n(rng, 2)}-{_n(rng, 6)}",
            "call": f"{rng.randint(1, 999)}/{rng.randint(1, 31)}",
            "dicom": f"1.2.643.5.1.13.13.12.{rng.randint(1, 99)}.{_n(rng, 6)}.{_n(rng, 5)}",
            "uuid": f"{_n(rng, 8)}-{_n(rng, 4)}-4{_n(rng, 3)}-a{_n(rng, 3)}-{_n(rng, 12)}",
            "n_sign": f"№{rng.randint(1, 9)}{_n(rng, 4)}",
            "hist_dot": f"{_n(rng, 3)}.{_n(rng, 3)}.{y % 100:02d}",
            "spaced": f"{_n(rng, 3)} {_n(rng, 3)}",
            "cert": f"{rng.randint(10, 99)} {rng.choice('АБВКМ')} {_n(rng, 7)}",
            "mse": f"{rng.randint(1, 999)}.{rng.randint(1, 99)}.{rng.randint(1, 89)}/{y}",
        }
        return forms[lay]

    return make


def email() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        user = translit(fake.last_name().lower()) + rng.choice(("", ".", "_")) + rng.choice(("", _n(rng, 2)))
        user = user.strip("._") or "user"
        dom = rng.choice(
            (
                "mail.ru",
                "yandex.ru",
                "bk.ru",
                "inbox.ru",
                "list.ru",
                "gmail.com",
                "rambler.ru",
                "ya.ru",
                "icloud.com",
                "tut.by",
                "mail.kz",
                "outlook.com",
            )
        )
        return rng.choice((f"{user}@{dom}", f"{user.upper()}@{dom.upper()}", fake.free_email()))

    return make


def url() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        u = translit(fake.last_name().lower())
        return rng.choice(
            (
                f"https://vk.com/{u}{_n(rng, 2)}",
                f"vk.com/id{_n(rng, 9)}",
                f"https://ok.ru/profile/{_n(rng, 12)}",
                f"t.me/{u}_{_n(rng, 2)}",
                f"https://t.me/{u}",
                f"http://{u}.narod.ru",
                f"https://disk.yandex.ru/d/{_n(rng, 4)}{u[:3]}{_n(rng, 3)}",
                f"www.{u}-family.ru",
                f"https://instagram.com/{u}.{_n(rng, 2)}",
            )
        )

    return make


# ----- composing documents ------------------------------------------------------------------------
Piece = str | tuple[str, Maker] | tuple[str, Maker, str]


def compose(rng: random.Random, fake: Any, pieces: list[Piece]) -> Planted:
    """Join literal text and (type, maker[, case]) values into one text with their gold spans."""
    text, golds = "", []
    for p in pieces:
        if isinstance(p, str):
            text += p
            continue
        kind, make = p[0], p[1]
        case = p[2] if len(p) > 2 else "nomn"
        value = make(rng, fake, case)
        golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)


def multi(*variants: list[Piece]) -> Callable[[random.Random, Any], Planted]:
    """A block maker choosing one of several piece lists."""

    def make(rng: random.Random, fake: Any) -> Planted:
        return compose(rng, fake, rng.choice(variants))

    return make
