"""Value generators for the blind15 split: names in every case, dates, phones, addresses, identifiers.

Written independently of the scanner: every maker is ``(rng, fake, case) -> str``; checksummed
identifiers are computed here (SNILS mod 101, personal INN two check digits, ENP Luhn digit).
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker

CASES = ("nomn", "gent", "datv", "ablt", "loct")

# ----- names --------------------------------------------------------------------------------------
_IRREGULAR = {
    "Лев": ("Лев", "Льва", "Льву", "Львом", "Льве"),
    "Павел": ("Павел", "Павла", "Павлу", "Павлом", "Павле"),
    "Пётр": ("Пётр", "Петра", "Петру", "Петром", "Петре"),
    "Любовь": ("Любовь", "Любови", "Любови", "Любовью", "Любови"),
}
_NO_DECL = ("о", "е", "и", "у", "ю", "ых", "их", "э")


def _idx(case: str) -> int:
    return CASES.index(case) if case in CASES else 0


def given(name: str, case: str) -> str:
    """A first name (or diminutive) in ``case``."""
    i = _idx(case)
    if not i:
        return name
    if name in _IRREGULAR:
        return _IRREGULAR[name][i]
    low = name[-1]
    hush = name[-2:-1] in ("ж", "ш", "ч", "щ", "ц")
    if low == "а":
        stem = name[:-1]
        soft = name[-2:-1] in ("г", "к", "х", "ж", "ш", "ч", "щ")
        return stem + ("", "и" if soft else "ы", "е", "ей" if hush else "ой", "е")[i]
    if low == "я":
        stem = name[:-1]
        if name.endswith("ия"):
            return stem + ("", "и", "и", "ей", "и")[i]
        return stem + ("", "и", "е", "ей", "е")[i]
    if low == "й":
        stem = name[:-1]
        if name.endswith("ий"):
            return stem + ("", "я", "ю", "ем", "и")[i]
        return stem + ("", "я", "ю", "ем", "е")[i]
    if low == "ь":
        stem = name[:-1]
        return stem + ("", "я", "ю", "ем", "е")[i]
    if low in "аеёиоуыэюя":
        return name
    return name + ("", "а", "у", "ем" if hush else "ом", "е")[i]


def surname(name: str, female: bool, case: str) -> str:
    i = _idx(case)
    if not i or name.endswith(_NO_DECL):
        return name
    if female:
        if name.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return name[:-1] + ("", "ой", "ой", "ой", "ой")[i]
        if name.endswith("ская") or name.endswith("цкая"):
            return name[:-2] + ("", "ой", "ой", "ой", "ой")[i]
        return name  # Ким, Шульц, Гайдамак: a woman's surname in a consonant does not decline
    if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return name + ("", "а", "у", "ым", "е")[i]
    if name.endswith(("ский", "цкий")):
        return name[:-2] + ("", "ого", "ому", "им", "ом")[i]
    if name.endswith("ой"):
        return name[:-2] + ("", "ого", "ому", "ым", "ом")[i]
    if name[-1] in "аеёиоуыэюяй":
        return name
    return name + ("", "а", "у", "ом", "е")[i]


def patronymic(name: str, female: bool, case: str) -> str:
    i = _idx(case)
    if female:
        return name[:-1] + ("а", "ы", "е", "ой", "е")[i]
    return name + ("", "а", "у", "ем", "е")[i]


# National and regional surnames/names Faker ru_RU does not give: republics, North, Caucasus, migrants.
_EXTRA_M = (
    ("Гайнутдинов", "Ренат", "Ильдарович"),
    ("Хабибуллин", "Айрат", "Рашитович"),
    ("Цыренов", "Баир", "Дашиевич"),
    ("Абдуллаев", "Магомед", "Гаджиевич"),
    ("Тагиров", "Руслан", "Ахмедович"),
    ("Кадыров", "Тимур", "Шамилевич"),
    ("Ким", "Виктор", "Енхунович"),
    ("Шевченко", "Тарас", "Петрович"),
    ("Оконешников", "Айсен", "Егорович"),
    ("Мамедов", "Эльчин", "Рауфович"),
    ("Николаев", "Айаал", "Семёнович"),
    ("Хугаев", "Алан", "Казбекович"),
    ("Рахимов", "Фаррух", "Бахтиёрович"),
    ("Гусейнов", "Рамиль", "Назимович"),
    ("Канеев", "Очир", "Бадмаевич"),
    ("Кузьмин", "Лев", "Ильич"),
    ("Петренко", "Павел", "Лукич"),
    ("Шульц", "Андрей", "Генрихович"),
)
_EXTRA_F = (
    ("Гарипова", "Гульнара", "Ринатовна"),
    ("Сафина", "Алсу", "Маратовна"),
    ("Дамдинова", "Сэсэг", "Баировна"),
    ("Алиева", "Патимат", "Магомедовна"),
    ("Ким", "Ольга", "Сергеевна"),
    ("Бондаренко", "Оксана", "Ивановна"),
    ("Егорова", "Сардаана", "Петровна"),
    ("Юсупова", "Зарина", "Рустамовна"),
    ("Тхагапсоева", "Мадина", "Хасановна"),
    ("Каримова", "Дильноза", "Шухратовна"),
    ("Вишневская", "Любовь", "Ильинична"),
    ("Шульц", "Ирина", "Генриховна"),
    ("Мельниченко", "Дарья", "Игоревна"),
    ("Ахмедова", "Айгуль", "Ильдаровна"),
    ("Лазарева", "Наталья", "Юрьевна"),
)
_DIMINUTIVE = {
    "Александр": "Саша",
    "Алексей": "Лёша",
    "Дмитрий": "Дима",
    "Сергей": "Серёжа",
    "Михаил": "Миша",
    "Николай": "Коля",
    "Владимир": "Володя",
    "Иван": "Ваня",
    "Павел": "Паша",
    "Евгений": "Женя",
    "Анна": "Аня",
    "Мария": "Маша",
    "Екатерина": "Катя",
    "Елена": "Лена",
    "Ольга": "Оля",
    "Татьяна": "Таня",
    "Наталья": "Наташа",
    "Светлана": "Света",
    "Людмила": "Люда",
    "Галина": "Галя",
    "Дарья": "Даша",
}
_COMMON_M = tuple(n for n in _DIMINUTIVE if n[-1] not in "ая")
_COMMON_F = tuple(n for n in _DIMINUTIVE if n[-1] in "ая")


def _person(rng: random.Random, fake: Any, sex: str = "") -> tuple[str, str, str, bool]:
    female = sex == "f" if sex else rng.random() < 0.5
    r = rng.random()
    if r < 0.3:
        s, n, p = rng.choice(_EXTRA_F if female else _EXTRA_M)
        return s, n, p, female
    if female:
        s, p = fake.last_name_female(), fake.middle_name_female()
        n = rng.choice(_COMMON_F) if r < 0.65 else fake.first_name_female()
    else:
        s, p = fake.last_name_male(), fake.middle_name_male()
        n = rng.choice(_COMMON_M) if r < 0.65 else fake.first_name_male()
    return s, n, p, female


_LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia".split(" "),
        strict=True,
    )
)


def translit(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in _LAT:
            t = _LAT[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def name(*shapes: str, sex: str = "") -> Maker:
    """Shapes: fio, fi, f, io, i, f_io (Иванов И.И.), io_f (И.И. Иванов), f_i (Иванов И.), dim, lat, caps,
    fio_nospace (Иванов И.И. without space), i_p (Иван Петрович), lat_f (IVANOV IVAN)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, n, p, female = _person(rng, fake, sex)
        shape = rng.choice(shapes)
        S, N, P = surname(s, female, case), given(n, case), patronymic(p, female, case)
        if shape == "fio":
            return f"{S} {N} {P}"
        if shape == "nfio":
            return f"{N} {P} {S}"
        if shape == "fi":
            return f"{S} {N}"
        if shape == "if":
            return f"{N} {S}"
        if shape == "f":
            return S
        if shape == "io":
            return f"{N} {P}"
        if shape == "i":
            return N
        if shape == "f_io":
            return f"{S} {n[0]}.{p[0]}."
        if shape == "f_io_sp":
            return f"{S} {n[0]}. {p[0]}."
        if shape == "io_f":
            return f"{n[0]}.{p[0]}. {S}"
        if shape == "io_f_nosp":
            return f"{n[0]}.{p[0]}.{S}"
        if shape == "f_i":
            return f"{S} {n[0]}."
        if shape == "dim":
            base = rng.choice(_COMMON_F if female else _COMMON_M)
            return given(_DIMINUTIVE[base], case)
        if shape == "caps":
            return f"{S} {N} {P}".upper()
        if shape == "lower":
            return f"{S.lower()} {n[0].lower()}.{p[0].lower()}."
        if shape == "lat":
            return f"{translit(s)} {translit(n)}"
        if shape == "lat_caps":
            return f"{translit(s).upper()} {translit(n).upper()}"
        if shape == "lat_init":
            return f"{translit(n)[0]}. {translit(s)}"
        raise ValueError(shape)

    return make


# ----- dates --------------------------------------------------------------------------------------
def _ymd(rng: random.Random, lo: int = 1935, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"0": "O", "1": "l", "3": "З", "5": "S", "6": "б", "8": "В"}
    spots = [i for i, ch in enumerate(s) if ch in swaps]
    if not spots:
        return s
    i = rng.choice(spots)
    return s[:i] + swaps[s[i]] + s[i + 1 :]


def date(*layouts: str, lo: int = 1935, hi: int = 2026) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y, m, d = _ymd(rng, lo, hi)
        hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        lay = rng.choice(layouts)
        forms = {
            "dmy": f"{d:02d}.{m:02d}.{y}",
            "dmy_short": f"{d}.{m}.{y % 100:02d}",
            "dmy_yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "dmy_slash": f"{d:02d}/{m:02d}/{y}",
            "dmy_dash": f"{d:02d}-{m:02d}-{y}",
            "dmy_comma": f"{d:02d},{m:02d},{y}",
            "dmy_sp": f"{d:02d} {m:02d} {y}",
            "dmy_spdot": f"{d:02d}. {m:02d}. {y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "iso_t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
            "ymd_dot": f"{y}.{m:02d}.{d:02d}",
            "compact": f"{y}{m:02d}{d:02d}",
            "words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
            "words_noyear_g": f"{d} {MONTHS_GENT[m - 1]} {y}г",
            "words_goda": f"{d} {MONTHS_GENT[m - 1]} {y} года",
            "words_caps": f"{d:02d} {MONTHS_GENT[m - 1].upper()} {y}",
            "dm": f"{d} {MONTHS_GENT[m - 1]}",
            "dm_num": f"{d:02d}.{m:02d}",
            "my": f"{MONTHS_NOMN[m - 1]} {y}",
            "my_loct": f"{MONTHS_LOCT[m - 1]} {y} г.",
            "my_num": f"{m:02d}.{y}",
            "my_num_slash": f"{m:02d}/{y}",
            "roman": f"{d}.{ROMAN[m - 1]}.{y}",
            "roman_sp": f"{d} {ROMAN[m - 1]} {y}",
            "dmy_time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
            "dmy_v_time": f"{d:02d}.{m:02d}.{y} в {hh:02d}:{mm:02d}",
            "dmy_time_h": f"{d:02d}.{m:02d}.{y} {hh} ч {mm:02d} мин",
            "time_dmy": f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{y}",
            "time_dmy_short": f"{hh:02d}.{mm:02d} {d:02d}.{m:02d}.{y % 100:02d}",
            "dmy_time_comma": f"{d:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d}",
            "words_time": f"{d} {MONTHS_GENT[m - 1]} {y} г. в {hh} ч. {mm:02d} мин.",
            "us": f"{m:02d}/{d:02d}/{y}",
            "en_words": f"{d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}",
            "ocr": _ocr(rng, f"{d:02d}.{m:02d}.{y}"),
            "typo_dots": f"{d:02d}..{m:02d}.{y}",
            "typo_space": f"{d:02d}.{m:02d} .{y}",
        }
        return forms[lay]

    return make


# ----- phones -------------------------------------------------------------------------------------
_CODES_MOB = (
    "900",
    "903",
    "905",
    "909",
    "912",
    "914",
    "916",
    "917",
    "922",
    "924",
    "927",
    "950",
    "952",
    "960",
    "964",
    "977",
    "983",
    "989",
    "995",
    "999",
)
# city codes of the regions: Kazan, Ufa, Yakutsk, Makhachkala, Ulan-Ude, Perm, Omsk, Vladivostok, Syktyvkar, Chita
_CODES_CITY = ("843", "347", "4112", "8722", "3012", "342", "3812", "423", "8212", "3022", "4012", "8162")
_FOREIGN = (
    ("+375", 2, 7),
    ("+7 7", 2, 7),
    ("+998", 2, 7),
    ("+992", 2, 7),
    ("+374", 2, 6),
    ("+49", 3, 8),
    ("+996", 3, 6),
    ("+994", 2, 7),
    ("+380", 2, 7),
)


def _n(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def phone(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        lay = rng.choice(layouts)
        c = rng.choice(_CODES_MOB)
        a, b, d = _n(rng, 3), _n(rng, 2), _n(rng, 2)
        if lay == "plus7":
            return f"+7 ({c}) {a}-{b}-{d}"
        if lay == "plus7_dash":
            return f"+7-{c}-{a}-{b}-{d}"
        if lay == "eight":
            return f"8 {c} {a} {b} {d}"
        if lay == "eight_br":
            return f"8({c}){a}{b}{d}"
        if lay == "solid":
            return f"8{c}{a}{b}{d}"
        if lay == "solid7":
            return f"+7{c}{a}{b}{d}"
        if lay == "seven_nop":
            return f"7{c}{a}{b}{d}"
        if lay == "dots":
            return f"8.{c}.{a}.{b}.{d}"
        if lay == "city":
            cc = rng.choice(_CODES_CITY)
            rest = _n(rng, 10 - len(cc))
            return f"8 ({cc}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
        if lay == "city_local":
            return f"{_n(rng, 2)}-{_n(rng, 2)}-{_n(rng, 2)}"
        if lay == "city_ext":
            cc = rng.choice(_CODES_CITY)
            rest = _n(rng, 10 - len(cc))
            return f"+7 {cc} {rest}, доб. {_n(rng, 3)}"
        if lay == "ext":
            return f"8 ({c}) {a}-{b}-{d} (доб. {_n(rng, 4)})"
        if lay == "foreign":
            pre, k1, k2 = rng.choice(_FOREIGN)
            if pre == "+7 7":
                return f"+7 7{_n(rng, 2)} {_n(rng, 7)}"
            return f"{pre} {_n(rng, k1)} {_n(rng, k2)}"
        if lay == "foreign_sp":
            pre, k1, k2 = rng.choice(_FOREIGN)
            body = _n(rng, k2)
            if pre == "+7 7":
                return f"+7 (7{_n(rng, 2)}) {body[:3]}-{body[3:5]}-{body[5:7]}"
            return f"{pre} ({_n(rng, k1)}) {body[:3]}-{body[3:]}"
        if lay == "intl00":
            return f"00{rng.choice(('375', '998', '992'))}{_n(rng, 9)}"
        if lay == "short_grp":
            return f"{c} {a}-{b}{d}"
        raise ValueError(lay)

    return make
