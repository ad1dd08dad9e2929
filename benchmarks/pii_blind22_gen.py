"""Value generators for the blind22 split (elderly, chronic and long-term care)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def snils_raw(rng: random.Random) -> str:
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(9))
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s > 101:
        s %= 101
    chk = 0 if s in (100, 101) else s
    return body + f"{chk:02d}"


def snils(rng: random.Random) -> str:
    r = snils_raw(rng)
    return rng.choice(
        (
            f"{r[:3]}-{r[3:6]}-{r[6:9]} {r[9:]}",
            f"{r[:3]}-{r[3:6]}-{r[6:9]}-{r[9:]}",
            r,
            f"{r[:3]} {r[3:6]} {r[6:9]} {r[9:]}",
            f"{r[:3]}.{r[3:6]}.{r[6:9]} {r[9:]}",
        )
    )


def inn_raw(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d1 = sum(int(c) * w for c, w in zip(body, w1, strict=False)) % 11 % 10
    body += str(d1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d2 = sum(int(c) * w for c, w in zip(body, w2, strict=False)) % 11 % 10
    return body + str(d2)


def inn(rng: random.Random) -> str:
    r = inn_raw(rng)
    return rng.choice((r, r, f"{r[:4]} {r[4:10]} {r[10:]}", f"{r[:2]}-{r[2:4]}-{r[4:10]}-{r[10:]}"))


def oms_raw(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def oms(rng: random.Random) -> str:
    r = oms_raw(rng)
    return rng.choice((r, r, f"{r[:4]} {r[4:8]} {r[8:12]} {r[12:]}", f"{r[:4]}-{r[4:8]}-{r[8:12]}-{r[12:]}"))


def passport(rng: random.Random) -> str:
    s, n = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", digits(rng, 6)
    return rng.choice((f"{s} {n}", f"{s[:2]} {s[2:]} {n}", f"{s}{n}", f"{s} № {n}", f"{s}-{n}"))


def pass_parts(rng: random.Random) -> tuple[str, str]:
    s, n = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", digits(rng, 6)
    return rng.choice((s, f"{s[:2]} {s[2:]}")), n


def phone(rng: random.Random) -> str:
    m = f"9{rng.randint(0, 99):02d}"
    a, b, c = f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
    city = rng.choice(("495", "812", "8422", "3472", "8552", "4012", "3012"))
    return rng.choice(
        (
            f"+7 {m} {a}-{b}-{c}",
            f"8({m}){a}-{b}-{c}",
            f"8-{m}-{a}-{b}-{c}",
            f"+7{m}{a}{b}{c}",
            f"8 ({city}) {a[:2]}-{b}-{c}" if len(city) == 4 else f"8 ({city}) {a}-{b}-{c}",
            f"+998 90 {a} {b} {c}",
            f"+992 {rng.randint(90, 99)} {a} {b}{c}",
            f"+374 (91) {a}-{b}{c}",
            f"8 {m} {a} {b} {c}",
            f"{a}-{b}-{c}",
            f"+49 30 {a}{b}{c}",
            f"+7 ({city}) {a[:2]}-{b}-{c}" if len(city) == 4 else f"+7 ({city}) {a}-{b}-{c}",
        )
    )


def email(rng: random.Random, fake: Any) -> str:
    user = rng.choice(
        (fake.user_name(), f"{fake.user_name()}.{rng.randint(40, 99)}", f"babushka{rng.randint(1, 999)}")
    )
    return f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'gmail.com', 'list.ru', 'rambler.ru'))}"


def url(rng: random.Random, fake: Any) -> str:
    return rng.choice(
        (
            f"https://vk.com/id{digits(rng, 9)}",
            f"https://ok.ru/profile/{digits(rng, 12)}",
            f"https://disk.yandex.ru/d/{fake.pystr(min_chars=14, max_chars=14)}",
            f"t.me/{fake.user_name()}",
            f"https://cloud.mail.ru/public/{fake.pystr(min_chars=4, max_chars=4)}/"
            f"{fake.pystr(min_chars=9, max_chars=9)}",
        )
    )


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(1930, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d} {MONTHS_GENT[m - 1]} {y} г.",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г.",
            f"{d:02d}. {m:02d}. {y}",
            f"{d:02d},{m:02d}.{y}",
        )
    )


def recent(rng: random.Random, time: bool = False) -> str:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    v = rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d} {MONTHS_GENT[m - 1]} {y}",
            f"{d:02d}.{m:02d}",
        )
    )
    if time:
        v += rng.choice(
            (
                f" {rng.randint(6, 22):02d}:{rng.choice(('00', '15', '30', '45'))}",
                f" в {rng.randint(6, 22)}.{rng.randint(0, 59):02d}",
            )
        )
    return v


def month_year(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(2015, 2026)
    return rng.choice((f"{MONTHS_NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{MONTHS_NOMN[m - 1]} {y} г."))


def record(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{digits(rng, 5)}/{rng.randint(23, 26)}",
            f"И-{digits(rng, 6)}",
            f"{rng.randint(2023, 2026)}-{digits(rng, 6)}",
            f"АК-{digits(rng, 4)}-{rng.randint(23, 26)}",
            f"{digits(rng, 4)}/{rng.choice('АБВ')}",
            f"ГД{digits(rng, 7)}",
            f"П/{digits(rng, 5)}",
            f"{digits(rng, 6)}-Д",
            f"{digits(rng, 8)}",
            f"ДЦ-{digits(rng, 3)}-{digits(rng, 4)}",
            f"MIS{digits(rng, 9)}",
            f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
        )
    )


# ----------------------------------------------------------------------- names with cases
MALE_END = {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}
MALE_FIRST = {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е"}
FEM_SUR = {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой"}


def _male_sur(s: str, case: str) -> str:
    return s if case == "nomn" else s + MALE_END[case]


def _male_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith("й"):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if s.endswith(("а", "я")):
        return _fem_first(s, case)
    if s.endswith("ь"):
        return s[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    return s + MALE_FIRST[case]


def _male_patr(s: str, case: str) -> str:
    return s if case == "nomn" else s + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]


def _fem_first(s: str, case: str) -> str:
    if case == "nomn":
        return s
    stem, last = s[:-1], s[-1]
    if s.endswith("ия"):
        return stem + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if last == "я":
        return stem + {"gent": "и", "datv": "е", "ablt": "ей", "loct": "е"}[case]
    soft = stem[-1] in "кгхжшчщ"
    return (
        stem
        + {
            "gent": "и" if soft else "ы",
            "datv": "е",
            "ablt": "ей" if stem[-1] in "жшчщ" else "ой",
            "loct": "е",
        }[case]
    )


def _fem_patr(s: str, case: str) -> str:
    return s if case == "nomn" else s[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]


def parts(fake: Any, rng: random.Random, case: str = "nomn") -> tuple[str, str, str]:
    """(surname, first, patronymic) of a person in ``case``; only regularly declined surnames."""
    for _ in range(50):
        if rng.random() < 0.5:
            s, f, p = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
            if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
                return _male_sur(s, case), _male_first(f, case), _male_patr(p, case)
        else:
            s, f, p = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
            if s.endswith(("ова", "ева", "ина", "ына")):
                return (
                    (s if case == "nomn" else s[:-1] + FEM_SUR[case]),
                    _fem_first(f, case),
                    _fem_patr(p, case),
                )
    return "Смирнов", "Иван", "Петрович"


FOREIGN = (
    "Каримов Шерзод Бахтиёрович",
    "Рахимова Гулнора Тахировна",
    "Алиев Рашид Гасан оглы",
    "Гасанова Айгюн Ильхам кызы",
    "Нурматов Бекзод",
    "Петросян Ашот Гагикович",
    "Ким Светлана Владимировна",
    "Мюллер Ханс",
    "Хабибуллин Ринат Ильдарович",
    "Цыденов Баир Дашиевич",
    "Кадыров Умар Ахмедович",
    "Сагитова Альфия Рашитовна",
    "Эргашев Ойбек",
    "Токтогулов Нурлан Асанбекович",
    "Шмидт Эльза Карловна",
)
LATIN = (
    "Karimov Sherzod",
    "RAKHIMOVA GULNORA",
    "Aliev Rashid",
    "Mueller Hans",
    "Petrosyan Ashot",
    "Tursunov Farrukh",
    "NAZAROVA DILNOZA",
    "Ivanova Maria",
    "Kim Svetlana",
    "Ergashev Oybek",
)


def person(fake: Any, rng: random.Random, case: str = "nomn") -> str:
    s, f, p = parts(fake, rng, case)
    shape = rng.choice(("F I O", "F I O", "F i.o.", "i.o. F", "F io", "I O", "F", "I F", "F I", "F i."))
    return (
        shape.replace("F", "\0")
        .replace("I", f)
        .replace("O", p)
        .replace("io", f"{f[0]}.{p[0]}.")
        .replace("i.o.", f"{f[0]}.{p[0]}.")
        .replace("i.", f"{f[0]}.")
        .replace("\0", s)
    )


def any_person(fake: Any, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return rng.choice(FOREIGN)
    if r < 0.22:
        return rng.choice(LATIN)
    return person(fake, rng)


# ----------------------------------------------------------------------- addresses
REGIONS = (
    "Московская обл.",
    "Респ. Татарстан",
    "Республика Башкортостан",
    "Свердловская область",
    "Тверская обл.",
    "Респ. Бурятия",
    "Чувашская Республика",
    "Краснодарский край",
    "Новосибирская обл.",
    "ХМАО-Югра",
    "Республика Дагестан",
    "Ульяновская область",
    "Калининградская обл.",
    "Чеченская Республика",
)
VILLAGES = (
    "с. Ивановка",
    "д. Малые Горки",
    "пос. Новый",
    "пгт Октябрьский",
    "с. Верхние Татышлы",
    "д. Кузьминки",
    "ст-ца Старощербиновская",
    "аул Кошехабль",
    "с. Шалинское",
    "улус Баяндай",
)


def street(fake: Any) -> str:
    return fake.street_title()


def address(fake: Any, rng: random.Random) -> str:
    town, st = fake.city_name(), street(fake)
    h, fl = rng.randint(1, 120), rng.randint(1, 300)
    idx = f"{rng.randint(101, 692)}{rng.randint(0, 999):03d}"
    reg = rng.choice(REGIONS)
    return rng.choice(
        (
            f"{idx}, {reg}, г. {town}, ул. {st}, д. {h}, кв. {fl}",
            f"г. {town}, {st} ул., {h}-{fl}",
            f"{reg}, {rng.choice(('Ленинский', 'Центральный', 'Советский'))} р-н, {rng.choice(VILLAGES)}, ул. {st}, д. {h}",
            f"г. {town}, мкр. {rng.choice(('Северный', 'Юго-Западный', '7'))}, д. {h}, корп. {rng.randint(1, 4)}, кв. {fl}",
            f"кв. {fl}, д. {h}, ул. {st}, г. {town}, {idx}",
            f"{reg}, {town} р-н, СНТ «{rng.choice(('Ромашка', 'Берёзка', 'Энергетик'))}», уч. {h}",
            f"г.{town}, ул.{st}, д.{h}, стр. {rng.randint(1, 3)}, кв.{fl}",
            f"{rng.choice(VILLAGES)}, ул. {st}, {h}",
            f"г. {town}, пр-т {st}, д. {h}{rng.choice('абв')}, лит. А, кв. {fl}, {idx}",
            f"{town}, {st} {h}/{rng.randint(1, 9)} - {fl}",
        )
    )


def settlement(fake: Any, rng: random.Random) -> str:
    return rng.choice((fake.city_name(), rng.choice(VILLAGES)))


class Doc:
    """Text assembled piece by piece, with gold spans of the values."""

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
