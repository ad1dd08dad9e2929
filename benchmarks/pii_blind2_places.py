"""Places for the ``blind2`` PII families: towns with their case forms, regions, rural settlements
with their districts, streets, and the ways Russian records write an address.

The lists are this module's own (written from general knowledge of Russian geography and postal
conventions, not from the other families or the recognizers' gazetteers). Case forms are written out
by hand, so a planted "в Нижнем Тагиле" is exactly what a Russian writes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.pii_blind2_values import digits


@dataclass(frozen=True)
class Region:
    nomn: str
    gent: str
    short: str  # the abbreviated nominative ("Тюменская обл.")
    short_gent: str


def _oblast(stem: str) -> Region:
    """``stem`` is the feminine adjective without its ending: "Тюменск" -> Тюменская область."""
    return Region(f"{stem}ая область", f"{stem}ой области", f"{stem}ая обл.", f"{stem}ой обл.")


def _krai(adjective: str) -> Region:
    stem = adjective[:-2]
    return Region(f"{adjective} край", f"{stem}ого края", f"{adjective} край", f"{stem}ого края")


def _fixed(nomn: str, gent: str) -> Region:
    short, short_gent = nomn.replace("Республика", "Респ."), gent.replace("Республики", "Респ.")
    return Region(nomn, gent, short, short_gent)


REGIONS = {
    "tyum": _oblast("Тюменск"), "sam": _oblast("Самарск"), "tat": _fixed("Республика Татарстан", "Республики Татарстан"),
    "perm": _krai("Пермский"), "sverd": _oblast("Свердловск"), "novg": _oblast("Новгородск"),
    "hmao": _fixed("Ханты-Мансийский автономный округ – Югра", "Ханты-Мансийского автономного округа – Югры"),
    "vol": _oblast("Вологодск"), "yar": _oblast("Ярославск"), "kal": _oblast("Калужск"), "tver": _oblast("Тверск"),
    "ryaz": _oblast("Рязанск"), "penz": _oblast("Пензенск"), "sar": _oblast("Саратовск"), "vlg": _oblast("Волгоградск"),
    "astr": _oblast("Астраханск"), "krd": _krai("Краснодарский"), "stav": _krai("Ставропольский"),
    "alt": _krai("Алтайский"), "omsk": _oblast("Омск"), "tomsk": _oblast("Томск"), "kem": _oblast("Кемеровск"),
    "irk": _oblast("Иркутск"), "bur": _fixed("Республика Бурятия", "Республики Бурятия"),
    "zab": _krai("Забайкальский"), "hab": _krai("Хабаровский"), "prim": _krai("Приморский"),
    "kar": _fixed("Республика Карелия", "Республики Карелия"), "arh": _oblast("Архангельск"),
    "komi": _fixed("Республика Коми", "Республики Коми"), "kir": _oblast("Кировск"),
    "udm": _fixed("Удмуртская Республика", "Удмуртской Республики"),
    "bash": _fixed("Республика Башкортостан", "Республики Башкортостан"), "oren": _oblast("Оренбургск"),
    "kurg": _oblast("Курганск"), "belg": _oblast("Белгородск"), "kursk": _oblast("Курск"), "orel": _oblast("Орловск"),
    "lip": _oblast("Липецк"), "psk": _oblast("Псковск"), "smol": _oblast("Смоленск"), "bry": _oblast("Брянск"),
    "dag": _fixed("Республика Дагестан", "Республики Дагестан"), "kost": _oblast("Костромск"),
    "ivan": _oblast("Ивановск"), "nn": _oblast("Нижегородск"), "mo": _oblast("Московск"), "lo": _oblast("Ленинградск"),
    "nsk": _oblast("Новосибирск"), "rost": _oblast("Ростовск"), "chel": _oblast("Челябинск"),
    "kras": _krai("Красноярский"), "vrn": _oblast("Воронежск"), "ra": _fixed("Республика Алтай", "Республики Алтай"),
    "ady": _fixed("Республика Адыгея", "Республики Адыгея"), "murm": _oblast("Мурманск"),
}


@dataclass(frozen=True)
class Town:
    nomn: str
    gent: str
    loct: str
    region: str | None  # key of REGIONS; None for the federal cities
    postal: str  # first three digits of its postcodes
    code: str  # telephone area code


def _t(nomn: str, gent: str, loct: str, region: str | None, postal: str, code: str) -> Town:
    return Town(nomn, gent, loct, region, postal, code)


TOWNS = (
    _t("Тюмень", "Тюмени", "Тюмени", "tyum", "625", "3452"), _t("Самара", "Самары", "Самаре", "sam", "443", "846"),
    _t("Казань", "Казани", "Казани", "tat", "420", "843"), _t("Пермь", "Перми", "Перми", "perm", "614", "342"),
    _t("Нижний Тагил", "Нижнего Тагила", "Нижнем Тагиле", "sverd", "622", "3435"),
    _t("Каменск-Уральский", "Каменска-Уральского", "Каменске-Уральском", "sverd", "623", "3439"),
    _t("Великий Новгород", "Великого Новгорода", "Великом Новгороде", "novg", "173", "8162"),
    _t("Набережные Челны", "Набережных Челнов", "Набережных Челнах", "tat", "423", "8552"),
    _t("Сургут", "Сургута", "Сургуте", "hmao", "628", "3462"), _t("Вологда", "Вологды", "Вологде", "vol", "160", "8172"),
    _t("Череповец", "Череповца", "Череповце", "vol", "162", "8202"),
    _t("Ярославль", "Ярославля", "Ярославле", "yar", "150", "4852"), _t("Калуга", "Калуги", "Калуге", "kal", "248", "4842"),
    _t("Тверь", "Твери", "Твери", "tver", "170", "4822"), _t("Рязань", "Рязани", "Рязани", "ryaz", "390", "4912"),
    _t("Пенза", "Пензы", "Пензе", "penz", "440", "8412"), _t("Саратов", "Саратова", "Саратове", "sar", "410", "8452"),
    _t("Волгоград", "Волгограда", "Волгограде", "vlg", "400", "8442"),
    _t("Астрахань", "Астрахани", "Астрахани", "astr", "414", "8512"),
    _t("Краснодар", "Краснодара", "Краснодаре", "krd", "350", "861"),
    _t("Ставрополь", "Ставрополя", "Ставрополе", "stav", "355", "8652"),
    _t("Барнаул", "Барнаула", "Барнауле", "alt", "656", "3852"), _t("Бийск", "Бийска", "Бийске", "alt", "659", "3854"),
    _t("Омск", "Омска", "Омске", "omsk", "644", "3812"), _t("Томск", "Томска", "Томске", "tomsk", "634", "3822"),
    _t("Новокузнецк", "Новокузнецка", "Новокузнецке", "kem", "654", "3843"),
    _t("Иркутск", "Иркутска", "Иркутске", "irk", "664", "3952"), _t("Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "bur", "670", "3012"),
    _t("Чита", "Читы", "Чите", "zab", "672", "3022"), _t("Хабаровск", "Хабаровска", "Хабаровске", "hab", "680", "4212"),
    _t("Владивосток", "Владивостока", "Владивостоке", "prim", "690", "423"),
    _t("Петрозаводск", "Петрозаводска", "Петрозаводске", "kar", "185", "8142"),
    _t("Архангельск", "Архангельска", "Архангельске", "arh", "163", "8182"),
    _t("Мурманск", "Мурманска", "Мурманске", "murm", "183", "8152"),
    _t("Сыктывкар", "Сыктывкара", "Сыктывкаре", "komi", "167", "8212"), _t("Киров", "Кирова", "Кирове", "kir", "610", "8332"),
    _t("Ижевск", "Ижевска", "Ижевске", "udm", "426", "3412"), _t("Уфа", "Уфы", "Уфе", "bash", "450", "347"),
    _t("Стерлитамак", "Стерлитамака", "Стерлитамаке", "bash", "453", "3473"),
    _t("Оренбург", "Оренбурга", "Оренбурге", "oren", "460", "3532"), _t("Орск", "Орска", "Орске", "oren", "462", "3537"),
    _t("Курган", "Кургана", "Кургане", "kurg", "640", "3522"), _t("Белгород", "Белгорода", "Белгороде", "belg", "308", "4722"),
    _t("Старый Оскол", "Старого Оскола", "Старом Осколе", "belg", "309", "4725"),
    _t("Курск", "Курска", "Курске", "kursk", "305", "4712"), _t("Орёл", "Орла", "Орле", "orel", "302", "4862"),
    _t("Липецк", "Липецка", "Липецке", "lip", "398", "4742"), _t("Псков", "Пскова", "Пскове", "psk", "180", "8112"),
    _t("Великие Луки", "Великих Лук", "Великих Луках", "psk", "182", "81153"),
    _t("Смоленск", "Смоленска", "Смоленске", "smol", "214", "4812"), _t("Брянск", "Брянска", "Брянске", "bry", "241", "4832"),
    _t("Махачкала", "Махачкалы", "Махачкале", "dag", "367", "8722"),
    _t("Кострома", "Костромы", "Костроме", "kost", "156", "4942"), _t("Иваново", "Иваново", "Иваново", "ivan", "153", "4932"),
    _t("Дзержинск", "Дзержинска", "Дзержинске", "nn", "606", "8313"), _t("Арзамас", "Арзамаса", "Арзамасе", "nn", "607", "83147"),
    _t("Сергиев Посад", "Сергиева Посада", "Сергиевом Посаде", "mo", "141", "496"),
    _t("Коломна", "Коломны", "Коломне", "mo", "140", "496"), _t("Подольск", "Подольска", "Подольске", "mo", "142", "4967"),
    _t("Гатчина", "Гатчины", "Гатчине", "lo", "188", "81371"), _t("Выборг", "Выборга", "Выборге", "lo", "188", "81378"),
    _t("Москва", "Москвы", "Москве", None, "1", "495"), _t("Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербурге", None, "19", "812"),
    _t("Новосибирск", "Новосибирска", "Новосибирске", "nsk", "630", "383"),
    _t("Екатеринбург", "Екатеринбурга", "Екатеринбурге", "sverd", "620", "343"),
    _t("Ростов-на-Дону", "Ростова-на-Дону", "Ростове-на-Дону", "rost", "344", "863"),
    _t("Нижний Новгород", "Нижнего Новгорода", "Нижнем Новгороде", "nn", "603", "831"),
    _t("Челябинск", "Челябинска", "Челябинске", "chel", "454", "351"),
    _t("Красноярск", "Красноярска", "Красноярске", "kras", "660", "391"),
    _t("Воронеж", "Воронежа", "Воронеже", "vrn", "394", "473"),
)


@dataclass(frozen=True)
class Village:
    kind: str  # с., д., пгт ... as written before the name
    name: str
    district: str  # the district's adjective (masculine nominative), "Бийский"
    region: str


_KIND_FULL = {"с.": "село", "д.": "деревня", "пгт": "посёлок городского типа", "п.": "посёлок", "рп": "рабочий посёлок",
              "ст-ца": "станица", "х.": "хутор", "аул": "аул"}
VILLAGES = tuple(Village(*row) for row in (
    ("с.", "Светлоозёрское", "Бийский", "alt"), ("с.", "Кулунда", "Кулундинский", "alt"), ("рп", "Тальменка", "Тальменский", "alt"),
    ("с.", "Новоегорьевское", "Егорьевский", "alt"), ("д.", "Горка", "Вологодский", "vol"), ("д.", "Берёзовка", "Кирилловский", "vol"),
    ("с.", "Никольское", "Усманский", "lip"), ("пгт", "Кромы", "Кромской", "orel"), ("ст-ца", "Ленинградская", "Ленинградский", "krd"),
    ("ст-ца", "Старощербиновская", "Щербиновский", "krd"), ("х.", "Весёлый", "Багаевский", "rost"),
    ("с.", "Большая Черниговка", "Большечерниговский", "sam"), ("с.", "Кинель-Черкассы", "Кинель-Черкасский", "sam"),
    ("д.", "Поддубье", "Лужский", "lo"), ("д.", "Лопухинка", "Ломоносовский", "lo"), ("с.", "Ярково", "Ярковский", "tyum"),
    ("с.", "Уват", "Уватский", "tyum"), ("с.", "Карагай", "Карагайский", "perm"), ("пгт", "Уруссу", "Ютазинский", "tat"),
    ("с.", "Актаныш", "Актанышский", "tat"), ("с.", "Бураево", "Бураевский", "bash"), ("д.", "Старые Киешки", "Уфимский", "bash"),
    ("пгт", "Шушенское", "Шушенский", "kras"), ("с.", "Тасеево", "Тасеевский", "kras"), ("с.", "Майма", "Майминский", "ra"),
    ("с.", "Чемал", "Чемальский", "ra"), ("с.", "Тарбагатай", "Тарбагатайский", "bur"), ("с.", "Ильинка", "Енотаевский", "astr"),
    ("с.", "Красный Яр", "Красноярский", "astr"), ("п.", "Пригородный", "Оренбургский", "oren"), ("с.", "Сакмара", "Сакмарский", "oren"),
    ("аул", "Кошехабль", "Кошехабльский", "ady"), ("с.", "Вад", "Вадский", "nn"), ("д.", "Новинки", "Богородский", "nn"),
    ("п.", "Заречный", "Ряжский", "ryaz"), ("с.", "Ижевское", "Спасский", "ryaz"), ("с.", "Бурмакино", "Кирово-Чепецкий", "kir"),
    ("с.", "Шарлык", "Шарлыкский", "oren"), ("х.", "Краснодонецкий", "Белокалитвинский", "rost"),
    ("с.", "Долгодеревенское", "Сосновский", "chel"), ("д.", "Вартемяги", "Всеволожский", "lo"),
))


def region_postal(region: str) -> str:
    """The first three postcode digits of a region (those of a town in it)."""
    return next((town.postal for town in TOWNS if town.region == region), {"ra": "649", "ady": "385"}.get(region, "600"))


def district_gent(adjective: str) -> str:
    return adjective[:-2] + "ого"


def district(village: Village, rng: random.Random, gent: bool = False) -> str:
    if gent:
        stem = district_gent(village.district)
        return rng.choice((f"{stem} р-на", f"{stem} района", f"{stem} муниципального района"))
    return rng.choice((f"{village.district} р-н", f"{village.district} район", f"{village.district} муниципальный район"))


# ----- streets and houses ---------------------------------------------------------------------
_STREETS = ("Ленина", "Советская", "Мира", "Молодёжная", "Школьная", "Садовая", "Гагарина", "Лесная", "Набережная",
            "Центральная", "Заречная", "Полевая", "Октябрьская", "Первомайская", "Комсомольская", "Пушкина", "Кирова",
            "Чкалова", "Куйбышева", "Луначарского", "Свердлова", "Профсоюзная", "Маршала Жукова", "40 лет Победы",
            "Красноармейская", "Пролетарская", "Революционная", "Строителей", "Энтузиастов", "Карла Маркса",
            "Дзержинского", "Зелёная", "Новая", "Юбилейная", "Рабочая", "Интернациональная", "Фрунзе", "Щорса")
_OTHER_WAYS = (("пр-т", "Ленина"), ("пр.", "Победы"), ("просп.", "Комсомольский"), ("пер.", "Почтовый"),
               ("пер.", "Южный"), ("б-р", "Строителей"), ("ш.", "Московское"), ("проезд", "Энергетиков"),
               ("мкр.", "Северный"), ("мкр-н", "Солнечный"), ("наб.", "Волжская"), ("пл.", "Революции"))


def street(rng: random.Random, dots: bool = True) -> str:
    """ул. Мира, улица Мира, пр-т Ленина, пер. Почтовый, Советская ул."""
    if rng.random() < 0.25:
        kind, name = rng.choice(_OTHER_WAYS)
    else:
        kind, name = rng.choices(("ул.", "улица", "ул"), weights=(80, 12, 8))[0], rng.choice(_STREETS)
    if not dots:
        kind = kind.rstrip(".")
    if kind.startswith("ул") and rng.random() < 0.1 and name[-2:] in ("ая", "яя"):
        return f"{name} {kind}"
    return f"{kind}{'' if kind.endswith('.') and rng.random() < 0.2 else ' '}{name}"


def house(rng: random.Random) -> str:
    number = str(rng.choices((rng.randint(1, 30), rng.randint(31, 180)), weights=(65, 35))[0])
    extra = rng.choices(("", rng.choice("АБВ"), f"/{rng.randint(1, 4)}", f" корп. {rng.randint(1, 5)}",
                         f" стр. {rng.randint(1, 3)}"), weights=(72, 10, 8, 7, 3))[0]
    return number + extra


def flat(rng: random.Random) -> str:
    return str(rng.randint(1, 260))


def postcode(town: Town, rng: random.Random) -> str:
    return town.postal + digits(rng, 6 - len(town.postal))


def street_address(rng: random.Random, style: str = "full") -> str:
    """Street, house and flat: "ул. Мира, д. 5, кв. 12" (full), "ул. Мира 5-12" (short), "ул Мира, д 5, кв 12" (bare)."""
    if style == "short":
        sep = rng.choices(("-", " кв ", " кв."), weights=(80, 12, 8))[0]
        return f"{street(rng)} {house(rng).replace(' корп. ', 'к').replace(' стр. ', 'с')}{sep}{flat(rng)}"
    if style == "bare":
        return f"{street(rng, dots=False)}, д {house(rng).replace('.', '')}, кв {flat(rng)}"
    tail = rng.choices((f", кв. {flat(rng)}", f", кв.{flat(rng)}", f"-{flat(rng)}", ""), weights=(65, 10, 10, 15))[0]
    home = rng.choices(("д. ", "д.", "дом ", ""), weights=(60, 15, 10, 15))[0]
    return f"{street(rng)}, {home}{house(rng)}{tail}"


def town_name(town: Town, rng: random.Random, case: str = "nomn", prefix: bool = True) -> str:
    """г. Тюмень / гор. Тюмени / город Тюмень; the bare name when ``prefix`` is off."""
    name = {"nomn": town.nomn, "gent": town.gent, "loct": town.loct}[case]
    if not prefix:
        return name
    word = rng.choices(("г. ", "г.", "гор. ", "город " if case == "nomn" else "г. "), weights=(70, 15, 8, 7))[0]
    return word + name


def region_name(region: Region, rng: random.Random, gent: bool = False) -> str:
    if gent:
        return rng.choice((region.gent, region.short_gent))
    return rng.choices((region.nomn, region.short), weights=(45, 55))[0]


def urban_address(rng: random.Random, postal: bool, region: bool, style: str = "full") -> str:
    """A town address, optionally with its postcode and region, in the order of a Russian envelope."""
    town = rng.choice(TOWNS)
    parts = []
    if postal:
        if rng.random() < 0.2:
            parts.append("Россия")
        parts.append(postcode(town, rng))
    if region and town.region:
        parts.append(region_name(REGIONS[town.region], rng))
    parts.append(town_name(town, rng))
    parts.append(street_address(rng, style))
    return ", ".join(parts) if style != "short" else " ".join(parts)


def rural_address(rng: random.Random, postal: bool = False) -> str:
    """Region, district, settlement, street: "Алтайский край, Бийский р-н, с. Светлоозёрское, ул. Мира, д. 12"."""
    village = rng.choice(VILLAGES)
    kind = village.kind if rng.random() < 0.85 else _KIND_FULL[village.kind]
    settlement = f"{kind} {village.name}"
    house_part = rng.choices((f"{street(rng)}, д. {house(rng)}", f"{street(rng)}, {house(rng)}",
                              f"{street(rng)}, д. {house(rng)}, кв. {rng.randint(1, 16)}", f"д. {house(rng)}"),
                             weights=(40, 25, 20, 15))[0]
    order = rng.random()
    if order < 0.55:
        parts = [region_name(REGIONS[village.region], rng), district(village, rng), settlement, house_part]
    elif order < 0.8:
        parts = [settlement, house_part, district(village, rng), region_name(REGIONS[village.region], rng)]
    else:
        parts = [settlement, district(village, rng), house_part]
    if postal:
        parts.insert(0, region_postal(village.region) + digits(rng, 3))
    return ", ".join(parts)
