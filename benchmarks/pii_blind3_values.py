"""Values for the ``blind3`` PII families (:mod:`benchmarks.pii_families_blind3`): a template engine
that records gold spans, Russian names declined by hand in all six cases, and dates.

Written without reading the PII recognizers, their conventions or the other splits' value makers
(only the benchmark's interface was taken from ``blind2``). The declension rules here are this
module's own, so that a planted oblique name does not depend on the detector's morphology.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from benchmarks.pii_families import Planted

PERSON, PHONE, EMAIL, URL, DATE = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME"
LOCATION, SNILS, INN, PASSPORT, OMS, MRN = (
    "LOCATION", "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER")

# ----- template engine -----------------------------------------------------------------------
Segments = list[tuple[str, str | None]]  # (text, gold type; None for text that is not PII)
Maker = Callable[[random.Random, Any, str], "str | Segments"]  # (rng, faker, case or option) -> value
Block = Callable[[random.Random, Any], Planted]
_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")


@dataclass(frozen=True)
class Slot:
    type: str | None  # gold type of a plain string value (None: filler)
    make: Maker


def to_planted(segments: Segments) -> Planted:
    text, golds = "", []
    for part, kind in segments:
        if not part:
            continue
        if text.endswith(".") and part.startswith("."):  # "ст." + "." reads as one full stop
            part = part[1:]
        if kind is not None:
            golds.append((kind, len(text), len(text) + len(part)))
        text += part
    return Planted(text, golds)


def block(templates: tuple[str, ...], **slots: Slot) -> Block:
    """One of ``templates`` per call; ``{key}`` / ``{key:option}`` filled by ``slots[key]``."""

    def make(rng: random.Random, fake: Any) -> Planted:
        template, at = rng.choice(templates), 0
        segments: Segments = []
        for field in _FIELD.finditer(template):
            segments.append((template[at : field.start()], None))
            slot = slots[field.group(1)]
            value = slot.make(rng, fake, field.group(2) or "nomn")
            segments.extend([(value, slot.type)] if isinstance(value, str) else value)
            at = field.end()
        segments.append((template[at:], None))
        return to_planted(segments)

    return make


def filler(*options: str) -> Slot:
    """Text that is not PII (doses, lab values, ward numbers...), one of ``options``."""
    return Slot(None, lambda rng, fake, case: rng.choice(options))


def noise(make: Callable[[random.Random], str]) -> Slot:
    return Slot(None, lambda rng, fake, case: make(rng))


def nums(rng: random.Random, n: int, lead: bool = True) -> str:
    """``n`` random digits (the first non-zero when ``lead``)."""
    first = str(rng.randint(1, 9) if lead else rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def clinical(rng: random.Random) -> str:
    """A clinical number that is not PII: a dose, a lab value, a score, a code, a bed."""
    return rng.choice((
        f"АД {rng.randint(95, 185)}/{rng.randint(55, 110)} мм рт. ст.", f"ЧСС {rng.randint(52, 130)} в мин",
        f"SpO2 {rng.randint(86, 99)}%", f"глюкоза {rng.randint(3, 14)},{rng.randint(0, 9)} ммоль/л",
        f"Hb {rng.randint(78, 162)} г/л", f"креатинин {rng.randint(55, 320)} мкмоль/л", f"палата № {rng.randint(1, 40)}",
        f"койка {rng.randint(1, 6)}", f"ГКС {rng.randint(9, 15)} б.", f"NIHSS {rng.randint(0, 21)}",
        f"эноксапарин {rng.choice((40, 60, 80))} мг п/к", f"МКБ-10: I{rng.randint(10, 69)}.{rng.randint(0, 9)}",
        f"диагноз J{rng.randint(12, 18)}.{rng.randint(0, 9)}", f"t {rng.randint(36, 39)},{rng.randint(0, 9)} °C",
        f"СРБ {rng.randint(1, 180)} мг/л", f"лейкоциты {rng.randint(3, 19)},{rng.randint(0, 9)}×10⁹/л",
        f"ЧДД {rng.randint(14, 28)}", f"ФВ {rng.randint(25, 65)}%", f"каб. {rng.randint(101, 420)}"))


CLINICAL = noise(clinical)

# ----- names, declined by hand -----------------------------------------------------------------
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSHING = "жшчщц"


def _a_stem(word: str, case: str) -> str:
    """Nouns in -а/-я (Анна, Мария, Никита, Илья, Кузьма)."""
    stem, last = word[:-1], word[-1]
    if last == "а":
        soft = stem[-1] in "гкхжшчщ"
        ends = {"nomn": "а", "gent": "и" if soft else "ы", "datv": "е", "accs": "у",
                "ablt": "ей" if stem[-1] in _HUSHING else "ой", "loct": "е"}
        return stem + ends[case]
    if stem.endswith("и"):  # Мария, Лидия
        return stem + {"nomn": "я", "gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if stem.endswith("ь"):  # Илья, Дарья
        return stem + {"nomn": "я", "gent": "и", "datv": "е", "accs": "ю", "ablt": "ёй" if word == "Илья" else "ей",
                       "loct": "е"}[case]
    return stem + {"nomn": "я", "gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]


_MALE_STEMS = {"Пётр": "Петр", "Павел": "Павл", "Лев": "Льв"}


def decline_given(name: str, female: bool, case: str) -> str:
    if case == "nomn" or " " in name or name[-1] in "оеиуыэю":  # Алсу, Рахматулло, Ван Хунг
        return name
    if name[-1] in "ая":
        return _a_stem(name, case)
    if female:  # Любовь, Эсфирь; Ен Сук and other consonant endings stay as they are
        if not name.endswith("ь"):
            return name
        return name if case == "accs" else name[:-1] + ("ью" if case == "ablt" else "и")
    if name[-1] in "йь":
        stem = name[:-1]
        loct = "и" if name.endswith("ий") else "е"
        return stem + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": loct}[case]
    stem = _MALE_STEMS.get(name, name)
    return stem + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем" if stem[-1] in _HUSHING else "ом", "loct": "е"}[case]


def decline_patronymic(patronymic: str, female: bool, case: str) -> str:
    if not patronymic or " " in patronymic or case == "nomn":  # Исмаил оглы, Рустам кызы
        return patronymic
    if female:
        return _a_stem(patronymic, case)
    return patronymic + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}[case]


def decline_surname(surname: str, female: bool, case: str) -> str:
    """Иванов/Иванова, Вишневский/Вишневская, Толстой, Шевчук (men only), Бондаренко, Черных (never)."""
    if case == "nomn":
        return surname
    if female:
        if surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return surname[:-1] + ("у" if case == "accs" else "ой")
        if surname.endswith("ая"):
            return surname[:-2] + ("ую" if case == "accs" else "ой")
        return surname
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}[case]
    if surname.endswith(("ий", "ой", "ый")):
        stem = surname[:-2]
        soft = stem[-1] in "кгхжшчщ"
        return stem + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им" if soft else "ым", "loct": "ом"}[case]
    if surname[-1] in "оиуеэюых" or surname.endswith(("их", "ых", "дзе", "иа")):
        return surname
    if surname[-1] in "ая":
        return _a_stem(surname, case)
    return surname + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем" if surname[-1] in _HUSHING else "ом", "loct": "е"}[case]


# (male, female): given name, father's name pairs
_MEN = ("Игорь", "Пётр", "Павел", "Лев", "Сергей", "Андрей", "Николай", "Дмитрий", "Юрий", "Геннадий", "Аркадий",
        "Никита", "Илья", "Фома", "Савва", "Эдуард", "Тимофей", "Матвей", "Всеволод", "Ярослав", "Богдан", "Захар",
        "Виталий", "Олег", "Вячеслав", "Эльчин", "Рашид", "Бахтияр", "Айдар", "Ильнур", "Арсен", "Давид", "Зураб")
_WOMEN = ("Любовь", "Ольга", "Нина", "Лидия", "Мария", "Дарья", "Наталия", "Софья", "Евгения", "Алла", "Инна",
          "Жанна", "Клавдия", "Таисия", "Антонина", "Серафима", "Агния", "Василиса", "Полина", "Валерия", "Алсу",
          "Айгуль", "Дильноза", "Гузель", "Мадина", "Фатима", "Ангелина", "Кристина", "Маргарита", "Элеонора")
_FATHER = {"Пётр": "Петров", "Павел": "Павлов", "Лев": "Львов", "Сергей": "Сергеев", "Андрей": "Андреев",
           "Николай": "Николаев", "Дмитрий": "Дмитриев", "Юрий": "Юрьев", "Геннадий": "Геннадьев", "Игорь": "Игорев",
           "Аркадий": "Аркадьев", "Эдуард": "Эдуардов", "Тимофей": "Тимофеев", "Матвей": "Матвеев",
           "Ярослав": "Ярославов", "Богдан": "Богданов", "Захар": "Захаров", "Виталий": "Витальев", "Олег": "Олегов",
           "Вячеслав": "Вячеславов", "Рашид": "Рашидов", "Айдар": "Айдаров", "Давид": "Давидов", "Зураб": "Зурабов",
           "Семён": "Семёнов", "Степан": "Степанов", "Ефим": "Ефимов", "Марат": "Маратов"}
_OV = ("Гаврилов", "Прохоров", "Шишкин", "Буров", "Трофимов", "Ермаков", "Лыков", "Сазонов", "Анисимов", "Рожков",
       "Кондратьев", "Зуев", "Мухин", "Блинов", "Лапин", "Котов", "Дьячков", "Панфилов", "Хохлов", "Пестов", "Ситников",
       "Шубин", "Галкин", "Сомов", "Ерофеев", "Кабанов", "Носков", "Тюрин", "Гришин", "Суханов", "Зимин", "Рябов",
       "Мамедов", "Гасанов", "Ахмедов", "Каримов", "Тагиров", "Валиев", "Газизов", "Нургалиев", "Бекмурзаев")
_SKY = ("Залесский", "Добровольский", "Ржевский", "Каменский", "Вознесенский", "Стрелецкий", "Полянский", "Боровой",
        "Луговой", "Крутой")
_FIXED = ("Мирошниченко", "Литвиненко", "Нестеренко", "Гриценко", "Живаго", "Белых", "Кручёных", "Мокрых",
          "Гогуадзе", "Джанелидзе")
_MALE_ONLY = ("Бондарчук", "Ярош", "Мазур", "Мартынюк", "Саакян", "Аракелян", "Ли", "Пак", "Гольдман", "Вайс",
              "Гончарук", "Левчук")


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str
    female: bool


def _surname(rng: random.Random, female: bool) -> str:
    pick = rng.random()
    if pick < 0.62:
        base = rng.choice(_OV)
        return base + "а" if female else base
    if pick < 0.76:
        base = rng.choice(_SKY)
        return base[:-2] + "ая" if female else base
    if pick < 0.88:
        return rng.choice(_FIXED)
    return rng.choice(_MALE_ONLY)


def _patronymic(rng: random.Random, female: bool) -> str:
    if rng.random() < 0.05:
        return rng.choice(("Исмаил", "Рустам", "Алекпер", "Гусейн")) + (" кызы" if female else " оглы")
    return rng.choice(tuple(_FATHER.values())) + ("на" if female else "ич")


def new_person(rng: random.Random, fake: Any, female: bool | None = None) -> Person:
    """A person from this module's lists (Faker ``ru_RU`` a quarter of the time)."""
    female = rng.random() < 0.55 if female is None else female
    if rng.random() < 0.25:
        if female:
            return Person(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
        return Person(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)
    return Person(_surname(rng, female), rng.choice(_WOMEN if female else _MEN), _patronymic(rng, female), female)


_FOREIGN = (  # (surname, given name, patronymic or "", female) as written in Russian documents
    ("Юлдашев", "Жасур", "Рустам угли", False), ("Рахимова", "Гулнора", "Бахтияр кизи", True),
    ("Каримов", "Фаррух", "", False), ("Назарова", "Шахноза", "", True), ("Ким", "Ен Сук", "", True),
    ("Пак", "Виктор", "Сергеевич", False), ("Саакян", "Армен", "Гагикович", False), ("Гогуадзе", "Нино", "Зурабовна", True),
    ("Дудаев", "Ислам", "Ахмедович", False), ("Магомедова", "Патимат", "Расуловна", True), ("Нгуен", "Ван Хунг", "", False),
    ("Алиев", "Эльнур", "Исмаил оглы", False), ("Мамедова", "Севиндж", "Алекпер кызы", True),
    ("Абдуллаев", "Шерзод", "", False), ("Бекова", "Айжан", "Маратовна", True), ("Тоиров", "Сухроб", "Шарифович", False),
    ("Оганесян", "Лилит", "Араиковна", True), ("Цыденов", "Баир", "Доржиевич", False), ("Хабибуллина", "Гульшат", "Ринатовна", True),
    ("Сулейманов", "Бахтияр", "", False), ("Эргашева", "Мохира", "", True), ("Ахмад", "Рахматулло", "", False),
)


def foreign_person(rng: random.Random, female: bool | None = None) -> Person:
    rows = [row for row in _FOREIGN if female is None or row[3] == female]
    return Person(*rng.choice(rows))


def initials(p: Person, rng: random.Random) -> str:
    a, b = p.name[0], p.patronymic[0]
    return rng.choices((f"{a}.{b}.", f"{a}. {b}.", f"{a}.{b}", f"{a}."), weights=(55, 30, 5, 10))[0]


def write(p: Person, shape: str, case: str, rng: random.Random) -> str:
    """``p`` as ``shape`` in ``case``: F surname, I given name, O patronymic, "F I.O." with initials;
    "CAPS F I O" upper-case surname only, as official forms print it."""
    f = decline_surname(p.surname, p.female, case)
    i = decline_given(p.name, p.female, case)
    o = decline_patronymic(p.patronymic, p.female, case)
    if not o:  # no patronymic (many Central Asian documents)
        return {"F": f, "I": i, "I F": f"{i} {f}", "F I.O.": f"{f} {p.name[0]}."}.get(shape, f"{f} {i}")
    return {
        "F I O": f"{f} {i} {o}", "I O F": f"{i} {o} {f}", "I O": f"{i} {o}", "I F": f"{i} {f}", "F I": f"{f} {i}",
        "F": f, "I": i, "F I.O.": f"{f} {initials(p, rng)}", "I.O. F": f"{initials(p, rng)} {f}",
        "I.O.F": f"{p.name[0]}.{p.patronymic[0]}.{f}", "F,I.O.": f"{f}, {initials(p, rng)}",
        "CAPS F I O": f"{f.upper()} {i} {o}", "UPPER": f"{f} {i} {o}".upper(), "I O F.": f"{i} {o} {f[0]}.",
    }[shape]


def person(*shapes: str, female: bool | None = None, foreign: bool = False) -> Slot:
    """A new person per value in one of ``shapes``; the slot's option is the grammatical case."""
    def make(rng: random.Random, fake: Any, case: str) -> str:
        p = foreign_person(rng, female) if foreign else new_person(rng, fake, female)
        return write(p, rng.choice(shapes), case, rng)

    return Slot(PERSON, make)


# ----- dates ---------------------------------------------------------------------------------
GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря")
NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
        "декабрь")
ABBR = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
WEEKDAYS_ACCS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
WEEKDAYS_SHORT = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
_LENGTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day(rng: random.Random, first: int = 2015, last: int = 2025) -> tuple[int, int, int]:
    month = rng.randint(1, 12)
    return rng.randint(1, _LENGTH[month - 1]), month, rng.randint(first, last)


def weekday(d: int, m: int, y: int) -> int:
    """0 = Monday (Zeller's congruence, Gregorian)."""
    if m < 3:
        m, y = m + 12, y - 1
    h = (d + 13 * (m + 1) // 5 + y % 100 + y % 100 // 4 + y // 400 + 5 * (y // 100)) % 7
    return (h + 5) % 7


def spelled(d: int, m: int, y: int, rng: random.Random) -> str:
    """Dates as typed in letters and forms, other than the common "5 марта 2021 г."."""
    return rng.choice((
        f"{d}-го {GENT[m - 1]} {y}-го года", f"{d:02d} {GENT[m - 1]} {y}", f"{d} {ABBR[m - 1]} {y}",
        f"{d:02d}-{ABBR[m - 1]}-{y}", f"{d} {GENT[m - 1]} {y} года", f"{d}.{ROMAN[m - 1]}.{y} г.",
        f"{d:02d} {ROMAN[m - 1]} {y}", f"{y}.{m:02d}.{d:02d}", f"{d:02d}.{m:02d}.{y} года", f"{d:02d}{m:02d}{y}",
        f"{d:02d} {m:02d} {y}", f"{d:02d}.{m:02d}.{y}",
    ))


def timestamp(d: int, m: int, y: int, rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice((f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}",
                       f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}", f"{d:02d}.{m:02d}.{y % 100:02d} {h}ч.{mi:02d}м.",
                       f"{h:02d}:{mi:02d} {d:02d}.{m:02d}.{y}"))
