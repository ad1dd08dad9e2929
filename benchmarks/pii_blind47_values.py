"""Value makers for blind split 47 (oncology and palliative care paperwork).

Every maker has the ``(rng, fake, case) -> str`` signature of :mod:`benchmarks.pii_families` so it
serves both one-value families and multi-value fragments. Names come from Faker ``ru_RU`` or from
the lists of names of the peoples of Russia and the CIS below; identifiers are generated with their
check digits, never copied from anywhere.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- people ----------------------------------------------------------------------------------
# (surname masc, surname fem, first masc, first fem, father's names for patronymics)
_PEOPLES = (
    (("Хайруллин", "Гарипов", "Сафиуллин", "Нуриев", "Галимзянов"), ("Рустам", "Ильдар", "Айдар", "Ринат", "Марат"),
     ("Гульнара", "Альфия", "Ляйсан", "Резеда", "Айгуль"), ("Рашитович", "Ильдусович", "Фаритович", "Наилевич")),
    (("Юсупов", "Ишмухаметов", "Абдрахманов", "Кильдибаев"), ("Азат", "Салават", "Ирек", "Фидан"),
     ("Зульфия", "Гузель", "Лилия", "Эльвира"), ("Ринатович", "Азатович", "Минигалиевич")),
    (("Масхадов", "Исмаилов", "Дудаев", "Алиев"), ("Ислам", "Магомед", "Ахмед", "Шамиль"),
     ("Хава", "Зарема", "Петимат", "Малика"), ("Хасанович", "Русланович", "Ахмедович")),
    (("Нурланов", "Жумабаев", "Сейтказиев", "Ахметов"), ("Ерлан", "Нурлан", "Данияр", "Бауыржан"),
     ("Айгерим", "Динара", "Асель", "Жанар"), ("Серикович", "Болатович", "Ермекович")),
    (("Каримов", "Рахимов", "Юлдашев", "Турсунов"), ("Шухрат", "Бахтиёр", "Улугбек", "Жасур"),
     ("Дилноза", "Нодира", "Гулноза", "Мафтуна"), ("Анварович", "Шухратович", "Рустамович")),
    (("Саргсян", "Акопян", "Петросян", "Григорян"), ("Ашот", "Гарик", "Арам", "Тигран"),
     ("Анаит", "Гаянэ", "Лусине", "Карине"), ("Ашотович", "Самвелович", "Арменович")),
    (("Беридзе", "Кипиани", "Гелашвили", "Чхеидзе"), ("Георгий", "Давид", "Леван", "Зураб"),
     ("Нино", "Тамара", "Кетеван", "Манана"), ("Зурабович", "Гивиевич", "Отарович")),
    (("Аммосов", "Слепцов", "Саввинов", "Винокуров"), ("Айаал", "Уйгун", "Николай", "Ньургун"),
     ("Сардаана", "Туйаара", "Саина", "Айта"), ("Семёнович", "Иннокентьевич", "Прокопьевич")),
    (("Бадмаев", "Цыренов", "Дашиев", "Доржиев"), ("Баир", "Жаргал", "Бато", "Тумэн"),
     ("Дарима", "Сэсэг", "Туяна", "Баирма"), ("Цыренович", "Дашиевич", "Баирович")),
    (("Шевченко", "Бондаренко", "Ковальчук", "Мельник"), ("Тарас", "Богдан", "Олег", "Остап"),
     ("Оксана", "Галина", "Леся", "Марина"), ("Тарасович", "Богданович", "Олегович")),
)


def _fem_surname(s: str) -> str:
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-2] + "ая"
    return s  # -ян, -дзе, -швили, -енко, -чук, -ник stay as they are


def _fem_patr(p: str) -> str:
    return p[:-2] + "на" if p.endswith("ич") else p


def parts(rng: random.Random, fake: Any, sex: str | None = None) -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, female) of one person; a third from the peoples' lists.
    ``sex``: "f" or "m" when the text around says (дочь, сын), else drawn."""
    female = sex == "f" if sex else rng.random() < 0.55
    if rng.random() < 0.35:
        sur, firsts_m, firsts_f, patrs = rng.choice(_PEOPLES)
        last = rng.choice(sur)
        patr = rng.choice(patrs)
        if female:
            return _fem_surname(last), rng.choice(firsts_f), _fem_patr(patr), True
        return last, rng.choice(firsts_m), patr, False
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(*shapes: str, upper: float = 0.0, lower: float = 0.0, sex: str | None = None):
    """Shapes as in ``pii_families.person`` ("F I O", "F io", "F i o", "io F", "I O", "F I", "F", "I");
    ``upper``/``lower``: the share written in capitals (registry forms, HL7) or all lowercase (hurried notes)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female = parts(rng, fake, sex)
        full = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
                "O": inflect_name(middle, "Patr", female, case)}
        out = []
        for tok in rng.choice(shapes).split():
            if tok == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif tok == "i":
                out.append(f"{first[0]}.")
            elif tok == "o":
                out.append(f"{middle[0]}.")
            else:
                out.append(full[tok])
        text = " ".join(out)
        roll = rng.random()
        return text.upper() if roll < upper else text.lower() if roll > 1 - lower else text

    return make


# ----- digits ----------------------------------------------------------------------------------
def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def fill_x(rng: random.Random, layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return fill_x(rng, rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_v(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
        return fill_x(rng, layout, prefix + inn_check_digits(prefix))

    return make


def enp_digits(rng: random.Random) -> str:
    body = f"{rng.randrange(1, 90):02d}" + d(rng, 13)
    for c in "0123456789":
        if luhn_valid(body + c):
            return body + c
    raise AssertionError("no Luhn digit")


def oms_v(*layouts: str, old: float = 0.0):
    """ENP (16 X in the layout) or, with probability ``old``, an old series+number policy."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < old:
            return rng.choice((f"{d(rng, 4)} {d(rng, 10)}", f"серия {d(rng, 2)}{rng.choice('ВМОКС')} № {d(rng, 7)}",
                               f"{d(rng, 6)}-{d(rng, 8)}", f"ВС {d(rng, 9)}"))
        return fill_x(rng, rng.choice(layouts), enp_digits(rng))

    return make


def passport_v(*layouts: str):
    """Series = region code (2 digits) + year of print (2 digits), then a 6-digit number."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.choice((1, 3, 4, 8, 11, 14, 22, 36, 45, 46, 52, 60, 63, 65, 71, 75, 80, 92, 98)):02d}"
        series += f"{rng.randrange(0, 24):02d}"
        return fill_x(rng, rng.choice(layouts), series + f"{rng.randrange(100000, 999999)}")

    return make


def ids(*layouts: str):
    """Layouts: X any digit, N a non-zero digit, Y two digits of a recent year, L a Cyrillic capital."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(10)))
            elif ch == "N":
                out.append(str(rng.randrange(1, 10)))
            elif ch == "Y":
                out.append(f"{rng.randrange(18, 26)}")
            elif ch == "L":
                out.append(rng.choice("АБВГДКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


def tel(*layouts: str, city: float = 0.2):
    """A = area code digit, X = subscriber digit; a mobile 9xx code unless a city code is drawn."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        if layout.count("A") == 4:
            area = rng.choice(("3822", "3452", "4012", "8142", "4842", "3412", "4722", "8182", "3952", "8552"))
        elif rng.random() < city:
            area = rng.choice(("495", "499", "812", "343", "383", "846", "861", "863", "342", "351", "391", "843"))
        else:
            area = "9" + d(rng, 2)
        it = iter(area + d(rng, 10))
        return "".join(next(it) if ch in "AX" else ch for ch in layout)

    return make


# ----- dates -----------------------------------------------------------------------------------
def when(*layouts: str, recent: bool = True):
    """dd/d day, mm/m month, MG genitive, MN nominative, ML locative, MA abbreviated, yyyy/yy year, HH:MM time."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-6y" if recent else "-95y", end_date="today" if recent else "-18y")
        k = day.month - 1
        out = rng.choice(layouts)
        subs = (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[k]), ("MN", MONTHS_NOMN[k]), ("ML", MONTHS_LOCT[k]), ("MA", MONTHS_ABBR[k]),
                ("Mc", MONTHS_NOMN[k].capitalize()), ("HH", f"{rng.randrange(7, 23):02d}"),
                ("MM", f"{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"), ("d", f"{day.day}"), ("m", f"{day.month}"))
        for key, value in subs:
            out = out.replace(key, value)
        return out

    return make


def born(*layouts: str):
    return when(*layouts, recent=False)


# ----- places ----------------------------------------------------------------------------------
_DISTRICTS = ("Зеленодольский", "Мамадышский", "Белорецкий", "Урус-Мартановский", "Мегино-Кангаласский",
              "Кабанский", "Усть-Илимский", "Кировский", "Всеволожский", "Раменский", "Аксайский", "Бугульминский")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(*layouts: str):
    """{P} index, {R} region, {T} town, {Tl}/{Tg} town in the locative/genitive, {S} street, {N} house,
    {K} building, {Q} flat, {V} village, {D} district adjective ({Dg} in the genitive)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        t = town(fake)
        region = fake.administrative_unit()
        fields = {"P": f"{rng.randrange(101000, 692999)}", "R": region, "T": t, "Tl": inflect_word(t, "loct", "Geox"),
                  "Tg": inflect_word(t, "gent", "Geox"), "S": fake.street_title(),
                  "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "б", "/1")),
                  "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320)), "V": town(fake),
                  "D": rng.choice(_DISTRICTS)}
        fields["Dg"] = fields["D"][:-2] + "ого"
        return rng.choice(layouts).format(**fields)

    return make


def mail(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return rng.choice((fake.email(), fake.free_email(), fake.free_email().upper() if rng.random() < 0.1 else fake.email()))


def link(*layouts: str):
    """{D} a Faker domain, {X...} digits; None layouts fall back to Faker URLs."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts) if layouts else "{F}"
        return layout.format(D=fake.domain_name(), F=fake.url().rstrip("/"), U=fake.uri(), N=d(rng, 6), H=d(rng, 4))

    return make


# ----- fragments with several values -------------------------------------------------------------
def compose(*pieces: Any) -> Planted:
    """Text pieces and (TYPE, value) pairs, in order; a pair becomes a gold span."""
    text, golds = "", []
    for piece in pieces:
        if isinstance(piece, tuple):
            kind, value = piece
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        else:
            text += piece
    return Planted(text, golds)


def v(kind: str, maker: Any, rng: random.Random, fake: Any, case: str = "nomn") -> tuple[str, str]:
    return kind, maker(rng, fake, case)


def place_case(*layouts: str):
    """A town or village in the slot's case: {Tc} town in case, {V} village (nominative, after "с."/"д."),
    {R} region, {D} district adjective."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        t = town(fake)
        tc = " ".join(inflect_word(w, case, "Geox") if case != "nomn" else w for w in t.split())
        dist = rng.choice(_DISTRICTS)
        return rng.choice(layouts).format(Tc=tc, V=town(fake), R=fake.administrative_unit(), D=dist, Dg=dist[:-2] + "ого")

    return make
