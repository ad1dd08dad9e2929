"""Value makers for blind split 38 (referrals, ВМП quotas, telemedicine, transfers, МСЭ).

Every maker takes ``(rng, fake)`` (Faker ``ru_RU``, seeded by the caller) and returns the value as it
would be written; :class:`Doc` assembles a fragment and records the gold spans of what it plants.
Identifiers are generated with valid check digits, never copied.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.pii_families import Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name

R = random.Random
GEN = ("gent", "datv", "accs", "ablt", "loct")


class Doc:
    """Text built piece by piece; ``v`` plants a value and records its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.golds: list[tuple[str, int, int]] = []
        self.pos = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.pos += len(text)
        return self

    def v(self, kind: str, value: str) -> Doc:
        assert value and value == value.strip(), repr(value)
        self.golds.append((kind, self.pos, self.pos + len(value)))
        return self.t(value)

    def done(self) -> Planted:
        return Planted("".join(self.parts), self.golds)


def d(rng: R, n: int, first_nonzero: bool = False) -> str:
    out = "".join(str(rng.randrange(10)) for _ in range(n))
    return (str(rng.randrange(1, 10)) + out[1:]) if first_nonzero and n else out


def pick(rng: R, *options: Any) -> Any:
    return rng.choice(options)


# ----- people -------------------------------------------------------------------------------
# Peoples of Russia and the CIS: (surname stems: man's form, woman's form), male names, female names,
# fathers' names for the patronymic, and whether the "кызы"/"угли" form is used.
_PEOPLES = (
    ((("Хабибуллин", "Хабибуллина"), ("Гайнутдинов", "Гайнутдинова"), ("Сафиуллин", "Сафиуллина"),
      ("Ахметзянов", "Ахметзянова"), ("Мухаметшин", "Мухаметшина"), ("Байрамгулов", "Байрамгулова")),
     ("Ильдар", "Рустам", "Айдар", "Рамиль", "Марат", "Ильнур", "Азат"),
     ("Гульнара", "Алсу", "Эльвира", "Раиля", "Гузель", "Лилия", "Айгуль"),
     ("Рашит", "Ринат", "Фарид", "Ильдар", "Марат", "Самат"), False),
    ((("Идрисов", "Идрисова"), ("Кагиров", "Кагирова"), ("Алиев", "Алиева"), ("Магомедов", "Магомедова"),
      ("Гаджиев", "Гаджиева"), ("Абдулаев", "Абдулаева"), ("Дудаев", "Дудаева")),
     ("Магомед", "Шамиль", "Ислам", "Тагир", "Ахмед", "Руслан", "Арсен"),
     ("Зарема", "Патимат", "Мадина", "Лейла", "Камила", "Хава", "Аминат"),
     ("Магомед", "Ахмед", "Руслан", "Саид", "Гасан"), False),
    ((("Сивцев", "Сивцева"), ("Аммосов", "Аммосова"), ("Винокуров", "Винокурова"), ("Охлопков", "Охлопкова"),
      ("Неустроев", "Неустроева")),
     ("Айсен", "Айхал", "Сергей", "Николай", "Эрчим"), ("Сардана", "Айталина", "Туйаара", "Мария", "Сайаана"),
     ("Николай", "Егор", "Иннокентий", "Василий"), False),
    ((("Дондоков", "Дондокова"), ("Цыренов", "Цыренова"), ("Бадмаев", "Бадмаева"), ("Намсараев", "Намсараева")),
     ("Баир", "Аюр", "Баясхалан", "Жаргал", "Саян"), ("Туяна", "Сэсэг", "Дарима", "Баирма", "Оюна"),
     ("Баир", "Дондок", "Цырен", "Жаргал"), False),
    ((("Монгуш", "Монгуш"), ("Ооржак", "Ооржак"), ("Куулар", "Куулар"), ("Сат", "Сат")),
     ("Аяс", "Саян", "Буян", "Чингис"), ("Айлана", "Чечена", "Шенне", "Долаана"), ("Саян", "Аяс", "Буян"), False),
    ((("Саркисян", "Саркисян"), ("Акопян", "Акопян"), ("Григорян", "Григорян"), ("Оганесян", "Оганесян")),
     ("Арсен", "Гурген", "Ашот", "Тигран", "Арам"), ("Анаит", "Гаяне", "Лусине", "Армине"),
     ("Ашот", "Самвел", "Тигран", "Карен"), False),
    ((("Беридзе", "Беридзе"), ("Капанадзе", "Капанадзе"), ("Гелашвили", "Гелашвили")),
     ("Гурам", "Георгий", "Давид", "Леван"), ("Нино", "Тамара", "Кетеван", "Мака"), ("Гурам", "Давид", "Зураб"), False),
    ((("Мамедов", "Мамедова"), ("Гасанов", "Гасанова"), ("Алиев", "Алиева"), ("Гусейнов", "Гусейнова")),
     ("Эльчин", "Рашад", "Тофиг", "Вугар"), ("Лейла", "Севиндж", "Айгюн", "Гюнай"), ("Ильхам", "Вагиф", "Эльдар"), True),
    ((("Рахимов", "Рахимова"), ("Юсупов", "Юсупова"), ("Турсунов", "Турсунова"), ("Исмоилов", "Исмоилова"),
      ("Каримов", "Каримова")),
     ("Фарход", "Бахтиёр", "Алишер", "Шерзод", "Жасур"), ("Дильноза", "Нигора", "Гулнора", "Малика", "Зарина"),
     ("Алишер", "Рустам", "Бахтиёр", "Улугбек"), True),
    ((("Нурмагамбетов", "Нурмагамбетова"), ("Жумабаев", "Жумабаева"), ("Абдыкадыров", "Абдыкадырова"),
      ("Токтосунов", "Токтосунова")),
     ("Нурлан", "Ерлан", "Азамат", "Бакыт", "Талгат"), ("Асель", "Айгерим", "Жибек", "Айнура", "Гульмира"),
     ("Нурлан", "Серик", "Болат", "Каныбек"), True),
    ((("Шевченко", "Шевченко"), ("Бондаренко", "Бондаренко"), ("Ковальчук", "Ковальчук"), ("Лукашевич", "Лукашевич")),
     ("Тарас", "Богдан", "Олег", "Андрей"), ("Оксана", "Олеся", "Галина", "Алеся"), ("Тарас", "Иван", "Олег"), False),
)


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("ий"):
        return father[:-2] + ("ьевна" if female else "ьевич")
    if father.endswith("й"):
        return father[:-1] + ("евна" if female else "евич")
    return father + ("овна" if female else "ович")


#: citizenship (genitive, as in "гражданин Республики Узбекистан") -> index of its people in _PEOPLES
CITIZENSHIP = {"Республики Узбекистан": 8, "Республики Таджикистан": 8, "Кыргызской Республики": 9,
               "Республики Казахстан": 9, "Азербайджанской Республики": 7, "Республики Армения": 5}


def name_parts(rng: R, fake: Any, female: bool | None = None, cis: float = 0.3,
               people: int | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if people is not None or rng.random() < cis:
        surnames, males, females, fathers, turkic = _PEOPLES[people] if people is not None else rng.choice(_PEOPLES)
        last = rng.choice(surnames)[1 if female else 0]
        first = rng.choice(females if female else males)
        father = rng.choice(fathers)
        middle = _patronymic(father, female)
        if turkic and rng.random() < 0.3:  # "Алишер кызы"/"угли" in Central Asian documents, or none at all
            middle = rng.choice(("", father + (" кызы" if female else " угли")))
        return last, first, middle, female
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def person(rng: R, fake: Any, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",), caps: bool = False,
           female: bool | None = None, cis: float = 0.3) -> str:
    """Shapes: F surname, I name, O patronymic, "io" = "М.И.", "i o" = "М. И.", "i" = "М."."""
    last, first, middle, fem = name_parts(rng, fake, female, cis)
    full = {"F": inflect_name(last, "Surn", fem, case), "I": inflect_name(first, "Name", fem, case),
            "O": inflect_name(middle, "Patr", fem, case) if " " not in middle else middle}
    out = []
    for token in rng.choice(shapes).split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}." if middle[:1].isupper() else f"{first[0]}.")
        elif token == "i":
            out.append(f"{first[0]}.")
        elif token == "o":
            if middle[:1].isupper():
                out.append(f"{middle[0]}.")
        elif full[token]:
            out.append(full[token])
    text = " ".join(out)
    return text.upper() if caps else text


DOC_SHAPES = ("F io", "F i o", "io F", "i o F", "F I O")
PAT_SHAPES = ("F I O", "F I O", "F io", "F I")


# ----- dates --------------------------------------------------------------------------------
MG = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
      "ноября", "декабря")
ML = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
      "ноябре", "декабре")
MN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
      "ноябрь", "декабрь")


def birthday(rng: R, fake: Any, child: bool = False) -> dt.date:
    return fake.date_between(start_date="-17y" if child else "-88y", end_date="-1y" if child else "-18y")


def recent(rng: R, fake: Any) -> dt.datetime:
    day = fake.date_between(start_date="-5y", end_date="today")
    return dt.datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60), rng.randrange(60))


def fmt(day: dt.date, layout: str) -> str:
    """Tokens: YYYY YY MM DD (zero-padded), M D (bare), MG ML MN (month words), hh mm ss (time)."""
    out, i = [], 0
    tokens = ("YYYY", "YY", "MG", "ML", "MN", "MM", "DD", "hh", "mm", "ss", "M", "D")
    while i < len(layout):
        for tok in tokens:
            if layout.startswith(tok, i):
                h = getattr(day, "hour", 0)
                mi = getattr(day, "minute", 0)
                s = getattr(day, "second", 0)
                out.append({"YYYY": f"{day.year}", "YY": f"{day.year % 100:02d}", "MG": MG[day.month - 1],
                            "ML": ML[day.month - 1], "MN": MN[day.month - 1], "MM": f"{day.month:02d}",
                            "DD": f"{day.day:02d}", "hh": f"{h:02d}", "mm": f"{mi:02d}", "ss": f"{s:02d}",
                            "M": f"{day.month}", "D": f"{day.day}"}[tok])
                i += len(tok)
                break
        else:
            out.append(layout[i])
            i += 1
    return "".join(out)


NUM_DATES = ("DD.MM.YYYY", "DD.MM.YYYY", "DD.MM.YYYY г.", "D.MM.YYYY", "DD.MM.YY", "YYYY-MM-DD", "DD/MM/YYYY",
             "D MG YYYY г.", "DD MG YYYY года", "D MG YYYY")


def bdate(rng: R, fake: Any, layouts: tuple[str, ...] = NUM_DATES, child: bool = False) -> str:
    return fmt(birthday(rng, fake, child), rng.choice(layouts))


def edate(rng: R, fake: Any, layouts: tuple[str, ...] = NUM_DATES) -> str:
    return fmt(recent(rng, fake), rng.choice(layouts))


STAMPS = ("DD.MM.YYYY hh:mm", "DD.MM.YYYY в hh:mm", "DD.MM.YY hh.mm", "YYYY-MM-DD hh:mm", "DD.MM.YYYY hh:mm:ss",
          "hh:mm DD.MM.YYYY")


# ----- phones, mail, links ------------------------------------------------------------------
_CITY = ("495", "499", "812", "4112", "3919", "4152", "4212", "3012", "3952", "8182", "3494", "4162", "8152", "3022")


def phone(rng: R, fake: Any, kind: str = "any") -> str:
    if kind == "mobile" or (kind == "any" and rng.random() < 0.6):
        a, b, c, e = "9" + d(rng, 2), d(rng, 3), d(rng, 2), d(rng, 2)
        return pick(rng, f"+7 ({a}) {b}-{c}-{e}", f"8-{a}-{b}-{c}-{e}", f"8{a}{b}{c}{e}", f"+7{a}{b}{c}{e}",
                    f"8 {a} {b} {c} {e}", f"+7 {a} {b}-{c}{e}", f"8({a}){b}-{c}-{e}", f"+7-{a}-{b}{c}{e}")
    code = rng.choice(_CITY)
    if len(code) == 4:
        return pick(rng, f"8 ({code}) {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}", f"8({code}){d(rng, 6)}",
                    f"+7 {code} {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}", f"({code}) {d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}")
    return pick(rng, f"8 ({code}) {d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}", f"+7 ({code}) {d(rng, 3)}-{d(rng, 4)}",
                f"+7 {code} {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}", f"8-{code}-{d(rng, 3)}-{d(rng, 2)}-{d(rng, 2)}")


_DIAL = {"Республики Узбекистан": "998", "Республики Таджикистан": "992", "Кыргызской Республики": "996",
         "Азербайджанской Республики": "994", "Республики Армения": "374", "Республики Казахстан": "7"}


def foreign_phone(rng: R, fake: Any, country: str | None = None) -> str:
    code = _DIAL[country] if country else rng.choice(tuple(_DIAL.values()))
    n = 8 if code == "374" else 9
    body = d(rng, n)
    if code == "7":  # Kazakhstan shares +7; its mobile codes start with 7
        body = "7" + body
        return pick(rng, f"+7 ({body[:3]}) {body[3:6]}-{body[6:8]}-{body[8:]}", f"8 {body[:3]} {body[3:6]} {body[6:]}")
    if n == 8:
        return pick(rng, f"+{code} {body[:2]} {body[2:5]}-{body[5:]}", f"+{code}{body}", f"8-10-{code}-{body}")
    return pick(rng, f"+{code} {body[:2]} {body[2:5]}-{body[5:7]}-{body[7:]}", f"+{code}{body}", f"8-10-{code}-{body}",
                f"+{code} ({body[:2]}) {body[2:5]} {body[5:7]} {body[7:]}")


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(text: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in text.lower())


def email(rng: R, fake: Any) -> str:
    last, first, _, _ = name_parts(rng, fake, cis=0.2)
    user = pick(rng, f"{translit(last)}.{translit(first)[0]}", f"{translit(first)}.{translit(last)}",
                f"{translit(last)}{rng.randrange(60, 100)}", f"dr.{translit(last)}", f"{translit(last)}_{d(rng, 3)}")
    domain = pick(rng, "mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru",
                  fake.free_email_domain())
    return pick(rng, f"{user}@{domain}", f"{user}@{domain}", fake.free_email())


def link(rng: R, fake: Any) -> str:
    token = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    host = pick(rng, "telemed", "tmk", "vks", "meet", "conf", "pacs")
    return pick(
        rng,
        f"https://{host}.{fake.domain_word()}.ru/room/{token}",
        f"https://{host}.{fake.domain_name()}/session?id={d(rng, 7)}&pin={d(rng, 4)}",
        f"https://disk.yandex.ru/d/{token}",
        f"https://cloud.mail.ru/public/{token[:4]}/{token[4:]}",
        f"http://pacs.{fake.domain_word()}.ru/viewer/?study=1.2.643.5.1.13.{d(rng, 5)}.{d(rng, 6)}",
        f"https://telemost.yandex.ru/j/{d(rng, 14)}",
        f"www.{fake.domain_name()}/tmk/{d(rng, 6)}",
        fake.url() + f"patient/{d(rng, 6)}",
    )


# ----- places -------------------------------------------------------------------------------
REGIONS = ("Республика Саха (Якутия)", "Ямало-Ненецкий автономный округ", "Красноярский край", "Забайкальский край",
           "Республика Тыва", "Чукотский автономный округ", "Хабаровский край", "Иркутская область",
           "Архангельская область", "Республика Дагестан", "Оренбургская область", "Камчатский край",
           "Мурманская область", "Республика Бурятия", "Томская область", "Амурская область", "Магаданская область",
           "Республика Алтай", "Ханты-Мансийский АО – Югра", "Сахалинская обл.", "Респ. Коми", "Тюменская обл.")
SETTLEMENTS = ("Хандыга", "Сеймчан", "Тазовский", "Кызыл-Мажалык", "Ербогачён", "Черский", "Нижнеангарск",
               "Кош-Агач", "Усть-Кут", "Мирный", "Тура", "Игарка", "Эвенск", "Ванавара", "Мугур-Аксы", "Сосновка",
               "Берёзово", "Новоорск", "Агинское", "Курумкан", "Кутулик", "Усть-Нера", "Зырянка", "Нижний Куранах")
DISTRICTS = ("Тазовский", "Усть-Майский", "Среднеколымский", "Катангский", "Эвенкийский", "Кижингинский",
             "Муйский", "Тес-Хемский", "Шелковской", "Ботлихский", "Акшинский", "Ольхонский", "Тунгокоченский",
             "Северо-Байкальский", "Охотский", "Пенжинский", "Ижемский")
_SETTLE_KIND = ("с.", "п.", "пгт", "д.", "пос.", "с", "рп", "село", "поселок")


def place(rng: R, fake: Any, layouts: tuple[str, ...] | None = None) -> str:
    fields = {
        "P": f"{rng.randrange(101000, 692999)}", "R": rng.choice(REGIONS), "A": fake.administrative_unit(),
        "T": fake.city_name().split(" (")[0], "V": rng.choice(SETTLEMENTS), "K": rng.choice(_SETTLE_KIND),
        "D": (dist := rng.choice(DISTRICTS)), "Dg": dist[:-2] + "ого", "S": fake.street_title(), "N": str(rng.randrange(1, 150)) + pick(rng, "", "", "а", "/1"),
        "Q": str(rng.randrange(1, 300)), "B": str(rng.randrange(1, 5)),
    }
    layouts = layouts or ADDRESSES
    return rng.choice(layouts).format(**fields)


ADDRESSES = (
    "{P}, {R}, {D} район, {K} {V}, ул. {S}, д. {N}", "{R}, г. {T}, ул. {S}, д. {N}, кв. {Q}",
    "{A}, {T}, {S} ул., {N}-{Q}", "г. {T}, ул. {S}, {N}, кв. {Q}", "{K} {V}, ул. {S}, {N}",
    "{P}, {A}, г. {T}, пр-т {S}, д. {N}, корп. {B}, кв. {Q}", "{R}, {D} улус, {K} {V}, {S}, {N}",
    "г {T} ул {S} д {N} кв {Q}", "{T}, мкр. {S}, {N}-{Q}", "{D} р-н, {K} {V}, ул. {S} {N}",
)
TOWNISH = ("г. {T}", "{K} {V}", "{K} {V}, {D} р-н", "{T}, {A}", "{K} {V} ({R})", "{R}, {D} район, {K} {V}")


# ----- identifiers --------------------------------------------------------------------------
def snils(rng: R, fake: Any, layouts: tuple[str, ...] = ("XXX-XXX-XXX XX", "XXXXXXXXXXX", "XXX-XXX-XXX-XX",
                                                          "XXX XXX XXX XX")) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    digits = iter(body + snils_check_digits(body))
    return "".join(next(digits) if ch == "X" else ch for ch in rng.choice(layouts))


def inn(rng: R, fake: Any, n: int = 12, layout: str | None = None) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    digits = prefix + inn_check_digits(prefix)
    if layout:
        it = iter(digits)
        return "".join(next(it) if ch == "X" else ch for ch in layout)
    return digits


def passport(rng: R, fake: Any) -> str:
    s, n = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 26):02d}", d(rng, 6)
    return pick(rng, f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s} № {n}", f"{s[:2]} {s[2:]} № {n}", f"{s}-{n}",
                f"{s}{n}", f"{s[:2]}{s[2:]} №{n}")


def enp(rng: R, fake: Any, layout: str | None = None) -> str:
    body = d(rng, 15, first_nonzero=True)
    check = next(str(c) for c in range(10) if luhn_valid(body + str(c)))
    digits = body + check
    layout = layout or pick(rng, "XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX",
                            "XXXXXXXXXXXXXXXX")
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def old_policy(rng: R, fake: Any) -> str:
    series = pick(rng, "ЯХ", "АБ", "ВСА", "КЖ", "МЮ", f"{rng.randrange(10, 99)}{rng.randrange(10, 99)}")
    return pick(rng, f"{series} {d(rng, 8, True)}", f"{series} № {d(rng, 10, True)}", f"серия {series} № {d(rng, 9, True)}")


def oms(rng: R, fake: Any) -> str:
    return enp(rng, fake) if rng.random() < 0.8 else old_policy(rng, fake)


MRN_KINDS = {
    "ib": lambda rng: pick(rng, d(rng, 5, True), f"{d(rng, 4, True)}/{rng.randrange(19, 26)}", f"{d(rng, 5, True)}-С",
                           f"ИБ-{d(rng, 6)}", f"{rng.randrange(2019, 2026)}/{d(rng, 5)}"),
    "amb": lambda rng: pick(rng, d(rng, 6, True), f"А-{d(rng, 5)}", f"{d(rng, 4, True)}/{d(rng, 2)}", f"АК{d(rng, 7)}"),
    "talon": lambda rng: f"{rng.randrange(1, 96):02d}.{rng.randrange(2019, 2026)}.{d(rng, 5)}.{d(rng, 3)}",
    "ref": lambda rng: pick(rng, d(rng, 4, True), f"{d(rng, 3, True)}/{rng.randrange(19, 26)}", f"НПР-{d(rng, 7)}",
                            f"{d(rng, 2, True)}-{d(rng, 5)}", f"N{d(rng, 9)}"),
    "tmk": lambda rng: pick(rng, f"ТМК-{rng.randrange(2019, 2026)}-{d(rng, 6)}", f"TMK{d(rng, 8)}", d(rng, 10, True),
                            f"{d(rng, 2)}-{d(rng, 4)}/{rng.randrange(20, 26)}"),
    "call": lambda rng: pick(rng, d(rng, 3, True), f"{d(rng, 2, True)}/{d(rng, 3)}", d(rng, 5, True), f"СА-{d(rng, 4)}"),
    "vk": lambda rng: pick(rng, d(rng, 3, True), f"{d(rng, 3, True)}-ВК", f"{d(rng, 2, True)}/{rng.randrange(19, 26)}"),
    "ipra": lambda rng: f"{d(rng, 4, True)}.{rng.randrange(1, 40)}.{rng.randrange(1, 96)}/{rng.randrange(2016, 2026)}",
    "mse": lambda rng: pick(rng, d(rng, 7), f"{d(rng, 4, True)}/{rng.randrange(2019, 2026)}"),
    "eln": lambda rng: pick(rng, "9" + d(rng, 11), "3" + d(rng, 11), "9" + d(rng, 11)),
    "lab": lambda rng: pick(rng, d(rng, 10, True), f"LB{d(rng, 8)}", f"{d(rng, 2, True)}-{d(rng, 6)}"),
    "pacs": lambda rng: pick(rng, f"A{d(rng, 9)}", f"ACC{d(rng, 7)}", f"{rng.randrange(2019, 2026)}{d(rng, 8)}"),
    "mis": lambda rng: pick(rng, d(rng, 8, True), f"PID{d(rng, 7)}", f"0{d(rng, 9)}", f"МИС-{d(rng, 6)}"),
    "emk": lambda rng: "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
    "fpass": lambda rng: pick(rng, f"{rng.choice(('AA', 'AB', 'AC', 'FA'))}{d(rng, 7)}", f"N{d(rng, 8)}",
                              f"{rng.choice(('AN', 'AR', 'ID'))}{d(rng, 7)}", f"{rng.choice(('C', 'P', 'AZE'))}{d(rng, 8)}"),
    "migr": lambda rng: pick(rng, f"{d(rng, 4, True)} {d(rng, 7)}", f"{d(rng, 4, True)} № {d(rng, 7)}"),
    "birth": lambda rng: f"{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VII'))}-{rng.choice(('МЮ', 'СТ', 'ЕР', 'АГ', 'ЛО'))}"
                         f"{rng.choice((' ', ' № ', ' №'))}{d(rng, 6)}",
    "drive": lambda rng: pick(rng, f"{d(rng, 2, True)} {d(rng, 2)} {d(rng, 6)}", f"{d(rng, 4, True)} {d(rng, 6)}"),
    "rx": lambda rng: pick(rng, f"{d(rng, 2, True)}-{d(rng, 2)}-{d(rng, 6)}", f"{d(rng, 4, True)} № {d(rng, 6)}"),
}


def mrn(rng: R, fake: Any, kind: str) -> str:
    return MRN_KINDS[kind](rng)


def mk(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A (rng, fake, case) maker from a (rng, fake, ...) value function that takes no case."""
    return lambda rng, fake, case: fn(rng, fake, *args, **kwargs)


def mk_person(shapes: tuple[str, ...], caps: bool = False, cis: float = 0.3) -> Any:
    return lambda rng, fake, case: person(rng, fake, case, shapes, caps=caps, cis=cis)


def mk_mrn(*kinds: str) -> Any:
    return lambda rng, fake, case: mrn(rng, fake, rng.choice(kinds))


def ocr(rng: R, text: str, rate: float = 0.08) -> str:
    """Scanner noise for labels and running text (Latin look-alikes, dropped or doubled spaces)."""
    swap = {"о": "o", "а": "a", "е": "e", "р": "p", "с": "c", "О": "0", "З": "3", "Н": "H", "б": "6", "В": "B",
            "М": "M", "К": "K", "у": "y", "ш": "щ", " ": "  "}
    return "".join(swap[ch] if ch in swap and rng.random() < rate else ch for ch in text)
