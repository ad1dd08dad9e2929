"""Value generators of the blind31 PII split: names in cases, dates, addresses.

Everything random comes from ``rng`` and the Faker ``ru_RU`` instance passed in, so a seed fixes the output.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

# ----- people of Russia and the CIS: (surname male, surname female, first male, first female, patronymic stem)
PEOPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "tatar": (
        (
            "Галиуллин",
            "Хайруллин",
            "Сафин",
            "Зарипов",
            "Ахметшин",
            "Гарипов",
            "Валиев",
            "Мухаметшин",
            "Латыпов",
        ),
        ("Ринат", "Айдар", "Ильдар", "Рустем", "Марат", "Азат", "Фарид", "Радик", "Ильнур"),
        ("Гульнара", "Альфия", "Лейсан", "Резеда", "Зульфия", "Эльвира", "Ляйсан", "Алсу"),
    ),
    "caucasus": (
        ("Магомедов", "Абдулаев", "Гаджиев", "Алиев", "Исмаилов", "Байсаров", "Дудаев", "Хасанов", "Кодзоев"),
        ("Магомед", "Ахмед", "Шамиль", "Рамзан", "Ислам", "Руслан", "Мурад", "Тимур", "Хасан"),
        ("Зарема", "Хава", "Мадина", "Аминат", "Луиза", "Марьям", "Седа", "Залина"),
    ),
    "armenian": (
        ("Петросян", "Григорян", "Акопян", "Саркисян", "Оганесян", "Мкртчян", "Арутюнян", "Манукян"),
        ("Арам", "Ашот", "Гурген", "Карен", "Армен", "Самвел", "Давид", "Ваган"),
        ("Гаяне", "Анаит", "Лусине", "Ануш", "Кристине", "Асмик", "Нарине"),
    ),
    "georgian": (
        ("Гогиашвили", "Беридзе", "Кавтарадзе", "Мчедлишвили", "Цхададзе", "Джапаридзе", "Лордкипанидзе"),
        ("Георгий", "Давид", "Леван", "Зураб", "Гиви", "Вахтанг", "Тенгиз"),
        ("Нино", "Тамара", "Кетеван", "Манана", "Эка", "Мзия"),
    ),
    "kazakh": (
        ("Жумабаев", "Касымов", "Ахметжанов", "Абенов", "Нурпеисов", "Сейткалиев", "Толеутаев", "Есенов"),
        ("Нурлан", "Ерлан", "Серик", "Бауыржан", "Айдос", "Ержан", "Дархан", "Канат"),
        ("Айгерим", "Динара", "Асель", "Жанар", "Гульмира", "Сауле", "Айжан", "Меруерт"),
    ),
    "uzbek": (
        ("Каримов", "Рахимов", "Юлдашев", "Турсунов", "Назаров", "Холматов", "Эргашев", "Мирзаев", "Усмонов"),
        ("Шерзод", "Бахтиёр", "Фаррух", "Улугбек", "Жасур", "Отабек", "Азиз", "Рустам", "Сардор"),
        ("Дильноза", "Гулноза", "Нигора", "Шахноза", "Феруза", "Мохира", "Зулфия"),
    ),
    "sakha_buryat": (
        (
            "Слепцов",
            "Винокуров",
            "Саввинов",
            "Дашиев",
            "Цыденов",
            "Бадмаев",
            "Дондоков",
            "Жамсуев",
            "Аммосов",
        ),
        ("Айаал", "Айсен", "Нюргун", "Баир", "Бато", "Цырен", "Тимир", "Эрчим", "Аюр"),
        ("Сардана", "Туяра", "Туяна", "Дарима", "Саина", "Айталина", "Долгор"),
    ),
    "azeri": (
        ("Мамедов", "Гусейнов", "Гасанов", "Керимов", "Агаев", "Нагиев", "Рзаев"),
        ("Эльчин", "Рашад", "Намиг", "Тофиг", "Ильгар", "Фуад", "Вугар"),
        ("Севиндж", "Гюнай", "Айтен", "Лейла", "Нигяр", "Кёнуль"),
    ),
    "ukrainian": (
        ("Шевченко", "Коваленко", "Бондаренко", "Ковальчук", "Мельничук", "Лукашевич", "Ткаченко", "Кравчук"),
        ("Тарас", "Богдан", "Остап", "Олесь", "Николай", "Андрей", "Василий"),
        ("Оксана", "Олеся", "Галина", "Ярослава", "Мария", "Леся"),
    ),
    "kyrgyz_tajik": (
        ("Асанов", "Токтогулов", "Сыдыков", "Шарипов", "Рахмонов", "Давлатов", "Кадыров", "Сафаров"),
        ("Бакыт", "Нурбек", "Алмаз", "Таалай", "Фирдавс", "Далер", "Сухроб", "Манучехр"),
        ("Айпери", "Гулнара", "Чолпон", "Мадина", "Зарина", "Парвина", "Нилуфар"),
    ),
}

_HARD = "гкхжшчщ"
_SIBIL = "жшчщц"


def _surname(stem: str, female: bool, case: str) -> str:
    low = stem.lower()
    if low.endswith(("швили", "дзе", "енко", "ко", "их", "ых", "ия", "о")):
        return stem
    if low.endswith(("ский", "цкий")):
        base = stem[:-2]
        if female:
            return base + {"nomn": "ая", "accs": "ую"}.get(case, "ой")
        return (
            base
            + {"nomn": "ий", "gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"}[case]
        )
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        if female:
            return stem + "а" if case == "nomn" else stem + ("у" if case == "accs" else "ой")
        return stem + {"nomn": "", "gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}[case]
    if low.endswith(("ова", "ева", "ина", "ына")):  # a female form passed as such
        return stem if case == "nomn" else stem[:-1] + ("у" if case == "accs" else "ой")
    if female or low[-1] in "аеёиоуыэюяь":
        return stem
    return stem + {"nomn": "", "gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}[case]


def _given(name: str, case: str, female: bool = False) -> str:
    low = name.lower()
    if case == "nomn" or (female and low[-1] not in "ая"):
        return name
    if low.endswith("ия"):
        return name[:-1] + {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}[case]
    if low.endswith("я"):
        return name[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if low.endswith("а"):
        gent = "и" if low[-2] in _HARD else "ы"
        ablt = "ей" if low[-2] in _SIBIL else "ой"
        return name[:-1] + {"gent": gent, "datv": "е", "accs": "у", "ablt": ablt, "loct": "е"}[case]
    if low.endswith("ий"):
        return name[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "и"}[case]
    if low.endswith("й") or (low.endswith("ь") and not female):
        return name[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    if low[-1] in "еиоуыэюьё":
        return name
    ablt = "ем" if low[-1] in _SIBIL else "ом"
    return name + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _patronymic(p: str, case: str) -> str:
    if p.endswith("вич") or p.endswith("ич"):
        return p + {"nomn": "", "gent": "а", "accs": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]
    if p.endswith("на"):
        return p[:-1] + {"nomn": "а", "gent": "ы", "accs": "у", "datv": "е", "ablt": "ой", "loct": "е"}[case]
    return p


def _patr_from(father: str, female: bool) -> str:
    low = father.lower()
    if low.endswith("ий"):
        stem = father[:-2] + ("ие" if low.endswith("гий") else "ье")
    elif low.endswith("ь") or low.endswith("й"):
        stem = father[:-1] + "е"
    elif low[-1] in "иеэ":
        stem = father + "е"
    elif low[-1] in "аоуыюя":
        return father + (" кызы" if female else " оглы")
    else:
        stem = father + ("е" if low[-1] in _SIBIL else "о")
    return stem + ("вна" if female else "вич")


def raw_person(rng: random.Random, fake: Any, sex: str = "") -> tuple[str, str, str, bool]:
    """(surname, first name, patronymic, female) in the nominative; about half from the peoples above."""
    female = sex == "f" if sex else rng.random() < 0.5
    if rng.random() < 0.45:
        if female:
            return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False
    key = rng.choice(list(PEOPLES))
    people = PEOPLES[key]
    sur = rng.choice(people[0])
    if female and sur.lower().endswith(("ов", "ев", "ин", "ын")):
        sur += "а"
    elif female and sur.lower().endswith("ский"):
        sur = sur[:-2] + "ая"
    first = rng.choice(people[2] if female else people[1])
    father = rng.choice(people[1])
    if key == "azeri":
        return sur, first, father + (" кызы" if female else " оглы"), female
    return sur, first, _patr_from(father, female), female


def _sur_case(sur: str, female: bool, case: str) -> str:
    if female and sur.lower().endswith(("ова", "ева", "ина", "ына", "ая")):
        if case == "nomn":
            return sur
        if sur.endswith("ая"):
            return sur[:-2] + ("ую" if case == "accs" else "ой")
        return sur[:-1] + ("у" if case == "accs" else "ой")
    return _surname(sur, female, case)


def person_shape(rng: random.Random, fake: Any, case: str, shape: str, sex: str = "") -> str:
    """A name in ``case``; shape: full, fi, fio_init, init_f, f, io, i, f_i, latin, caps, dimin."""
    sur, first, patr, female = raw_person(rng, fake, sex)
    s, f = _sur_case(sur, female, case), _given(first, case, female)
    p = " ".join(_patronymic(w, case) if i == 0 else w for i, w in enumerate(patr.split()))
    ini = first[0] + "." + ("" if " " in patr else patr[0] + ".")
    if shape == "full":
        return f"{s} {f} {p}"
    if shape == "ifo":
        return f"{f} {p} {s}"
    if shape == "fi":
        return f"{s} {f}"
    if shape == "fio_init":
        return f"{s} {ini}" if rng.random() < 0.7 else f"{s} {ini.replace('.', '. ').strip()}"
    if shape == "init_f":
        return f"{ini} {s}" if rng.random() < 0.6 else f"{ini.replace('.', '. ').strip()} {s}"
    if shape == "f":
        return s
    if shape == "io":
        return f"{f} {p}"
    if shape == "caps":
        return f"{sur.upper()} {first.upper()} {patr.upper()}"
    if shape == "latin":
        out = f"{translit(sur)} {translit(first)}"
        return out.upper() if rng.random() < 0.5 else out
    if shape == "dimin":
        d = rng.choice(
            ("Саша", "Женя", "Валя", "Коля", "Галя", "Люба", "Таня", "Наташа", "Серёжа", "Дима", "Ира")
        )
        return _given(d, case)
    raise ValueError(shape)


def person(*shapes: str, sex: str = ""):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        # a frame may fix the sex in its slot: "{gent_f}" is a woman's name in the genitive
        slot_case, _, slot_sex = case.partition("_")
        return person_shape(rng, fake, slot_case, rng.choice(shapes), slot_sex or sex)

    return make


_TR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)


def translit(word: str) -> str:
    out = ""
    for ch in word:
        t = _TR.get(ch.lower(), ch)
        t = "" if t == "_" else t
        out += t.capitalize() if ch.isupper() else t
    return out


# ----- dates ---------------------------------------------------------------------------------
def _ymd(rng: random.Random, lo: int = 1938, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_layout(rng: random.Random, layout: str, lo: int = 1938, hi: int = 2026) -> str:
    y, m, d = _ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    t = f"{hh:02d}:{mm:02d}"
    forms = {
        "dmy": f"{d:02d}.{m:02d}.{y}",
        "dmy_short": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "dmy_dash": f"{d:02d}-{m:02d}-{y}",
        "dmy_nopad": f"{d}.{m}.{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{t}:00",
        "words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
        "words_nog": f"{d} {MONTHS_GENT[m - 1]} {y}",
        "words_goda": f"{d} {MONTHS_GENT[m - 1]} {y} года",
        "abbr": f"{d} {MONTHS_ABBR[m - 1]} {y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "roman_sp": f"{d} {ROMAN[m - 1]} {y}",
        "month_year": f"{MONTHS_NOMN[m - 1]} {y} г.",
        "mm_yyyy": f"{m:02d}.{y}",
        "day_month": f"{d} {MONTHS_GENT[m - 1]}",
        "dm_short": f"{d:02d}.{m:02d}",
        "dmy_time": f"{d:02d}.{m:02d}.{y} {t}",
        "dmy_v_time": f"{d:02d}.{m:02d}.{y} в {t}",
        "time_dmy": f"{t} {d:02d}.{m:02d}.{y}",
        "dmy_ch": f"{d:02d}.{m:02d}.{y % 100:02d} {hh} ч {mm:02d} мин",
        "ocr_o": f"{d:02d}.{m:02d}.{y}".replace("0", "O", 1),
        "ocr_l": f"{d:02d}.{m:02d}.{y}".replace("1", "l", 1),
        "spaced": f"{d:02d} . {m:02d} . {y}",
        "comma": f"{d:02d},{m:02d},{y}",
        "compact": f"{d:02d}{m:02d}{y}",
        "yyyymmdd": f"{y}{m:02d}{d:02d}",
        "dmy_typo": f"{d:02d}..{m:02d}.{y}",
        "eng": f"{d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]} {y}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "range": f"{d:02d}.{m:02d}–{min(d + rng.randint(2, 9), 28):02d}.{m:02d}.{y}",
        "range_po": f"с {d:02d}.{m:02d}.{y} по {min(d + 3, 28):02d}.{m:02d}.{y}",
    }
    return forms[layout]


def date(*layouts: str, lo: int = 1938):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return date_layout(rng, rng.choice(layouts), lo)

    return make


# ----- places --------------------------------------------------------------------------------
REGIONS = (
    ("Респ. Татарстан", "Высокогорский р-н", "с. Шигали"),
    ("Республика Дагестан", "Хасавюртовский район", "с. Эндирей"),
    ("Республика Саха (Якутия)", "Мегино-Кангаласский улус", "с. Майя"),
    ("Республика Бурятия", "Иволгинский р-н", "с. Иволгинск"),
    ("Чеченская Республика", "Урус-Мартановский р-н", "с. Гойты"),
    ("Респ. Башкортостан", "Уфимский р-н", "д. Николаевка"),
    ("Краснодарский край", "Северский район", "ст-ца Смоленская"),
    ("Ханты-Мансийский АО – Югра", "Сургутский р-н", "пгт Федоровский"),
    ("Ямало-Ненецкий автономный округ", "Тазовский район", "с. Газ-Сале"),
    ("Чувашская Республика", "Чебоксарский р-н", "д. Икково"),
    ("Кабардино-Балкарская Респ.", "Баксанский р-н", "с. Кишпек"),
    ("Тыва", "Кызылский кожуун", "пгт Каа-Хем"),
    ("Алтайский край", "Бийский р-н", "п. Заря"),
    ("Ленинградская обл.", "Всеволожский р-н", "г.п. Кузьмоловский"),
    ("Московская область", "г.о. Солнечногорск", "д. Подолино"),
    ("Калининградская обл.", "Зеленоградский МО", "пос. Романово"),
    ("Приморский край", "Надеждинский район", "с. Вольно-Надеждинское"),
    ("Мурманская обл.", "Кольский р-н", "пгт Молочный"),
)
CITIES = (
    "Казань",
    "Уфа",
    "Махачкала",
    "Грозный",
    "Якутск",
    "Улан-Удэ",
    "Нальчик",
    "Владикавказ",
    "Элиста",
    "Чебоксары",
    "Йошкар-Ола",
    "Саранск",
    "Сыктывкар",
    "Петрозаводск",
    "Кызыл",
    "Абакан",
    "Горно-Алтайск",
    "Новосибирск",
    "Екатеринбург",
    "Нижний Новгород",
    "Самара",
    "Ростов-на-Дону",
    "Хабаровск",
    "Анадырь",
    "Магадан",
    "Норильск",
    "Набережные Челны",
    "Дербент",
    "Нижнекамск",
    "Стерлитамак",
    "Ижевск",
    "Тюмень",
)
FOREIGN = (
    "Республика Узбекистан, Ферганская обл., г. Коканд, махалля Навбахор, д. 14",
    "Кыргызская Республика, г. Ош, ул. Курманжан Датки, 212",
    "Республика Таджикистан, г. Худжанд, 12 мкр., д. 7, кв. 31",
    "Республика Казахстан, г. Шымкент, мкр. Самал-2, д. 1187",
    "Республика Армения, г. Гюмри, ул. Абовяна, д. 5",
    "Азербайджанская Республика, г. Гянджа, пр. Ататюрка, 44/2",
    "Республика Беларусь, Гомельская обл., г. Мозырь, ул. Малинина, д. 8, кв. 90",
    "Украина, Харьковская обл., г. Изюм, ул. Соборная, 3",
)


def _house(rng: random.Random) -> str:
    h = str(rng.randint(1, 160))
    r = rng.random()
    if r < 0.15:
        h += rng.choice(("А", "Б", "а", "/2", "/1", " лит. А"))
    return h


def address_layout(rng: random.Random, fake: Any, layout: str) -> str:
    city = rng.choice(CITIES) if rng.random() < 0.6 else fake.city_name()
    street = fake.street_title()
    kind = rng.choice(("ул.", "ул.", "пр-т", "пер.", "б-р", "проезд", "ш."))
    h, flat, idx = _house(rng), rng.randint(1, 320), fake.postcode()
    reg, dist, vil = rng.choice(REGIONS)
    forms = {
        "city_full": f"г. {city}, {kind} {street}, д. {h}, кв. {flat}",
        "city_short": f"{city}, {street} {h}-{flat}",
        "index_first": f"{idx}, г. {city}, {kind} {street}, д. {h}, корп. {rng.randint(1, 5)}, кв. {flat}",
        "index_last": f"{kind} {street}, д. {h}, кв. {flat}, г. {city}, {idx}",
        "reversed": f"кв. {flat}, д. {h}, {kind} {street}, г. {city}, {reg}",
        "rural": f"{reg}, {dist}, {vil}, ул. {street}, д. {h}",
        "rural_short": f"{vil}, {dist}",
        "snt": f"{reg}, {dist}, СНТ «{rng.choice(('Ромашка', 'Рассвет', 'Дружба', 'Берёзка', 'Энергетик'))}», уч. {rng.randint(1, 400)}",
        "mkr": f"г. {city}, мкр. {rng.choice(('Южный', 'Северный', '7-й', 'Солнечный', 'Горный'))}, д. {h}, кв. {flat}",
        "stroenie": f"{city}, {kind} {street}, д. {h}, стр. {rng.randint(1, 9)}, кв. {flat}",
        "caps_nolabels": f"{city.upper()} {street.upper()} {h} {flat}",
        "region_city": f"{reg}, г. {city}, {kind} {street}, {h}",
        "foreign": rng.choice(FOREIGN),
        "dom_kv": f"{kind} {street} дом {h} квартира {flat}",
        "obshch": f"г. {city}, {kind} {street}, д. {h}, комн. {rng.randint(100, 540)}",
        "two_lines": f"{idx}, {reg},\nг. {city}, {kind} {street}, д. {h}, кв. {flat}",
        "spaces": f"г.  {city} ,  {kind}  {street} ,  д.{h} ,  кв.{flat}",
    }
    return forms[layout]


def address(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return address_layout(rng, fake, rng.choice(layouts))

    return make


def town(rng: random.Random, fake: Any, case: str) -> str:
    c = rng.choice(CITIES)
    if case in ("loct", "gent"):
        irregular = {"Казань": "Казани", "Уфа": "Уфе" if case == "loct" else "Уфы", "Тюмень": "Тюмени"}
        if c in irregular:
            return irregular[c]
        if c.endswith("ск") or c.endswith("ан") or c.endswith("нт"):
            return c + ("е" if case == "loct" else "а")
        if c.endswith("а"):
            return c[:-1] + ("е" if case == "loct" else "ы")
        return c  # left as written (many clerks do not decline compound names)
    return c
