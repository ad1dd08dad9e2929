"""Value makers for blind split 55 (quality control and patients' rights paperwork).

Every maker takes ``(rng, fake)`` (and a grammatical case for names and towns) and returns one value as a
clerk, an insurer's expert, a lawyer or a patient would write it. Identifiers are generated with valid check
digits where the real ones have them; names come from Faker ``ru_RU`` or from the lists below (peoples of
Russia and the CIS).
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- names of the peoples of Russia and the CIS (surname m/f, first m/f, father's names) -------------------
_ETHNIC = (
    # (male surnames, female surnames, male names, female names, fathers' names)
    (("Хайруллин", "Сафиуллин", "Гарипов", "Мингазов", "Валиев", "Закиров"),
     ("Хайруллина", "Сафиуллина", "Гарипова", "Мингазова", "Валиева", "Закирова"),
     ("Ильдар", "Рамиль", "Айрат", "Ринат", "Марат", "Фарид"), ("Гульнара", "Алсу", "Лейсан", "Резеда", "Эльмира"),
     ("Ринат", "Рашид", "Наиль", "Фарит", "Ильдус")),
    (("Кадыров", "Исмаилов", "Магомедов", "Абдулаев", "Гаджиев", "Умаров"),
     ("Кадырова", "Исмаилова", "Магомедова", "Абдулаева", "Гаджиева", "Умарова"),
     ("Ахмед", "Шамиль", "Магомед", "Руслан", "Ислам"), ("Патимат", "Мадина", "Залина", "Аминат", "Хадижат"),
     ("Магомед", "Ахмед", "Саид", "Абдурахман", "Гасан")),
    (("Саргсян", "Петросян", "Григорян", "Акопян"), ("Саргсян", "Петросян", "Григорян", "Акопян"),
     ("Ашот", "Арман", "Тигран", "Гарик"), ("Анаит", "Гаяне", "Лусине", "Карине"),
     ("Ашот", "Арсен", "Самвел", "Гагик")),
    (("Беридзе", "Кварацхелия", "Гогичаишвили"), ("Беридзе", "Кварацхелия", "Гогичаишвили"),
     ("Георгий", "Давид", "Леван"), ("Нино", "Тамара", "Кетеван"), ("Георгий", "Давид", "Зураб")),
    (("Каримов", "Юсупов", "Рахимов", "Турсунов", "Назаров"), ("Каримова", "Юсупова", "Рахимова", "Турсунова"),
     ("Бахтиёр", "Фаррух", "Дильшод", "Жасур", "Тимур"), ("Дилноза", "Нигора", "Малика", "Зарина"),
     ("Рустам", "Алишер", "Шухрат", "Бахтиёр")),
    (("Нурланов", "Ахметов", "Сейтказиев", "Жумабаев"), ("Нурланова", "Ахметова", "Сейтказиева", "Жумабаева"),
     ("Нурлан", "Ерлан", "Асхат", "Даурен"), ("Айгерим", "Динара", "Асель", "Жанна"),
     ("Серик", "Болат", "Марат", "Канат")),
    (("Николаев", "Саввинов", "Аммосов", "Винокуров"), ("Николаева", "Саввинова", "Аммосова", "Винокурова"),
     ("Айаал", "Мичил", "Ньургун", "Семен"), ("Сардаана", "Туйаара", "Айталина", "Нюргуяна"),
     ("Николай", "Гаврил", "Петр", "Егор")),
    (("Дашиев", "Цыренов", "Бадмаев", "Жамсуев"), ("Дашиева", "Цыренова", "Бадмаева", "Жамсуева"),
     ("Баир", "Булат", "Жаргал", "Тумэн"), ("Сэсэг", "Туяна", "Оюна", "Дарима"),
     ("Дондок", "Баир", "Цырен", "Дамба")),
    (("Дзгоев", "Кокоев", "Гагиев"), ("Дзгоева", "Кокоева", "Гагиева"), ("Алан", "Сослан", "Таймураз"),
     ("Залина", "Фатима", "Мадина"), ("Казбек", "Тамерлан", "Алан")),
)
_INDECLINABLE = ("ян", "дзе", "швили", "ия", "ко", "их", "ых")


def _patronymic(father: str, female: bool) -> str:
    stem = father[:-1] if father.endswith(("й", "ь")) else father
    if father.endswith("й"):
        return stem + ("евна" if female else "евич")
    if father.endswith(("а", "я")):
        return stem[:-1] + ("ична" if female else "ич")
    return stem + ("овна" if female else "ович")


def _parts(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if rng.random() < 0.3:
        ms, fs, mn, fn, fathers = rng.choice(_ETHNIC)
        surname = rng.choice(fs if female else ms)
        return surname, rng.choice(fn if female else mn), _patronymic(rng.choice(fathers), female), female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def _surn(word: str, female: bool, case: str) -> str:
    if case == "nomn" or word.endswith(_INDECLINABLE) or (female and not word.endswith(("а", "я"))):
        return word
    return inflect_name(word, "Surn", female, case)


def fio(rng: random.Random, fake: Any, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",),
        who: tuple[str, str, str, bool] | None = None, female: bool | None = None) -> str:
    """Shapes: F I O full; "F io" Иванова А.П.; "F i o"; "io F"; "I O"; "F I"; "I F"; "F"; a leading ^ for capitals.
    ``who`` (from ``_parts``) writes the same person again; ``female`` fixes the sex."""
    last, first, middle, female = who or _parts(rng, fake, female)
    shape = rng.choice(shapes)
    caps = shape.startswith("^")
    shape = shape.lstrip("^")
    parts = {"F": _surn(last, female, case), "I": inflect_name(first, "Name", female, case),
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
    name = " ".join(out)
    return name.upper() if caps else name


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- dates -------------------------------------------------------------------------------------------------
def dt(rng: random.Random, fake: Any, layouts: tuple[str, ...] = ("dd.mm.yyyy",), start: str = "-6y", day: Any = None) -> str:
    day = day or fake.date_between(start_date=start, end_date="today")
    out = rng.choice(layouts)
    for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                       ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]),
                       ("MN", MONTHS_NOMN[day.month - 1]), ("HH", f"{rng.randrange(24):02d}"),
                       ("MI", f"{rng.randrange(60):02d}"), ("d", f"{day.day}")):
        out = out.replace(key, value)
    return out


EVENT = ("dd.mm.yyyy", "dd.mm.yyyy", "d MG yyyy г.", "«dd» MG yyyy г.", "dd.mm.yy", "d MG yyyy года")


def pair(rng: random.Random, fake: Any, layouts: tuple[str, ...] = EVENT, gap: int = 40) -> tuple[str, str]:
    """Two dates of one episode (admission and discharge, opened and extended), in order."""
    first = fake.date_between(start_date="-6y", end_date="-60d")
    second = first + timedelta(days=rng.randrange(1, gap))
    layout = (rng.choice(layouts),)  # one clerk, one way of writing dates
    return dt(rng, fake, layout, day=first), dt(rng, fake, layout, day=second)


def bday(rng: random.Random, fake: Any) -> str:
    """A birth date written before "г.р." / "года рождения" (so without its own "г.")."""
    day = fake.date_between(start_date="-88y", end_date="-3y")
    return dt(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy", "d MG yyyy", "yyyy", "d.mm.yyyy"), day=day)


def born(rng: random.Random, fake: Any) -> str:
    return dt(rng, fake, ("dd.mm.yyyy", "dd.mm.yyyy", "d MG yyyy г.", "dd.mm.yyyy г.", "yyyy-mm-dd"), "-88y")


def event(rng: random.Random, fake: Any) -> str:
    return dt(rng, fake, EVENT)


# ----- identifiers -------------------------------------------------------------------------------------------
def _fill(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils(rng: random.Random, layouts: tuple[str, ...] = ("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX")) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return _fill(rng.choice(layouts), body + snils_check_digits(body))


def inn(rng: random.Random, n: int = 12, layout: str | None = None) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    value = prefix + inn_check_digits(prefix)
    return _fill(layout, value) if layout else value


def enp(rng: random.Random, layouts: tuple[str, ...] = ("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")) -> str:
    body = f"{rng.randrange(1, 92):02d}" + d(rng, 13)
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    value = body + str((10 - total % 10) % 10)
    assert enp_valid(value), value
    return _fill(rng.choice(layouts), value)


def old_policy(rng: random.Random) -> str:
    series = rng.choice(("ЯА", "ЕАА", "ХК", "ОМС", "АБ")) + rng.choice(("", "-")) + d(rng, 2)
    return rng.choice((f"{series} № {d(rng, 8)}", f"{d(rng, 4)} {d(rng, 10)}", f"{series} {d(rng, 7)}",
                       f"{d(rng, 6)}-{d(rng, 8)}"))


def passport(rng: random.Random) -> str:
    s1, s2, num = f"{rng.randrange(1, 99):02d}", f"{rng.randrange(0, 25):02d}", d(rng, 6)
    return rng.choice((f"{s1} {s2} {num}", f"{s1}{s2} {num}", f"{s1}{s2} № {num}", f"{s1} {s2} № {num}",
                       f"{s1}{s2}{num}", f"{s1}{s2}-{num}"))


def mrn(rng: random.Random, kind: str = "ib") -> str:
    year = rng.randrange(2018, 2026)
    if kind == "ib":  # case history
        return rng.choice((f"{rng.randrange(100, 99999)}/{year}", f"{d(rng, 5)}", f"{rng.randrange(1, 9999)}-{year % 100}",
                           f"С-{d(rng, 5)}", f"{year}/{d(rng, 5)}"))
    if kind == "amb":  # outpatient card
        return rng.choice((f"{d(rng, 6)}", f"А-{d(rng, 5)}", f"{rng.randrange(1, 99)}/{d(rng, 4)}", f"{d(rng, 4)}-у"))
    if kind == "eln":  # electronic sick-leave
        return rng.choice(("9", "9", "3")) + d(rng, 11)
    if kind == "emk":
        return rng.choice((f"{d(rng, 8)}", f"EMK-{d(rng, 7)}", f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}", f"P{d(rng, 9)}"))
    if kind == "act":  # insurer's act / case number in a register
        return rng.choice((f"{d(rng, 3)}-МЭЭ-{year}", f"ЭКМП/{d(rng, 4)}/{year % 100}", f"{d(rng, 6)}", f"{d(rng, 2)}-{d(rng, 5)}"))
    if kind == "lab":
        return rng.choice((f"{d(rng, 10)}", f"L{d(rng, 8)}", f"{d(rng, 2)}-{d(rng, 6)}"))
    if kind == "ref":  # referral, appeal registration number
        return rng.choice((f"{d(rng, 4)}-{d(rng, 2)}", f"ОГ-{d(rng, 5)}", f"{rng.randrange(1, 9999)}/ж", f"{d(rng, 6)}/{year}"))
    if kind == "rx":
        return rng.choice((f"{d(rng, 2)}-{d(rng, 2)}-{d(rng, 6)}", f"{d(rng, 2)}-{d(rng, 2)}/{d(rng, 7)}", f"{d(rng, 15)}"))
    if kind == "foreign":  # foreign passport / migration card
        return rng.choice((f"{rng.randrange(70, 80)} {d(rng, 7)}", f"AB{d(rng, 7)}", f"N{d(rng, 8)}", f"{d(rng, 4)} {d(rng, 7)}"))
    if kind == "cert":  # birth certificate
        return rng.choice((f"{rng.choice(('I', 'II', 'III', 'IV', 'V'))}-{rng.choice(('МЮ', 'АГ', 'ЛО', 'КБ'))} № {d(rng, 6)}",
                           f"{rng.choice(('II', 'IV', 'VI'))}-{rng.choice(('АЯ', 'ЕР', 'МЮ'))} {d(rng, 6)}"))
    if kind == "call":
        return rng.choice((f"{rng.randrange(1, 999)}", f"{d(rng, 2)}-{d(rng, 4)}", f"{d(rng, 6)}"))
    raise ValueError(kind)


# ----- contacts and places -----------------------------------------------------------------------------------
def tel(rng: random.Random, mobile: bool = True) -> str:
    a = "9" + d(rng, 2) if mobile or rng.random() < 0.5 else rng.choice(("495", "812", "843", "347", "863", "3852"))
    if len(a) == 4:
        return f"8 ({a}) {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}"
    b, c, e = d(rng, 3), d(rng, 2), d(rng, 2)
    return rng.choice((f"+7 ({a}) {b}-{c}-{e}", f"8 ({a}) {b}-{c}-{e}", f"8-{a}-{b}-{c}-{e}", f"+7{a}{b}{c}{e}",
                       f"8{a}{b}{c}{e}", f"+7 {a} {b} {c} {e}", f"8 {a} {b}{c}{e}", f"+7-{a}-{b}{c}{e}"))


def mail(rng: random.Random, fake: Any) -> str:
    user = rng.choice((fake.user_name(), fake.last_name_male().lower() + d(rng, 2)))
    table = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch  y  e "
                                                          "yu ya").split(" "), strict=True))
    user = "".join(table.get(ch, ch) for ch in user)
    return rng.choice((fake.free_email(), f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'inbox.ru'))}",
                       f"{user}@{fake.domain_name()}"))


def link(rng: random.Random, fake: Any) -> str:
    return rng.choice((fake.url() + f"appeal/{d(rng, 6)}", f"https://disk.yandex.ru/d/{fake.pystr(10, 14)}",
                       f"https://vk.com/id{d(rng, 9)}", f"https://cloud.mail.ru/public/{fake.pystr(4, 4)}/{fake.pystr(9, 9)}",
                       f"https://t.me/{fake.user_name()}", fake.uri()))


def town(fake: Any, case: str = "nomn") -> str:
    name = fake.city_name().split(" (")[0]
    return name if case == "nomn" else " ".join(inflect_word(w, case, "Geox") for w in name.split())


def addr(rng: random.Random, fake: Any) -> str:
    t, s, n, q = town(fake), fake.street_title(), str(rng.randrange(1, 160)) + rng.choice(("", "", "а", "/1")), rng.randrange(1, 300)
    region = fake.administrative_unit()
    return rng.choice((f"г. {t}, ул. {s}, д. {n}, кв. {q}", f"{rng.randrange(101000, 692999)}, {region}, г. {t}, ул. {s}, д. {n}, кв. {q}",
                       f"{region}, {t}, {s} ул., {n}-{q}", f"г {t} ул {s} д {n} кв {q}",
                       f"{region}, с. {town(fake)}, ул. {s}, д. {n}", f"ул. {s}, д. {n}, кв. {q}, г. {t}",
                       f"{t}, пр-т {s}, {n}, кв.{q}"))


class Doc:
    """A fragment built piece by piece; ``v`` appends a value and records its gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, len(self.text)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)
