"""Value generators for the blind12 split (hospital, emergency and forensic records).

Written independently for this split: names with their own case endings, dates, addresses, phones and
checksummed identifiers. Everything random comes from the ``rng`` and Faker instance passed in.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

PER, DAT, LOC, PHO = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
EML, URL, SNI, INN = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN"
PAS, OMS, MRN = "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


# ----- a small builder for whole documents -----------------------------------------------------
class Doc:
    """Text pieces and (type, value) spans, joined into a :class:`Planted`."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def __call__(self, *pieces: str | tuple[str, str]) -> Doc:
        for piece in pieces:
            if isinstance(piece, tuple):
                kind, value = piece
                self.golds.append((kind, len(self.text), len(self.text) + len(value)))
                self.text += value
            else:
                self.text += piece
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def d1(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + d(rng, n - 1)


# ----- names ---------------------------------------------------------------------------------
_HARD = "гкхжшщч"
_SIB = "жшщчц"
_FLEET = {"Павел": "Павл", "Лев": "Льв", "Пётр": "Петр"}


def _ends(word: str, *tails: str) -> bool:
    return any(word.endswith(t) for t in tails)


def _last_ok(word: str, male: bool) -> bool:
    if male:
        return _ends(word, "ов", "ев", "ёв", "ин", "ын", "ский", "цкий")
    return _ends(word, "ова", "ева", "ёва", "ина", "ына", "ская", "цкая")


def _first_ok(word: str, male: bool) -> bool:
    if male:
        return not _ends(word, "а", "я", "ь", "о", "е", "и", "у", "ц")
    return _ends(word, "а", "я") and not _ends(word, "ья")


def inflect(word: str, part: str, male: bool, case: str) -> str:
    """Case form of a name part (``last``, ``first`` or ``mid``); only shapes the generator emits."""
    if case == "nomn":
        return word
    i = CASES.index(case) - 1  # gent, datv, accs, ablt, loct
    if part == "last":
        if male and _ends(word, "ский", "цкий"):
            return word[:-2] + ("ого", "ому", "ого", "им", "ом")[i]
        if male:
            return word + ("а", "у", "а", "ым", "е")[i]
        if _ends(word, "ская", "цкая"):
            return word[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
        return word[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
    if part == "mid":
        if male:
            return word + ("а", "у", "а", "ем", "е")[i]
        return word[:-1] + ("ы", "е", "у", "ой", "е")[i]
    if male:
        if word.endswith("ий"):
            return word[:-1] + ("я", "ю", "я", "ем", "и")[i]
        if word.endswith("й"):
            return word[:-1] + ("я", "ю", "я", "ем", "е")[i]
        stem = _FLEET.get(word, word)
        ablt = "ем" if stem[-1] in _SIB else "ом"
        return stem + ("а", "у", "а", ablt, "е")[i]
    if word.endswith("ия"):
        return word[:-1] + ("и", "и", "ю", "ей", "и")[i]
    if word.endswith("я"):
        return word[:-1] + ("и", "е", "ю", "ей", "е")[i]
    gent = "и" if word[-2] in _HARD else "ы"
    ablt = "ей" if word[-2] in _SIB else "ой"
    return word[:-1] + (gent, "е", "у", ablt, "е")[i]


def fio(fake: Any, rng: random.Random, male: bool | None = None) -> tuple[str, str, str, bool]:
    male = rng.random() < 0.5 if male is None else male
    for _ in range(40):
        last = fake.last_name_male() if male else fake.last_name_female()
        if _last_ok(last, male):
            break
    for _ in range(40):
        first = fake.first_name_male() if male else fake.first_name_female()
        if _first_ok(first, male) and len(first) > 2:
            break
    mid = fake.middle_name_male() if male else fake.middle_name_female()
    return last, first, mid, male


_DIM = {
    "Александр": "Саша",
    "Дмитрий": "Дима",
    "Сергей": "Серёжа",
    "Михаил": "Миша",
    "Николай": "Коля",
    "Владимир": "Вова",
    "Алексей": "Лёша",
    "Евгений": "Женя",
    "Анна": "Аня",
    "Мария": "Маша",
    "Елена": "Лена",
    "Ольга": "Оля",
    "Татьяна": "Таня",
    "Екатерина": "Катя",
    "Наталья": "Наташа",
}
_LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia".split(" "),
        strict=False,
    )
)


def latin(word: str) -> str:
    out = "".join(_LAT.get(c.lower(), c) for c in word)
    return out[:1].upper() + out[1:]


def name(*shapes: str, male: bool | None = None):
    """Maker of a person name; shapes: FIO, FI, IF, F, FIo (F I.O.), IoF (I.O. F), IO, LAT, UP, DIM."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, mid, m = fio(fake, rng, male)
        shape = rng.choice(shapes)
        L, F, M = (
            inflect(last, "last", m, case),
            inflect(first, "first", m, case),
            inflect(mid, "mid", m, case),
        )
        sp = rng.choice((" ", " ", ""))
        return {
            "FIO": f"{L} {F} {M}",
            "IOF": f"{F} {M} {L}",
            "FI": f"{L} {F}",
            "IF": f"{F} {L}",
            "F": L,
            "IO": f"{F} {M}",
            "FIo": f"{L} {first[0]}.{sp}{mid[0]}.",
            "IoF": f"{first[0]}.{sp}{mid[0]}. {L}",
            "Fi": f"{L} {first[0]}.",
            "LAT": f"{latin(first)} {latin(last)}"
            if rng.random() < 0.5
            else f"{latin(last).upper()} {latin(first)}",
            "UP": f"{last} {first} {mid}".upper(),
            "DIM": rng.choice(list(_DIM.values())) if rng.random() < 0.6 else first,
        }[shape]

    return make


# ----- dates ---------------------------------------------------------------------------------
def ymd(rng: random.Random, lo: int = 2024, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def hm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def date(*layouts: str, lo: int = 2024, hi: int = 2026):
    """Maker of a date; layouts below, ``lo``/``hi`` the years."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y, m, dd = ymd(rng, lo, hi)
        t = hm(rng)
        ocr = f"{dd:02d}.{m:02d}.{y}".replace("0", rng.choice("OО"), 1)
        return {
            "dot": f"{dd:02d}.{m:02d}.{y}",
            "dot2": f"{dd}.{m}.{y % 100:02d}",
            "dotg": f"{dd:02d}.{m:02d}.{y} г.",
            "dott": f"{dd:02d}.{m:02d}.{y} {t}",
            "dotvt": f"{dd:02d}.{m:02d}.{y}г. в {t}",
            "tdot": f"{t} {dd:02d}.{m:02d}.{y}",
            "words": f"{dd} {MONTHS_GENT[m - 1]} {y} г.",
            "wordsy": f"«{dd:02d}» {MONTHS_GENT[m - 1]} {y} года",
            "abbr": f"{dd} {MONTHS_ABBR[m - 1]} {y}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "isot": f"{y}-{m:02d}-{dd:02d}T{t}:{rng.randint(0, 59):02d}",
            "slash": f"{dd:02d}/{m:02d}/{y}",
            "roman": f"{dd}.{ROMAN[m - 1]}.{y}",
            "compact": f"{y}{m:02d}{dd:02d}",
            "monthy": f"{MONTHS_NOMN[m - 1]} {y}",
            "inmonth": f"{MONTHS_LOCT[m - 1]} {y} г.",
            "daymonth": f"{dd} {MONTHS_GENT[m - 1]}",
            "ddmm": f"{dd:02d}.{m:02d}",
            "ocr": ocr,
            "comma": f"{dd:02d},{m:02d}.{y}",
            "spaced": f"{dd:02d} .{m:02d}. {y}",
            "mmyy": f"{m:02d}/{y % 100:02d}",
        }[rng.choice(layouts)]

    return make


def date_pair(rng: random.Random, layout: str, max_days: int = 20) -> tuple[str, str]:
    """Start and end of a stay or a sick leave, in order."""
    y, m, dd = ymd(rng)
    start = datetime.datetime(y, m, dd, rng.randint(0, 23), rng.randint(0, 59))
    end = start + datetime.timedelta(days=rng.randint(1, max_days), minutes=rng.randint(-300, 300))

    def fmt(t: datetime.datetime) -> str:
        if layout == "dot2":
            return f"{t.day}.{t.month}.{t.year % 100:02d}"
        return t.strftime("%d.%m.%Y %H:%M" if layout == "dott" else "%d.%m.%Y")

    return fmt(start), fmt(end)


def birth(*layouts: str):
    return date(*layouts, lo=1931, hi=2008)


# ----- places --------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any, rng: random.Random) -> str:
    for _ in range(20):
        s = fake.street_title()
        if not any(c.isdigit() for c in s):
            break
    if rng.random() < 0.15:
        return rng.choice(("пр-т Мира", "Ленинский пр-т", "пер. Школьный", "б-р Победы", "Кольцевой проезд"))
    return f"{rng.choice(('ул.', 'ул.', 'улица', 'ул'))} {s}"


_DISTRICTS = (
    "Конаковский",
    "Зеленодольский",
    "Кстовский",
    "Ломоносовский",
    "Богородский",
    "Аксайский",
    "Сысертский",
    "Раменский",
    "Тосненский",
    "Новоусманский",
    "Чебаркульский",
    "Завьяловский",
)
_REGIONS = (
    "Тверская обл.",
    "Московская область",
    "Ленинградская обл.",
    "Нижегородская область",
    "Ростовская обл.",
    "Свердловская область",
    "Воронежская обл.",
    "Челябинская область",
    "Респ. Татарстан",
    "Удмуртская Республика",
    "Краснодарский край",
    "Пермский край",
)
_VILLAGES = (
    "Покровское",
    "Ивановка",
    "Никольское",
    "Берёзовка",
    "Сосновка",
    "Малиновка",
    "Горки",
    "Михайловка",
    "Лесной",
    "Заречье",
    "Вознесенское",
    "Каменка",
)
_SNT = ("Берёзка", "Рассвет", "Дружба", "Ромашка", "Энергетик", "Медик", "Строитель", "Ветеран")


def house(rng: random.Random, flat: bool = True) -> str:
    h = rng.choice(
        (
            f"д. {rng.randint(1, 160)}",
            f"д.{rng.randint(1, 90)}",
            f"дом {rng.randint(1, 60)}",
            f"{rng.randint(1, 120)}",
        )
    )
    h += rng.choice(
        (
            "",
            "",
            f", корп. {rng.randint(1, 5)}",
            f" к.{rng.randint(1, 4)}",
            f", стр. {rng.randint(1, 3)}",
            f", лит. {rng.choice('АБВ')}",
            f"/{rng.randint(1, 9)}",
        )
    )
    if flat and rng.random() < 0.7:
        h += rng.choice(
            (f", кв. {rng.randint(1, 320)}", f", кв.{rng.randint(1, 200)}", f" - {rng.randint(1, 150)}")
        )
    return h


def address(*layouts: str):
    """Maker of a person's address (urban, rural, SNT, microdistrict, reversed, index first/last)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        idx, reg, dist = fake.postcode(), rng.choice(_REGIONS), rng.choice(_DISTRICTS)
        city, st, vil = town(fake), street(fake, rng), rng.choice(_VILLAGES)
        settle = rng.choice(("д.", "с.", "пос.", "пгт", "дер.", "село"))
        return {
            "city": f"г. {city}, {st}, {house(rng)}",
            "cityidx": f"{idx}, г. {city}, {st}, {house(rng)}",
            "idxlast": f"{reg}, г. {city}, {st}, {house(rng)}, {idx}",
            "rural": f"{reg}, {dist} р-н, {settle} {vil}, {st}, {house(rng, False)}",
            "ruralfull": f"{idx}, {reg}, {dist} район, {settle} {vil}, д. {rng.randint(1, 80)}",
            "snt": f"{reg}, {dist} р-н, СНТ «{rng.choice(_SNT)}», уч. {rng.randint(1, 400)}",
            "mkr": f"г. {city}, мкр. {rng.choice(('Северный', 'Южный', 'Солнечный', '3-й', 'Юбилейный'))}, "
            f"д. {rng.randint(1, 40)}, кв. {rng.randint(1, 180)}",
            "rev": f"кв. {rng.randint(1, 200)}, д. {rng.randint(1, 90)}, {st}, г. {city}",
            "short": f"{city}, {st.split(' ', 1)[-1] if st.startswith('ул') else st} {rng.randint(1, 99)}-{rng.randint(1, 150)}",
            "nocity": f"{st}, {house(rng)}",
            "upper": f"{idx} {reg} Г. {city} {st} {house(rng)}".upper(),
            "town": city,
            "village": f"{settle} {vil} {dist[:-2]}ого р-на",
        }[rng.choice(layouts)]

    return make


# ----- contacts ------------------------------------------------------------------------------
def phone(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        op = rng.choice(("903", "905", "909", "910", "915", "916", "926", "950", "960", "977", "985", "999"))
        a, b, c = d(rng, 3), d(rng, 2), d(rng, 2)
        city = rng.choice(("4822", "8312", "3433", "4732", "8632", "3452"))
        return {
            "plus": f"+7 ({op}) {a}-{b}-{c}",
            "eight": f"8-{op}-{a}-{b}-{c}",
            "solid": f"8{op}{a}{b}{c}",
            "plussolid": f"+7{op}{a}{b}{c}",
            "spaces": f"+7 {op} {a} {b} {c}",
            "city": f"8 ({city}) {d(rng, 2)}-{b}-{c}",
            "moscow": f"(495) {a}-{b}-{c}",
            "ext": f"8 (800) {a}-{b}-{c} доб. {d1(rng, 3)}",
            "by": f"+375 (29) {a}-{b}-{c}",
            "uz": f"+998 90 {a} {b} {c}",
            "tj": f"+992 {d1(rng, 2)} {a} {d(rng, 4)}",
            "de": f"+49 30 {d1(rng, 7)}",
            "short": f"{a}-{b}-{c}",
        }[rng.choice(layouts)]

    return make


def email(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return fake.free_email() if rng.random() < 0.7 else fake.email()


# ----- identifiers with checksums --------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    body = f"{rng.randint(2_000_000, 999_999_999):09d}"
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s > 101:
        s %= 101
    return body + ("00" if s in (100, 101) else f"{s:02d}")


def snils(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = snils_digits(rng)
        return {
            "std": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",
            "dash": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
            "sp": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
            "solid": v,
            "dots": f"{v[:3]}.{v[3:6]}.{v[6:9]} {v[9:]}",
        }[rng.choice(layouts)]

    return make


def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11 % 10)


def inn12(rng: random.Random) -> str:
    v = f"{rng.randint(1, 89):02d}{d(rng, 8)}"
    v += _inn_digit(v, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    return v + _inn_digit(v, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))


def inn10(rng: random.Random) -> str:
    """An organisation's INN (look-alike, never marked)."""
    v = f"{rng.randint(10, 79)}{d(rng, 7)}"
    return v + _inn_digit(v, (2, 4, 10, 3, 5, 9, 4, 6, 8))


def inn(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = inn12(rng)
        return {
            "solid": v,
            "sp": f"{v[:4]} {v[4:10]} {v[10:]}",
            "dash": f"{v[:2]}-{v[2:4]}-{v[4:10]}-{v[10:]}",
        }[rng.choice(layouts)]

    return make


def enp(rng: random.Random) -> str:
    """16-digit unified OMS policy number; check digit by the FFOMS rule (odd/even positions from the right)."""
    body = rng.choice(("77", "50", "69", "52", "78", "66", "16", "61")) + d(rng, 13)
    rev = body[::-1]
    odd, even = rev[0::2], rev[1::2]
    num = even + str(int(odd) * 2)
    s = sum(int(c) for c in num)
    return body + str((10 - s % 10) % 10)


def oms(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = enp(rng)
        return {
            "solid": v,
            "four": " ".join(v[i : i + 4] for i in range(0, 16, 4)),
            "dash": f"{v[:6]}-{v[6:10]}-{v[10:]}",
            "old": f"{rng.choice(('ТВО', 'МОС', 'ЛО', 'НЖО'))} {d1(rng, 9)}",
        }[rng.choice(layouts)]

    return make


def passport(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, n = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", d1(rng, 6)
        return {
            "sp": f"{s[:2]} {s[2:]} {n}",
            "four": f"{s} {n}",
            "no": f"{s} № {n}",
            "solid": s + n,
            "dash": f"{s}-{n}",
        }[rng.choice(layouts)]

    return make


def series_number(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d} {rng.randint(0, 25):02d}", d1(rng, 6)
