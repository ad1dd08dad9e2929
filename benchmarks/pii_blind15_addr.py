"""blind15 addresses of persons: urban and rural, all regions, СНТ/микрорайон/корпус/строение/литера."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind15_gen import _n, translit
from benchmarks.pii_families import Maker

# ----- addresses ----------------------------------------------------------------------------------
_REGIONS = (
    "Респ. Татарстан",
    "Республика Башкортостан",
    "Респ. Саха (Якутия)",
    "Республика Дагестан",
    "Республика Бурятия",
    "Чувашская Республика",
    "Пермский край",
    "Красноярский край",
    "Алтайский край",
    "Воронежская обл.",
    "Омская область",
    "Свердловская обл.",
    "Тверская область",
    "Республика Тыва",
    "Кабардино-Балкарская Респ.",
    "Ханты-Мансийский автономный округ — Югра",
    "Ямало-Ненецкий АО",
    "Забайкальский край",
    "Приморский край",
    "Архангельская обл.",
    "Республика Марий Эл",
    "Удмуртская Республика",
    "Чеченская Республика",
    "Калининградская обл.",
    "Мурманская область",
    "Псковская обл.",
    "Ставропольский край",
    "Республика Калмыкия",
)
_DISTRICTS = (
    "Высокогорский",
    "Чишминский",
    "Мегино-Кангаласский",
    "Хасавюртовский",
    "Иволгинский",
    "Моргаушский",
    "Кунгурский",
    "Емельяновский",
    "Зональный",
    "Рамонский",
    "Тарский",
    "Сысертский",
    "Кимрский",
    "Кызылский",
    "Баксанский",
    "Сургутский",
    "Пуровский",
    "Читинский",
    "Надеждинский",
    "Холмогорский",
    "Звениговский",
    "Завьяловский",
    "Грозненский",
    "Зеленоградский",
)
_VILLAGES = (
    "с. Айша",
    "д. Новые Шигали",
    "с. Майя",
    "с. Аксай",
    "улус Сотниково",
    "пгт Кугеси",
    "с. Березовка",
    "д. Малиновка",
    "пос. Солнечный",
    "аул Хабез",
    "ст-ца Зеленчукская",
    "рп Сысерть",
    "с. Нижний Бестях",
    "х. Недвиговка",
    "д. Кукуево",
    "с/п Тундрино",
    "мкр. Ягодное",
    "п. Таз",
    "ст. Староминская",
    "с. Верхний Ульхун",
    "дер. Заозерье",
)
_MKR = ("мкр. Юбилейный", "мкр-н Северный", "микрорайон Солнечный", "9-й мкр.", "мкр Зелёный Бор")
_SNT = ("СНТ «Рассвет»", 'СНТ "Черёмушки"', "СНТ Ветеран-2", "ДНП «Лесная поляна»", "СНТСН «Берёзка»")


def _town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def address(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        lay = rng.choice(layouts)
        idx = f"{rng.randint(10, 69)}{_n(rng, 4)}"
        town, street, title = _town(fake), fake.street_name(), fake.street_title()
        h, fl = str(rng.randint(1, 120)), str(rng.randint(1, 240))
        reg, dist, vil = rng.choice(_REGIONS), rng.choice(_DISTRICTS), rng.choice(_VILLAGES)
        if lay == "full":
            return f"{idx}, {reg}, г. {town}, {street}, д. {h}, кв. {fl}"
        if lay == "rural":
            return f"{reg}, {dist} р-н, {vil}, ул. {title}, д. {h}"
        if lay == "rural_index_last":
            return f"{vil}, {dist} район, {reg}, {idx}"
        if lay == "rural_nostreet":
            return f"{dist} р-н, {vil}, д. {h}"
        if lay == "korpus":
            return f"г. {town}, {street}, д. {h}, корп. {rng.randint(1, 5)}, кв. {fl}"
        if lay == "stroenie":
            return f"{town}, {street} {h} стр. {rng.randint(1, 9)}, кв {fl}"
        if lay == "litera":
            return f"г. {town}, {street}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}"
        if lay == "slash":
            return f"{street}, {h}/{rng.randint(1, 9)}-{fl}"
        if lay == "short":
            return f"{street}, {h}-{fl}"
        if lay == "mkr":
            return f"г. {town}, {rng.choice(_MKR)}, д. {h}, кв. {fl}"
        if lay == "snt":
            return f"{rng.choice(_SNT)}, уч. {rng.randint(1, 400)}, {dist} р-н"
        if lay == "reversed":
            return f"кв. {fl}, д. {h}, {street}, г. {town}, {idx}"
        if lay == "caps":
            return f"{town.upper()}, {street.upper()} {h}-{fl}"
        if lay == "lower":
            return f"г.{town.lower()}, ул.{title.lower()} {h} кв{fl}"
        if lay == "town":
            return town
        if lay == "village":
            return vil
        if lay == "lat":
            return f"{translit(title)} str. {h}, apt. {fl}, {translit(town)}, Russia, {idx}"
        if lay == "obshaga":
            return f"г. {town}, {street}, д. {h}, ком. {rng.randint(100, 520)}"
        raise ValueError(lay)

    return make
