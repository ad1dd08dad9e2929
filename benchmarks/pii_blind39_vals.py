"""Value makers for blind split 39: names (Faker ``ru_RU`` and peoples of Russia and the CIS), dates of
care, addresses, phones, e-mails, links and checksummed identifiers, each as a
``(rng, fake, case) -> str`` maker the planting API takes."""

from __future__ import annotations

import random
import re
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word


def dg(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- people ----------------------------------------------------------------------------------
# (surname, first name, patronymic, female) of the peoples of Russia and the CIS
_PEOPLE = (
    ("Хайруллин", "Ильдар", "Ринатович", False), ("Галиева", "Айгуль", "Рашидовна", True),
    ("Гарипов", "Рустем", "Фанилович", False), ("Сабирова", "Гульнара", "Ильдусовна", True),
    ("Кадыров", "Тимур", "Асланович", False), ("Мусаева", "Зарема", "Ахмедовна", True),
    ("Алиев", "Магомед", "Гаджиевич", False), ("Абдуллаева", "Патимат", "Магомедовна", True),
    ("Цыренов", "Баир", "Доржиевич", False), ("Бадмаева", "Сэсэг", "Цыреновна", True),
    ("Степанов", "Айсен", "Николаевич", False), ("Местникова", "Саргылана", "Петровна", True),
    ("Нурланов", "Ержан", "Болатович", False), ("Сейткалиева", "Айгерим", "Маратовна", True),
    ("Юсупов", "Шерзод", "Бахтиярович", False), ("Рахимова", "Дилноза", "Улугбековна", True),
    ("Акопян", "Армен", "Ваганович", False), ("Акопян", "Анаит", "Сергеевна", True),
    ("Беридзе", "Георгий", "Зурабович", False), ("Гелашвили", "Нино", "Давидовна", True),
    ("Ахметшин", "Марат", "Равилевич", False), ("Шайхутдинова", "Лейсан", "Айратовна", True),
    ("Ибрагимов", "Руслан", "Исмаилович", False), ("Валиева", "Эльвира", "Фаритовна", True),
    ("Ефимов", "Уйгун", "Егорович", False), ("Кузьмина", "Туяра", "Ивановна", True),
    ("Токтогулов", "Азамат", "Бакытович", False), ("Осмонова", "Жылдыз", "Алмазбековна", True),
    ("Гасанов", "Эльчин", "Рафикович", False), ("Мамедова", "Севиль", "Исмаиловна", True),
    ("Канукоев", "Аслан", "Мухамедович", False), ("Хубиева", "Фатима", "Азретовна", True),
    ("Саргсян", "Давид", "Арменович", False), ("Шарипов", "Фаррух", "Рустамович", False),
)


def who(rng: random.Random, fake: Any, own: float = 0.3, sex: str = "") -> tuple[str, str, str, bool]:
    """A name; ``sex`` "f" or "m" fixes the sex, "" leaves it to chance."""
    female = sex == "f" if sex else rng.random() < 0.5
    if rng.random() < own:
        return rng.choice([p for p in _PEOPLE if p[3] == female])
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def render_name(rng: random.Random, fake: Any, case: str, shape: str, own: float = 0.3, sex: str = "") -> str:
    """Shapes: F/I/O whole words, i/o initials; "io" = "М.И.", "i.o" = "М.И" (no last dot),
    "i_o" = "М И" (no dots, hurried); tokens split by spaces."""
    last, first, middle, female = who(rng, fake, own, sex)
    parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(middle, "Patr", female, case)}
    out = []
    for tok in shape.split():
        if tok in parts:
            out.append(parts[tok])
        elif tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i.o":
            out.append(f"{first[0]}.{middle[0]}")
        elif tok == "i_o":
            out.append(f"{first[0]} {middle[0]}")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
    return " ".join(out)


def pers(*shapes: str, upper: float = 0.0, lower: float = 0.0, own: float = 0.3, sex: str = "") -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        value = render_name(rng, fake, case, rng.choice(shapes), own, sex)
        roll = rng.random()
        if roll < upper:
            return value.upper()
        if roll < upper + lower:
            return value.lower()
        return value

    return make


# ----- dates -----------------------------------------------------------------------------------
_DATE_TOKENS = re.compile(r"yyyy|yy|dd|mm|MG|MN|ML|MA|MR|Mc|HH|MI|d|m")


def when(*layouts: str, kind: str = "care") -> Maker:
    """Layouts: yyyy yy dd d mm m, MG/MN/ML/MA/MR/Mc months (genitive, nominative, locative,
    abbreviated, roman, capitalised), HH:MI a time glued to the date. ``kind``: "care" (the last
    twelve years) or "birth" (the last ninety)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-90y" if kind == "birth" else "-12y", end_date="today")
        mon = day.month - 1
        vals = {"yyyy": f"{day.year}", "yy": f"{day.year % 100:02d}", "dd": f"{day.day:02d}", "d": f"{day.day}",
                "mm": f"{day.month:02d}", "m": f"{day.month}", "MG": MONTHS_GENT[mon], "MN": MONTHS_NOMN[mon],
                "ML": MONTHS_LOCT[mon], "MA": MONTHS_ABBR[mon], "MR": ROMAN[mon], "Mc": MONTHS_NOMN[mon].capitalize(),
                "HH": f"{rng.randrange(24):02d}", "MI": f"{rng.randrange(60):02d}"}
        return _DATE_TOKENS.sub(lambda m: vals[m.group(0)], rng.choice(layouts))

    return make


# ----- places ----------------------------------------------------------------------------------
VILLAGES = ("Ивановка", "Березовка", "Никольское", "Верхние Ключи", "Сосновка", "Кызыл-Яр", "Алексеевка",
             "Малая Пурга", "Чекмагуш", "Аксубаево", "Усть-Кулом", "Покровское", "Новоселки", "Шаран", "Майма")
_DISTRICTS = ("Заречный", "Октябрьский", "Ленинский", "Кировский", "Советский", "Приволжский", "Тукаевский",
              "Зеленодольский", "Мамадышский", "Белорецкий", "Нерюнгринский", "Курчалоевский", "Майминский")
_STREET_KIND = ("ул.", "ул.", "ул.", "ул.", "ул", "пр-т", "пер.", "мкр.")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def town_in(fake: Any, case: str) -> str:
    name = town(fake)
    if case == "nomn" or " " in name or "-" in name:
        return f"г. {name}"
    return inflect_word(name, case, "Geox").capitalize()


def place(*layouts: str) -> Maker:
    """Layout fields: {P} postcode, {R} region as Faker writes it, {RF} region spelled out,
    {T} town, {Tl}/{Tg} town in locative/genitive (single-word towns), {S} street name, {K} a street
    kind ("ул.", "пр-т"...), {N} house, {B} building, {Q} flat, {V} village, {D} district adjective,
    {Dg} its genitive."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        t = town(fake)
        while " " in t or "-" in t:
            t = town(fake)
        district = rng.choice(_DISTRICTS)
        region = fake.administrative_unit()
        fields = {
            "P": f"{rng.randrange(101000, 692999)}", "R": region,
            "RF": region.replace(" обл.", " область").replace("респ. ", "Республика "),
            "T": t, "Tl": inflect_word(t, "loct", "Geox").capitalize(), "Tg": inflect_word(t, "gent", "Geox").capitalize(),
            "S": fake.street_title(), "K": rng.choice(_STREET_KIND),
            "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "", "а", "/1", "б")),
            "B": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320)), "V": rng.choice(VILLAGES),
            "D": district, "Dg": district[:-2] + "ого",
        }
        return rng.choice(layouts).format(**fields)

    return make


# ----- contacts --------------------------------------------------------------------------------
_CITY3 = ("495", "499", "812", "343", "383", "846", "861", "843", "347", "351", "473", "831", "863", "342")
_CITY4 = ("3452", "8552", "3822", "4012", "3412", "8142", "4722", "3952", "8202", "3532", "8412")


def tel(*layouts: str, codes: str = "mobile") -> Maker:
    """Layouts: A area digits (3 or 4), B subscriber digits; everything else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("A")
        if n == 4:
            area = rng.choice(_CITY4)
        elif n == 0:
            area = ""
        elif codes == "city":
            area = rng.choice(_CITY3)
        else:
            area = "9" + rng.choice(("0", "1", "2", "5", "6", "8", "9", "3")) + dg(rng, 1)
        it = iter(area + str(rng.randrange(2, 10)) + dg(rng, 9))
        return "".join(next(it) if ch in "AB" else ch for ch in layout)

    return make


_TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"], strict=True))


def translit(word: str) -> str:
    return "".join(_TRANS.get(ch, ch) for ch in word.lower())


def mail() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < 0.35:
            return rng.choice((fake.email(), fake.free_email()))
        last, first, _, _ = who(rng, fake)
        user = rng.choice((f"{translit(last)}.{translit(first)[0]}", f"{translit(first)}{rng.randrange(70, 100)}",
                           f"{translit(last)}_{rng.randrange(1960, 2010)}", f"{translit(first)[0]}{translit(last)}",
                           f"{translit(last)}{dg(rng, 2)}"))
        return user + "@" + rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "ya.ru",
                                        "rambler.ru"))

    return make


def link() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        user = fake.user_name()
        return rng.choice((
            f"https://vk.com/id{rng.randrange(10**6, 10**9)}", f"vk.com/{user}", f"https://t.me/{user}",
            f"https://ok.ru/profile/{rng.randrange(10**11, 10**12)}", f"https://lk.{fake.domain_name()}/results/{dg(rng, 8)}",
            f"http://{fake.domain_name()}/patient/{dg(rng, 6)}", fake.url(), f"https://www.instagram.com/{user}/",
            f"https://tmk.{fake.domain_name()}/room/{dg(rng, 4)}-{dg(rng, 4)}",
        ))

    return make


# ----- identifiers -----------------------------------------------------------------------------
def _fill_x(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _fill_x(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + dg(rng, n - 3 if n == 10 else n - 4)
        return _fill_x(layout, prefix + inn_check_digits(prefix))

    return make


def enp(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        while True:
            body = str(rng.randrange(1, 10)) + dg(rng, 14)
            for check in "0123456789":
                if luhn_valid(body + check):
                    break
            if enp_valid(body + check):
                return _fill_x(rng.choice(layouts), body + check)

    return make


def num(*layouts: str) -> Maker:
    """'#' a digit (the first one of a run not zero unless '0' is written), 'Y' the last two digits of a
    recent year; everything else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out, prev = [], ""
        for ch in rng.choice(layouts):
            if ch == "#":
                out.append(str(rng.randrange(0 if prev.isdigit() else 1, 10)))
            elif ch == "Y":
                out.append(f"{rng.randrange(14, 26)}")
            else:
                out.append(ch)
            prev = out[-1][-1]
        return "".join(out)

    return make


def passport(*layouts: str) -> Maker:
    """A Russian passport: 'RR' an OKATO region code, 'YY' the blank's year, 'X' number digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        region = rng.choice(("45", "46", "40", "92", "80", "65", "50", "52", "36", "61", "71", "82", "22", "97", "03"))
        year = f"{rng.randrange(0, 25):02d}"
        layout = rng.choice(layouts).replace("RR", region).replace("YY", year)
        return _fill_x(layout, dg(rng, 6))

    return make
