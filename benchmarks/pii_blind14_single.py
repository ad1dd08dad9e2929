"""blind14 single-value families: one value in a short complaint-style sentence or labelled line."""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind14_gen as g
from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN

S = "blind14"

DIMINUTIVES = (
    "Саша",
    "Лёша",
    "Галя",
    "Наташа",
    "Танюша",
    "Серёжа",
    "Валя",
    "Женя",
    "Люда",
    "Коля",
    "Вова",
    "Маша",
)


def _name(*shapes: str) -> g.Any:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return g.name(rng, fake, case, *shapes)

    return make


def _caps(rng: random.Random, fake: Any, case: str) -> str:
    s = g.name(rng, fake, case, "F I O", "F i o", "F io")
    return rng.choice((s.upper(), s.upper().replace(" ", "  "), s.upper().replace(". ", ".")))


def _migrant(rng: random.Random, fake: Any, case: str) -> str:
    f, i, o, female = g.migrant(rng)
    return rng.choice(
        (
            f"{g.inflect(f, 'F', female, case)} {g.inflect(i, 'I', female, case)}",
            f"{g.latin(f).upper()} {g.latin(i).upper()}",
            f"{g.latin(f)} {g.latin(i)}",
            f"{f} {i} {o}" if case == "nomn" else f"{g.inflect(f, 'F', female, case)} {i[0]}.",
        )
    )


def _dim(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(DIMINUTIVES)


def _staff(rng: random.Random, fake: Any, case: str) -> str:
    return g.name(rng, fake, case, "F io", "io F", "F i o", "i o F", "F I O")


def _date(rng: random.Random, fake: Any, case: str) -> str:
    return g.date_s(rng, fake)


def _dob(rng: random.Random, fake: Any, case: str) -> str:
    return g.date_s(
        rng, fake, old=True, style=rng.choice(("dmy", "dmy", "sp", "compact", "words", "dmy2", "slash"))
    )


def _date_ocr(rng: random.Random, fake: Any, case: str) -> str:
    return g.ocr(rng, g.date_s(rng, fake, old=True, style="dmy"), 0.35)


def _partial(rng: random.Random, fake: Any, case: str) -> str:
    d = g.rdate(fake)
    if case == "loct":
        return rng.choice((f"{MONTHS_LOCT[d.month - 1]} {d.year} г.", f"{MONTHS_LOCT[d.month - 1]} {d.year}"))
    return rng.choice(
        (
            f"{MONTHS_NOMN[d.month - 1]} {d.year} г.",
            f"{MONTHS_NOMN[d.month - 1]} {d.year}",
            f"{d.month:02d}.{d.year}",
            f"{d.day} {MONTHS_GENT[d.month - 1]}",
            f"{d.day:02d}.{d.month:02d}",
        )
    )


def _datetime(rng: random.Random, fake: Any, case: str) -> str:
    d = g.rdate(fake)
    hh, mm = rng.randrange(24), rng.randrange(60)
    return rng.choice(
        (
            f"{d.day:02d}.{d.month:02d}.{d.year} в {hh:02d}:{mm:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}.{mm:02d}",
            f"{d.day} {MONTHS_GENT[d.month - 1]} {d.year} г. в {hh} ч {mm:02d} мин",
            f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {hh:02d}:{mm:02d}",
            g.dt_s(rng, fake, "iso"),
        )
    )


def _mob(rng: random.Random, fake: Any, case: str) -> str:
    return g.mobile(rng)


def _fphone(rng: random.Random, fake: Any, case: str) -> str:
    return g.foreign_phone(rng)


def _ext(rng: random.Random, fake: Any, case: str) -> str:
    p = g.city_phone(rng)
    return rng.choice((f"{p} доб. {rng.randrange(100, 999)}", f"{p}, вн. {rng.randrange(10, 99)}", p))


def _email(rng: random.Random, fake: Any, case: str) -> str:
    return g.email(rng, fake)


def _url(rng: random.Random, fake: Any, case: str) -> str:
    return g.url(rng, fake)


def _url2(rng: random.Random, fake: Any, case: str) -> str:
    last = g.latin(fake.last_name_female()).lower()
    return rng.choice(
        (
            f"https://pacs-web.okb72.ru/viewer?study={g.dg(rng, 9)}&pid={g.dg(rng, 7)}",
            f"https://youtu.be/{last[:4]}{g.dg(rng, 3)}Kq",
            f"https://cloud.mail.ru/public/{g.dg(rng, 4)}/{last}",
            f"http://{last}.narod.ru/",
            f"t.me/{last}{g.dg(rng, 2)}",
        )
    )


def _city(rng: random.Random, fake: Any, case: str) -> str:
    return g.city_addr(rng, fake)


def _rural(rng: random.Random, fake: Any, case: str) -> str:
    return g.rural_addr(rng, fake)


def _cis(rng: random.Random, fake: Any, case: str) -> str:
    return g.cis_addr(rng)


def _caps_addr(rng: random.Random, fake: Any, case: str) -> str:
    s = g.city_addr(rng, fake).upper()
    return rng.choice((s, s.replace(", ", ","), s.replace(". ", ".")))


def _town(rng: random.Random, fake: Any, case: str) -> str:
    return g.town(fake)


def _snils(rng: random.Random, fake: Any, case: str) -> str:
    return g.snils(rng)


def _snils_odd(rng: random.Random, fake: Any, case: str) -> str:
    s = g.snils_digits(rng)
    return rng.choice(
        (f"{s[:3]} - {s[3:6]} - {s[6:9]}  {s[9:]}", f"{s[:3]}–{s[3:6]}–{s[6:9]} {s[9:]}", g.ocr(rng, s, 0.2))
    )


def _inn(rng: random.Random, fake: Any, case: str) -> str:
    s = g.inn12_digits(rng)
    return rng.choice(
        (s, s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}", f"{s[:4]}-{s[4:]}")
    )


def _enp(rng: random.Random, fake: Any, case: str) -> str:
    return g.enp(rng)


def _enp_odd(rng: random.Random, fake: Any, case: str) -> str:
    s = g.enp_digits(rng)
    return rng.choice(
        (
            f"{s[:8]} {s[8:]}",
            f"{s[:4]}  {s[4:8]}  {s[8:12]}  {s[12:]}",
            g.ocr(rng, s, 0.15),
            f"{s[:2]} {s[2:]}",
        )
    )


def _pass(rng: random.Random, fake: Any, case: str) -> str:
    ser, num = g.passport(rng)
    return rng.choice(
        (
            f"{ser[:2]} {ser[2:]} {num}",
            f"{ser} № {num}",
            f"{ser}{num}",
            f"{ser} {num}",
            f"{ser[:2]} {ser[2:]} №{num}",
        )
    )


def _mrn(rng: random.Random, fake: Any, case: str) -> str:
    return g.mrn(rng)


def _eln(rng: random.Random, fake: Any, case: str) -> str:
    s = "9" + g.dg(rng, 11)
    return rng.choice((s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", s))


def _sample(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            g.dg(rng, 10),
            f"{g.dg(rng, 2)}-{g.dg(rng, 6)}",
            f"Z{g.dg(rng, 9)}",
            f"{g.dg(rng, 3)}.{g.dg(rng, 5)}",
        )
    )


def _rx(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice(
        (
            f"{g.dg(rng, 5)}-{g.dg(rng, 2)}-{g.dg(rng, 6)}",
            f"{rng.randrange(1, 99):02d}-{g.dg(rng, 4)} № {g.dg(rng, 6)}",
            f"{g.dg(rng, 4)}{rng.choice('ЛРП')}{g.dg(rng, 6)}",
        )
    )
