"""Value makers for blind split 44 (disability assessment, rehabilitation, dispensary registers).

Every maker takes ``(rng, fake)`` and returns a string; :func:`m` turns one into a family maker
``(rng, fake, case)``. :func:`build` glues text pieces and ``(type, value)`` pairs into a
:class:`Planted` with exact gold spans. Identifiers are generated with valid check digits.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

P, PH, EM, U, D, L = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SN, INN, PAS, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"


def build(*parts: Any) -> Planted:
    """Strings are copied; ``(type, value)`` pairs become gold spans (an empty value is skipped)."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        kind, value = part
        if not value:
            continue
        golds.append((kind, len(text), len(text) + len(value)))
        text += value
    return Planted(text, golds)


def m(maker: Any) -> Any:
    """A ``(rng, fake)`` maker as a family maker ``(rng, fake, case)`` (the case is ignored)."""
    return lambda rng, fake, case: maker(rng, fake)


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + d(rng, n - 1)


# ----- people: Faker ru_RU and names of other peoples of Russia and the CIS -----------------------
_OWN_SURNAMES = (
    "Хабибуллин", "Гарипов", "Сафиуллин", "Ахметзянов", "Валиев", "Юсупов", "Кадыров", "Магомедов", "Алиев",
    "Абдуллаев", "Исмаилов", "Дашиев", "Цыденов", "Бадмаев", "Доржиев", "Аммосов", "Степанов", "Саввинов",
    "Нурмагамбетов", "Жумабаев", "Ташкентов", "Рахимов", "Каримов", "Сайдуллаев", "Назаров", "Турсунов",
    "Акопян", "Саркисян", "Мкртчян", "Гоголадзе", "Беридзе", "Чавчавадзе", "Церетели", "Кокоев", "Дзагоев",
    "Хасанов", "Умаров", "Эльдаров", "Мусаев", "Батыров", "Шайхутдинов", "Минниханов", "Габдуллин",
)
_OWN_MALE = ("Рустам", "Ильдар", "Ринат", "Айдар", "Марат", "Ахмед", "Магомед", "Руслан", "Баир", "Тимур",
             "Шамиль", "Бахтиёр", "Шерзод", "Нурлан", "Ерлан", "Ашот", "Гурген", "Георгий", "Алан", "Азамат",
             "Эльдар", "Ислам", "Айсен", "Саргылан", "Жаргал", "Фарход", "Дамир", "Ильназ", "Радик")
_OWN_FEMALE = ("Гульнара", "Альфия", "Лилия", "Айгуль", "Зарема", "Патимат", "Мадина", "Сэсэг", "Туяна",
               "Сардана", "Айталина", "Динара", "Гульнора", "Дильноза", "Анаит", "Нана", "Тамара", "Фатима",
               "Залина", "Эльмира", "Резеда", "Гузель", "Алсу", "Лейла", "Нигора")
_OWN_FATHERS = ("Ильдар", "Рашид", "Ринат", "Марат", "Ахмед", "Магомед", "Руслан", "Баир", "Тимур", "Шамиль",
                "Нурлан", "Ашот", "Гурген", "Алан", "Азамат", "Эльдар", "Ислам", "Рустам", "Фарид", "Мурат",
                "Дамир", "Камил", "Заур", "Салават", "Радик", "Айрат", "Булат", "Бахтияр", "Юсуп", "Хасан")


def _fem_surname(s: str) -> str:
    if s.endswith(("ов", "ев", "ин", "ын")):
        return s + "а"
    if s.endswith("ий"):
        return s[:-2] + "ая"
    return s


def who(rng: random.Random, fake: Any) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, female)."""
    female = rng.random() < 0.5
    if rng.random() < 0.32:
        last = rng.choice(_OWN_SURNAMES)
        father = rng.choice(_OWN_FATHERS)
        if female:
            return _fem_surname(last), rng.choice(_OWN_FEMALE), father + "овна", True
        return last, rng.choice(_OWN_MALE), father + "ович", False
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def shape_name(parts: tuple[str, str, str, bool], shape: str, case: str = "nomn") -> str:
    """Shapes: "F I O", "F io" (Петрова М.И.), "F i o", "io F", "I O", "F I", "F", "I F", "FIO" caps."""
    last, first, middle, female = parts
    f_ = inflect_name(last, "Surn", female, case)
    i_ = inflect_name(first, "Name", female, case)
    o_ = inflect_name(middle, "Patr", female, case)
    out = {
        "F I O": f"{f_} {i_} {o_}", "F io": f"{f_} {first[0]}.{middle[0]}.", "F i o": f"{f_} {first[0]}. {middle[0]}.",
        "io F": f"{first[0]}.{middle[0]}. {f_}", "i o F": f"{first[0]}. {middle[0]}. {f_}", "I O": f"{i_} {o_}",
        "F I": f"{f_} {i_}", "F": f_, "I F": f"{i_} {f_}", "I O F": f"{i_} {o_} {f_}",
        "CAPS": f"{f_} {i_} {o_}".upper(), "F,io": f"{f_}.{first[0]}.{middle[0]}", "F i": f"{f_} {first[0]}.",
    }
    return out[shape]


def name(rng: random.Random, fake: Any, shapes: tuple[str, ...] = ("F I O", "F io"), case: str = "nomn") -> str:
    return shape_name(who(rng, fake), rng.choice(shapes), case)


def person_m(*shapes: str) -> Any:
    return lambda rng, fake, case: name(rng, fake, shapes, case)


# ----- dates -------------------------------------------------------------------------------------
def date_fmt(rng: random.Random, fake: Any, layouts: tuple[str, ...], start: str = "-12y", end: str = "today") -> str:
    dt = fake.date_between(start_date=start, end_date=end)
    mo = dt.month - 1
    out = rng.choice(layouts)
    for key, value in (
        ("yyyy", f"{dt.year}"), ("yy", f"{dt.year % 100:02d}"), ("dd", f"{dt.day:02d}"), ("mm", f"{dt.month:02d}"),
        ("MG", MONTHS_GENT[mo]), ("MN", MONTHS_NOMN[mo]), ("ML", MONTHS_LOCT[mo]), ("MA", MONTHS_ABBR[mo]),
        ("Mc", MONTHS_NOMN[mo].capitalize()), ("HH", f"{rng.randrange(8, 18):02d}"), ("MI", f"{rng.randrange(0, 60, 5):02d}"),
        ("d", f"{dt.day}"), ("m", f"{dt.month}"),
    ):
        out = out.replace(key, value)
    return out


NUM_DATES = ("dd.mm.yyyy", "dd.mm.yyyy", "dd.mm.yyyy г.", "dd.mm.yy", "d.mm.yyyy", "dd/mm/yyyy", "dd,mm.yyyy",
             "dd.mm.yyyyг.", "dd.mm. yyyy")
WORD_DATES = ("d MG yyyy г.", "«dd» MG yyyy г.", "dd MG yyyy года", "d MG yyyy", "dd MA yyyy")


DOB_DATES = ("dd.mm.yyyy", "dd.mm.yyyy", "dd.mm.yy", "d.mm.yyyy", "dd/mm/yyyy", "dd,mm.yyyy", "dd.mm. yyyy", "d MG yyyy")


def dob(rng: random.Random, fake: Any) -> str:
    """A birth date without "г." (the frames often add "г.р." or "года рождения")."""
    return date_fmt(rng, fake, DOB_DATES, "-90y", "-3y")


def iso_dob(rng: random.Random, fake: Any) -> str:
    return date_fmt(rng, fake, ("yyyy-mm-dd",), "-90y", "-3y")


def event(rng: random.Random, fake: Any) -> str:
    return date_fmt(rng, fake, (*NUM_DATES, *WORD_DATES))


def iso(rng: random.Random, fake: Any) -> str:
    return date_fmt(rng, fake, ("yyyy-mm-dd",))


# ----- places ------------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


_DISTRICTS = ("Альметьевский", "Зеленодольский", "Кировский", "Заводской", "Октябрьский", "Буинский", "Мамадышский",
              "Иволгинский", "Мегино-Кангаласский", "Курчалоевский", "Бугульминский", "Ленинский", "Советский")


def addr(rng: random.Random, fake: Any) -> str:
    t, s = town(fake), fake.street_title()
    n, q, k = str(rng.randrange(1, 190)) + rng.choice(("", "", "а", "б", "/1")), rng.randrange(1, 320), rng.randrange(1, 5)
    reg = fake.administrative_unit()
    lay = rng.choice((
        f"{rng.randrange(101000, 692999)}, {reg}, г. {t}, ул. {s}, д. {n}, кв. {q}",
        f"г. {t}, ул. {s}, д. {n}, кв. {q}",
        f"{reg}, {rng.choice(_DISTRICTS)} р-н, с. {town(fake)}, ул. {s}, д. {n}",
        f"{t}, {s} ул., д.{n}, кв.{q}",
        f"г.{t}, пр-кт {s}, {n}-{q}",
        f"{reg}, г. {t}, мкр. {s}, д. {n}, корп. {k}, кв. {q}",
        f"{reg}, {rng.choice(_DISTRICTS)} район, д. {town(fake)}, д. {n}",
        f"ул. {s}, д. {n}, кв. {q}, г. {t}",
        f"г {t} ул {s} д {n} кв {q}",
        f"{t}, пер. {s}, {n}",
    ))
    return lay


def place_case(rng: random.Random, fake: Any, case: str) -> str:
    t = town(fake)
    tc = " ".join(inflect_word(w, case, "Geox") for w in t.split())
    return rng.choice((tc, f"г. {t}", f"с. {town(fake)} {rng.choice(_DISTRICTS)[:-2]}ого района", tc))


# ----- contacts ----------------------------------------------------------------------------------
def phone_(rng: random.Random, fake: Any) -> str:
    a = "9" + d(rng, 2)
    c = rng.choice(("495", "843", "3472", "4112", "3012", "8712", "861", "3822", "4852"))
    b = d(rng, 7)
    bb = nz(rng, 10 - len(c))
    return rng.choice((
        f"+7 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}", f"8-{a}-{b[:3]}-{b[3:5]}-{b[5:]}", f"+7{a}{b}", f"8{a}{b}",
        f"8 {a} {b[:3]} {b[3:5]} {b[5:]}", f"+7 {a} {b[:3]}-{b[3:]}", f"8 ({c}) {bb[:-4]}-{bb[-4:-2]}-{bb[-2:]}",
        f"8({c}){bb}", f"+7 ({c}) {bb[:-4]}-{bb[-4:]}", f"{bb[:3]}-{bb[3:5]}-{bb[5:]}" if len(c) == 3 else f"{bb[:2]}-{bb[2:4]}-{bb[4:]}",
    ))


_TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TRANS.get(ch, ch) for ch in word.lower())


def email_(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = who(rng, fake)
    dom = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru"))
    return rng.choice((
        f"{translit(last)}.{translit(first)[0]}{rng.randrange(1950, 2010)}@{dom}", f"{translit(first)}_{translit(last)}@{dom}",
        f"{translit(last)}{rng.randrange(1, 99)}@{dom}", fake.free_email(), fake.email(),
    ))


def url_(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = who(rng, fake)
    return rng.choice((
        f"https://vk.com/id{nz(rng, 9)}", f"vk.com/{translit(first)}.{translit(last)}", f"https://ok.ru/profile/{nz(rng, 12)}",
        f"https://t.me/{translit(last)}_{rng.randrange(10, 99)}", f"https://disk.yandex.ru/d/{fake.pystr(min_chars=14, max_chars=14)}",
        f"https://cloud.mail.ru/public/{fake.pystr(min_chars=4, max_chars=4)}/{fake.pystr(min_chars=9, max_chars=9)}",
        fake.url() + f"patient/{nz(rng, 7)}", f"https://www.{translit(last)}-{translit(first)}.ru",
    ))


# ----- identifiers -------------------------------------------------------------------------------
def _lay(digits: str, layout: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_(rng: random.Random, fake: Any, layouts: tuple[str, ...] = ("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX",
                                                                          "XXX XXX XXX XX", "XXX-XXX-XXXXX")) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return _lay(body + snils_check_digits(body), rng.choice(layouts))


def inn_(rng: random.Random, fake: Any, twelve: float = 0.8) -> str:
    if rng.random() < twelve:
        pre = f"{rng.randrange(1, 92):02d}" + d(rng, 8)
        return _lay(pre + inn_check_digits(pre), rng.choice(("XXXXXXXXXXXX", "XXXXXXXXXXXX", "XXXX XXXXXX XX", "XX XX XXXXXX XX")))
    pre = f"{rng.randrange(1, 92):02d}" + d(rng, 7)
    return pre + inn_check_digits(pre)


def passport_(rng: random.Random, fake: Any) -> str:
    s = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
    n = d(rng, 6)
    return rng.choice((f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s[:2]} {s[2:]} № {n}", f"{s}{n}",
                       f"{s}-{n}", f"{s[:2]}{s[2:]} №{n}"))


def enp_digits(rng: random.Random) -> str:
    body = nz(rng, 15)
    for c in "0123456789":
        if enp_valid(body + c):
            return body + c
    raise AssertionError("no ENP check digit")


def oms_(rng: random.Random, fake: Any) -> str:
    e = enp_digits(rng)
    if rng.random() < 0.12:  # an old policy: series + number
        return rng.choice((f"{nz(rng, 4)} № {d(rng, 8)}", f"ЯА {d(rng, 7)}"))
    return rng.choice((e, e, f"{e[:4]} {e[4:8]} {e[8:12]} {e[12:]}", f"{e[:4]}-{e[4:8]}-{e[8:12]}-{e[12:]}",
                       f"{e[:4]} {e[4:10]} {e[10:]}", f"{e[:8]} {e[8:]}"))


# theme identifiers (MEDICAL_RECORD_NUMBER)
def mse_protocol(rng: random.Random, fake: Any) -> str:
    """The number of an МСЭ protocol / act / ИПРА: <seq>.<bureau>.<region>/<year>."""
    return f"{rng.randrange(1, 3999)}.{rng.randrange(1, 70)}.{rng.randrange(1, 99):02d}/{rng.randrange(2016, 2026)}"


def mse_cert(rng: random.Random, fake: Any) -> str:
    return d(rng, 7)


def referral_088(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 6), f"{nz(rng, 3)}/{rng.randrange(19, 26)}", f"088-{nz(rng, 5)}", nz(rng, 13),
                       f"{rng.randrange(2019, 2026)}-{d(rng, 6)}"))


def vk_protocol(rng: random.Random, fake: Any) -> str:
    return rng.choice((str(rng.randrange(12, 4800)), f"{rng.randrange(12, 999)}/{rng.randrange(1, 12)}",
                       f"{rng.randrange(1, 999)}-ВК", f"ВК-{rng.randrange(2019, 2026)}-{d(rng, 4)}"))


def card_no(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 5), nz(rng, 6), f"{nz(rng, 4)}/{rng.randrange(19, 26)}", f"{d(rng, 2)}-{nz(rng, 5)}",
                       f"А-{nz(rng, 5)}", f"{nz(rng, 3)}-{rng.randrange(1, 12)}/{rng.randrange(19, 26)}"))


def voucher(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"{d(rng, 6)}", f"{nz(rng, 2)}-{d(rng, 6)}", f"СК-{nz(rng, 5)}", f"{nz(rng, 4)}/{rng.randrange(2019, 2026)}"))


def eln(rng: random.Random, fake: Any) -> str:
    return "9" + d(rng, 11)


def register_no(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"{rng.randrange(1, 92):02d}-{rng.randrange(2005, 2026)}-{d(rng, 5)}", nz(rng, 7),
                       f"{nz(rng, 2)}{d(rng, 6)}", f"ОР-{nz(rng, 6)}", f"{rng.randrange(1, 92):02d}.{d(rng, 6)}"))


def hiv_code(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"{rng.randrange(1, 92):02d}-{d(rng, 5)}", f"{nz(rng, 3)}/{rng.randrange(10, 26)}-Д",
                       f"В-{nz(rng, 5)}", f"{rng.randrange(1, 92):02d}{d(rng, 7)}"))


def mis_id(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 8), nz(rng, 10), f"{fake.uuid4()}", f"PAT{nz(rng, 7)}", nz(rng, 12)))


def tsr_cert(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 13), f"{d(rng, 2)}-{nz(rng, 4)}-{d(rng, 6)}", f"ЭС-{nz(rng, 9)}", nz(rng, 9)))


def birth_cert(rng: random.Random, fake: Any) -> str:
    return f"{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VIII'))}-{rng.choice(('МЮ', 'КБ', 'ИР', 'АГ', 'ЕТ', 'ВО', 'РЖ'))} {d(rng, 6)}"


def foreign_pass(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"FA{d(rng, 7)}", f"AC{d(rng, 7)}", f"N{d(rng, 8)}", f"AN{d(rng, 7)}", f"ID{d(rng, 7)}",
                       f"{d(rng, 2)} {d(rng, 7)}"))


def pension_case(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 6), f"{nz(rng, 3)}-{d(rng, 6)}", f"{nz(rng, 2)}/{d(rng, 5)}"))


def ippsu(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"{nz(rng, 4)}", f"{nz(rng, 3)}-{rng.randrange(2019, 2026)}", f"ИППСУ-{nz(rng, 5)}"))


def lab_no(rng: random.Random, fake: Any) -> str:
    return rng.choice((nz(rng, 10), f"{nz(rng, 2)}-{d(rng, 6)}", f"{rng.randrange(2020, 2026)}/{nz(rng, 5)}"))
