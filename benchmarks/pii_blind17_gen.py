"""Value generators for the blind17 split (children, families, specialist outpatient care).

Everything random comes from ``rng`` / ``fake`` so that the split is reproducible. Identifiers carry
valid check digits (SNILS, personal INN, ENP of the OMS policy).
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from benchmarks.pii_blind17_ids import (  # noqa: F401  (re-exported)
    _digits,
    enp_digits,
    inn,
    inn_digits,
    oms,
    passport,
    passport_str,
    snils,
    snils_digits,
)
from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


# ------------------------------------------------------------------------------------------- names
_END = {"gent": 0, "datv": 1, "accs": 2, "ablt": 3, "loct": 4}
_HUSH = "жшчщц"


def _sfx(word: str, cut: int, ends: tuple[str, str, str, str, str], case: str) -> str:
    return word[: len(word) - cut] + ends[_END[case]]


@lru_cache(maxsize=4096)
def decline(word: str, case: str, kind: str, gender: str) -> str:
    """Decline one part of a Russian name (kind: Name/Surn/Patr, gender: masc/femn) by rule."""
    if case == "nomn" or not word:
        return word
    if "-" in word:
        return "-".join(decline(w, case, kind, gender) for w in word.split("-"))
    if " " in word:
        return word
    w = word.lower()
    if kind == "Patr":
        if w.endswith("ич"):
            return _sfx(word, 0, ("а", "у", "а", "ем", "е"), case)
        if w.endswith("на"):
            return _sfx(word, 1, ("ы", "е", "у", "ой", "е"), case)
        return word
    if kind == "Surn":
        if gender == "masc":
            if w.endswith(("ов", "ев", "ёв", "ин", "ын")):
                return _sfx(word, 0, ("а", "у", "а", "ым", "е"), case)
            if w.endswith(("ский", "цкий", "ый")):
                return _sfx(word, 2, ("ого", "ому", "ого", "им" if w.endswith("ий") else "ым", "ом"), case)
            if w.endswith("ой"):
                return _sfx(word, 2, ("ого", "ому", "ого", "ым", "ом"), case)
            if w[-1] in "бвгдзклмнпрстфхжшчщц" and not w.endswith(("ых", "их")):
                return _sfx(word, 0, ("а", "у", "а", "ем" if w[-1] in _HUSH else "ом", "е"), case)
            return word
        if w.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return _sfx(word, 1, ("ой", "ой", "у", "ой", "ой"), case)
        if w.endswith("ая"):
            return _sfx(word, 2, ("ой", "ой", "ую", "ой", "ой"), case)
        return word
    # first names
    if w.endswith("ия"):
        return _sfx(word, 1, ("и", "и", "ю", "ей", "и"), case)
    if w.endswith("ья"):
        return _sfx(word, 1, ("и", "е", "ю", "ёй", "е"), case)
    if w.endswith("я"):
        return _sfx(word, 1, ("и", "е", "ю", "ей", "е"), case)
    if w.endswith("а"):
        soft = len(w) > 1 and w[-2] in "гкхжшчщ"
        return _sfx(word, 1, ("и" if soft else "ы", "е", "у", "ей" if w[-2] in _HUSH else "ой", "е"), case)
    if gender == "femn":
        if w.endswith("ь"):
            return _sfx(word, 1, ("и", "и", "ь", "ью", "и"), case)
        return word
    if w.endswith("ий"):
        return _sfx(word, 1, ("я", "ю", "я", "ем", "и"), case)
    if w.endswith(("ей", "ай", "ой", "уй", "ь")):
        return _sfx(word, 1, ("я", "ю", "я", "ем", "е"), case)
    if w[-1] in "бвгдзклмнпрстфхжшчщц":
        return _sfx(word, 0, ("а", "у", "а", "ем" if w[-1] in _HUSH else "ом", "е"), case)
    return word


TATAR_M = ("Ринат", "Ильдар", "Рустем", "Айдар", "Марат", "Тимур", "Ильнур", "Азат", "Рамиль", "Фарит")
TATAR_F = (
    "Гульнара",
    "Алсу",
    "Лейсан",
    "Эльвира",
    "Гузель",
    "Резеда",
    "Айгуль",
    "Ляйсан",
    "Диляра",
    "Чулпан",
)
TATAR_S = ("Хабибуллин", "Галиев", "Сафин", "Нуриев", "Закиров", "Гарипов", "Валиев", "Мухаметшин", "Ахметов")
CAUC_M = ("Магомед", "Ахмед", "Руслан", "Шамиль", "Ислам", "Адам", "Ибрагим", "Арсен")
CAUC_F = ("Патимат", "Зарема", "Хадижат", "Мадина", "Аминат", "Заира", "Луиза")
CAUC_S = ("Магомедов", "Алиев", "Гаджиев", "Абдулаев", "Исмаилов", "Кадыров", "Хасанов", "Дзагоев", "Умаров")
YAKUT = (("Айаал", "Сардаана"), ("Эрхан", "Айталина"), ("Дьулустан", "Туяра"), ("Мичил", "Нюргуяна"))
YAKUT_S = ("Слепцов", "Винокуров", "Егоров", "Местников", "Пестряков")
CIS_M = ("Бахтиёр", "Фаррух", "Шерзод", "Жасур", "Умед", "Алишер", "Нурлан", "Азамат", "Давлат", "Тимурбек")
CIS_F = ("Дилноза", "Мохинур", "Гулчехра", "Нигора", "Зарина", "Шахноза", "Айжан", "Мадина", "Садбарг")
CIS_S = ("Рахимов", "Каримов", "Юсупов", "Турсунов", "Назаров", "Ашуров", "Исмоилов", "Абдуллаев", "Джураев")
CIS_PATR_M = ("Рустамович", "Баходирович", "Шухратович", "Алишерович", "Хамидович")
CIS_PATR_F = ("Рустамовна", "Баходировна", "Шухратовна", "Алишеровна", "Хамидовна")
UKR_S = ("Шевченко", "Бондаренко", "Коваленко", "Ткачук", "Мельник", "Кравец", "Савчук", "Гончаренко")
FOREIGN = (
    ("Jean", "Dupont", "Жан", "Дюпон"),
    ("Anna", "Schmidt", "Анна", "Шмидт"),
    ("Li", "Wei", "Ли", "Вэй"),
    ("Nguyen", "Van Thanh", "Нгуен", "Ван Тхань"),
    ("Maria", "Garcia", "Мария", "Гарсия"),
    ("Ahmad", "Karimi", "Ахмад", "Карими"),
    ("Kwame", "Mensah", "Кваме", "Менса"),
    ("Sophie", "Muller", "Софи", "Мюллер"),
)
DIMIN_M = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Иван": "Ваня",
    "Сергей": "Серёжа",
    "Николай": "Коля",
    "Владимир": "Вова",
    "Евгений": "Женя",
    "Павел": "Паша",
}
DIMIN_F = {
    "Александра": "Саша",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Анастасия": "Настя",
    "Елизавета": "Лиза",
    "Татьяна": "Таня",
    "Наталья": "Наташа",
    "Ксения": "Ксюша",
    "Дарья": "Даша",
}
LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" "),
        strict=False,
    )
)


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        t = LAT.get(low, ch)
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out)


class Person:
    """A person with surname, name, patronymic (may be empty) and gender."""

    def __init__(self, surname: str, name: str, patr: str, gender: str) -> None:
        self.s, self.n, self.p, self.g = surname, name, patr, gender

    def S(self, case: str = "nomn") -> str:
        return decline(self.s, case, "Surn", self.g)

    def N(self, case: str = "nomn") -> str:
        return decline(self.n, case, "Name", self.g)

    def P(self, case: str = "nomn") -> str:
        return decline(self.p, case, "Patr", self.g) if self.p else ""

    def full(self, case: str = "nomn") -> str:
        return " ".join(x for x in (self.S(case), self.N(case), self.P(case)) if x)

    def io(self, case: str = "nomn") -> str:
        return " ".join(x for x in (self.N(case), self.P(case)) if x)

    def ini(self) -> str:
        return self.n[0] + "." + (self.p[0] + "." if self.p else "")

    def short(self, case: str = "nomn", before: bool = False, space: bool = False) -> str:
        ini = self.ini().replace(".", ". ").strip() if space else self.ini()
        return f"{ini} {self.S(case)}" if before else f"{self.S(case)} {ini}"

    def upper(self) -> str:
        return self.full().upper()

    def lat(self) -> str:
        return f"{translit(self.s).upper()} {translit(self.n).upper()}"


def person(
    rng: random.Random,
    fake: Any,
    gender: str | None = None,
    origin: str | None = None,
    surname: str | None = None,
) -> Person:
    g = gender or rng.choice(("masc", "femn"))
    o = origin or rng.choices(("ru", "tat", "cauc", "yak", "cis", "ukr"), (10, 2, 2, 1, 2, 1))[0]
    f = g == "femn"
    if o == "tat":
        s, n = rng.choice(TATAR_S), rng.choice(TATAR_F if f else TATAR_M)
        p = rng.choice(
            ("Ринатовна", "Маратовна", "Ильдаровна") if f else ("Ринатович", "Маратович", "Азатович")
        )
    elif o == "cauc":
        s, n = rng.choice(CAUC_S), rng.choice(CAUC_F if f else CAUC_M)
        p = rng.choice(("Магомедовна", "Исламовна", "") if f else ("Магомедович", "Русланович", ""))
    elif o == "yak":
        s, n = rng.choice(YAKUT_S), rng.choice(YAKUT)[1 if f else 0]
        p = rng.choice(("Петровна", "Николаевна") if f else ("Петрович", "Николаевич"))
    elif o == "cis":
        s, n = rng.choice(CIS_S), rng.choice(CIS_F if f else CIS_M)
        p = rng.choice(CIS_PATR_F if f else CIS_PATR_M) if rng.random() < 0.6 else ""
    else:
        s = fake.last_name_female() if f else fake.last_name_male()
        if o == "ukr":
            s = rng.choice(UKR_S)
        n = fake.first_name_female() if f else fake.first_name_male()
        p = fake.middle_name_female() if f else fake.middle_name_male()
    if surname is not None:
        s = surname
    if f and o in ("tat", "cauc", "yak", "cis") and s.endswith(("ов", "ев", "ин")):
        s = s + "а"
    return Person(s, n, p, g)


def family_of(
    rng: random.Random, fake: Any, child_gender: str | None = None
) -> tuple[Person, Person, Person]:
    """(child, mother, father) sharing a surname stem."""
    o = rng.choices(("ru", "tat", "cauc", "yak", "cis"), (10, 2, 2, 1, 3))[0]
    father = person(rng, fake, "masc", o)
    stem = father.s
    mother = person(rng, fake, "femn", o, surname=stem)
    cg = child_gender or rng.choice(("masc", "femn"))
    child = person(rng, fake, cg, o, surname=stem)
    if father.s.endswith(("ов", "ев", "ин", "ын")):
        mother.s = stem + "а"
        child.s = stem + ("а" if cg == "femn" else "")
    if o == "cis" or rng.random() < 0.4:  # patronymic follows the father's name
        child.p = father.n + ("овна" if cg == "femn" else "ович") if o == "cis" else child.p
    return child, mother, father


def dimin(p: Person) -> str:
    return (DIMIN_F if p.g == "femn" else DIMIN_M).get(p.n, p.n)


# ------------------------------------------------------------------------------------------- dates
def ymd(rng: random.Random, y0: int = 2008, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, y0: int = 2008, y1: int = 2026, style: str | None = None) -> str:
    y, m, d = ymd(rng, y0, y1)
    st = style or rng.choice(
        (
            "num",
            "num",
            "num2",
            "words",
            "wordsg",
            "iso",
            "slash",
            "abbr",
            "dash",
            "roman",
            "shorty",
            "ocr",
            "time",
            "timeiso",
        )
    )
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    if st == "num":
        return f"{d:02d}.{m:02d}.{y}"
    if st == "num2":
        return f"{d}.{m:02d}.{y % 100:02d}"
    if st == "words":
        return f"{d} {MONTHS_GENT[m - 1]} {y} г."
    if st == "wordsg":
        return f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} года"
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if st == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if st == "abbr":
        return f"{d} {MONTHS_ABBR[m - 1]} {y}"
    if st == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if st == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if st == "shorty":
        return f"{d:02d}.{m:02d}.{y % 100:02d}г."
    if st == "ocr":
        s = f"{d:02d}.{m:02d}.{y}"
        i = rng.choice((0, 1, 3, 4, 6, 9))
        return (
            s[:i] + {"0": "O", "1": "l"}.get(s[i], s[i]) + s[i + 1 :]
            if s[i] in "01"
            else s.replace(".", ",", 1)
        )
    if st == "time":
        return f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"
    if st == "timeiso":
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00"
    if st == "monthyear":
        return f"{MONTHS_NOMN[m - 1]} {y}"
    if st == "daymonth":
        return f"{d} {MONTHS_GENT[m - 1]}"
    if st == "mmyy":
        return f"{m:02d}.{y}"
    if st == "compact":
        return f"{y}{m:02d}{d:02d}"
    if st == "hl7":
        return f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}"
    raise ValueError(st)


def dob(rng: random.Random, child: bool = True, style: str | None = None) -> str:
    return date(rng, 2009, 2026, style) if child else date(rng, 1960, 2004, style)


# ------------------------------------------------------------------------------------------ phones
def phone(rng: random.Random, kind: str | None = None) -> str:
    k = kind or rng.choice(("mob", "mob", "mob8", "mobplain", "city", "cityext", "foreign", "mobdots"))
    op = f"9{rng.randint(0, 99):02d}"
    a, b, c = rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)
    if k == "mob":
        return f"+7 ({op}) {a}-{b:02d}-{c:02d}"
    if k == "mob8":
        return f"8-{op}-{a}-{b:02d}-{c:02d}"
    if k == "mobplain":
        return f"8{op}{a}{b:02d}{c:02d}"
    if k == "mobdots":
        return f"+7 {op} {a} {b:02d} {c:02d}"
    if k == "city":
        code = rng.choice(("843", "347", "8722", "4112", "3452", "4212", "861", "812", "495"))
        rest = 10 - len(code)
        num = str(rng.randint(2 * 10 ** (rest - 1), 10**rest - 1))
        mid = f"{num[:-4]}-{num[-4:-2]}-{num[-2:]}"
        return f"8 ({code}) {mid}"
    if k == "cityext":
        return f"+7 (495) {a}-{b:02d}-{c:02d} доб. {rng.randint(100, 9999)}"
    cc = rng.choice(("+998 90", "+992 93", "+996 555", "+374 91", "+49 151", "+375 29", "+7 701"))
    return f"{cc} {a} {b:02d} {c:02d}"


# ------------------------------------------------------------------------------------------- places
RURAL = ("с.", "д.", "пос.", "пгт", "ст-ца", "аул", "х.", "рп")
REGIONS = (
    "Республика Татарстан",
    "Респ. Башкортостан",
    "Республика Дагестан",
    "Чеченская Республика",
    "Республика Саха (Якутия)",
    "Тюменская обл.",
    "Краснодарский край",
    "Московская область",
    "Ленинградская обл.",
    "Хабаровский край",
    "Новосибирская область",
    "Кабардино-Балкарская Респ.",
)


DISTRICTS = (
    "Лаишевский",
    "Зеленодольский",
    "Уфимский",
    "Хасавюртовский",
    "Гудермесский",
    "Мегино-Кангаласский",
    "Ишимский",
    "Динской",
    "Одинцовский",
    "Всеволожский",
    "Хабаровский",
    "Чановский",
    "Баксанский",
)


def city(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any) -> str:
    return fake.street_title()


def address(rng: random.Random, fake: Any, kind: str | None = None) -> str:
    k = kind or rng.choice(
        ("city", "city", "rural", "snt", "mkr", "index_last", "reversed", "korp", "moscow")
    )
    idx = fake.postcode()
    town = city(fake)
    h = rng.randint(1, 180)
    fl = rng.randint(1, 320)
    if k == "city":
        return f"г. {town}, ул. {street(fake)}, д. {h}, кв. {fl}"
    if k == "rural":
        return (
            f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)} р-н, {rng.choice(RURAL)} "
            f"{city(fake)}, ул. {street(fake)}, {h}"
        )
    if k == "snt":
        return (
            f"{rng.choice(REGIONS)}, СНТ «{rng.choice(('Ромашка', 'Берёзка', 'Рассвет', 'Дружба'))}», уч. {h}"
        )
    if k == "mkr":
        return f"{idx}, г. {town}, мкр. {rng.randint(1, 30)}-й, д. {h}, корп. {rng.randint(1, 5)}, кв. {fl}"
    if k == "index_last":
        return f"ул. {street(fake)} {h}-{fl}, {town}, {idx}"
    if k == "reversed":
        return (
            f"кв. {fl}, д. {h} стр. {rng.randint(1, 4)}, ул. {street(fake)}, г. {town}, {rng.choice(REGIONS)}"
        )
    if k == "korp":
        return f"{idx} {town} пр-т {street(fake)} {h} лит. {rng.choice('АБВ')} кв {fl}"
    return f"{idx}, г. Москва, {rng.choice(('ш.', 'пр-д', 'б-р'))} {street(fake)}, д. {h}, к. {rng.randint(1, 3)}, кв. {fl}"


# -------------------------------------------------------------------------------------- identifiers
def email(rng: random.Random, p: Person | None = None) -> str:
    base = translit((p.s if p else "mama") + rng.choice(("", ".", "_"))).lower().replace(" ", "")
    base += translit(p.n[0]).lower() if p else str(rng.randint(1, 99))
    tail = rng.choice(("", str(rng.randint(70, 2020)), "_kids", ".mama"))
    dom = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru"))
    return f"{base}{tail}@{dom}"


def url(rng: random.Random) -> str:
    return rng.choice(
        (
            f"https://disk.yandex.ru/d/{''.join(rng.choice('abcdefXYZ0123456789') for _ in range(14))}",
            f"https://vk.com/id{_digits(rng, 9)}",
            f"https://t.me/{rng.choice(('mama', 'anya', 'deti', 'family'))}_{_digits(rng, 4)}",
            f"https://cloud.mail.ru/public/{_digits(rng, 4)}/{''.join(rng.choice('abcdefgh') for _ in range(8))}",
            f"http://drive.google.com/file/d/1{''.join(rng.choice('abcdefghijKLMN0123456789') for _ in range(20))}/view",
            f"https://gosuslugi.ru/vaccine/cert/verify/{_digits(rng, 16)}",
        )
    )
