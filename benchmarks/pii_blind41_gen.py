"""Value makers and a small text builder for blind split 41 (pharmacy, prescriptions, paperwork).

Every maker takes ``(rng, fake)`` (and sometimes a case or a style) and returns a string; the
builder :class:`Doc` glues literal text and values and remembers the gold spans.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word


class Doc:
    """Literal text and planted values, in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.golds: list[tuple[str, int, int]] = []
        self.n = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, self.n, self.n + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), self.golds)


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def lay(rng: random.Random, digits: str, layout: str) -> str:
    """Pour ``digits`` into the X's of ``layout``."""
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


# ----- people: Faker ru_RU and names of other peoples of Russia and the CIS -----------------
_OWN_M = (("Гаджиев", "Магомед", "Расулович"), ("Хабибуллин", "Ринат", "Фаридович"), ("Цыдыпов", "Баир", "Дашиевич"),
          ("Абдуллаев", "Рустам", "Ахмедович"), ("Сагитов", "Ильдар", "Мансурович"), ("Оганесян", "Арам", "Ашотович"),
          ("Нургалиев", "Ерлан", "Серикович"), ("Эльдаров", "Шамиль", "Гасанович"), ("Бадмаев", "Саян", "Очирович"),
          ("Юсупов", "Тимур", "Камилович"), ("Кудайбергенов", "Азамат", "Болотович"), ("Николаев", "Айсен", "Егорович"),
          ("Мирзоев", "Фарход", "Саидович"), ("Галиев", "Айдар", "Рафаэлевич"), ("Тхагапсоев", "Руслан", "Мухамедович"))
_OWN_F = (("Хайруллина", "Гульнара", "Ильдаровна"), ("Мамедова", "Севиндж", "Рауфовна"), ("Дашиева", "Саяна", "Баировна"),
          ("Ибрагимова", "Патимат", "Магомедовна"), ("Сафина", "Альфия", "Рашитовна"), ("Аветисян", "Анаит", "Грачиковна"),
          ("Жумабаева", "Айгерим", "Нурлановна"), ("Егорова", "Сардана", "Петровна"), ("Закирова", "Зульфия", "Маратовна"),
          ("Каримова", "Дилноза", "Алишеровна"), ("Цыренова", "Туяна", "Эрдэмовна"), ("Шарипова", "Мадина", "Умаровна"),
          ("Валиева", "Лейсан", "Айратовна"), ("Бекова", "Залина", "Казбековна"))


def _parts(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    if isinstance(fake, _Fixed):
        return fake.one.last, fake.one.first, fake.one.middle, fake.one.female
    female = rng.random() < 0.5
    if rng.random() < 0.25:
        last, first, middle = rng.choice(_OWN_F if female else _OWN_M)
        return last, first, middle, female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def who(rng: random.Random, fake: Any, case: str = "nomn", shapes: tuple[str, ...] = ("F I O", "F io", "F i o")) -> str:
    """A name; shapes as in ``pii_families.person`` plus "FU" (surname in capitals) and "f" (lowercase)."""
    last, first, middle, female = _parts(rng, fake)
    shape = rng.choice(shapes)
    out = []
    for tok in shape.split():
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        elif tok in ("F", "FU", "f"):
            word = inflect_name(last, "Surn", female, case)
            out.append(word.upper() if tok == "FU" else word.lower() if tok == "f" else word)
        elif tok in ("I", "Il"):
            word = inflect_name(first, "Name", female, case)
            out.append(word.lower() if tok == "Il" else word)
        elif tok in ("O", "Ol"):
            word = inflect_name(middle, "Patr", female, case)
            out.append(word.lower() if tok == "Ol" else word)
        elif tok == "IOU":
            out.append(f"{inflect_name(first, 'Name', female, case)} {inflect_name(middle, 'Patr', female, case)}".upper())
    return " ".join(out)


class Someone:
    """One person, to be named several times in one fragment (in different cases and shapes)."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng = rng
        self.last, self.first, self.middle, self.female = _parts(rng, fake)

    def say(self, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",)) -> str:
        fake = _Fixed(self)
        return who(self.rng, fake, case, shapes)


class _Fixed:
    """A stand-in for Faker that always gives ``Someone``'s name."""

    def __init__(self, one: Someone) -> None:
        self.one = one

    def last_name_female(self) -> str:
        return self.one.last

    last_name_male = last_name_female

    def first_name_female(self) -> str:
        return self.one.first

    first_name_male = first_name_female

    def middle_name_female(self) -> str:
        return self.one.middle

    middle_name_male = middle_name_female


def person_m(*shapes: str):
    """A ``Family`` maker: (rng, fake, case) -> name."""
    return lambda rng, fake, case: who(rng, fake, case, shapes)


# ----- dates ---------------------------------------------------------------------------------
def _when(rng: random.Random, fake: Any, span: str) -> Any:
    if span == "birth":
        return fake.date_between(start_date="-92y", end_date="-1y")
    return fake.date_between(start_date="-7y", end_date="today")


def dt(rng: random.Random, fake: Any, span: str = "recent", styles: tuple[str, ...] = ("num",)) -> str:
    """styles: num (dd.mm.yyyy), numg (with г.), short (dd.mm.yy), iso, words, wordsg, abbr, slash, month, year."""
    w = _when(rng, fake, span)
    style = rng.choice(styles)
    m = w.month - 1
    return {
        "num": f"{w.day:02d}.{w.month:02d}.{w.year}",
        "numg": f"{w.day:02d}.{w.month:02d}.{w.year} г.",
        "numgg": f"{w.day:02d}.{w.month:02d}.{w.year}г.",
        "short": f"{w.day:02d}.{w.month:02d}.{w.year % 100:02d}",
        "iso": f"{w.year}-{w.month:02d}-{w.day:02d}",
        "compact": f"{w.year}{w.month:02d}{w.day:02d}",
        "words": f"{w.day} {MONTHS_GENT[m]} {w.year}",
        "wordsg": f"{w.day} {MONTHS_GENT[m]} {w.year} г.",
        "quoted": f"«{w.day:02d}» {MONTHS_GENT[m]} {w.year} г.",
        "quoted2": f"\"{w.day}\" {MONTHS_GENT[m]} {w.year}г.",
        "abbr": f"{w.day:02d} {MONTHS_ABBR[m]} {w.year}",
        "slash": f"{w.day:02d}/{w.month:02d}/{w.year}",
        "month": f"{MONTHS_NOMN[m]} {w.year}",
        "monthl": f"в {MONTHS_LOCT[m]} {w.year} г.",
        "dm": f"{w.day:02d}.{w.month:02d}",
        "year": f"{w.year} г.",
    }[style]


def period(rng: random.Random, fake: Any, styles: tuple[str, ...] = ("num",)) -> tuple[str, str]:
    """Two dates of one stay or one period, the first not after the second."""
    a, b = sorted((_when(rng, fake, "recent"), _when(rng, fake, "recent")))
    fmt = rng.choice(styles)
    out = []
    for w in (a, b):
        out.append({"num": f"{w.day:02d}.{w.month:02d}.{w.year}", "short": f"{w.day:02d}.{w.month:02d}.{w.year % 100:02d}",
                    "words": f"{w.day} {MONTHS_GENT[w.month - 1]} {w.year} г."}[fmt])
    return out[0], out[1]


def born(rng: random.Random, fake: Any) -> str:
    """A birth date written before "г.р.": the full date or the year alone."""
    return dt(rng, fake, "birth", ("num", "num", "short")) if rng.random() < 0.6 else str(_when(rng, fake, "birth").year)


def month_gent(rng: random.Random, fake: Any) -> str:
    w = _when(rng, fake, "recent")
    return rng.choice((f"{MONTHS_GENT[w.month - 1]} {w.year} г.", f"{MONTHS_GENT[w.month - 1]} {w.year}",
                       f"{MONTHS_GENT[w.month - 1]} {w.year} года", f"{w.month:02d}.{w.year}"))


def dtime(rng: random.Random, fake: Any, styles: tuple[str, ...] = ("a", "b", "c")) -> str:
    """A date with a time glued to it."""
    w = _when(rng, fake, "recent")
    hh, mm = rng.randrange(7, 22), rng.randrange(60)
    return {
        "a": f"{w.day:02d}.{w.month:02d}.{w.year} {hh:02d}:{mm:02d}",
        "b": f"{w.year}-{w.month:02d}-{w.day:02d}T{hh:02d}:{mm:02d}:{rng.randrange(60):02d}",
        "c": f"{w.day:02d}.{w.month:02d}.{w.year % 100:02d} в {hh}:{mm:02d}",
        "hl7": f"{w.year}{w.month:02d}{w.day:02d}{hh:02d}{mm:02d}",
    }[rng.choice(styles)]


# ----- places --------------------------------------------------------------------------------
_DISTRICTS = ("Белебеевский", "Кунгурский", "Чердынский", "Мамадышский", "Кяхтинский", "Вилюйский", "Буйнакский",
              "Зеленодольский", "Ишимбайский", "Сысертский", "Павловский", "Урюпинский")


def addr(rng: random.Random, fake: Any, style: str = "any", case: str = "nomn") -> str:
    town, street = fake.city_name().split(" (")[0], fake.street_title()
    house = str(rng.randrange(1, 160)) + rng.choice(("", "", "", "А", "/1", "б"))
    flat, post = rng.randrange(1, 320), rng.randrange(101000, 692999)
    region = fake.administrative_unit()
    dist = rng.choice(_DISTRICTS)
    village = fake.city_name().split(" (")[0]
    styles = {
        "full": f"{post}, {region}, г. {town}, ул. {street}, д. {house}, кв. {flat}",
        "town": f"г. {town}, ул. {street}, д. {house}, кв. {flat}",
        "short": f"{town}, {street} ул., {house}-{flat}",
        "nodots": f"г {town} ул {street} д {house} кв {flat}",
        "rural": f"{region}, {dist} р-н, с. {village}, ул. {street}, д. {house}",
        "rev": f"ул. {street}, д. {house}, кв. {flat}, г. {town}",
        "pr": f"пр-т {street}, {house}, кв. {flat}, {town}",
        "caps": f"Г. {town.upper()}, УЛ. {street.upper()}, Д. {house}, КВ. {flat}",
        "mkr": f"{town}, мкр. {street}, д. {house}, корп. {rng.randrange(1, 5)}, кв. {flat}",
    }
    if style == "town_case":
        return " ".join(inflect_word(w, case, "Geox") for w in town.split())
    if style == "any":
        style = rng.choice(tuple(styles))
    return styles[style]


def street_only(rng: random.Random, fake: Any) -> str:
    return f"ул. {fake.street_title()}, {rng.randrange(1, 120)}-{rng.randrange(1, 200)}"


# ----- phones, e-mail, web ----------------------------------------------------------------
def phone(rng: random.Random, styles: tuple[str, ...] = ("+7 (9AA) BBB-CC-DD", "8 9AA BBB CC DD", "89AABBBCCDD",
                                                         "+7 9AA BBB-CC-DD", "8(9AA)BBB-CCDD", "+79AABBBCCDD")) -> str:
    layout = rng.choice(styles)
    out, first_a = [], True
    for ch in layout:
        if ch == "A" and first_a:
            out.append(str(rng.randrange(3, 9)))
            first_a = False
        else:
            out.append(str(rng.randrange(10)) if ch in "ABCD" else ch)
    return "".join(out)


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = _parts(rng, fake)
    user = rng.choice((f"{translit(last)}.{translit(first)[0]}", f"{translit(first)}{translit(last)}{rng.randrange(60, 99)}",
                       f"{translit(last)}_{d(rng, 4)}", f"{translit(first)[0]}{translit(last)}"))
    host = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com", "rambler.ru", "ya.ru"))
    return rng.choice((f"{user}@{host}", fake.free_email(), f"{user}@{host}", fake.email()))


def url(rng: random.Random, fake: Any) -> str:
    host = fake.domain_name()
    return rng.choice((
        f"https://{host}/recipe/check?n={d(rng, 10)}",
        f"https://lk.{host}/dms/claims/{d(rng, 7)}",
        f"http://{host}/upload/docs/soglasie_{d(rng, 5)}.pdf",
        f"www.{host}/apteka/{translit(fake.last_name())}",
        f"https://{host}/files/{d(rng, 6)}/spravka_ndfl.pdf",
        fake.url(), fake.uri(),
    ))


# ----- identifiers ---------------------------------------------------------------------------
def snils(rng: random.Random, layout: str = "") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    layout = layout or rng.choice(("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX", "XXX-XXX-XXXXX"))
    return lay(rng, body + snils_check_digits(body), layout)


def inn(rng: random.Random, layout: str = "XXXXXXXXXXXX") -> str:
    n = layout.count("X")
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    return lay(rng, prefix + inn_check_digits(prefix), layout)


def enp(rng: random.Random, layout: str = "") -> str:
    while True:
        body = str(rng.randrange(1, 10)) + d(rng, 14)
        for last in "0123456789":
            if enp_valid(body + last):
                layout = layout or rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXXXXXXXXXXXXXX",
                                               "XXXX-XXXX-XXXX-XXXX"))
                return lay(rng, body + last, layout)


def oms_old(rng: random.Random) -> str:
    return rng.choice((f"ВС {d(rng, 9)}", f"{rng.randrange(10, 99)} {d(rng, 8)}", f"РП-{d(rng, 2)} {d(rng, 6)}",
                       f"АБ {d(rng, 7)}"))


def passport(rng: random.Random, layout: str = "") -> str:
    digits = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}" + str(rng.randrange(1, 10)) + d(rng, 5)
    layout = layout or rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XX XX № XXXXXX", "XXXXXXXXXX",
                                   "XXXX-XXXXXX"))
    return lay(rng, digits, layout)


def eln(rng: random.Random) -> str:
    return rng.choice(("9", "2", "3")) + d(rng, 11)


def rx_number(rng: random.Random) -> str:
    """Numbers of prescription blanks as written or printed by a MIS."""
    return rng.choice((d(rng, 7), f"0{d(rng, 6)}", f"{rng.randrange(10, 99)}{d(rng, 2)}-{d(rng, 7)}",
                       f"{d(rng, 4)}/{d(rng, 6)}", f"{rng.randrange(100, 999)}-{d(rng, 8)}"))


def rx_series(rng: random.Random) -> str:
    return rng.choice((f"{rng.randrange(1, 99):02d}-{rng.randrange(19, 26)}", f"{rng.randrange(1000, 9999)}",
                       rng.choice(("АА", "ВГ", "ЕК", "НС")), f"{rng.randrange(10, 99)}{rng.choice(('ЛЛО', 'Р', 'Н'))}"))


def card(rng: random.Random) -> str:
    """Outpatient card / case history numbers."""
    return rng.choice((d(rng, 6), f"{d(rng, 5)}/{rng.randrange(19, 26)}", f"А-{d(rng, 5)}", f"{d(rng, 4)}-{d(rng, 2)}",
                       f"{rng.randrange(1, 9)}{d(rng, 7)}"))


def dms_policy(rng: random.Random) -> str:
    return rng.choice((f"{d(rng, 3)}-{d(rng, 7)}/{rng.randrange(22, 26)}", f"ДМС-{d(rng, 2)}-{d(rng, 6)}",
                       f"{rng.choice(('Z', 'M', 'V'))}{d(rng, 9)}", f"{d(rng, 2)}{rng.choice(('MED', 'МЕД'))}{d(rng, 7)}",
                       f"{d(rng, 4)} {d(rng, 6)} {d(rng, 3)}"))


def doc_no(rng: random.Random, suffixes: tuple[str, ...] = ("ПМУ", "ПУ", "Д", "ДМС", "ГП")) -> str:
    s = rng.choice(suffixes)
    return rng.choice((f"{d(rng, 4)}/{s}", f"{s}-{d(rng, 5)}", f"{d(rng, 3)}-{s}/{rng.randrange(19, 26)}",
                       f"{rng.randrange(1, 9)}{d(rng, 4)}"))


def court_case(rng: random.Random) -> str:
    return rng.choice((f"2-{d(rng, 4)}/{rng.randrange(2019, 2026)}", f"02-{d(rng, 4)}/{d(rng, 4)}",
                       f"1-{d(rng, 3)}/{rng.randrange(2020, 2026)}", f"{rng.randrange(12, 99)}{d(rng, 4)}/{rng.randrange(20, 26)}"))


def lab_id(rng: random.Random) -> str:
    return rng.choice((d(rng, 10), f"{d(rng, 2)}-{d(rng, 6)}", f"L{d(rng, 8)}"))


def mis_id(rng: random.Random) -> str:
    return rng.choice((d(rng, 8), f"PAT{d(rng, 7)}", f"{d(rng, 3)}{d(rng, 6)}", f"МИС-{d(rng, 6)}"))
