"""Values for the ``blind2`` PII families (:mod:`benchmarks.pii_families_blind2`): a small template
engine that records gold spans, Russian names in any case and shape, dates, phones and identifiers.

Written without reading the PII recognizers or the other format families; the name and number
lists here are this module's own (Faker ``ru_RU`` adds more names), so the values do not repeat
those of the other splits.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.pii_families import Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name

PERSON, PHONE, EMAIL, URL, DATE = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME"
LOCATION, SNILS, INN, PASSPORT, OMS, MRN = (
    "LOCATION", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")

# ----- template engine -----------------------------------------------------------------------
Segments = list[tuple[str, str | None]]  # (text, gold type or None for plain text)
Piece = Callable[[random.Random, Any, str], "str | Segments"]  # (rng, faker, case) -> value
_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")


@dataclass(frozen=True)
class Slot:
    type: str | None  # gold type of a plain-string value; None: filler text, not PII
    make: Piece


def join(segments: Segments) -> Planted:
    """Concatenate ``segments``; golds where the type is set (a gold's closing "." absorbs a following one)."""
    text, golds = "", []
    for i, (part, kind) in enumerate(segments):
        if kind is None and i and segments[i - 1][1] and segments[i - 1][0].endswith(".") and part.startswith("."):
            part = part[1:]
        if kind is not None:
            golds.append((kind, len(text), len(text) + len(part)))
        text += part
    return Planted(text, golds)


def templated(templates: tuple[str, ...], **slots: Slot) -> Callable[[random.Random, Any], Planted]:
    """A block maker: one of ``templates`` with each ``{key}`` / ``{key:case}`` filled by ``slots[key]``."""

    def make(rng: random.Random, fake: Any) -> Planted:
        template = rng.choice(templates)
        segments: Segments = []
        position = 0
        for match in _SLOT.finditer(template):
            segments.append((template[position : match.start()], None))
            slot = slots[match.group(1)]
            value = slot.make(rng, fake, match.group(2) or "nomn")
            segments.extend([(value, slot.type)] if isinstance(value, str) else value)
            position = match.end()
        segments.append((template[position:], None))
        return join([s for s in segments if s[0]])

    return make


def choice(*options: str) -> Slot:
    """Filler text, one of ``options``."""
    return Slot(None, lambda rng, fake, case: rng.choice(options))


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


# ----- names ---------------------------------------------------------------------------------
_FATHERS = {  # father's name -> (son's patronymic, daughter's patronymic)
    "Александр": ("Александрович", "Александровна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Владимир": ("Владимирович", "Владимировна"), "Андрей": ("Андреевич", "Андреевна"),
    "Алексей": ("Алексеевич", "Алексеевна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Николай": ("Николаевич", "Николаевна"), "Михаил": ("Михайлович", "Михайловна"),
    "Иван": ("Иванович", "Ивановна"), "Евгений": ("Евгеньевич", "Евгеньевна"), "Юрий": ("Юрьевич", "Юрьевна"),
    "Виктор": ("Викторович", "Викторовна"), "Олег": ("Олегович", "Олеговна"), "Игорь": ("Игоревич", "Игоревна"),
    "Павел": ("Павлович", "Павловна"), "Анатолий": ("Анатольевич", "Анатольевна"),
    "Василий": ("Васильевич", "Васильевна"), "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Валерий": ("Валерьевич", "Валерьевна"), "Константин": ("Константинович", "Константиновна"),
    "Роман": ("Романович", "Романовна"), "Григорий": ("Григорьевич", "Григорьевна"),
    "Пётр": ("Петрович", "Петровна"), "Фёдор": ("Фёдорович", "Фёдоровна"), "Леонид": ("Леонидович", "Леонидовна"),
    "Борис": ("Борисович", "Борисовна"), "Рамиль": ("Рамилевич", "Рамилевна"), "Ринат": ("Ринатович", "Ринатовна"),
    "Магомед": ("Магомедович", "Магомедовна"), "Тимур": ("Тимурович", "Тимуровна"),
    "Ильдар": ("Ильдарович", "Ильдаровна"), "Степан": ("Степанович", "Степановна"),
    "Вадим": ("Вадимович", "Вадимовна"), "Станислав": ("Станиславович", "Станиславовна"),
    "Илья": ("Ильич", "Ильинична"), "Кузьма": ("Кузьмич", "Кузьминична"),
}
_MALE = (*_FATHERS, "Артём", "Максим", "Денис", "Кирилл", "Руслан", "Азат", "Ярослав", "Глеб")
_FEMALE = ("Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Галина", "Людмила", "Валентина",
           "Нина", "Марина", "Анна", "Мария", "Екатерина", "Юлия", "Надежда", "Любовь", "Лариса", "Тамара",
           "Вера", "Оксана", "Алина", "Дарья", "Анастасия", "Ксения", "Виктория", "Зинаида", "Раиса",
           "Гульнара", "Эльвира", "Лилия", "Софья", "Полина", "Алсу", "Зарема")
_SURNAMES_OV = (  # masculine; the feminine adds "а"
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Новиков", "Фёдоров",
    "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Козлов", "Степанов", "Орлов",
    "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Воробьёв",
    "Кузьмин", "Фролов", "Королёв", "Гусев", "Киселёв", "Ильин", "Поляков", "Сорокин", "Виноградов",
    "Ковалёв", "Белов", "Медведев", "Тарасов", "Жуков", "Баранов", "Комаров", "Давыдов", "Беляев",
    "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Миронов", "Крылов", "Куликов",
    "Карпов", "Власов", "Мельников", "Гаврилов", "Тихонов", "Афанасьев", "Данилов", "Тимофеев", "Фомин",
    "Чернов", "Мартынов", "Ефимов", "Щербаков", "Назаров", "Калинин", "Быков", "Маслов", "Лазарев",
    "Воронин", "Пономарёв", "Кудрявцев", "Журавлёв", "Овчинников", "Колесников", "Гончаров", "Громов",
    "Малышев", "Румянцев", "Бирюков", "Горбунов", "Ерёмин", "Скворцов", "Белоусов", "Нестеров",
    "Цветков", "Левин", "Аксёнов", "Логинов", "Краснов", "Рыбаков", "Гусейнов", "Алиев", "Мамедов",
    "Абдуллаев", "Хабибуллин", "Зарипов", "Сафин", "Галиев", "Нуриев", "Шарипов", "Юсупов", "Садыков",
)
_SURNAMES_SKY = ("Покровский", "Вишневский", "Ковальский", "Ясинский", "Островский", "Савицкий",
                 "Белецкий", "Раевский", "Толстой", "Преображенский")
_SURNAMES_SAME = ("Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко", "Гончаренко",
                  "Седых", "Черных", "Долгих", "Кикнадзе", "Шапиро", "Дурново")
_SURNAMES_CONSONANT = ("Шевчук", "Ковальчук", "Мельник", "Бондарь", "Оганесян", "Петросян", "Саркисян",
                       "Ким", "Гурвич", "Рубинштейн", "Штерн", "Кузьмич")  # only men's decline


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str
    female: bool


def _surname(rng: random.Random, female: bool) -> str:
    pick = rng.random()
    if pick < 0.72:
        base = rng.choice(_SURNAMES_OV)
        return base + "а" if female else base
    if pick < 0.84:
        base = rng.choice(_SURNAMES_SKY)
        if not female:
            return base
        return base[:-2] + "ая"
    if pick < 0.93:
        return rng.choice(_SURNAMES_SAME)
    return rng.choice(_SURNAMES_CONSONANT)


def new_person(rng: random.Random, fake: Any, female: bool | None = None) -> Person:
    """A person of the given sex (random when ``None``): this module's lists, or Faker ``ru_RU`` a third of the time."""
    female = rng.random() < 0.55 if female is None else female
    if rng.random() < 0.33:
        if female:
            return Person(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
        return Person(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)
    father = rng.choice(tuple(_FATHERS))
    name = rng.choice(_FEMALE if female else _MALE)
    return Person(_surname(rng, female), name, _FATHERS[father][1 if female else 0], female)


def _initials(rng: random.Random, person: Person) -> str:
    a, b = person.name[0], person.patronymic[0]
    return rng.choices((f"{a}.{b}.", f"{a}. {b}.", f"{a}.{b}"), weights=(70, 25, 5))[0]


def render(person: Person, shape: str, case: str, rng: random.Random) -> str:
    """``person`` written as ``shape`` (F surname, I name, O patronymic; "F I.O." initials) in ``case``."""
    surname = inflect_name(person.surname, "Surn", person.female, case)
    name = inflect_name(person.name, "Name", person.female, case)
    patronymic = inflect_name(person.patronymic, "Patr", person.female, case)
    shapes = {
        "F I O": f"{surname} {name} {patronymic}", "I O F": f"{name} {patronymic} {surname}",
        "I F": f"{name} {surname}", "I O": f"{name} {patronymic}", "F I": f"{surname} {name}",
        "F": surname, "F I.O.": f"{surname} {_initials(rng, person)}", "I.O. F": f"{_initials(rng, person)} {surname}",
        "CAPS": f"{surname} {name} {patronymic}".upper(),
    }
    return shapes[shape]


def person(*shapes: str, female: bool | None = None) -> Slot:
    """A new person per value, in one of ``shapes``, in the slot's case."""
    return Slot(PERSON, lambda rng, fake, case: render(new_person(rng, fake, female), rng.choice(shapes), case, rng))


# ----- dates ---------------------------------------------------------------------------------
MONTHS_GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
               "октября", "ноября", "декабря")
MONTHS_NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь")
MONTHS_LOCT = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
               "октябре", "ноябре", "декабре")
MONTHS_SHORT = ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек.")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_DAYS_IN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class Day:
    year: int
    month: int  # 1..12
    day: int

    def plus(self, days: int) -> Day:
        y, m, d = self.year, self.month, self.day + days
        while d > _DAYS_IN[m - 1]:
            d -= _DAYS_IN[m - 1]
            m, y = (1, y + 1) if m == 12 else (m + 1, y)
        return Day(y, m, d)


def new_day(rng: random.Random, first: int = 2016, last: int = 2024) -> Day:
    month = rng.randint(1, 12)
    return Day(rng.randint(first, last), month, rng.randint(1, _DAYS_IN[month - 1]))


def numeric(day: Day, rng: random.Random, year: bool = True) -> str:
    """The numeric ways Russian records write a day: 05.03.2021, 5.3.21, 05/03/2021, 2021-03-05..."""
    d, m, y = day.day, day.month, day.year
    if not year:
        return rng.choice((f"{d:02d}.{m:02d}", f"{d}.{m:02d}", f"{d:02d}.{m:02d}."))
    layouts = (f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}",
               f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y} г.", f"{d:02d}.{m:02d}.{y}г.",
               f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}г.")
    return rng.choices(layouts, weights=(30, 14, 8, 5, 5, 5, 12, 6, 3, 4))[0]


def worded(day: Day, rng: random.Random, year: bool = True) -> str:
    """5 марта 2021 г., «05» марта 2021 года, 5 сент. 2020 г., 5-го марта (no year)."""
    d, month = day.day, MONTHS_GENT[day.month - 1]
    if not year:
        return rng.choice((f"{d} {month}", f"{d}-го {month}", f"{d} {MONTHS_SHORT[day.month - 1]}"))
    y = day.year
    layouts = (f"{d} {month} {y} г.", f"{d} {month} {y} года", f"{d} {month} {y}г.", f"«{d:02d}» {month} {y} г.",
               f"{d} {MONTHS_SHORT[day.month - 1]} {y} г.", f"{d} {month} {y}", f"\"{d:02d}\" {month} {y}г.")
    return rng.choices(layouts, weights=(30, 18, 8, 12, 10, 14, 4))[0]


def roman(day: Day, rng: random.Random) -> str:
    """The older doctors' 7.XI.1958, 7/XI-58, 07.XI.58 г."""
    d, m, y = day.day, ROMAN[day.month - 1], day.year
    return rng.choice((f"{d}.{m}.{y}", f"{d}/{m}-{y % 100:02d}", f"{d:02d}.{m}.{y % 100:02d} г.", f"{d}.{m}.{y % 100:02d}"))


def clock(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choices((f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h} ч {m:02d} мин", f"{h}ч{m:02d}м"),
                       weights=(45, 15, 15, 15, 10))[0]


def any_day(rng: random.Random, day: Day, year: bool = True) -> str:
    return numeric(day, rng, year) if rng.random() < 0.7 else worded(day, rng, year)


def date(first: int = 2016, last: int = 2024, year: bool = True) -> Slot:
    """One day, numeric or in words (births: ``first=1935``)."""
    return Slot(DATE, lambda rng, fake, case: any_day(rng, new_day(rng, first, last), year))


# ----- phones --------------------------------------------------------------------------------
MOBILE_CODES = ("900", "901", "902", "903", "904", "905", "906", "908", "909", "910", "911", "912", "913",
                "914", "915", "916", "917", "918", "919", "920", "921", "922", "923", "924", "925", "926",
                "927", "928", "929", "930", "931", "932", "937", "939", "950", "951", "952", "953", "960",
                "961", "962", "963", "964", "965", "967", "977", "978", "981", "982", "983", "985", "987",
                "988", "989", "991", "993", "995", "996", "999")


def mobile(rng: random.Random) -> str:
    code, n = rng.choice(MOBILE_CODES), digits(rng, 7)
    a, b, c = n[:3], n[3:5], n[5:]
    layouts = (f"+7 ({code}) {a}-{b}-{c}", f"+7({code}){a}-{b}-{c}", f"8 ({code}) {a}-{b}-{c}", f"8({code}){a}{b}{c}",
               f"8-{code}-{a}-{b}-{c}", f"8{code}{n}", f"+7{code}{n}", f"8 {code} {a} {b} {c}", f"+7 {code} {a}-{b}-{c}",
               f"8 {code} {n}", f"+7-{code}-{a}-{b}-{c}", f"8 ({code}) {n}", f"+7 {code} {a} {b} {c}", f"8{code}-{a}-{b}-{c}")
    return rng.choices(layouts, weights=(14, 6, 12, 4, 9, 14, 8, 7, 5, 4, 4, 3, 5, 5))[0]


def local_number(rng: random.Random, length: int) -> str:
    """A subscriber number of ``length`` digits grouped as Russians write them: 123-45-67, 45-12-78, 2-15-40."""
    n = digits(rng, length, first_nonzero=True)
    if length == 7:
        return rng.choice((f"{n[:3]}-{n[3:5]}-{n[5:]}", n, f"{n[:3]} {n[3:5]} {n[5:]}"))
    if length == 6:
        return rng.choice((f"{n[:2]}-{n[2:4]}-{n[4:]}", n, f"{n[:3]}-{n[3:]}"))
    return f"{n[0]}-{n[1:3]}-{n[3:]}" if rng.random() < 0.8 else n


def landline(rng: random.Random, code: str) -> str:
    """A city number with its area code (3 to 5 digits; the subscriber part makes 10 in all)."""
    number = local_number(rng, 10 - len(code))
    layouts = (f"8 ({code}) {number}", f"({code}) {number}", f"8({code}){number}", f"+7 ({code}) {number}",
               f"8-{code}-{number}", f"+7 {code} {number}")
    return rng.choices(layouts, weights=(35, 20, 15, 12, 10, 8))[0]


# ----- identifiers ---------------------------------------------------------------------------
def snils(rng: random.Random) -> str:
    while True:
        first9 = digits(rng, 9)
        if int(first9) > 1001998:
            break
    d = first9 + snils_check_digits(first9)
    return rng.choices((f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", d,
                        f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", f"{d[:9]} {d[9:]}"), weights=(45, 20, 15, 12, 8))[0]


_REGIONS = ("77", "50", "78", "72", "63", "16", "59", "66", "22", "55", "54", "61", "02", "23", "24", "36",
            "38", "52", "74", "34", "64", "35", "18", "26", "05", "27", "31", "69")


def inn12(rng: random.Random) -> str:
    """A person's 12-digit INN: region, tax office, record number, two check digits."""
    prefix = rng.choice(_REGIONS) + f"{rng.randint(1, 40):02d}" + digits(rng, 6)
    return prefix + inn_check_digits(prefix)


def passport(rng: random.Random, layout: str | None = None) -> str:
    """Series (region code + year of issue) and number: 45 08 123456, 4508 № 123456..."""
    region = rng.choice(("45", "46", "40", "71", "36", "92", "57", "65", "01", "04", "25", "52", "60", "63", "80"))
    series = region + f"{rng.choice((*range(0, 25), 97, 98, 99)):02d}"
    number = digits(rng, 6)
    layouts = {"spaced": f"{series[:2]} {series[2:]} {number}", "joined": f"{series} {number}",
               "sign": f"{series[:2]} {series[2:]} № {number}", "sign-joined": f"{series} № {number}",
               "sign-tight": f"{series} №{number}", "dash": f"{series}-{number}", "bare": series + number}
    if layout is None:
        layout = rng.choices(tuple(layouts), weights=(30, 25, 22, 12, 6, 3, 2))[0]
    return layouts[layout]


def oms16(rng: random.Random) -> str:
    """A 16-digit single policy number (ЕНП) with a Luhn-style check digit."""
    prefix = rng.choice(("77", "50", "78", "72", "63", "16", "59", "66", "54", "61", "02", "23", "38", "74"))
    body = prefix + digits(rng, 13)
    return next(body + str(c) for c in range(10) if luhn_valid(body + str(c)))


def grouped16(number: str, rng: random.Random) -> str:
    return rng.choices((number, " ".join(number[i : i + 4] for i in range(0, 16, 4))), weights=(70, 30))[0]


# ----- e-mail --------------------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def latin(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())


def email(rng: random.Random, fake: Any) -> str:
    p = new_person(rng, fake)
    surname, name, year = latin(p.surname), latin(p.name), rng.randint(1950, 2008)
    local = rng.choice((f"{surname}.{name[0]}{year % 100:02d}", f"{name}_{surname}", f"{name}{year}", f"{surname}{rng.randint(1, 999)}",
                        f"{name[0]}.{surname}", f"{name}.{surname}", f"{surname}-{name[:3]}", f"{name}{surname[:4]}{year % 100:02d}"))
    domain = rng.choices(("mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru",
                          "internet.ru"), weights=(30, 22, 6, 6, 6, 5, 15, 6, 4))[0]
    return f"{local}@{domain}"
