"""Value makers for blind split 48: names of the peoples of Russia and the CIS, hurried typing, OCR
noise and the identifiers of Russian medical paperwork (ENP, old OMS policies, case histories, ЭЛН,
lab samples, foreign documents). Every identifier is generated here, never copied."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import Maker, _person
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name

# (surname male, surname female, first male, first female, patronymic male, patronymic female)
_PEOPLES = (
    (("Хабибуллин", "Гарипов", "Сафин", "Нуриев", "Ахметзянов"), ("Хабибуллина", "Гарипова", "Сафина", "Нуриева"),
     ("Рустам", "Ильдар", "Айрат", "Марат", "Ринат"), ("Гульнара", "Альфия", "Лейсан", "Эльмира", "Резеда"),
     ("Ринатович", "Ильдарович", "Фаритович"), ("Рашитовна", "Наилевна", "Ильдаровна")),
    (("Юсупов", "Каримов", "Рахимов", "Турсунов"), ("Юсупова", "Каримова", "Рахимова", "Турсунова"),
     ("Бахтиёр", "Шерзод", "Фаррух", "Улугбек"), ("Дилноза", "Нигора", "Шахноза", "Мадина"),
     ("Алишерович", "Рустамович"), ("Бахтиёровна", "Анваровна")),
    (("Абдулаев", "Магомедов", "Исмаилов", "Гаджиев"), ("Абдулаева", "Магомедова", "Исмаилова", "Гаджиева"),
     ("Магомед", "Шамиль", "Рамазан", "Арсен"), ("Патимат", "Аминат", "Зарема", "Хадижат"),
     ("Магомедович", "Шамилевич"), ("Магомедовна", "Абдулаевна")),
    (("Саркисян", "Петросян", "Григорян", "Акопян"), ("Саркисян", "Петросян", "Григорян", "Акопян"),
     ("Ашот", "Гагик", "Армен", "Тигран"), ("Анаит", "Гаяне", "Лусине", "Карине"),
     ("Ашотович", "Гагикович"), ("Арменовна", "Тиграновна")),
    (("Жумабаев", "Нурпеисов", "Сейтказиев"), ("Жумабаева", "Нурпеисова", "Сейтказиева"),
     ("Ерлан", "Нурлан", "Данияр", "Асхат"), ("Айгерим", "Динара", "Жанар", "Гульмира"),
     ("Ерланович", "Серикович"), ("Нурлановна", "Болатовна")),
    (("Бадмаев", "Цыденов", "Доржиев"), ("Бадмаева", "Цыденова", "Доржиева"),
     ("Баир", "Тумэн", "Аюр", "Булат"), ("Сэсэг", "Туяна", "Саяна", "Оюна"),
     ("Баирович", "Доржиевич"), ("Баировна", "Цыреновна")),
    (("Мамедов", "Гасанов", "Алиев", "Гусейнов"), ("Мамедова", "Алиева", "Гусейнова", "Гасанова"),
     ("Эльчин", "Руслан", "Фарид", "Вугар"), ("Севиндж", "Лейла", "Айтан", "Гюльнара"),
     ("Эльдарович", "Рафикович"), ("Эльдаровна", "Рафиковна")),
)


def people(*shapes: str) -> Maker:
    """A name of one of the peoples of Russia and the CIS; shapes as in ``person``."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        sm, sf, fm, ff, pm, pf = rng.choice(_PEOPLES)
        female = rng.random() < 0.5
        last, first, middle = (rng.choice(sf), rng.choice(ff), rng.choice(pf)) if female else (
            rng.choice(sm), rng.choice(fm), rng.choice(pm))
        return _shape(rng.choice(shapes), last, first, middle, female, case)

    return make


def _shape(shape: str, last: str, first: str, middle: str, female: bool, case: str) -> str:
    out = []
    for token in shape.split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif token == "i":
            out.append(f"{first[0]}.")
        elif token == "o":
            out.append(f"{middle[0]}.")
        elif token == "F":
            out.append(inflect_name(last, "Surn", female, case))
        elif token == "I":
            out.append(inflect_name(first, "Name", female, case))
        elif token == "O":
            out.append(inflect_name(middle, "Patr", female, case))
    return " ".join(out)


class _Recent:
    """Faker seen through a narrower window: dates of care in the last few years, not birth dates."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake

    def date_between(self, **_: Any) -> Any:
        return self.fake.date_between(start_date="-7y", end_date="today")


def recent(maker: Maker) -> Maker:
    return lambda rng, fake, case: maker(rng, _Recent(fake), case)


def name(*shapes: str, style: str = "", sex: str = "") -> Maker:
    """A Faker name; style: "" as is, "lower" all lowercase, "upper" CAPS, "typo" two letters swapped
    in the surname, "nodot" initials without dots/spaces ("Петров АИ"), "glued" ("Петров.А.И")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female = _person(fake, rng)
        while sex and female != (sex == "f"):
            last, first, middle, female = _person(fake, rng)
        shape = rng.choice(shapes)
        if style == "typo" and len(last) > 5:
            i = rng.randrange(2, len(last) - 2)
            last = last[:i] + last[i + 1] + last[i] + last[i + 2:]
        if style == "nodot" and "io" in shape.split():
            return f"{inflect_name(last, 'Surn', female, case)} {first[0]}{middle[0]}"
        if style == "glued":
            return f"{inflect_name(last, 'Surn', female, case)}.{first[0]}.{middle[0]}."
        text = _shape(shape, last, first, middle, female, case)
        if style == "lower":
            return text.lower()
        if style == "upper":
            return text.upper()
        return text

    return make


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _fill(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def enp_digits(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + _d(rng, 14)
    for c in "0123456789":
        if luhn_valid(body + c):
            assert enp_valid(body + c)
            return body + c
    raise AssertionError("no check digit")


def enp(*layouts: str) -> Maker:
    return lambda rng, fake, case: _fill(rng.choice(layouts), enp_digits(rng))


def old_oms(rng: random.Random, fake: Any, case: str) -> str:
    """A pre-2011 policy: letter or digit series and a number."""
    return rng.choice((
        f"{rng.choice(('ЕМ', 'АБ', 'ВТ', 'КС', 'РМ'))} {_d(rng, 6)}",
        f"{rng.choice(('77', '50', '16', '66', '02'))}{_d(rng, 2)} {_d(rng, 10)}",
        f"{rng.choice(('ЕМ', 'ВТ', 'ЛД'))}-{_d(rng, 8)}",
        f"{rng.randrange(1000, 9999)}-{_d(rng, 8)}",
    ))


def snils_any(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _fill(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_any(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        return _fill(layout, prefix + inn_check_digits(prefix))

    return make


def passport(*layouts: str) -> Maker:
    """Series (region + year digits) and number of a Russian internal passport."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
        return _fill(rng.choice(layouts), series + str(rng.randrange(1, 10)) + _d(rng, 5))

    return make


def pick(*makers: Maker) -> Maker:
    return lambda rng, fake, case: rng.choice(makers)(rng, fake, case)


def pattern(*layouts: str) -> Maker:
    """X a digit (first nonzero), YY the last two year digits, L a Cyrillic capital letter."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(layouts).replace("YY", "Y"):
            if ch == "X":
                out.append(str(rng.randrange(1 if not any(c.isdigit() for c in out) else 0, 10)))
            elif ch == "Y":
                out.append(f"{rng.randrange(15, 26)}")
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


_OCR = {"0": "O", "1": "l", "3": "З", "б": "6", "о": "0", "е": "c", "и": "н", "л": "п", "ш": "щ"}


def ocr(maker: Maker, p: float = 0.12) -> Maker:
    """A scan read back by OCR: a few letters swapped for look-alikes (still the same value)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        text = maker(rng, fake, case)
        return "".join(_OCR[ch] if ch in _OCR and rng.random() < p else ch for ch in text)

    return make


def emails() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        tr = fake.user_name()
        return rng.choice((
            fake.free_email(), fake.email(),
            f"{tr}{rng.randrange(60, 99)}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'list.ru'))}",
            f"{tr}.{rng.choice(('med', 'doc', 'vrach'))}@{rng.choice(('gmail.com', 'rambler.ru', 'ya.ru'))}",
        ))

    return make


def urls() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return rng.choice((
            fake.url(), fake.uri(), "www." + fake.domain_name(),
            f"https://disk.yandex.ru/d/{fake.pystr(min_chars=10, max_chars=14)}",
            f"https://vk.com/id{rng.randrange(10_000_000, 799_999_999)}",
            f"https://t.me/{fake.user_name()}",
            f"http://{fake.domain_word()}.ru/patient/{rng.randrange(10000, 999999)}",
        ))

    return make
