"""Names of the blind26 split: Russian names in five grammatical cases, transliteration, foreign names."""

from __future__ import annotations

import random
from typing import Any

CASES = ("nomn", "gent", "datv", "ablt", "loct")
HUSH = "гкхжшчщ"
SOFT = "жшчщц"


# ------------------------------------------------------------------ names
def _surname(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    low = word.lower()
    if female:
        if low.endswith(("ова", "ева", "ина", "ына", "ёва")):
            return word[:-1] + "ой"
        if low.endswith(("ская", "цкая", "ая")):
            return word[:-2] + "ой"
        return word
    if low.endswith(("ов", "ев", "ин", "ын", "ёв")):
        return word + ("а", "у", "ым", "е")[i]
    if low.endswith(("ский", "цкий", "кий", "гий", "хий")):
        return word[:-2] + ("ого", "ому", "им", "ом")[i]
    if low.endswith(("ый", "ой")):
        return word[:-2] + ("ого", "ому", "ым", "ом")[i]
    if low.endswith(("о", "е", "и", "у", "ых", "их", "ю", "а", "я", "ь")):
        return word
    return word + ("а", "у", "ем" if low[-1] in SOFT else "ом", "е")[i]


_FLEETING = {"Лев": "Льв", "Павел": "Павл", "Пётр": "Петр"}


def _given(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    if word in _FLEETING:
        return _FLEETING[word] + ("а", "у", "ом", "е")[i]
    low = word.lower()
    if low.endswith("ия"):
        return word[:-1] + ("и", "и", "ей", "и")[i]
    if low.endswith("ья"):
        return word[:-1] + ("и", "е", "ей", "е")[i]
    if low.endswith("я"):
        return word[:-1] + ("и", "е", "ей", "е")[i]
    if low.endswith("а"):
        g = "и" if low[-2] in HUSH else "ы"
        a = "ей" if low[-2] in SOFT else "ой"
        return word[:-1] + (g, "е", a, "е")[i]
    if female:
        if low.endswith("ь"):
            return word[:-1] + ("и", "и", "ью", "и")[i]
        return word
    if low.endswith("ий"):
        return word[:-1] + ("я", "ю", "ем", "и")[i]
    if low.endswith(("й", "ь")):
        return word[:-1] + ("я", "ю", "ем", "е")[i]
    return word + ("а", "у", "ем" if low[-1] in SOFT else "ом", "е")[i]


def _patronymic(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    i = CASES.index(case) - 1
    if female:
        return word[:-1] + ("ы", "е", "ой", "е")[i]
    return word + ("а", "у", "ем", "е")[i]


class Person:
    """One person; renders any shape in any case."""

    def __init__(self, rng: random.Random, fake: Any, female: bool | None = None):
        self.female = rng.random() < 0.5 if female is None else female
        if self.female:
            self.last, self.first, self.mid = (
                fake.last_name_female(),
                fake.first_name_female(),
                fake.middle_name_female(),
            )
        else:
            self.last, self.first, self.mid = (
                fake.last_name_male(),
                fake.first_name_male(),
                fake.middle_name_male(),
            )

    def full(self, case: str = "nomn") -> str:
        f = self.female
        return (
            f"{_surname(self.last, f, case)} {_given(self.first, f, case)} {_patronymic(self.mid, f, case)}"
        )

    def last_c(self, case: str = "nomn") -> str:
        return _surname(self.last, self.female, case)

    def first_c(self, case: str = "nomn") -> str:
        return _given(self.first, self.female, case)

    def mid_c(self, case: str = "nomn") -> str:
        return _patronymic(self.mid, self.female, case)

    def initials(self, space: bool = False) -> str:
        return f"{self.first[0]}.{' ' if space else ''}{self.mid[0]}."

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        k = rng.randrange(8)
        if k == 0:
            return f"{self.last_c(case)} {self.initials(rng.random() < 0.5)}"
        if k == 1:
            return f"{self.initials(rng.random() < 0.5)} {self.last_c(case)}"
        if k == 2:
            return f"{self.first_c(case)} {self.mid_c(case)}"
        if k == 3:
            return self.last_c(case)
        if k == 4:
            return f"{self.first_c(case)} {self.last_c(case)}"
        if k == 5:
            return self.full(case).upper()
        return self.full(case)


_TRANS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def latin(word: str) -> str:
    out = ""
    for ch in word:
        t = _TRANS.get(ch.lower(), ch)
        t = "" if t == "-" else t
        out += t.capitalize() if ch.isupper() else t
    return out


# Foreign patients: names as they stand in their documents (Cyrillic forms used in Russian records).
FOREIGN = (
    ("Рахимов", "Рахимова", "Бахтиёр", "Дилноза", "Улугбекович", "Улугбековна"),
    ("Саидов", "Саидова", "Фаррух", "Мавзуна", "Рустамович", "Рустамовна"),
    ("Абдуллаев", "Абдуллаева", "Шерзод", "Гулнора", "Ильхомович", "Ильхомовна"),
    ("Мамедов", "Мамедова", "Эльчин", "Севиндж", "Ризван оглы", "Ризван кызы"),
    ("Акопян", "Акопян", "Арам", "Ануш", "Гагикович", "Гагиковна"),
    ("Токтосунов", "Токтосунова", "Нурлан", "Айгерим", "Бакытович", "Бакытовна"),
    ("Нгуен", "Нгуен", "Ван Хунг", "Тхи Лан", "", ""),
    ("Ким", "Ким", "Денис", "Виктория", "Сергеевич", "Сергеевна"),
    ("Гогиберидзе", "Гогиберидзе", "Леван", "Нино", "Зурабович", "Зурабовна"),
    ("Исмоилов", "Исмоилова", "Джамшед", "Зарина", "Сафарович", "Сафаровна"),
    ("Оконкво", "Оконкво", "Чинеду", "Адаэзе", "", ""),
    ("Ли", "Ли", "Вэй", "Мэй", "", ""),
)


COUNTRY = (
    "Узбекистан",
    "Таджикистан",
    "Узбекистан",
    "Азербайджан",
    "Армения",
    "Кыргызстан",
    "Вьетнам",
    "Казахстан",
    "Грузия",
    "Таджикистан",
    "Нигерия",
    "Китай",
)


def foreign(rng: random.Random) -> tuple[str, str, bool]:
    """(Cyrillic full name, Latin passport spelling, female)."""
    row = rng.choice(FOREIGN)
    foreign.country = COUNTRY[FOREIGN.index(row)]  # type: ignore[attr-defined]
    female = rng.random() < 0.5
    last, first, mid = (row[1], row[3], row[5]) if female else (row[0], row[2], row[4])
    cyr = " ".join(p for p in (last, first, mid) if p)
    lat = f"{latin(last).upper()} {latin(first).upper()}"
    return cyr, lat, female
