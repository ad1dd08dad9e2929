"""Value makers and a text builder for blind split 58 (hospital staff, HR and IT paperwork).

Every maker takes ``(rng, fake)`` (and a few options) and returns the value as a person, an HR clerk or a
hospital information system (МИС) would write it. Identifiers are generated with valid check digits.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, Planted, address, person, phone
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits


class Doc:
    """Builds a fragment piece by piece; ``v`` appends a value and records its gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        s = s.strip()
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- people ------------------------------------------------------------------------------------------
def fio(rng: random.Random, fake: Any, *shapes: str, case: str = "nomn") -> str:
    return person(*(shapes or ("F I O",)))(rng, fake, case)


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def staff_email(rng: random.Random, fake: Any, domain: str = "") -> str:
    last = translit(fake.last_name())
    first = translit(fake.first_name())
    dom = domain or rng.choice(("gkb12.ru", "crb-zarechnyi.ru", "okb.med.ru", "gp3-mz.ru", "rkb.tatar", "mail.ru",
                                "yandex.ru", "gkb1.zdrav.spb.ru", "med.cap.ru", "bk.ru"))
    local = rng.choice((f"{first[0]}.{last}", f"{last}.{first[0]}", f"{last}{rng.randrange(1, 99)}",
                        f"{first}.{last}", f"{last}_{first[0]}"))
    return f"{local}@{dom}"


# ----- phones ------------------------------------------------------------------------------------------
def tel(rng: random.Random, fake: Any, kind: str = "mobile") -> str:
    if kind == "mobile":
        return phone("+7 (AAA) BBB-CC-DD", "8AAABBBCCDD", "+7AAABBBCCDD", "8-AAA-BBB-CC-DD", "8 AAA BBB CC DD",
                     "7AAABBBCCDD", "+7 AAA BBB-CC-DD", "8(AAA)BBB-CC-DD")(rng, fake, "nomn")
    if kind == "digits":  # SMS gateways and exports
        return phone("7AAABBBCCDD", "+7AAABBBCCDD", "8AAABBBCCDD")(rng, fake, "nomn")
    return phone("8 (AAA) BBB-CC-DD", "(AAA) BBB-CC-DD", "8 (AAAA) BB-CC-DD", "BBB-CC-DD", "+7 AAA BBB-CC-DD",
                 codes="city")(rng, fake, "nomn")


# ----- dates -------------------------------------------------------------------------------------------
def dt(rng: random.Random, fake: Any, layout: str, birth: bool = False) -> str:
    day = fake.date_between(start_date="-85y", end_date="-18y") if birth else \
        fake.date_between(start_date="-4y", end_date="today")
    hh, mi, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    out = layout
    for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                       ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]),
                       ("MN", MONTHS_NOMN[day.month - 1]), ("MA", MONTHS_ABBR[day.month - 1]),
                       ("HH", f"{hh:02d}"), ("MI", f"{mi:02d}"), ("SS", f"{ss:02d}"), ("d", f"{day.day}")):
        out = out.replace(key, value)
    return out


DAY = ("dd.mm.yyyy", "dd.mm.yy", "d MG yyyy г.", "dd.mm.yyyy г.", "d.mm.yyyy", "dd/mm/yyyy")
STAMP = ("dd.mm.yyyy HH:MI", "dd.mm.yyyy HH:MI:SS", "yyyy-mm-dd HH:MI:SS", "yyyy-mm-ddTHH:MI:SS", "dd.mm.yy HH:MI",
         "dd.mm.yyyy в HH:MI")
BIRTH = ("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "dd.mm.yy", "yyyy-mm-dd")


def day(rng: random.Random, fake: Any, *layouts: str) -> str:
    return dt(rng, fake, rng.choice(layouts or DAY))


def stamp(rng: random.Random, fake: Any, *layouts: str) -> str:
    return dt(rng, fake, rng.choice(layouts or STAMP))


def born(rng: random.Random, fake: Any, *layouts: str) -> str:
    return dt(rng, fake, rng.choice(layouts or BIRTH), birth=True)


# ----- places ------------------------------------------------------------------------------------------
ADDR = ("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} ул., {N}-{Q}", "{R}, г. {T}, ул. {S}, д. {N}",
        "{P}, {R}, {D} р-н, с. {V}, ул. {S}, д. {N}", "ул. {S}, д. {N}, кв. {Q}", "г {T} ул {S} д {N} кв {Q}",
        "{R}, {D} р-н, д. {V}, д. {N}", "пр-т {S}, {N}, кв. {Q}, г. {T}")


def addr(rng: random.Random, fake: Any, *layouts: str) -> str:
    return address(*(layouts or ADDR))(rng, fake, "nomn")


def town(rng: random.Random, fake: Any) -> str:
    return address("г. {T}", "{T}", "пгт {V}", "с. {V}")(rng, fake, "nomn")


# ----- identifiers -------------------------------------------------------------------------------------
def _lay(rng: random.Random, digits: str, layouts: tuple[str, ...]) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in rng.choice(layouts))


def snils_v(rng: random.Random, *layouts: str) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return _lay(rng, body + snils_check_digits(body), layouts or ("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX"))


def inn_v(rng: random.Random, org: bool = False) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, 7 if org else 8)
    return prefix + inn_check_digits(prefix)


def passport_v(rng: random.Random, *layouts: str) -> str:
    digits = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}" + str(rng.randrange(1, 10)) + d(rng, 5)
    return _lay(rng, digits, layouts or ("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX"))


def enp_v(rng: random.Random, *layouts: str) -> str:
    while True:
        body = str(rng.randrange(1, 10)) + d(rng, 14)
        for c in "0123456789":
            if enp_valid(body + c):
                return _lay(rng, body + c, layouts or ("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"))


def old_oms_v(rng: random.Random) -> str:
    return rng.choice((f"{d(rng, 4)} {d(rng, 8)}", f"ЕАА {d(rng, 6)}", f"серия {d(rng, 4)} № {d(rng, 6)}",
                       f"{d(rng, 6)}-{d(rng, 7)}"))


def mrn_v(rng: random.Random, kind: str = "ib") -> str:
    y = rng.choice(("22", "23", "24", "25", "2023", "2024", "2025"))
    n = rng.randrange(10, 99999)
    if kind == "ib":  # история болезни
        return rng.choice((f"{n}/{y}", f"{n}-{y}", f"{rng.randrange(1000, 99999)}", f"И-{n}/{y[-2:]}"))
    if kind == "amb":  # амбулаторная карта
        return rng.choice((f"{rng.randrange(1, 99999)}", f"{rng.randrange(1, 40)}-{rng.randrange(1, 9999)}",
                           f"У{rng.randrange(1, 30)}/{rng.randrange(100, 9999)}"))
    if kind == "emk":  # МИС / ЭМК identifiers
        return rng.choice((str(rng.randrange(100000, 99999999)), f"PID{d(rng, 7)}", f"{d(rng, 8)}-{d(rng, 2)}",
                           f"EMK-{d(rng, 9)}"))
    if kind == "eln":  # электронный листок нетрудоспособности, 12 digits
        return str(rng.randrange(9, 10)) + d(rng, 11)
    if kind == "lab":
        return rng.choice((d(rng, 10), f"{d(rng, 2)}-{d(rng, 6)}", f"L{d(rng, 8)}"))
    if kind == "call":  # карта вызова СМП
        return f"{rng.randrange(1, 999)}" + rng.choice(("", f"/{rng.randrange(1, 30)}"))
    if kind == "med":  # медицинская книжка / справка
        return rng.choice((f"{rng.randrange(10, 99)}-{d(rng, 6)}", f"{d(rng, 7)}", f"МК-{d(rng, 6)}"))
    return str(rng.randrange(10000, 9999999))


def gender_fio(rng: random.Random, fake: Any, female: bool, case: str = "nomn", shape: str = "F I O") -> str:
    """A name of a given sex (for rosters where "медсестра" needs a woman)."""
    for _ in range(20):
        name = fio(rng, fake, shape, case=case)
        last = name.split()[0]
        if last.endswith(("а", "я")) == female or "." in last:
            return name
    return name
