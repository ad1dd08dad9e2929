"""Values for the blind7 PII split: names in any case, contact data, dates, addresses, identifiers.

Written for blind7 only, without looking at the detector or the other splits. Identifiers carry
valid check digits computed here (SNILS, 12-digit personal INN, 16-digit OMS/ENP by Luhn).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from benchmarks.pii_families import Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")
_HUSHING = "жшчщц"
_VELAR_HUSH = "гкхжшчщ"


@dataclass
class Doc:
    """A document written piece by piece; ``v`` appends a value and records its gold span."""

    text: str = ""

    def __post_init__(self) -> None:
        self.golds: list[tuple[str, int, int]] = []

    def t(self, piece: str) -> Doc:
        self.text += piece
        return self

    def v(self, kind: str, value: str) -> Doc:
        start = len(self.text)
        self.text += value
        self.golds.append((kind, start, len(self.text)))
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


# ---------------------------------------------------------------------------------------------
# names and their cases (own small declension rules; indeclinable endings stay as they are)
# ---------------------------------------------------------------------------------------------
def _noun_a(word: str, case: str) -> str:
    """First-declension ending -а/-я (Никита, Илья, Галина, Мария, Зозуля)."""
    stem, last = word[:-1], word[-1]
    if word.endswith("ия"):
        return word if case == "nomn" else {"gent": stem + "и", "datv": stem + "и", "ablt": stem + "ей",
                                             "loct": stem + "и"}[case]
    if last == "я":
        ablt = stem + ("ёй" if word.endswith("ья") else "ей")
        return {"nomn": word, "gent": stem + "и", "datv": stem + "е", "ablt": ablt, "loct": stem + "е"}[case]
    gent = stem + ("и" if stem[-1] in _VELAR_HUSH else "ы")
    ablt = stem + ("ей" if stem[-1] in _HUSHING else "ой")
    return {"nomn": word, "gent": gent, "datv": stem + "е", "ablt": ablt, "loct": stem + "е"}[case]


def first_name(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    if word[-1] in "ая":
        return _noun_a(word, case)
    if female:
        if word.endswith("ь"):
            return word[:-1] + ("ью" if case == "ablt" else "и")
        return word
    if word.endswith("ий"):
        return word[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "и"}[case]
    if word[-1] in "йь":
        return word[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    if word[-1] in "оеиуыэю":
        return word
    ablt = "ем" if word[-1] in _HUSHING else "ом"
    stem = _FLEETING.get(word, word)
    return stem + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]


_FLEETING = {"Павел": "Павл", "Лев": "Льв", "Пётр": "Петр", "Петр": "Петр"}


def patronymic(word: str, female: bool, case: str) -> str:
    if case == "nomn":
        return word
    if female:
        return word[:-1] + {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е"}[case]
    return word + {"gent": "а", "datv": "у", "ablt": "ем", "loct": "е"}[case]


def surname(word: str, female: bool, case: str) -> str:
    if case == "nomn" or word[-1] in "оеиуыэю" or word.endswith(("ых", "их")):
        return word
    if female:
        if word.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return word[:-1] + "ой"
        if word.endswith("ая"):
            return word[:-2] + "ой"
        if word[-1] in "ая":
            return _noun_a(word, case)
        return word
    if word.endswith(("ий", "ый", "ой")):
        stem = word[:-2]
        ablt = stem + ("им" if stem[-1] in _VELAR_HUSH else "ым")
        return {"gent": stem + "ого", "datv": stem + "ому", "ablt": ablt, "loct": stem + "ом"}[case]
    if word[-1] in "ая":
        return _noun_a(word, case)
    if word[-1] in "йь":
        return word[:-1] + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": "е"}[case]
    ablt = "ым" if word.endswith(("ов", "ев", "ёв", "ин", "ын")) else ("ем" if word[-1] in _HUSHING else "ом")
    return word + {"gent": "а", "datv": "у", "ablt": ablt, "loct": "е"}[case]


_EXTRA_SURNAMES_M = ("Шевченко", "Черных", "Гоголь", "Кравец", "Мельник", "Коваль", "Ткачук", "Лихачевский",
                     "Толстой", "Зозуля", "Ким", "Пак", "Белых", "Сухих", "Бондаренко", "Крутой", "Вишневский")
_EXTRA_SURNAMES_F = ("Шевченко", "Черных", "Ким", "Лихачевская", "Толстая", "Зозуля", "Белых", "Бондаренко")
DIMINUTIVES_M = ("Саша", "Серёжа", "Дима", "Витя", "Коля", "Миша", "Лёша", "Ваня", "Петя", "Женя")
DIMINUTIVES_F = ("Света", "Таня", "Наташа", "Оля", "Люба", "Галя", "Катя", "Маша", "Лена", "Ира")


@dataclass(frozen=True)
class Person:
    last: str
    first: str
    middle: str
    female: bool

    def full(self, case: str = "nomn", order: str = "FIO") -> str:
        parts = {"F": surname(self.last, self.female, case), "I": first_name(self.first, self.female, case),
                 "O": patronymic(self.middle, self.female, case)}
        return " ".join(parts[c] for c in order)

    def initials(self, case: str = "nomn", before: bool = False, space: bool = False) -> str:
        ini = f"{self.first[0]}.{' ' if space else ''}{self.middle[0]}."
        last = surname(self.last, self.female, case)
        return f"{ini} {last}" if before else f"{last} {ini}"


def person(rng: random.Random, fake: Any, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    if female:
        last = rng.choice(_EXTRA_SURNAMES_F) if rng.random() < 0.12 else fake.last_name_female()
        return Person(last, fake.first_name_female(), fake.middle_name_female(), True)
    last = rng.choice(_EXTRA_SURNAMES_M) if rng.random() < 0.12 else fake.last_name_male()
    return Person(last, fake.first_name_male(), fake.middle_name_male(), False)


_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"], strict=True))


def latin(word: str) -> str:
    out = "".join(_TRANSLIT.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:]


# ---------------------------------------------------------------------------------------------
# contacts
# ---------------------------------------------------------------------------------------------
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    code = "9" + digits(rng, 2)
    a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
    return rng.choice((
        f"+7 ({code}) {a}-{b}-{c}", f"8-{code}-{a}-{b}-{c}", f"8{code}{a}{b}{c}", f"+7{code}{a}{b}{c}",
        f"+7 {code} {a} {b} {c}", f"8 ({code}) {a} {b}{c}", f"+7-{code}-{a}{b}{c}", f"8 {code} {a}-{b}{c}",
        f"7 {code} {a}{b}{c}", f"+7({code}){a}{b}{c}",
    ))


def city_phone(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    code = rng.choice(("3452", "4852", "8442", "4732", "8112", "3812", "4212", "8172"))
    return rng.choice((f"8 ({code}) {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
                       f"({code}) {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
                       f"+7 {code} {digits(rng, 6)}"))


def foreign_phone(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return rng.choice((
        f"+49 15{rng.randrange(10)} {digits(rng, 8)}", f"+375 29 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
        f"+998 9{rng.randrange(10)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        f"+972 5{rng.randrange(10)}-{digits(rng, 3)}-{digits(rng, 4)}", f"+1 (212) {digits(rng, 3)}-{digits(rng, 4)}",
        f"+380 67 {digits(rng, 3)} {digits(rng, 4)}", f"+7 701 {digits(rng, 3)} {digits(rng, 4)}",
    ))


_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru", "outlook.com")


def email(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    p = person(rng, fake)
    user = rng.choice((latin(p.last).lower() + "." + latin(p.first)[0].lower(),
                       latin(p.first).lower() + "_" + str(rng.randrange(1960, 2012)),
                       fake.user_name(), latin(p.last).lower() + str(rng.randrange(100)),
                       latin(p.first)[0].lower() + latin(p.middle)[0].lower() + latin(p.last).lower()))
    return f"{user}@{rng.choice(_DOMAINS)}"


def url(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return rng.choice((
        f"https://vk.com/{fake.user_name()}", f"https://t.me/{fake.user_name()}",
        f"https://disk.yandex.ru/d/{fake.pystr(min_chars=12, max_chars=14)}",
        f"https://lk.gosuslugi.ru/medical/{digits(rng, 9)}", f"http://{fake.domain_name()}/patient?id={digits(rng, 6)}",
        f"https://emias.info/doc/{digits(rng, 10)}", f"www.{fake.domain_name()}/card/{digits(rng, 5)}",
        f"https://ok.ru/profile/{digits(rng, 12)}", f"https://drive.google.com/file/d/{fake.pystr(min_chars=20, max_chars=24)}/view",
    ))


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
MONTHS_GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")
MONTHS_NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь")
MONTHS_LOCT = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
               "ноябре", "декабре")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ymd(rng: random.Random, lo: int = 2015, hi: int = 2025) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def birth(rng: random.Random) -> tuple[int, int, int]:
    return ymd(rng, 1938, 2019)


def hm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55)):02d}"


def date_text(rng: random.Random, d: tuple[int, int, int], style: str = "") -> str:
    y, m, day = d
    style = style or rng.choice(("dot", "dot", "short", "words", "wordsg", "iso", "slash", "dash", "abbr"))
    return {
        "dot": f"{day:02d}.{m:02d}.{y}", "short": f"{day:02d}.{m:02d}.{y % 100:02d}",
        "words": f"{day} {MONTHS_GENT[m - 1]} {y}", "wordsg": f"{day} {MONTHS_GENT[m - 1]} {y} г.",
        "iso": f"{y}-{m:02d}-{day:02d}", "slash": f"{day:02d}/{m:02d}/{y}", "dash": f"{day:02d}-{m:02d}-{y}",
        "abbr": f"{day} {MONTHS_GENT[m - 1][:3]}. {y}", "en": f"{day:02d} {MONTHS_EN[m - 1]} {y}",
        "us": f"{m:02d}/{day:02d}/{y}", "nodot": f"{day:02d}{m:02d}{y}", "spaced": f"{day:02d} . {m:02d} . {y}",
    }[style]


def date(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return date_text(rng, ymd(rng))


def datetime_text(rng: random.Random, d: tuple[int, int, int] | None = None) -> str:
    d = d or ymd(rng)
    when = date_text(rng, d, rng.choice(("dot", "short", "iso", "words")))
    return rng.choice((f"{when} {hm(rng)}", f"{hm(rng)} {when}", f"{when}, {hm(rng)}")) if "-" not in when \
        else f"{when}T{hm(rng)}"


def month_year(rng: random.Random, case: str = "nomn") -> str:
    y, m, _ = ymd(rng)
    if case == "loct":
        return rng.choice((f"{MONTHS_LOCT[m - 1]} {y} г.", f"{MONTHS_LOCT[m - 1]} {y} года"))
    if case == "gent":
        return f"{MONTHS_GENT[m - 1]} {y} г."
    return rng.choice((f"{MONTHS_NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{m:02d}/{y % 100:02d}"))


# ---------------------------------------------------------------------------------------------
# places: real towns with hand-written cases; streets and numbers from Faker
# ---------------------------------------------------------------------------------------------
TOWNS = {  # nominative: (genitive, locative)
    "Тверь": ("Твери", "Твери"), "Казань": ("Казани", "Казани"), "Самара": ("Самары", "Самаре"),
    "Тула": ("Тулы", "Туле"), "Пермь": ("Перми", "Перми"), "Омск": ("Омска", "Омске"),
    "Курск": ("Курска", "Курске"), "Орёл": ("Орла", "Орле"), "Воронеж": ("Воронежа", "Воронеже"),
    "Саратов": ("Саратова", "Саратове"), "Ярославль": ("Ярославля", "Ярославле"), "Кострома": ("Костромы", "Костроме"),
    "Иркутск": ("Иркутска", "Иркутске"), "Сочи": ("Сочи", "Сочи"), "Вологда": ("Вологды", "Вологде"),
    "Липецк": ("Липецка", "Липецке"), "Набережные Челны": ("Набережных Челнов", "Набережных Челнах"),
    "Нижний Тагил": ("Нижнего Тагила", "Нижнем Тагиле"), "Сургут": ("Сургута", "Сургуте"),
    "Старый Оскол": ("Старого Оскола", "Старом Осколе"), "Великие Луки": ("Великих Лук", "Великих Луках"),
    "Подольск": ("Подольска", "Подольске"), "Рязань": ("Рязани", "Рязани"), "Чита": ("Читы", "Чите"),
}
_REGIONS = ("Тверская обл.", "Московская обл.", "Республика Татарстан", "Самарская область", "Пермский край",
            "Воронежская обл.", "Ярославская область", "Иркутская обл.", "Краснодарский край", "Респ. Башкортостан")


def town(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    if rng.random() < 0.3 and case == "nomn":
        return fake.city_name().split(" (")[0]
    name = rng.choice(list(TOWNS))
    return {"nomn": name, "gent": TOWNS[name][0], "loct": TOWNS[name][1]}.get(case, name)


def street(rng: random.Random, fake: Any) -> str:
    kind = rng.choice(("ул.", "ул.", "улица", "пр-т", "пр.", "пер.", "б-р", "ш.", "наб.", "проезд", "мкр."))
    title = fake.street_title()
    return f"{kind} {title}" if rng.random() < 0.75 else f"{title} {kind}"


def house(rng: random.Random, sep: str = ", ") -> str:
    h = str(rng.randint(1, 180)) + rng.choice(("", "", "", "а", "/2", " корп. 2", " стр. 1", "к1"))
    flat = rng.randint(1, 320)
    return rng.choice((f"д. {h}{sep}кв. {flat}", f"д.{h}{sep}кв.{flat}", f"{h}-{flat}", f"дом {h}{sep}квартира {flat}",
                       f"{h}, кв. {flat}", f"д. {h}"))


def address(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    index = f"{rng.randint(101, 692)}{digits(rng, 3)}"
    city = "г. " + town(rng, fake)
    st = street(rng, fake)
    region = rng.choice(_REGIONS)
    return rng.choice((
        f"{index}, {region}, {city}, {st}, {house(rng)}", f"{city}, {st}, {house(rng)}",
        f"{st}, {house(rng)}, {city}", f"{index} {city} {st} {house(rng, ' ')}",
        f"{region}, {rng.choice(('Калининский', 'Заволжский', 'Ленинский', 'Кировский'))} р-н, "
        f"{rng.choice(('д.', 'с.', 'пос.'))} {fake.city_name().split(' (')[0]}, {house(rng)}",
        f"{city.removeprefix('г. ')}, {st} {rng.randint(1, 99)}-{rng.randint(1, 150)}",
    ))


# ---------------------------------------------------------------------------------------------
# identifiers with valid check digits
# ---------------------------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 8)
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101)
    return body + f"{0 if check == 100 else check:02d}"


def snils(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    s = snils_digits(rng)
    return rng.choice((f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}", f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}", s,
                       f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}"))


def inn_digits(rng: random.Random) -> str:
    body = f"{rng.randint(1, 92):02d}" + digits(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body += str(sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10)


def inn(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    s = inn_digits(rng)
    return rng.choice((s, s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:2]} {s[2:4]} {s[4:10]} {s[10:]}"))


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def oms_digits(rng: random.Random) -> str:
    return luhn_complete(rng.choice(("77", "50", "78", "69", "16", "63", "59", "36", "02", "23")) + digits(rng, 13))


def oms(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    s = oms_digits(rng)
    return rng.choice((s, s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}",
                       f"{s[:6]} {s[6:]}"))


def passport(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    ser, num = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}", digits(rng, 6)
    return rng.choice((f"{ser[:2]} {ser[2:]} {num}", f"{ser} {num}", f"{ser}-{num}", f"{ser}{num}",
                       f"{ser} № {num}", f"{ser[:2]} {ser[2:]} № {num}"))


def passport_parts(rng: random.Random) -> tuple[str, str]:
    ser = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}"
    return rng.choice((ser, f"{ser[:2]} {ser[2:]}")), digits(rng, 6)


def mrn(rng: random.Random, fake: Any, case: str = "nomn") -> str:
    y = rng.randint(2018, 2025)
    return rng.choice((
        f"{rng.randint(1, 29999)}/{y % 100}", f"{y}/{rng.randint(1, 99999):05d}", f"ИБ-{digits(rng, 6)}",
        f"А{digits(rng, 7)}", f"{rng.randint(10, 99)}-{digits(rng, 5)}-{y % 100}", f"МК-{y}-{digits(rng, 6)}",
        f"EMR{digits(rng, 9)}", f"{digits(rng, 4)}-{digits(rng, 4)}", f"П{y % 100}/{digits(rng, 4)}",
        f"{y}-СТ-{digits(rng, 5)}", f"0{digits(rng, 7)}",
    ))


def sick_leave(rng: random.Random) -> str:
    return rng.choice(("9", "3")) + digits(rng, 11)
