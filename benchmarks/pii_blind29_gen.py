"""Value generators for the blind29 split (maternity, children, schools): names in every case,
dates, addresses, phones and checksummed identifiers, written independently of the scanner."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# modern children's names next to Faker's (often old-fashioned) ones
KID_M = (
    "Артём",
    "Матвей",
    "Тимофей",
    "Максим",
    "Иван",
    "Михаил",
    "Даниил",
    "Кирилл",
    "Егор",
    "Марк",
    "Лев",
    "Арсений",
    "Глеб",
    "Илья",
    "Никита",
    "Савелий",
    "Мирон",
    "Захар",
    "Дмитрий",
    "Александр",
)
KID_F = (
    "София",
    "Анна",
    "Мария",
    "Алиса",
    "Ева",
    "Виктория",
    "Полина",
    "Варвара",
    "Василиса",
    "Милана",
    "Вероника",
    "Ульяна",
    "Дарья",
    "Таисия",
    "Злата",
    "Есения",
    "Арина",
    "Екатерина",
    "Ксения",
    "Кира",
)
DIMINUTIVE = {
    "Александр": "Саша",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Иван": "Ваня",
    "Никита": "Никитка",
    "Даниил": "Даня",
    "Кирилл": "Кирюша",
    "Егор": "Егорка",
    "Максим": "Максимка",
    "Артём": "Тёма",
    "Мария": "Маша",
    "Анна": "Аня",
    "Дарья": "Даша",
    "Екатерина": "Катя",
    "Ксения": "Ксюша",
    "Полина": "Поля",
    "Варвара": "Варя",
    "Виктория": "Вика",
    "София": "Соня",
    "Алиса": "Алиска",
    "Ульяна": "Уля",
    "Василиса": "Вася",
    "Вероника": "Ника",
    "Арина": "Ариша",
    "Илья": "Илюша",
}

_HISS = "гкхжшщч"


def _male_first(name: str, case: str) -> str:
    if case == "nomn":
        return name
    if name.endswith("ий"):
        stem = name[:-2]
        return stem + {"gent": "ия", "datv": "ию", "accs": "ия", "ablt": "ием", "loct": "ии"}[case]
    if name.endswith(("й", "ь")):
        stem = name[:-1]
        return stem + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    if name.endswith("я"):
        stem = name[:-1]
        return stem + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if name.endswith("а"):
        return _fem_a(name, case)
    if name.endswith(("о", "е", "и", "у")):
        return name
    ablt = "ем" if name[-1] in "жшщчц" else "ом"
    return name + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _fem_a(name: str, case: str) -> str:
    stem = name[:-1]
    gent = "и" if stem[-1] in _HISS else "ы"
    ablt = "ей" if stem[-1] in "жшщчц" else "ой"
    return stem + {"nomn": "а", "gent": gent, "datv": "е", "accs": "у", "ablt": ablt, "loct": "е"}[case]


def _female_first(name: str, case: str) -> str:
    if case == "nomn":
        return name
    if name.endswith("ия"):
        return name[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if name.endswith("я"):
        return name[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if name.endswith("а"):
        return _fem_a(name, case)
    if name.endswith("ь"):
        return name[:-1] + {"gent": "и", "datv": "и", "accs": "ь", "ablt": "ью", "loct": "и"}[case]
    return name


def _patr(name: str, female: bool, case: str) -> str:
    if female:
        return _fem_a(name, case) if name.endswith("а") else name
    return _male_first(name, case)


def _surname(name: str, female: bool, case: str) -> str:
    if case == "nomn" or name.endswith(("о", "их", "ых", "е", "и", "у", "ю")):
        return name
    if female:
        if name.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return name[:-1] + {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}[case]
        if name.endswith("ая"):
            return name[:-2] + {"gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"}[case]
        if name.endswith("а"):
            return _fem_a(name, case)
        return name
    if name.endswith(("ский", "цкий", "ний")):
        return name[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"}[case]
    if name.endswith(("ой", "ый")):
        return name[:-2] + {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"}[case]
    if name.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return name + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}[case]
    return _male_first(name, case)


class Who:
    """One person: surname, first name, patronymic, sex; renders any shape in any case."""

    def __init__(self, last: str, first: str, middle: str, female: bool) -> None:
        self.last, self.first, self.middle, self.female = last, first, middle, female

    def f(self, case: str = "nomn") -> str:
        return _surname(self.last, self.female, case)

    def i(self, case: str = "nomn") -> str:
        return _female_first(self.first, case) if self.female else _male_first(self.first, case)

    def o(self, case: str = "nomn") -> str:
        return _patr(self.middle, self.female, case)

    def shape(self, shape: str, case: str = "nomn") -> str:
        out = []
        for tok in shape.split():
            out.append(
                {
                    "F": lambda: self.f(case),
                    "I": lambda: self.i(case),
                    "O": lambda: self.o(case),
                    "io": lambda: f"{self.first[0]}.{self.middle[0]}.",
                    "i": lambda: f"{self.first[0]}.",
                    "o": lambda: f"{self.middle[0]}.",
                    "FU": lambda: self.f(case).upper(),
                    "IU": lambda: self.i(case).upper(),
                    "OU": lambda: self.o(case).upper(),
                    "D": lambda: DIMINUTIVE.get(self.first, self.first),
                    "LF": lambda: translit(self.last),
                    "LI": lambda: translit(self.first),
                }[tok]()
            )
        return " ".join(out)

    def any(self, rng: random.Random, case: str = "nomn") -> str:
        return self.shape(rng.choice(("F I O", "F I O", "F io", "F i o", "io F", "I O F", "F I", "F")), case)


def person(
    fake: Any,
    rng: random.Random,
    female: bool | None = None,
    kid: bool = False,
    last: str | None = None,
    father: str | None = None,
) -> Who:
    if female is None:
        female = rng.random() < 0.5
    if female:
        surname = fake.last_name_female()
        first = rng.choice(KID_F) if kid and rng.random() < 0.7 else fake.first_name_female()
        middle = fake.middle_name_female()
    else:
        surname = fake.last_name_male()
        first = rng.choice(KID_M) if kid and rng.random() < 0.7 else fake.first_name_male()
        middle = fake.middle_name_male()
    if last is not None:  # child of a known family: same surname, in the right gender
        surname = surname_for(last, female)
    if father is not None:
        middle = patronymic(father, female)
    return Who(surname, first, middle, female)


def surname_for(last: str, female: bool) -> str:
    """The surname of a relative of the other sex ("Иванов" -> "Иванова", "Белая" -> "Белый")."""
    masc = last
    if last.endswith(("ова", "ева", "ёва", "ина", "ына")):
        masc = last[:-1]
    elif last.endswith("ская") or last.endswith("цкая"):
        masc = last[:-2] + "ий"
    elif last.endswith("ая"):
        masc = last[:-2] + "ый"
    if not female:
        return masc
    if masc.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return masc + "а"
    if masc.endswith(("ский", "цкий")):
        return masc[:-2] + "ая"
    if masc.endswith(("ый", "ой")):
        return masc[:-2] + "ая"
    return masc


_PATR = {
    "Илья": ("Ильич", "Ильинична"),
    "Никита": ("Никитич", "Никитична"),
    "Лев": ("Львович", "Львовна"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
}


def patronymic(father_first: str, female: bool) -> str:
    if father_first in _PATR:
        return _PATR[father_first][female]
    if father_first.endswith("ий"):
        cluster = father_first[-4].lower() not in "аеёиоуыэюя"  # Дмитрий -> Дмитриевич, Юрий -> Юрьевич
        stem = father_first[:-1] if cluster else father_first[:-2] + "ь"
        return stem + ("евна" if female else "евич")
    if father_first.endswith(("й", "ь")):
        return father_first[:-1] + ("евна" if female else "евич")
    if father_first.endswith(("а", "я")):
        return father_first[:-1] + ("ична" if female else "ич")
    return father_first + ("овна" if female else "ович")


_TR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
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
            "iu",
            "ia",
        ),
        strict=True,
    )
)


def translit(s: str) -> str:
    out = ""
    for ch in s:
        low = ch.lower()
        t = _TR.get(low, ch)
        out += t.capitalize() if ch != low and t else t
    return out


# ----- dates -----------------------------------------------------------------------------------
def rdate(rng: random.Random, y0: int = 2008, y1: int = 2026) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 10, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def fmt_date(d: dt.date, layout: str) -> str:
    m = d.month - 1
    out = layout
    for key, value in (
        ("yyyy", f"{d.year}"),
        ("yy", f"{d.year % 100:02d}"),
        ("dd", f"{d.day:02d}"),
        ("mm", f"{d.month:02d}"),
        ("MG", MONTHS_GENT[m]),
        ("MN", MONTHS_NOMN[m]),
        ("ML", MONTHS_LOCT[m]),
        ("MA", MONTHS_ABBR[m]),
        ("MR", ROMAN[m]),
        ("Mc", MONTHS_NOMN[m].capitalize()),
        ("d", f"{d.day}"),
        ("m", f"{d.month}"),
    ):
        out = out.replace(key, value)
    return out


DATE_LAYOUTS = (
    "dd.mm.yyyy",
    "dd.mm.yyyy",
    "dd.mm.yyyy г.",
    "d MG yyyy г.",
    "d MG yyyy",
    "«dd» MG yyyy г.",
    "yyyy-mm-dd",
    "dd.mm.yy",
    "dd/mm/yyyy",
    "d.m.yyyy",
    "dd-mm-yyyy",
    "d MA yyyy",
    "dd MR yyyy",
)


def date_str(rng: random.Random, d: dt.date | None = None, layouts: tuple[str, ...] = DATE_LAYOUTS) -> str:
    return fmt_date(d or rdate(rng), rng.choice(layouts))


def datetime_str(rng: random.Random, d: dt.date | None = None) -> str:
    d = d or rdate(rng)
    hh, mi = rng.randrange(24), rng.randrange(60)
    lay = rng.choice(
        (
            "dd.mm.yyyy HH:MM",
            "dd.mm.yyyy в HH:MM",
            "dd.mm.yyyy г. HH ч MM мин",
            "yyyy-mm-ddTHH:MM",
            "dd.mm.yy HH:MM",
            "d MG yyyy г. в HH.MM",
            "HH:MM dd.mm.yyyy",
        )
    )
    return (
        fmt_date(d, lay.replace("HH", "§").replace("MM", "¤"))
        .replace("§", f"{hh:02d}")
        .replace("¤", f"{mi:02d}")
    )


def noisy_date(rng: random.Random, d: dt.date | None = None) -> str:
    """OCR noise and typing habits: O for 0, l for 1, commas, spaces, doubled dots."""
    d = d or rdate(rng)
    s = fmt_date(d, rng.choice(("dd.mm.yyyy", "dd.mm.yyyy", "dd.mm.yy")))
    kind = rng.randrange(5)
    if kind == 0:
        s = s.replace("0", "O", 1) if "0" in s else s.replace(".", ",")
    elif kind == 1:
        s = s.replace(".", ",")
    elif kind == 2:
        s = s.replace(".", ". ", 1)
    elif kind == 3:
        s = s.replace(".", "..", 1)
    else:
        s = s.replace("1", "l", 1) if "1" in s else s.replace(".", "/")
    return s + (" г." if rng.random() < 0.3 else "")


def partial_date(rng: random.Random, d: dt.date | None = None) -> str:
    d = d or rdate(rng)
    return fmt_date(d, rng.choice(("MN yyyy г.", "Mc yyyy", "mm.yyyy", "d MG", "dd.mm", "в ML yyyy г.")))


class Doc:
    """Builds a text piece by piece; ``v`` appends a gold value."""

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
        return Planted(self.text, list(self.golds))


P, D, L, PH, EM, URL = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
