"""Blind split 5: people's names, written as Russian paperwork writes them.

Names come from Faker ``ru_RU`` plus a list of non-Russian names common in Russia; the grammatical
cases are made here by plain Russian declension rules (written for this split, independent of the
project's inflection code). A maker returns the value only; the frame around it adds any label.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any

Maker = Callable[[random.Random, Any, str], str]
CASES = ("gent", "datv", "ablt", "loct")

#: (surname, first name, patronymic, male) of people from the republics and the CIS, common in Russian clinics
OTHER_NAMES: tuple[tuple[str, str, str, bool], ...] = (
    ("Алиев", "Рустам", "Магомедович", True), ("Хасанова", "Гульнара", "Ильдаровна", False),
    ("Ким", "Виктор", "Сергеевич", True), ("Гарибян", "Армен", "Суренович", True),
    ("Абдуллаев", "Шерзод", "Бахтиёрович", True), ("Бериашвили", "Нино", "Георгиевна", False),
    ("Тураева", "Дилноза", "Умарбековна", False), ("Шмидт", "Андрей", "Яковлевич", True),
    ("Гайнутдинов", "Ильнур", "Ринатович", True), ("Сафина", "Алсу", "Фаридовна", False),
    ("Мамедов", "Эльчин", "Рафикович", True), ("Цой", "Марина", "Вячеславовна", False),
    ("Кадыров", "Ахмед", "Русланович", True), ("Оганесян", "Анаит", "Ашотовна", False),
    ("Нуриев", "Тимур", "Айдарович", True), ("Юлдашева", "Мадина", "Рустамовна", False),
    ("Исмаилов", "Бахтияр", "Абдуллаевич", True), ("Джапаридзе", "Леван", "Гивиевич", True),
    ("Рахимов", "Фаррух", "Шавкатович", True), ("Зайнуллина", "Эльвира", "Маратовна", False),
    ("Пак", "Елена", "Дмитриевна", False), ("Ахмедова", "Патимат", "Магомедовна", False),
    ("Гусейнов", "Эльчин", "Рафик оглы", True), ("Алиева", "Севиль", "Гасан кызы", False),
    ("Мирзоев", "Фирдавс", "Комилович", True), ("Ли", "Анастасия", "Эдуардовна", False),
)
HARD = set("гкхжшчщ")
HUSHING = set("жшчщц")


def _ending(word: str, forms: Mapping[str, tuple[str, ...]], case: str) -> str | None:
    for suffix, out in forms.items():
        if word.endswith(suffix):
            return word[: len(word) - len(suffix)] + out[CASES.index(case)]
    return None


def _first_name(word: str, male: bool, case: str) -> str:
    if case == "nomn":
        return word
    if word.endswith("ия"):
        return word[:-2] + ("ии", "ии", "ией", "ии")[CASES.index(case)]
    if word.endswith("я"):
        return word[:-1] + ("и", "е", "ёй" if male and word.endswith("ья") else "ей", "е")[CASES.index(case)]
    if word.endswith("а"):
        gent = "и" if word[-2] in HARD else "ы"
        ablt = "ей" if word[-2] in HUSHING else "ой"
        return word[:-1] + (gent, "е", ablt, "е")[CASES.index(case)]
    if not male:
        if word.endswith("ь"):
            return word[:-1] + ("и", "и", "ью", "и")[CASES.index(case)]
        return word  # Нино, Алсу, Анаит: not declined
    if word.endswith("ий"):
        return word[:-2] + ("ия", "ию", "ием", "ии")[CASES.index(case)]
    if word.endswith(("й", "ь")):
        return word[:-1] + ("я", "ю", "ем", "е")[CASES.index(case)]
    if word[-1] in "оеиуэю":
        return word
    return word + ("а", "у", "ом", "е")[CASES.index(case)]


def _patronymic(word: str, male: bool, case: str) -> str:
    if case == "nomn" or " " in word:  # "Рафик оглы" is not declined
        return word
    if male:
        return word + ("а", "у", "ем", "е")[CASES.index(case)]
    return word[:-1] + ("ы", "е", "ой", "е")[CASES.index(case)]


MALE_SURNAME = {"ский": ("ского", "скому", "ским", "ском"), "цкий": ("цкого", "цкому", "цким", "цком"),
                "ой": ("ого", "ому", "ым", "ом"), "ый": ("ого", "ому", "ым", "ом"), "ий": ("его", "ему", "им", "ем"),
                "ов": ("ова", "ову", "овым", "ове"), "ев": ("ева", "еву", "евым", "еве"),
                "ёв": ("ёва", "ёву", "ёвым", "ёве"), "ин": ("ина", "ину", "иным", "ине"),
                "ын": ("ына", "ыну", "ыным", "ыне")}
FEMALE_SURNAME = {"ская": ("ской",) * 4, "цкая": ("цкой",) * 4, "ая": ("ой",) * 4, "яя": ("ей",) * 4,
                  "ова": ("овой",) * 4, "ева": ("евой",) * 4, "ёва": ("ёвой",) * 4, "ина": ("иной",) * 4,
                  "ына": ("ыной",) * 4}


def _surname_part(word: str, male: bool, case: str) -> str:
    if case == "nomn" or word.endswith(("их", "ых", "ко", "дзе", "швили", "о", "е", "и", "у", "ю")):
        return word
    found = _ending(word, MALE_SURNAME if male else FEMALE_SURNAME, case)
    if found is not None:
        return found
    if word.endswith("а"):
        return _first_name(word, False, case)
    if not male:
        return word  # Шмидт, Ким, Гарибян (she): not declined
    if word.endswith("ь"):
        return word[:-1] + ("я", "ю", "ем", "е")[CASES.index(case)]
    if word.endswith("й"):
        return word[:-1] + ("я", "ю", "ем", "е")[CASES.index(case)]
    return word + ("а", "у", "ом" if word[-1] not in HUSHING else "ем", "е")[CASES.index(case)]


def surname_case(word: str, male: bool, case: str) -> str:
    return "-".join(_surname_part(part, male, case) for part in word.split("-"))


def draw(rng: random.Random, fake: Any, sex: str = "") -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, male): mostly Faker, one in six from the list above, some double surnames;
    ``sex`` "m" or "f" when the frame says who it is (мать, сын, пациентка)."""
    if rng.random() < 1 / 6:
        return rng.choice([n for n in OTHER_NAMES if sex != ("f" if n[3] else "m")])
    male = sex == "m" if sex else rng.random() < 0.5
    if male:
        surname, first, middle = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
    else:
        surname, first, middle = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    if not male and rng.random() < 0.08:
        surname += "-" + fake.last_name_female()
    return surname, first, middle, male


LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                  "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"], strict=True))


def latin(word: str) -> str:
    """ICAO-style transliteration, as in a Russian international passport."""
    return "".join(LATIN.get(ch.lower(), ch) for ch in word).upper()


def render(shape: str, surname: str, first: str, middle: str, male: bool, case: str) -> str:
    """A shape is a string of tokens: F (surname), I/O (whole first name/patronymic), i/o (initials with a dot),
    j/p (initials without a dot), U (everything upper case), L (Latin, passport style)."""
    f = surname_case(surname, male, case)
    i_full = _first_name(first, male, case)
    o_full = _patronymic(middle, male, case)
    parts = {"F": f, "I": i_full, "O": o_full, "i": first[0] + ".", "o": middle[0] + ".", "j": first[0], "p": middle[0]}
    out = shape
    for key in ("F", "I", "O", "i", "o", "j", "p"):
        out = out.replace(key, "\x00" + key + "\x00")
    pieces = out.split("\x00")
    value = "".join(parts.get(piece, piece) for piece in pieces)
    return value


def person(*shapes: str, upper: float = 0.0, sex: str = "") -> Maker:
    """Names in one of ``shapes`` (see :func:`render`), in the frame's case; ``upper``: share written in capitals."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        surname, first, middle, male = draw(rng, fake, sex)
        shape = rng.choice(shapes)
        if shape == "LATIN":
            return f"{latin(surname)} {latin(first)}"
        value = render(shape, surname, first, middle, male, case)
        return value.upper() if rng.random() < upper else value

    return make


FULL = ("F I O", "F I O", "F io", "F i o", "io F", "I O F", "F I")
SHORT = ("F io", "F i o", "i o F", "io F", "F io", "F jp", "F i", "i F")
