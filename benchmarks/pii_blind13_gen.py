"""Value generators for the blind13 split (names, dates, places, contacts, checksummed ids).

Written independently: own inflection, own checksums, own layouts; all randomness from ``rng``
and the passed Faker("ru_RU") instance.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


# ----- a document builder: text with gold spans ----------------------------------------------
class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def dn(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + d(rng, n - 1)


# ----- names with declension -------------------------------------------------------------------
def _sur(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        for end, forms in (
            ("ский", ("ского", "скому", "ским", "ском")),
            ("цкий", ("цкого", "цкому", "цким", "цком")),
            ("ой", ("ого", "ому", "им", "ом")),
            ("ый", ("ого", "ому", "ым", "ом")),
            ("ий", ("ия", "ию", "ием", "ии")),
        ):
            if s.endswith(end):
                return s[: -len(end)] + forms[i]
        if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
            return s + ("а", "у", "ым", "е")[i]
        if s[-1] in "бвгджзклмнпрстфхцчшщ":
            return s + ("а", "у", "ом", "е")[i]
        return s
    for end, forms in (
        ("ская", ("ской",) * 4),
        ("цкая", ("цкой",) * 4),
        ("ова", ("овой",) * 4),
        ("ева", ("евой",) * 4),
        ("ина", ("иной",) * 4),
        ("ына", ("ыной",) * 4),
        ("ая", ("ой",) * 4),
    ):
        if s.endswith(end):
            return s[: -len(end)] + forms[i]
    return s


def _first(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if s.endswith("ия"):
        return s[:-1] + ("и", "и", "ей", "и")[i]
    if s.endswith("я"):
        return s[:-1] + ("и", "е", "ей", "е")[i]
    if s.endswith("а"):
        soft = s[-2] in "гкхжшчщ"
        return s[:-1] + ("и" if soft else "ы", "е", "ой", "е")[i]
    if not male:
        return s[:-1] + ("и", "и", "ью", "и")[i] if s.endswith("ь") else s
    if s.endswith(("й", "ь")):
        return s[:-1] + ("я", "ю", "ем", "е")[i]
    if s[-1] in "бвгджзклмнпрстфхцчшщ":
        return s + ("а", "у", "ом", "е")[i]
    return s


def _patr(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        return s + ("а", "у", "ем", "е")[i]
    return s[:-1] + ("ы", "е", "ой", "е")[i]


def parts(rng: random.Random, fake: Any, male: bool | None = None) -> tuple[str, str, str, bool]:
    if male is None:
        male = rng.random() < 0.5
    if male:
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), True
    return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), False


DIMINUTIVE = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Михаил": "Миша",
    "Дмитрий": "Дима",
    "Николай": "Коля",
    "Сергей": "Серёжа",
    "Владимир": "Вова",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Наталья": "Наташа",
    "Татьяна": "Таня",
    "Елена": "Лена",
    "Ольга": "Оля",
    "Анна": "Аня",
    "Евгения": "Женя",
    "Иван": "Ваня",
}

LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "",
            "e",
            "iu",
            "ia",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = "".join(LAT.get(c.lower(), c) if c.lower() in LAT else c for c in s)
    return out[:1].upper() + out[1:] if s[:1].isupper() else out


def name(rng: random.Random, fake: Any, case: str = "nomn", shape: str = "", male: bool | None = None) -> str:
    """shape: F I O / F IO / IO F / I O / F / I F / dim / lat / FIO-caps; random when empty."""
    f, i, o, m = parts(rng, fake, male)
    shape = shape or rng.choice(("F I O", "F I O", "F IO", "IO F", "I O", "F", "I F", "F I.O.", "FCAPS I O"))
    return fmt(f, i, o, m, case, shape, rng)


def fmt(f: str, i: str, o: str, m: bool, case: str, shape: str, rng: random.Random | None = None) -> str:
    """One person's name parts in the given case and shape."""
    rng = rng or random.Random(len(f))
    sur, fst, pat = _sur(f, m, case), _first(i, m, case), _patr(o, m, case)
    if shape == "F I O":
        return f"{sur} {fst} {pat}"
    if shape == "F IO":
        return f"{sur} {i[0]}.{rng.choice(('', ' '))}{o[0]}."
    if shape == "F I.O.":
        return f"{sur} {i[0]}.{o[0]}."
    if shape == "IO F":
        return f"{i[0]}.{rng.choice(('', ' '))}{o[0]}. {sur}"
    if shape == "I O":
        return f"{fst} {pat}"
    if shape == "F":
        return sur
    if shape == "I F":
        return f"{fst} {sur}"
    if shape == "FCAPS I O":
        return f"{sur.upper()} {fst} {pat}"
    if shape == "dim":
        return DIMINUTIVE.get(i, i)
    if shape == "lat":
        return rng.choice((f"{translit(f).upper()} {translit(i).upper()}", f"{translit(i)} {translit(f)}"))
    raise ValueError(shape)


# ----- dates ------------------------------------------------------------------------------------
def _ymd(rng: random.Random, y0: int = 1940, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, layout: str = "", y0: int = 2015, y1: int = 2026) -> str:
    y, m, dd = _ymd(rng, y0, y1)
    layout = layout or rng.choice(
        (
            "dmy",
            "dmy",
            "words",
            "iso",
            "dmy2",
            "abbr",
            "slash",
            "time",
            "roman",
            "month",
            "daymonth",
            "range",
            "ocr",
            "words_g",
        )
    )
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    if layout == "dmy":
        return f"{dd:02d}.{m:02d}.{y}"
    if layout == "dmy2":
        return f"{dd}.{m:02d}.{y % 100:02d}"
    if layout == "words":
        return f"{dd} {MONTHS_GENT[m - 1]} {y} года"
    if layout == "words_g":
        return f"«{dd:02d}» {MONTHS_GENT[m - 1]} {y} г."
    if layout == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if layout == "abbr":
        return f"{dd} {MONTHS_ABBR[m - 1]} {y}"
    if layout == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if layout == "time":
        return rng.choice(
            (
                f"{dd:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
                f"{dd:02d}.{m:02d}.{y} в {hh}.{mi:02d}",
                f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:00",
            )
        )
    if layout == "roman":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if layout == "month":
        return rng.choice((f"{MONTHS_NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{MONTHS_LOCT[m - 1]} {y} г."))
    if layout == "daymonth":
        return f"{dd} {MONTHS_GENT[m - 1]}"
    if layout == "range":
        return rng.choice(
            (
                f"{dd:02d}.{m:02d}–{min(dd + 9, 28):02d}.{m:02d}.{y}",
                f"с {dd} по {min(dd + 12, 28)} {MONTHS_GENT[m - 1]} {y}",
            )
        )
    if layout == "ocr":
        s = f"{dd:02d}.{m:02d}.{y}"
        return rng.choice(
            (s.replace("0", "O", 1), s.replace(".", ",", 1), s.replace(".", ". ", 1), s.replace("1", "l", 1))
        )
    raise ValueError(layout)


def birth(rng: random.Random, layout: str = "") -> str:
    return date(rng, layout or rng.choice(("dmy", "words", "iso", "dmy", "slash", "abbr")), 1935, 2020)


# ----- places ---------------------------------------------------------------------------------
DISTRICTS = (
    "Раменский",
    "Ступинский",
    "Зеленодольский",
    "Ангарский",
    "Кстовский",
    "Аксайский",
    "Тосненский",
    "Белгородский",
    "Новоусманский",
    "Сысертский",
    "Богородский",
    "Волжский",
    "Лаишевский",
    "Емельяновский",
)


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


TYPES_FULL = {"ул.": "улица", "пр.": "проспект", "пер.": "переулок", "бул.": "бульвар"}


def street(fake: Any, rng: random.Random) -> str:
    s = fake.street_name()
    if rng.random() < 0.3:
        kind, _, rest = s.partition(" ")
        s = f"{TYPES_FULL.get(kind, kind)} {rest}" if rng.random() < 0.5 else f"{rest} {kind}"
    return s


def address(rng: random.Random, fake: Any, layout: str = "") -> str:
    layout = layout or rng.choice(
        ("city", "city", "index", "region", "rural", "snt", "mkr", "reverse", "short", "litera")
    )
    town_, st = town(fake), street(fake, rng)
    h, fl = rng.randint(1, 180), rng.randint(1, 320)
    korp = rng.choice(
        (
            "",
            f", корп. {rng.randint(1, 5)}",
            f", к{rng.randint(1, 4)}",
            f", стр. {rng.randint(1, 9)}",
            f"/{rng.randint(1, 4)}",
        )
    )
    if layout == "city":
        return f"г. {town_}, {st}, д. {h}{korp}, кв. {fl}"
    if layout == "index":
        return f"{fake.postcode()}, {fake.region()}, г. {town_}, {st}, д.{h}, кв.{fl}"
    if layout == "region":
        return f"{fake.region()}, {town_}, {st} {h}-{fl}"
    if layout == "rural":
        return (
            f"{fake.region()}, {rng.choice(DISTRICTS)} р-н, {rng.choice(('с.', 'дер.', 'пос.', 'х.'))} "
            f"{town(fake)}, ул. {fake.street_title()}, д. {h}"
        )
    if layout == "snt":
        return (
            f"{rng.choice(('СНТ', 'ДНП', 'СНТ'))} «{rng.choice(('Ромашка', 'Рассвет', 'Берёзка', 'Мичуринец'))}»,"
            f" уч. {rng.randint(1, 400)}, {rng.choice(DISTRICTS)} р-н"
        )
    if layout == "mkr":
        return (
            f"г. {town_}, мкр. {rng.choice(('Северный', 'Солнечный', '3-й', 'Юбилейный'))}, д. {h}, кв. {fl}"
        )
    if layout == "reverse":
        return f"кв. {fl}, д. {h}, {st}, г. {town_}, {fake.postcode()}"
    if layout == "short":
        return f"{town_}, {st.replace('ул. ', '')} {h}-{fl}"
    if layout == "litera":
        return f"г. Санкт-Петербург, {st}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}"
    raise ValueError(layout)


# ----- contacts ---------------------------------------------------------------------------------
def phone(rng: random.Random, layout: str = "") -> str:
    layout = layout or rng.choice(("plus", "eight", "dash", "compact", "city", "ext", "foreign", "spaced"))
    op = rng.choice(("903", "905", "916", "926", "915", "961", "977", "999", "912", "950"))
    a, b, c = d(rng, 3), d(rng, 2), d(rng, 2)
    if layout == "plus":
        return f"+7 ({op}) {a}-{b}-{c}"
    if layout == "eight":
        return f"8 {op} {a} {b} {c}"
    if layout == "dash":
        return f"8-{op}-{a}-{b}-{c}"
    if layout == "compact":
        return rng.choice((f"+7{op}{a}{b}{c}", f"8{op}{a}{b}{c}"))
    if layout == "city":
        code = rng.choice(("495", "812", "843", "383", "8552", "3852"))
        return rng.choice(
            (
                f"8 ({code}) {d(rng, 10 - len(code) - 4)}-{b}-{c}",
                f"({code}) {d(rng, 10 - len(code) - 4)}-{b}{c}",
            )
        )
    if layout == "ext":
        return f"+7 (495) {a}-{b}-{c} доб. {rng.randint(100, 9999)}"
    if layout == "foreign":
        return rng.choice(
            (
                f"+375 29 {a}-{b}-{c}",
                f"+998 90 {a} {b} {c}",
                f"+49 151 {d(rng, 8)}",
                f"+992 (93) {a}-{b}-{c}",
                f"+374 77 {d(rng, 6)}",
            )
        )
    if layout == "spaced":
        return f"+7 {op} {a} {b}{c}"
    raise ValueError(layout)


DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru", "list.ru", "ya.ru")


def email(rng: random.Random, fake: Any) -> str:
    f, i, _, _ = parts(rng, fake)
    user = rng.choice(
        (
            f"{translit(f).lower()}.{translit(i).lower()[0]}",
            f"{translit(i).lower()}{rng.randint(60, 2010)}",
            f"{translit(f).lower()}_{d(rng, 2)}",
            f"{translit(i).lower()[0]}.{translit(f).lower()}",
        )
    )
    return f"{user}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, fake: Any) -> str:
    return rng.choice(
        (
            f"https://vk.com/id{dn(rng, 9)}",
            f"https://t.me/{translit(fake.first_name_female()).lower()}_{d(rng, 3)}",
            f"https://lk.medcentr-zdorovie.ru/patient/{dn(rng, 7)}",
            f"https://disk.yandex.ru/d/{fake.lexify('?????????')}",
            f"http://ok.ru/profile/{dn(rng, 12)}",
            f"https://cloud.mail.ru/public/{fake.lexify('????')}/{fake.lexify('?????')}",
            f"www.gosuslugi.ru/{dn(rng, 6)}/1/form",
            f"https://emias.info/appointment/{dn(rng, 8)}",
        )
    )
