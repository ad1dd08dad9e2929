"""Value makers for the single-value families of the blind19 split."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind19_gen as g
from benchmarks import pii_blind19_people as pp
from benchmarks.pii_families import MONTHS_GENT


def name_speech(rng: random.Random, fake: Any, case: str) -> str:
    p = pp.anyone(rng, fake)
    return rng.choice(
        (p.full(case), f"{p.F(case)} {p.M(case)}".strip(), p.L(case), f"{p.L(case)} {p.F(case)}")
    )


def name_initials(rng: random.Random, fake: Any, case: str) -> str:
    p = (
        pp.russian(rng, fake)
        if rng.random() < 0.6
        else pp.from_origin(rng, rng.choice(("tatar", "buryat", "armenian", "dagestan")))
    )
    return rng.choice(
        (
            f"{p.L(case)} {p.initials()}",
            f"{p.initials()} {p.L(case)}",
            f"{p.L(case)} {p.initials().replace('.', '. ').strip()}",
        )
    )


def name_relative(rng: random.Random, fake: Any, case: str) -> str:
    p = pp.russian(rng, fake, male=False) if rng.random() < 0.7 else pp.from_origin(rng, "tatar", male=False)
    return rng.choice((p.full(case), f"{p.F(case)} {p.M(case)}", p.F(case)))


def name_migrant(rng: random.Random, fake: Any, case: str) -> str:
    p = pp.migrant(rng)
    if p.latin and case == "nomn" and rng.random() < 0.5:
        return p.latin
    return rng.choice((p.full(case), f"{p.L(case)} {p.F(case)}"))


def name_foreign(rng: random.Random, fake: Any, case: str) -> str:
    p = pp.foreigner(rng)
    return rng.choice((p.latin, f"{p.last} {p.first}", f"{p.first} {p.last}"))


def name_diminutive(rng: random.Random, fake: Any, case: str) -> str:
    return pp.diminutive(rng)


def date_spoken(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2023, 2026)
    if case == "gent":
        return f"{g.ordinal(d, 'ого')} {MONTHS_GENT[m - 1]}" + rng.choice(("", f" {g.year_words(y)} года"))
    return g.date_str(rng, y, m, d, rng.choice(("spoken", "spoken", "words", "daymonth")))


def birth_spoken(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.birth(rng)
    return rng.choice(
        (
            f"{g.ordinal(d, 'ое')} {MONTHS_GENT[m - 1]} {g.year_words(y)} года",
            f"{d} {MONTHS_GENT[m - 1]} {g.year_words(y)}",
            f"{d} {MONTHS_GENT[m - 1]} {y}",
            f"{d:02d} {m:02d} {y}",
        )
    )


def date_noisy(rng: random.Random, fake: Any, case: str) -> str:
    return g.any_date(rng, rng.choice(("ocr", "typo", "spaced", "short", "slash")))


def date_partial(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d = g.ymd(rng, 2018, 2026)
    return rng.choice(
        (
            g.date_str(rng, y, m, d, "monthyear"),
            f"{m:02d}.{y}",
            f"{d} {MONTHS_GENT[m - 1]}",
            f"{d}–{min(d + rng.randint(2, 10), 28)} {MONTHS_GENT[m - 1]} {y}",
        )
    )


def datetime(rng: random.Random, fake: Any, case: str) -> str:
    return g.datetime_str(rng)


def phone_words(rng: random.Random, fake: Any, case: str) -> str:
    return g.phone_words(g.mobile_digits(rng))


def phone_mixed(rng: random.Random, fake: Any, case: str) -> str:
    d = g.mobile_digits(rng)
    return rng.choice(
        (
            f"восемь {d[1:4]} {d[4:7]} {d[7:9]} {d[9:]}",
            f"{d[:4]} {g.cardinal(int(d[4:7]))} {d[7:9]} {d[9:]}",
            f"плюс семь {d[1:4]} {d[4:7]} {d[7:]}",
        )
    )


def phone_any(rng: random.Random, fake: Any, case: str) -> str:
    return g.any_phone(rng)


def phone_foreign(rng: random.Random, fake: Any, case: str) -> str:
    return g.foreign_phone(rng)


def email(rng: random.Random, fake: Any, case: str) -> str:
    p = pp.russian(rng, fake)
    return g.email_for(rng, fake, p.last, p.first)


def url(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"https://telemed.{rng.choice(('gkb15', 'doctor-online', 'crb-ufa'))}.ru/room/{g.dig(rng, 6)}",
            f"https://vk.com/id{g.dig(rng, 9)}",
            f"https://t.me/{fake.user_name()}",
            f"https://disk.yandex.ru/d/{''.join(rng.choice('abcdefghijkXYZ0123456789') for _ in range(14))}",
            f"http://{fake.domain_name()}/lk/{g.dig(rng, 5)}",
            f"https://meet.jit.si/consult-{g.dig(rng, 7)}",
        )
    )


def address_spoken(rng: random.Random, fake: Any, case: str) -> str:
    t, s = pp.town(fake), fake.street_title()
    return rng.choice(
        (
            f"город {t} улица {s} дом {g.cardinal(rng.randint(1, 99))} квартира {g.cardinal(rng.randint(1, 150))}",
            f"{t} {s} {rng.randint(1, 99)} квартира {rng.randint(1, 150)}",
            f"поселок {rng.choice(('Березовка', 'Луговой', 'Первомайский'))} улица {s} дом {rng.randint(1, 40)}",
        )
    )


def address_any(rng: random.Random, fake: Any, case: str) -> str:
    return pp.address(rng, fake)


def address_foreign(rng: random.Random, fake: Any, case: str) -> str:
    return pp.foreign_address(rng)


def town_only(rng: random.Random, fake: Any, case: str) -> str:
    return pp.town(fake)


def snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def snils_words(rng: random.Random, fake: Any, case: str) -> str:
    s = g.snils_digits(rng)
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def inn(rng: random.Random, fake: Any, case: str) -> str:
    return g.inn12(rng)


def oms(rng: random.Random, fake: Any, case: str) -> str:
    return g.enp(rng)


def passport(rng: random.Random, fake: Any, case: str) -> str:
    return g.passport_str(rng)


def mrn(rng: random.Random, fake: Any, case: str) -> str:
    return pp.mrn_any(rng)


def call_card(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{g.dig(rng, 3, False)}-{rng.randint(1, 9999)}",
            f"{rng.randint(1, 2999)}/{rng.randint(1, 60)}",
            f"{g.dig(rng, 7)}",
        )
    )


def sick_leave(rng: random.Random, fake: Any, case: str) -> str:
    return pp.sick_leave(rng)
