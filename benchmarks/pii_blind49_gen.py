"""Value makers and a small text builder for blind split 49 (private paid medicine paperwork).

Every maker has the planting signature ``(rng, fake, case) -> str``; identifiers carry valid check
digits (:mod:`~medsyn_dataset.validation.pii.checksums`), names come from Faker ``ru_RU`` or from the
short lists of names of the peoples of Russia and the CIS below.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, Planted, person
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (surname, first name, patronymic), male and female, peoples of Russia and the CIS
_CIS_M = (("Гасанов", "Рашид", "Магомедович"), ("Хабибуллин", "Ильдар", "Ринатович"), ("Абдуллаев", "Тимур", "Азизович"),
          ("Цыренов", "Баир", "Дашиевич"), ("Кочкаров", "Аслан", "Муратович"), ("Гарипов", "Айдар", "Ильшатович"),
          ("Назаров", "Фарход", "Шухратович"), ("Осипян", "Арам", "Гагикович"), ("Бекмуратов", "Ерлан", "Серикович"),
          ("Садыков", "Руслан", "Фаридович"), ("Алиев", "Эльчин", "Рамизович"), ("Лиджиев", "Санал", "Бадмаевич"))
_CIS_F = (("Гасанова", "Мадина", "Магомедовна"), ("Хабибуллина", "Гульнара", "Ринатовна"), ("Абдуллаева", "Зарина", "Азизовна"),
          ("Цыренова", "Туяна", "Дашиевна"), ("Кочкарова", "Фатима", "Муратовна"), ("Гарипова", "Алсу", "Ильшатовна"),
          ("Назарова", "Дилноза", "Шухратовна"), ("Осипян", "Анаит", "Гагиковна"), ("Бекмуратова", "Айгерим", "Сериковна"),
          ("Ахмедова", "Лейла", "Рамизовна"), ("Сангаджиева", "Байрта", "Бадмаевна"), ("Ким", "Виктория", "Олеговна"))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def lay(rng: random.Random, layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


# ----- people -----------------------------------------------------------------------------------
_SHAPES = ("F I O", "F I O", "F io", "F i o", "io F", "I O F", "F I", "I F")


def name(*shapes: str, lower: float = 0.0, upper: float = 0.0):
    """A Faker or CIS name in the slot's case; optional share of lowercase / UPPER spellings."""
    shapes = shapes or _SHAPES
    faker_make = person(*shapes)

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        if rng.random() < 0.25:
            female = rng.random() < 0.5
            last, first, mid = rng.choice(_CIS_F if female else _CIS_M)
            parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
                     "O": inflect_name(mid, "Patr", female, case)}
            out = []
            for tok in rng.choice(shapes).split():
                out.append({"io": f"{first[0]}.{mid[0]}.", "i": f"{first[0]}.", "o": f"{mid[0]}."}.get(tok) or parts[tok])
            value = " ".join(out).replace(". .", ". .")
        else:
            value = faker_make(rng, fake, case)
        r = rng.random()
        if r < lower:
            return value.lower()
        if r < lower + upper:
            return value.upper()
        return value

    return make


# ----- phones -----------------------------------------------------------------------------------
_PHONE_LAYOUTS = ("+7 (9XX) XXX-XX-XX", "8 (9XX) XXX-XX-XX", "+79XXXXXXXXX", "89XXXXXXXXX", "8-9XX-XXX-XX-XX",
                  "+7 9XX XXX XX XX", "+7-9XX-XXX-XXXX", "8 9XX XXX-XX-XX", "+7(9XX)XXX-XX-XX", "8(9XX)XXXXXXX")
_CITY = ("495", "499", "812", "343", "383", "846", "861", "843", "347", "391", "863", "831")


def phone_v(*layouts: str, city: float = 0.0):
    layouts = layouts or _PHONE_LAYOUTS

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        if rng.random() < city:
            code = rng.choice(_CITY)
            return rng.choice((f"+7 ({code}) {d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}", f"8 ({code}) {d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}",
                               f"8-800-{d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}", f"+7{code}{d(rng, 7)}", f"({code}) {d(rng, 3)}-{d(rng, 4)}"))
        return lay(rng, rng.choice(layouts), d(rng, 11))

    return make


# ----- dates ------------------------------------------------------------------------------------
def _day(rng: random.Random, fake: Any, kind: str):
    if kind == "birth":
        return fake.date_between(start_date="-80y", end_date="-18y" if rng.random() < 0.85 else "-4y")
    return fake.date_between(start_date="-6y", end_date="today")


def date_v(*layouts: str, kind: str = "event"):
    """Layouts: dd mm yyyy yy d m MG (genitive month) HH MM (time), «dd» quoted day."""

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        day = _day(rng, fake, kind)
        out = rng.choice(layouts)
        hh, mi = f"{rng.randrange(8, 21):02d}", rng.choice(("00", "15", "30", "45", "20", "40"))
        for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                           ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]), ("HH", hh), ("MI", mi),
                           ("d", f"{day.day}"), ("m", f"{day.month}")):
            out = out.replace(key, value)
        return out

    return make


# ----- places -----------------------------------------------------------------------------------
def _town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr_v(*layouts: str, case_town: bool = False):
    """Fields: {P} index, {R} region, {T} town, {Tc} town in the slot's case, {S} street, {N} house,
    {K} building, {Q} flat, {E} office/room."""

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        town = _town(fake)
        fields = {"P": str(rng.randrange(101000, 692999)), "R": fake.administrative_unit(), "T": town,
                  "Tc": " ".join(inflect_word(w, case, "Geox") for w in town.split()), "S": fake.street_title(),
                  "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "А", "/1", "к2")), "K": str(rng.randrange(1, 5)),
                  "Q": str(rng.randrange(1, 350)), "E": str(rng.randrange(1, 40))}
        return rng.choice(layouts).format(**fields)

    return make


# ----- identifiers ------------------------------------------------------------------------------
def snils_v(*layouts: str):
    layouts = layouts or ("XXX-XXX-XXX XX", "XXX-XXX-XXX-XX", "XXXXXXXXXXX", "XXX XXX XXX XX")

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return lay(rng, rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_v(*layouts: str):
    layouts = layouts or ("XXXXXXXXXXXX",)

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
        return lay(rng, layout, prefix + inn_check_digits(prefix))

    return make


def passport_v(*layouts: str):
    layouts = layouts or ("XX XX XXXXXX", "XXXX XXXXXX", "XXXX № XXXXXX", "XXXXXXXXXX", "XX XX № XXXXXX")

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        series = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
        return lay(rng, rng.choice(layouts), series + f"{rng.randrange(100000, 999999)}")

    return make


def enp_digits(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 10)}" + d(rng, 14)
    return next(body + str(c) for c in range(10) if luhn_valid(body + str(c)))


def oms_v(*layouts: str, old: float = 0.0):
    layouts = layouts or ("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX")

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        if rng.random() < old:
            return rng.choice((f"{d(rng, 4)} № {d(rng, 10)}", f"ЕАА {d(rng, 7)}", f"ЕАВ № {d(rng, 7)}",
                               f"ВС {rng.randrange(100000000, 999999999)}"))
        return lay(rng, rng.choice(layouts), enp_digits(rng))

    return make


def pick(*options: str):
    """A template chosen at random; X is a digit, Y a year (20-25), L a capital Cyrillic letter."""

    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        out = []
        for ch in rng.choice(options):
            if ch == "X":
                out.append(str(rng.randrange(10)))
            elif ch == "Y":
                out.append(str(rng.randrange(20, 26)))
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


_WORDS = ("zdorovie", "medline", "estetika", "dobromed", "family-clinic", "vitamed", "sportmed", "eco-center",
          "lab-express", "beauty-med", "smile", "clinic24", "mama-i-malysh", "fertil", "medsi-plus")


def email_v(personal: float = 0.7):
    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        if rng.random() < personal:
            return rng.choice((fake.free_email(), fake.email(), f"{fake.user_name()}{rng.randrange(70, 2010)}@"
                               + rng.choice(("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "gmail.com", "list.ru", "ya.ru"))))
        w = rng.choice(_WORDS)
        return f"{rng.choice(('info', 'reception', 'dms', 'buh', 'zapis', 'lab', 'kassa'))}@{w}.{rng.choice(('ru', 'com', 'clinic'))}"

    return make


def url_v(personal: float = 0.5):
    def make(rng: random.Random, fake: Any, case: str = "nomn") -> str:
        w = rng.choice(_WORDS)
        tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(6, 12)))
        if rng.random() < personal:
            return rng.choice((f"https://lk.{w}.ru/results/{tok}", f"https://{w}.ru/booking/cancel?id={tok}",
                               f"https://telemed.{w}.ru/room/{tok}", f"{w}.ru/r/{tok}", f"https://clck.ru/{tok[:6]}"))
        return rng.choice((f"https://{w}.ru", f"www.{w}.ru", f"https://{w}.ru/zapis/", fake.url()))

    return make


def gent_month(rng: random.Random) -> str:
    return MONTHS_GENT[rng.randrange(12)]


def who(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    """One person's (surname, first name, patronymic, female), from Faker or the CIS lists."""
    if female is None:
        female = rng.random() < 0.5
    if rng.random() < 0.25:
        return (*rng.choice(_CIS_F if female else _CIS_M), female)
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def fmt(p: tuple[str, str, str, bool], shape: str, case: str = "nomn") -> str:
    """Spell a person from :func:`who` by shape ("F I O", "F io", "F i o", "io F", "I O", "I", "F")."""
    last, first, mid, female = p
    words = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(mid, "Patr", female, case), "io": f"{first[0]}.{mid[0]}.", "i o": f"{first[0]}. {mid[0]}."}
    out, tokens = [], shape.replace("i o", "i_o").split()
    for tok in tokens:
        out.append(words[tok.replace("i_o", "i o")])
    return " ".join(out)


def period(rng: random.Random, fake: Any, layout: str = "dd.mm.yyyy", days: int = 365) -> tuple[str, str]:
    """Two dates in order (from, to) at most ``days`` apart."""
    import datetime as _dt

    start = fake.date_between(start_date="-5y", end_date="today")
    end = start + _dt.timedelta(days=rng.randrange(1, days))

    def spell(day: Any) -> str:
        return (layout.replace("yyyy", f"{day.year}").replace("dd", f"{day.day:02d}").replace("mm", f"{day.month:02d}")
                .replace("MG", MONTHS_GENT[day.month - 1]).replace("d", f"{day.day}"))

    return spell(start), spell(end)


class Doc:
    """Builds a fragment piece by piece, recording gold spans."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake, self.text, self.golds = rng, fake, "", []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, make, case: str = "nomn") -> Doc:
        value = make(self.rng, self.fake, case) if callable(make) else make
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def val(self, kind: str, value: str) -> Doc:
        return self.v(kind, value)

    def one(self, *options: str) -> Doc:
        return self.t(self.rng.choice(options))

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def typo(rng: random.Random, s: str, p: float = 0.3) -> str:
    """A hurried typist's slip in a label: two letters swapped or one doubled."""
    if rng.random() > p or len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:] if rng.random() < 0.5 else s[:i] + s[i] + s[i:]


def ocr(rng: random.Random, s: str, p: float = 0.4) -> str:
    """OCR confusions in printed labels (О/0, З/3, и/н, л/п)."""
    if rng.random() > p:
        return s
    table = {"О": "0", "З": "3", "и": "н", "л": "п", "е": "с", "ш": "ш ", "Б": "6"}
    return "".join(table[ch] if ch in table and rng.random() < 0.3 else ch for ch in s)
