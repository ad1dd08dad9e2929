"""Value makers for blind split 37 (death, donation, registries and free prose).

Names come from Faker ``ru_RU`` or from the short lists of names of the peoples of Russia and the
CIS below; identifiers are generated with valid check digits where a rule exists.
"""

from __future__ import annotations

import datetime
import random
import re
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word


class B:
    """A fragment written piece by piece; ``v`` appends a value and remembers its gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> B:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> B:
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def out(self) -> Planted:
        return Planted(self.text, list(self.golds))


# ----- people ------------------------------------------------------------------------------------
_SURN = ("Хабибуллин", "Гарипов", "Сафин", "Валиев", "Ахметзянов", "Галиуллин", "Нуриев", "Шайхутдинов", "Алиев",
         "Магомедов", "Гаджиев", "Абдуллаев", "Исмаилов", "Рахимов", "Турсунов", "Каримов", "Эргашев", "Саидов",
         "Жумабаев", "Сейтказиев", "Дашиев", "Цыденов", "Батуев", "Намсараев", "Аммосов", "Кудаков", "Хасанов",
         "Ибрагимов", "Байрамов", "Мусаев", "Кулиев", "Тагиров")
_SURN_FIXED = ("Акопян", "Саркисян", "Петросян", "Григорян", "Беридзе", "Гелашвили", "Кварацхелия", "Цхададзе", "Ким",
               "Пак", "Шевченко", "Коваленко", "Бондаренко", "Мельник")
_NAME_M = ("Ринат", "Ильдар", "Рустам", "Айдар", "Марат", "Тимур", "Азат", "Булат", "Магомед", "Шамиль", "Руслан",
           "Бахтиёр", "Фаррух", "Нурлан", "Ерлан", "Арсен", "Гурген", "Баир", "Заур", "Ильнур", "Альберт", "Дамир")
_NAME_F = ("Гульнара", "Альфия", "Лейсан", "Резеда", "Зульфия", "Диляра", "Эльмира", "Айгуль", "Патимат", "Мадина",
           "Зарема", "Динара", "Нигора", "Малика", "Анаит", "Нино", "Сардана", "Туяна", "Гузель", "Алсу", "Ляйсан")
_PATR_ROOT = ("Ринат", "Ильдар", "Рустам", "Марат", "Магомед", "Ахмед", "Нурлан", "Арсен", "Баир", "Равил", "Фарит",
              "Анвар", "Салават", "Ирек", "Рашид", "Исмаил", "Азат", "Ильшат")


def cis_people(rng: random.Random, female: bool | None = None) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5 if female is None else female
    root = rng.choice(_PATR_ROOT)
    last = rng.choice(_SURN_FIXED) if rng.random() < 0.3 else rng.choice(_SURN) + ("а" if female else "")
    if female:
        return last, rng.choice(_NAME_F), root + "овна", True
    return last, rng.choice(_NAME_M), root + "ович", False


def people(rng: random.Random, fake: Any, ethnic: float = 0.25, female: bool | None = None) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, female); ``female`` forces the sex when a frame needs it."""
    if rng.random() < ethnic:
        return cis_people(rng, female)
    if (rng.random() < 0.5) if female is None else female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(rng: random.Random, fake: Any, case: str = "nomn", shape: str = "F I O", style: str = "",
         who: tuple[str, str, str, bool] | None = None) -> str:
    """Shape tokens: F I O (full words in ``case``), i o (initials with dots), io (glued), i0 / o0
    (initials without dots). Style: "" as is, "up" capitals, "low" lower case (hasty typing)."""
    last, first, middle, female = who or people(rng, fake)
    words = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(middle, "Patr", female, case), "i": first[0] + ".", "o": middle[0] + ".",
             "io": f"{first[0]}.{middle[0]}.", "i0": first[0], "o0": middle[0]}
    out = " ".join(words[tok] for tok in shape.split())
    if style == "up":
        out = out.upper()
    elif style == "low":
        out = out.lower()
    return out


def who_maker(*shapes: str, style: str = "", ethnic: float = 0.25, female: bool | None = None):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        st = style if style != "mix" else rng.choice(("", "", "up", "low"))
        return name(rng, fake, case, rng.choice(shapes), st, people(rng, fake, ethnic, female))

    return make


# ----- dates -------------------------------------------------------------------------------------
_TOKENS = re.compile(r"yyyy|yy|dd|mm|MG|MN|ML|MA|MR|Mc|HH|MI|SS|d|m")
_SPANS = {"birth": ("-95y", "-1y"), "event": ("-6y", "today"), "old": ("-40y", "-3y"), "adult": ("-90y", "-18y"),
          "child": ("-6y", "-1y")}


def chain(rng: random.Random, fake: Any, n: int, gap: int = 20, span: str = "event") -> list[datetime.date]:
    """``n`` dates in order, each 0..``gap`` days after the one before (admission, death, autopsy...)."""
    day = fake.date_between(start_date=_SPANS[span][0], end_date=_SPANS[span][1])
    out = [day]
    for _ in range(n - 1):
        out.append(out[-1] + datetime.timedelta(days=rng.randrange(gap + 1)))
    return out


def when(rng: random.Random, fake: Any, layout: str, span: str = "event", day: datetime.date | None = None) -> str:
    """Layout tokens: yyyy yy dd mm d m, MG (genitive month) MN ML MA MR Mc, HH MI SS (time)."""
    if day is None:
        day = fake.date_between(start_date=_SPANS[span][0], end_date=_SPANS[span][1])
    mon = day.month - 1
    vals = {"yyyy": f"{day.year}", "yy": f"{day.year % 100:02d}", "dd": f"{day.day:02d}", "mm": f"{day.month:02d}",
            "MG": MONTHS_GENT[mon], "MN": MONTHS_NOMN[mon], "ML": MONTHS_LOCT[mon], "MA": MONTHS_ABBR[mon],
            "MR": ROMAN[mon], "Mc": MONTHS_NOMN[mon].capitalize(), "HH": f"{rng.randrange(24):02d}",
            "MI": f"{rng.randrange(60):02d}", "SS": f"{rng.randrange(60):02d}", "d": f"{day.day}", "m": f"{day.month}"}
    return _TOKENS.sub(lambda m: vals[m.group(0)], layout)


def when_maker(*layouts: str, span: str = "event"):
    return lambda rng, fake, case: when(rng, fake, rng.choice(layouts), span)


# ----- places ------------------------------------------------------------------------------------
_DISTRICTS = ("Альметьевский", "Белорецкий", "Заинский", "Ленинский", "Октябрьский", "Чишминский", "Мегино-Кангаласский",
              "Кижингинский", "Кировский", "Сосновский", "Ветлужский", "Усть-Абаканский", "Рыбновский")
_CIS_BIRTH = ("Узбекская ССР, г. Самарканд", "Казахская ССР, Карагандинская обл., г. Темиртау",
              "Республика Таджикистан, г. Худжанд", "Киргизская ССР, г. Ош", "Азербайджанская ССР, г. Гянджа",
              "Армянская ССР, г. Ленинакан", "Грузинская ССР, г. Кутаиси", "Украинская ССР, Донецкая обл., г. Макеевка",
              "Республика Узбекистан, Ферганская обл., г. Коканд", "Молдавская ССР, г. Бельцы")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def place(rng: random.Random, fake: Any, layout: str, case: str = "nomn") -> str:
    """Fields: {P} index {R} region {RF} region in full {T} town {Tc} town in ``case`` {S} street {N} house
    {K} building {Q} flat {V} village {D} district {E} entrance {F} floor {H} intercom."""
    t = town(fake)
    region = fake.administrative_unit()
    fields = {"P": f"{rng.randrange(101000, 692999)}", "R": region,
              "RF": region.replace(" обл.", " область").replace("респ. ", "Республика "), "T": t,
              "Tc": " ".join(inflect_word(w, case, "Geox") for w in t.split()), "S": fake.street_title(),
              "N": str(rng.randrange(1, 140)) + rng.choice(("", "", "", "а", "б", "/1")), "K": str(rng.randrange(1, 5)),
              "Q": str(rng.randrange(1, 320)), "V": town(fake), "D": rng.choice(_DISTRICTS),
              "E": str(rng.randrange(1, 9)), "F": str(rng.randrange(1, 17)), "H": str(rng.randrange(1, 320))}
    return layout.format(**fields)


def place_maker(*layouts: str):
    return lambda rng, fake, case: place(rng, fake, rng.choice(layouts), case)


def birthplace(rng: random.Random, fake: Any) -> str:
    if rng.random() < 0.3:
        return rng.choice(_CIS_BIRTH)
    return place(rng, fake, rng.choice(("г. {T}", "{R}, г. {T}", "с. {V} {D} р-на {R}", "{RF}, {D} район, д. {V}",
                                        "гор. {T}", "{T}")))


# ----- identifiers -------------------------------------------------------------------------------
def lay(rng: random.Random, layout: str, digits: str | None = None) -> str:
    """Put ``digits`` (random, first one non-zero, when not given) into the X slots of ``layout``."""
    if digits is None:
        n = layout.count("X")
        digits = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return lay(rng, layout, body + snils_check_digits(body))


def inn_v(rng: random.Random, layout: str = "XXXXXXXXXXXX") -> str:
    n = layout.count("X")
    prefix = f"{rng.randrange(1, 92):02d}" + "".join(str(rng.randrange(10)) for _ in range(n - (3 if n == 10 else 4)))
    return lay(rng, layout, prefix + inn_check_digits(prefix))


def enp_v(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    head = str(rng.randrange(10, 99))
    head += "".join(str(rng.randrange(10)) for _ in range(13))
    check = next(str(c) for c in range(10) if enp_valid(head + str(c)))
    return lay(rng, layout, head + check)


def passport_v(rng: random.Random, layout: str = "XX XX XXXXXX") -> str:
    series = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
    return lay(rng, layout, series + f"{rng.randrange(100000, 999999)}")


def num(rng: random.Random, layout: str) -> str:
    """X digit (first non-zero), 0 any digit, Y two-digit year, L capital Cyrillic letter, W Latin letter."""
    out = []
    for ch in layout:
        if ch == "X":
            out.append(str(rng.randrange(1 if not any(c.isdigit() for c in out) else 0, 10)))
        elif ch == "0":
            out.append(str(rng.randrange(10)))
        elif ch == "Y":
            out.append(str(rng.randrange(18, 27)))
        elif ch == "L":
            out.append(rng.choice("АБВГДЕКМНПРСТ"))
        elif ch == "W":
            out.append(rng.choice("ABCEFKMNPX"))
        else:
            out.append(ch)
    return "".join(out)


def num_maker(*layouts: str):
    return lambda rng, fake, case: num(rng, rng.choice(layouts))


def phone_v(rng: random.Random, layout: str = "+7 (9AA) BBB-CC-DD", city: bool = False) -> str:
    """A B C D are digits; a layout starting with a literal area code keeps it."""
    if city and "AAA" in layout:
        layout = layout.replace("AAA", rng.choice(("843", "347", "351", "383", "3412", "8552", "4012", "3022")), 1)
    digits = iter([str(rng.randrange(10)) for _ in range(20)])
    return "".join(next(digits) if ch in "ABCD" else ch for ch in layout)


def phone_maker(*layouts: str, city: bool = False):
    return lambda rng, fake, case: phone_v(rng, rng.choice(layouts), city)


MOBILE = ("+7 (9AA) BBB-CC-DD", "89AABBBCCDD", "8-9AA-BBB-CC-DD", "+79AABBBCCDD", "8 9AA BBB CC DD", "8(9AA)BBB-CC-DD",
          "+7 9AA BBB-CC-DD", "8 9AA BBBCCDD")


def mobile(rng: random.Random) -> str:
    return phone_v(rng, rng.choice(MOBILE))


def mail(rng: random.Random, fake: Any) -> str:
    return rng.choice((fake.free_email(), fake.email(), fake.user_name() + "@" + rng.choice(("mail.ru", "yandex.ru",
                                                                                           "bk.ru", "list.ru"))))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ocr(rng: random.Random, text: str, rate: float = 0.08) -> str:
    """OCR noise for label text only (never for values): look-alike Latin letters, lost spaces."""
    swap = {"о": "o", "а": "a", "е": "e", "р": "p", "с": "c", "О": "0", "З": "3", "и": "н", "л": "п", " ": ""}
    return "".join(swap[ch] if ch in swap and rng.random() < rate else ch for ch in text)
