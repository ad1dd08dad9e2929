"""Value makers for blind split 50 (chronic disease registries and dispensary follow-up).

Identifiers are generated here with valid check digits; names come from Faker ``ru_RU`` (via
:func:`benchmarks.pii_families.person`) or from the short lists of names of peoples of Russia and the CIS below.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_families import Maker, Planted, inn, person, snils
from medsyn_dataset.validation.pii.checksums import luhn_valid

Part = str | tuple[str, str]

CIS_PEOPLE = (
    ("Магомедов", "Шамиль", "Абдулаевич", False), ("Гаджиева", "Патимат", "Расуловна", True),
    ("Хабибуллин", "Ринат", "Фаридович", False), ("Галиева", "Гульнара", "Ильдаровна", True),
    ("Цыренов", "Баир", "Дашиевич", False), ("Доржиева", "Сэсэг", "Балдановна", True),
    ("Каримов", "Рустам", "Шухратович", False), ("Юсупова", "Дильноза", "Алишеровна", True),
    ("Оганесян", "Ашот", "Варданович", False), ("Ахмедова", "Севиль", "Рафиковна", True),
    ("Нурланов", "Ержан", "Серикович", False), ("Бекмуратова", "Айгуль", "Каиржановна", True),
    ("Кодзоев", "Ибрагим", "Магометович", False), ("Сабирова", "Лейсан", "Наилевна", True),
    ("Иванов", "Николай", "Прокопьевич", False), ("Саргсян", "Карине", "Ашотовна", True),
    ("Шарипов", "Фарход", "Бахтиёрович", False), ("Чочиева", "Залина", "Таймуразовна", True),
    ("Тхагапсоев", "Мурат", "Асланович", False), ("Ондар", "Чечек", "Кара-ооловна", True),
    ("Мамедов", "Эльчин", "Гусейнович", False), ("Зайнуллина", "Альфия", "Маратовна", True),
    ("Кабисов", "Алан", "Казбекович", False), ("Усманова", "Мадина", "Хасановна", True),
)


def cis_name(*shapes: str) -> Maker:
    """Nominative only: 'F I O', 'F io', 'F i o', 'io F', 'I F'."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        f, i, o, _ = rng.choice(CIS_PEOPLE)
        shape = rng.choice(shapes)
        return {"F I O": f"{f} {i} {o}", "F io": f"{f} {i[0]}.{o[0]}.", "F i o": f"{f} {i[0]}. {o[0]}.",
                "io F": f"{i[0]}.{o[0]}. {f}", "I F": f"{i} {f}", "FIO": f"{f.upper()} {i.upper()} {o.upper()}",
                "F I": f"{f} {i}"}[shape]

    return make


def any_name(*shapes: str) -> Maker:
    """Faker names (any case) mixed with the CIS list (nominative slots only)."""
    fk = person(*[s if s != "FIO" else "F I O" for s in shapes])
    cis = cis_name(*[s for s in shapes if s in ("F I O", "F io", "F i o", "io F", "I F", "F I", "FIO")] or ["F I O"])

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if case == "nomn" and rng.random() < 0.35:
            return cis(rng, fake, case)
        out = fk(rng, fake, case)
        return out.upper() if "FIO" in shapes and rng.random() < 0.4 else out

    return make


def hurried(make: Maker) -> Maker:
    """A name typed in a hurry: all lower case or all caps now and then."""

    def out(rng: random.Random, fake: Any, case: str) -> str:
        v = make(rng, fake, case)
        r = rng.random()
        return v.lower() if r < 0.3 else v.upper() if r < 0.5 else v

    return out


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def enp(*layouts: str) -> Maker:
    """A 16-digit unified OMS policy number with a valid check digit; X marks a digit."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = str(rng.randrange(1, 10)) + _d(rng, 14)
        digits = next(body + str(c) for c in range(10) if luhn_valid(body + str(c)))
        it = iter(digits)
        return "".join(next(it) if ch == "X" else ch for ch in rng.choice(layouts))

    return make


def old_oms(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((f"{_d(rng, 4)} {_d(rng, 8)}", f"серия {rng.choice(('ЕАА', 'ВСА', 'КЛ', '77'))} № {_d(rng, 9)}",
                       f"{rng.choice(('ЕАА', 'АБ', 'ОМ'))}-{_d(rng, 6)}", f"{_d(rng, 6)} {_d(rng, 8)}"))


def oms_any(*layouts: str) -> Maker:
    new = enp(*layouts)
    return lambda rng, fake, case: old_oms(rng, fake, case) if rng.random() < 0.2 else new(rng, fake, case)


SNILS = snils("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX")
INN12 = inn("XXXXXXXXXXXX", "XXXX XXXXXX XX", "XXXXXXXXXXXX")
INN10 = inn("XXXXXXXXXX")


def passport(rng: random.Random, fake: Any, case: str) -> str:
    s, n = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}", f"{rng.randrange(100000, 999999)}"
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}-{n}", f"{s}{n}", f"{s[:2]}{s[2:]} №{n}"))


def num(*layouts: str) -> Maker:
    """X a digit, 9 a non-zero digit, L a capital Cyrillic letter, everything else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(layouts):
            out.append(str(rng.randrange(10)) if ch == "X" else str(rng.randrange(1, 10)) if ch == "9"
                       else rng.choice("АБВГДЕКМНПРСТ") if ch == "L" else ch)
        return "".join(out)

    return make


MONTHS_G = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
            "декабря")
MONTHS_N = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
            "декабрь")


def when(*layouts: str, past: int = 12, born: bool = False) -> Maker:
    """Dates of care in the last ``past`` years (or a birth date): dd mm yyyy yy d m MG MN HH MI tokens."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.randrange(1935, 2005) if born else rng.randrange(2026 - past, 2027)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        out = rng.choice(layouts)
        for k, v in (("yyyy", f"{y}"), ("yy", f"{y % 100:02d}"), ("dd", f"{d:02d}"), ("mm", f"{m:02d}"),
                     ("MG", MONTHS_G[m - 1]), ("MN", MONTHS_N[m - 1]), ("HH", f"{rng.randrange(6, 21):02d}"),
                     ("MI", f"{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"), ("d", f"{d}"), ("m", f"{m}")):
            out = out.replace(k, v)
        return out

    return make


BORN = when("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "yyyy-mm-dd", "dd/mm/yyyy", born=True)
VISIT = when("dd.mm.yyyy", "dd.mm.yy", "d MG yyyy г.", "dd.mm.yyyyг.", "yyyy-mm-dd", "d.m.yyyy")


def town_case(fake: Any, case: str) -> str:
    from medsyn_dataset.validation.pii.inflect import inflect_word

    return " ".join(inflect_word(w, case, "Geox") for w in fake.city_name().split(" (")[0].split())


def addr(rng: random.Random, fake: Any, case: str) -> str:
    t, s, h, q = fake.city_name().split(" (")[0], fake.street_title(), rng.randrange(1, 120), rng.randrange(1, 300)
    return rng.choice((f"г. {t}, ул. {s}, д. {h}, кв. {q}", f"{t}, {s} ул., {h}-{q}", f"ул. {s}, {h}, кв. {q}",
                       f"г {t} ул {s} д {h} кв {q}", f"{fake.administrative_unit()}, г. {t}, ул. {s}, д. {h}",
                       f"с. {t}, ул. {s}, д. {h}", f"{t}, ул.{s} {h}/{q}", f"{fake.postcode()}, г. {t}, пр-т {s}, {h}"))


def phone_any(rng: random.Random, fake: Any, case: str) -> str:
    a, b = "9" + _d(rng, 2), _d(rng, 7)
    c = rng.choice(("343", "812", "8552", "3012", "8722", "4842"))
    return rng.choice((f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}", f"8{a}{b}", f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}",
                       f"+7{a}{b}", f"8 {a} {b[:3]} {b[3:5]} {b[5:]}", f"8 ({c}) {b[len(c) - 3:]}",
                       f"{b[:3]}-{b[3:5]}-{b[5:]}", f"+7 {a} {b[:3]}-{b[3:]}"))


def mail(rng: random.Random, fake: Any, case: str) -> str:
    return rng.choice((fake.free_email(), fake.email(), fake.user_name() + "@" + rng.choice(("mail.ru", "yandex.ru", "bk.ru"))))


def gendered(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str]:
    """Surname, first name, patronymic of one sex (Faker)."""
    if female is None:
        female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()


def woman(rng: random.Random, fake: Any, case: str) -> str:
    f, i, o = gendered(rng, fake, True)
    return rng.choice((f"{f} {i} {o}", f"{f} {i[0]}.{o[0]}.", f"{i} {o}"))


def build(parts: list[Part]) -> Planted:
    """Join literal strings and (type, value) pairs into a fragment with gold spans."""
    text, golds = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            golds.append((p[0], len(text), len(text) + len(p[1])))
            text += p[1]
    return Planted(text, golds)


def v(kind: str, make: Maker, rng: random.Random, fake: Any, case: str = "nomn") -> tuple[str, str]:
    return kind, make(rng, fake, case)


BlockMaker = Callable[[random.Random, Any], Planted]
