"""blind6 value makers for places, e-mail addresses, links and record numbers."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind6_values import Maker, _dd, latin, name_parts

_REGIONS = ("Московская обл.", "Ленинградская область", "Тверская обл.", "Свердловская обл.", "Республика Татарстан",
            "Краснодарский край", "Нижегородская обл.", "Республика Башкортостан", "Ростовская область",
            "Алтайский край", "Тамбовская обл.", "Респ. Дагестан", "Челябинская обл.", "Приморский край")
_DISTRICTS = ("Мичуринский р-н", "Зеленодольский район", "Ступинский р-н", "Кстовский муниципальный округ",
              "Сысертский р-н", "Аксайский район", "Бирский р-н", "Тосненский район")
_VILLAGES = ("с. Заречное", "д. Ивановка", "пос. Лесной", "с. Берёзовка", "х. Красный", "пгт Рощино", "ст-ца Ленинградская",
             "д. Малые Вишеры", "с. Нижние Куранты", "аул Хабез", "рп Тальменка")
_CITIES_OBLIQUE = (  # (nomn, loct after "в", gent after "из")
    ("Самара", "Самаре", "Самары"), ("Уфа", "Уфе", "Уфы"), ("Екатеринбург", "Екатеринбурге", "Екатеринбурга"),
    ("Нижний Новгород", "Нижнем Новгороде", "Нижнего Новгорода"), ("Пермь", "Перми", "Перми"),
    ("Тверь", "Твери", "Твери"), ("Казань", "Казани", "Казани"), ("Ростов-на-Дону", "Ростове-на-Дону", "Ростова-на-Дону"),
    ("Махачкала", "Махачкале", "Махачкалы"), ("Иркутск", "Иркутске", "Иркутска"), ("Набережные Челны", "Набережных Челнах", "Набережных Челнов"),
    ("Великий Новгород", "Великом Новгороде", "Великого Новгорода"), ("Ташкент", "Ташкенте", "Ташкента"),
)
_ABROAD = ("Республика Казахстан, г. Алматы, пр. Абая, д. {n}, кв. {k}", "Республика Узбекистан, Ферганская обл., г. Коканд, ул. Навои, {n}",
           "Kyrgyzstan, Bishkek, Chui Ave {n}, apt. {k}", "Deutschland, 10115 Berlin, Invalidenstraße {n}",
           "Республика Беларусь, 220030, г. Минск, ул. Немига, д. {n}, кв. {k}", "Армения, г. Ереван, ул. Туманяна, {n}/{k}",
           "Israel, Haifa, Herzl St. {n}", "Таджикистан, г. Худжанд, 12 мкр., д. {n}, кв. {k}")


def _street(fake: Any, rng: random.Random) -> str:
    street = fake.street_name()  # "ул. Полевая", "пер. Спартака": kind and name agree
    if street.startswith("ул. ") and rng.random() < 0.3:
        street = rng.choice(("ул ", "улица ")) + street[4:]
    return street


def _house(rng: random.Random, style: int) -> str:
    n = rng.randint(1, 180)
    k = rng.randint(1, 420)
    return (f"д. {n}, кв. {k}", f"д.{n} кв.{k}", f"{n}-{k}", f"д. {n}, корп. {rng.randint(1, 5)}, кв. {k}",
            f"{n}/{rng.randint(1, 9)}, кв. {k}", f"дом {n}, квартира {k}", f"д. {n}, стр. {rng.randint(1, 4)}")[style]


def format_address(rng: random.Random, fake: Any, layout: str) -> str:
    city = fake.city_name()
    street, house = _street(fake, rng), _house(rng, rng.randint(0, 6))
    index = f"{rng.randint(101, 692)}{_dd(rng, 3)}"
    if layout == "urban":
        return f"г. {city}, {street}, {house}"
    if layout == "postal":
        return f"{index}, {rng.choice(_REGIONS)}, г. {city}, {street}, {house}"
    if layout == "mo":
        return f"{rng.choice(_REGIONS)}, г.о. {city}, мкр. {fake.street_title()}, {street}, {house}"
    if layout == "rural":
        return f"{rng.choice(_REGIONS)}, {rng.choice(_DISTRICTS)}, {rng.choice(_VILLAGES)}, ул. {fake.street_title()}, д. {rng.randint(1, 90)}"
    if layout == "village_short":
        return f"{rng.choice(_VILLAGES)}, {rng.choice(('ул. Садовая', 'ул. Центральная', 'ул. Молодёжная', 'пер. Школьный'))}, {rng.randint(1, 60)}"
    if layout == "snt":
        return f"{rng.choice(_REGIONS)}, {rng.choice(_DISTRICTS)}, СНТ «{rng.choice(('Ромашка', 'Рассвет', 'Энергетик', 'Дружба'))}», уч. {rng.randint(1, 300)}"
    if layout == "military":
        return f"в/ч {rng.randint(10000, 99999)}, г. {rng.choice(('Североморск', 'Каспийск', 'Кронштадт', 'Балтийск', 'Алабино'))}"
    if layout == "dorm":
        return f"г. {city}, {street}, д. {rng.randint(1, 60)}, общежитие, комн. {rng.randint(101, 920)}"
    if layout == "abroad":
        return rng.choice(_ABROAD).format(n=rng.randint(1, 200), k=rng.randint(1, 150))
    if layout == "nocue":
        return f"{fake.street_title()} {rng.randint(1, 150)}-{rng.randint(1, 300)}"
    if layout == "caps":
        return f"{index} {rng.choice(_REGIONS).upper()} Г. {city.upper()} {street.upper()} {house.upper()}"
    if layout == "split":
        return f"{index}, г. {city},\n{street}, {house}"
    if layout == "no_g":
        return f"{city}, {street}, {house}"
    raise ValueError(layout)


def address(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_address(rng, fake, rng.choice(layouts))


def city_case(rng: random.Random, case: str) -> str:
    nomn, loct, gent = rng.choice(_CITIES_OBLIQUE)
    return {"loct": loct, "gent": gent}.get(case, nomn)


# ----- e-mail and links ----------------------------------------------------------------------
_DOMAINS = ("mail.ru", "yandex.ru", "ya.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com", "rambler.ru", "icloud.com",
            "outlook.com", "mail.kz", "yahoo.com")
_WORK = ("zdrav.mos.ru", "gkb15.ru", "mosgorzdrav.ru", "spbmiac.ru", "minzdrav.tatarstan.ru", "crb-kstovo.ru",
         "med.cap.ru", "rkb.ufa.ru", "pnd3.spb.ru", "fmbamail.ru")


def _login(rng: random.Random, fake: Any) -> str:
    sur, first, patr, _ = name_parts(rng, fake)
    s, f = latin(sur.split("-")[0]).lower(), latin(first.split()[0]).lower()
    p = latin(patr)[:1].lower() if patr else "x"
    return rng.choice((f"{s}.{f[0]}", f"{f}.{s}", f"{s}{rng.randint(60, 99)}", f"{f[0]}{p}{s}", f"{s}_{f}{rng.randint(1, 9)}",
                       f"{s}-{f}", f"{f}{s[:4]}{rng.randint(1970, 2008)}", f"{s}.{f[0]}.{p}", fake.user_name()))


def format_email(rng: random.Random, fake: Any, layout: str) -> str:
    login = _login(rng, fake)
    if layout == "personal":
        return f"{login}@{rng.choice(_DOMAINS)}"
    if layout == "work":
        return f"{login}@{rng.choice(_WORK)}"
    if layout == "upper":
        return f"{login.capitalize()}@{rng.choice(_DOMAINS).upper()}"
    if layout == "plus":
        return f"{login}+{rng.choice(('clinic', 'med', 'doc', 'lk'))}@gmail.com"
    raise ValueError(layout)


def email(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_email(rng, fake, rng.choice(layouts or ("personal",)))


def format_url(rng: random.Random, fake: Any, layout: str) -> str:
    login = _login(rng, fake).replace(".", "_")
    token = "".join(rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(8, 14)))
    table = {
        "vk": f"https://vk.com/id{rng.randint(1000000, 799999999)}", "vk_name": f"vk.com/{login}",
        "tg": f"https://t.me/{login}", "tg_bare": f"t.me/{login}", "ok": f"https://ok.ru/profile/{rng.randint(10**9, 10**12)}",
        "disk": f"https://disk.yandex.ru/d/{token}", "gdrive": f"https://drive.google.com/file/d/1{token}{token[:6]}/view",
        "cloud": f"https://cloud.mail.ru/public/{token[:4]}/{token[4:]}", "telemed": f"https://telemed.zdrav{rng.randint(1, 9)}.ru/room/{token.lower()}",
        "pacs": f"http://pacs.gkb{rng.randint(1, 70)}.local/viewer?study={rng.randint(10**6, 10**7)}",
        "www": f"www.{login.replace('_', '-')}.ru", "insta": f"instagram.com/{login}",
        "lk": f"https://lk.gosuslugi.ru/profile/{rng.randint(10**8, 10**9)}", "zoom": f"https://us05web.zoom.us/j/{_dd(rng, 11)}?pwd={token}",
    }
    return table[layout]


def url(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_url(rng, fake, rng.choice(layouts))


# ----- medical record numbers ------------------------------------------------------------------
def format_mrn(rng: random.Random, layout: str) -> str:
    y = rng.randint(2017, 2026)
    table = {
        "slash_year": f"{rng.randint(1, 29999)}/{y}", "year_slash": f"{y}/{rng.randint(1, 99999):05d}",
        "dash": f"{rng.randint(1, 99)}-{rng.randint(1000, 99999)}", "dept": f"{rng.randint(100, 9999)}-{rng.choice(('Т', 'Х', 'Н', 'К', 'ГО', 'РАО'))}",
        "long": f"{y}-{rng.randint(1, 9999999):07d}", "emias": _dd(rng, 10), "digits7": f"{rng.randint(1000000, 9999999)}",
        "letters": f"{rng.choice(('СТ', 'АМБ', 'ДС', 'ПРИЕМ'))}-{y % 100:02d}-{rng.randint(1, 99999):05d}",
        "accession": f"{rng.choice(('CT', 'MR', 'CR', 'US', 'MG', 'DX'))}{y % 100:02d}{rng.randint(1, 12):02d}{_dd(rng, 6)}",
        "uid": f"1.2.643.5.1.13.13.12.2.{rng.randint(1, 99)}.{rng.randint(1000, 9999)}.0.{_dd(rng, 6)}.{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
        "eln": f"9{_dd(rng, 11)}", "rx": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{_dd(rng, 7)}",
        "call": f"{rng.randint(1, 999)}", "ref": f"{rng.randint(10, 99)}.{y}.{_dd(rng, 6)}", "lab": f"{_dd(rng, 10)}",
        "ext_case": f"{y}/{rng.choice(('ONC', 'CARD', 'TR'))}/{rng.randint(100, 9999)}",
    }
    return table[layout]


def mrn(*layouts: str) -> Maker:
    return lambda rng, fake, case: format_mrn(rng, rng.choice(layouts))
