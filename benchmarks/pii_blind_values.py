"""Value makers for the blind held-out PII families (:mod:`benchmarks.pii_families_blind`).

Written from how Russian clinical and administrative records spell these things, without reading
the recognizers: names of many origins in every case, settlements of every size with their type
words, district/region chains in the genitive, phone numbers by the Russian numbering plan (area
code + local number = 10 digits), dates with and without years, ranges, times.

A maker is ``(rng, faker, case) -> str`` like the makers of :mod:`benchmarks.pii_families`; the
templates below are ``str.format`` strings whose keys are listed in each maker's docstring.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word, surname_by_rule

PER, PHONE, MAIL, URL, DATE, LOC = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "DATE_TIME", "LOCATION"
SNILS, INN, PASSPORT, OMS, MRN = "RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_OMS_POLICY", "MEDICAL_RECORD_NUMBER"
Gold = tuple[str, str]  # (type, value) inside a composed text


def compose(*parts: str | Gold) -> Planted:
    """Literal strings and (type, value) pairs joined into one text; the pairs become the golds."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
        else:
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
    return Planted(text, golds)


def digits(rng: random.Random, template: str) -> str:
    """``#`` -> any digit, ``@`` -> a digit 1-9."""
    return "".join(str(rng.randrange(10)) if ch == "#" else str(rng.randrange(1, 10)) if ch == "@" else ch
                   for ch in template)


# ----- people --------------------------------------------------------------------------------
# Surnames of many origins as they appear in Russian records (Caucasian, Central Asian, Tatar,
# Bashkir, Korean, Ukrainian, German, Jewish), with first names and patronymics to match.
_OTHER_MEN = (
    ("Алиев", "Рустам", "Магомедович"), ("Мамедов", "Эльдар", "Исмаилович"), ("Ким", "Виктор", "Сергеевич"),
    ("Абдуллаев", "Шамиль", "Тагирович"), ("Церетели", "Нодар", "Георгиевич"), ("Хайруллин", "Ринат", "Ильдарович"),
    ("Цой", "Денис", "Алексеевич"), ("Гарипов", "Айдар", "Рамилевич"), ("Оганесян", "Арам", "Ашотович"),
    ("Бойко", "Тарас", "Николаевич"), ("Ковальчук", "Андрей", "Петрович"), ("Юсупов", "Тимур", "Рашидович"),
    ("Джураев", "Фаррух", "Бахтиёрович"), ("Каримов", "Улугбек", "Алишерович"), ("Беридзе", "Георгий", "Давидович"),
    ("Шмидт", "Александр", "Александрович"), ("Вайнштейн", "Михаил", "Аркадьевич"), ("Мельниченко", "Сергей", "Викторович"),
)
_OTHER_WOMEN = (
    ("Алиева", "Лейла", "Магомедовна"), ("Мамедова", "Гюльнара", "Исмаиловна"), ("Ким", "Елена", "Викторовна"),
    ("Хайруллина", "Гузель", "Ринатовна"), ("Оганесян", "Анаит", "Ашотовна"), ("Бойко", "Оксана", "Тарасовна"),
    ("Ковальчук", "Наталья", "Петровна"), ("Гарипова", "Алсу", "Ильдаровна"), ("Каримова", "Дильноза", "Алишеровна"),
    ("Беридзе", "Нино", "Георгиевна"), ("Шмидт", "Ирина", "Андреевна"), ("Цой", "Анна", "Владимировна"),
    ("Юсупова", "Зарема", "Рашидовна"), ("Мельниченко", "Татьяна", "Сергеевна"), ("Вайнштейн", "Софья", "Марковна"),
)

# Faker's ru_RU first names and patronymics lean to rare old ones (Афиноген Евсеевич); most
# patients and doctors carry common ones, so they come from these lists more often than not.
_COMMON_MEN = ("Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Владимир", "Николай", "Иван", "Михаил",
               "Евгений", "Юрий", "Виктор", "Олег", "Павел", "Игорь", "Максим", "Артём", "Роман")
_COMMON_WOMEN = ("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина", "Анна", "Галина", "Людмила",
                 "Екатерина", "Юлия", "Мария", "Валентина", "Надежда", "Любовь", "Дарья", "Ксения")
_FATHERS = ("Александров", "Сергеев", "Иванов", "Петров", "Николаев", "Викторов", "Владимиров", "Михайлов",
            "Юрьев", "Анатольев", "Васильев", "Геннадьев", "Борисов", "Евгеньев", "Олегов", "Дмитриев")


@dataclass(frozen=True)
class Someone:
    last: str
    first: str
    middle: str
    female: bool


def someone(rng: random.Random, fake: Any, sex: str | None = None, pool: str = "mix") -> Someone:
    """A person: Faker ``ru_RU`` mostly; ``pool="other"``: non-Slavic or double-barrelled names only."""
    female = rng.random() < 0.5 if sex is None else sex == "f"
    roll = rng.random()
    other, double = (roll < 0.6, roll >= 0.6) if pool == "other" else (roll < 0.12, 0.12 <= roll < 0.2)
    if other:
        last, first, middle = rng.choice(_OTHER_WOMEN if female else _OTHER_MEN)
        return Someone(last, first, middle, female)
    if female:
        last, first, middle = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    else:
        last, first, middle = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
    if rng.random() < 0.6:
        first = rng.choice(_COMMON_WOMEN if female else _COMMON_MEN)
        middle = rng.choice(_FATHERS) + ("на" if female else "ич")
    if double:
        second = fake.last_name_female() if female else fake.last_name_male()
        if second != last:
            last = f"{last}-{second}"
    return Someone(last, first, middle, female)


def decline(word: str, kind: str, female: bool, case: str) -> str:
    """Name part in ``case``; names pymorphy3 does not know decline by the rules of their ending."""
    if case == "nomn":
        return word
    out = inflect_name(word, kind, female, case)
    if out != word or kind == "Surn":
        return out
    if female and word.endswith("ь"):  # Гузель, like Любовь: Гузели, Гузелью
        return word if case == "accs" else word[:-1] + ("ью" if case == "ablt" else "и")
    return surname_by_rule(word, female, case)


def render(p: Someone, shape: str, case: str) -> str:
    """Shape tokens: F surname, I first name, O patronymic, FU surname in capitals, "io" = "А.В.",
    "i_o" = "А. В.", "i" = "А."; everything upper-cased when the shape starts with "!"."""
    caps = shape.startswith("!")
    full = {"F": decline(p.last, "Surn", p.female, case), "I": decline(p.first, "Name", p.female, case),
            "O": decline(p.middle, "Patr", p.female, case)}
    initials = {"io": f"{p.first[0]}.{p.middle[0]}.", "i_o": f"{p.first[0]}. {p.middle[0]}.", "i": f"{p.first[0]}."}
    out = []
    for token in shape.lstrip("!").split():
        out.append(full["F"].upper() if token == "FU" else full.get(token) or initials[token])
    text = " ".join(out)
    return text.upper() if caps else text


def name(*shapes: str, sex: str | None = None, pool: str = "mix") -> Maker:
    return lambda rng, fake, case: render(someone(rng, fake, sex, pool), rng.choice(shapes), case)


# ----- dates ---------------------------------------------------------------------------------
_SEASONS = {"nomn": ("зима", "весна", "лето", "осень"), "gent": ("зимы", "весны", "лета", "осени"),
            "ablt": ("зимой", "весной", "летом", "осенью")}


def _day(rng: random.Random, years: tuple[int, int]) -> date:
    start = date(years[0], 1, 1)
    return start + timedelta(days=rng.randrange((date(years[1], 12, 31) - start).days))


def _fields(t: date, rng: random.Random, case: str) -> dict[str, str]:
    month = t.month - 1
    hour, minute = rng.randrange(24), rng.randrange(60)
    slot_month = {"gent": MONTHS_GENT, "loct": MONTHS_LOCT}.get(case, MONTHS_NOMN)[month]
    return {
        "d": str(t.day), "dd": f"{t.day:02d}", "m": str(t.month), "mm": f"{t.month:02d}", "yyyy": str(t.year),
        "yy": f"{t.year % 100:02d}", "yn": f"{(t.year + 1) % 100:02d}", "MG": MONTHS_GENT[month],
        "ML": MONTHS_LOCT[month], "MN": MONTHS_NOMN[month], "Mc": MONTHS_NOMN[month].capitalize(),
        "MA": MONTHS_ABBR[month], "MR": ROMAN[month], "M": slot_month,
        "S": _SEASONS.get(case, _SEASONS["nomn"])[t.month % 12 // 3],
        "h": str(hour), "hh": f"{hour:02d}", "mi": f"{minute:02d}", "ss": f"{rng.randrange(60):02d}",
    }


def date_as(*templates: str, years: tuple[int, int] = (2012, 2024)) -> Maker:
    """Keys: d dd m mm yy yyyy (yn: next year's two digits), MG/ML/MN/Mc/MA/MR month genitive,
    locative, nominative, capitalised, abbreviated, roman; M month and S season in the slot's case;
    h hh mi ss time."""
    return lambda rng, fake, case: rng.choice(templates).format(**_fields(_day(rng, years), rng, case))


def date_range(*styles: str, years: tuple[int, int] = (2014, 2024)) -> Maker:
    """Two dates as one span. Styles: ``words`` "12 по 19 мая 2020 г.", ``digits`` "12.05 по 19.05.2020",
    ``full`` "12.05.2020 по 19.05.2020", ``dash`` "12.05–19.05.2020" / "12–19.05.2020"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        s = _day(rng, years)
        e = s + timedelta(days=rng.randrange(2, 22))
        style = rng.choice(styles)
        s_year = "" if s.year == e.year else f" {s.year} г."
        if style == "words":
            start = str(s.day) if s.month == e.month and not s_year else f"{s.day} {MONTHS_GENT[s.month - 1]}{s_year}"
            return f"{start} по {e.day} {MONTHS_GENT[e.month - 1]} {e.year} г."
        if style == "digits":
            return f"{s:%d.%m}{'.' + str(s.year) if s_year else ''} по {e:%d.%m.%Y}"
        if style == "full":
            return f"{s:%d.%m.%Y} по {e:%d.%m.%Y}{rng.choice(('', ' г.', 'г.'))}"
        dash = rng.choice(("–", "-", " - "))
        if s.month == e.month and not s_year and rng.random() < 0.4:
            return f"{s:%d}{dash}{e:%d.%m.%Y}"
        return f"{s:%d.%m}{'.' + str(s.year) if s_year else ''}{dash}{e:%d.%m.%Y}"

    return make


# ----- places --------------------------------------------------------------------------------
_REGION_ADJ = ("Тверская", "Ярославская", "Костромская", "Вологодская", "Архангельская", "Кировская",
               "Нижегородская", "Владимирская", "Ивановская", "Рязанская", "Тульская", "Калужская", "Смоленская",
               "Псковская", "Новгородская", "Ленинградская", "Саратовская", "Пензенская", "Оренбургская",
               "Челябинская", "Свердловская", "Тюменская", "Омская", "Новосибирская", "Иркутская", "Амурская",
               "Московская", "Белгородская", "Курская", "Брянская")
_REGION_OTHER = (("Краснодарский край", "Краснодарского края"), ("Пермский край", "Пермского края"),
                 ("Алтайский край", "Алтайского края"), ("Республика Татарстан", "Республики Татарстан"),
                 ("Респ. Башкортостан", "Респ. Башкортостан"), ("Удмуртская Респ.", "Удмуртской Респ."),
                 ("Чувашская Республика", "Чувашской Республики"), ("ХМАО-Югра", "ХМАО-Югры"))
_DISTRICTS = ("Кимрский", "Старицкий", "Вельский", "Котласский", "Шатурский", "Сергачский", "Белорецкий",
              "Каширский", "Ртищевский", "Сосновский", "Новоусманский", "Гатчинский", "Тосненский", "Ясногорский",
              "Рыбинский", "Любимский", "Мантуровский", "Шарьинский", "Тотемский", "Оричевский", "Дмитровский",
              "Кунгурский", "Богородский", "Киржачский", "Плесецкий", "Ирбитский")
_VILLAGES = (("д.", "Устье"), ("с.", "Никольское"), ("с.", "Ильинское"), ("пос.", "Первомайский"), ("д.", "Горки"),
             ("п.", "Красный Бор"), ("с.", "Покровка"), ("д.", "Новосёлки"), ("пгт", "Левинцы"),
             ("с.", "Верхние Серги"), ("д.", "Малое Исаково"), ("х.", "Весёлый"), ("ст-ца", "Староминская"),
             ("с.", "Большая Глушица"), ("д.", "Дубровка"), ("рп", "Сонково"), ("пос.", "Саперное"), ("с.", "Кулига"),
             ("д.", "Петровское"), ("дер.", "Ям"), ("пгт", "Пено"), ("с.", "Усть-Кулом"), ("д.", "Жуково"))
# Towns as single words (pymorphy3 declines them as place names): small, northern and resort
# towns; foreign ones only in running text (migration and travel history), never in an address.
_TOWNS = ("Вологда", "Анапа", "Норильск", "Кимры", "Кисловодск", "Нарьян-Мар", "Усть-Илимск", "Ейск", "Тутаев",
          "Мышкин", "Шарья", "Кохма", "Торжок", "Ржев", "Кондопога", "Апатиты", "Геленджик", "Пятигорск", "Сургут",
          "Нефтеюганск", "Кострома", "Рыбинск", "Углич", "Елец", "Саранск", "Воркута", "Кемь", "Ялта", "Евпатория",
          "Алушта", "Клин", "Коломна")
_FOREIGN_TOWNS = ("Ташкент", "Бишкек", "Минск", "Анталья", "Самарканд", "Гомель", "Душанбе", "Ереван", "Баку")
_MICRODISTRICTS = ("Юбилейный", "Северный", "Климовск", "ДЗФС", "Заречье", "Солнечный", "Кутузовский", "Гидрострой")
_CITY_DISTRICTS = ("Подольск", "Балашиха", "Красногорск", "Мытищи", "Химки", "Ступино", "Домодедово", "Люберцы", "Истра")
_SNT = ("Берёзка", "Рассвет", "Ромашка", "Дружба", "Лесная поляна", "Мичуринец", "Энергетик", "Строитель")
_STREET_TYPES = {"femn": ("ул.", "ул.", "ул.", "наб.", "пл.", "аллея"), "masc": ("пр-т", "пер.", "б-р", "проезд", "туп."),
                 "neut": ("ш.",)}


def _declinable_town(word: str) -> bool:
    low = word.lower()
    return " " not in word and "(" not in word and not low.endswith(("о", "и", "у", "ю", "э")) and not (
        low.endswith("е") and not low.endswith(("ое", "ее")))


@lru_cache(maxsize=4096)
def town_form(town: str, case: str) -> str:
    return town if case == "nomn" or not _declinable_town(town) else inflect_word(town, case, "Geox")


def _town(rng: random.Random, fake: Any, foreign: bool = False) -> str:
    """A curated town, or a Faker ``ru_RU`` town that declines (most of them); ``foreign``: now and
    then a town of a neighbouring country."""
    if foreign and rng.random() < 0.2:
        return rng.choice(_FOREIGN_TOWNS)
    if rng.random() < 0.5:
        return rng.choice(_TOWNS)
    for _ in range(20):
        town = fake.city_name().split(" (")[0].split("(")[0]
        if _declinable_town(town) and town_form(town, "gent") != town and town_form(town, "loct") != town:
            return town
    return rng.choice(_TOWNS)


@lru_cache(maxsize=2048)
def _adjective(title: str) -> Any:
    """pymorphy3's parse of a feminine street adjective ("Мирная"), or None for a name ("Гагарина")."""
    if " " in title or not title.endswith(("ая", "яя")):
        return None
    for parse in _morph().parse(title.lower()):
        if parse.tag.POS == "ADJF" and parse.tag.gender == "femn" and parse.tag.case == "nomn":
            return parse
    return None


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _agree(title: str, gender: str, case: str = "nomn") -> str:
    parse = _adjective(title)
    if parse is None:
        return title
    form = parse.inflect({gender, case})
    return title if form is None else form.word.capitalize()


def street(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    """A street with its type word, the adjective agreeing with it: "ул. Мирная", "Мирный пер.",
    "Можайское ш.", "пр-т Ленина"; ``case`` declines the adjective ("на ул. Мирной")."""
    title = fake.street_title()
    gender = rng.choice(("femn", "femn", "femn", "masc", "masc", "neut"))
    kind = rng.choice(_STREET_TYPES[gender])
    if _adjective(title) is not None:
        value = _agree(title, gender, case)
        return f"{value} {kind}" if rng.random() < 0.4 else f"{kind} {value}"
    return f"{kind} {title}"


def _house(rng: random.Random) -> str:
    n = rng.randrange(1, 160)
    return rng.choice((str(n), str(n), str(n), f"{n}а", f"{n}Б", f"{n}/{rng.randrange(1, 9)}"))


def _region(rng: random.Random) -> dict[str, str]:
    if rng.random() < 0.75:
        adj = rng.choice(_REGION_ADJ)
        gent = adj[:-2] + "ой"
        return {"R": f"{adj} обл.", "RF": f"{adj} область", "Rg": f"{gent} обл.", "RFg": f"{gent} области"}
    nomn, gent = rng.choice(_REGION_OTHER)
    return {"R": nomn, "RF": nomn, "Rg": gent, "RFg": gent}


def address_as(*templates: str) -> Maker:
    """Keys: P postcode; R/RF region abbreviated/full, Rg/RFg in the genitive; D district adjective,
    Dg its genitive; T town, Tg/Tl its genitive/locative; V village with its type word; S street
    with type, Sl street with type in the locative, St bare street title; N house, n house as a
    plain number, K building, Q
    flat, Rm room, L letter; Mk microdistrict; GO town of a city district (городской округ); SNT
    garden partnership name. Templates starting with "!" come out in capitals."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        district = rng.choice(_DISTRICTS)
        town = _town(rng, fake)
        kind, village = rng.choice(_VILLAGES)
        fields = {
            "P": str(rng.randrange(101000, 692999)), **_region(rng), "D": district, "Dg": district[:-2] + "ого",
            "T": town, "Tg": town_form(town, "gent"), "Tl": town_form(town, "loct"), "V": f"{kind} {village}",
            "S": street(rng, fake), "Sl": street(rng, fake, "loct"), "St": fake.street_title(), "N": _house(rng),
            "n": str(rng.randrange(1, 120)),
            "K": str(rng.randrange(1, 6)), "Q": str(rng.randrange(1, 320)), "Rm": str(rng.randrange(1, 12)),
            "L": rng.choice("АБВ"), "Mk": rng.choice(_MICRODISTRICTS), "GO": rng.choice(_CITY_DISTRICTS),
            "SNT": rng.choice(_SNT),
        }
        template = rng.choice(templates)
        out = template.lstrip("!").format(**fields)
        return out.upper() if template.startswith("!") else out

    return make


def town_in(*prefixes: str) -> Maker:
    """A bare town name in the slot's case ("из Вологды", "в Анапе"), or with a type word: a prefix
    "г. " takes the town; "V" stands for a village with its type word (which does not decline)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        prefix = rng.choice(prefixes)
        if prefix == "V":
            kind, village = rng.choice(_VILLAGES)
            return f"{kind} {village}"
        return prefix + town_form(_town(rng, fake, foreign=not prefix), case)

    return make


# ----- phones --------------------------------------------------------------------------------
_MOBILE = ("903", "905", "906", "909", "910", "911", "912", "913", "915", "916", "917", "919", "920", "921", "922",
           "925", "926", "927", "928", "929", "937", "950", "951", "952", "953", "960", "961", "962", "964", "965",
           "977", "978", "985", "987", "999")
_AREA = {
    3: ("495", "499", "812", "343", "383", "863", "846", "342", "473", "831", "843", "351", "861", "391", "347"),
    4: ("4852", "4822", "4942", "8172", "4932", "8162", "3812", "3842", "8512", "8442", "4872", "4912", "4842",
        "8112", "3522", "4752"),
    5: ("48236", "49451", "81762", "34342", "84337", "48439", "81854", "49234", "84463", "38563"),
}


def _group(local: str, sep: str) -> str:
    cut = {7: (3, 5), 6: (2, 4), 5: (1, 3)}[len(local)]
    return sep.join((local[: cut[0]], local[cut[0] : cut[1]], local[cut[1] :]))


def phone_as(kind: str, *templates: str) -> Maker:
    """Russian numbering: area code + local number = 10 digits. ``kind``: mobile (9xx), city (3-digit
    code), region (4-digit), rural (5-digit), fixed (any of these three), tollfree (800).
    Keys: a area code, l local number plain, g grouped with "-", s grouped with spaces, x extension."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if kind == "mobile":
            area, local = rng.choice(_MOBILE), digits(rng, "#######")
        elif kind == "tollfree":
            area, local = "800", digits(rng, "@######")
        else:
            width = {"city": 3, "region": 4, "rural": 5}.get(kind) or rng.choice((3, 4, 4, 5))
            area = rng.choice(_AREA[width])
            local = digits(rng, "@" + "#" * (9 - width))
        return rng.choice(templates).format(a=area, l=local, g=_group(local, "-"), s=_group(local, " "),
                                            x=str(rng.randrange(1, 999)))

    return make


def foreign_phone() -> Maker:
    """Numbers of the neighbouring countries as relatives and migrant patients give them."""
    layouts = ("+375 ({by}) @##-##-##", "+375 {by} @##-##-##", "+998 {uz} ### ## ##", "+998 ({uz}) ###-##-##",
               "+996 {kg} ### ###", "+992 {tj} ### ####", "+7 {kz} ### ## ##", "+7 ({kz}) ###-##-##", "+374 {am} ######")
    codes = {"by": ("29", "33", "44"), "uz": ("90", "91", "93", "94", "97", "99"), "kg": ("555", "700", "770", "777"),
             "tj": ("93", "98", "90"), "kz": ("701", "702", "705", "707", "747", "777"), "am": ("91", "93", "94", "77", "99")}

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return digits(rng, rng.choice(layouts).format(**{k: rng.choice(v) for k, v in codes.items()}))

    return make


# ----- contacts ------------------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))
_FREE_MAIL = ("mail.ru", "mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru")


def latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


def personal_email() -> Maker:
    """Mailboxes made from the owner's name, as people register them on Russian free mail."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        p = someone(rng, fake, pool="mix")
        last, first = latin(p.last.split("-")[0]), latin(p.first)
        local = rng.choice((f"{last}.{first[0]}", f"{first}.{last}", f"{last}{rng.randrange(60, 100)}",
                            f"{first[0]}{last}_{rng.randrange(1, 99)}", f"{last}-{first}{rng.randrange(1960, 2006)}",
                            fake.user_name()))
        return f"{local}@{rng.choice(_FREE_MAIL)}"

    return make


def org_email() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = latin(rng.choice(_TOWNS)).replace("-", "")
        box = rng.choice(("priemnoe", "registratura", "info", "crb", "gp3", "kdl", "oms", "mail"))
        domain = rng.choice((f"crb-{town}.ru", f"zdrav-{town}.ru", f"{town}-gb.ru", f"{fake.domain_word()}-med.ru",
                             f"gp{rng.randrange(1, 20)}.{town}.ru"))
        return f"{box}@{domain}"

    return make


# ----- identifiers ---------------------------------------------------------------------------
def snils_as(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        it = iter(body + snils_check_digits(body))
        return "".join(next(it) if ch == "X" else ch for ch in rng.choice(layouts))

    return make


def inn_as(n: int, *layouts: str) -> Maker:
    """An INN of ``n`` (10 or 12) digits with its check digits, laid out by ``X``s."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        prefix = f"{rng.randrange(1, 92):02d}" + digits(rng, "#" * (n - 3 if n == 10 else n - 4))
        it = iter(prefix + inn_check_digits(prefix))
        return "".join(next(it) if ch == "X" else ch for ch in rng.choice(layouts))

    return make


def luhn_complete(body: str) -> str:
    """``body`` with the check digit that makes it pass the Luhn sum (the single-number OMS policy's
    16th digit is a mod-10 check digit of this kind)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def oms_as(*layouts: str) -> Maker:
    """16-digit single-number policy (ЕНП), laid out by ``X``s."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        it = iter(luhn_complete(digits(rng, "@" + "#" * 14)))
        return "".join(next(it) if ch == "X" else ch for ch in rng.choice(layouts))

    return make


def passport_as(*layouts: str) -> Maker:
    """Series = region code (ОКАТО) + two digits of the issue year; ``SS`` region, ``YY`` year, ``#`` digits."""
    regions = ("45", "46", "40", "28", "78", "92", "65", "52", "36", "60", "71", "80", "03", "18", "22", "24")

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year = f"{rng.choice((rng.randrange(97, 100), rng.randrange(0, 25))):02d}"
        return digits(rng, rng.choice(layouts).replace("SS", rng.choice(regions)).replace("YY", year))

    return make


def pattern(*layouts: str) -> Maker:
    """``#`` digit, ``@`` non-zero digit, ``YY`` a two-digit year, ``Л`` a capital letter of a record series."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts).replace("YY", f"{rng.randrange(15, 25)}")
        return digits(rng, "".join(rng.choice("АБВГДКМНПРСТ") if ch == "Л" else ch for ch in layout))

    return make
