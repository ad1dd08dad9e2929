"""Value generators for the blind21 split: names with case forms, dates, phones, addresses, ids."""

from __future__ import annotations

import random
from typing import Any

GENT = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
NOMN = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
ABBR = ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек.")
LATN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# (surname, first, patronymic, male) of peoples of Russia and the CIS
CIS = (
    ("Хабибуллин", "Рустам", "Ильдарович", True),
    ("Гарипова", "Альфия", "Рашитовна", False),
    ("Юсупов", "Ильнур", "Фаритович", True),
    ("Кадыров", "Магомед", "Ахмедович", True),
    ("Абдуллаева", "Патимат", "Магомедовна", False),
    ("Нурмагомедов", "Шамиль", "Гаджиевич", True),
    ("Жумабаев", "Ержан", "Серикович", True),
    ("Ахметова", "Айгерим", "Болатовна", False),
    ("Каримов", "Шерзод", "Улугбекович", True),
    ("Рахимова", "Дилноза", "Акмаловна", False),
    ("Назаров", "Фарход", "Саидович", True),
    ("Мамытов", "Бакыт", "Асанович", True),
    ("Саргсян", "Арам", "Ашотович", True),
    ("Петросян", "Анаит", "Гагиковна", False),
    ("Беридзе", "Георгий", "Давидович", True),
    ("Гелашвили", "Нино", "Зурабовна", False),
    ("Алиев", "Эльчин", "Рауфович", True),
    ("Гусейнова", "Севиндж", "Ильхамовна", False),
    ("Саввинов", "Айаал", "Николаевич", True),
    ("Дамбаева", "Сэсэг", "Баировна", False),
    ("Цыренов", "Баир", "Доржиевич", True),
    ("Ковальчук", "Тарас", "Богданович", True),
    ("Лукашевич", "Янина", "Степановна", False),
    ("Морару", "Ион", "Васильевич", True),
)


def person_parts(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    if rng.random() < 0.35:
        return rng.choice(CIS)
    male = rng.random() < 0.5
    if male:
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), True
    return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), False


_MS = {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}  # -ов/-ин surnames
_FS = {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой"}  # -ова/-ина
_ADJ_M = {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}  # -ский
_ADJ_F = {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой"}  # -ская
_A = {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}
_YA = {"gent": "и", "datv": "е", "ablt": "ей", "loct": "е"}
_CONS = {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def decline(word: str, case: str, male: bool, kind: str) -> str:
    """Rough declension of a name part; kind is 'f' (surname), 'i' (first) or 'o' (patronymic)."""
    if case == "nomn":
        return word
    w = word
    if kind == "f":
        if w.endswith(("ский", "цкий")):
            return w[:-2] + _ADJ_M[case]
        if w.endswith(("ская", "цкая")):
            return w[:-2] + _ADJ_F[case]
        if male and w.endswith(("ов", "ев", "ин", "ын", "ёв")):
            return w + ("ым" if case == "ablt" else _MS[case])
        if not male and w.endswith(("ова", "ева", "ина", "ына")):
            return w[:-1] + _FS[case]
        if male and w.endswith(("ук", "юк", "ич", "ок", "ер", "ан", "ец")) and not w.endswith("ян"):
            return w + ("ем" if case == "ablt" and w.endswith("ич") else _CONS[case])
        return w  # -ян, -дзе, -швили, -у, feminine consonant: indeclinable
    if kind == "o":
        if male:
            return w + ("ем" if case == "ablt" else _CONS[case])
        return w[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]
    if w.endswith("ия"):
        return w[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if w.endswith("я"):
        return w[:-1] + _YA[case]
    if w.endswith("а"):
        if case == "gent" and w[-2] in "жшчщкгх":
            return w[:-1] + "и"
        return w[:-1] + _A[case]
    if w.endswith("й"):
        return w[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if w.endswith("ь"):
        return w[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if male and w[-1] not in "аеёиоуыэюя":
        return w + ("ем" if case == "ablt" and w[-1] in "жшчщц" else _CONS[case])
    return w


def name(rng: random.Random, fake: Any, shape: str, case: str = "nomn") -> str:
    """shape: 'FIO', 'IOF', 'F I.O.', 'I.O. F', 'F', 'IO', 'IF', 'F I.', 'LAT'."""
    f, i, o, male = person_parts(rng, fake)
    sur, fst, pat = decline(f, case, male, "f"), decline(i, case, male, "i"), decline(o, case, male, "o")
    if shape == "FIO":
        return f"{sur} {fst} {pat}"
    if shape == "IOF":
        return f"{fst} {pat} {sur}"
    if shape == "F I.O.":
        return f"{sur} {i[0]}.{o[0]}."
    if shape == "F I. O.":
        return f"{sur} {i[0]}. {o[0]}."
    if shape == "I.O. F":
        return f"{i[0]}.{o[0]}. {sur}"
    if shape == "F":
        return sur
    if shape == "IO":
        return f"{fst} {pat}"
    if shape == "IF":
        return f"{fst} {sur}"
    if shape == "F I.":
        return f"{sur} {i[0]}."
    if shape == "UPPER":
        return f"{f.upper()} {i.upper()} {o.upper()}"
    if shape == "LAT":
        return f"{translit(f)} {translit(i)}"
    raise ValueError(shape)


_TR = dict(
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


def translit(word: str) -> str:
    """ICAO Doc 9303 transliteration as in Russian foreign passports."""
    out = "".join(_TR.get(c.lower(), c) for c in word)
    return out.capitalize()


def ymd(rng: random.Random, lo: int = 1940, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, layout: str, lo: int = 1940, hi: int = 2026) -> str:
    y, m, d = ymd(rng, lo, hi)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    table = {
        "gost": f"{d:02d}.{m:02d}.{y}",  # ГОСТ Р 7.0.97: ДД.ММ.ГГГГ
        "gost_words": f"{d} {GENT[m - 1]} {y} г.",  # ГОСТ Р 7.0.97 словесно-цифровой
        "gost_words_noyear_g": f"{d} {GENT[m - 1]} {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_basic": f"{y}{m:02d}{d:02d}",
        "iso_dt": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}",
        "iso_dtz": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+03:00",
        "iso_utc": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}Z",
        "iso_week": f"{y}-W{rng.randint(1, 52):02d}-{rng.randint(1, 7)}",
        "iso_ord": f"{y}-{rng.randint(1, 365):03d}",
        "iso_ym": f"{y}-{m:02d}",
        "hl7": f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}",
        "short": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "month_year": f"{NOMN[m - 1]} {y} г.",
        "day_month": f"{d} {GENT[m - 1]}",
        "abbr": f"{d} {ABBR[m - 1]} {y} г.",
        "gost_time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
        "gost_time_v": f"{d:02d}.{m:02d}.{y} в {hh:02d}:{mi:02d}",
        "words_time": f"{d} {GENT[m - 1]} {y} г. в {hh} ч {mi:02d} мин",
        "latin": f"{d:02d}-{LATN[m - 1]}-{y}",
        "roman": f"{d}.{('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII')[m - 1]}.{y}",
        "ocr": f"{d:02d}.{m:02d}.{y}".replace("0", "O", 1).replace("1", "l", 1),
        "spaced": f"{d:02d} . {m:02d} . {y}",
    }
    return table[layout]


_MOB = ("900", "903", "905", "909", "910", "915", "916", "921", "926", "950", "960", "977", "985", "999")
_CITY = (("495", 7), ("812", 7), ("843", 7), ("3452", 6), ("4012", 6), ("8172", 6), ("34573", 5))


def _n(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def phone(rng: random.Random, layout: str) -> str:
    a, s = rng.choice(_MOB), _n(rng, 7)
    code, k = rng.choice(_CITY)
    c = _n(rng, k)
    table = {
        "e164": f"+7{a}{s}",
        "intl": f"+7 {a} {s[:3]}-{s[3:5]}-{s[5:]}",
        "nat8": f"8 ({a}) {s[:3]}-{s[3:5]}-{s[5:]}",
        "nat8_plain": f"8{a}{s}",
        "dots": f"8.{a}.{s[:3]}.{s[3:5]}.{s[5:]}",
        "city": f"+7 ({code}) {c[:-4]}-{c[-4:-2]}-{c[-2:]}",
        "city_local": f"{c[:-4]}-{c[-4:-2]}-{c[-2:]}",
        "ext": f"+7 ({code}) {c[:-4]}-{c[-4:-2]}-{c[-2:]}, доб. {rng.randint(100, 9999)}",
        "rfc3966": f"tel:+7-{a}-{s[:3]}-{s[3:5]}-{s[5:]}",
        "kz": f"+7 7{rng.randint(0, 7)}{rng.randint(0, 9)} {s[:3]} {s[3:5]} {s[5:]}",
        "by": f"+375 (29) {s[:3]}-{s[3:5]}-{s[5:]}",
        "uz": f"+998 9{rng.randint(0, 9)} {s[:3]}-{s[3:5]}-{s[5:]}",
        "tj": f"+992 9{rng.randint(0, 9)} {s[:3]} {s[3:]}",
        "kg": f"+996 (55{rng.randint(0, 9)}) {s[:3]}-{s[3:6]}",
        "am": f"+374 9{rng.randint(1, 9)} {s[:6]}",
        "az": f"+994 50 {s[:3]} {s[3:5]} {s[5:]}",
        "ge": f"+995 5{rng.randint(50, 99)} {s[:2]} {s[2:4]} {s[4:6]}",
        "md": f"+373 69{s[:6]}",
        "intl00": f"00 7 {a} {s}",
    }
    return table[layout]


def snils_digits(rng: random.Random) -> str:
    while True:
        body = _n(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(d) * (9 - i) for i, d in enumerate(body))
    while s > 101:
        s %= 101
    check = 0 if s in (100, 101) else s
    return body + f"{check:02d}"


def snils(rng: random.Random, layout: str) -> str:
    v = snils_digits(rng)
    return {
        "card": f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}",  # страховое свидетельство / АДИ-РЕГ
        "dashes": f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}",
        "plain": v,
        "spaces": f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
    }[layout]


def inn12(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(10)]
    d[0], d[1] = rng.choice([(7, 7), (5, 0), (1, 6), (6, 6), (0, 2), (5, 4)])
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w2, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def inn10_org(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def enp(rng: random.Random) -> str:
    """Единый номер полиса: 15 digits + check digit (приказ ФФОМС, алгоритм контрольной цифры)."""
    body = _n(rng, 15)
    rev = body[::-1]  # positions from the right, 1-based
    odd = rev[0::2]
    even = rev[1::2]
    doubled = str(int(odd) * 2)
    total = sum(map(int, doubled)) + sum(map(int, even))
    return body + str((10 - total % 10) % 10)


def enp_fmt(rng: random.Random, layout: str) -> str:
    v = enp(rng)
    return {
        "plain": v,
        "quads": f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}",
        "dashes": f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}",
        "old": rng.choice(["ЯБ", "КМ", "77", "ТЕ"])
        + rng.choice([" ", "-", " № "])
        + _n(rng, rng.choice([6, 8, 10])),
    }[layout]


def passport(rng: random.Random) -> tuple[str, str]:
    region = rng.choice(["45", "40", "46", "92", "65", "03", "60", "36", "52", "71"])
    return region + f"{rng.randint(0, 26):02d}", f"{rng.randint(100000, 999999)}"


def passport_fmt(rng: random.Random, layout: str) -> str:
    s, n = passport(rng)
    return {
        "page": f"{s[:2]} {s[2:]} {n}",  # as printed on the booklet
        "no": f"{s} № {n}",
        "plain": s + n,
        "dash": f"{s}-{n}",
        "mrz_like": f"{s[:2]} {s[2:]} №{n}",
    }[layout]


def mrn(rng: random.Random, layout: str) -> str:
    y = rng.randint(2015, 2026)
    return {
        "ib": f"{rng.randint(1, 39999)}/{y % 100:02d}",
        "ib_dash": f"{rng.randint(100, 9999)}-{y}",
        "amb": f"{rng.choice(['А', 'Т', 'ТП'])}-{rng.randint(1000, 99999)}",
        "emk": f"ЭМК-{_n(rng, 10)}",
        "mis": f"{_n(rng, 12)}",
        "hl7_mrn": f"{rng.randint(100000, 9999999)}",
        "dicom": f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{rng.randint(1000, 9999)}.{_n(rng, 8)}",
        "acc": f"ACC{y}{_n(rng, 6)}",
        "lab": f"{y % 100:02d}{rng.randint(1, 12):02d}{_n(rng, 5)}",
        "eln": _n(rng, 12),  # электронный листок нетрудоспособности: 12 digits
        "recipe": f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{_n(rng, 7)}",
        "ref": f"{rng.randint(10, 999)}-{_n(rng, 6)}",
        "call": f"{rng.randint(1, 999)}/{rng.randint(1, 99)}",
        "cert": f"{rng.randint(10, 99)} {_n(rng, 9)}",  # свидетельство о смерти: серия + номер
        "dental": f"С-{rng.randint(1, 9999)}",
    }[layout]


def address(rng: random.Random, fake: Any, layout: str) -> str:
    town = fake.city_name().split(" (")[0]
    street = fake.street_title()
    rayon = rng.choice(["Кукморский", "Шалинский", "Мегино-Кангаласский", "Ивнянский", "Тарбагатайский"])
    region = fake.region()
    idx = f"{rng.randint(101, 692)}{_n(rng, 3)}"
    h, fl = rng.randint(1, 150), rng.randint(1, 300)
    k = rng.randint(1, 6)
    vil = rng.choice(["Ивановка", "Берёзовка", "Сосновка", "Никольское", "Кукмор", "Верхние Татышлы", "Шали"])
    return {
        "post": f"{idx}, {region}, г. {town}, ул. {street}, д. {h}, кв. {fl}",  # Почта России: index first
        "post_rev": f"ул. {street}, д. {h}, кв. {fl}, г. {town}, {region}, {idx}",
        "fias": f"Российская Федерация, {region}, г.о. {town}, г. {town}, ул. {street}, д. {h}, кв. {fl}",
        "gar_abbr": f"{region}, м.р-н {rayon}, с.п. {vil}, с. {vil}, ул. {street}, д. {h}",
        "korp": f"г. {town}, ул. {street}, д. {h}, корп. {k}, кв. {fl}",
        "str": f"г. {town}, {street} ул., д. {h}, стр. {k}, кв. {fl}",
        "lit": f"г. Санкт-Петербург, ул. {street}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}",
        "mkr": f"г. {town}, мкр. {rng.choice(['Северный', 'Солнечный', '3-й'])}, д. {h}, кв. {fl}",
        "snt": f"{region}, {rayon} р-н, СНТ «{rng.choice(['Ромашка', 'Рассвет', 'Дружба'])}», уч. {h}",
        "village": f"д. {vil}, ул. {street}, д. {h}",
        "compact": f"{town}, {street} {h}-{fl}",
        "town": town,
        "latin": f"{translit(street)} str. {h}, apt. {fl}, {translit(town)}, Russia",
    }[layout]


def email(rng: random.Random, fake: Any) -> str:
    f, i, _, _ = person_parts(rng, fake)
    local = rng.choice(
        [
            f"{translit(i).lower()}.{translit(f).lower()}",
            f"{translit(f).lower()}{rng.randint(60, 99)}",
            f"{translit(i)[0].lower()}_{translit(f).lower()}",
        ]
    )
    return (
        local
        + "@"
        + rng.choice(["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "list.ru", "inbox.ru", "ya.ru"])
    )
