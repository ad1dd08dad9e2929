"""Core of the ``blind4`` PII families (:mod:`benchmarks.pii_families_blind4`): a template engine that
records gold spans, clinical numbers that are not PII, Russian names declined by hand (and written
in Latin letters as foreign documents and e-mail signatures give them), and dates in mixed formats.

Written without reading the PII recognizers, their conventions or the tuning families; only the
benchmark interface (``Planted``, ``BlockFamily``) and the type names were taken from ``blind3``.
The lists, declension rules and formats here are this module's own.
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
TYPES = (PERSON, PHONE, EMAIL, URL, DATE, LOCATION, SNILS, INN, PASSPORT, OMS, MRN)

# ----- template engine -----------------------------------------------------------------------
Segments = list[tuple[str, str | None]]  # (text, gold type or None for text that is not PII)
Maker = Callable[[random.Random, Any, str], "str | Segments"]  # (rng, faker, option) -> value
Block = Callable[[random.Random, Any], Planted]
_FIELD = re.compile(r"\{(\w+)(?::(\w+))?\}")


@dataclass(frozen=True)
class Slot:
    type: str | None  # gold type of a plain-string value; None: not PII
    make: Maker


def planted(segments: Segments) -> Planted:
    text, golds = "", []
    for part, kind in segments:
        if text.endswith(".") and part.startswith(".") and kind is None:  # "нед." + "." is one full stop
            part = part[1:]
        if part and kind is not None:
            golds.append((kind, len(text), len(text) + len(part)))
        text += part
    return Planted(text, golds)


def fill(template: str, slots: dict[str, Slot], rng: random.Random, fake: Any) -> Segments:
    segments: Segments = []
    at = 0
    for field in _FIELD.finditer(template):
        segments.append((template[at : field.start()], None))
        slot = slots[field.group(1)]
        value = slot.make(rng, fake, field.group(2) or "")
        segments.extend([(value, slot.type)] if isinstance(value, str) else value)
        at = field.end()
    segments.append((template[at:], None))
    return segments


def block(templates: tuple[str, ...], **slots: Slot) -> Block:
    """One of ``templates`` per call, ``{key}`` / ``{key:option}`` filled by ``slots[key]``."""
    return lambda rng, fake: planted(fill(rng.choice(templates), slots, rng, fake))


def of(kind: str | None, make: Callable[[random.Random], str]) -> Slot:
    return Slot(kind, lambda rng, fake, option: make(rng))


def digits(rng: random.Random, n: int, lead: bool = False) -> str:
    head = str(rng.randint(1, 9)) if lead else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def clinical(rng: random.Random) -> str:
    """A number that is not PII: doses, lab values, ICD codes, form numbers, wards, scores."""
    r = rng.randint
    return rng.choice((
        f"МНО {r(1, 4)},{r(0, 9)}", f"HbA1c {r(5, 12)},{r(0, 9)}%", f"D-димер {r(0, 3)},{r(1, 9)} мкг/мл",
        f"тропонин I {r(0, 9)},{r(0, 9)}{r(0, 9)} нг/мл", f"калий {r(3, 6)},{r(0, 9)} ммоль/л", f"ТТГ {r(0, 9)},{r(10, 99)} мМЕ/л",
        f"бисопролол {rng.choice(('2,5', '5', '10'))} мг 1 р/д", f"Sol. Ceftriaxoni {rng.choice(('1,0', '2,0'))} в/м 2 р/д",
        f"табл. {rng.choice(('0,5', '0,25', '0,1'))} г № {rng.choice((10, 20, 30, 60))}", f"инсулин {r(4, 30)} ЕД п/к",
        f"МКБ-10 {rng.choice('IJKMNEGS')}{r(10, 99)}.{r(0, 9)}", f"код по МКБ {rng.choice('ZRT')}{r(0, 99):02d}.{r(0, 9)}",
        f"ф. {rng.choice(('025/у', '027/у', '057/у-04', '088/у', '003/у', '066/у'))}", f"отделение № {r(1, 14)}",
        f"палата {r(1, 30)}{rng.choice(('', 'А', 'Б'))}", f"бокс {r(1, 12)}", f"рост {r(150, 195)} см, вес {r(45, 130)} кг",
        f"ИМТ {r(17, 41)},{r(0, 9)}", f"Апгар {r(5, 8)}/{r(7, 9)} б.", f"SOFA {r(0, 14)}", f"CHA2DS2-VASc {r(0, 7)}",
        f"ВАШ {r(1, 10)}/10", f"ЧД {r(12, 30)}/мин", f"PS {r(98, 140)}/{r(60, 90)}", f"срок {r(6, 41)} нед.",
        f"группа крови {rng.choice(('A(II)', 'B(III)', 'O(I)', 'AB(IV)'))} Rh{rng.choice('+-')}", f"ЭКГ: ЧСС {r(48, 140)}",
        f"лимфоциты {r(8, 45)}%", f"СКФ {r(15, 120)} мл/мин/1,73м²", f"каб. {r(1, 5)}{r(0, 2)}{r(1, 9)}",
        f"зуб {r(1, 4)}.{r(1, 8)}", f"серия ЛП {digits(rng, 6)}", f"курс {rng.choice((5, 7, 10, 14, 21))} дн.",
    ))


CLIN = of(None, clinical)


def noise(*options: str) -> Slot:
    return Slot(None, lambda rng, fake, option: rng.choice(options))


# ----- names, declined by this module's own rules ------------------------------------------------
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_SURNAMES_OV = ("Белоусов", "Воронцов", "Горшков", "Дементьев", "Ефремов", "Жуков", "Завьялов", "Игнатьев", "Колесников",
                "Лаптев", "Мельников", "Нефёдов", "Овчинников", "Пономарёв", "Рыбаков", "Селиверстов", "Третьяков",
                "Уваров", "Фомичёв", "Харитонов", "Цветков", "Чеботарёв", "Шаповалов", "Щукин", "Юдин", "Ястребов",
                "Бурмистров", "Голубев", "Кудрявцев", "Лихачёв", "Морозкин", "Пименов", "Сафонов", "Тихомиров",
                "Хабиров", "Шарипов", "Зиннатуллин", "Абрамов", "Садыков", "Ибрагимов")
_SURNAMES_SKY = ("Покровский", "Троицкий", "Успенский", "Березовский", "Городецкий", "Заречный", "Ясный", "Лесной")
_SURNAMES_FIXED = ("Кравченко", "Ткаченко", "Бойко", "Шевченко", "Седых", "Долгих", "Чачава", "Кикнадзе", "Гурули")
_SURNAMES_MEN_ONLY = ("Ковальчук", "Стельмах", "Гринберг", "Кац", "Мкртчян", "Петросян", "Пак", "Шмидт", "Дрозд")
_MEN = ("Алексей", "Василий", "Григорий", "Евгений", "Константин", "Леонид", "Максим", "Роман", "Степан", "Фёдор",
        "Артём", "Глеб", "Кирилл", "Тимур", "Ренат", "Руслан", "Вадим", "Анатолий", "Валентин", "Семён", "Данила",
        "Кузьма", "Лука", "Ринат", "Азат", "Эмиль", "Марк")
_WOMEN = ("Елена", "Татьяна", "Ирина", "Светлана", "Галина", "Вера", "Надежда", "Зинаида", "Людмила", "Оксана",
          "Юлия", "Ксения", "Виктория", "Алёна", "Анастасия", "Екатерина", "Ульяна", "Варвара", "Лилия", "Эльвира",
          "Зарина", "Гульнара", "Регина", "Милана", "Арина", "Ия", "Наталья")
_FATHERS = ("Алексеев", "Васильев", "Григорьев", "Евгеньев", "Константинов", "Леонидов", "Максимов", "Романов",
            "Степанов", "Фёдоров", "Кириллов", "Тимуров", "Ренатов", "Русланов", "Вадимов", "Анатольев",
            "Валентинов", "Семёнов", "Ильдаров", "Михайлов", "Борисов", "Владимиров", "Геннадьев")


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str
    female: bool


def _fem_a(stem: str, case: str, hushing: bool) -> str:
    """Endings of nouns in -а after ``stem``."""
    return stem + {"nom": "а", "gen": "и" if stem[-1] in "гкхжшчщ" else "ы", "dat": "е", "acc": "у",
                   "ins": "ей" if hushing else "ой", "pre": "е"}[case]


def _given(name: str, female: bool, case: str) -> str:
    if case == "nom":
        return name
    if name.endswith("ия"):
        return name[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
    if name.endswith("ья"):
        return name[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if name.endswith("а"):
        return _fem_a(name[:-1], case, name[-2] in "жшчщц")
    if name.endswith("я"):
        return name[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if female:
        return name
    if name.endswith(("й", "ь")):
        return name[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "и" if name.endswith("ий") else "е"}[case]
    stem = {"Лука": "Лук"}.get(name, name)
    return stem + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом", "pre": "е"}[case]


def _patr(patr: str, female: bool, case: str) -> str:
    if case == "nom":
        return patr
    if female:
        return _fem_a(patr[:-1], case, False)
    return patr + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]


def _surname(word: str, female: bool, case: str) -> str:
    if case == "nom" or word.endswith(("ко", "ых", "их", "дзе", "ли", "ава")):
        return word
    if female:
        if word.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return word[:-1] + ("у" if case == "acc" else "ой")
        if word.endswith("ая"):
            return word[:-2] + ("ую" if case == "acc" else "ой")
        return word
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
    if word.endswith(("ий", "ый", "ой")):
        return _adj(word, case)
    if word[-1] in "ауоеиыэюя":
        return word
    hush = word[-1] in "жшчщц"
    return word + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем" if hush else "ом", "pre": "е"}[case]


def _adj(word: str, case: str) -> str:
    stem = word[:-2]
    soft = stem[-1] in "кгхжшчщ"  # Покровский -> Покровским, Ясный -> Ясным, Лесной -> Лесным
    return stem + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им" if soft else "ым", "pre": "ом"}[case]


def new_person(rng: random.Random, fake: Any = None, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    if fake is not None and rng.random() < 0.2:
        if female:
            return Person(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
        return Person(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)
    pick = rng.random()
    if pick < 0.6:
        surname = rng.choice(_SURNAMES_OV) + ("а" if female else "")
    elif pick < 0.75:
        base = rng.choice(_SURNAMES_SKY)
        surname = base[:-2] + "ая" if female else base
    elif pick < 0.88:
        surname = rng.choice(_SURNAMES_FIXED)
    else:
        surname = rng.choice(_SURNAMES_MEN_ONLY)
    if rng.random() < 0.06:  # double surnames
        other = rng.choice(_SURNAMES_OV) + ("а" if female else "")
        surname = f"{surname}-{other}" if not surname.endswith(("ко", "ых", "их")) else other
    patr = rng.choice(_FATHERS) + ("на" if female else "ич")
    return Person(surname, rng.choice(_WOMEN if female else _MEN), patr, female)


def _initials(p: Person, rng: random.Random) -> str:
    return rng.choice((f"{p.name[0]}.{p.patronymic[0]}.", f"{p.name[0]}. {p.patronymic[0]}.", f"{p.name[0]}.{p.patronymic[0]}"))


def write(p: Person, shape: str, case: str, rng: random.Random) -> str:
    """F surname, I given name, O patronymic; "F I.O." initials; "UP" upper case."""
    parts = p.surname.split("-")
    f = "-".join(_surname(w, p.female, case or "nom") for w in parts)
    i, o = _given(p.name, p.female, case or "nom"), _patr(p.patronymic, p.female, case or "nom")
    return {
        "F I O": f"{f} {i} {o}", "I O F": f"{i} {o} {f}", "I O": f"{i} {o}", "F I": f"{f} {i}", "I F": f"{i} {f}",
        "F I.O.": f"{f} {_initials(p, rng)}", "I.O. F": f"{_initials(p, rng)} {f}", "F": f,
        "UP": f"{f} {i} {o}".upper(), "UP F I.O.": f"{f.upper()} {_initials(p, rng)}",
    }[shape]


# ----- Latin letters: passports, visas, e-mail signatures, lab systems -------------------------
_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                 "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"), strict=True))
_OLD = {"й": "y", "х": "h", "ц": "c", "ю": "yu", "я": "ya", "щ": "sch", "ж": "j", "ё": "yo"}


def latin(word: str, old: bool = False) -> str:
    out = "".join((_OLD.get(ch.lower()) if old and ch.lower() in _OLD else _LAT.get(ch.lower(), ch)) or "" for ch in word)
    return out[:1].upper() + out[1:]


def latin_name(p: Person, rng: random.Random) -> str:
    old = rng.random() < 0.4
    f, i, o = latin(p.surname, old), latin(p.name, old), latin(p.patronymic, old)
    return rng.choice((f"{f} {i} {o}", f"{i} {f}", f"{f.upper()} {i.upper()}", f"{i[0]}. {f}", f"{f}, {i}",
                       f"{f.upper()} {i} {o}", f"{i} {o[0]}. {f}"))


def person(*shapes: str, female: bool | None = None) -> Slot:
    """A new person per value; the option is the grammatical case (nom when empty)."""
    return Slot(PERSON, lambda rng, fake, case: write(new_person(rng, fake, female), rng.choice(shapes), case, rng))


def ocr_spaced(text: str, rng: random.Random) -> str:
    """A scan's text layer: a space dropped after punctuation, or one pushed inside a word."""
    out = text.replace(". ", ".") if rng.random() < 0.5 else text
    words = out.split(" ")
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) > 4 and w[1:-1].isalpha():
        cut = rng.randint(2, len(w) - 2)
        words[k] = w[:cut] + " " + w[cut:]
    return " ".join(words)


# ----- dates -----------------------------------------------------------------------------------
GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря")
NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
PRE = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре")
SHORT = ("янв.", "февр.", "мар.", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек.")
EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def ymd(rng: random.Random, first: int = 2016, last: int = 2025) -> tuple[int, int, int]:
    m = rng.randint(1, 12)
    return rng.randint(first, last), m, rng.randint(1, _DAYS[m - 1])


def date_text(y: int, m: int, d: int, rng: random.Random) -> str:
    """The many ways a date is typed in a record (not the common 05.03.2021 only)."""
    return rng.choice((
        f"«{d:02d}» {GEN[m - 1]} {y} г.", f"«{d}» {GEN[m - 1]} {y}г.", f"{d:02d}.{m:02d}.{y % 100:02d}г.", f"{d}.{m}.{y}",
        f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}г", f"{d} {SHORT[m - 1]} {y} г.", f"{d:02d}.{GEN[m - 1]}.{y}",
        f"{d} {GEN[m - 1]} {y % 100:02d} г.", f"{y}/{m:02d}/{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y} г.", f"{d} {GEN[m - 1]} {y}", f"{d:02d},{m:02d},{y}", f"{d:02d}. {m:02d}. {y}",
    ))


def date_latin(y: int, m: int, d: int, rng: random.Random) -> str:
    return rng.choice((f"{d} {EN[m - 1]} {y}", f"{EN[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
                       f"{d:02d} {EN[m - 1].upper()} {y % 100:02d}", f"{m:02d}/{d:02d}/{y}"))


def date_slot(first: int = 2016, last: int = 2025) -> Slot:
    return Slot(DATE, lambda rng, fake, option: date_text(*ymd(rng, first, last), rng))


def birth_slot() -> Slot:
    return date_slot(1930, 2019)


def when(rng: random.Random) -> str:
    """A date with a time, as devices and services stamp it."""
    y, m, d = ymd(rng, 2019, 2025)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice((f"{d:02d}.{m:02d}.{y} в {h:02d} ч {mi:02d} мин", f"{d:02d}.{m:02d}.{y}, {h}:{mi:02d}",
                       f"{d:02d}.{m:02d}.{y % 100:02d} {h:02d}.{mi:02d}", f"{h:02d}:{mi:02d}, {d} {GEN[m - 1]} {y}",
                       f"{d} {GEN[m - 1]} {y} г. в {h}:{mi:02d}", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"))


def month_year(rng: random.Random, option: str = "") -> str:
    """A partial date: month and year, or a month range."""
    y, m, _ = ymd(rng, 2000, 2025)
    if option == "pre":
        return rng.choice((f"{PRE[m - 1]} {y} г.", f"{PRE[m - 1]} {y} года", f"{PRE[m - 1]} {y}-го"))
    return rng.choice((f"{NOM[m - 1]} {y}", f"{m:02d}.{y} г.", f"{NOM[m - 1].capitalize()} {y} г.", f"{m}/{y}",
                       f"{GEN[m - 1]} {y} г."))


WHEN = of(DATE, when)
MONTH = Slot(DATE, lambda rng, fake, option: month_year(rng, option))
