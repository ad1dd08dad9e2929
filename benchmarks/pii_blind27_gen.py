"""Value generators of the blind27 split: names in every case, dates, addresses, phones, identifiers.

Written independently (the checksums are implemented here from the public algorithms).
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN

CASES = ("nomn", "gent", "datv", "ablt", "loct")

# ----- people ------------------------------------------------------------------------------
# (surname, first name, patronymic) in the nominative, male and female, from many peoples.
MALE = (
    ("Хабибуллин", "Ренат", "Ильдарович"),
    ("Гарипов", "Айдар", "Рустамович"),
    ("Магомедов", "Шамиль", "Гаджиевич"),
    ("Цыденов", "Баир", "Дашиевич"),
    ("Саркисян", "Арам", "Ованесович"),
    ("Бондаренко", "Тарас", "Петрович"),
    ("Ким", "Виктор", "Енсорович"),
    ("Шмидт", "Андрей", "Робертович"),
    ("Каримов", "Бахтиёр", "Умарович"),
    ("Нурланов", "Ержан", "Болатович"),
    ("Беридзе", "Георгий", "Давидович"),
    ("Осмонов", "Азамат", "Мэлсович"),
    ("Рахмонов", "Фаррух", "Джамшедович"),
    ("Дьячковский", "Айаал", "Николаевич"),
    ("Кузнецов", "Дмитрий", "Сергеевич"),
    ("Соловьёв", "Никита", "Игоревич"),
    ("Яковлев", "Алексей", "Васильевич"),
    ("Сидорчук", "Олег", "Миронович"),
    ("Ямалтдинов", "Ильнур", "Фанисович"),
    ("Чернышевский", "Евгений", "Аркадьевич"),
    ("Кадыров", "Ислам", "Ахмедович"),
    ("Тохтасинов", "Шерзод", "Алишерович"),
    ("Ефремов", "Иван", "Ильич"),
    ("Пак", "Денис", "Чольевич"),
)
FEMALE = (
    ("Хабибуллина", "Гульнара", "Рафаэлевна"),
    ("Гарипова", "Алсу", "Ринатовна"),
    ("Магомедова", "Патимат", "Омаровна"),
    ("Цыденова", "Туяна", "Баировна"),
    ("Саркисян", "Анаит", "Араратовна"),
    ("Бондаренко", "Оксана", "Тарасовна"),
    ("Ким", "Елена", "Сергеевна"),
    ("Шмидт", "Ирина", "Андреевна"),
    ("Каримова", "Дилноза", "Бахтиёровна"),
    ("Нурланова", "Айгерим", "Ержановна"),
    ("Беридзе", "Нино", "Георгиевна"),
    ("Осмонова", "Жылдыз", "Азаматовна"),
    ("Кузнецова", "Наталья", "Викторовна"),
    ("Соловьёва", "Мария", "Ильинична"),
    ("Яковлева", "Ольга", "Павловна"),
    ("Дьячковская", "Сардана", "Семёновна"),
    ("Чернышевская", "Анна", "Михайловна"),
    ("Ямалтдинова", "Лейсан", "Ильнуровна"),
    ("Рахмонова", "Зарина", "Фарруховна"),
    ("Сидорчук", "Людмила", "Олеговна"),
    ("Вербицкая", "Юлия", "Романовна"),
    ("Абдуллаева", "Лала", "Рашидовна"),
)
DIMINUTIVES = ("Саша", "Женя", "Валя", "Таня", "Серёжа", "Лёша", "Дима", "Наташа", "Маша", "Оля", "Ваня")
LATIN = (
    "Ivanova Anna",
    "KIM VIKTOR",
    "Sarkisyan Aram",
    "Khabibullina Gulnara",
    "Nurlanova Aigerim",
    "Beridze Nino",
    "Karimov Bakhtiyor",
    "TSYDENOV BAIR",
    "Schmidt Andrei",
    "Rakhmonova Zarina",
    "Magomedov Shamil",
    "Dyachkovskaya Sardana",
    "Osmonov Azamat",
    "Kuznetsova Natalia",
)


def _soft(stem: str) -> bool:
    return stem[-1:] in "жшчщц"


def decl_surname(s: str, case: str, female: bool) -> str:
    if case == "nomn" or (female and s.endswith(("ко", "дзе", "швили", "ых", "их", "ян"))):
        return s
    if s.endswith(("ко", "дзе", "швили", "ых", "их")):
        return s
    if female:
        if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + "ой"
        if s.endswith("ская") or s.endswith("цкая"):
            return s[:-2] + "ой"
        return s  # consonant-final female surnames do not decline
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + {"gent": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
    if s.endswith(("ский", "цкий")):
        return s[:-2] + {"gent": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
    ablt = "ем" if _soft(s) else "ом"
    return s + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]


FIXED_FIRST = ("Алсу", "Нино", "Айгерим", "Жылдыз", "Лейсан", "Анаит", "Патимат")


def decl_first(n: str, case: str) -> str:
    if case == "nomn":
        return n
    if n.endswith("ия"):
        return n[:-1] + {"gent": "и", "datv": "и", "ablt": "ей", "loct": "и"}[case]
    if n.endswith("ья") or n.endswith("я"):
        return n[:-1] + {"gent": "и", "datv": "е", "ablt": "ей", "loct": "е"}[case]
    if n.endswith("а"):
        gent = "и" if n[-2] in "гкхжшчщ" else "ы"
        ablt = "ей" if n[-2] in "жшчщц" else "ой"
        return n[:-1] + {"gent": gent, "datv": "е", "ablt": ablt, "loct": "е"}[case]
    if n.endswith("ий"):
        return n[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "и"}[case]
    if n.endswith("й"):
        return n[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if n in FIXED_FIRST or n[-1] in "еёиоуыэю":
        return n
    if n.endswith("ь"):
        return n[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    return n + {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]


def decl_patr(p: str, case: str) -> str:
    if case == "nomn":
        return p
    if p.endswith("на"):
        return p[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]
    return p + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]


def pick_person(rng: random.Random, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    s, n, p = rng.choice(FEMALE if female else MALE)
    return s, n, p, female


def person(*shapes: str, female: bool | None = None):
    """Shapes: 'FIO' full, 'F I.O.', 'I.O. F', 'F IO' (no dots), 'F', 'IO' name+patronymic, 'I F',
    'DIM' diminutive, 'LAT' Latin transliteration, 'CAPS' surname in capitals + initials, 'F I.' ."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        shape = rng.choice(shapes)
        if shape == "DIM":
            return rng.choice(DIMINUTIVES)
        if shape == "LAT":
            return rng.choice(LATIN)
        s, n, p, fem = pick_person(rng, female)
        f, i, o = decl_surname(s, case, fem), decl_first(n, case), decl_patr(p, case)
        sp = rng.choice((" ", " ", "\u00a0", ""))
        return {
            "FIO": f"{f} {i} {o}",
            "IOF": f"{i} {o} {f}",
            "F I.O.": f"{f} {n[0]}.{sp}{p[0]}.",
            "I.O. F": f"{n[0]}.{sp}{p[0]}. {f}",
            "F IO": f"{f} {n[0]}{p[0]}",
            "F": f,
            "IO": f"{i} {o}",
            "I F": f"{i} {f}",
            "CAPS": f"{f.upper()} {n[0]}.{p[0]}.",
            "F I.": f"{f} {n[0]}.",
            "UPFIO": f"{f} {i} {o}".upper(),
        }[shape]

    return make


# ----- dates -------------------------------------------------------------------------------
def _ymd(rng: random.Random, lo: int = 1938, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date(*layouts: str, lo: int = 1938, hi: int = 2026):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y, m, d = _ymd(rng, lo, hi)
        hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        lay = rng.choice(layouts)
        return {
            "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}",
            "d.m.yy": f"{d}.{m}.{y % 100:02d}",
            "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
            "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "iso-t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
            "words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
            "words-goda": f"{d} {MONTHS_GENT[m - 1]} {y} года",
            "words-bare": f"{d} {MONTHS_GENT[m - 1]} {y}",
            "abbr": f"{d} {MONTHS_ABBR[m - 1]} {y}",
            "roman": f"{d}.{ROMAN[m - 1]}.{y}",
            "roman-sp": f"{d} {ROMAN[m - 1]} {y} г.",
            "month-year": f"{MONTHS_NOMN[m - 1]} {y}",
            "loct-month": f"{MONTHS_LOCT[m - 1]} {y} г.",
            "mm.yyyy": f"{m:02d}.{y}",
            "day-month": f"{d} {MONTHS_GENT[m - 1]}",
            "dd.mm": f"{d:02d}.{m:02d}",
            "time-date": f"{hh:02d}:{mm:02d} {d:02d}.{m:02d}.{y}",
            "date-time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
            "date-v-time": f"{d:02d}.{m:02d}.{y} в {hh:02d}.{mm:02d}",
            "date-ch": f"{d:02d}.{m:02d}.{y}г. {hh} ч {mm:02d} мин",
            "sp-ocr": f"{d:02d} .{m:02d}. {y}",
            "ocr-o": f"{d:02d}.{m:02d}.{y}".replace("0", "O", 1),
            "comma": f"{d:02d},{m:02d},{y}",
            "yy-nodot": f"{d:02d}{m:02d}{y % 100:02d}",
            "dd.mm.yyyy г": f"{d:02d}.{m:02d}.{y}г.",
            "upper": f"{d} {MONTHS_GENT[m - 1].upper()} {y}",
            "y.m.d": f"{y}.{m:02d}.{d:02d}",
            "en": f"{d:02d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}",
        }[lay]

    return make


def date_range(rng: random.Random) -> tuple[str, str, str]:
    """Two dates for 'с X по Y' (returned separately so both are spans)."""
    y, m, d = _ymd(rng, 2015, 2026)
    d2 = min(28, d + rng.randint(3, 20))
    lay = rng.randrange(3)
    if lay == 0:
        return f"{d:02d}.{m:02d}.{y}", f"{d2:02d}.{m:02d}.{y}", "с {} по {}"
    if lay == 1:
        return f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d2:02d}.{m:02d}.{y % 100:02d}", "{} – {}"
    return f"{d} {MONTHS_GENT[m - 1]} {y} г.", f"{d2} {MONTHS_GENT[m - 1]} {y} г.", "с {} по {}"


# ----- places ------------------------------------------------------------------------------
TOWNS = (
    ("Казань", "Республика Татарстан", "420"),
    ("Уфа", "Республика Башкортостан", "450"),
    ("Махачкала", "Республика Дагестан", "367"),
    ("Улан-Удэ", "Республика Бурятия", "670"),
    ("Якутск", "Республика Саха (Якутия)", "677"),
    ("Грозный", "Чеченская Республика", "364"),
    ("Нальчик", "Кабардино-Балкарская Республика", "360"),
    ("Чебоксары", "Чувашская Республика", "428"),
    ("Йошкар-Ола", "Республика Марий Эл", "424"),
    ("Сыктывкар", "Республика Коми", "167"),
    ("Кызыл", "Республика Тыва", "667"),
    ("Элиста", "Республика Калмыкия", "358"),
    ("Новосибирск", "Новосибирская область", "630"),
    ("Екатеринбург", "Свердловская область", "620"),
    ("Владивосток", "Приморский край", "690"),
    ("Петропавловск-Камчатский", "Камчатский край", "683"),
    ("Норильск", "Красноярский край", "663"),
    ("Салехард", "Ямало-Ненецкий автономный округ", "629"),
    ("Ханты-Мансийск", "Ханты-Мансийский автономный округ – Югра", "628"),
    ("Калининград", "Калининградская область", "236"),
    ("Мурманск", "Мурманская область", "183"),
    ("Саранск", "Республика Мордовия", "430"),
    ("Ижевск", "Удмуртская Республика", "426"),
    ("Симферополь", "Республика Крым", "295"),
    ("Биробиджан", "Еврейская автономная область", "679"),
)
VILLAGES = (
    ("с.", "Кукмор", "Кукморский"),
    ("д.", "Верхние Таши", "Арский"),
    ("пгт", "Чульман", "Нерюнгринский"),
    ("аул", "Кубина", "Хабезский"),
    ("с.", "Иволгинск", "Иволгинский"),
    ("ст-ца", "Ленинградская", "Ленинградский"),
    ("х.", "Калинин", "Неклиновский"),
    ("с.", "Бижбуляк", "Бижбулякский"),
    ("п.", "Товарковский", "Богородицкий"),
    ("д.", "Малые Кармалы", "Вурнарский"),
    ("с.", "Чурапча", "Чурапчинский"),
    ("рп", "Кольцово", "Новосибирский"),
)
STREETS = (
    "Баумана",
    "Ленина",
    "Мусы Джалиля",
    "Габдуллы Тукая",
    "Шамиля Усманова",
    "Мира",
    "Пушкина",
    "Ойунского",
    "Профсоюзная",
    "Набережная",
    "Салавата Юлаева",
    "Кирова",
    "Садовая",
    "Заводская",
    "Расула Гамзатова",
    "40 лет Победы",
    "8 Марта",
    "Красноармейская",
    "Центральная",
    "Молодёжная",
)
STREET_KINDS = ("ул.", "ул.", "улица", "пр-т", "проспект", "пер.", "б-р", "ш.", "наб.", "пр.")


def _street(rng: random.Random) -> str:
    kind = rng.choice(STREET_KINDS)
    name = rng.choice(STREETS)
    return f"{kind} {name}" if rng.random() < 0.8 else f"{name} {kind.rstrip('.')}"


def _house(rng: random.Random) -> str:
    h = rng.randint(1, 180)
    r = rng.random()
    extra = ""
    if r < 0.2:
        extra = f", корп. {rng.randint(1, 5)}"
    elif r < 0.3:
        extra = f" к{rng.randint(1, 4)}"
    elif r < 0.4:
        extra = f", стр. {rng.randint(1, 3)}"
    elif r < 0.5:
        extra = rng.choice(("А", "Б", "/2", " лит. А", "а"))
    flat = rng.choice(
        ("", f", кв. {rng.randint(1, 300)}", f"-{rng.randint(1, 120)}", f", кв.{rng.randint(1, 99)}")
    )
    hw = rng.choice(("д. ", "д.", "", "дом "))
    return f"{hw}{h}{extra}{flat}"


def address(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        town, region, zp = rng.choice(TOWNS)
        kind, vil, dist = rng.choice(VILLAGES)
        idx = f"{zp}{rng.randint(0, 999):03d}"
        st, hs = _street(rng), _house(rng)
        lay = rng.choice(layouts)
        return {
            "city": f"г. {town}, {st}, {hs}",
            "city-noг": f"{town}, {st} {hs}",
            "idx-first": f"{idx}, {region}, г. {town}, {st}, {hs}",
            "idx-last": f"{region}, г. {town}, {st}, {hs}, {idx}",
            "reversed": f"{st}, {hs}, г. {town}, {region}",
            "rural": f"{region}, {dist} р-н, {kind} {vil}, {st}, {hs}",
            "rural-full": f"{dist} район, {kind} {vil}, ул. {rng.choice(STREETS)}, {rng.randint(1, 60)}",
            "snt": f"СНТ «{rng.choice(('Рассвет', 'Ромашка', 'Энергетик', 'Берёзка'))}», участок {rng.randint(1, 400)}, "
            f"{dist} р-н",
            "mkr": f"г. {town}, мкр. {rng.choice(('Солнечный', '7', 'Юго-Западный', 'Северный'))}, д. {rng.randint(1, 40)}"
            f", кв. {rng.randint(1, 200)}",
            "caps": f"Г. {town.upper()}, {st.upper()}, {hs.upper()}",
            "nocomma": f"г {town} ул {rng.choice(STREETS)} д {rng.randint(1, 99)} кв {rng.randint(1, 99)}",
            "abbr-region": f"{idx} {region.replace('Республика', 'Респ.').replace('область', 'обл.')} "
            f"г.{town} {st} {hs}",
            "town": town,
            "village": f"{kind} {vil}",
            "street": f"{st}, {hs}",
            "obsch": f"г. {town}, {st}, {hs.split(',')[0]}, ком. {rng.randint(100, 520)}",
            "cis": rng.choice(
                (
                    f"Республика Узбекистан, г. Самарканд, махалля «Гулобод», д. {rng.randint(1, 90)}",
                    f"Казахстан, г. Шымкент, мкр. Нурсат, {rng.randint(1, 150)}-{rng.randint(1, 80)}",
                    f"Кыргызстан, Ошская обл., с. Кара-Суу, ул. Ленина {rng.randint(1, 60)}",
                    f"Таджикистан, г. Худжанд, ул. Ленина, д. {rng.randint(1, 99)}",
                    f"Armenia, Yerevan, Abovyan str. {rng.randint(1, 60)}",
                )
            ),
        }[lay]

    return make


def _dd(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))
