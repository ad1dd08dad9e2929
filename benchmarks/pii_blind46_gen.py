"""Value makers for blind split 46 (military, police and forensic medicine).

Names come from Faker ``ru_RU`` or from the lists below (peoples of Russia and the CIS); identifiers are
generated with valid check digits where the document has them. ``Doc`` assembles a fragment and its gold spans.
"""

from __future__ import annotations

import inspect
import random
import re
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted, address
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

HELD = "heldout"


class Doc:
    """Text built piece by piece; ``v`` appends a gold value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        assert s and s == s.strip(), repr(s)
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = str(rng.randrange(1, 10)) + out[1:]
    return out


# ----- people ------------------------------------------------------------------------------------
# (surname m, first names m, first names f, patronymic style) per people; surnames in -ов/-ин take -а for women.
_PEOPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    (("Гарипов", "Хайруллин", "Сафин", "Зарипов", "Шарафутдинов", "Галиуллин", "Мухаметшин", "Валиев"),
     ("Ильдар", "Рустем", "Айрат", "Ринат", "Марат", "Азат", "Радик", "Ильнур"),
     ("Гульнара", "Лейсан", "Альфия", "Резеда", "Эльвира", "Гузель", "Алсу"), "ruso"),
    (("Магомедов", "Абдулаев", "Гаджиев", "Исмаилов", "Умаров", "Шамилев", "Рамазанов", "Курбанов"),
     ("Магомед", "Шамиль", "Ислам", "Руслан", "Ахмед", "Хасан", "Мурад", "Арсен"),
     ("Патимат", "Мадина", "Зарема", "Аминат", "Хадижат", "Марьям"), "ruso"),
    (("Саркисян", "Арутюнян", "Петросян", "Акопян", "Манукян", "Оганесян", "Григорян"),
     ("Артур", "Ашот", "Карен", "Гагик", "Тигран", "Айк"), ("Анаит", "Гаяне", "Лусине", "Кристине"), "ruso"),
    (("Беридзе", "Гелашвили", "Капанадзе", "Чхеидзе", "Майсурадзе"),
     ("Георгий", "Леван", "Давид", "Зураб", "Гиви"), ("Нино", "Тамара", "Манана", "Кетеван"), "ruso"),
    (("Рахимов", "Каримов", "Юлдашев", "Назаров", "Тошматов", "Сафаров", "Хамидов", "Эргашев"),
     ("Бахтиёр", "Фаррух", "Шохрух", "Улугбек", "Жасур", "Тимур", "Дилшод", "Азиз"),
     ("Дилноза", "Нилуфар", "Гулнора", "Шахноза", "Мадина", "Феруза"), "ugli"),
    (("Мамедов", "Гасанов", "Гусейнов", "Алиев", "Джафаров", "Керимов"),
     ("Эльвин", "Рауф", "Тофик", "Эльчин", "Рашад", "Самир"), ("Айгюн", "Севиндж", "Лейла", "Гюнай"), "ogly"),
    (("Дашиев", "Цыренов", "Бадмаев", "Доржиев", "Жамсоев", "Намсараев"),
     ("Баир", "Булат", "Жаргал", "Баатар", "Тумэн", "Солбон"), ("Сэсэг", "Туяна", "Дарима", "Баярма"), "ruso"),
    (("Нурланов", "Жумабаев", "Абенов", "Сейткалиев", "Токтогулов", "Асанов"),
     ("Нурлан", "Ерлан", "Бакыт", "Данияр", "Айбек", "Канат"), ("Айгерим", "Жанар", "Динара", "Гульмира"), "ruso"),
    (("Саввинов", "Охлопков", "Слепцов", "Винокуров", "Неустроев"),
     ("Айаал", "Николай", "Мичил", "Эрхан", "Семён"), ("Сардаана", "Туйаара", "Саргылана", "Нюргуяна"), "ruso"),
)


def _fem_surname(s: str) -> str:
    return s + "а" if re.search(r"(ов|ев|ин|ын)$", s) else s


def _patr(father: str, female: bool, style: str) -> str:
    if style == "ugli":
        return f"{father} {'кизи' if female else 'угли'}"
    if style == "ogly":
        return f"{father} {'кызы' if female else 'оглы'}"
    stem = father[:-1] + "ь" if father.endswith("й") else father
    if stem.endswith("ь"):
        return stem[:-1] + ("евна" if female else "евич")
    return stem + ("овна" if female else "ович")


def person_parts(rng: random.Random, fake: Any, cis: float = 0.3) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.4
    if rng.random() >= cis:
        if female:
            return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False
    surnames, males, females, style = rng.choice(_PEOPLES)
    last = rng.choice(surnames)
    father = rng.choice(males)
    if style == "ruso" and father in ("Айаал", "Мичил", "Эрхан", "Тумэн", "Солбон"):
        father = "Николай"
    if female:
        return _fem_surname(last), rng.choice(females), _patr(father, True, style), True
    return last, rng.choice(males), _patr(father, False, style), False


def _infl(word: str, kind: str, female: bool, case: str) -> str:
    if case == "nomn" or word in ("угли", "оглы", "кызы", "кизи"):
        return word
    return inflect_name(word, kind, female, case)


def name(rng: random.Random, fake: Any, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",),
         cis: float = 0.3, upper: float = 0.0) -> str:
    """Shapes as in ``pii_families.person``: F I O, F io, F i o, io F, i o F, I F, F I, I O, F."""
    last, first, middle, female = person_parts(rng, fake, cis)
    mid_words = middle.split()
    parts = {
        "F": _infl(last, "Surn", female, case),
        "I": _infl(first, "Name", female, case),
        "O": _infl(middle, "Patr", female, case) if len(mid_words) == 1 else middle,
    }
    out = []
    shape = rng.choice(shapes)
    for tok in re.findall(r"i o|io|[FIOio]", shape):
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i o":
            out.append(f"{first[0]}. {middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        else:
            out.append(parts[tok])
    text = " ".join(out)
    r = rng.random()
    if r < upper / 2:
        text = text.upper()
    elif r < upper:
        text = text.replace(parts["F"], parts["F"].upper(), 1)
    return text


def pname(shapes: tuple[str, ...] = ("F I O",), cis: float = 0.3, upper: float = 0.0):
    return lambda rng, fake, case: name(rng, fake, case, shapes, cis, upper)


# ----- dates ---------------------------------------------------------------------------------------
_TOK = re.compile(r"yyyy|yy|dd|mm|MG|MN|ML|MR|Mc|hh|nn|d|m")


def when(rng: random.Random, kind: str = "event") -> tuple[int, int, int, int, int]:
    if kind == "conscript":
        year = rng.randrange(1998, 2008)
    elif kind == "dob":
        year = rng.randrange(1948, 2006)
    else:
        year = rng.randrange(2016, 2026)
    return year, rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60)


def fmt_date(rng: random.Random, layout: str, kind: str = "event") -> str:
    y, mo, dd, hh, nn = when(rng, kind)
    vals = {"yyyy": str(y), "yy": f"{y % 100:02d}", "dd": f"{dd:02d}", "mm": f"{mo:02d}", "MG": MONTHS_GENT[mo - 1],
            "MN": MONTHS_NOMN[mo - 1], "ML": MONTHS_LOCT[mo - 1], "MR": ROMAN[mo - 1],
            "Mc": MONTHS_NOMN[mo - 1].capitalize(), "hh": f"{hh:02d}", "nn": f"{nn:02d}", "d": str(dd), "m": str(mo)}
    return _TOK.sub(lambda m: vals[m.group(0)], layout)


def dt(*layouts: str, kind: str = "event"):
    return lambda rng, fake, case: fmt_date(rng, rng.choice(layouts), kind)


DOB = ("dd.mm.yyyy", "dd.mm.yyyy г.", "d MG yyyy г.", "dd.mm.yy", "yyyy-mm-dd")
DOB_GR = ("dd.mm.yyyy", "dd.mm.yy", "d MG yyyy", "yyyy", "dd/mm/yyyy")  # before "г.р."
EVENT = ("dd.mm.yyyy", "dd.mm.yyyy г.", "«dd» MG yyyy г.", "d MG yyyy года", "dd.mm.yyyy hh:nn", "dd.mm.yyyy в hh:nn")


# ----- places ----------------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def town_case(fake: Any, case: str) -> str:
    return " ".join(inflect_word(w, case, "Geox") if case != "nomn" else w for w in town(fake).split())


ADDR = address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}",
               "{P}, {R}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{T}, {S} ул., {N}-{Q}", "г {T} ул {S} д {N} кв {Q}",
               "{RF}, {D} район, пос. {V}, ул. {S}, д. {N}", "ул. {S}, д. {N}, кв. {Q}, г. {T}")
ADDR_SHORT = address("г. {T}, ул. {S}, д. {N}", "ул. {S}, {N}-{Q}", "{T}, ул. {S}, {N}", "пр-т {S}, д. {N}, г. {T}")
BIRTHPLACE = address("г. {T} {R}", "с. {V} {Dg} р-на {R}", "{RF}, г. {T}", "пос. {V}, {R}", "гор. {T}")


def addr(rng: random.Random, fake: Any, short: bool = False) -> str:
    return (ADDR_SHORT if short else ADDR)(rng, fake, "nomn")


# ----- identifiers -----------------------------------------------------------------------------------
def put(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return put(layout, body + snils_check_digits(body))


def inn_v(rng: random.Random, twelve: bool = True) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, 8 if twelve else 7)
    return prefix + inn_check_digits(prefix)


def enp_v(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    body = d(rng, 15, True)
    for c in "0123456789":
        if enp_valid(body + c):
            return put(layout, body + c)
    raise AssertionError(body)


def passport_v(rng: random.Random, layout: str = "XX XX XXXXXX") -> str:
    region = f"{rng.randrange(1, 99):02d}"
    return put(layout, region + f"{rng.randrange(0, 25):02d}" + d(rng, 6, True))


_LET = "АВЕКМНОРСТХ"


def letters(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(_LET) for _ in range(n))


def voen_bilet(rng: random.Random) -> str:
    return rng.choice(("{L} {D}", "{L}-{D}", "{L} № {D}", "{L}{D}")).format(L=letters(rng), D=d(rng, 7))


def lichny_nomer(rng: random.Random) -> str:
    return rng.choice(("{L}-{D}", "{L}-{D}", "{l}-{D}", "{L} {D}")).format(L=letters(rng), l=letters(rng, 1),
                                                                           D=d(rng, 6))


def ud_kusp(rng: random.Random) -> str:
    return rng.choice((d(rng, 4, True), d(rng, 5, True), f"{d(rng, 4, True)}/{rng.randrange(20, 26)}"))


def criminal_case(rng: random.Random) -> str:
    return f"{rng.randrange(11, 13)}{rng.randrange(1, 26):02d}{d(rng, 13)}"


def police_protocol(rng: random.Random) -> str:
    return rng.choice(("{R} {L} {D}", "{R} {L} № {D}", "{R}{L}{D}")).format(R=f"{rng.randrange(1, 99):02d}",
                                                                           L=letters(rng), D=d(rng, 6))


def drivers_licence(rng: random.Random) -> str:
    return put(rng.choice(("XX XX XXXXXX", "XXXX XXXXXX", "XX XX № XXXXXX", "XXXXXXXXXX")),
               f"{rng.randrange(1, 99):02d}" + d(rng, 8))


def foreign_passport(rng: random.Random) -> str:
    return rng.choice(("FA{D}", "AA{D}", "AC{D}", "N{E}", "{N9}", "AB {D}")).format(
        D=d(rng, 7), E=d(rng, 8), N9=d(rng, 9, True))


def migration_card(rng: random.Random) -> str:
    return rng.choice(("{S} № {D}", "{S} {D}", "{S}{D}")).format(S=d(rng, 4, True), D=d(rng, 7))


def eln(rng: random.Random) -> str:
    return rng.choice(("9", "9", "2")) + d(rng, 11)


def case_no(rng: random.Random) -> str:
    return rng.choice((d(rng, 5, True), f"{d(rng, 4, True)}/{rng.randrange(20, 26)}", f"{d(rng, 3, True)}-{d(rng, 2)}",
                       f"{rng.randrange(2019, 2026)}-{d(rng, 5)}"))


def expert_no(rng: random.Random) -> str:
    return rng.choice((d(rng, 3, True), d(rng, 4, True), f"{d(rng, 4, True)}/{rng.randrange(2019, 2026)}",
                       f"{d(rng, 3, True)}-Э", f"{d(rng, 2, True)}/{d(rng, 4, True)}"))


# ----- contacts -----------------------------------------------------------------------------------------
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch  y  e yu ya").split(" "), strict=True))


def translit(s: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in s.lower())


def mail(rng: random.Random, fake: Any) -> str:
    if rng.random() < 0.4:
        return rng.choice((fake.email(), fake.free_email(), fake.company_email()))
    last = translit(fake.last_name_male())
    dom = rng.choice(("mvd.ru", "sudmed-expert.ru", "mail.ru", "yandex.ru", "bk.ru", "sledcom.ru", "voenkomat-rf.ru",
                      "fsin-med.ru", "gmail.com", "list.ru"))
    return rng.choice((f"{last}@{dom}", f"{last}.{d(rng, 2)}@{dom}", f"{last[0]}.{last}@{dom}",
                       f"{rng.choice(('sme', 'ovd', 'ddch', 'vvk', 'mch'))}{d(rng, 2)}@{dom}"))


def link(rng: random.Random, fake: Any) -> str:
    r = rng.random()
    if r < 0.35:
        return rng.choice((fake.url(), fake.uri()))
    dom = fake.domain_name()
    return rng.choice((f"https://{dom}/expertiza/{d(rng, 6)}", f"http://{dom}/akt?id={d(rng, 7)}",
                       f"https://lk.{dom}/patient/{d(rng, 8)}", f"www.{dom}/zapros/{d(rng, 5)}",
                       f"https://{dom}/files/{translit(fake.last_name_male())}_{d(rng, 4)}.pdf"))


_CITY = ("495", "812", "343", "383", "846", "861", "863", "342", "351", "391", "473", "831", "843", "347", "8452",
         "3952", "4212", "3012", "8722", "4112", "3452")


def tel(rng: random.Random, kind: str = "any") -> str:
    if kind == "mobile" or (kind == "any" and rng.random() < 0.55):
        a = "9" + d(rng, 2)
        b, c, e = d(rng, 3), d(rng, 2), d(rng, 2)
        return rng.choice((f"+7 ({a}) {b}-{c}-{e}", f"8-{a}-{b}-{c}-{e}", f"+7{a}{b}{c}{e}", f"8 {a} {b} {c} {e}",
                           f"8({a}){b}{c}{e}", f"+7 {a} {b}-{c}{e}", f"8{a}{b}{c}{e}"))
    code = rng.choice(_CITY)
    rest = d(rng, 10 - len(code))
    sub = f"{rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
    return rng.choice((f"8 ({code}) {sub}", f"8({code}){sub}", f"+7 ({code}) {sub}", f"({code}) {sub}",
                       f"8-{code}-{sub}", f"8 {code} {rest}"))


def phone_m(kind: str = "any"):
    return lambda rng, fake, case: tel(rng, kind)


def g(fn):
    """A Family maker from an ``(rng)`` or ``(rng, fake)`` value function."""
    if len(inspect.signature(fn).parameters) == 1:
        return lambda rng, fake, case: fn(rng)
    return lambda rng, fake, case: fn(rng, fake)


def ocr(rng: random.Random, label: str, p: float = 0.3) -> str:
    """A label as a poor scan reads it (values are left intact)."""
    if rng.random() > p:
        return label
    swaps = {"о": "0", "О": "0", "и": "н", "л": "п", "ш": "щ", "е": "с", "з": "3", "б": "6", "т": "г"}
    chars = list(label)
    idx = [i for i, ch in enumerate(chars) if ch in swaps]
    for i in rng.sample(idx, min(len(idx), rng.randrange(1, 3))):
        chars[i] = swaps[chars[i]]
    return "".join(chars)
