"""Value makers for blind split 34 (insurance, law and work papers): people of Russia and the CIS,
dates, places and the identifiers that such papers carry, plus a small builder for multi-value
fragments. Every maker has the ``(rng, fake, case) -> str`` shape of :mod:`benchmarks.pii_families`.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (surname male, surname female or "", first male, first female, father's name) of peoples of Russia and the CIS
_M_FIRST = ("Рустам", "Ильдар", "Азат", "Айдар", "Тимур", "Руслан", "Ринат", "Бахтиёр", "Алишер", "Нурлан",
            "Ержан", "Арман", "Давид", "Гурген", "Ашот", "Георгий", "Заур", "Магомед", "Аслан", "Мурат",
            "Эльдар", "Баир", "Айсен", "Николай", "Сергей")
_F_FIRST = ("Гульнара", "Альфия", "Эльвира", "Лилия", "Айгуль", "Динара", "Зарина", "Мадина", "Нигора",
            "Гаянэ", "Анаит", "Нино", "Тамара", "Залина", "Сардана", "Айыына", "Фатима", "Лейла", "Асель")
_SURN = ("Галиев", "Хайруллин", "Сафин", "Мухаметшин", "Гарипов", "Ахметов", "Юсупов", "Каримов", "Рахимов",
         "Абдуллаев", "Нурмагомедов", "Алиев", "Мамедов", "Гасанов", "Исмаилов", "Бекмуратов", "Жумабаев",
         "Сулейманов", "Хасанов", "Цыренов", "Дашиев", "Бадмаев", "Олзоев", "Кабиров", "Шарипов")
_SURN_FIX = ("Акопян", "Саркисян", "Петросян", "Бериашвили", "Кварацхелия", "Гогиберидзе", "Ли", "Ким", "Пак",
             "Шевченко", "Бондаренко", "Коваленко", "Кравчук", "Цой")


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _patr(father: str, female: bool) -> str:
    if father.endswith("й"):
        stem = father[:-1] + ("евна" if female else "евич")
    elif father.endswith("а"):
        stem = father[:-1] + ("ична" if female else "ич")
    else:
        stem = father + ("овна" if female else "ович")
    return stem


_UZ_SURN = ("Каримов", "Рахимов", "Юсупов", "Турсунов", "Эргашев", "Холматов", "Усмонов", "Мирзаев")
_UZ_M = ("Алишер", "Бахтиёр", "Жасур", "Шерзод", "Улугбек", "Фаррух", "Отабек", "Дилшод")
_UZ_F = ("Нигора", "Дилноза", "Гулнора", "Мохира", "Шахноза", "Зулфия")


def parts(rng: random.Random, fake: Any, female: bool | None = None, cis: float = 0.35) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, female), nominative; ``cis`` of them from the peoples' lists."""
    female = rng.random() < 0.5 if female is None else female
    if rng.random() >= cis:
        if female:
            return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False
    if rng.random() < 0.3:
        last = rng.choice(_SURN_FIX)
    else:
        last = rng.choice(_SURN)
        last = last + "а" if female else last
    first = rng.choice(_F_FIRST if female else _M_FIRST)
    return last, first, _patr(rng.choice(_M_FIRST[:22]), female), female


def name_as(rng: random.Random, fake: Any, case: str, shape: str, upper: bool = False,
            female: bool | None = None) -> str:
    """A name in ``case`` by one shape: F surname, I first, O patronymic, io/i o initials, U "Бахтиёр угли"."""
    last, first, middle, female = parts(rng, fake, female)
    father = rng.choice(_UZ_M)
    if "U" in shape:  # an Uzbek name: the father's name and "угли"/"кизи" stay as they are in every case
        first = rng.choice(_UZ_F if female else _UZ_M)
        last = rng.choice(_UZ_SURN) + ("а" if female else "")
    words = {
        "F": inflect_name(last, "Surn", female, case),
        "I": inflect_name(first, "Name", female, case),
        "O": inflect_name(middle, "Patr", female, case),
    }
    out = []
    for token in shape.split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif token == "i":
            out.append(f"{first[0]}.")
        elif token == "o":
            out.append(f"{middle[0]}.")
        elif token == "U":  # Central Asian "угли"/"кызы" after the father's name
            out.append(f"{father} {'кизи' if female else 'угли'}")
        else:
            out.append(words[token])
    text = " ".join(out)
    return text.upper() if upper else text


def pers(*shapes: str, upper: float = 0.0):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return name_as(rng, fake, case, rng.choice(shapes), rng.random() < upper)
    return make


# ----- dates -----------------------------------------------------------------------------------
def day(rng: random.Random, fake: Any, layout: str, past: str = "-90y", end: str = "today") -> str:
    d = fake.date_between(start_date=past, end_date=end)
    year, m = f"{d.year}", d.month - 1
    other = (m + rng.randrange(1, 3)) % 12
    out = layout
    for key, value in (("yyyy", year), ("yy", year[2:]), ("dd", f"{d.day:02d}"), ("mm", f"{d.month:02d}"),
                       ("MN-MN", f"{MONTHS_NOMN[m]}-{MONTHS_NOMN[other]}"), ("MG", MONTHS_GENT[m]),
                       ("MN", MONTHS_NOMN[m]), ("Mn", MONTHS_NOMN[m].capitalize()), ("ML", MONTHS_LOCT[m]),
                       ("D", str(d.day)), ("M", str(d.month))):
        out = out.replace(key, value)
    return out


def dates(*layouts: str, past: str = "-90y"):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return day(rng, fake, rng.choice(layouts), past)
    return make


def recent(rng: random.Random, fake: Any, layouts: tuple[str, ...] = ("dd.mm.yyyy",)) -> str:
    return day(rng, fake, rng.choice(layouts), "-6y")


def period(rng: random.Random, fake: Any, layouts: tuple[str, ...] = ("dd.mm.yyyy",)) -> tuple[str, str]:
    """Two dates in order (start, end), days to weeks apart, in one layout."""
    start = fake.date_between(start_date="-6y", end_date="-2m")
    stop = start + timedelta(days=rng.randrange(1, 60))
    layout = rng.choice(layouts)
    return tuple(  # type: ignore[return-value]
        layout.replace("yyyy", f"{d.year}").replace("yy", f"{d.year % 100:02d}").replace("dd", f"{d.day:02d}")
        .replace("mm", f"{d.month:02d}").replace("MG", MONTHS_GENT[d.month - 1]).replace("D", str(d.day))
        for d in (start, stop))


def born(rng: random.Random, fake: Any) -> str:
    return day(rng, fake, rng.choice(("dd.mm.yyyy", "D MG yyyy", "dd.mm.yyyy", "D.M.yyyy", "dd.mm.yy")), "-85y", "-18y")


# ----- places ----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(rng: random.Random, fake: Any, style: int | None = None) -> str:
    t, s = town(fake), fake.street_title()
    n, q = str(rng.randrange(1, 160)) + rng.choice(("", "", "а", "/1", " корп. 2")), str(rng.randrange(1, 320))
    region = fake.administrative_unit()
    idx = f"{rng.randrange(101000, 692999)}"
    styles = (
        f"{idx}, {region}, г. {t}, ул. {s}, д. {n}, кв. {q}",
        f"г. {t}, ул. {s}, д. {n}, кв. {q}",
        f"{region}, {t}, {s} ул., {n}-{q}",
        f"{t}, ул.{s}, д.{n}, кв.{q}",
        f"{region}, {rng.choice(('Кировский', 'Заволжский', 'Майкопский', 'Уйский'))} р-н, с. {town(fake)}, ул. {s}, д. {n}",
        f"ул. {s}, д. {n}, кв. {q}, г. {t}, {idx}",
        f"{idx} г {t} ул {s} д {n} кв {q}",
        f"РФ, {region}, г.о. {t}, мкр. {s}, д. {n}, пом. {q}",
    )
    return styles[rng.randrange(len(styles)) if style is None else style]


def address_maker(*styles: int):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return addr(rng, fake, rng.choice(styles) if styles else None)
    return make


def town_in(rng: random.Random, fake: Any, case: str) -> str:
    t = town(fake)
    return " ".join(inflect_word(w, case, "Geox") for w in t.split()) if case != "nomn" else t


# ----- contacts --------------------------------------------------------------------------------
def tel(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    a, b = "9" + _d(rng, 2), _d(rng, 7)
    city = rng.choice(("495", "812", "843", "347", "351", "3452", "4012", "8552"))
    c = _d(rng, 10 - len(city))
    return rng.choice((
        f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}", f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}", f"8{a}{b}", f"+7{a}{b}",
        f"8 ({city}) {c[:-4]}-{c[-4:-2]}-{c[-2:]}", f"+7 {a} {b[:3]} {b[3:5]} {b[5:]}", f"8({a}){b[:3]}-{b[3:]}",
        f"7{a}{b}", f"+7-{a}-{b[:3]}-{b[3:]}",
    ))


def mail(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    last, first, _, _ = parts(rng, fake)
    translit = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
                              "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
                              "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
                              "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu",
                              "я": "ya"})
    user = rng.choice((last.lower().translate(translit) + "." + first[0].lower().translate(translit),
                       first.lower().translate(translit) + _d(rng, 2), last.lower().translate(translit) + "_" + _d(rng, 4)))
    host = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "gmail.com", "inbox.ru", "list.ru", "rambler.ru"))
    return rng.choice((f"{user}@{host}", fake.free_email(), fake.email(), f"{user.upper()}@{host.upper()}"))


def link(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randrange(8, 20)))
    return rng.choice((
        f"https://disk.yandex.ru/d/{token}", f"https://cloud.mail.ru/public/{token[:4]}/{token[4:]}",
        f"https://lk.{fake.domain_name()}/cases/{_d(rng, 7)}", f"http://{fake.domain_name()}/docs?id={_d(rng, 6)}",
        f"https://vk.com/id{_d(rng, 9)}", f"https://t.me/{fake.user_name()}", f"www.{fake.domain_name()}/{token}",
        f"https://ok.ru/profile/{_d(rng, 12)}", fake.url() + token,
    ))


# ----- identifiers -----------------------------------------------------------------------------
def snils_num(rng: random.Random, fake: Any = None, case: str = "nomn") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    s = body + snils_check_digits(body)
    return rng.choice((f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
                       f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"))


def inn_num(rng: random.Random, fake: Any = None, case: str = "nomn", length: int = 12) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, length - 4 if length == 12 else 7)
    return prefix + inn_check_digits(prefix)


def enp(rng: random.Random, fake: Any = None, case: str = "nomn") -> str:
    while True:
        body = rng.choice(("77", "50", "02", "16", "66", "78", "54", "61")) + _d(rng, 13)
        for last in "0123456789":
            if luhn_valid(body + last):
                s = body + last
                break
        if len(set(s)) > 1:
            break
    return rng.choice((s, s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"))


def oms_old(rng: random.Random, fake: Any = None, case: str = "nomn") -> str:
    """An old (pre-2011 style) policy: series + number, or a temporary certificate number."""
    return rng.choice((f"{_d(rng, 4)} № {_d(rng, 8)}", f"ЕЕ {_d(rng, 10)}", f"{_d(rng, 6)} {_d(rng, 9)}",
                       f"ВС {rng.randrange(100, 999)}{_d(rng, 6)}"))


def oms_any(rng: random.Random, fake: Any = None, case: str = "nomn") -> str:
    return enp(rng) if rng.random() < 0.75 else oms_old(rng)


def passport(rng: random.Random, fake: Any = None, case: str = "nomn") -> str:
    s, n = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}", _d(rng, 6)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s[:2]} {s[2:]} № {n}", f"{s}{n}",
                       f"{s}-{n}", f"{s[:2]}{s[2:]} №{n}"))


def mrn(kind: str):
    """Numbers of a person's papers: case history, outpatient card, sick leave, МСЭ, claims, courts..."""
    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        y = rng.choice(("2021", "2022", "2023", "2024", "2025"))
        options = {
            "ib": (f"{rng.randrange(100, 99999)}/{y[2:]}", f"{rng.randrange(1, 29999)}-{y}", f"{_d(rng, 6)}",
                   f"С-{rng.randrange(1000, 9999)}"),
            "amb": (f"{rng.randrange(1, 99999)}", f"{rng.randrange(10, 999)}/{rng.randrange(1, 99999)}", f"А-{_d(rng, 5)}"),
            "eln": (f"9{_d(rng, 11)}", f"{rng.choice(('91', '92', '93'))}{_d(rng, 10)}"),
            "mse": (f"{rng.randrange(1, 3000)}.{rng.randrange(1, 40)}.{rng.randrange(1, 99):02d}/{y}",
                    f"{rng.randrange(100, 9999)}.{rng.randrange(1, 20)}.{rng.randrange(10, 99)}/{y}",),
            "mse_cert": (f"МСЭ-{y} № {_d(rng, 7)}", f"МСЭ-{rng.randrange(2006, 2013)} № {_d(rng, 7)}"),
            "ipra": (f"{rng.randrange(100, 9999)}.{rng.randrange(1, 30)}.{rng.randrange(10, 99)}/{y}",),
            "claim": (f"{rng.choice(('ДМС', 'У', 'СС'))}-{y}-{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 7)}/{y[2:]}",
                      f"{_d(rng, 10)}"),
            "dms": (f"{rng.choice(('001', '017', '113'))}ДМС-{_d(rng, 7)}", f"{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 6)}",
                    f"ДМС{_d(rng, 9)}", f"{rng.choice(('Z', 'S', 'МЕД'))}{_d(rng, 8)}-{_d(rng, 2)}"),
            "court": (f"2-{rng.randrange(100, 9999)}/{y}", f"1-{rng.randrange(10, 999)}/{y}",
                      f"2-{rng.randrange(100, 9999)}/{y}-М-{_d(rng, 4)}", f"5-{rng.randrange(10, 999)}/{y[2:]}",
                      f"{rng.randrange(1, 99)}RS00{rng.randrange(10, 99)}-01-{y}-{_d(rng, 6)}-{rng.randrange(10, 99)}"),
            "kusp": (f"{rng.randrange(100, 29999)}", f"{rng.randrange(100, 29999)}/{rng.randrange(100, 9999)}"),
            "crime": (f"12{rng.randrange(1, 6)}01{_d(rng, 12)}", f"{rng.randrange(1, 9999)}"),
            "notary": (f"{rng.randrange(10, 99)}/{rng.randrange(10, 999)}-н/{rng.randrange(10, 99)}-{y}-{rng.randrange(1, 9)}-{_d(rng, 3)}",
                       f"{rng.randrange(1, 99)}АА{_d(rng, 7)}", f"{rng.randrange(10, 99)} АБ {_d(rng, 7)}"),
            "zagran": (f"{rng.choice(('75', '76', '77', '65', '72'))} {_d(rng, 7)}", f"{rng.choice(('75', '76'))}{_d(rng, 7)}"),
            "migr": (f"{_d(rng, 4)} {_d(rng, 7)}", f"{_d(rng, 4)}{_d(rng, 7)}"),
            "foreign": (f"AA{_d(rng, 7)}", f"FA {_d(rng, 7)}", f"N{_d(rng, 8)}", f"AC {_d(rng, 7)}"),
            "birth": (f"II-ЛО № {_d(rng, 6)}", f"IV-ИК № {_d(rng, 6)}", f"III-МЮ {_d(rng, 6)}", f"I-АР №{_d(rng, 6)}"),
            "drv": (f"{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 6)}", f"{_d(rng, 4)} {_d(rng, 6)}", f"{_d(rng, 2)}{rng.choice(('УА', 'ММ', 'ТС'))} {_d(rng, 6)}"),
            "pension": (f"{_d(rng, 6)}", f"{rng.randrange(100, 999)}-{_d(rng, 6)}", f"ПД-{_d(rng, 7)}"),
            "sfr": (f"{rng.randrange(1000, 9999)}-{_d(rng, 6)}", f"{_d(rng, 12)}", f"{rng.randrange(10, 99)}-{rng.randrange(1, 99)}/{_d(rng, 5)}"),
            "pf": (f"{rng.randrange(1, 999)}", f"{rng.randrange(1, 99)}-П/{y}", f"{_d(rng, 4)}"),
            "emk": (f"{_d(rng, 8)}", f"MIS-{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}"),
            "ref": (f"{rng.randrange(1, 99)}-{_d(rng, 6)}", f"{_d(rng, 12)}", f"{rng.randrange(100, 999)}/{_d(rng, 5)}"),
            "extract": (f"{rng.randrange(1, 9999)}", f"{rng.randrange(1, 999)}/{y[2:]}"),
            "card": (f"{rng.randrange(1, 9999)}", f"{rng.randrange(1, 999)}/{rng.randrange(1, 9999)}"),
            "acc": (f"{rng.randrange(1, 3)}{_d(rng, 7)}", f"ПО-{_d(rng, 5)}/{y[2:]}", f"{_d(rng, 5)}-{y[2:]}"),
        }[kind]
        return rng.choice(options)
    return make


# ----- fragments with several values -------------------------------------------------------------
class Doc:
    """Text assembled piece by piece; ``v`` appends a value and records its gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, *pieces: str) -> Doc:
        self.text += "".join(pieces)
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def typo(rng: random.Random, word: str, p: float = 0.25) -> str:
    """A hurried label: a doubled or dropped letter, or no full stop."""
    if rng.random() > p or len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    if not word[i].isalpha():
        return word
    return word[:i] + word[i] + word[i:] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def ocr(rng: random.Random, text: str, p: float = 0.3) -> str:
    """OCR look-alikes in labels only (never in values): О/0, З/3, l/1, lost spaces."""
    if rng.random() > p:
        return text
    swaps = {"О": "0", "о": "o", "З": "3", "е": "e", "с": "c", "р": "p", " ": "  "}
    return "".join(swaps[ch] if ch in swaps and rng.random() < 0.3 else ch for ch in text)
