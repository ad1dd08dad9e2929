"""Value generators for the blind11 split: names with their own case endings, dates, phones,
addresses, checksummed identifiers and record numbers. Everything random comes from ``rng``
and the Faker ``ru_RU`` instance passed in, so a seed reproduces the split."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


# ----- a document builder: text pieces and gold values ---------------------------------------
class B:
    """Accumulates a document: ``t`` adds plain text, ``v`` adds a gold value of a type."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.golds: list[tuple[str, int, int]] = []
        self.n = 0

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, kind: str, value: str) -> B:
        self.golds.append((kind, self.n, self.n + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), list(self.golds))


# ----- names ---------------------------------------------------------------------------------
_HUSH = "жшчщц"


def _a_ending(stem: str, case: str, soft: bool) -> str:
    last = stem[-1:]
    if case == "gent":
        return stem + ("и" if soft or last in "гкхжшчщ" else "ы")
    if case in ("datv", "loct"):
        return stem + "е"
    if case == "ablt":
        return stem + ("ей" if soft or last in _HUSH else "ой")
    return stem + ("я" if soft else "а")


def infl_first(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if name.endswith("ия"):
        return name[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if name.endswith("а"):
        return _a_ending(name[:-1], case, False)
    if name.endswith("я"):
        return _a_ending(name[:-1], case, True)
    if not male:
        if name.endswith("ь"):
            return name[:-1] + {"gent": "и", "datv": "и", "ablt": "ью", "loct": "и"}[case]
        return name
    if name.endswith("ий"):
        return name[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "и"}[case]
    if name.endswith(("й", "ь")):
        return name[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if name[-1] in "оеиуыэю":
        return name
    ablt = "ем" if name[-1] in _HUSH else "ом"
    return name + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]


def infl_middle(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if male:
        return name + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    return _a_ending(name[:-1], case, False)


def infl_last(name: str, male: bool, case: str) -> str:
    if case == "nomn":
        return name
    if male:
        if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return name + {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
        if name.endswith(("ский", "цкий", "ской")):
            return name[:-2] + {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
        if name[-1] in "оеиуыэюйья" or name.endswith(("ых", "их", "а")):
            return name
        ablt = "ем" if name[-1] in _HUSH else "ом"
        return name + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]
    if name.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return name[:-1] + ("у" if case == "accs" else "ой")
    if name.endswith("ая"):
        return name[:-2] + "ой"
    return name


class Person:
    """One person: surname, first name, patronymic and sex, inflected on demand."""

    def __init__(self, rng: random.Random, fake: Any, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        if self.male:
            self.last, self.first, self.middle = (
                fake.last_name_male(),
                fake.first_name_male(),
                fake.middle_name_male(),
            )
        else:
            self.last, self.first = fake.last_name_female(), fake.first_name_female()
            self.middle = fake.middle_name_female()

    def f(self, case: str = "nomn") -> str:
        return infl_last(self.last, self.male, case)

    def i(self, case: str = "nomn") -> str:
        return infl_first(self.first, self.male, case)

    def o(self, case: str = "nomn") -> str:
        return infl_middle(self.middle, self.male, case)

    def fio(self, case: str = "nomn") -> str:
        return f"{self.f(case)} {self.i(case)} {self.o(case)}"

    def io(self, case: str = "nomn") -> str:
        return f"{self.i(case)} {self.o(case)}"

    def f_io(self, case: str = "nomn", space: bool = False) -> str:
        sep = " " if space else ""
        return f"{self.f(case)} {self.first[0]}.{sep}{self.middle[0]}."

    def io_f(self, case: str = "nomn") -> str:
        return f"{self.first[0]}.{self.middle[0]}. {self.f(case)}"

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        """A random written shape of the name in ``case``."""
        k = rng.randrange(7)
        if k == 0:
            return self.fio(case)
        if k == 1:
            return self.f_io(case, rng.random() < 0.5)
        if k == 2:
            return self.io_f(case)
        if k == 3:
            return f"{self.f(case)} {self.i(case)}"
        if k == 4:
            return self.io(case)
        if k == 5:
            return f"{self.i(case)} {self.o(case)} {self.f(case)}"
        return self.f(case).upper() + " " + self.i(case).upper() + " " + self.o(case).upper()


_DIMINUTIVES = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Иван": "Ваня",
    "Николай": "Коля",
    "Сергей": "Серёжа",
    "Владимир": "Вова",
    "Евгений": "Женя",
    "Павел": "Паша",
    "Мария": "Маша",
    "Анастасия": "Настя",
    "Екатерина": "Катя",
    "Елена": "Лена",
    "Наталья": "Наташа",
    "Ольга": "Оля",
    "Татьяна": "Таня",
    "Юлия": "Юля",
    "Дарья": "Даша",
    "Ксения": "Ксюша",
}


def diminutive(rng: random.Random) -> str:
    return rng.choice(sorted(_DIMINUTIVES.values()))


_TRANSLIT = dict(
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
            "y",
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
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def translit(s: str) -> str:
    out = ""
    for ch in s:
        low = ch.lower()
        if low in _TRANSLIT:
            lat = _TRANSLIT[low]
            out += lat.capitalize() if ch != low else lat
        else:
            out += ch
    return out


FOREIGN = (
    ("Nguyen", "Van Minh"),
    ("Tran", "Thi Lan"),
    ("Karimov", "Rustam"),
    ("Rakhimova", "Dilnoza"),
    ("Yilmaz", "Mehmet"),
    ("Wang", "Lei"),
    ("Zhang", "Wei"),
    ("Müller", "Jonas"),
    ("García", "Lucía"),
    ("Abdullaev", "Sardor"),
    ("Hovhannisyan", "Anna"),
    ("Petrosyan", "Ara"),
    ("Okafor", "Chinedu"),
    ("Smith", "Emily"),
    ("Kowalski", "Piotr"),
    ("Tursunov", "Bekzod"),
)
FOREIGN_CYR = (
    "Нгуен Ван Минь",
    "Чан Тхи Лан",
    "Каримов Рустам",
    "Рахимова Дилноза Ботировна",
    "Йылмаз Мехмет",
    "Ван Лэй",
    "Чжан Вэй",
    "Мюллер Йонас",
    "Гарсия Лусия",
    "Абдуллаев Сардор Алишерович",
    "Оганесян Анна Ашотовна",
    "Петросян Ара Варданович",
    "Окафор Чинеду",
    "Турсунов Бекзод",
)


# ----- dates ---------------------------------------------------------------------------------
def ymd(rng: random.Random, y0: int = 2015, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def birth(rng: random.Random, y0: int = 1940, y1: int = 2005) -> tuple[int, int, int]:
    return ymd(rng, y0, y1)


def dstr(rng: random.Random, d: tuple[int, int, int], style: str | None = None) -> str:
    y, m, dd = d
    style = style or rng.choice(
        ("num", "num", "num2", "slash", "iso", "words", "wordsg", "abbr", "roman", "dash")
    )
    if style == "num":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "num2":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "nozero":
        return f"{dd}.{m}.{y}"
    if style == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "words":
        return f"{dd} {MONTHS_GENT[m - 1]} {y}"
    if style == "wordsg":
        return f"{dd} {MONTHS_GENT[m - 1]} {y} г."
    if style == "abbr":
        return f"{dd} {MONTHS_ABBR[m - 1]} {y}"
    if style == "roman":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if style == "monthyear":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if style == "inmonth":
        return f"{MONTHS_LOCT[m - 1]} {y} г."
    if style == "daymonth":
        return f"{dd} {MONTHS_GENT[m - 1]}"
    if style == "mmyyyy":
        return f"{m:02d}.{y}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "ocr":
        s = f"{dd:02d}.{m:02d}.{y}"
        i = rng.choice((2, 5))
        return s[:i] + rng.choice((",", " .", "..")) + s[i + 1 :]
    raise ValueError(style)


def dtime(rng: random.Random, d: tuple[int, int, int], style: str | None = None) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    k = rng.randrange(4)
    base = dstr(rng, d, style or rng.choice(("num", "num", "iso", "num2")))
    if k == 0:
        return f"{base} {hh:02d}:{mm:02d}"
    if k == 1:
        return f"{base} в {hh:02d}:{mm:02d}"
    if k == 2:
        return f"{base}, {hh:02d} ч {mm:02d} мин"
    return f"{base} {hh:02d}.{mm:02d}"


def a_date(rng: random.Random, _fake: Any = None, _case: str = "nomn") -> str:
    return dstr(rng, ymd(rng))


# ----- phones, e-mail, url -------------------------------------------------------------------
def dg(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("mob", "mob", "mob", "city", "foreign", "ext"))
    if kind == "mob":
        op, a, b, c = "9" + dg(rng, 2), dg(rng, 3), dg(rng, 2), dg(rng, 2)
        lay = rng.randrange(7)
        return (
            f"+7 ({op}) {a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}",
            f"8{op}{a}{b}{c}",
            f"+7{op}{a}{b}{c}",
            f"+7 {op} {a} {b} {c}",
            f"8 ({op}) {a}{b}{c}",
            f"7-{op}-{a}{b}{c}",
        )[lay]
    if kind in ("city", "ext"):
        code = rng.choice(("495", "499", "812", "3452", "4232", "8422", "3812", "4012", "8182", "3532"))
        rest = dg(rng, 10 - len(code))
        body = f"{rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
        s = rng.choice((f"8 ({code}) {body}", f"+7 ({code}) {body}", f"({code}) {body}", f"8-{code}-{body}"))
        if kind == "ext":
            s += rng.choice((f" доб. {dg(rng, 3)}", f", доб.{dg(rng, 4)}", f" (вн. {dg(rng, 3)})"))
        return s
    return rng.choice(
        (
            f"+998 {dg(rng, 2)} {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            f"+992 {dg(rng, 2)} {dg(rng, 3)} {dg(rng, 4)}",
            f"+375 (29) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            f"+374 {dg(rng, 2)} {dg(rng, 6)}",
            f"+86 1{dg(rng, 2)} {dg(rng, 4)} {dg(rng, 4)}",
            f"+49 151 {dg(rng, 8)}",
            f"+84 9{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}",
            f"+996 (555) {dg(rng, 3)}-{dg(rng, 3)}",
            f"+7 701 {dg(rng, 3)} {dg(rng, 4)}",
        )
    )


def email(rng: random.Random, p: Person | None = None) -> str:
    user = translit(p.last).lower() if p else rng.choice(("mama", "pacient", "zdorovie", "info.fam", "user"))
    user += rng.choice(("", ".", "_", "-")) + rng.choice(("", dg(rng, 2), dg(rng, 4), "ok", "msk"))
    user = user.rstrip("._-")
    dom = rng.choice(
        (
            "mail.ru",
            "yandex.ru",
            "ya.ru",
            "bk.ru",
            "gmail.com",
            "inbox.ru",
            "list.ru",
            "rambler.ru",
            "icloud.com",
            "yandex.kz",
            "mail.uz",
        )
    )
    return f"{user}@{dom}"


def url(rng: random.Random, p: Person | None = None) -> str:
    nick = translit(p.last).lower() + dg(rng, 2) if p else f"id{dg(rng, 9)}"
    return rng.choice(
        (
            f"https://vk.com/{nick}",
            f"vk.com/id{dg(rng, 9)}",
            f"https://t.me/{nick}",
            f"t.me/{nick}_{dg(rng, 2)}",
            f"https://ok.ru/profile/{dg(rng, 12)}",
            f"https://disk.yandex.ru/d/{translit(nick)}{dg(rng, 4)}Xq",
            f"https://telemed.doctor-online.ru/room/{dg(rng, 6)}-{dg(rng, 4)}",
            f"https://drive.google.com/file/d/1{dg(rng, 9)}aZ",
            f"http://my-clinic-lk.ru/patient/{dg(rng, 7)}",
            f"https://zoom.us/j/{dg(rng, 10)}",
        )
    )


# ----- addresses -----------------------------------------------------------------------------
_ST_FULL = ("улица", "улица", "улица", "проспект", "переулок", "бульвар", "проезд", "шоссе")
_ST_ABBR = ("ул.", "ул.", "ул.", "ул", "пр-т", "пер.", "б-р", "пр-д", "ш.")
DISTRICTS = (
    "Раменский",
    "Зеленодольский",
    "Красногвардейский",
    "Белореченский",
    "Ленинский",
    "Октябрьский",
    "Приморский",
    "Тоцкий",
    "Аксайский",
    "Завьяловский",
    "Кстовский",
    "Тукаевский",
    "Шпаковский",
    "Сосновский",
    "Новосибирский",
    "Емельяновский",
    "Иркутский",
    "Всеволожский",
    "Гатчинский",
)
VILLAGES = (
    "Берёзовка",
    "Михайловка",
    "Ивановка",
    "Заречье",
    "Новосёлки",
    "Покровское",
    "Никольское",
    "Сосновка",
    "Каменка",
    "Красный Яр",
    "Октябрьский",
    "Луговое",
    "Ильинское",
    "Верхние Хутора",
)


def street(rng: random.Random, fake: Any, full: bool | None = None) -> str:
    name = fake.street_title()
    if full is None:
        full = rng.random() < 0.35
    kind = rng.choice(_ST_FULL if full else _ST_ABBR)
    return f"{kind} {name}" if rng.random() < 0.8 else f"{name} {kind}"


def town(fake: Any) -> str:
    return fake.city_name()


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 180))
    k = rng.randrange(8)
    if k == 0:
        h += f", корп. {rng.randint(1, 6)}"
    elif k == 1:
        h += f" к{rng.randint(1, 5)}"
    elif k == 2:
        h += f", стр. {rng.randint(1, 9)}"
    elif k == 3:
        h += f", лит. {rng.choice('АБВ')}"
    elif k == 4:
        h += rng.choice("абв")
    elif k == 5:
        h += f"/{rng.randint(1, 40)}"
    return h


def flat(rng: random.Random) -> str:
    return rng.choice(("кв.", "кв", "кв. ", "квартира ")).strip() + " " + str(rng.randint(1, 420))


def address(rng: random.Random, fake: Any, kind: str | None = None) -> str:
    kind = kind or rng.choice(("city", "city", "index", "rural", "snt", "mkr", "reverse", "short"))
    idx = f"{rng.randint(1, 69)}{dg(rng, 4)}"
    idx = idx.zfill(6)
    if kind == "city":
        return f"г. {town(fake)}, {street(rng, fake)}, д. {house(rng)}, {flat(rng)}"
    if kind == "index":
        return f"{idx}, {fake.region()}, г. {town(fake)}, {street(rng, fake)}, {house(rng)}-{rng.randint(1, 200)}"
    if kind == "rural":
        vil = rng.choice(("с.", "д.", "пос.", "п.", "село", "деревня", "пгт", "рп"))
        dist = rng.choice(DISTRICTS) + rng.choice((" р-н", " район", " муниципальный район"))
        tail = rng.choice(
            (
                f"ул. {fake.street_title()}, д. {rng.randint(1, 90)}",
                f"д. {rng.randint(1, 90)}",
                f"{fake.street_title()} ул., {rng.randint(1, 90)}",
            )
        )
        return f"{fake.region()}, {dist}, {vil} {rng.choice(VILLAGES)}, {tail}"
    if kind == "snt":
        snt = rng.choice(("Берёзка", "Ромашка", "Дружба", "Рассвет", "Энергетик", "Мичуринец"))
        return (
            f"{fake.region()}, {rng.choice(DISTRICTS)} район, СНТ «{snt}», "
            f"{rng.choice(('участок', 'уч.', 'линия 3, уч.'))} {rng.randint(1, 300)}"
        )
    if kind == "mkr":
        return f"г. {town(fake)}, мкр. {rng.choice(('Северный', 'Юбилейный', 'Солнечный', '3-й'))}, д. {house(rng)}, кв. {rng.randint(1, 300)}"
    if kind == "reverse":
        return (
            f"кв. {rng.randint(1, 300)}, д. {rng.randint(1, 99)}, {street(rng, fake)}, г. {town(fake)}, {idx}"
        )
    return f"{town(fake)}, {street(rng, fake)} {rng.randint(1, 99)}-{rng.randint(1, 150)}"


# ----- identifiers with check digits ---------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = dg(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        chk = s
    elif s in (100, 101):
        chk = 0
    else:
        chk = s % 101
        chk = 0 if chk == 100 else chk
    return body + f"{chk:02d}"


def snils(rng: random.Random, style: str | None = None) -> str:
    s = snils_digits(rng)
    style = style or rng.choice(("std", "std", "nodash", "spaces", "plain", "dots"))
    if style == "std":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"
    if style == "nodash":
        return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}"
    if style == "spaces":
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    if style == "dots":
        return f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}"
    return s


def inn12(rng: random.Random) -> str:
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 8)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(c2)


def inn(rng: random.Random, style: str | None = None) -> str:
    s = inn12(rng)
    style = style or rng.choice(("plain", "plain", "plain", "spaces", "dash"))
    if style == "spaces":
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    if style == "dash":
        return f"{s[:2]}-{s[2:4]}-{s[4:10]}-{s[10:]}"
    return s


def org_inn(rng: random.Random) -> str:
    """A 10-digit organisation INN (not PII)."""
    body = f"{rng.randint(1, 92):02d}" + dg(rng, 7)
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11 % 10)


def enp(rng: random.Random) -> str:
    body = f"{rng.choice((50, 77, 78, 66, 16, 24, 54, 61, 23, 2, 3, 72, 86))}".zfill(2) + dg(rng, 13)
    rev = body[::-1]
    odd = rev[0::2]
    even = rev[1::2]
    num = even + str(int(odd) * 2)  # even-place digits written left of twice the odd-place number
    chk = (10 - sum(int(c) for c in num) % 10) % 10
    return body + str(chk)


def oms(rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(("plain", "plain", "groups4", "dash", "old", "old2"))
    if style == "old":
        return f"{rng.choice(('ХК', 'МО', 'ЯНА', 'РТ'))} {dg(rng, 8)}"
    if style == "old2":
        return f"{rng.randint(10, 99)}{dg(rng, 2)} № {dg(rng, 10)}"
    s = enp(rng)
    if style == "groups4":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return f"{s[:6]}-{s[6:10]}-{s[10:]}"
    return s


def pass_series(rng: random.Random, spaced: bool | None = None) -> str:
    s = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    if spaced is None:
        spaced = rng.random() < 0.5
    return f"{s[:2]} {s[2:]}" if spaced else s


def pass_number(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}"


def passport(rng: random.Random) -> str:
    ser, num = pass_series(rng), pass_number(rng)
    return rng.choice((f"{ser} {num}", f"{ser} № {num}", f"{ser.replace(' ', '')}{num}", f"{ser}-{num}"))


# ----- record numbers ------------------------------------------------------------------------
def mrn(rng: random.Random, kind: str | None = None) -> str:
    y = rng.randint(18, 26)
    kind = kind or rng.choice(
        ("ib", "amb", "emk", "lab", "dent", "rx", "eln", "ref", "dicom", "acc", "call", "crm")
    )
    if kind == "ib":
        return rng.choice(
            (f"{rng.randint(1, 29999)}/{y}", f"{rng.randint(1, 9999)}-{y}", f"ИБ-20{y}-{dg(rng, 5)}")
        )
    if kind == "amb":
        return rng.choice((f"{rng.randint(100, 99999)}", f"А-{dg(rng, 6)}", f"{dg(rng, 2)}/{dg(rng, 5)}"))
    if kind == "emk":
        return rng.choice((f"ЭМК{dg(rng, 8)}", f"EMK-{dg(rng, 9)}", f"{dg(rng, 10)}"))
    if kind == "lab":
        return rng.choice(
            (f"{dg(rng, 10)}", f"LAB{dg(rng, 7)}", f"Z{dg(rng, 8)}", f"{dg(rng, 4)}-{dg(rng, 5)}")
        )
    if kind == "dent":
        return rng.choice((f"СТ-{dg(rng, 5)}", f"{rng.randint(1, 9999)}/{y}с", f"D{dg(rng, 6)}"))
    if kind == "rx":
        return rng.choice((f"{dg(rng, 2)}-{dg(rng, 2)} {dg(rng, 6)}", f"148-{dg(rng, 7)}", f"{dg(rng, 13)}"))
    if kind == "eln":
        return dg(rng, 12)
    if kind == "ref":
        return rng.choice((f"НАП-{dg(rng, 7)}", f"{dg(rng, 3)}/{dg(rng, 4)}", f"{dg(rng, 8)}"))
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{dg(rng, 6)}.{dg(rng, 8)}"
    if kind == "acc":
        return rng.choice((f"RX{dg(rng, 8)}", f"КТ-{dg(rng, 6)}", f"MR{y}{dg(rng, 5)}"))
    if kind == "call":
        return rng.choice((f"{rng.randint(1, 999)}", f"{dg(rng, 4)}/{rng.randint(1, 60)}", f"{dg(rng, 8)}"))
    return rng.choice((f"P-{dg(rng, 6)}", f"CL{dg(rng, 7)}", f"{dg(rng, 7)}", f"PT{dg(rng, 5)}-{y}"))
