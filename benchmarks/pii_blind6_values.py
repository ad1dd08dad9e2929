"""Value makers for the blind6 split: people, dates, phones, addresses, identifiers.

Written blind (without reading the scanner or earlier families). Every maker is ``(rng, fake, case)
-> str`` and deterministic given ``rng`` and ``fake``. Checksums of SNILS and INN are computed here
(not imported from the scanner) so that the split stays independent.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

Maker = Callable[[random.Random, Any, str], str]

# ----- names ---------------------------------------------------------------------------------
_ETHNIC = (  # (surname, first name, patronymic or "", female): nominative, written as on documents
    ("Гаджиев", "Магомед", "Расулович", False), ("Абдулаева", "Патимат", "Гасановна", True),
    ("Мамедов", "Эльчин", "Алиевич", False), ("Арутюнян", "Карен", "Грачевич", False),
    ("Гигаури", "Нино", "Давидовна", True), ("Цхададзе", "Тамаз", "Гивиевич", False),
    ("Рахимов", "Бахтиёр", "Шухратович", False), ("Усмонова", "Дилноза", "Бахромовна", True),
    ("Турсунбоев", "Жасур", "", False), ("Назарбекова", "Айгерим", "Ерлановна", True),
    ("Каримов", "Шерзод", "Улугбек угли", False), ("Юсупова", "Гульнора", "Рустам кизи", True),
    ("Галиуллин", "Ринат", "Ильдарович", False), ("Хабибуллина", "Гульшат", "Рамилевна", True),
    ("Нуриев", "Айдар", "Фаритович", False), ("Ким", "Владимир", "Сергеевич", False),
    ("Пак", "Елена", "Эдуардовна", True), ("Цой", "Виктор", "Робертович", False),
    ("Тен", "Юлия", "Николаевна", True), ("Ли", "Александр", "Вонович", False),
    ("Рабинович", "Михаил", "Аронович", False), ("Кацнельсон", "Софья", "Марковна", True),
    ("Гольдштейн", "Лев", "Исаакович", False), ("Шапиро", "Ирина", "Борисовна", True),
    ("Мюллер", "Томас", "", False), ("Нгуен", "Ван Хунг", "", False), ("Оганесян", "Ануш", "Ашотовна", True),
    ("Эркенова", "Зарина", "Муратовна", True), ("Дзагоев", "Алан", "Казбекович", False),
    ("Римская-Корсакова", "Ольга", "Павловна", True), ("Иванова-Сидоренко", "Анна", "Игоревна", True),
    ("Соколов-Микитов", "Андрей", "Юрьевич", False), ("Бойко", "Оксана", "Тарасовна", True),
    ("Шевчук", "Тарас", "Богданович", False), ("Сагитова", "Алсу", "Рашитовна", True),
)
_HUSH = "жшчщц"
_VELAR = "гкхжшчщ"


def _first(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    if word.endswith("ия"):
        return word[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if word.endswith("я"):
        return word[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if word.endswith("а"):
        gent = "и" if word[-2] in _VELAR else "ы"
        ablt = "ей" if word[-2] in _HUSH else "ой"
        return word[:-1] + {"gent": gent, "datv": "е", "accs": "у", "ablt": ablt, "loct": "е"}[case]
    if female:
        if word.endswith("ь"):
            return word[:-1] + {"gent": "и", "datv": "и", "accs": "ь", "ablt": "ью", "loct": "и"}[case]
        return word
    if word.endswith("ий"):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "и"}[case]
    if word.endswith(("ь", "й")):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    word = {"Павел": "Павл", "Лев": "Льв", "Пётр": "Петр"}.get(word, word)  # fleeting vowel
    ablt = "ем" if word[-1] in _HUSH else "ом"
    return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _surname(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    if "-" in word:
        return "-".join(_surname(part, female, case) for part in word.split("-"))
    if female:
        if word.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return word[:-1] + {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}[case]
        if word.endswith("ая"):
            return word[:-2] + {"gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"}[case]
        return word
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}[case]
    if word.endswith("ой") and len(word) <= 4:  # Цой, Хой: declined like a noun
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    if word.endswith(("ий", "ой")):
        ablt = "ым" if word.endswith("ой") else "им"
        return word[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": ablt, "loct": "ом"}[case]
    if word[-1] in "аеёиоуыэюяьй" or word.endswith(("ых", "их")):
        return word
    ablt = "ем" if word[-1] in _HUSH else "ом"
    return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _patronymic(word: str, female: bool, case: str) -> str:
    if case == "nomn" or " " in word or not word:
        return word
    if female:
        return word[:-1] + {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}[case]
    return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}[case]


def name_parts(rng: random.Random, fake: Any, ethnic: float = 0.25) -> tuple[str, str, str, bool]:
    if rng.random() < ethnic:
        return rng.choice(_ETHNIC)
    female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def render_name(parts: tuple[str, str, str, bool], shape: str, case: str) -> str:
    """shape: FIO, F I.O., I.O. F, F I., F, IO, FI, CAPS, F И. О., I.O.F (no spaces)."""
    sur, first, patr, female = parts
    s, f, p = _surname(sur, female, case), _first(first, female, case), _patronymic(patr, female, case)
    i, o = first[0] + ".", (patr[0] + "." if patr else "")
    if shape == "FIO":
        return " ".join(x for x in (s, f, p) if x)
    if shape == "F I.O.":
        return f"{s} {i}{o}"
    if shape == "F I. O.":
        return f"{s} {i} {o}".strip()
    if shape == "I.O. F":
        return f"{i}{o} {s}"
    if shape == "I.O.F":
        return f"{i}{o}{s}"
    if shape == "F I.":
        return f"{s} {i}"
    if shape == "F":
        return s
    if shape == "IO":
        return f"{f} {p}".strip()
    if shape == "FI":
        return f"{f} {s}"
    if shape == "CAPS":
        return " ".join(x for x in (s.upper(), f, p) if x)
    if shape == "ALLCAPS":
        return " ".join(x for x in (s, f, p) if x).upper()
    raise ValueError(shape)


def person(*shapes: str, ethnic: float = 0.25) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        parts = name_parts(rng, fake, ethnic)
        shape = rng.choice(shapes)
        if shape in ("IO",) and not parts[2]:
            shape = "FI"
        return render_name(parts, shape, case)

    return make


_LATIN = dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)) | {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "ъ": ""}


def latin(word: str) -> str:
    """Transliteration as on a foreign passport (ICAO-like)."""
    out = "".join(_LATIN.get(c.lower(), c) for c in word)
    return out[:1].upper() + out[1:]


# ----- numbers in words (dictation, ASR) ----------------------------------------------------------
_UNITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
          "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
          "восемнадцать", "девятнадцать")
_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот")
_ORD_UNITS = ("", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого",
              "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
              "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого")
_ORD_TENS = ("", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого", "семидесятого",
             "восьмидесятого", "девяностого")


def cardinal(n: int) -> str:
    words = []
    if n >= 100:
        words.append(_HUNDREDS[n // 100])
        n %= 100
        if n == 0:
            return " ".join(words)
    if n < 20:
        words.append(_UNITS[n])
    else:
        words.append(_TENS[n // 10])
        if n % 10:
            words.append(_UNITS[n % 10])
    return " ".join(words)


def ordinal_gent(n: int) -> str:
    """1..99 as a genitive ordinal ("двадцать третьего")."""
    if n < 20:
        return _ORD_UNITS[n]
    if n % 10 == 0:
        return _ORD_TENS[n // 10]
    return f"{_TENS[n // 10]} {_ORD_UNITS[n % 10]}"


def year_words(year: int) -> str:
    if year == 2000:
        return "двухтысячного"
    head = "тысяча девятьсот" if year < 2000 else "две тысячи"
    return f"{head} {ordinal_gent(year % 100)}"


def digits_words(group: str) -> str:
    """A dictated digit group: "05" -> "ноль пять", "916" -> "девятьсот шестнадцать"."""
    if group.startswith("0"):
        return " ".join(_UNITS[int(c)] for c in group)
    return cardinal(int(group))


# ----- dates ---------------------------------------------------------------------------------
MONTHS_GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")
MONTHS_NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь")
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def ymd(rng: random.Random, birth: bool = False) -> tuple[int, int, int]:
    year = rng.randint(1935, 2019) if birth else rng.randint(2016, 2026)
    return year, rng.randint(1, 12), rng.randint(1, 28)


def hm(rng: random.Random) -> tuple[int, int]:
    return rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55, rng.randint(0, 59)))


def format_date(rng: random.Random, layout: str, birth: bool = False) -> str:
    y, m, d = ymd(rng, birth)
    h, mi = hm(rng)
    table = {
        "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}", "d.m.yy": f"{d}.{m}.{y % 100:02d}", "dd.mm.yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
        "verbal": f"{d} {MONTHS_GENT[m - 1]} {y} г.", "verbal_q": f"«{d:02d}» {MONTHS_GENT[m - 1]} {y} г.",
        "verbal_noyear": f"{d} {MONTHS_GENT[m - 1]}", "verbal_goda": f"{d} {MONTHS_GENT[m - 1]} {y} года",
        "short": f"{d:02d} {MONTHS_SHORT[m - 1]} {y}", "month_year": f"{MONTHS_NOMN[m - 1]} {y} г.",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}", "dt": f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}",
        "dt_v": f"{d:02d}.{m:02d}.{y} в {h:02d}:{mi:02d}", "time_first": f"{h:02d}:{mi:02d} {d:02d}.{m:02d}.{y}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", "en": f"{d:02d}-{MONTHS_EN[m - 1]}-{y}",
        "us": f"{m:02d}/{d:02d}/{y}", "dd.mm": f"{d:02d}.{m:02d}", "yyyymmdd": f"{y}{m:02d}{d:02d}",
        "hl7ts": f"{y}{m:02d}{d:02d}{h:02d}{mi:02d}", "mm.yyyy": f"{m:02d}.{y}", "year_gr": f"{y} г.р.",
        "words": f"{ordinal_gent(d)} {MONTHS_GENT[m - 1]} {year_words(y)} года", "dots_spaces": f"{d:02d}. {m:02d}. {y}",
        "dt_sec": f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", "de": f"{d}. {MONTHS_EN[m - 1]}. {y}",
    }
    return table[layout]


def date(*layouts: str, birth: bool = False) -> Maker:
    return lambda rng, fake, case: format_date(rng, rng.choice(layouts), birth)


# ----- phones --------------------------------------------------------------------------------
_CITY4 = ("4912", "4822", "4872", "4752", "8142", "8182", "3812", "4212", "8652", "3842", "4162", "8452")
_CITY3 = ("495", "499", "812", "343", "383", "846", "863", "342", "843", "347", "861", "391")


def _dd(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def format_phone(rng: random.Random, layout: str) -> str:
    op = "9" + _dd(rng, 2)
    a, b, c = _dd(rng, 3), _dd(rng, 2), _dd(rng, 2)
    table = {
        "+7 (9xx) xxx-xx-xx": f"+7 ({op}) {a}-{b}-{c}", "8-9xx-xxx-xx-xx": f"8-{op}-{a}-{b}-{c}",
        "8 9xx xxx xx xx": f"8 {op} {a} {b} {c}", "89xxxxxxxxx": f"8{op}{a}{b}{c}", "+79xxxxxxxxx": f"+7{op}{a}{b}{c}",
        "+7-9xx-xxx-xxxx": f"+7-{op}-{a}-{b}{c}", "8(9xx)xxx-xxxx": f"8({op}){a}-{b}{c}",
        "+7 9xx xxx-xxxx": f"+7 {op} {a}-{b}{c}", "8 (9xx) xxxxxxx": f"8 ({op}) {a}{b}{c}",
        "city4": f"8 ({rng.choice(_CITY4)}) {_dd(rng, 2)}-{b}-{c}", "city3": f"8 ({rng.choice(_CITY3)}) {a}-{b}-{c}",
        "city3_ext": f"+7 ({rng.choice(_CITY3)}) {a}-{b}-{c}, доб. {_dd(rng, 3)}",
        "city3_ext2": f"({rng.choice(_CITY3)}) {a}-{b}-{c} (доб. {_dd(rng, 4)})",
        "local5": f"{rng.randint(2, 7)}-{b}-{c}", "local6": f"{rng.randint(2, 7)}{_dd(rng, 1)}-{b}-{c}",
        "by": f"+375 ({rng.choice(('29', '33', '44', '25'))}) {a}-{b}-{c}", "uz": f"+998 {rng.choice(('90', '91', '93', '97'))} {a} {b} {c}",
        "kz": f"+7 (7{rng.choice(('01', '05', '07', '47', '77'))}) {a}-{b}-{c}", "tj": f"+992 {_dd(rng, 2)} {a} {b}{c}",
        "am": f"+374 {rng.choice(('91', '93', '77', '99'))} {_dd(rng, 6)}", "kg": f"+996 ({rng.choice(('555', '700', '772'))}) {a}-{b}{c}",
        "de": f"+49 {rng.choice(('151', '160', '171'))} {_dd(rng, 8)}", "dots": f"8.{op}.{a}.{b}.{c}",
        "O_for_0": f"8-{op}-{a}-{b}-{c}".replace("0", "О"),
    }
    return table[layout]


def phone(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_phone(rng, rng.choice(layouts))


def dictated_phone(rng: random.Random) -> str:
    groups = ["восемь", digits_words("9" + _dd(rng, 2)), digits_words(_dd(rng, 3)), digits_words(_dd(rng, 2)),
              digits_words(_dd(rng, 2))]
    return " ".join(groups)


# ----- identifiers with check digits -----------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = _dd(rng, 9)
        if int(body) > 1001998:
            break
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return body + f"{check:02d}"


def format_snils(rng: random.Random, layout: str) -> str:
    s = snils_digits(rng)
    return {"std": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}", "dashes": f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
            "plain": s, "spaces": f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", "nospace_ctl": f"{s[:3]}-{s[3:6]}-{s[6:9]}{s[9:]}",
            "dots": f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}"}[layout]


def snils(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_snils(rng, rng.choice(layouts))


def inn_digits(rng: random.Random) -> str:
    body = f"{rng.randint(1, 92):02d}{_dd(rng, 8)}"
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body += str(sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10)


def format_inn(rng: random.Random, layout: str) -> str:
    s = inn_digits(rng)
    return {"plain": s, "groups": f"{s[:4]} {s[4:10]} {s[10:]}", "dash": f"{s[:2]}-{s[2:4]}-{s[4:10]}-{s[10:]}",
            "spaces3": " ".join(s[i:i + 3] for i in range(0, 12, 3))}[layout]


def inn(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_inn(rng, rng.choice(layouts))


def oms_digits(rng: random.Random) -> str:
    """16-digit unified policy number; last digit a Luhn check (as the ЕНП algorithm closes the number)."""
    body = rng.choice(("77", "50", "78", "16", "02", "66", "23", "54", "61", "47")) + _dd(rng, 13)
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def format_oms(rng: random.Random, layout: str) -> str:
    s = oms_digits(rng)
    return {"plain": s, "4x4": " ".join(s[i:i + 4] for i in range(0, 16, 4)), "dash4": "-".join(s[i:i + 4] for i in range(0, 16, 4)),
            "2_14": f"{s[:2]} {s[2:]}"}[layout]


def oms(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_oms(rng, rng.choice(layouts))


def passport_parts(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}", f"{rng.randint(100000, 999999)}"


def format_passport(rng: random.Random, layout: str) -> str:
    s, n = passport_parts(rng)
    return {"2_2_6": f"{s[:2]} {s[2:]} {n}", "4_6": f"{s} {n}", "no": f"{s} № {n}", "2_2_no": f"{s[:2]} {s[2:]} № {n}",
            "plain": s + n, "dash": f"{s}-{n}", "no_tight": f"{s}№{n}"}[layout]


def passport(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_passport(rng, rng.choice(layouts))
