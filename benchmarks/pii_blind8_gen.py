"""Value generators for the blind8 split: names in all cases, dates, phones, addresses, identifiers.

Written independently of the recognizers; checksums are computed here from the published rules.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSH = "жшчщц"
_VELAR = "гкхжшчщ"


def D(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ----- names -----------------------------------------------------------------------------------
def _surname(s: str, case: str, female: bool) -> str:
    if case == "nomn":
        return s
    if female:
        if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + ("у" if case == "accs" else "ой")
        if s.endswith(("ская", "цкая")):
            return s[:-2] + ("ую" if case == "accs" else "ой")
        return s
    if s.endswith(("ский", "цкий")):
        return s[:-2] + {"gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
    if s[-1] in "оиуыэеюя" or s.endswith(("ых", "их", "ко")):
        return s
    return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]


def _first(s: str, case: str, female: bool) -> str:
    if case == "nomn":
        return s
    if s.endswith("ия"):
        return s[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if s.endswith("а"):
        soft = s[-2] in _VELAR
        return (
            s[:-1]
            + {
                "gent": "и" if soft else "ы",
                "datv": "е",
                "accs": "у",
                "ablt": "ей" if s[-2] in _HUSH else "ой",
                "loct": "е",
            }[case]
        )
    if s.endswith("я"):
        return s[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if female:
        return s
    if s.endswith(("й", "ь")):
        return s[:-1] + {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]


def _patr(s: str, case: str) -> str:
    if case == "nomn":
        return s
    if s.endswith("на"):
        return s[:-1] + {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}[case]
    return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]


def raw_person(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


_DIMIN = {
    "Александр": "Саша",
    "Александра": "Саша",
    "Алексей": "Лёша",
    "Анастасия": "Настя",
    "Анна": "Аня",
    "Владимир": "Вова",
    "Дмитрий": "Дима",
    "Евгений": "Женя",
    "Екатерина": "Катя",
    "Елена": "Лена",
    "Иван": "Ваня",
    "Мария": "Маша",
    "Михаил": "Миша",
    "Наталья": "Наташа",
    "Николай": "Коля",
    "Ольга": "Оля",
    "Сергей": "Серёжа",
    "Татьяна": "Таня",
    "Юрий": "Юра",
    "Павел": "Паша",
}

_LAT = dict(
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
    out = "".join(_LAT.get(c.lower(), c) if c.lower() in _LAT else c for c in s)
    return out[:1].upper() + out[1:]


def name_shape(
    rng: random.Random, fake: Any, shape: str, case: str = "nomn", female: bool | None = None
) -> str:
    """F surname, I first, O patronymic, i/o initials; 'd' diminutive; 'L' Latin 'SURNAME Firstname'."""
    f, i, o, fem = raw_person(rng, fake, female)
    if shape == "d":
        return _first(_DIMIN.get(i, i), case, fem)
    if shape == "L":
        return rng.choice(
            (
                f"{translit(f).upper()} {translit(i)}",
                f"{translit(i)} {translit(f)}",
                f"{translit(f)}, {translit(i)} {translit(o)[:1]}.",
            )
        )
    parts = {
        "F": _surname(f, case, fem),
        "I": _first(i, case, fem),
        "O": _patr(o, case),
        "i": i[0] + ".",
        "o": o[0] + ".",
    }
    out = []
    for tok in shape.split(" "):
        out.append("".join(parts[c] for c in tok))
    return " ".join(out)


def person(*shapes: str, female: bool | None = None) -> Maker:
    """A frame slot may fix the gender the sentence needs: "{gent_f}", "{ablt_m}"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        fem = female
        if case.endswith(("_f", "_m")):
            case, fem = case[:-2], case.endswith("_f")
        return name_shape(rng, fake, rng.choice(shapes), case, fem)

    return make


# ----- dates -----------------------------------------------------------------------------------
def _ymd(rng: random.Random, lo: int = 1940, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_str(rng: random.Random, layout: str, lo: int = 1940, hi: int = 2026) -> str:
    y, m, d = _ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return {
        "dmy": f"{d:02d}.{m:02d}.{y}",
        "dmy_short": f"{d}.{m}.{y % 100:02d}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "dmy_dash": f"{d:02d}-{m:02d}-{y}",
        "dmy_sp": f"{d:02d} {m:02d} {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
        "hl7": f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}",
        "ymd8": f"{y}{m:02d}{d:02d}",
        "words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
        "words_noyr": f"{d} {MONTHS_GENT[m - 1]}",
        "words_goda": f"{d} {MONTHS_GENT[m - 1]} {y} года",
        "words_q": f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г.",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "month_yr": f"{MONTHS_NOMN[m - 1]} {y} г.",
        "month_loct": f"{MONTHS_LOCT[m - 1]} {y} г.",
        "mm_yyyy": f"{m:02d}.{y}",
        "dm": f"{d:02d}.{m:02d}",
        "dmy_time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        "dmy_v_time": f"{d:02d}.{m:02d}.{y} в {hh:02d}.{mm:02d}",
        "time_dmy": f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{y % 100:02d}",
        "dmy_g": f"{d:02d}.{m:02d}.{y}г.",
        "ocr": f"{d:02d}.{m:02d}.{y}".replace("0", "О", 1).replace("1", "l", 1),
        "typo": f"{d:02d},{m:02d}.{y}",
        "dmy_sp2": f"{d:02d}. {m:02d}. {y}",
        "us": f"{MONTHS_EN[m - 1]} {d}, {y}",
    }[layout]


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date(*layouts: str, lo: int = 1940, hi: int = 2026) -> Maker:
    return lambda rng, fake, case: date_str(rng, rng.choice(layouts), lo, hi)


# ----- phones ----------------------------------------------------------------------------------
_CODES = ("3452", "4212", "8172", "3812", "4922", "8452", "3532", "4862", "8142", "3466")


def phone_str(rng: random.Random, layout: str) -> str:
    op = rng.choice(("9", "9", "9")) + D(rng, 2)
    a, b, c = D(rng, 3), D(rng, 2), D(rng, 2)
    code = rng.choice(_CODES)
    return {
        "p7": f"+7 ({op}) {a}-{b}-{c}",
        "p7_sp": f"+7 {op} {a} {b} {c}",
        "p7_flat": f"+7{op}{a}{b}{c}",
        "p8_dash": f"8-{op}-{a}-{b}-{c}",
        "p8_flat": f"8{op}{a}{b}{c}",
        "p8_br": f"8({op}){a}{b}{c}",
        "p8_dot": f"8.{op}.{a}.{b}.{c}",
        "city": f"8 ({code}) {D(rng, 2)}-{b}-{c}",
        "city_ext": f"8 ({code}) {D(rng, 2)}-{b}-{c} доб. {D(rng, 3)}",
        "local": f"{D(rng, 2)}-{b}-{c}",
        "by": f"+375 (29) {a}-{b}-{c}",
        "uz": f"+998 90 {a} {b} {c}",
        "kz": f"+7 (701) {a} {b} {c}",
        "de": f"+49 30 {D(rng, 7)}",
        "tj": f"+992-93-{a}-{b}-{c}",
    }[layout]


def phone(*layouts: str) -> Maker:
    return lambda rng, fake, case: phone_str(rng, rng.choice(layouts))


def email() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        f, i, _, _ = raw_person(rng, fake)
        user = rng.choice(
            (
                fake.user_name(),
                f"{translit(f).lower()}.{translit(i).lower()[:1]}",
                f"{translit(i).lower()}_{translit(f).lower()}{rng.randint(60, 99)}",
            )
        )
        return f"{user}@" + rng.choice(
            ("mail.ru", "yandex.ru", "bk.ru", "list.ru", "gmail.com", "inbox.ru", "rambler.ru", "ya.ru")
        )

    return make


def url() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        u = fake.user_name()
        return rng.choice(
            (
                f"https://vk.com/{u}",
                f"vk.com/id{D(rng, 9)}",
                f"https://t.me/{u}",
                f"https://ok.ru/profile/{D(rng, 12)}",
                f"https://disk.yandex.ru/d/{D(rng, 4)}Xq{u[:4]}",
                f"http://{u}.narod.ru",
                f"https://cloud.mail.ru/public/{D(rng, 4)}/{u}",
            )
        )

    return make


# ----- places ----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any, rng: random.Random) -> str:
    t = fake.street_title()
    return rng.choice((f"ул. {t}", f"ул.{t}", f"улица {t}", f"пр-т {t}", f"пер. {t}", f"{t} ул.", f"б-р {t}"))


def region(fake: Any) -> str:
    return fake.region()


DISTRICTS = (
    "Пригородный",
    "Заречный",
    "Октябрьский",
    "Первомайский",
    "Советский",
    "Ленинский",
    "Кировский",
    "Тюменский",
    "Исетский",
    "Ярковский",
    "Раменский",
    "Одинцовский",
    "Ломоносовский",
    "Аксайский",
)
SNT = ("Рябинка", "Дружба", "Мичуринец", "Строитель", "Восход", "Черёмушки", "Энергетик", "Ветеран")


def address_str(rng: random.Random, fake: Any, layout: str) -> str:
    h, fl = fake.building_number(), str(rng.randint(1, 240))
    st, tw, ix = street(fake, rng), town(fake), fake.postcode()
    t2 = fake.street_title()
    return {
        "urban": f"г. {tw}, {st}, д. {h}, кв. {fl}",
        "urban_short": f"{tw}, {st} {h}-{fl}",
        "index_first": f"{ix}, {region(fake)}, г. {tw}, {st}, д.{h}, корп. {rng.randint(1, 5)}, кв.{fl}",
        "index_last": f"{st}, д. {h}, стр. {rng.randint(1, 4)}, кв. {fl}, г. {tw}, {ix}",
        "rural": f"{region(fake)}, {rng.choice(DISTRICTS)} р-н, с. {tw}, {st}, д. {h}",
        "village": f"д. {tw}, ул. {t2}, {h}",
        "snt": f"СНТ «{rng.choice(SNT)}», уч. {rng.randint(1, 300)}, {rng.choice(DISTRICTS)} р-н",
        "mkr": f"мкр. {t2}, д. {h}, кв. {fl}, г. {tw}",
        "litera": f"г. {tw}, {st}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}",
        "reversed": f"кв. {fl}, д. {h}, {st}, г. {tw}, {region(fake)}",
        "caps": f"{tw.upper()}, {st.upper()}, Д.{h}, КВ.{fl}",
        "posyolok": f"пгт {tw}, {st}, д. {h}, кв. {fl}",
        "obsch": f"г. {tw}, {st}, д. {h}, ком. {fl} (общежитие)",
    }[layout]


def address(*layouts: str) -> Maker:
    return lambda rng, fake, case: address_str(rng, fake, rng.choice(layouts))


def place(rng: random.Random, fake: Any) -> str:
    """A bare settlement name (to be marked) for 'проживает в г. X' prose."""
    return town(fake)
