"""Value makers and a fragment builder for blind split 40 (occupational and transport medicine).

Names come from Faker ``ru_RU`` or from the lists below (peoples of Russia and the CIS: drivers,
rotation workers and seafarers are often from there); identifiers are generated with valid check
digits; nothing is copied from real papers.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (surname male, surname female, first names male, first names female, patronymic stems or None)
_CIS_M = (
    ("Рахимов", "Бахтиёр", "Шухратович"), ("Тошматов", "Фаррух", "Илхомович"), ("Каримов", "Жасур", "Алишерович"),
    ("Усмонов", "Шерзод", "Рустамович"), ("Назаров", "Далер", "Саидович"), ("Абдуллаев", "Руслан", "Магомедович"),
    ("Гаджиев", "Шамиль", "Абдулаевич"), ("Алиев", "Эльдар", "Рафикович"), ("Мамедов", "Рауф", "Ильхам оглы"),
    ("Садыков", "Нурлан", "Ерланович"), ("Жумабеков", "Азамат", "Талгатович"), ("Асанов", "Бакыт", "Маратович"),
    ("Хабибуллин", "Ильдар", "Ринатович"), ("Галиуллин", "Айрат", "Фаритович"), ("Ишмухаметов", "Азат", "Рамилевич"),
    ("Николаев", "Айаал", "Семенович"), ("Доржиев", "Баир", "Цыренович"), ("Цыбиков", "Тумэн", "Батоевич"),
    ("Оганесян", "Арсен", "Ваграмович"), ("Кадыров", "Ислам", "Хасанович"), ("Эшонкулов", "Сухроб", "Бахромович"),
    ("Турсунов", "Акмал", "Ботирович"), ("Мирзоев", "Фируз", "Назарович"), ("Шарипов", "Тимур", "Илдарович"),
)
_CIS_F = (
    ("Рахимова", "Дилноза", "Шухратовна"), ("Каримова", "Гульнора", "Алишеровна"), ("Садыкова", "Айгерим", "Ерлановна"),
    ("Хабибуллина", "Гульнара", "Ринатовна"), ("Галиева", "Лейсан", "Фаритовна"), ("Мамедова", "Севиндж", "Ильхам кызы"),
    ("Доржиева", "Сэсэг", "Цыреновна"), ("Оганесян", "Ануш", "Ваграмовна"), ("Асанова", "Айнура", "Маратовна"),
    ("Юсупова", "Мадина", "Руслановна"), ("Ахмедова", "Зарема", "Магомедовна"), ("Иванова", "Сардана", "Петровна"),
)


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + d(rng, n - 1)


def _parts(rng: random.Random, fake: Any, cis: float, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.3
    if rng.random() < cis:
        last, first, middle = rng.choice(_CIS_F if female else _CIS_M)
        return last, first, middle, female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def _infl(word: str, kind: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    if " " in word:  # "Ильхам оглы": the father's name stays as it is
        return word
    if kind == "Surn" and word.endswith(("ян", "ко", "их", "ых")):
        return word
    return inflect_name(word, kind, female, case)


def name(rng: random.Random, fake: Any, shape: str = "", case: str = "nomn", cis: float = 0.3,
         female: bool | None = None) -> str:
    """A person's name. Shapes: 'FIO', 'Fio' (Петров А.Б.), 'F i.o.' (spaced), 'ioF', 'IF', 'FI', 'F'."""
    last, first, middle, female = _parts(rng, fake, cis, female)
    shape = shape or rng.choice(("FIO", "FIO", "Fio", "Fio", "F i o", "ioF", "IOF", "FI"))
    f = _infl(last, "Surn", female, case)
    i = _infl(first, "Name", female, case)
    o = _infl(middle, "Patr", female, case)
    ini = f"{first[0]}.{middle[0]}."
    return {
        "FIO": f"{f} {i} {o}", "Fio": f"{f} {ini}", "F i o": f"{f} {first[0]}. {middle[0]}.", "ioF": f"{ini} {f}",
        "i o F": f"{first[0]}. {middle[0]}. {f}", "IOF": f"{i} {o} {f}", "IO": f"{i} {o}", "IF": f"{i} {f}", "FI": f"{f} {i}", "F": f,
        "Fio_nodot": f"{f} {first[0]}{middle[0]}", "FIO_caps": f"{f} {i} {o}".upper(), "Fio_caps": f"{f.upper()} {ini}",
    }[shape]


# ----- dates -----------------------------------------------------------------------------------
def rdate(rng: random.Random, y0: int = 2016, y1: int = 2025) -> tuple[int, int, int]:
    return rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def dstr(rng: random.Random, style: str = "", y0: int = 2016, y1: int = 2025) -> str:
    y, m, day = rdate(rng, y0, y1)
    style = style or rng.choice(("num", "num", "num", "short", "words", "wordsg", "iso", "slash"))
    return {
        "num": f"{day:02d}.{m:02d}.{y}", "short": f"{day:02d}.{m:02d}.{y % 100:02d}", "iso": f"{y}-{m:02d}-{day:02d}",
        "words": f"{day} {MONTHS_GENT[m - 1]} {y} г.", "wordsg": f"«{day:02d}» {MONTHS_GENT[m - 1]} {y} г.",
        "slash": f"{day:02d}/{m:02d}/{y}", "numg": f"{day:02d}.{m:02d}.{y} г.", "dash": f"{day:02d}-{m:02d}-{y}",
        "month": f"{MONTHS_NOMN[m - 1]} {y}", "monthg": f"{MONTHS_NOMN[m - 1]} {y} г.", "mmyyyy": f"{m:02d}.{y}",
        "year": f"{y} г.", "dm": f"{day:02d}.{m:02d}", "hl7": f"{y}{m:02d}{day:02d}",
        "nodot": f"{day:02d}{m:02d}{y}", "yearg": f"{y} года",
    }[style]


def span(rng: random.Random, days: int = 30) -> tuple[str, str]:
    """Two dates (start, end) of one sick leave, dd.mm.yyyy."""
    start = datetime.date(*rdate(rng, 2022, 2025))
    end = start + datetime.timedelta(days=rng.randrange(3, days))
    return start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")


def birth(rng: random.Random, style: str = "") -> str:
    return dstr(rng, style or rng.choice(("num", "num", "short", "words", "iso")), 1958, 2004)


def dtime(rng: random.Random, style: str = "") -> str:
    """A date with the time of a check glued to it."""
    y, m, day = rdate(rng, 2021, 2025)
    hh, mm = rng.choice((5, 6, 6, 7, 7, 7, 8, 19, 20, 21)), rng.randrange(0, 60)
    style = style or rng.choice(("a", "a", "b", "c", "d", "e"))
    return {
        "a": f"{day:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}", "b": f"{day:02d}.{m:02d}.{y % 100:02d} {hh:02d}.{mm:02d}",
        "c": f"{y}-{m:02d}-{day:02d}T{hh:02d}:{mm:02d}:00", "d": f"{day:02d}.{m:02d}.{y} в {hh:02d}:{mm:02d}",
        "e": f"{day:02d}.{m:02d}.{y}г. {hh:02d} ч {mm:02d} мин", "hl7": f"{y}{m:02d}{day:02d}{hh:02d}{mm:02d}",
    }[style]


# ----- phones, mail ----------------------------------------------------------------------------
def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("m1", "m2", "m3", "m4", "c1", "c2", "m5"))
    a = "9" + d(rng, 2)
    c = rng.choice(("3462", "3466", "3452", "4152", "8152", "3435", "4922", "3952", "3919", "8182"))
    return {
        "m1": f"+7 ({a}) {d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}", "m2": f"8-{a}-{d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}",
        "m3": f"8{a}{d(rng, 7)}", "m4": f"+7{a}{d(rng, 7)}", "m5": f"8 {a} {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        "c1": f"8 ({c}) {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}", "c2": f"({c}) {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}",
        "e164": f"7{a}{d(rng, 7)}",
    }[kind]


def mail(rng: random.Random, fake: Any) -> str:
    dom = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com", "inbox.ru", "rambler.ru"))
    login = rng.choice((fake.user_name(), f"medpunkt.{fake.user_name()}", f"ot{d(rng, 2)}", f"{fake.user_name()}{d(rng, 2)}"))
    return rng.choice((f"{login}@{dom}", fake.company_email(), f"{login}@{fake.domain_name()}"))


def link(rng: random.Random, fake: Any) -> str:
    host = fake.domain_name()
    return rng.choice((
        f"https://{host}/medosmotr/{nz(rng, 6)}", f"http://{host}/lk/", f"https://portal.{host}/docs?id={nz(rng, 7)}",
        f"www.{host}", f"https://{host}/ot/journal/{d(rng, 4)}", f"http://10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(2, 250)}/mis/card/{nz(rng, 6)}",
    ))


# ----- places ----------------------------------------------------------------------------------
_DISTRICTS = ("Сургутский", "Нижневартовский", "Ямальский", "Пуровский", "Усинский", "Ноябрьский", "Тазовский",
              "Кондинский", "Надымский", "Уватский", "Мирнинский", "Ленский", "Тындинский", "Ковдорский")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(rng: random.Random, fake: Any, style: str = "") -> str:
    t, s = town(fake), fake.street_title()
    n, q = str(rng.randrange(1, 120)) + rng.choice(("", "", "", "а", "/1", "б")), str(rng.randrange(1, 300))
    style = style or rng.choice(("full", "short", "region", "idx", "village", "nodots", "rev"))
    return {
        "full": f"г. {t}, ул. {s}, д. {n}, кв. {q}", "short": f"{t}, {s} {n}-{q}",
        "region": f"{fake.administrative_unit()}, г. {t}, ул. {s}, д. {n}",
        "idx": f"{rng.randrange(101000, 692999)}, {fake.administrative_unit()}, {t}, ул. {s}, {n}, кв. {q}",
        "village": f"{fake.administrative_unit()}, {rng.choice(_DISTRICTS)} р-н, с. {town(fake)}, ул. {s}, д. {n}",
        "nodots": f"г {t} ул {s} д {n} кв {q}", "rev": f"ул. {s}, д. {n}, кв. {q}, г. {t}",
        "work": f"г. {t}, ул. {s}, {n}", "field": f"{rng.choice(_DISTRICTS)} р-н, {rng.choice(('м/р', 'месторождение'))} {s}, куст {rng.randrange(1, 90)}",
        "town": f"г. {t}", "caps": f"г. {t}, ул. {s}, д. {n}, кв. {q}".upper(),
    }[style]


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(w, case, "Geox") for w in town(fake).split())


# ----- identifiers -----------------------------------------------------------------------------
def snils(rng: random.Random, style: str = "") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    x = body + snils_check_digits(body)
    style = style or rng.choice(("a", "a", "b", "c", "d"))
    return {"a": f"{x[:3]}-{x[3:6]}-{x[6:9]} {x[9:]}", "b": x, "c": f"{x[:3]}-{x[3:6]}-{x[6:9]}-{x[9:]}",
            "d": f"{x[:3]} {x[3:6]} {x[6:9]} {x[9:]}"}[style]


def inn(rng: random.Random, n: int = 12, spaced: bool = False) -> str:
    prefix = f"{rng.randrange(1, 90):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    x = prefix + inn_check_digits(prefix)
    if spaced and n == 12:
        return f"{x[:4]} {x[4:10]} {x[10:]}"
    return x


def enp(rng: random.Random, style: str = "") -> str:
    while True:
        x = nz(rng, 15)
        for c in "0123456789":
            if luhn_valid(x + c):
                x += c
                break
        if len(x) == 16:
            break
    style = style or rng.choice(("a", "a", "b", "c"))
    return {"a": x, "b": f"{x[:4]} {x[4:8]} {x[8:12]} {x[12:]}", "c": f"{x[:4]}-{x[4:8]}-{x[8:12]}-{x[12:]}"}[style]


def oms(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return enp(rng)
    return rng.choice((f"{nz(rng, 4)} {nz(rng, 8)}", f"серия {rng.choice(('ВС', 'ЯМ', 'АБ', 'ТЮ'))} № {nz(rng, 9)}",
                       f"{nz(rng, 4)} № {nz(rng, 10)}"))


def passport(rng: random.Random, style: str = "") -> str:
    s, n = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 26):02d}", nz(rng, 6)
    style = style or rng.choice(("a", "b", "c", "d", "e"))
    return {"a": f"{s[:2]} {s[2:]} {n}", "b": f"{s} {n}", "c": f"{s} № {n}", "d": f"{s}{n}",
            "e": f"{s[:2]} {s[2:]} № {n}"}[style]


def drv_licence(rng: random.Random) -> str:
    s = f"{rng.randrange(1, 99):02d}{rng.randrange(10, 26):02d}"
    n = nz(rng, 6)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s[:2]}{rng.choice(('АВ', 'ОР', 'УК'))} {n}"))


def ext_passport(rng: random.Random) -> str:
    return rng.choice((f"FA{nz(rng, 7)}", f"AB {nz(rng, 7)}", f"N{nz(rng, 8)}", f"ID{nz(rng, 7)}", f"AC{nz(rng, 7)}"))


def mig_card(rng: random.Random) -> str:
    return rng.choice((f"{nz(rng, 4)} {nz(rng, 7)}", f"{nz(rng, 4)} № {nz(rng, 7)}", f"{nz(rng, 4)}{nz(rng, 7)}"))


def eln(rng: random.Random) -> str:
    return rng.choice(("9", "9", "3")) + rng.choice(("1", "0")) + d(rng, 10)


def mrn(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("card", "ib", "mis", "tab", "lab", "cert"))
    y = rng.randrange(2019, 2026)
    return {
        "card": rng.choice((f"{nz(rng, 5)}", f"{nz(rng, 4)}/{y % 100}", f"{rng.choice('АБВПМ')}-{nz(rng, 5)}")),
        "ib": rng.choice((f"{nz(rng, 5)}/{y}", f"{nz(rng, 6)}", f"{nz(rng, 4)}-{y % 100}")),
        "mis": rng.choice((f"{nz(rng, 8)}", f"{nz(rng, 7)}", f"PID{nz(rng, 7)}")),
        "tab": rng.choice((f"{nz(rng, 5)}", f"{nz(rng, 6)}", f"0{nz(rng, 5)}")),
        "lab": rng.choice((f"{nz(rng, 10)}", f"{y}{d(rng, 6)}", f"ХТИ-{nz(rng, 4)}/{y % 100}")),
        "cert": rng.choice((f"{nz(rng, 6)}", f"{d(rng, 2)} {nz(rng, 6)}", f"{nz(rng, 3)}-{y}")),
        "way": rng.choice((f"{nz(rng, 4)}", f"{nz(rng, 3)}/{d(rng, 2)}", f"{nz(rng, 6)}")),
        "n1": rng.choice((f"{rng.randrange(1, 40)}/{y}", f"{nz(rng, 2)}-НС", f"{rng.randrange(1, 30)}-{y % 100}")),
        "izv": rng.choice((f"{nz(rng, 3)}-ПЗ/{y}", f"{nz(rng, 2)}/{y}", f"{nz(rng, 4)}")),
    }[kind]


# ----- noise -----------------------------------------------------------------------------------
_OCR = {"о": "0", "О": "0", "З": "3", "l": "1", "б": "6", "е": "е", "с": "c", "р": "p"}


def ocr(rng: random.Random, text: str, rate: float = 0.06) -> str:
    """OCR-like noise for labels only (never applied to a value)."""
    return "".join(_OCR.get(ch, ch) if rng.random() < rate else ch for ch in text)


def typo(rng: random.Random, text: str) -> str:
    """Two neighbouring letters of the first word swapped, as in hurried typing (half of the time)."""
    word, sep, rest = text.partition(" ")
    if len(word) < 5 or rng.random() < 0.5:
        return text
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] + sep + rest


# ----- builder ---------------------------------------------------------------------------------
def build(parts: list[Any]) -> Planted:
    """Parts: plain strings, or (TYPE, value) pairs that become gold spans."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, value = part
        golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)

