"""Value makers for blind split 43 (digital health systems and their exports).

Everything is generated: names from Faker ``ru_RU`` or from the short lists of names of the peoples
of Russia and the CIS below, towns and streets from Faker, identifiers with valid check digits.
``Doc`` builds a fragment piece by piece and records the gold spans of the values it is given.
"""

from __future__ import annotations

import datetime
import random
import re
from typing import Any

from benchmarks.pii_families import Planted
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- names ---------------------------------------------------------------------------------
# (male surname, female surname), male given names, female given names, (patronymic m, f)
_PEOPLES = (
    (("Хабибуллин", "Хабибуллина"), ("Гарипов", "Гарипова"), ("Сафиуллин", "Сафиуллина"), ("Валиев", "Валиева")),
    (("Юмагулов", "Юмагулова"), ("Ишмухаметов", "Ишмухаметова"), ("Кильдибаев", "Кильдибаева")),
    (("Магомадов", "Магомадова"), ("Гаджиев", "Гаджиева"), ("Алиев", "Алиева"), ("Абдулаев", "Абдулаева")),
    (("Жумабаев", "Жумабаева"), ("Сейткалиев", "Сейткалиева"), ("Нурланов", "Нурланова")),
    (("Рахимов", "Рахимова"), ("Юсупов", "Юсупова"), ("Назаров", "Назарова"), ("Каримов", "Каримова")),
    (("Саркисян", "Саркисян"), ("Петросян", "Петросян"), ("Авакян", "Авакян")),
    (("Беридзе", "Беридзе"), ("Кварацхелия", "Кварацхелия")),
    (("Цыренов", "Цыренова"), ("Бадмаев", "Бадмаева"), ("Дашиев", "Дашиева")),
    (("Дзагоев", "Дзагоева"), ("Гаглоев", "Гаглоева")),
    (("Абдыкадыров", "Абдыкадырова"), ("Токтогулов", "Токтогулова")),
)
_GIVEN_M = ("Рустем", "Ильдар", "Айдар", "Ринат", "Ахмед", "Магомед", "Шамиль", "Нурлан", "Ерлан", "Шерзод",
            "Фаррух", "Ашот", "Гурген", "Георгий", "Баир", "Алан", "Бакыт", "Тимур", "Азат", "Санал", "Айаал")
_GIVEN_F = ("Айгуль", "Гульнара", "Лейсан", "Зарема", "Мадина", "Динара", "Гаяне", "Нино", "Сэсэг", "Сардана",
            "Алия", "Зульфия", "Эльвира", "Асель", "Карина", "Лиана", "Туяна", "Фатима")
_FATHERS = ("Рустем", "Ильдар", "Ринат", "Руслан", "Магомед", "Серик", "Алишер", "Григорий", "Даши", "Тимур",
            "Марат", "Ахмед", "Азат", "Рашид", "Батор", "Анатолий")


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("и"):
        return father + ("евна" if female else "евич")
    if father.endswith("ий"):
        return father[:-2] + ("ьевна" if female else "ьевич")
    return father + ("овна" if female else "ович")


def name_parts(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5
    if rng.random() < 0.3:
        last = rng.choice(rng.choice(_PEOPLES))[1 if female else 0]
        first = rng.choice(_GIVEN_F if female else _GIVEN_M)
        return last, first, _patronymic(rng.choice(_FATHERS), female), female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def fio_g(rng: random.Random, fake: Any, shape: str = "F I O", case: str = "nomn", caps: bool = False) -> tuple[str, bool]:
    """A name and whether it is a woman's. Shapes as in ``pii_families.person``: F I O, F io, F i o, io F,
    I O, I F, F I, F, I."""
    last, first, middle, female = name_parts(rng, fake)
    parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(middle, "Patr", female, case)}
    out = []
    for token in shape.split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif token == "i":
            out.append(f"{first[0]}.")
        elif token == "o":
            out.append(f"{middle[0]}.")
        else:
            out.append(parts[token])
    text = " ".join(out)
    return (text.upper() if caps else text), female


def fio(rng: random.Random, fake: Any, shape: str = "F I O", case: str = "nomn", caps: bool = False) -> str:
    return fio_g(rng, fake, shape, case, caps)[0]


def fio_parts(rng: random.Random, fake: Any, caps: bool = False) -> tuple[str, str, str, bool]:
    """Surname, first name, patronymic (nominative) and whether it is a woman's."""
    last, first, middle, female = name_parts(rng, fake)
    if caps:
        return last.upper(), first.upper(), middle.upper(), female
    return last, first, middle, female


def person_maker(*shapes: str, caps: float = 0.0):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return fio(rng, fake, rng.choice(shapes), case, rng.random() < caps)

    return make


# ----- dates and times -----------------------------------------------------------------------
_MG = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
       "ноября", "декабря")
_MN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
       "декабрь")
_MA = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.")
_ML = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре",
       "декабре")
_WD = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
_TOKEN = re.compile(r"yyyy|yy|dd|mm|MG|MN|ML|MA|Mc|WD|HH|MI|SS|d|m")


def pick_day(fake: Any, birth: bool = False, future: bool = False) -> datetime.date:
    if birth:
        return fake.date_between(start_date="-90y", end_date="-16y")
    return fake.date_between(start_date="-6y", end_date="+60d" if future else "today")


def when(rng: random.Random, fake: Any, layout: str, birth: bool = False, future: bool = False,
         day: datetime.date | None = None) -> str:
    """Tokens: yyyy yy dd mm d m MG MN ML MA Mc (capitalised nominative) WD (weekday) HH MI SS."""
    day = day or pick_day(fake, birth, future)
    hh, mi, ss = rng.randrange(7, 21), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, rng.randrange(60))), rng.randrange(60)
    values = {"yyyy": f"{day.year}", "yy": f"{day.year % 100:02d}", "dd": f"{day.day:02d}", "mm": f"{day.month:02d}",
              "d": f"{day.day}", "m": f"{day.month}", "MG": _MG[day.month - 1], "MN": _MN[day.month - 1],
              "MA": _MA[day.month - 1], "ML": _ML[day.month - 1], "Mc": _MN[day.month - 1].capitalize(), "WD": _WD[day.weekday()],
              "HH": f"{hh:02d}", "MI": f"{mi:02d}", "SS": f"{ss:02d}"}
    return _TOKEN.sub(lambda m: values[m.group(0)], layout)


def when_run(rng: random.Random, fake: Any, layout: str, n: int, max_gap: int = 30) -> list[str]:
    """``n`` dates in order, each 0..max_gap days after the one before (a stay, a course, a series)."""
    day = pick_day(fake) - datetime.timedelta(days=n * max_gap)
    out = []
    for _ in range(n):
        out.append(when(rng, fake, layout, day=day))
        day += datetime.timedelta(days=rng.randrange(0, max_gap + 1))
    return out


def date_maker(*layouts: str, birth: bool = False, future: bool = False):
    return lambda rng, fake, case: when(rng, fake, rng.choice(layouts), birth, future)


# ----- places --------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def region(fake: Any) -> str:
    return fake.administrative_unit()


def house(rng: random.Random) -> str:
    return str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "Б", "/1", "к2"))


def addr(rng: random.Random, fake: Any, style: str = "") -> str:
    """A whole address as systems write it: ``fias`` (no dots), ``dots``, ``caps``, ``rev``, ``village``."""
    style = style or rng.choice(("fias", "dots", "caps", "rev", "village", "dots"))
    t, s, n, q = town(fake), fake.street_title(), house(rng), rng.randrange(1, 300)
    post = rng.randrange(101000, 692999)
    if style == "fias":
        return rng.choice((f"{region(fake)}, г {t}, ул {s}, д {n}, кв {q}", f"{post}, г {t}, ул {s}, д. {n}, кв. {q}",
                           f"г {t}, пр-кт {s}, д {n}, кв {q}"))
    if style == "caps":
        return rng.choice((f"Г. {t.upper()}, УЛ. {s.upper()}, Д. {n}, КВ. {q}", f"{post} {t.upper()} {s.upper()} {n}-{q}"))
    if style == "rev":
        return rng.choice((f"ул. {s}, д. {n}, кв. {q}, г. {t}", f"{s} ул, {n}-{q}, {t}", f"ул.{s} д.{n} кв.{q} г.{t}"))
    if style == "village":
        v = town(fake)
        return rng.choice((f"{region(fake)}, {rng.choice(('Ленинский', 'Заречный', 'Кировский'))} р-н, с. {v}, ул. {s}, д. {n}",
                           f"д. {v}, ул. {s}, {n}", f"пос. {v}, {s} ул., д. {n}, кв. {q}"))
    return rng.choice((f"г. {t}, ул. {s}, д. {n}, кв. {q}", f"{post}, {region(fake)}, г. {t}, ул. {s}, д. {n}, кв. {q}",
                       f"г. {t}, {s} ул., {n}, кв. {q}"))


def addr_maker(*styles: str):
    return lambda rng, fake, case: addr(rng, fake, rng.choice(styles) if styles else "")


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(word, case, "Geox") for word in town(fake).split())


# ----- numbers -------------------------------------------------------------------------------
def digits(rng: random.Random, n: int, lead: bool = True) -> str:
    first = str(rng.randrange(1, 10)) if lead else str(rng.randrange(10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def layout(value: str, pattern: str) -> str:
    it = iter(value)
    return "".join(next(it) if ch == "X" else ch for ch in pattern)


def snils(rng: random.Random, pattern: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return layout(body + snils_check_digits(body), pattern)


def inn12(rng: random.Random, pattern: str = "XXXXXXXXXXXX") -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + digits(rng, 8, lead=False)
    return layout(prefix + inn_check_digits(prefix), pattern)


def inn10(rng: random.Random) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + digits(rng, 7, lead=False)
    return prefix + inn_check_digits(prefix)


def enp(rng: random.Random, pattern: str = "XXXXXXXXXXXXXXXX") -> str:
    while True:
        body = digits(rng, 15)
        for check in "0123456789":
            if luhn_valid(body + check):
                break
        if enp_valid(body + check):
            return layout(body + check, pattern)


def old_policy(rng: random.Random) -> str:
    return rng.choice((f"{digits(rng, 4)} {digits(rng, 10)}", f"ЯМ {digits(rng, 6)}", f"{digits(rng, 4)}№{digits(rng, 8)}",
                       f"ВС {digits(rng, 9, lead=False)}"))


def passport(rng: random.Random, pattern: str = "") -> str:
    pattern = pattern or rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX"))
    return layout(f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}" + digits(rng, 6), pattern)


def snils_maker(*patterns: str):
    return lambda rng, fake, case: snils(rng, rng.choice(patterns))


def phone(rng: random.Random, style: str = "") -> str:
    code = "9" + digits(rng, 2, lead=False)
    b = digits(rng, 7, lead=False)
    forms = {"e164": f"+7{code}{b}", "bare7": f"7{code}{b}", "plain": f"8{code}{b}",
             "br": f"+7 ({code}) {b[:3]}-{b[3:5]}-{b[5:]}", "br8": f"8 ({code}) {b[:3]}-{b[3:5]}-{b[5:]}",
             "dash": f"8-{code}-{b[:3]}-{b[3:5]}-{b[5:]}", "sp": f"+7 {code} {b[:3]} {b[3:5]} {b[5:]}",
             "nobr": f"8({code}){b[:3]}-{b[3:5]}-{b[5:]}", "city": f"8 (3{digits(rng, 2, lead=False)}) {b[:3]}-{b[3:5]}-{b[5:]}",
             "fax": f"(4{digits(rng, 2, lead=False)}) {b[:3]}-{b[3:]}"}
    return forms[style or rng.choice(tuple(forms)[:9])]


def phone_maker(*styles: str):
    return lambda rng, fake, case: phone(rng, rng.choice(styles) if styles else "")


def login(fake: Any, rng: random.Random) -> str:
    return rng.choice((fake.free_email(), fake.email(), f"{fake.user_name()}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'gmail.com'))}"))


def mrn(rng: random.Random, kind: str = "") -> str:
    """Record numbers of the kinds MIS/LIS/portals print."""
    year = rng.randrange(2016, 2026)
    forms = {
        "emias": digits(rng, 10), "ib": f"{digits(rng, rng.choice((4, 5, 6)))}/{year % 100:02d}",
        "ib2": f"{year}-{digits(rng, 5, lead=False)}", "card": f"{digits(rng, rng.choice((5, 6, 7)))}",
        "barcode": digits(rng, rng.choice((10, 12))), "lis": f"{year % 100:02d}{rng.randrange(1, 13):02d}{digits(rng, 6, lead=False)}",
        "acc": f"ЛБ-{year}-{digits(rng, 6, lead=False)}", "eln": f"9{digits(rng, 11, lead=False)}",
        "ref": f"{rng.randrange(1, 92):02d}-{year}-{digits(rng, 7, lead=False)}", "rx": f"{rng.randrange(1, 92):02d}-{year % 100:02d} {digits(rng, 7, lead=False)}",
        "guid": f"{digits(rng, 8)}-{digits(rng, 4)}-4{digits(rng, 3, lead=False)}-a{digits(rng, 3, lead=False)}-{digits(rng, 12)}",
        "call": f"{digits(rng, rng.choice((3, 4, 5)))}", "mis": f"P{digits(rng, 8, lead=False)}",
        "hl7": digits(rng, 8),
    }
    return forms[kind or rng.choice(tuple(forms))]


def mrn_maker(*kinds: str):
    return lambda rng, fake, case: mrn(rng, rng.choice(kinds) if kinds else "")


def url_personal(rng: random.Random, fake: Any, kind: str = "") -> str:
    """Links that lead to one person: a video room, a result page, a certificate check, a social profile."""
    forms = {
        "room": lambda: rng.choice((f"https://{rng.choice(('telemed', 'tmk', 'video'))}.{fake.domain_name()}/room/{digits(rng, 6)}",
                                    f"https://{fake.domain_name()}/join/{digits(rng, 9)}?pwd={digits(rng, 6)}")),
        "result": lambda: rng.choice((f"https://{fake.domain_name()}/patient/{digits(rng, 7)}/results",
                                      f"http://{fake.domain_name()}/lab/res?id={digits(rng, 9)}",
                                      f"https://lk.{fake.domain_name()}/r/{digits(rng, 8)}")),
        "cert": lambda: f"https://www.gosuslugi.ru/covid-cert/verify/9{digits(rng, 15, lead=False)}?lang=ru&ck={digits(rng, 8)}",
        "social": lambda: rng.choice((f"https://vk.com/id{digits(rng, 9)}", f"https://t.me/{fake.user_name()}",
                                      f"https://ok.ru/profile/{digits(rng, 12)}")),
        "short": lambda: rng.choice((f"https://{fake.domain_name()}/c/{digits(rng, 6)}", f"http://{fake.domain_name()}/s?k={digits(rng, 8)}")),
        "generic": lambda: rng.choice((fake.url(), fake.uri())),
    }
    return forms[kind or rng.choice(tuple(forms))]()


# ----- OCR noise -----------------------------------------------------------------------------
_HOMO = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E", "К": "K",
         "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}


def ocr(rng: random.Random, text: str, rate: float = 0.08) -> str:
    """Latin look-alikes for some Cyrillic letters and the odd lost/doubled space, as a scanner's OCR writes."""
    out = []
    for ch in text:
        if ch in _HOMO and rng.random() < rate:
            out.append(_HOMO[ch])
        elif ch == " " and rng.random() < rate / 2:
            out.append(rng.choice(("", "  ")))
        else:
            out.append(ch)
    return "".join(out).strip()


def typo(rng: random.Random, text: str) -> str:
    """One slip of a hurried typist: two letters swapped, a letter doubled or dropped."""
    spots = [i for i in range(1, len(text) - 2) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    slip = rng.randrange(3)
    if slip == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if slip == 1:
        return text[: i + 1] + text[i] + text[i + 1 :]
    return text[:i] + text[i + 1 :]


# ----- fragment builder ----------------------------------------------------------------------
class Doc:
    """``d("text")`` adds text; ``d.v(TYPE, value)`` adds a value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.golds: list[tuple[str, int, int]] = []
        self.pos = 0

    def __call__(self, text: str) -> Doc:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        stripped = value.strip()
        lead = len(value) - len(value.lstrip())
        self.golds.append((kind, self.pos + lead, self.pos + lead + len(stripped)))
        return self(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), list(self.golds))
