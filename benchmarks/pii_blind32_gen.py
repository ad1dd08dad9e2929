"""Value makers for blind split 32 (rural and regional care): names of the peoples of Russia and
the CIS, village / settlement / СНТ / military-town addresses, rural phone codes and the numbers of
the papers a district hospital, a ФАП, a sanatorium or an occupational commission writes.

Every maker has the planting signature ``(rng, fake, case) -> str``; :class:`Doc` assembles block
fragments and records the gold spans as it goes."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_NOMN, Planted
from medsyn_dataset.validation.pii.checksums import (
    enp_valid,
    inn_check_digits,
    luhn_valid,
    snils_check_digits,
)
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word


class Doc:
    """A fragment written left to right; ``v`` appends a gold value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, len(self.text)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def dig(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def lay(pattern: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in pattern)


# ----- people ---------------------------------------------------------------------------------
# (male surname, male first names, female first names, fathers' names for patronymics)
_PEOPLES = (
    (("Гарипов", "Хайруллин", "Сабиров", "Галиев", "Нуриев", "Зарипов", "Мухаметшин", "Валиуллин"),
     ("Ринат", "Ильдар", "Рустем", "Айрат", "Марат", "Фарид"), ("Гульнара", "Альфия", "Лейсан", "Резеда", "Гузель"),
     ("Ильдар", "Рамиль", "Наиль", "Фарит", "Рафаэль")),  # Tatar
    (("Юлдашев", "Кутлугильдин", "Ишмуратов", "Аминев", "Байгускаров"),
     ("Азамат", "Урал", "Салават", "Ильгиз"), ("Зульфия", "Айгуль", "Гульшат", "Ильсияр"),
     ("Ринат", "Фанис", "Ильфат", "Зуфар")),  # Bashkir
    (("Яковлев", "Егоров", "Петров", "Сидоров", "Ксенофонтов"),
     ("Айсен", "Уйгун", "Николай", "Ньургун", "Эрчим"), ("Сардаана", "Айталина", "Туйаара", "Нюргуяна"),
     ("Семен", "Гаврил", "Иннокентий", "Прокопий")),  # Sakha
    (("Цыденов", "Дашиев", "Бадмаев", "Жамсуев", "Намсараев", "Доржиев"),
     ("Баир", "Аюр", "Булат", "Тумэн", "Солбон"), ("Сэсэг", "Туяна", "Дарима", "Баирма", "Оюна"),
     ("Баир", "Доржо", "Цырен", "Бато")),  # Buryat
    (("Алиев", "Магомедов", "Гаджиев", "Абдулаев", "Рамазанов", "Исмаилов"),
     ("Магомед", "Шамиль", "Расул", "Гаджимурад", "Арсен"), ("Патимат", "Зарема", "Аминат", "Хадижат", "Умужат"),
     ("Магомед", "Ахмед", "Гасан", "Абдулла")),  # Dagestan
    (("Хасбулатов", "Мусаев", "Дудаев", "Алханов", "Умаров"),
     ("Ислам", "Адам", "Ахмед", "Хамзат", "Ибрагим"), ("Мадина", "Седа", "Малика", "Зулай", "Хеда"),
     ("Султан", "Адлан", "Руслан", "Бислан")),  # Chechen
    (("Сапаров", "Жумабаев", "Нурланов", "Есенов", "Касымов"),
     ("Ерлан", "Данияр", "Серик", "Нурлан", "Асхат"), ("Айгерим", "Жанар", "Гульмира", "Динара", "Асель"),
     ("Марат", "Серик", "Болат", "Ерлан")),  # Kazakh
    (("Рахимов", "Каримов", "Юсупов", "Тошматов", "Эргашев", "Назаров"),
     ("Жахонгир", "Бахтияр", "Шохрух", "Фарход", "Улугбек"), ("Дилноза", "Гулнора", "Мохира", "Нилуфар", "Зебо"),
     ("Алишер", "Рустам", "Бахром", "Акмал")),  # Uzbek / Tajik
    (("Арутюнян", "Петросян", "Саркисян", "Манукян", "Григорян"),
     ("Арам", "Ашот", "Гайк", "Тигран", "Армен"), ("Ануш", "Лусине", "Гаянэ", "Мариам", "Карине"),
     ("Ашот", "Самвел", "Вазген", "Артур")),  # Armenian
    (("Васильев", "Иванов", "Николаев", "Семенов", "Алексеев", "Федоров"),
     ("Вячеслав", "Петр", "Геннадий", "Аркадий"), ("Ираида", "Зинаида", "Нина", "Галина"),
     ("Ефим", "Андриян", "Семен", "Трофим")),  # Chuvash / Mari villages
)


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("й"):
        stem = father[:-1] + "ев"
    elif father in ("Доржо", "Бато"):
        stem = father + "ев"
    else:
        stem = father + "ов"
    return stem + ("на" if female else "ич")


def ethnic(rng: random.Random, female: bool | None = None) -> tuple[str, str, str, bool]:
    surnames, men, women, fathers = rng.choice(_PEOPLES)
    female = rng.random() < 0.5 if female is None else female
    last = rng.choice(surnames)
    if female and not last.endswith("ян"):
        last += "а"
    first = rng.choice(women if female else men)
    return last, first, _patronymic(rng.choice(fathers), female), female


def name_parts(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    if rng.random() < 0.45:
        return ethnic(rng, female)
    female = rng.random() < 0.5 if female is None else female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def render_name(parts: tuple[str, str, str, bool], shape: str, case: str = "nomn") -> str:
    last, first, middle, female = parts
    case = case or "nomn"
    full = {"F": inflect_name(last, "Surn", female, case) if not last.endswith("ян") else last,
            "I": inflect_name(first, "Name", female, case), "O": inflect_name(middle, "Patr", female, case),
            "FU": last.upper(), "IU": first.upper(), "OU": middle.upper()}
    out = []
    for tok in shape.split():
        if tok == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif tok == "i":
            out.append(f"{first[0]}.")
        elif tok == "o":
            out.append(f"{middle[0]}.")
        elif tok == "i,o":
            out.append(f"{first[0]}. {middle[0]}.")
        else:
            out.append(full[tok])
    return " ".join(out)


def who(*shapes: str, female: bool | None = None):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return render_name(name_parts(rng, fake, female), rng.choice(shapes), case)

    return make


# ----- places ---------------------------------------------------------------------------------
REGIONS = ("Томская обл.", "Омская область", "Алтайский край", "Респ. Саха (Якутия)", "Республика Бурятия",
           "Забайкальский край", "Красноярский кр.", "Иркутская обл.", "Ямало-Ненецкий АО", "ХМАО - Югра",
           "Вологодская обл.", "Архангельская область", "Кировская обл.", "Чувашская Республика", "Респ. Башкортостан",
           "Республика Татарстан", "Оренбургская обл.", "Саратовская область", "Краснодарский край", "Ростовская обл.",
           "Ставропольский край", "Респ. Дагестан", "Чеченская Республика", "Новосибирская обл.", "Курганская обл.",
           "Тверская область", "Псковская обл.", "Брянская обл.", "Амурская обл.", "Приморский край", "Респ. Марий Эл",
           "Удмуртская Респ.", "Пермский край", "Респ. Тыва", "Респ. Алтай", "Камчатский край", "Смоленская обл.")
DISTRICTS = ("Кожевниковский", "Шегарский", "Тарский", "Усть-Калманский", "Чурапчинский", "Кабанский", "Шилкинский",
             "Абанский", "Усть-Удинский", "Ямальский", "Сургутский", "Тотемский", "Пинежский", "Уржумский",
             "Цивильский", "Бураевский", "Арский", "Саракташский", "Балтайский", "Кущевский", "Сальский",
             "Курский", "Хасавюртовский", "Шалинский", "Колыванский", "Притобольный", "Весьегонский", "Порховский",
             "Суражский", "Мазановский", "Хасанский", "Моркинский", "Граховский", "Чердынский", "Улуг-Хемский",
             "Онгудайский", "Мильковский", "Ельнинский", "Мошковский", "Байкаловский")
VILLAGES = ("Берёзовка", "Никольское", "Покровка", "Ивановка", "Красный Яр", "Сосновка", "Михайловка", "Усть-Уда",
            "Чурапча", "Таштып", "Верхние Услы", "Старая Кулатка", "Новоалександровка", "Малиновка", "Заречное",
            "Кызыл-Мажалык", "Анучино", "Большая Речка", "Кордон", "Петропавловка", "Каменка", "Шира", "Сухобузимское",
            "Нижняя Иреть", "Орловка", "Култаево", "Мужи", "Яр-Сале", "Елань", "Кулунда", "Чемал", "Ключи",
            "Троицкое", "Ильинка", "Ново-Николаевка", "Тукаево", "Старые Шигали", "Калинино", "Богородское")
KINDS = (("с.", "село"), ("д.", "деревня"), ("пос.", "посёлок"), ("п.", "поселок"), ("х.", "хутор"),
         ("ст-ца", "станица"), ("аул", "аул"), ("рп", "рабочий поселок"), ("пгт", "пгт"), ("сл.", "слобода"),
         ("с/п", "сельское поселение"), ("у.", "улус"), ("нп", "населённый пункт"))
SNT = ("Рассвет", "Ветеран", "Мичуринец", "Берёзка", "Садовод-2", "Железнодорожник", "Ромашка", "Строитель", "Дружба",
       "Энергетик", "Радуга", "Колос")


def village(rng: random.Random, fake: Any) -> str:
    return rng.choice(VILLAGES) if rng.random() < 0.75 else fake.city_name().split(" (")[0]


def street(rng: random.Random, fake: Any) -> str:
    return rng.choice(("Центральная", "Школьная", "Молодёжная", "Садовая", "Набережная", "Полевая", "Лесная",
                       "Колхозная", "Советская", "Зелёная", "Луговая", "Трактовая", fake.street_title()))


def rural_fields(rng: random.Random, fake: Any) -> dict[str, str]:
    short, long = rng.choice(KINDS)
    district = rng.choice(DISTRICTS)
    vil = village(rng, fake)
    return {
        "P": f"{rng.choice((6, 4, 3, 1, 16, 63, 67))}{dig(rng, 4)}"[:6].ljust(6, "0"),
        "R": rng.choice(REGIONS), "D": district, "Dg": district[:-2] + "ого", "k": short, "K": long, "V": vil,
        "Vl": " ".join(inflect_word(w, "loct", "Geox") for w in vil.split()),
        "Vg": " ".join(inflect_word(w, "gent", "Geox") for w in vil.split()),
        "S": street(rng, fake), "N": str(rng.randrange(1, 90)) + rng.choice(("", "", "", "а", "/1", "б")),
        "Q": str(rng.randrange(1, 24)), "U": str(rng.randrange(1, 400)), "T": rng.choice(SNT),
        "M": str(rng.randrange(1, 160)), "G": str(rng.randrange(2, 40)), "C": fake.city_name().split(" (")[0],
    }


def rural(*layouts: str):
    """Layout fields: {P} index, {R} region, {D} district adj., {k}/{K} settlement kind short/long, {V} village,
    {Dg} district in the genitive, {Vl}/{Vg} village in loct/gent, {S} street, {N} house, {Q} flat, {U} plot, {T} СНТ name, {M} km, {G} military
    town number, {C} town."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return rng.choice(layouts).format(**rural_fields(rng, fake))

    return make


def upper_addr(make):
    return lambda rng, fake, case: make(rng, fake, case).upper()


# ----- phones ---------------------------------------------------------------------------------
_RURAL_CODES = ("38241", "38247", "38171", "38559", "41151", "30136", "30247", "39163", "39542", "34996", "34638",
                "81739", "81856", "83334", "83545", "34786", "84367", "35336", "84592", "86168", "86372", "87231",
                "38349", "35241", "48236", "81134", "48330", "41644", "42331", "83635", "34162", "34240", "39436")


def rural_phone(*layouts: str):
    """Layouts: A.. a 5-digit rural code, B subscriber digits, M a mobile 9xx code."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out, code, mob, it = [], iter(rng.choice(_RURAL_CODES)), iter("9" + dig(rng, 2)), iter(dig(rng, 12))
        layout = rng.choice(layouts)
        for ch in layout:
            out.append(next(code) if ch == "A" else next(mob) if ch == "M" else next(it) if ch == "B" else ch)
        return "".join(out)

    return make


MOBILE = rural_phone("+7 (MMM) BBB-BB-BB", "8-MMM-BBB-BB-BB", "8MMMBBBBBBB", "+7MMMBBBBBBB", "8 MMM BBB BB BB",
                     "+7 MMM BBB-BBBB", "8(MMM)BBBBBBB", "8MMM BBB BB BB")
LANDLINE = rural_phone("8 (AAAAA) B-BB-BB", "8-AAAAA-B-BB-BB", "(AAAAA) BB-BBB", "8(AAAAA)BBBBB", "+7 AAAAA BB-BBB",
                       "8 AAAAA BBBBB")


# ----- dates ----------------------------------------------------------------------------------
def when(*layouts: str, lo: str = "-80y", hi: str = "today"):
    """dd mm yyyy yy d m MG (gent month) MN (nominative) hh:ii (time)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return fmt_date(fake.date_between(start_date=lo, end_date=hi), rng.choice(layouts), rng)

    return make


def fmt_date(d: Any, out: str, rng: random.Random) -> str:
    """``d`` written in the layout ``out`` (the keys of :func:`when`)."""
    for key, val in (("yyyy", f"{d.year}"), ("yy", f"{d.year % 100:02d}"), ("dd", f"{d.day:02d}"),
                     ("mm", f"{d.month:02d}"), ("MG", MONTHS_GENT[d.month - 1]), ("MN", MONTHS_NOMN[d.month - 1]),
                     ("hh", f"{rng.randrange(7, 23):02d}"), ("ii", f"{rng.randrange(60):02d}"),
                     ("d", f"{d.day}"), ("m", f"{d.month}")):
        out = out.replace(key, val)
    return out


# ----- identifiers ----------------------------------------------------------------------------
def snils_value(rng: random.Random, pattern: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return lay(pattern, body + snils_check_digits(body))


def snils_any(*patterns: str):
    return lambda rng, fake, case: snils_value(rng, rng.choice(patterns))


def inn_value(rng: random.Random, n: int = 12, pattern: str | None = None) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + dig(rng, n - 3 if n == 10 else n - 4)
    full = prefix + inn_check_digits(prefix)
    return lay(pattern, full) if pattern else full


def inn_any(*patterns: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        pattern = rng.choice(patterns)
        return inn_value(rng, pattern.count("X"), pattern)

    return make


def enp_value(rng: random.Random, pattern: str = "XXXXXXXXXXXXXXXX") -> str:
    while True:
        body = str(rng.randrange(1, 10)) + dig(rng, 14)
        full = next(body + str(c) for c in range(10) if luhn_valid(body + str(c)))
        if enp_valid(full):
            return lay(pattern, full)


def oms_any(*patterns: str, old: float = 0.0):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < old:
            return rng.choice((f"{dig(rng, 4)} № {dig(rng, 10)}", f"ТОМ {dig(rng, 7)}", f"{dig(rng, 6)}-{dig(rng, 8)}",
                               f"ЯНА № {dig(rng, 8)}"))
        return enp_value(rng, rng.choice(patterns))

    return make


def passport_value(rng: random.Random, pattern: str = "XX XX XXXXXX") -> str:
    region = f"{rng.randrange(1, 99):02d}"
    year = f"{rng.randrange(0, 25):02d}"
    return lay(pattern, region + year + str(rng.randrange(1, 10)) + dig(rng, 5))


def passport_any(*patterns: str):
    return lambda rng, fake, case: passport_value(rng, rng.choice(patterns))


def num(*patterns: str):
    """X a digit (first one non-zero), Y a two-digit year 15..25, L a capital Cyrillic letter."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(patterns):
            if ch == "X":
                out.append(str(rng.randrange(0 if any(c.isdigit() for c in out) else 1, 10)))
            elif ch == "Y":
                out.append(str(rng.randrange(15, 26)))
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            elif ch == "W":
                out.append(rng.choice("ABCEFKNPT"))
            else:
                out.append(ch)
        return "".join(out)

    return make


# ----- e-mail and links -----------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщыэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "y", "e", "yu", "ya"), strict=True))


def latin(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, "") for ch in word.lower())


def person_email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = name_parts(rng, fake)
    user = rng.choice((f"{latin(last)}.{latin(first)[:1]}", f"{latin(first)}{rng.randrange(60, 100)}",
                       f"{latin(last)}_{rng.randrange(1970, 2012)}", f"{latin(first)}.{latin(last)}"))
    return f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru', 'gmail.com'))}"


def mail_any(rng: random.Random, fake: Any, case: str) -> str:
    return person_email(rng, fake) if rng.random() < 0.8 else fake.free_email()


def link_any(rng: random.Random, fake: Any, case: str) -> str:
    host = rng.choice(("tmk.zdrav-region.ru", "telemed.okb.local", "mis.crb-local.ru", "ris.gbuz.ru"))
    return rng.choice((
        f"https://{host}/conf/{dig(rng, 6)}-{latin(fake.last_name())}",
        f"http://{host}/patient/card?id={dig(rng, 7)}",
        f"https://disk.yandex.ru/i/{''.join(rng.choice('AbCdEfGhKmNpQrStUvWxYz23456789') for _ in range(14))}",
        f"vk.com/id{dig(rng, 9)}", f"https://vk.com/{latin(fake.first_name())}_{latin(fake.last_name())}",
        f"https://{host}/ecg/{rng.randrange(2019, 2026)}/{dig(rng, 8)}.pdf",
        f"https://cloud.mail.ru/public/{dig(rng, 4)}/{''.join(rng.choice('abcdefXYZ123') for _ in range(8))}",
        f"https://user.gto.ru/user/{dig(rng, 7)}",
    ))
