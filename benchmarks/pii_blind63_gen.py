"""Value makers and a small document builder for blind split 63 (see ``pii_families_blind63``)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import Maker, Planted, address, date, digits_layout, person, phone
from medsyn_dataset.validation.pii.checksums import enp_valid, inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name

NBSP = "\u00a0"

# (surname, first name, patronymic, female) of the peoples of Russia and the CIS
PEOPLES: tuple[tuple[str, str, str, bool], ...] = (
    ("Хабибуллин", "Ринат", "Маратович", False), ("Хабибуллина", "Гульнара", "Ринатовна", True),
    ("Галимзянов", "Ильдар", "Фаридович", False), ("Валиева", "Альфия", "Рашитовна", True),
    ("Ишмухаметов", "Азат", "Ильгизович", False), ("Юсупова", "Лейла", "Рустамовна", True),
    ("Магомедов", "Шамиль", "Гаджиевич", False), ("Абдулаева", "Патимат", "Магомедовна", True),
    ("Кадыров", "Ахмед", "Рамзанович", False), ("Бекмурзаева", "Зарема", "Алиевна", True),
    ("Хачатрян", "Арам", "Ашотович", False), ("Саркисян", "Карина", "Гагиковна", True),
    ("Гиоргадзе", "Леван", "Давидович", False), ("Чантурия", "Нино", "Гивиевна", True),
    ("Нурланов", "Ерлан", "Серикович", False), ("Жумабаева", "Айгерим", "Болатовна", True),
    ("Рахимов", "Фарход", "Умарович", False), ("Каримова", "Дилноза", "Шухратовна", True),
    ("Цыбиков", "Баир", "Доржиевич", False), ("Дашиева", "Сэсэг", "Бадмаевна", True),
    ("Егоров", "Айаал", "Николаевич", False), ("Слепцова", "Сардана", "Прокопьевна", True),
    ("Алиев", "Эльчин", "Рафикович", False), ("Мамедова", "Севиндж", "Исмаиловна", True),
    ("Бойко", "Тарас", "Миколаевич", False), ("Шевчук", "Оксана", "Петровна", True),
    ("Токтогулов", "Нурбек", "Асанович", False), ("Назарова", "Мехрона", "Саидовна", True),
    ("Кочкуров", "Видмант", "Ильич", False), ("Кузьмина", "Эльвира", "Каюмовна", True),
    ("Тхагапсоев", "Аслан", "Муратович", False), ("Гутиева", "Залина", "Казбековна", True),
)


def nat(*shapes: str) -> Maker:
    """A name of one of the peoples of Russia/CIS (shapes as in ``person``: "F I O", "F io", "io F", "I O"...)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female = rng.choice(PEOPLES)
        parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
                 "O": inflect_name(middle, "Patr", female, case)}
        out = []
        for token in rng.choice(shapes).split():
            if token == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif token == "i":
                out.append(f"{first[0]}.")
            elif token == "o":
                out.append(f"{middle[0]}.")
            else:
                out.append(parts[token])
        return " ".join(out)

    return make


def anyname(*shapes: str) -> Maker:
    """Half Faker Russian names, half names of other peoples."""
    a, b = person(*shapes), nat(*shapes)
    return lambda rng, fake, case: (a if rng.random() < 0.5 else b)(rng, fake, case)


def caps(make: Maker) -> Maker:
    return lambda rng, fake, case: make(rng, fake, case).upper()


def lower(make: Maker) -> Maker:
    return lambda rng, fake, case: make(rng, fake, case).lower()


_LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"}


def latin_lookalike(make: Maker) -> Maker:
    """One Cyrillic letter swapped for its Latin look-alike (as pasted from a PDF/MIS)."""

    def m(rng: random.Random, fake: Any, case: str) -> str:
        value = make(rng, fake, case)
        spots = [i for i, ch in enumerate(value) if ch in _LAT]
        if not spots:
            return value
        i = rng.choice(spots)
        return value[:i] + _LAT[value[i]] + value[i + 1:]

    return m


def nbsp(make: Maker) -> Maker:
    return lambda rng, fake, case: make(rng, fake, case).replace(" ", NBSP)


# ----- identifiers ---------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _put(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils63(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _put(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn63(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        return _put(layout, prefix + inn_check_digits(prefix))

    return make


def enp_digits(rng: random.Random) -> str:
    while True:
        body = str(rng.randrange(1, 10)) + _d(rng, 14)
        for last in "0123456789":
            if enp_valid(body + last):
                return body + last


def enp(*layouts: str) -> Maker:
    return lambda rng, fake, case: _put(rng.choice(layouts), enp_digits(rng))


def oms_any() -> Maker:
    """ЕНП mostly; sometimes an old series + number policy."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < 0.75:
            return _put(rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")), enp_digits(rng))
        series = rng.choice(("ХМ", "ЕАВ", "ТЛ", "77 00", "ВТ", "КМ"))
        return f"{series} {_d(rng, rng.choice((7, 8, 10)))}" if rng.random() < 0.5 else f"{series}№{_d(rng, 8)}"

    return make


PASSPORT = digits_layout("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XX XX № XXXXXX", "XXXXXXXXXX",
                         "XX" + NBSP + "XX" + NBSP + "XXXXXX")


def mrn63() -> Maker:
    """Numbers pointing at one person's record, in the shapes Russian MIS and clerks use."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.choice(("2021", "2022", "2023", "2024", "2025"))
        shapes = (f"{_d(rng, 5)}/{y[2:]}", f"{rng.randrange(1, 99999)}-{y}", f"{_d(rng, 4)}/С{y[2:]}",
                  f"ИБ-{y}-{rng.randrange(1, 99999):05d}", f"{rng.randrange(100000, 9999999)}",
                  f"{rng.randrange(1, 9)}{_d(rng, 11)}", f"А{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 4)}/{y[2:]}")
        return rng.choice(shapes)

    return make


def eln() -> Maker:
    return lambda rng, fake, case: str(rng.randrange(9, 10)) + _d(rng, 11)


# ----- contacts ------------------------------------------------------------------------------
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def email63() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        last = translit(rng.choice((fake.last_name_male(), rng.choice(PEOPLES)[0])))
        first = translit(fake.first_name_male())
        user = rng.choice((f"{last}{rng.randrange(60, 100)}", f"{first[0]}.{last}", f"{last}_{first}",
                           f"{first}{last[:3]}{rng.randrange(1, 2000)}", f"{last}-{first[0]}"))
        dom = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "ya.ru"))
        value = f"{user}@{dom}"
        return value.capitalize() if rng.random() < 0.1 else value

    return make


def url63() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        nick = translit(fake.last_name_male()) + str(rng.randrange(1, 99))
        tok = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(6, 12)))
        return rng.choice((f"https://vk.com/id{_d(rng, 9)}", f"https://t.me/{nick}", f"vk.com/{nick}",
                           f"https://ok.ru/profile/{_d(rng, 12)}", f"https://lab.gemotest.ru/r/{tok}",
                           f"https://invitro.ru/results/?key={tok}", f"https://disk.yandex.ru/d/{tok}",
                           f"http://pacs.gkb{rng.randrange(1, 80)}.ru/viewer?study={_d(rng, 10)}",
                           f"https://cloud.mail.ru/public/{tok[:4]}/{tok[4:]}", f"https://t.me/+7{_d(rng, 10)}",
                           f"https://telemed.doctis.ru/c/{tok}", f"https://wa.me/79{_d(rng, 9)}"))

    return make


MOB = phone("+7 (AAA) BBB-CC-DD", "8-AAA-BBB-CC-DD", "8AAABBBCCDD", "+7 AAA BBB CC DD", "8 AAA BBB-CC-DD",
            "+7(AAA)BBB-CC-DD", "8 (AAA) BBBCCDD", "+7" + NBSP + "AAA" + NBSP + "BBB-CC-DD", "+7-AAA-BBB-CCDD")
CITY = phone("8 (AAAA) BB-CC-DD", "(AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD", "BBB-CC-DD", "8AAABBBCCDD", codes="city")
DAY = date("dd.mm.yyyy", "d.mm.yyyy", "dd.mm.yy", "d MG yyyy г.", "dd.mm.yyyyг.", "d MG yyyy года")
PARTIAL = date("в ML yyyy г.", "MN yyyy", "mm.yyyy", "в yyyy г.", "MG yyyy г.", "в ML yyyy")
ADDR = address("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{R}, {D} р-н, с. {V}, ул. {S}, д. {N}",
               "{T}, ул. {S} {N}-{Q}", "{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г {T} ул {S} д {N} кв {Q}",
               "ул. {S}, д. {N}, кв. {Q}", "{R}, д. {V}, ул. {S}, д. {N}")
TOWN = address("г. {Tc}", "{Tc}", "с. {V}", "пос. {V}")


def when(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    """A date with a time, as MIS and duty notes write it."""
    d = DAY(rng, fake, case)
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    return rng.choice((f"{d} {hh:02d}:{mm:02d}", f"{d} в {hh}:{mm:02d}", f"{d}, {hh:02d}.{mm:02d}", d))


class Doc:
    """Builds text and gold spans piece by piece."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def _shape(rng: random.Random, shapes: tuple[str, ...], names: tuple[str, str, str], female: bool, case: str) -> str:
    last, first, middle = names
    parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(middle, "Patr", female, case)}
    out = []
    for token in rng.choice(shapes).split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif token in ("i", "o"):
            out.append(f"{(first if token == 'i' else middle)[0]}.")
        else:
            out.append(parts[token])
    return " ".join(out)


def gendered(female: bool, *shapes: str) -> Maker:
    """A name of the given sex: a Faker Russian name or one of the peoples of Russia/CIS."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < 0.5:
            last, first, middle, _ = rng.choice([p for p in PEOPLES if p[3] == female])
        elif female:
            last, first, middle = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
        else:
            last, first, middle = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
        return _shape(rng, shapes, (last, first, middle), female, case)

    return make
