"""Value generators for the blind24 split (foreigners, migrants, multilingual records).

Written independently: own checksums, own name pools and inflection, own formats. All randomness
comes from the ``rng`` and Faker("ru_RU") passed in.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import Planted

R = random.Random
PER, DAT, LOC, PHO = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
EML, URLT, SNI, INNT = "EMAIL_ADDRESS", "URL", "RU_SNILS", "RU_INN"
PAS, OMS, MRN = "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


class Doc:
    """Text assembled piece by piece; ``v`` adds a gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def dg(rng: R, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def dg1(rng: R, n: int) -> str:
    return rng.choice("123456789") + dg(rng, n - 1)


# ----- checksums (own implementation) -------------------------------------------------------
def snils_digits(rng: R) -> str:
    while True:
        body = dg(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        cs = s
    elif s in (100, 101):
        cs = 0
    else:
        cs = s % 101
        cs = 0 if cs == 100 else cs
    return body + f"{cs:02d}"


def snils(rng: R) -> str:
    d = snils_digits(rng)
    lay = rng.choice(
        ("{0}-{1}-{2} {3}", "{0}-{1}-{2}-{3}", "{0}{1}{2}{3}", "{0} {1} {2} {3}", "{0}-{1}-{2} {3}")
    )
    return lay.format(d[:3], d[3:6], d[6:9], d[9:])


def inn12_digits(rng: R) -> str:
    body = rng.choice(("77", "50", "78", "66", "16", "23", "54", "02", "63", "24")) + dg(rng, 8)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(c2)


def inn12(rng: R) -> str:
    d = inn12_digits(rng)
    lay = rng.choice(("plain", "plain", "sp", "dash"))
    if lay == "sp":
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    if lay == "dash":
        return f"{d[:2]}-{d[2:4]}-{d[4:10]}-{d[10:]}"
    return d


def enp_digits(rng: R) -> str:
    """16-digit ENP: 15 digits + control digit (FFOMS rule: odd-from-right digits as a number x2,
    even-from-right digits as a number prepended, digit sum, complement to the next multiple of 10)."""
    body = dg1(rng, 15)
    rev = body[::-1]
    odd = rev[0::2][::-1]
    even = rev[1::2][::-1]
    num = even + str(int(odd) * 2)
    s = sum(int(c) for c in num)
    return body + str((10 - s % 10) % 10)


def oms(rng: R) -> str:
    d = enp_digits(rng)
    lay = rng.choice(("plain", "plain", "4x4", "dash4", "6-10"))
    if lay == "4x4":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if lay == "dash4":
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))
    if lay == "6-10":
        return f"{d[:6]} {d[6:]}"
    return d


def passport_parts(rng: R) -> tuple[str, str]:
    ser = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}"
    return ser, dg1(rng, 6)


def passport(rng: R) -> str:
    s, n = passport_parts(rng)
    return rng.choice(
        (f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s}№{n}", f"{s}{n}", f"{s[:2]} {s[2:]} № {n}")
    )


# ----- names --------------------------------------------------------------------------------
CIS_SUR = (
    "Каримов",
    "Юсупов",
    "Рахимов",
    "Турсунов",
    "Абдуллаев",
    "Назаров",
    "Исмоилов",
    "Сатторов",
    "Жумабеков",
    "Эргашев",
    "Холматов",
    "Мирзоев",
    "Бобоев",
    "Шарипов",
    "Алиев",
    "Мамедов",
    "Гасанов",
    "Оруджев",
    "Асанов",
    "Токтогулов",
    "Саргсян",
    "Петросян",
    "Беридзе",
    "Кадыров",
)
CIS_M = (
    "Рустам",
    "Алишер",
    "Бахтиёр",
    "Шерзод",
    "Фаррух",
    "Джамшед",
    "Умид",
    "Санжар",
    "Нурлан",
    "Азамат",
    "Дилшод",
    "Икром",
    "Тимур",
    "Эльдар",
    "Арман",
    "Гурген",
    "Ислам",
    "Бекзод",
)
CIS_F = (
    "Дилноза",
    "Гульнара",
    "Мадина",
    "Зарина",
    "Нилуфар",
    "Шахноза",
    "Айгерим",
    "Малика",
    "Феруза",
    "Лейла",
    "Гаянэ",
    "Асель",
    "Камила",
    "Севара",
)
CIS_PAT = ("Алишер", "Рахмат", "Баходир", "Ахмед", "Равшан", "Шавкат", "Нурлан", "Тимур", "Азиз", "Умар")
UNDECL = (  # (surname, first, female) : non-declining foreign names, Cyrillic
    ("Ван", "Лэй", False),
    ("Чжан", "Вэй", False),
    ("Ли", "На", True),
    ("Лю", "Ян", False),
    ("Нгуен", "Тхи Лан", True),
    ("Чен", "Сяомин", True),
    ("Мюллер", "Анна", True),
    ("Гарсия", "Мария", True),
    ("Дюбуа", "Пьер", False),
    ("Диалло", "Амаду", False),
    ("Окафор", "Обинна", False),
    ("Менса", "Кофи", False),
    ("Шарма", "Прия", True),
    ("Йылмаз", "Мехмет", False),
    ("Демир", "Айше", True),
    ("Ким", "Мин Чжун", False),
    ("Россо", "Джулия", True),
    ("Эль-Масри", "Ахмед", False),
    ("Аль-Хашими", "Юсеф", False),
    ("Бертье", "Клэр", True),
    ("Кумар", "Раджеш", False),
)
LATIN = (
    ("WANG", "LEI"),
    ("ZHANG", "WEI"),
    ("NGUYEN", "THI LAN"),
    ("MUELLER", "ANNA"),
    ("GARCIA", "MARIA"),
    ("DIALLO", "AMADOU"),
    ("OKAFOR", "OBINNA"),
    ("YILMAZ", "MEHMET"),
    ("SHARMA", "PRIYA"),
    ("KIM", "MIN JUNG"),
    ("EL-MASRY", "AHMED"),
    ("SMITH", "JOHN"),
    ("DUBOIS", "PIERRE"),
    ("ROSSI", "GIULIA"),
    ("BERTIER", "CLAIRE"),
)

TR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}


def latin(s: str, upper: bool = False) -> str:
    out = ""
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            tr = TR[lo]
            out += tr.capitalize() if ch.isupper() else tr
        else:
            out += ch
    return out.upper() if upper else out


SUFFIX = {  # ending -> replacement per case
    "ов": {"gent": "ова", "datv": "ову", "ablt": "овым", "loct": "ове"},
    "ев": {"gent": "ева", "datv": "еву", "ablt": "евым", "loct": "еве"},
    "ин": {"gent": "ина", "datv": "ину", "ablt": "иным", "loct": "ине"},
    "ова": {"gent": "овой", "datv": "овой", "ablt": "овой", "loct": "овой"},
    "ева": {"gent": "евой", "datv": "евой", "ablt": "евой", "loct": "евой"},
    "ина": {"gent": "иной", "datv": "иной", "ablt": "иной", "loct": "иной"},
    "ский": {"gent": "ского", "datv": "скому", "ablt": "ским", "loct": "ском"},
    "ская": {"gent": "ской", "datv": "ской", "ablt": "ской", "loct": "ской"},
    "ович": {"gent": "овича", "datv": "овичу", "ablt": "овичем", "loct": "овиче"},
    "евич": {"gent": "евича", "datv": "евичу", "ablt": "евичем", "loct": "евиче"},
    "овна": {"gent": "овны", "datv": "овне", "ablt": "овной", "loct": "овне"},
    "евна": {"gent": "евны", "datv": "евне", "ablt": "евной", "loct": "евне"},
}


def inflect(word: str, case: str, female: bool, kind: str) -> str:
    """Own small inflector: kind is 'sur', 'first' or 'pat'; unknown shapes stay nominative."""
    if case == "nomn" or ("-" in word and kind == "sur"):
        return word
    for end in sorted(SUFFIX, key=len, reverse=True):
        if word.endswith(end) and (kind != "first" or end in ("ин",)):
            if kind == "first" and female:
                break
            return word[: -len(end)] + SUFFIX[end][case]
    if kind == "sur" and word.endswith("ян"):
        return word if female else word + {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]
    if kind == "first":
        if word.endswith("ь") and not female:
            return word[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
        if word.endswith("а"):
            soft = word[-2] in "жшщчгкхи"
            return word[:-1] + {"gent": "и" if soft else "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]
        if word.endswith("я"):
            return (
                word[:-1]
                + {
                    "gent": "и",
                    "datv": "и" if word.endswith("ия") else "е",
                    "ablt": "ей",
                    "loct": "и" if word.endswith("ия") else "е",
                }[case]
            )
        if female and word.endswith("э"):
            return word
        if not female and word[-1] in "бвгджзклмнпрстфхцчшщ":
            hush = word[-1] in "жшщчц"
            return word + {"gent": "а", "datv": "у", "ablt": "ем" if hush else "ом", "loct": "е"}[case]
        if not female and word.endswith("й"):
            return word[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    return word


def fem_sur(s: str) -> str:
    if s.endswith(("ов", "ев", "ин")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-4] + "ская"
    return s


def cis_parts(rng: R) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.45
    sur = rng.choice(CIS_SUR)
    first = rng.choice(CIS_F if female else CIS_M)
    f = rng.choice(CIS_PAT)
    pat = f + ("овна" if female else "ович")
    if f.endswith(("р", "д", "т")) and rng.random() < 0.25:
        pat = f + (" кызы" if female else " угли")
    return (fem_sur(sur) if female else sur), first, pat, female


def ru_parts(fake: Any, rng: R) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name_in(parts: tuple[str, str, str, bool], case: str, shape: str) -> str:
    sur, first, pat, female = parts
    s = inflect(sur, case, female, "sur")
    f = inflect(first, case, female, "first")
    p = pat if pat.endswith((" угли", " кызы")) else inflect(pat, case, female, "pat")
    ini = first[0] + "." + ("" if pat.endswith((" угли", " кызы")) else pat[0] + ".")
    return {
        "full": f"{s} {f} {p}",
        "fio_first": f"{f} {p} {s}",
        "sur_ini": f"{s} {ini}",
        "ini_sur": f"{ini} {s}",
        "ini_sur_sp": f"{first[0]}. {pat[0]}. {s}",
        "sur": s,
        "fp": f"{f} {p}",
        "sf": f"{s} {f}",
        "f": f,
    }[shape]


def any_person(rng: R, fake: Any, case: str = "nomn") -> str:
    """A person of any origin, in the grammatical case where it declines."""
    k = rng.random()
    if k < 0.35:
        return name_in(cis_parts(rng), case, rng.choice(("full", "full", "sur_ini", "sf", "ini_sur", "fp")))
    if k < 0.55:
        return name_in(
            ru_parts(fake, rng), case, rng.choice(("full", "sur_ini", "ini_sur", "fp", "ini_sur_sp"))
        )
    if k < 0.8:
        sur, first, female = rng.choice(UNDECL)
        asian = sur in ("Ван", "Чжан", "Ли", "Лю", "Нгуен", "Чен", "Ким")
        f = first if asian or " " in first else inflect(first, case, female, "first")
        return rng.choice((f"{sur} {f}", f"{f} {sur}", f"{sur} {first[0]}."))
    sur, first = rng.choice(LATIN)
    return rng.choice(
        (
            f"{sur} {first}",
            f"{sur.title()} {first.title()}",
            f"{first.title()} {sur.title()}",
            f"{sur}, {first}",
        )
    )


def latin_person(rng: R, fake: Any) -> str:
    parts = cis_parts(rng) if rng.random() < 0.5 else ru_parts(fake, rng)
    up = rng.random() < 0.5
    sur, first = latin(parts[0], up), latin(parts[1], up)
    return rng.choice((f"{sur} {first}", f"{first} {sur}", f"{sur}, {first}"))
