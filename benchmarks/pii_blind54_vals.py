"""Value makers for blind split 54: names of the peoples of Russia and the CIS, valid ENP/SNILS/INN,
document numbers the way Russian clinics and registries print them, dates with times, URLs and
e-mails that point at one person. Every maker is ``(rng, fake, case) -> str``."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker, person
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits

# --- names of the peoples of Russia and the CIS (nominative only: surname, first name, patronymic)
CIS_PEOPLE = (
    ("Галиуллина", "Алсу", "Ринатовна"), ("Хайруллин", "Ильдар", "Фаритович"), ("Сафиуллина", "Гузель", "Ильдусовна"),
    ("Ахмадеев", "Салават", "Рамилевич"), ("Юлдашбаева", "Айгуль", "Мансуровна"), ("Умаров", "Ислам", "Ахмедович"),
    ("Дудаева", "Хадижат", "Магомедовна"), ("Алиев", "Рустам", "Гасанович"), ("Магомедов", "Шамиль", "Абдулаевич"),
    ("Саргсян", "Ашот", "Гагикович"), ("Аветисян", "Анаит", "Самвеловна"), ("Бериашвили", "Нино", "Гивиевна"),
    ("Кобахидзе", "Давид", "Зурабович"), ("Нурланов", "Ерлан", "Бекович"), ("Жумабаева", "Айгерим", "Сериковна"),
    ("Рахимов", "Шерзод", "Бахтиёр угли"), ("Саидова", "Дильноза", "Олимовна"), ("Каримов", "Фаррух", "Рустамович"),
    ("Слепцова", "Сардаана", "Егоровна"), ("Дашиев", "Баир", "Цыренович"), ("Доржиева", "Саяна", "Баировна"),
    ("Бадмаев", "Очир", "Санджиевич"), ("Кулиев", "Эльдар", "Ахмед оглы"), ("Мамедова", "Севиндж", "Рауф кызы"),
    ("Ооржак", "Айдыс", "Валерьевич"), ("Тимерханова", "Лилия", "Наилевна"), ("Абдуллаев", "Тимур", "Маратович"),
    ("Шарипова", "Мадина", "Саидовна"), ("Кенжебаев", "Данияр", "Асланович"), ("Токтогулова", "Жылдыз", "Алмазбековна"),
)


def cis_person(*shapes: str) -> Maker:
    """Shapes as in ``person``: "F I O", "F io", "I F", "F I"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle = rng.choice(CIS_PEOPLE)
        shape = rng.choice(shapes)
        out = []
        for token in shape.split():
            out.append({"F": last, "I": first, "O": middle, "io": f"{first[0]}.{middle[0]}.",
                        "i": f"{first[0]}."}[token])
        return " ".join(out)

    return make


def lower(make: Maker) -> Maker:
    """A hurried typist: the whole value in lowercase."""
    return lambda rng, fake, case: make(rng, fake, case).lower()


def sometimes(make: Maker, change: Any, p: float = 0.4) -> Maker:
    def wrapped(rng: random.Random, fake: Any, case: str) -> str:
        value = make(rng, fake, case)
        return change(value) if rng.random() < p else value

    return wrapped


def name_split_line(case_shapes: tuple[str, ...] = ("F io", "F i o")) -> Maker:
    """Surname at the end of one line, initials at the start of the next (a wrapped signature)."""
    base = person(*case_shapes)

    def make(rng: random.Random, fake: Any, case: str) -> str:
        value = base(rng, fake, case)
        head, _, tail = value.partition(" ")
        return f"{head}\n{tail}" if rng.random() < 0.5 else value

    return make


# --- digits --------------------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _lay(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def enp(*layouts: str) -> Maker:
    """A 16-digit unified OMS policy number with its check digit (the Luhn sum of all sixteen)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = str(rng.randrange(1, 10)) + _d(rng, 14)
        check = next(str(c) for c in range(10) if luhn_valid(body + str(c)))
        return _lay(rng.choice(layouts), body + check)

    return make


def old_oms() -> Maker:
    """Old (pre-2011) policies: a series and a number, printed many ways."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return rng.choice((
            f"{rng.choice(('ЕКБ', 'ВСН', 'АСТ', 'МЛ', 'ТВ'))} {_d(rng, 7)}",
            f"{rng.randrange(1000, 9999)} № {_d(rng, 10)}",
            f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)} {_d(rng, 8)}",
            f"{rng.choice(('ЯМ', 'АА', 'КЕ'))} {_d(rng, 6)}",
        ))

    return make


def snils54(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _lay(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn54(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        return _lay(layout, prefix + inn_check_digits(prefix))

    return make


def passport54(*layouts: str) -> Maker:
    """Series (two region digits + two year digits) and a six-digit number."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
        return _lay(rng.choice(layouts), series + f"{rng.randrange(100000, 999999)}")

    return make


def pattern(*layouts: str) -> Maker:
    """X a digit, Y a year 2015-2025 (four digits), y two digits of it, L a capital letter."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year = rng.randrange(2015, 2026)
        out = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(10)))
            elif ch == "Y":
                out.append(str(year))
            elif ch == "y":
                out.append(f"{year % 100:02d}")
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            elif ch == "Z":
                out.append(rng.choice("ABCDEFHKMNPRSTZ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


# --- dates -----------------------------------------------------------------------------------------
def when(*layouts: str, years: tuple[int, int] = (2012, 2026)) -> Maker:
    """Layouts: dd d mm m yyyy yy MG MN ML MA Mc, hh:mi a time, as in ``date`` of pii_families but
    with the dates of care (recent years) and times glued on."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year = rng.randrange(*years)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        out = rng.choice(layouts)
        for key, value in (
            ("yyyy", f"{year}"), ("yy", f"{year % 100:02d}"), ("dd", f"{day:02d}"), ("mm", f"{month:02d}"),
            ("hh", f"{rng.randrange(0, 24):02d}"), ("mi", f"{rng.randrange(0, 60):02d}"),
            ("MG", MONTHS_GENT[month - 1]), ("MN", MONTHS_NOMN[month - 1]), ("ML", MONTHS_LOCT[month - 1]),
            ("MA", MONTHS_ABBR[month - 1]), ("Mc", MONTHS_NOMN[month - 1].capitalize()),
            ("d", f"{day}"), ("m", f"{month}"),
        ):
            out = out.replace(key, value)
        return out

    return make


def born(*layouts: str) -> Maker:
    return when(*layouts, years=(1932, 2024))


# --- the net -----------------------------------------------------------------------------------------
_TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                   "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TRANS.get(ch, ch) for ch in word.lower())


def personal_email() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        female = rng.random() < 0.5
        last = translit(fake.last_name_female() if female else fake.last_name_male())
        first = translit(fake.first_name_female() if female else fake.first_name_male())
        user = rng.choice((f"{last}.{first[0]}", f"{first}{last}{rng.randrange(60, 100)}",
                           f"{last}_{rng.randrange(1, 999)}", f"{first[0]}{last}", f"{last}{rng.randrange(1960, 2010)}"))
        host = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com", "rambler.ru", "ya.ru"))
        return rng.choice((f"{user}@{host}", f"{user}@{host}", fake.free_email(), fake.email()))

    return make


def personal_url() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        user = translit(fake.last_name_male()) + str(rng.randrange(10, 99))
        return rng.choice((
            f"https://vk.com/id{rng.randrange(10_000, 900_000_000)}", f"vk.com/{user}", f"https://t.me/{user}",
            f"https://ok.ru/profile/{rng.randrange(10**11, 10**12)}",
            f"https://lk.{fake.domain_name()}/results/{_d(rng, 8)}",
            f"https://telemed.{fake.domain_name()}/room/{rng.randrange(10**5, 10**6)}-{_d(rng, 4)}",
            f"http://{fake.domain_name()}/patient?id={_d(rng, 7)}",
            f"www.{fake.domain_name()}/lk/{user}", fake.url() + f"pacient/{_d(rng, 6)}", fake.uri(),
        ))

    return make
