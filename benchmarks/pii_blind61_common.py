"""Shared value makers and a document builder for blind split 61 (civil law and insurance paperwork)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, Maker, Planted
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

_REGIONS = ("Московская область", "Тверская область", "Ленинградская область", "Свердловская область",
            "Республика Татарстан", "Краснодарский край", "Нижегородская область", "Самарская область",
            "Ростовская область", "Новосибирская область", "Челябинская область", "Пермский край",
            "Республика Башкортостан", "Воронежская область", "Калужская область", "Ярославская область")
_REGION_ABBR = ("Московская обл.", "Тверская обл.", "Респ. Татарстан", "Краснодарский кр.", "Самарская обл.",
                "Ленинградская обл.", "Пермский край", "Свердловская обл.", "Ростовская обл.")
_DISTRICTS = ("Раменский", "Щёлковский", "Кимрский", "Всеволожский", "Сысертский", "Зеленодольский", "Аксайский",
              "Кстовский", "Волжский", "Коркинский", "Боровский", "Ростовский")
_STREET_KINDS = ("ул.", "ул.", "ул.", "пр-кт", "пер.", "б-р", "ш.", "проезд", "наб.")
_AUTHORITIES = ("ОУФМС России по г. Москве по району Марьино", "ГУ МВД России по Московской области",
                "Отделом УФМС России по Тверской обл. в Заволжском р-не г. Твери", "МВД по Республике Татарстан",
                "ТП № 2 ОУФМС России по Свердловской обл. в Ленинском р-не г. Екатеринбурга",
                "УМВД России по г. Самаре", "ОВД Кировского района г. Ростова-на-Дону",
                "ГУ МВД России по г. Санкт-Петербургу и Ленинградской области")


@dataclass
class Doc:
    """Builds a text piece by piece and records the gold spans of the values put in."""

    text: str = ""
    golds: list[tuple[str, int, int]] = field(default_factory=list)

    def t(self, chunk: str) -> Doc:
        self.text += chunk
        return self

    def v(self, kind: str, value: str) -> Doc:
        value = value.strip()
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


# ----- people --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Who:
    last: str
    first: str
    middle: str
    female: bool

    def full(self, case: str = "nomn") -> str:
        return " ".join((inflect_name(self.last, "Surn", self.female, case),
                         inflect_name(self.first, "Name", self.female, case),
                         inflect_name(self.middle, "Patr", self.female, case)))

    def sur(self, case: str = "nomn") -> str:
        return inflect_name(self.last, "Surn", self.female, case)

    def short(self, case: str = "nomn", before: bool = False, space: bool = False) -> str:
        ini = f"{self.first[0]}. {self.middle[0]}." if space else f"{self.first[0]}.{self.middle[0]}."
        return f"{ini} {self.sur(case)}" if before else f"{self.sur(case)} {ini}"

    def caps(self) -> str:
        return f"{self.last.upper()} {self.first.upper()} {self.middle.upper()}"

    def io(self, case: str = "nomn") -> str:
        return " ".join((inflect_name(self.first, "Name", self.female, case),
                         inflect_name(self.middle, "Patr", self.female, case)))

    def a(self, male: str, female: str) -> str:
        """The agreeing word form: действующий/действующая."""
        return female if self.female else male


def who(rng: random.Random, fake: Any, female: bool | None = None) -> Who:
    if female is None:
        female = rng.random() < 0.55
    if female:
        return Who(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True)
    return Who(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False)


def any_form(p: Who, rng: random.Random, case: str = "nomn") -> str:
    r = rng.random()
    if r < 0.5:
        return p.full(case)
    if r < 0.7:
        return p.short(case)
    if r < 0.85:
        return p.short(case, before=True)
    return p.short(case, space=True)


def person_legal(*shapes: str) -> Maker:
    """Shapes: full, short, before, spaced, caps, sur, io."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        p = who(rng, fake)
        shape = rng.choice(shapes)
        if shape == "full":
            return p.full(case)
        if shape == "short":
            return p.short(case)
        if shape == "before":
            return p.short(case, before=True)
        if shape == "spaced":
            return p.short(case, space=True)
        if shape == "caps":
            return p.caps()
        if shape == "io":
            return p.io(case)
        return p.sur(case)

    return make


# ----- digits --------------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _lay(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return _lay(layout, body + snils_check_digits(body))


def inn12(rng: random.Random, layout: str = "XXXXXXXXXXXX") -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, 8)
    return _lay(layout, prefix + inn_check_digits(prefix))


def inn10(rng: random.Random, layout: str = "XXXXXXXXXX") -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, 7)
    return _lay(layout, prefix + inn_check_digits(prefix))


def enp(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    body = str(rng.randrange(1, 10)) + _d(rng, 14)
    for check in "0123456789":
        if luhn_valid(body + check):
            assert enp_valid(body + check)
            return _lay(layout, body + check)
    raise AssertionError("no Luhn digit")


def passport(rng: random.Random) -> str:
    series = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}"
    number = f"{rng.randrange(100000, 999999)}"
    return rng.choice((f"{series[:2]} {series[2:]} {number}", f"{series} {number}", f"{series} № {number}",
                       f"{series[:2]} {series[2:]} № {number}", f"{series}{number}", f"{series[:2]}{series[2:]} №{number}"))


def phone_v(rng: random.Random) -> str:
    a, b, c, d = "9" + _d(rng, 2), _d(rng, 3), _d(rng, 2), _d(rng, 2)
    return rng.choice((f"+7 ({a}) {b}-{c}-{d}", f"8 ({a}) {b}-{c}-{d}", f"8-{a}-{b}-{c}-{d}", f"+7{a}{b}{c}{d}",
                       f"8{a}{b}{c}{d}", f"+7 {a} {b} {c} {d}", f"8 {a} {b}{c}{d}", f"+7({a}){b}{c}{d}"))


def org_phone(rng: random.Random) -> str:
    return f"8 (495) {_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}"


def email_v(rng: random.Random, fake: Any, p: Who | None = None) -> str:
    if p is not None and rng.random() < 0.6:
        tr = fake.user_name()
        return f"{tr}{rng.choice(('', '.', '_'))}{rng.randrange(60, 2005)}@{rng.choice(('mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru'))}"
    return fake.free_email()


# ----- dates ---------------------------------------------------------------------------------
def _pick_date(rng: random.Random, fake: Any, span: str = "-90y") -> Any:
    if span == "birth":
        return fake.date_between(start_date="-88y", end_date="-18y")
    return fake.date_between(start_date=span, end_date="today")


def date_legal(rng: random.Random, fake: Any, span: str = "-6y", style: str = "") -> str:
    dt = _pick_date(rng, fake, span)
    style = style or rng.choice(("q", "q", "num", "num", "numg", "words", "wordsg", "qnog"))
    m = MONTHS_GENT[dt.month - 1]
    if style == "q":
        return f"«{dt.day:02d}» {m} {dt.year} г."
    if style == "qnog":
        return f"\"{dt.day}\" {m} {dt.year} года"
    if style == "num":
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}"
    if style == "numg":
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} г."
    if style == "words":
        return f"{dt.day} {m} {dt.year} года"
    if style == "plain":
        return f"{dt.day} {m} {dt.year}"
    if style == "iso":
        return f"{dt.year}-{dt.month:02d}-{dt.day:02d}"
    if style == "partial":
        return rng.choice((f"{m} {dt.year} г.", f"{dt.month:02d}.{dt.year}", f"{dt.year} г."))
    return f"{dt.day} {m} {dt.year} г."


def birth(rng: random.Random, fake: Any, style: str = "") -> str:
    """A birth date; the default styles end without «г.»/«года», the text after it says «г.р.» or «года рождения»."""
    return date_legal(rng, fake, "birth", style or rng.choice(("num", "num", "num", "plain")))


def dt_time(rng: random.Random, fake: Any) -> str:
    dt = _pick_date(rng, fake, "-4y")
    hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
    return rng.choice((f"{dt.day:02d}.{dt.month:02d}.{dt.year} {hh:02d}:{mm:02d}",
                       f"{dt.day:02d}.{dt.month:02d}.{dt.year} в {hh:02d} ч. {mm:02d} мин.",
                       f"{dt.year}-{dt.month:02d}-{dt.day:02d}T{hh:02d}:{mm:02d}:00"))


# ----- places --------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return str(fake.city_name()).split(" (")[0].split(",")[0]


def street(fake: Any, rng: random.Random) -> str:
    kind = rng.choice(_STREET_KINDS)
    name = fake.street_title()
    return f"{kind} {name}" if rng.random() < 0.7 else f"{name} {kind.rstrip('.')}"


def addr_legal(rng: random.Random, fake: Any) -> str:
    """A registration address as lawyers and notaries write it."""
    t, s = town(fake), street(fake, rng)
    n, q = rng.randrange(1, 160), rng.randrange(1, 350)
    idx = rng.randrange(101000, 692999)
    r = rng.random()
    if r < 0.25:
        return f"{idx}, {rng.choice(_REGIONS)}, г. {t}, {s}, д. {n}, кв. {q}"
    if r < 0.4:
        return f"г. {t}, {s}, дом {n}, корпус {rng.randrange(1, 5)}, квартира {q}"
    if r < 0.55:
        return (f"{rng.choice(_REGIONS)}, {rng.choice(_DISTRICTS)} район, "
                f"{rng.choice(('с.', 'д.', 'пос.', 'рп'))} {town(fake)}, {s}, д. {n}")
    if r < 0.7:
        return f"Российская Федерация, {idx}, {rng.choice(_REGION_ABBR)}, г.о. {t}, г. {t}, {s}, зд. {n}, кв. {q}"
    if r < 0.85:
        return f"{s}, д. {n}, кв. {q}, г. {t}"
    return f"{idx}, г. {t}, {s}, д.{n}, кв.{q}"


def place_case(rng: random.Random, fake: Any, case: str) -> str:
    t = town(fake)
    inflected = " ".join(inflect_word(w, case, "Geox") for w in t.split())
    return rng.choice((f"г. {t}", inflected, f"город{'е' if case == 'loct' else 'а' if case == 'gent' else ''} {t}"))


def authority(rng: random.Random) -> str:
    return rng.choice(_AUTHORITIES)


def dept_code(rng: random.Random) -> str:
    return f"{rng.randrange(100, 999)}-{rng.randrange(0, 99):03d}"


def mrn(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(("ib", "amb", "eln", "emk", "mse", "lab"))
    if kind == "ib":
        return rng.choice((f"{rng.randrange(1, 99999)}/{rng.randrange(18, 26)}", f"{rng.randrange(10000, 99999)}",
                           f"{rng.randrange(1000, 9999)}-С"))
    if kind == "amb":
        return rng.choice((f"{rng.randrange(100, 99999)}", f"А-{rng.randrange(1000, 99999)}",
                           f"{rng.randrange(1, 30)}/{rng.randrange(100, 9999)}"))
    if kind == "eln":
        return f"9{_d(rng, 11)}"
    if kind == "emk":
        return rng.choice((f"ЭМК-{_d(rng, 8)}", f"{rng.randrange(1, 9)}{_d(rng, 9)}", f"MIS{_d(rng, 7)}"))
    if kind == "mse":
        return f"{rng.randrange(1, 3000)}.{rng.randrange(1, 40)}.{rng.choice(('77', '50', '69', '16'))}/{rng.randrange(2019, 2026)}"
    return f"{rng.randrange(10, 99)}{_d(rng, 6)}"


def ins_policy(rng: random.Random) -> str:
    """A voluntary (life, ДМС, travel, credit) insurance policy or claim number of one person."""
    return rng.choice((f"{rng.choice(('ДМС', 'НС', 'ИПТ', 'СЖ', 'VZR'))}-{_d(rng, 2)}-{_d(rng, 7)}",
                       f"{rng.randrange(1, 99):03d}СБ{_d(rng, 10)}", f"{_d(rng, 4)}-{_d(rng, 6)}/{rng.randrange(20, 26)}",
                       f"У-{_d(rng, 6)}/{rng.randrange(2021, 2026)}", f"{rng.choice(('PRT', 'MED', 'ACC'))}{_d(rng, 9)}",
                       f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}"))


def old_oms(rng: random.Random) -> str:
    """An old-form (pre-2011) policy: series + number, never sixteen digits."""
    return rng.choice((f"{rng.randrange(1000, 9999)} {_d(rng, 10)}", f"{_d(rng, 4)} № {_d(rng, 8)}",
                       f"{rng.choice(('ЯМБ', 'КТВ', 'ЕАЕ', 'ОРБ', 'МСК'))} № {_d(rng, 9)}", f"{_d(rng, 6)} {_d(rng, 8)}"))


def court_case(rng: random.Random) -> str:
    """A court case number: not personal data here (never marked)."""
    return rng.choice((f"2-{rng.randrange(100, 9999)}/{rng.randrange(2021, 2026)}",
                       f"2-{rng.randrange(100, 9999)}/{rng.randrange(2021, 2026)}~М-{rng.randrange(100, 9999)}/{rng.randrange(2021, 2026)}",
                       f"33-{rng.randrange(1000, 40000)}/{rng.randrange(2021, 2026)}", f"А40-{rng.randrange(1000, 300000)}/{rng.randrange(21, 26)}"))


def out_no(rng: random.Random) -> str:
    """An outgoing/incoming letter number: not personal data here (never marked)."""
    return rng.choice((f"{rng.randrange(1, 9999)}", f"01-{rng.randrange(10, 999)}/{rng.randrange(100, 9999)}",
                       f"{rng.randrange(10, 999)}-юр", f"И-{rng.randrange(100, 9999)}"))


def case_of(rng: random.Random) -> str:
    return rng.choice(("gent", "datv", "ablt", "loct", "accs"))


def fio_case(p: Who, case: str) -> str:
    return p.full(case)
