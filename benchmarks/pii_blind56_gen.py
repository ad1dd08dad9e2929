"""Value makers for blind split 56 (clinical research and biobanks): names, dates, places and the
identifiers that trial paperwork, sample registries and sponsor reports carry."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, Planted, person
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# Names of the peoples of Russia and the CIS: (surname m, surname f, first m, first f, father's name)
CIS_MALE = ("Рустам", "Ильдар", "Айдар", "Тимур", "Марат", "Азамат", "Бахтиёр", "Ашот", "Гиви", "Аслан",
            "Нурлан", "Эрдэни", "Арсен", "Ринат", "Баир", "Саргылан", "Давид", "Шамиль")
CIS_FEMALE = ("Гульнара", "Алсу", "Айгуль", "Лейла", "Зарина", "Динара", "Карина", "Мадина", "Нино",
              "Асель", "Сардана", "Гузель", "Ляйсан", "Анаит", "Эльвира", "Фатима")
CIS_SURN = ("Хабибуллин", "Галиев", "Нургалиев", "Ахмедов", "Исмаилов", "Каримов", "Саркисян", "Гогия",
            "Мамедов", "Юсупов", "Тагиров", "Шарипов", "Байрамов", "Абдуллаев", "Цыренов", "Гарипов",
            "Оспанов", "Мусин", "Бекмурзаев", "Давлетшин")
CIS_FATHER = ("Ринат", "Ильдус", "Рашид", "Фарид", "Марат", "Камил", "Салават", "Руслан", "Тагир", "Ахмед")


def cis_name(rng: random.Random, shape: str = "F I O", case: str = "nomn") -> str:
    female = rng.random() < 0.5
    sur = rng.choice(CIS_SURN)
    if female and not sur.endswith(("ян", "ия")):
        sur += "а"
    first = rng.choice(CIS_FEMALE if female else CIS_MALE)
    father = rng.choice(CIS_FATHER)
    patr = father + ("овна" if female else "ович")
    if case != "nomn":
        sur = inflect_name(sur, "Surn", female, case)
        first = inflect_name(first, "Name", female, case)
        patr = inflect_name(patr, "Patr", female, case)
    parts = {"F": sur, "I": first, "O": patr, "io": f"{first[0]}.{patr[0]}.", "i": f"{first[0]}."}
    return " ".join(parts[t] for t in shape.split())


def fio(rng: random.Random, fake: Any, case: str = "nomn", *shapes: str) -> str:
    shapes = shapes or ("F I O", "F io", "F i o", "io F", "F I")
    if rng.random() < 0.2:
        shape = rng.choice([s for s in shapes if "i o" not in s] or ["F I O"])
        return cis_name(rng, shape, case)
    return person(*shapes)(rng, fake, case)


def fio_g(rng: random.Random, fake: Any, female: bool, case: str = "nomn", shape: str = "F I O") -> str:
    """A name of the given sex (relatives in pedigrees and narratives must match their role)."""
    if female:
        last, first, mid = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    else:
        last, first, mid = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
    parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(mid, "Patr", female, case), "io": f"{first[0]}.{mid[0]}."}
    return " ".join(parts[t] for t in shape.split())


def initials_only(rng: random.Random, fake: Any) -> str:
    """Subject initials as trial logs write them: 'ИАП', 'И-А-П', 'И.А.П.'."""
    letters = [fake.last_name()[0], fake.first_name()[0], fake.middle_name()[0]]
    return rng.choice(("".join(letters), "-".join(letters), ".".join(letters) + ".", "".join(letters[:2]) + "-"
                       + letters[2]))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- dates -----------------------------------------------------------------------------------
def a_date(rng: random.Random, fake: Any, style: str | None = None, recent: bool = True) -> str:
    day = fake.date_between(start_date="-6y" if recent else "-85y", end_date="today" if recent else "-18y")
    style = style or rng.choice(("num", "num", "iso", "words", "eng", "short", "dmy-dash"))
    if style == "num":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "words":
        return f"{day.day} {MONTHS_GENT[day.month - 1]} {day.year}" + rng.choice(("", " г.", " года"))
    if style == "eng":  # CRF convention DD-MMM-YYYY
        mon = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")[day.month - 1]
        return rng.choice((f"{day.day:02d}-{mon}-{day.year}", f"{day.day:02d}{mon}{day.year}",
                           f"{day.day:02d} {mon.capitalize()} {day.year}"))
    if style == "short":
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    if style == "abbr":
        return f"{day.day:02d} {MONTHS_ABBR[day.month - 1]} {day.year}"
    if style == "month":
        return rng.choice((f"{MONTHS_NOMN[day.month - 1]} {day.year}", f"{day.month:02d}.{day.year}",
                           f"{MONTHS_NOMN[day.month - 1]} {day.year} г."))
    if style == "crf-unk":  # partial dates the CRF guidelines allow
        return rng.choice((f"UN-{['JAN', 'MAR', 'JUN', 'SEP', 'NOV'][day.month % 5]}-{day.year}",
                           f"UK.{day.month:02d}.{day.year}", f"__.{day.month:02d}.{day.year}", f"{day.year}"))
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def birth(rng: random.Random, fake: Any, style: str | None = None) -> str:
    return a_date(rng, fake, style, recent=False)


def with_time(rng: random.Random, fake: Any) -> str:
    style = rng.choice(("num", "iso", "eng"))
    base = a_date(rng, fake, style)
    hh, mm = rng.randrange(7, 23), rng.randrange(60)
    glue = [f" {hh:02d}:{mm:02d}", f" в {hh:02d}:{mm:02d}", f", {hh:02d}.{mm:02d}"]
    if style == "iso":
        glue.append(f"T{hh:02d}:{mm:02d}")
    return base + rng.choice(glue)


def date_pair(rng: random.Random, fake: Any, style: str = "num") -> tuple[str, str]:
    """Admission and discharge (or start and stop) dates, the second some days after the first."""
    first = fake.date_between(start_date="-6y", end_date="-30d")
    second = first + timedelta(days=rng.randrange(1, 28))
    if style == "iso":
        return first.isoformat(), second.isoformat()
    return f"{first.day:02d}.{first.month:02d}.{first.year}", f"{second.day:02d}.{second.month:02d}.{second.year}"


# ----- places ----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(rng: random.Random, fake: Any) -> str:
    t, s = town(fake), fake.street_title()
    n, q = rng.randrange(1, 150), rng.randrange(1, 300)
    return rng.choice((
        f"г. {t}, ул. {s}, д. {n}, кв. {q}",
        f"{rng.randrange(101000, 692999)}, {fake.administrative_unit()}, г. {t}, ул. {s}, {n}-{q}",
        f"{t}, {s} ул., д.{n} кв.{q}",
        f"{fake.administrative_unit()}, {rng.choice(('Ленинский', 'Кировский', 'Заречный'))} р-н, с. {town(fake)}, ул. {s}, {n}",
        f"г {t} ул {s} {n}-{q}",
        f"ул. {s}, д. {n}, корп. {rng.randrange(1, 5)}, кв. {q}, г. {t}",
    ))


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(w, case, "Geox") for w in town(fake).split())


# ----- identifiers -----------------------------------------------------------------------------
def enp(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    while True:
        body = d(rng, 15)
        if body[0] == "0":
            continue
        for c in "0123456789":
            if luhn_valid(body + c):
                digits = iter(body + c)
                return "".join(next(digits) if ch == "X" else ch for ch in layout)


def snils(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    digits = iter(body + snils_check_digits(body))
    return "".join(next(digits) if ch == "X" else ch for ch in layout)


def inn12(rng: random.Random) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, 8)
    return prefix + inn_check_digits(prefix)


def inn10(rng: random.Random) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, 7)
    return prefix + inn_check_digits(prefix)


def passport(rng: random.Random) -> str:
    s, n = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}", f"{rng.randrange(100000, 999999)}"
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}{n}", f"{s[:2]} {s[2:]} №{n}",
                       f"{s}-{n}"))


def phone(rng: random.Random, mobile: bool = True) -> str:
    area = "9" + d(rng, 2) if mobile else rng.choice(("495", "499", "812", "343", "383", "843", "8552", "3822"))
    sub = d(rng, 10 - len(area))
    if len(area) == 4:
        return rng.choice((f"8 ({area}) {sub[:2]}-{sub[2:4]}-{sub[4:]}", f"+7 {area} {sub}"))
    return rng.choice((f"+7 ({area}) {sub[:3]}-{sub[3:5]}-{sub[5:]}", f"8-{area}-{sub[:3]}-{sub[3:5]}-{sub[5:]}",
                       f"+7{area}{sub}", f"8 {area} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+7 {area} {sub[:3]}-{sub[3:]}",
                       f"8({area}){sub}"))


def subject_id(rng: random.Random) -> str:
    site = f"{rng.randrange(1, 60):02d}"
    return rng.choice((f"{site}-{rng.randrange(1, 200):03d}", f"RU{site}{rng.randrange(1, 999):03d}",
                       f"{rng.randrange(100, 999)}-{rng.randrange(1, 9999):04d}", f"S{site}-{rng.randrange(1, 99):03d}",
                       f"RUS-{rng.randrange(10, 99)}-{rng.randrange(1, 999):03d}", f"{site}{rng.randrange(1, 999):03d}"))


def screening_no(rng: random.Random) -> str:
    return rng.choice((f"SCR-{d(rng, 5)}", f"E{rng.randrange(1000, 9999)}{rng.randrange(100, 999)}",
                       f"{rng.randrange(10000, 99999)}", f"СКР-{rng.randrange(1, 60):02d}-{rng.randrange(1, 999):03d}"))


def sample_id(rng: random.Random) -> str:
    y = rng.randrange(15, 27)
    return rng.choice((f"BB{y}-{d(rng, 6)}", f"{y}{d(rng, 7)}", f"DNA-{d(rng, 5)}", f"ПЛ-{y}-{d(rng, 4)}",
                       f"S{d(rng, 8)}", f"{rng.choice('ABCDEFGH')}{d(rng, 2)}-{y}-{d(rng, 5)}",
                       f"СЫВ/{y}/{d(rng, 4)}"))


def aliquot(rng: random.Random, parent: str) -> str:
    return parent + rng.choice(("-A", "-0", ".", "/", "_A")) + f"{rng.randrange(1, 12):02d}"


def history_no(rng: random.Random) -> str:
    return rng.choice((f"{d(rng, 5)}", f"{rng.randrange(1, 99999)}/{rng.randrange(19, 27)}",
                       f"{rng.randrange(1000, 99999)}-{rng.choice('СКП')}", f"{d(rng, 4)}/{d(rng, 2)}-Т"))


def emk(rng: random.Random) -> str:
    return rng.choice((d(rng, 9), f"МИС-{d(rng, 7)}", f"PID{d(rng, 8)}", f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}"))


def eln(rng: random.Random) -> str:
    return "9" + d(rng, 11) if rng.random() < 0.5 else "3" + d(rng, 11)


def old_oms(rng: random.Random) -> str:
    return rng.choice((f"{rng.choice(('АБ', 'ВМ', 'ЕА', 'КК'))} {d(rng, 8)}", f"{rng.randrange(1000, 9999)} {d(rng, 8)}",
                       f"серия {d(rng, 4)} № {d(rng, 6)}"))


def email(rng: random.Random, fake: Any) -> str:
    return rng.choice((fake.email(), fake.free_email(), fake.company_email(),
                       f"{fake.user_name()}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'rambler.ru', 'gmail.com'))}"))


def url(rng: random.Random, fake: Any) -> str:
    return rng.choice((
        fake.url(), fake.uri(),
        f"https://edc.{fake.domain_name()}/study/{rng.choice(('RX', 'ONC', 'CV'))}-{rng.randrange(100, 999)}/subject/{d(rng, 5)}",
        f"https://vk.com/id{d(rng, 9)}", f"https://t.me/{fake.user_name()}",
        f"https://disk.yandex.ru/d/{fake.lexify('????????????')}",
    ))


# ----- a fragment with spans -------------------------------------------------------------------
class Writer:
    """Builds a text piece by piece, recording the span of each planted value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Writer:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Writer:
        value = value.strip()
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))
