"""Places for the ``blind4`` PII families: towns with their case forms (including the instrumental,
"под Рыбинском"), and addresses as state registers (ФИАС/ГАР, КЛАДР abbreviations), micro-districts,
garden partnerships, closed towns, dormitories, places of birth as passports print them, foreign
addresses of migrants, Latin transliterations and scans with broken spacing.

The lists are this module's own (general knowledge of Russian geography and postal practice).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.pii_blind4_core import digits, latin, ocr_spaced


@dataclass(frozen=True)
class Town:
    nom: str
    gen: str
    dat: str
    ins: str
    pre: str
    region: str  # nominative
    region_gen: str  # "Вологодской обл." as places of birth write it
    index: str  # first three postcode digits


TOWNS = tuple(Town(*row) for row in (
    ("Вологда", "Вологды", "Вологде", "Вологдой", "Вологде", "Вологодская область", "Вологодской обл.", "160"),
    ("Череповец", "Череповца", "Череповцу", "Череповцом", "Череповце", "Вологодская обл.", "Вологодской области", "162"),
    ("Кострома", "Костромы", "Костроме", "Костромой", "Костроме", "Костромская область", "Костромской обл.", "156"),
    ("Псков", "Пскова", "Пскову", "Псковом", "Пскове", "Псковская обл.", "Псковской области", "180"),
    ("Великие Луки", "Великих Лук", "Великим Лукам", "Великими Луками", "Великих Луках", "Псковская область",
     "Псковской обл.", "182"),
    ("Калуга", "Калуги", "Калуге", "Калугой", "Калуге", "Калужская область", "Калужской обл.", "248"),
    ("Обнинск", "Обнинска", "Обнинску", "Обнинском", "Обнинске", "Калужская обл.", "Калужской области", "249"),
    ("Брянск", "Брянска", "Брянску", "Брянском", "Брянске", "Брянская область", "Брянской обл.", "241"),
    ("Старый Оскол", "Старого Оскола", "Старому Осколу", "Старым Осколом", "Старом Осколе", "Белгородская обл.",
     "Белгородской области", "309"),
    ("Липецк", "Липецка", "Липецку", "Липецком", "Липецке", "Липецкая область", "Липецкой обл.", "398"),
    ("Тамбов", "Тамбова", "Тамбову", "Тамбовом", "Тамбове", "Тамбовская обл.", "Тамбовской области", "392"),
    ("Пенза", "Пензы", "Пензе", "Пензой", "Пензе", "Пензенская область", "Пензенской обл.", "440"),
    ("Киров", "Кирова", "Кирову", "Кировом", "Кирове", "Кировская область", "Кировской обл.", "610"),
    ("Сыктывкар", "Сыктывкара", "Сыктывкару", "Сыктывкаром", "Сыктывкаре", "Республика Коми", "Республики Коми", "167"),
    ("Ухта", "Ухты", "Ухте", "Ухтой", "Ухте", "Республика Коми", "Коми АССР", "169"),
    ("Северодвинск", "Северодвинска", "Северодвинску", "Северодвинском", "Северодвинске", "Архангельская обл.",
     "Архангельской области", "164"),
    ("Апатиты", "Апатитов", "Апатитам", "Апатитами", "Апатитах", "Мурманская область", "Мурманской обл.", "184"),
    ("Петрозаводск", "Петрозаводска", "Петрозаводску", "Петрозаводском", "Петрозаводске", "Республика Карелия",
     "Карельской АССР", "185"),
    ("Великий Новгород", "Великого Новгорода", "Великому Новгороду", "Великим Новгородом", "Великом Новгороде",
     "Новгородская обл.", "Новгородской области", "173"),
    ("Ржев", "Ржева", "Ржеву", "Ржевом", "Ржеве", "Тверская область", "Калининской обл.", "172"),
    ("Рыбинск", "Рыбинска", "Рыбинску", "Рыбинском", "Рыбинске", "Ярославская обл.", "Ярославской области", "152"),
    ("Кинешма", "Кинешмы", "Кинешме", "Кинешмой", "Кинешме", "Ивановская область", "Ивановской обл.", "155"),
    ("Стерлитамак", "Стерлитамака", "Стерлитамаку", "Стерлитамаком", "Стерлитамаке", "Республика Башкортостан",
     "Башкирской АССР", "453"),
    ("Орск", "Орска", "Орску", "Орском", "Орске", "Оренбургская обл.", "Оренбургской области", "462"),
    ("Курган", "Кургана", "Кургану", "Курганом", "Кургане", "Курганская область", "Курганской обл.", "640"),
    ("Тобольск", "Тобольска", "Тобольску", "Тобольском", "Тобольске", "Тюменская обл.", "Тюменской области", "626"),
    ("Бийск", "Бийска", "Бийску", "Бийском", "Бийске", "Алтайский край", "Алтайского края", "659"),
    ("Чита", "Читы", "Чите", "Читой", "Чите", "Забайкальский край", "Читинской обл.", "672"),
    ("Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "Республика Бурятия", "Бурятской АССР", "670"),
    ("Уссурийск", "Уссурийска", "Уссурийску", "Уссурийском", "Уссурийске", "Приморский край", "Приморского края", "692"),
    ("Находка", "Находки", "Находке", "Находкой", "Находке", "Приморский край", "Приморского края", "692"),
    ("Ессентуки", "Ессентуков", "Ессентукам", "Ессентуками", "Ессентуках", "Ставропольский край", "Ставропольского края",
     "357"),
    ("Кисловодск", "Кисловодска", "Кисловодску", "Кисловодском", "Кисловодске", "Ставропольский край",
     "Ставропольского края", "357"),
    ("Евпатория", "Евпатории", "Евпатории", "Евпаторией", "Евпатории", "Республика Крым", "Крымской обл.", "297"),
    ("Анапа", "Анапы", "Анапе", "Анапой", "Анапе", "Краснодарский край", "Краснодарского края", "353"),
    ("Белокуриха", "Белокурихи", "Белокурихе", "Белокурихой", "Белокурихе", "Алтайский край", "Алтайского края", "659"),
    ("Нижний Тагил", "Нижнего Тагила", "Нижнему Тагилу", "Нижним Тагилом", "Нижнем Тагиле", "Свердловская обл.",
     "Свердловской области", "622"),
    ("Набережные Челны", "Набережных Челнов", "Набережным Челнам", "Набережными Челнами", "Набережных Челнах",
     "Республика Татарстан", "Татарской АССР", "423"),
))

# (nominative, district, region) of villages as registers write them
VILLAGES = (
    ("деревня", "д", "Ботово", "Череповецкий", "Вологодская"), ("село", "с", "Сусанино", "Сусанинский", "Костромская"),
    ("посёлок", "п", "Пушкинские Горы", "Пушкиногорский", "Псковская"), ("село", "с", "Хвастовичи", "Хвастовичский", "Калужская"),
    ("деревня", "д", "Бородино", "Унечский", "Брянская"), ("село", "с", "Красное", "Краснинский", "Липецкая"),
    ("рабочий посёлок", "рп", "Мордово", "Мордовский", "Тамбовская"), ("село", "с", "Бессоновка", "Бессоновский", "Пензенская"),
    ("село", "с", "Шабалино", "Шабалинский", "Кировская"), ("посёлок", "п", "Уемский", "Приморский", "Архангельская"),
    ("деревня", "д", "Малые Вёшки", "Кирилловский", "Вологодская"), ("село", "с", "Ярково", "Ярковский", "Тюменская"),
    ("хутор", "х", "Весёлый", "Семикаракорский", "Ростовская"), ("станица", "ст-ца", "Варениковская", "Крымский", "Краснодарская"),
)
STREETS = ("Советская", "Первомайская", "Садовая", "Луговая", "Школьная", "Молодёжная", "Комсомольская", "Заречная",
           "Октябрьская", "Набережная", "Гагарина", "Чапаева", "Маяковского", "Космонавтов", "8 Марта", "Дзержинского",
           "Пролетарская", "Строителей", "Интернациональная", "Лесная")
AVENUES = ("Ленинский", "Октябрьский", "Победы", "Мира", "Металлургов", "Строителей", "Химиков", "Энтузиастов")


def town(rng: random.Random) -> Town:
    return rng.choice(TOWNS)


def _house(rng: random.Random) -> str:
    return str(rng.randint(1, 140)) + rng.choice(("", "", "", "а", "Б", "/2", "к1"))


def fias(rng: random.Random) -> str:
    """The state address register (ГАР) wording, in full words."""
    kind, _, name, district, region = rng.choice(VILLAGES)
    return (f"Российская Федерация, {region} область, {district} муниципальный район, сельское поселение "
            f"{rng.choice(('Центральное', 'Южное', 'Никольское', name.split()[0] + 'ское'))}, {kind} {name}, "
            f"улица {rng.choice(STREETS)}, дом {rng.randint(1, 60)}")


def kladr(rng: random.Random) -> str:
    """КЛАДР abbreviations after the name, lower case, no dots: "обл Костромская, р-н Сусанинский, с Сусанино"."""
    _, short, name, district, region = rng.choice(VILLAGES)
    tail = rng.choice((f", ул {rng.choice(STREETS)}, д. {rng.randint(1, 60)}", f", ул. {rng.choice(STREETS)}, д.{rng.randint(1, 60)}",
                       f", д. {rng.randint(1, 60)}", ""))
    head = rng.choice((f"{rng.choice(TOWNS).index}{digits(rng, 3)}, ", ""))
    return f"{head}обл {region}, р-н {district}, {short} {name}{tail}"


def microdistrict(rng: random.Random) -> str:
    """Micro-districts and quarters, house-block-flat written with dashes."""
    t = town(rng)
    n, d, k = rng.randint(1, 35), rng.randint(1, 40), rng.randint(1, 250)
    return rng.choice((
        f"г. {t.nom}, мкр. {n}-й, д. {d}, кв. {k}", f"{t.nom}, {n} мкр-н, {d}-{k}", f"г.{t.nom}, кв-л {100 + n}, д. {d}, кв. {k}",
        f"{t.nom}, микрорайон «{rng.choice(('Северный', 'Юбилейный', 'Заречье', 'Солнечный'))}», дом {d}, квартира {k}",
        f"{t.nom}, {rng.choice(AVENUES)} пр-т, {d}-{rng.randint(1, 4)}-{k}", f"г. {t.nom}, пр-кт {rng.choice(AVENUES)} {d}/{rng.randint(1, 4)}-{k}",
        f"{t.nom}, {n}-й квартал, д.{d}, кв.{k}",
    ))


def garden(rng: random.Random) -> str:
    t = town(rng)
    name = rng.choice(("Ромашка", "Берёзка", "Строитель", "Мичуринец", "Рассвет", "Энергетик", "Дружба"))
    return rng.choice((f"СНТ «{name}», участок {rng.randint(1, 400)}", f"{t.region}, СНТ «{name}», уч. {rng.randint(1, 400)}",
                       f"ДНТ «{name}», ул. {rng.randint(1, 12)}-я, уч. {rng.randint(1, 200)}",
                       f"г. {t.nom}, сад. тов-во «{name}», д. {rng.randint(1, 150)}"))


def closed_town(rng: random.Random) -> str:
    """Closed towns and garrisons, as the military and the atomic industry write them."""
    return rng.choice((
        f"ЗАТО {rng.choice(('Северск', 'Саров', 'Снежинск', 'Заречный', 'Озёрск', 'Железногорск'))}, ул. {rng.choice(STREETS)}, д. {rng.randint(1, 90)}",
        f"г. {rng.choice(('Североморск', 'Гаджиево', 'Видяево', 'Ковров-8', 'Мирный'))}, {rng.choice(STREETS)} {rng.randint(1, 40)}-{rng.randint(1, 90)}",
        f"пос. {rng.choice(('Каменка', 'Пересвет', 'Городок-17'))}, ДОС {rng.randint(1, 60)}, кв. {rng.randint(1, 80)}",
        f"в/г {rng.randint(1, 40)}, {rng.choice(TOWNS).nom}, д. {rng.randint(1, 30)}",
    ))


def dormitory(rng: random.Random) -> str:
    t = town(rng)
    return rng.choice((f"г. {t.nom}, ул. {rng.choice(STREETS)}, д. {rng.randint(1, 40)}, общежитие, комн. {rng.randint(100, 520)}",
                       f"{t.nom}, общ. № {rng.randint(1, 12)}, ул. Студенческая, {rng.randint(1, 20)}, к. {rng.randint(100, 520)}",
                       f"{t.nom}, ул. {rng.choice(STREETS)} {rng.randint(1, 40)}, секц. {rng.randint(1, 9)}, ком. {rng.randint(1, 30)}"))


def birthplace(rng: random.Random) -> str:
    """Places of birth as the passport prints them: "гор. Кинешма Ивановской обл."."""
    if rng.random() < 0.45:
        kind, _, name, district, region = rng.choice(VILLAGES)
        short = {"деревня": "дер.", "село": "с.", "посёлок": "пос.", "рабочий посёлок": "р.п.", "хутор": "х.",
                 "станица": "ст."}[kind]
        return f"{short} {name} {district[:-2]}ого р-на {region[:-2]}ой обл."
    t = town(rng)
    text = rng.choice((f"гор. {t.nom} {t.region_gen}", f"г. {t.nom} {t.region_gen}", f"{t.nom.upper()}", f"гор. {t.nom}"))
    return text.upper() if rng.random() < 0.2 else text


def foreign(rng: random.Random) -> str:
    """Addresses abroad of migrants and visitors."""
    return rng.choice((
        f"Республика Беларусь, г. Гомель, ул. {rng.choice(STREETS)}, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 200)}",
        f"Республика Узбекистан, Самаркандская обл., г. Каттакурган, махалля «{rng.choice(('Навруз', 'Гулистон'))}», д. {rng.randint(1, 90)}",
        f"Кыргызская Республика, г. Ош, ул. {rng.choice(('Ленина', 'Курманжан Датка'))}, {rng.randint(1, 300)}",
        f"Республика Казахстан, г. Петропавловск, ул. {rng.choice(('Абая', 'Жамбыла'))}, {rng.randint(1, 90)}-{rng.randint(1, 90)}",
        f"Таджикистан, Хатлонская обл., г. Бохтар, ул. Айни {rng.randint(1, 60)}",
    ))


def latin_address(rng: random.Random) -> str:
    t = town(rng)
    street = latin(rng.choice(("Lenina", "Sovetskaya", "Mira", "Pervomaiskaya", "Sadovaya")))
    return rng.choice((f"{street} str. {rng.randint(1, 99)}-{rng.randint(1, 200)}, {latin(t.nom)}, Russia",
                       f"ul. {street}, d. {rng.randint(1, 99)}, kv. {rng.randint(1, 200)}, {latin(t.nom)}, {t.index}{digits(rng, 3)}",
                       f"{t.index}{digits(rng, 3)} {latin(t.nom)}, {street} st., {rng.randint(1, 99)}, apt. {rng.randint(1, 200)}",
                       f"{latin(t.nom)}, Russian Federation"))


def plain(rng: random.Random) -> str:
    """An ordinary town address, in which other fields are tried out."""
    t = town(rng)
    s = rng.choice(STREETS)
    return rng.choice((f"г. {t.nom}, ул. {s}, д. {_house(rng)}, кв. {rng.randint(1, 250)}",
                       f"{t.index}{digits(rng, 3)}, {t.region}, г. {t.nom}, ул. {s}, {_house(rng)}-{rng.randint(1, 250)}",
                       f"{t.nom}, {s} ул., {_house(rng)}, кв.{rng.randint(1, 250)}",
                       f"{t.region}, {t.nom}, пер. {s}, д. {rng.randint(1, 30)}",
                       f"г. {t.nom}, ул. {s}, д. {_house(rng)}, корп. {rng.randint(1, 4)}, лит. А, кв. {rng.randint(1, 250)}"))


def scanned(rng: random.Random) -> str:
    return ocr_spaced(rng.choice((plain, microdistrict, kladr))(rng), rng)


def town_in(rng: random.Random, case: str) -> str:
    """A town's name alone, in the case its preposition wants; "г." sometimes."""
    t = town(rng)
    word = {"gen": t.gen, "dat": t.dat, "ins": t.ins, "pre": t.pre}.get(case, t.nom)
    return rng.choice((word, word, f"г. {word}"))
