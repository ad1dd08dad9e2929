"""Value makers and a fragment builder for blind split 52 (laboratory and imaging diagnostics).

Everything is generated: names from Faker ``ru_RU`` or the short lists below (peoples of Russia and
the CIS), identifiers with valid check digits where the real ones carry them.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (surname male, surname female, first male, first female, patronymic male, patronymic female)
_OWN_MALE = (
    ("Хабибуллин", "Ринат", "Ильдарович"), ("Гарипов", "Айдар", "Рустемович"), ("Юсупов", "Тимур", "Маратович"),
    ("Алиев", "Руслан", "Магомедович"), ("Кадыров", "Ибрагим", "Ахмедович"), ("Саргсян", "Арам", "Ашотович"),
    ("Гогуа", "Давид", "Зурабович"), ("Нурланов", "Ерлан", "Болатович"), ("Каримов", "Азамат", "Шухратович"),
    ("Петросян", "Геворг", "Суренович"), ("Васильев", "Айаал", "Николаевич"), ("Бадмаев", "Баир", "Цыренович"),
    ("Цой", "Виктор", "Робертович"), ("Шайхутдинов", "Ильнур", "Фаритович"), ("Мамедов", "Эльчин", "Гусейнович"),
)
_OWN_FEMALE = (
    ("Хабибуллина", "Гульнара", "Ринатовна"), ("Сафина", "Алсу", "Ильдаровна"), ("Абдуллаева", "Мадина", "Руслановна"),
    ("Оганесян", "Анаит", "Грантовна"), ("Ахмедова", "Патимат", "Магомедовна"), ("Жумабаева", "Айгерим", "Ерлановна"),
    ("Бадмаева", "Сэсэг", "Баировна"), ("Иванова", "Сардаана", "Петровна"), ("Гиниятуллина", "Лейсан", "Фанисовна"),
    ("Рахимова", "Дилноза", "Алишеровна"), ("Кошкина", "Айыына", "Семёновна"), ("Тагирова", "Зарема", "Исаевна"),
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def name_parts(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if rng.random() < 0.25:
        last, first, middle = rng.choice(_OWN_FEMALE if female else _OWN_MALE)
        return last, first, middle, female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


_ENDINGS = {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е", "accs": "у"}


def _first_name(first: str, female: bool, case: str) -> str:
    out = inflect_name(first, "Name", female, case)
    if case != "nomn" and out == first and first[-1] in "ая":  # a name the dictionary does not know
        soft = first[-1] == "я" or first[-2] in "гкхжчшщ"
        ending = _ENDINGS[case]
        if soft and ending == "ы":
            ending = "и"
        if first[-1] == "я" and ending == "ой":
            ending = "ей"
        out = first[:-1] + ending
    return out


def pname(rng: random.Random, fake: Any, shape: str, case: str = "nomn", female: bool | None = None) -> str:
    """Shapes: "F I O", "F io", "F i o", "io F", "I O", "F I", "F", "FU io" (surname in capitals), "FIO" (all caps)."""
    last, first, middle, female = name_parts(rng, fake, female)
    f = inflect_name(last, "Surn", female, case)
    i = _first_name(first, female, case)
    o = inflect_name(middle, "Patr", female, case)
    out = {
        "F I O": f"{f} {i} {o}", "F io": f"{f} {first[0]}.{middle[0]}.", "F i o": f"{f} {first[0]}. {middle[0]}.",
        "io F": f"{first[0]}.{middle[0]}. {f}", "I O": f"{i} {o}", "F I": f"{f} {i}", "F": f,
        "FU io": f"{f.upper()} {first[0]}.{middle[0]}.", "FIO": f"{f} {i} {o}".upper(), "I F": f"{i} {f}",
        "F io nodot": f"{f} {first[0]}{middle[0]}", "F I o": f"{f} {i} {middle[0]}.",
    }
    return out[shape]


def person_m(*shapes: str):
    return lambda rng, fake, case: pname(rng, fake, rng.choice(shapes), case)


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"), strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch.lower(), ch) for ch in word)


def dicom_name(rng: random.Random, fake: Any, female: bool | None = None) -> str:
    last, first, middle, _ = name_parts(rng, fake, female)
    style = rng.randrange(4)
    if style == 0:
        return f"{translit(last).upper()}^{translit(first).upper()}^{translit(middle).upper()}"
    if style == 1:
        return f"{translit(last).capitalize()}^{translit(first).capitalize()}"
    if style == 2:
        return f"{last.upper()}^{first.upper()}^{middle.upper()}"
    return f"{translit(last).upper()}^{translit(first)[0].upper()}{translit(middle)[0].upper()}"


# ----- dates ------------------------------------------------------------------------------------
def dt(rng: random.Random, fake: Any, layout: str, recent: bool = True) -> str:
    day = fake.date_between(start_date="-6y" if recent else "-90y", end_date="today")
    hh, mi, ss = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    rep = (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
           ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]), ("MN", MONTHS_NOMN[day.month - 1]),
           ("MA", MONTHS_ABBR[day.month - 1]), ("HH", f"{hh:02d}"), ("MI", f"{mi:02d}"), ("SS", f"{ss:02d}"),
           ("d", f"{day.day}"), ("m", f"{day.month}"))
    out = layout
    for key, value in rep:
        out = out.replace(key, value)
    return out


def date_m(*layouts: str, recent: bool = True):
    return lambda rng, fake, case: dt(rng, fake, rng.choice(layouts), recent)


def birth(rng: random.Random, fake: Any, layout: str = "dd.mm.yyyy") -> str:
    return dt(rng, fake, layout, recent=False)


# ----- places -----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    t, s = town(fake), fake.street_title()
    n, q = rng.randrange(1, 160), rng.randrange(1, 300)
    layouts = (
        f"г. {t}, ул. {s}, д. {n}, кв. {q}", f"{t}, {s} ул., {n}-{q}", f"г {t} ул {s} д{n} кв{q}",
        f"{fake.administrative_unit()}, г. {t}, ул. {s}, д. {n}", f"ул. {s}, {n}, кв. {q}, {t}",
        f"{rng.randrange(101000, 692999)}, {t}, пр-т {s}, д. {n}, кв. {q}",
        f"{fake.administrative_unit()}, с. {town(fake)}, ул. {s}, {n}",
    )
    if case != "nomn":
        return " ".join(inflect_word(w, case, "Geox") for w in t.split())
    return rng.choice(layouts)


def addr_m():
    return lambda rng, fake, case: addr(rng, fake, case)


# ----- identifiers ------------------------------------------------------------------------------
def lay(digits: str, layout: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return lay(body + snils_check_digits(body), layout)


def inn_v(rng: random.Random, twelve: bool = True) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, 8 if twelve else 7)
    return prefix + inn_check_digits(prefix)


def enp_v(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    body = str(rng.randrange(1, 10)) + _d(rng, 14)
    for c in "0123456789":
        if luhn_valid(body + c):
            return lay(body + c, layout)
    raise AssertionError("no Luhn digit")


def passport_v(rng: random.Random, layout: str = "XX XX XXXXXX") -> str:
    return lay(f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}" + str(rng.randrange(1, 10)) + _d(rng, 5), layout)


def num(rng: random.Random, layout: str) -> str:
    """X any digit, N non-zero digit, Y two-digit year, L a capital Latin letter, everything else literal."""
    out = []
    for ch in layout:
        if ch == "X":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "Y":
            out.append(str(rng.randrange(19, 27)))
        elif ch == "L":
            out.append(rng.choice("ABCDEHKMPTX"))
        else:
            out.append(ch)
    return "".join(out)


def num_m(*layouts: str):
    return lambda rng, fake, case: num(rng, rng.choice(layouts))


def phone_v(rng: random.Random, layout: str | None = None) -> str:
    layout = layout or rng.choice(("+7 (9XX) XXX-XX-XX", "8 (9XX) XXX-XX-XX", "+79XXXXXXXXX", "89XXXXXXXXX",
                                   "8-9XX-XXX-XX-XX", "+7 9XX XXX XX XX", "8 (AAA) XXX-XX-XX", "(AAA) XXX-XX-XX"))
    layout = layout.replace("AAA", rng.choice(("495", "812", "343", "383", "846", "843", "347", "863", "831")))
    return num(rng, layout)


def phone_m(*layouts: str):
    return lambda rng, fake, case: phone_v(rng, rng.choice(layouts) if layouts else None)


_LABS = ("invitro", "gemotest", "helix", "cmd-lab", "kdl-lab", "lab4u", "citilab", "dnkom", "genetico", "medgen-lab")


def lab_email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = name_parts(rng, fake)
    style = rng.randrange(4)
    if style == 0:
        return f"{translit(first)[0]}.{translit(last)}@{rng.choice(_LABS)}.ru"
    if style == 1:
        return f"{translit(last)}{rng.randrange(60, 99)}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com'))}"
    if style == 2:
        return fake.free_email()
    return f"{translit(last)}.{translit(first)}@{rng.choice(('gkb', 'okb', 'crb', 'kdc'))}{rng.randrange(1, 70)}.ru"


def lab_url(rng: random.Random, fake: Any) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"https://{rng.choice(_LABS)}.ru/results/?order={num(rng, 'XXXXXXXXX')}&code={num(rng, 'LLXXXX')}"
    if style == 1:
        return f"https://pacs.{rng.choice(('gkb', 'okb', 'rkb'))}{rng.randrange(1, 40)}.ru/viewer/study/1.2.643.5.1.13.{num(rng, 'XXXXX.XXXXXX')}"
    if style == 2:
        return f"lk.{rng.choice(_LABS)}.ru/r/{num(rng, 'LLLXXXXXX').lower()}"
    if style == 3:
        return fake.uri()
    return f"http://{rng.randrange(10, 192)}.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}:8080/weasis?patientID={num(rng, 'XXXXXXX')}"


class B:
    """Fragment builder: ``t`` appends plain text, ``v`` appends a gold value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> B:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> B:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)
