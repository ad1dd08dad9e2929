"""Blind split 5: addresses and places as Russian paperwork writes them (LOCATION values).

Full postal addresses (index, region, district, settlement, street, house/building/flat) in one line
or split over lines, rural addresses, military units, dormitories, addresses abroad, and bare towns
in the grammatical case the frame asks for.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind5_people import Maker

#: (nomn, gent, datv, ablt, loct) of towns, so a frame can ask for "из {gent}" or "в {loct}"
TOWNS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Тверь", "Твери", "Твери", "Тверью", "Твери"), ("Казань", "Казани", "Казани", "Казанью", "Казани"),
    ("Саратов", "Саратова", "Саратову", "Саратовом", "Саратове"), ("Вологда", "Вологды", "Вологде", "Вологдой", "Вологде"),
    ("Череповец", "Череповца", "Череповцу", "Череповцом", "Череповце"), ("Тюмень", "Тюмени", "Тюмени", "Тюменью", "Тюмени"),
    ("Набережные Челны", "Набережных Челнов", "Набережным Челнам", "Набережными Челнами", "Набережных Челнах"),
    ("Нижний Тагил", "Нижнего Тагила", "Нижнему Тагилу", "Нижним Тагилом", "Нижнем Тагиле"),
    ("Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "Улан-Удэ", "Улан-Удэ"), ("Пенза", "Пензы", "Пензе", "Пензой", "Пензе"),
    ("Йошкар-Ола", "Йошкар-Олы", "Йошкар-Оле", "Йошкар-Олой", "Йошкар-Оле"),
    ("Кострома", "Костромы", "Костроме", "Костромой", "Костроме"), ("Сургут", "Сургута", "Сургуту", "Сургутом", "Сургуте"),
    ("Великий Новгород", "Великого Новгорода", "Великому Новгороду", "Великим Новгородом", "Великом Новгороде"),
    ("Орск", "Орска", "Орску", "Орском", "Орске"), ("Махачкала", "Махачкалы", "Махачкале", "Махачкалой", "Махачкале"),
    ("Петропавловск-Камчатский", "Петропавловска-Камчатского", "Петропавловску-Камчатскому",
     "Петропавловском-Камчатским", "Петропавловске-Камчатском"),
    ("Кинешма", "Кинешмы", "Кинешме", "Кинешмой", "Кинешме"), ("Ухта", "Ухты", "Ухте", "Ухтой", "Ухте"),
    ("Армавир", "Армавира", "Армавиру", "Армавиром", "Армавире"),
)
CASE_INDEX = {"nomn": 0, "gent": 1, "datv": 2, "ablt": 3, "loct": 4}
REGIONS = ("Московская обл.", "Ленинградская область", "Респ. Татарстан", "Свердловская обл.", "Краснодарский край",
           "Республика Башкортостан", "Нижегородская обл.", "Тверская область", "Ханты-Мансийский автономный округ - Югра",
           "Алтайский край", "Респ. Дагестан", "Ярославская обл.", "Пермский край", "Чувашская Республика")
DISTRICTS = ("Кимрский р-н", "Раменский район", "р-н Лаишевский", "Сысертский р-н", "Белореченский район",
             "Уфимский р-он", "Богородский муниципальный округ", "Конаковский р-н", "Ханты-Мансийский р-н")
VILLAGES = ("с. Покровское", "д. Малые Вязёмы", "пос. Октябрьский", "пгт Красный Бор", "с. Большие Кабаны",
            "х. Верхний", "дер. Ивановка", "рп Кольцово", "ст-ца Каневская", "аул Кошехабль", "СНТ «Рассвет»")
STREETS = ("ул. Ленина", "ул Гагарина", "пр-т Мира", "Советская ул.", "пер. Школьный", "бульвар Победы",
           "ул. 8 Марта", "проспект Космонавтов", "Садовая улица", "мкр. Северный", "ш. Энтузиастов",
           "ул. Маршала Жукова", "наб. реки Фонтанки", "ул. Р. Зорге", "пр. Ленинградский", "проезд Строителей",
           "ул. 40 лет Победы", "тупик Заводской")


def _house(rng: random.Random) -> str:
    n = rng.randint(1, 160)
    house = rng.choice((f"д. {n}", f"д.{n}", f"дом {n}", f"{n}", f"д. {n}{rng.choice('абвАБ')}", f"д. {n}/{rng.randint(1, 40)}"))
    building = rng.random() < 0.3
    if building:
        house += rng.choice((f", корп. {rng.randint(1, 6)}", f" к.{rng.randint(1, 4)}", f", стр. {rng.randint(1, 3)}",
                             f" корпус {rng.randint(1, 3)}", f", лит. {rng.choice('АБВ')}"))
    if rng.random() < 0.75:
        flat = rng.randint(1, 320)
        house += rng.choice((f", кв. {flat}", f", кв.{flat}", f" кв {flat}", f", квартира {flat}", f", к. {flat}",
                             f", ком. {rng.randint(1, 600)}", f", кв. {flat}" if building else f"-{flat}"))
    return house


def _street(rng: random.Random, fake: Any) -> str:
    if rng.random() < 0.5:
        return rng.choice(STREETS)
    return rng.choice(("ул. ", "ул. ", "ул.", "улица ")) + fake.street_title()


def _town(rng: random.Random, fake: Any) -> str:
    name = rng.choice(TOWNS)[0] if rng.random() < 0.5 else fake.city_name()
    return rng.choice(("г. ", "г.", "г ", "город ", "")) + name


def _index(rng: random.Random) -> str:
    return f"{rng.randint(101, 693)}{rng.randint(0, 999):03d}"


def address(*layouts: str) -> Maker:
    """Layouts: city (town, street, house), postal (index first), region (region + town), rural (region, district,
    village), street (street and house only, the town being the clinic's), lines (split over lines), army (в/ч),
    dorm (общежитие), abroad, caps (upper case from a scan), reversed (house first, as in some 1C printouts)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        sep = rng.choice((", ", ", ", " , ", ","))
        if layout == "city":
            return sep.join((_town(rng, fake), _street(rng, fake), _house(rng)))
        if layout == "postal":
            return sep.join((_index(rng), rng.choice(REGIONS), _town(rng, fake), _street(rng, fake), _house(rng)))
        if layout == "region":
            return sep.join((rng.choice(REGIONS), _town(rng, fake), _street(rng, fake), _house(rng)))
        if layout == "rural":
            parts = [rng.choice(REGIONS), rng.choice(DISTRICTS), rng.choice(VILLAGES)]
            if rng.random() < 0.3:
                parts.insert(0, _index(rng))
            tail = rng.choice((f"ул. {fake.street_title()}, д. {rng.randint(1, 90)}", f"д. {rng.randint(1, 90)}",
                               f"уч. {rng.randint(1, 300)}", f"{rng.choice(('Лесная', 'Центральная', 'Полевая'))} ул., {rng.randint(1, 60)}"))
            return sep.join((*parts, tail))
        if layout == "street":
            return f"{_street(rng, fake)}, {_house(rng)}"
        if layout == "lines":
            return f"{_index(rng)}, {rng.choice(REGIONS)},\n{_town(rng, fake)},\n{_street(rng, fake)}, {_house(rng)}"
        if layout == "army":
            return rng.choice((f"в/ч {rng.randint(10000, 99999)}, {_town(rng, fake)}",
                               f"{_index(rng)}, {_town(rng, fake)}-{rng.randint(2, 45)}, в/ч {rng.randint(10000, 99999)}",
                               f"войсковая часть {rng.randint(10000, 99999)}, {rng.choice(REGIONS)}"))
        if layout == "dorm":
            return rng.choice((f"{_town(rng, fake)}, {_street(rng, fake)}, {rng.randint(1, 90)}, общ., ком. {rng.randint(100, 640)}",
                               f"общежитие {_street(rng, fake)}, д. {rng.randint(1, 90)}, к. {rng.randint(100, 640)}",
                               f"{_street(rng, fake)}, {rng.randint(1, 90)}, общежитие №{rng.randint(1, 12)}, комн. {rng.randint(1, 640)}"))
        if layout == "abroad":
            return rng.choice((f"Республика Казахстан, г. Алматы, мкр. Самал-2, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 200)}",
                               f"Узбекистан, Ферганская обл., г. Коканд, ул. Навои, {rng.randint(1, 90)}",
                               f"Беларусь, г. Гомель, ул. Советская, д. {rng.randint(1, 200)}",
                               f"Германия, Берлин, Karl-Marx-Allee {rng.randint(1, 200)}",
                               "Кыргызстан, Ошская обл., с. Кара-Суу", f"Таджикистан, г. Худжанд, {rng.randint(1, 40)} мкр."))
        if layout == "caps":
            return sep.join((_town(rng, fake), _street(rng, fake), _house(rng))).upper()
        if layout == "reversed":
            return f"{_house(rng)}, {_street(rng, fake)}, {_town(rng, fake)}, {rng.choice(REGIONS)}, {_index(rng)}"
        raise ValueError(layout)

    return make


def town(*prefixes: str) -> Maker:
    """A town alone, in the frame's case, after one of ``prefixes`` ("г. ", "", "города ")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return rng.choice(prefixes) + rng.choice(TOWNS)[CASE_INDEX.get(case, 0)]

    return make


def village(rng: random.Random, fake: Any, case: str) -> str:
    """A village or settlement with its district, as a birthplace is written."""
    return rng.choice((f"{rng.choice(VILLAGES)}, {rng.choice(DISTRICTS)}", f"{rng.choice(VILLAGES)} {rng.choice(REGIONS)}",
                       f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {rng.choice(VILLAGES)}"))
