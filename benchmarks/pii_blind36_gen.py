"""Value makers for blind split 36: names (Faker ``ru_RU`` and peoples of Russia and the CIS), phones,
dates, addresses and checksummed identifiers, each in the layouts Russian records and typists use.

Every maker has the signature ``(rng, fake, case) -> str`` of :data:`benchmarks.pii_families.Maker`.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- names ---------------------------------------------------------------------------------
# (surname male, surname female, first names m, first names f, patronymic stem) of peoples of Russia / CIS
_PEOPLES_M = (
    ("Гарипов", "Рустам", "Ильдарович"), ("Хабибуллин", "Айрат", "Ринатович"), ("Сагитов", "Азат", "Маратович"),
    ("Юлдашев", "Тимур", "Рашидович"), ("Нурмагомедов", "Магомед", "Абдулаевич"), ("Кадыров", "Ислам", "Ахмедович"),
    ("Ахмедов", "Рамазан", "Гаджиевич"), ("Саргсян", "Арам", "Ашотович"), ("Григорян", "Ваган", "Левонович"),
    ("Гелашвили", "Георгий", "Отарович"), ("Беридзе", "Давид", "Зурабович"), ("Жумабаев", "Нурлан", "Серикович"),
    ("Абдуллаев", "Бахтиёр", "Шухратович"), ("Рахимов", "Фаррух", "Алишерович"), ("Иванов", "Николай", "Прокопьевич"),
    ("Слепцов", "Айаал", "Егорович"), ("Цыренов", "Баир", "Дашиевич"), ("Дзагоев", "Алан", "Таймуразович"),
    ("Шевчук", "Тарас", "Богданович"), ("Лукашевич", "Андрей", "Игнатьевич"), ("Мамедов", "Эльчин", "Эльдарович"),
    ("Ким", "Виктор", "Сергеевич"), ("Оспанов", "Ерлан", "Бауржанович"), ("Токтогулов", "Алмаз", "Бакытович"),
)
_PEOPLES_F = (
    ("Гарипова", "Гульнара", "Ильдаровна"), ("Хабибуллина", "Айгуль", "Ринатовна"), ("Сагитова", "Алсу", "Маратовна"),
    ("Юлдашева", "Зухра", "Рашидовна"), ("Магомедова", "Патимат", "Абдулаевна"), ("Ахмедова", "Мадина", "Гаджиевна"),
    ("Саргсян", "Анаит", "Ашотовна"), ("Григорян", "Карине", "Левоновна"), ("Гелашвили", "Нино", "Отаровна"),
    ("Жумабаева", "Динара", "Сериковна"), ("Абдуллаева", "Малика", "Шухратовна"), ("Рахимова", "Нигора", "Алишеровна"),
    ("Слепцова", "Сардаана", "Егоровна"), ("Цыренова", "Туяна", "Дашиевна"), ("Дзагоева", "Залина", "Таймуразовна"),
    ("Шевчук", "Оксана", "Богдановна"), ("Мамедова", "Севиль", "Эльдаровна"), ("Ким", "Елена", "Николаевна"),
    ("Оспанова", "Айгерим", "Бауржановна"), ("Бекмурзаева", "Зарина", "Асланбековна"), ("Ли", "Марина", "Юрьевна"),
)


def _who(rng: random.Random, fake: Any, sex: bool | None = None) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5 if sex is None else sex
    if rng.random() < 0.3:
        last, first, middle = rng.choice(_PEOPLES_F if female else _PEOPLES_M)
        return last, first, middle, female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(*shapes: str, female: bool | None = None) -> Maker:
    """Shapes: F/I/O full words in the slot's case; i/o initials; "io" glued ("М.И."), "i_o" unspaced
    without dots ("М И"); a leading "^" writes the name in capitals, a leading "_" in lower case.
    ``female``: the sex of the person when the sentence names it (mother, wife), else either."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, fem = _who(rng, fake, female)
        shape = rng.choice(shapes)
        upper, lower = shape.startswith("^"), shape.startswith("_")
        shape = shape.lstrip("^_")
        parts = {"F": inflect_name(last, "Surn", fem, case), "I": inflect_name(first, "Name", fem, case),
                 "O": inflect_name(middle, "Patr", fem, case), "io": f"{first[0]}.{middle[0]}.",
                 "i": f"{first[0]}.", "o": f"{middle[0]}.", "i_o": f"{first[0]} {middle[0]}"}
        out = " ".join(parts[token] for token in shape.split())
        return out.upper() if upper else out.lower() if lower else out

    return make


# ----- phones --------------------------------------------------------------------------------
_CITY = ("495", "499", "812", "843", "347", "846", "863", "342", "383", "391", "4212", "8152", "3452", "8712", "8722")


def tel(*layouts: str, mobile: float = 0.75) -> Maker:
    """Layouts: "A" area code digits (3; a 4-digit city code fills "AAAA"), "N" subscriber digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n_area = layout.count("A")
        if n_area == 4:
            area = rng.choice([c for c in _CITY if len(c) == 4])
        elif rng.random() < mobile:
            area = "9" + rng.choice(("0", "1", "2", "3", "5", "6", "8")) + str(rng.randrange(10))
        else:
            area = rng.choice([c for c in _CITY if len(c) == 3])
        digits = iter(area[:n_area] + "".join(str(rng.randrange(10)) for _ in range(12)))
        return "".join(next(digits) if ch in "AN" else ch for ch in layout)

    return make


# ----- dates ---------------------------------------------------------------------------------
def when(*layouts: str, span: str = "-70y", end: str = "today") -> Maker:
    """Layouts: dd d mm m yyyy yy, MG (genitive month), MN (nominative), Mn (capitalised), ML (locative),
    HH:MM a time. ``span``/``end``: how far back the date may go and where it stops (birth dates: "-90y")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date=span, end_date=end)
        out = rng.choice(layouts)
        month = day.month - 1
        for key, value in (
            ("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
            ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[month]), ("MN", MONTHS_NOMN[month]),
            ("Mn", MONTHS_NOMN[month].capitalize()), ("ML", MONTHS_LOCT[month]),
            ("HH", f"{rng.randrange(0, 24):02d}"), ("MM", f"{rng.randrange(0, 60):02d}"),
            ("d", f"{day.day}"), ("m", f"{day.month}"),
        ):
            out = out.replace(key, value)
        return out

    return make


# ----- places --------------------------------------------------------------------------------
_REGIONS = ("Респ. Татарстан", "Респ. Башкортостан", "Респ. Саха (Якутия)", "Чеченская Респ.", "Респ. Дагестан",
            "Московская обл.", "Свердловская обл.", "Ростовская обл.", "Краснодарский край", "Пермский край",
            "Новосибирская обл.", "Нижегородская обл.", "Респ. Бурятия", "Тюменская обл.", "Самарская обл.",
            "Ханты-Мансийский АО", "Ставропольский край", "Челябинская обл.", "Оренбургская обл.", "Удмуртская Респ.")
_DISTRICTS = ("Высокогорский", "Альметьевский", "Туймазинский", "Мегино-Кангаласский", "Урус-Мартановский",
              "Дербентский", "Раменский", "Сысертский", "Аксайский", "Тбилисский", "Кунгурский", "Искитимский",
              "Кстовский", "Иволгинский", "Тобольский", "Кинельский", "Сургутский", "Сосновский", "Бузулукский")
_VILLAGES = ("Дубъязы", "Нижняя Мактама", "Субханкулово", "Майя", "Гойты", "Белиджи", "Кратово", "Арамиль",
             "Щепкин", "Гасановка", "Ленск", "Бердь", "Афонино", "Сотниково", "Тоболово", "Алексеевка",
             "Солнечный", "Долгодеревенское", "Колтубановский", "Покровка", "Новоселки", "Верхний Услон")


def place(*layouts: str) -> Maker:
    """Fields: {P} postcode, {R} region, {D} district adjective, {V} village, {T} town, {Tc} town in the
    slot's case, {S} street, {N} house, {K} building, {Q} flat. A leading "_" writes it in lower case."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = fake.city_name().split(" (")[0]
        layout = rng.choice(layouts)
        lower = layout.startswith("_")
        fields = {
            "P": str(rng.randrange(101000, 692999)), "R": rng.choice(_REGIONS), "D": rng.choice(_DISTRICTS),
            "V": rng.choice(_VILLAGES), "T": town,
            "Tc": " ".join(inflect_word(w, case, "Geox") if case != "nomn" else w for w in town.split()),
            "S": fake.street_title(), "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "", "а", "б", "/1")),
            "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320)),
        }
        out = layout.lstrip("_").format(**fields)
        return out.lower() if lower else out

    return make


# ----- identifiers ---------------------------------------------------------------------------
def _fill(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_of(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(3_000_000, 999_999_999):09d}"
        return _fill(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_of(*layouts: str) -> Maker:
    """A person's 12-digit INN (region code first)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        prefix = f"{rng.randrange(1, 92):02d}{rng.randrange(1, 100):02d}" + "".join(str(rng.randrange(10)) for _ in range(6))
        return _fill(rng.choice(layouts), prefix + inn_check_digits(prefix))

    return make


def passport_of(*layouts: str) -> Maker:
    """Series = region code (2 digits) + year of issue (2 digits), number = 6 digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.choice((1, 3, 4, 8, 12, 18, 22, 25, 36, 40, 45, 46, 50, 52, 53, 57, 60, 65, 71, 75, 80, 92, 96)):02d}"
        series += f"{rng.choice((0, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)):02d}"
        return _fill(rng.choice(layouts), series + f"{rng.randrange(100000, 999999)}")

    return make


def enp_number(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(1, 10)}" + "".join(str(rng.randrange(10)) for _ in range(14))
        for check in "0123456789":
            if luhn_valid(body + check):
                if enp_valid(body + check):
                    return body + check
                break


def oms_of(*layouts: str) -> Maker:
    """ENP in a layout of 16 X; a layout with "S" (old series) + 7-10 X is an old-style policy."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        if layout.count("X") == 16:
            return _fill(layout, enp_number(rng))
        series = iter(f"{rng.randrange(1, 99):02d}{rng.randrange(10, 99)}")
        layout = "".join(next(series) if ch == "S" else ch for ch in layout)
        return "".join(str(rng.randrange(10)) if ch == "X" else ch for ch in layout)

    return make


def code(*layouts: str) -> Maker:
    """Record numbers: X a digit, Y a year (2 digits), Z a four-digit year, L a capital Cyrillic letter,
    W a capital Latin letter; all else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out, year = [], rng.randrange(2015, 2026)
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(1 if not out else 0, 10)))
            elif ch == "Y":
                out.append(f"{year % 100:02d}")
            elif ch == "Z":
                out.append(str(year))
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            elif ch == "W":
                out.append(rng.choice("ABCDEHKMPTX"))
            else:
                out.append(ch)
        return "".join(out)

    return make


# ----- e-mail and links ----------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                      "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def latin(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())


def mail() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _middle, _female = _who(rng, fake)
        box = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru"))
        user = rng.choice((
            f"{latin(last)}.{latin(first)[0]}{rng.randrange(60, 100)}", f"{latin(first)}_{latin(last)}",
            f"{latin(last)}{rng.randrange(1960, 2010)}", f"{latin(first)[0]}.{latin(last)}", f"{latin(last)}-{latin(first)}",
        ))
        return rng.choice((f"{user}@{box}", f"{user}@{box}", fake.free_email(), fake.email()))

    return make


def link() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _middle, _female = _who(rng, fake)
        token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(6, 11)))
        return rng.choice((
            f"https://vk.com/id{rng.randrange(100000, 899999999)}", f"vk.com/{latin(first)}_{latin(last)}",
            f"https://ok.ru/profile/{rng.randrange(10**11, 10**12)}", f"t.me/{latin(last)}{rng.randrange(1, 99)}",
            f"https://telemed.{fake.domain_name()}/room/{token}", f"https://lk.{fake.domain_name()}/results?id={token}",
            f"https://disk.yandex.ru/d/{token}", f"{fake.url()}patient/{rng.randrange(10000, 999999)}",
            f"https://www.instagram.com/{latin(first)}.{latin(last)}/",
        ))

    return make
