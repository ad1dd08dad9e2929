"""People and places of every origin for the blind19 split, with simple Russian case inflection."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from benchmarks.pii_blind19_gen import dig, translit

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# (surname, first, patronymic) for men; the women's forms are derived where the surname declines
_ORIGIN_MEN = {
    "tatar": (
        ("Гарипов", "Сафин", "Хайруллин", "Закиров", "Шакиров"),
        ("Ильдар", "Рустем", "Айрат", "Ринат"),
        ("Рашитович", "Ильгизович", "Фаритович"),
    ),
    "bashkir": (
        ("Юлдашев", "Галиев", "Ишмухаметов"),
        ("Азат", "Салават", "Ильшат"),
        ("Муратович", "Флюрович"),
    ),
    "dagestan": (
        ("Магомедов", "Гаджиев", "Абдулаев", "Алиев"),
        ("Шамиль", "Магомед", "Рамазан", "Гасан"),
        ("Ахмедович", "Омарович", "Гусейнович"),
    ),
    "buryat": (
        ("Доржиев", "Цыбиков", "Балданов", "Намсараев"),
        ("Баир", "Жаргал", "Булат", "Аюр"),
        ("Цыренович", "Бадмаевич", "Дашиевич"),
    ),
    "yakut": (
        ("Николаев", "Охлопков", "Слепцов"),
        ("Айсен", "Нюргун", "Эрчим"),
        ("Семенович", "Гаврильевич"),
    ),
    "armenian": (
        ("Петросян", "Саркисян", "Овсепян", "Аветисян"),
        ("Арам", "Гагик", "Тигран", "Ашот"),
        ("Гагикович", "Самвелович", "Арменович"),
    ),
    "uzbek": (
        ("Каримов", "Тошматов", "Юсупов", "Рахимов"),
        ("Шерзод", "Фаррух", "Улугбек", "Бахтиёр"),
        ("Бахтиёрович", "Рустамович", "Абдуллаевич"),
    ),
    "tajik": (
        ("Рахмонов", "Назаров", "Шарипов", "Саидов"),
        ("Фирдавс", "Джамшед", "Сухроб", "Фарход"),
        ("Саидович", "Назарович", "Азизович"),
    ),
    "kyrgyz": (
        ("Асанбеков", "Токтосунов", "Жумабаев", "Турдубаев"),
        ("Нурлан", "Эрлан", "Бакыт", "Азамат"),
        ("Асанбекович", "Кубанычбекович", "Эркинович"),
    ),
}
_FEMALE_FIRST = {
    "tatar": ("Гульнара", "Алсу", "Лейсан", "Резеда"),
    "bashkir": ("Гульшат", "Зульфия", "Айгуль"),
    "dagestan": ("Патимат", "Марьям", "Хадижат"),
    "buryat": ("Саяна", "Туяна", "Дарима"),
    "yakut": ("Сардана", "Туйаара", "Айталина"),
    "armenian": ("Анаит", "Лусине", "Гаяне"),
    "uzbek": ("Дилноза", "Гулнора", "Мадина"),
    "tajik": ("Нигина", "Зарина", "Мехрона"),
    "kyrgyz": ("Айпери", "Жылдыз", "Бермет"),
}
# indeclinable or foreign-shaped names, given as written in records (no patronymic)
FOREIGNERS = (
    ("Нгуен", "Ван Хунг", "Nguyen Van Hung"),
    ("Ван", "Лэй", "Wang Lei"),
    ("Чжан", "Сяомин", "Zhang Xiaoming"),
    ("Мюллер", "Томас", "Thomas Mueller"),
    ("Сингх", "Ранджит", "Ranjit Singh"),
    ("Огунлейе", "Чиди", "Chidi Ogunleye"),
    ("Ким", "Мин Чжун", "Kim Min Jun"),
    ("Шарма", "Прия", "Priya Sharma"),
    ("Йылмаз", "Мехмет", "Mehmet Yilmaz"),
    ("Гарсия", "Мария", "Maria Garcia"),
    ("Беридзе", "Нино", "Nino Beridze"),
    ("Эль-Амин", "Ахмед", "Ahmed El-Amin"),
)


@dataclass
class Person:
    last: str
    first: str
    middle: str  # "" if none
    male: bool
    latin: str = ""  # a Latin spelling, if any

    def full(self, case: str = "nomn") -> str:
        parts = [self.L(case), self.F(case)] + ([self.M(case)] if self.middle else [])
        return " ".join(parts)

    def L(self, case: str = "nomn") -> str:
        return inflect_surname(self.last, self.male, case)

    def F(self, case: str = "nomn") -> str:
        return inflect_first(self.first, self.male, case)

    def M(self, case: str = "nomn") -> str:
        return inflect_first(self.middle, self.male, case) if self.middle else ""

    def initials(self) -> str:
        return f"{self.first[0]}." + (f"{self.middle[0]}." if self.middle else "")

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        """A varied written shape of the name in ``case``."""
        opts = [
            self.full(case),
            f"{self.L(case)} {self.initials()}",
            f"{self.initials()} {self.L(case)}",
            f"{self.L(case)} {self.initials().replace('.', '. ').strip()}",
        ]
        if self.middle:
            opts += [f"{self.F(case)} {self.M(case)}", f"{self.F(case)} {self.M(case)} {self.L(case)}"]
        if self.latin and case == "nomn":
            opts.append(self.latin)
        return rng.choice(opts).strip()


def inflect_surname(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    if male:
        if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
            return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
        if s[-1] in "бвгдзклмнпрстфхжшчщ" and not s.endswith(("ян", "их", "ых")):
            return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]
        if s.endswith("ян"):
            return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]
        return s
    if s.endswith(("ова", "ева", "ина", "ына")):
        return s[:-1] + {"gent": "ой", "accs": "у", "datv": "ой", "ablt": "ой", "loct": "ой"}[case]
    if s.endswith(("ская", "цкая")):
        return s[:-2] + {"gent": "ой", "accs": "ую", "datv": "ой", "ablt": "ой", "loct": "ой"}[case]
    return s


def inflect_first(s: str, male: bool, case: str) -> str:
    """First names and patronymics (also "Ван Хунг": only the last word declines, if at all)."""
    if case == "nomn":
        return s
    if " " in s:
        return s
    if s.endswith(("вич", "ич")):
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    if s.endswith("на") and not male:
        return s[:-1] + {"gent": "ы", "accs": "у", "datv": "е", "ablt": "ой", "loct": "е"}[case]
    if s.endswith("ия"):
        return s[:-1] + {"gent": "и", "accs": "ю", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if s.endswith("я"):
        return s[:-1] + {"gent": "и", "accs": "ю", "datv": "е", "ablt": "ей", "loct": "е"}[case]
    if s.endswith("а"):
        soft = s[-2] in "гкхжшчщ"
        ablt = "ей" if s[-2] in "жшчщц" else "ой"
        return (
            s[:-1] + {"gent": "и" if soft else "ы", "accs": "у", "datv": "е", "ablt": ablt, "loct": "е"}[case]
        )
    if not male:
        return s
    if s.endswith("й"):
        return s[:-1] + {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if s.endswith("ь"):
        return s[:-1] + {"gent": "я", "accs": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if s[-1] in "бвгдзклмнпрстфхжшчщ":
        ablt = "ем" if s[-1] in "жшчщц" else "ом"
        return s + {"gent": "а", "accs": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]
    return s


def _fem_surname(s: str) -> str:
    return s + "а" if s.endswith(("ов", "ев", "ин", "ын")) else s


def russian(rng: random.Random, fake: Any, male: bool | None = None) -> Person:
    male = rng.random() < 0.5 if male is None else male
    if male:
        return Person(fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), True)
    return Person(fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), False)


def from_origin(rng: random.Random, origin: str, male: bool | None = None) -> Person:
    male = rng.random() < 0.5 if male is None else male
    lasts, firsts, middles = _ORIGIN_MEN[origin]
    last, middle = rng.choice(lasts), rng.choice(middles)
    if male:
        p = Person(last, rng.choice(firsts), middle, True)
    else:
        p = Person(
            _fem_surname(last),
            rng.choice(_FEMALE_FIRST[origin]),
            middle[:-3] + "вна" if middle.endswith("вич") else middle,
            False,
        )
        if p.middle.endswith("ичвна"):
            p.middle = p.middle[:-5] + "ична"
    if origin in ("uzbek", "tajik", "kyrgyz") and rng.random() < 0.5:
        p.latin = f"{translit(p.last).upper()} {translit(p.first).upper()}"
    return p


def foreigner(rng: random.Random) -> Person:
    last, first, latin = rng.choice(FOREIGNERS)
    return Person(last, first, "", False, latin)


def anyone(rng: random.Random, fake: Any, male: bool | None = None) -> Person:
    x = rng.random()
    if x < 0.55:
        return russian(rng, fake, male)
    if x < 0.9:
        return from_origin(rng, rng.choice(tuple(_ORIGIN_MEN)), male)
    return foreigner(rng)


def migrant(rng: random.Random, male: bool | None = None) -> Person:
    return from_origin(rng, rng.choice(("uzbek", "tajik", "kyrgyz", "armenian")), male)


def diminutive(rng: random.Random) -> str:
    return rng.choice(
        (
            "Саша",
            "Лёша",
            "Наташа",
            "Танюша",
            "Серёжа",
            "Коля",
            "Лена",
            "Вова",
            "Димочка",
            "Ира",
            "Гуля",
            "Рустик",
            "Мадинка",
        )
    )


# ----- places --------------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(fake: Any, rng: random.Random) -> str:
    kind = rng.choice(("ул.", "ул.", "улица", "пр-т", "пер.", "б-р", "ш.", "проезд"))
    return f"{kind} {fake.street_title()}"


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 180))
    x = rng.random()
    if x < 0.2:
        h += rng.choice(("А", "Б", "/2", " лит. А", " стр. 3"))
    extra = rng.choice(
        ("", f", корп. {rng.randint(1, 5)}", f" к{rng.randint(1, 4)}", f", строение {rng.randint(1, 3)}")
    )
    flat = rng.choice(
        (f", кв. {rng.randint(1, 300)}", f"-{rng.randint(1, 200)}", f", кв.{rng.randint(1, 99)}", "")
    )
    return rng.choice(("д. ", "д.", "дом ", "")) + h + extra + flat


def address(rng: random.Random, fake: Any, style: str | None = None) -> str:
    style = style or rng.choice(
        ("city", "city", "index_first", "index_last", "rural", "snt", "micro", "reversed")
    )
    t, st = town(fake), street(fake, rng)
    if style == "city":
        return f"г. {t}, {st}, {house(rng)}"
    if style == "index_first":
        return f"{fake.postcode()}, {fake.region()}, г. {t}, {st}, {house(rng)}"
    if style == "index_last":
        return f"{st}, {house(rng)}, г. {t}, {fake.region()}, {fake.postcode()}"
    if style == "rural":
        return (
            f"{fake.region()}, {rng.choice(('Куединский', 'Аургазинский', 'Кижингинский', 'Мамадышский', 'Тосненский'))} р-н, "
            f"{rng.choice(('с.', 'д.', 'пос.', 'село', 'дер.', 'пгт'))} {rng.choice(('Березовка', 'Ключи', 'Сосновка', 'Красный Яр', 'Усть-Кан', 'Нижние Серги'))}, "
            f"{st}, {house(rng)}"
        )
    if style == "snt":
        return (
            f"{rng.choice(('СНТ', 'СНТ', 'ДНП', 'с/т'))} «{rng.choice(('Ромашка', 'Заря', 'Рассвет', 'Строитель', 'Мичуринец'))}», "
            f"уч. {rng.randint(1, 400)}, {rng.choice(('Раменский', 'Всеволожский', 'Емельяновский', 'Лаишевский'))} р-н"
        )
    if style == "micro":
        return f"г. {t}, {rng.choice(('мкр.', 'микрорайон', 'мкрн'))} {rng.choice(('Северный', '7', '3А', 'Солнечный', 'Юбилейный'))}, д. {rng.randint(1, 60)}, кв. {rng.randint(1, 200)}"
    if style == "reversed":
        return f"кв. {rng.randint(1, 200)}, д. {rng.randint(1, 90)}, {st}, {t}"
    raise ValueError(style)


FOREIGN_ADDRESSES = (
    "Республика Узбекистан, Ферганская обл., г. Коканд, ул. Навои, д. 12",
    "Таджикистан, Хатлонская область, г. Бохтар, ул. Айни 45",
    "Кыргызская Республика, г. Ош, ул. Ленина, 212-14",
    "Армения, г. Гюмри, ул. Абовяна, д. 7",
    "Uzbekistan, Samarkand, Registan str. 15, apt. 3",
    "Kazakhstan, Almaty, Abay ave. 150, apt. 27",
    "Vietnam, Ha Noi, Cau Giay, Tran Duy Hung 82",
    "Germany, 10115 Berlin, Invalidenstrasse 12",
    "Республика Казахстан, Карагандинская обл., г. Темиртау, пр. Республики, 41-9",
    "Kaduna State, Nigeria, Ahmadu Bello Way 23",
)


def foreign_address(rng: random.Random) -> str:
    return rng.choice(FOREIGN_ADDRESSES)


def hospital(rng: random.Random) -> str:
    return rng.choice(
        (
            "ГБУЗ «Городская клиническая больница № 15»",
            "ГАУЗ РКБ МЗ РТ",
            "ОГБУЗ «Районная больница»",
            "ГБУЗ «ДГП № 3 ДЗМ»",
            "ФГБУ «НМИЦ кардиологии»",
            "ГБУЗ НО «Городская поликлиника № 7»",
            "санаторий «Сосновый бор»",
            "ГБУЗ РБ Белорецкая ЦРКБ",
            "ГБУЗ «ССиНМП им. А.С. Пучкова»",
        )
    )


def sick_leave(rng: random.Random) -> str:
    return "9" + dig(rng, 11, False)


def mrn_any(rng: random.Random) -> str:
    y = rng.randint(2019, 2026)
    return rng.choice(
        (
            f"{rng.randint(1, 29999)}/{y}",
            f"{rng.randint(100, 9999)}-{y % 100}",
            f"{rng.randint(10000, 999999)}",
            f"МК-{y}-{dig(rng, 5, False)}",
            f"А{dig(rng, 6)}",
            f"{y % 100}/{rng.randint(1, 9999):04d}",
            f"EMR{dig(rng, 8, False)}",
            f"{dig(rng, 3)}-{dig(rng, 4)}-{rng.choice(('Т', 'Х', 'Н'))}",
        )
    )
