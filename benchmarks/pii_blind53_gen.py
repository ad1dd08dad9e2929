"""Value makers for blind split 53 (sanatorium-resort treatment and medical transfers).

Names come from Faker ``ru_RU`` or from the short lists of names of the peoples of Russia and the
CIS below; identifiers are generated with valid check digits where the real ones carry them.
Every maker takes ``(rng, fake, case)`` like the makers of :mod:`benchmarks.pii_families`.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, Maker, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- names of the peoples of Russia and the CIS (surname stem, male first names, female first names, fathers)
_PEOPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("Хайруллин", "Гарипов", "Сафиуллин", "Валиев", "Мухаметшин", "Зарипов", "Галимзянов"),
     ("Ринат", "Ильдар", "Айдар", "Рустем", "Марат", "Булат"), ("Гульнара", "Алсу", "Лейсан", "Айгуль", "Резеда"),
     ("Рашит", "Фарит", "Наиль", "Ильдус", "Габдулла"), ),
    (("Ахмадуллин", "Кильдибаев", "Юлдашев", "Ишмухаметов", "Баймурзин"),
     ("Азат", "Салават", "Урал", "Ирек"), ("Зульфия", "Гузель", "Айсылу", "Лилия"), ("Ринат", "Ирек", "Азамат")),
    (("Цыренов", "Дашиев", "Баторов", "Доржиев", "Бадмаев"),
     ("Баир", "Солбон", "Аюр", "Тумэн"), ("Сэсэг", "Туяна", "Дарима", "Арюна"), ("Жаргал", "Цырен", "Бато")),
    (("Каримов", "Юсупов", "Рахимов", "Турсунов", "Абдуллаев", "Исмаилов"),
     ("Шерзод", "Бахтиёр", "Фаррух", "Улугбек", "Жасур"), ("Дилноза", "Гулноза", "Мадина", "Нигора"),
     ("Алишер", "Рустам", "Бахром", "Илхом")),
    (("Нурланов", "Жумабаев", "Сейтказиев", "Омаров", "Ермеков"),
     ("Ерлан", "Данияр", "Асхат", "Нуржан"), ("Айгерим", "Динара", "Жанар", "Сауле"), ("Болат", "Серик", "Ержан")),
    (("Алиев", "Гасанов", "Мамедов", "Гусейнов", "Магомедов", "Расулов"),
     ("Эльдар", "Руслан", "Шамиль", "Арсен"), ("Патимат", "Эльмира", "Айшат", "Севиль"), ("Магомед", "Ислам", "Гаджи")),
    (("Иванов", "Николаев", "Егоров", "Степанов", "Платонов"),
     ("Айаал", "Мичил", "Сарыал", "Туйгун"), ("Сардана", "Айыына", "Нюргуяна", "Туйаара"), ("Семен", "Петр", "Егор")),
)
_INDECLINABLE = ("Саркисян", "Петросян", "Арутюнян", "Беридзе", "Гогишвили", "Кварацхелия", "Шевченко", "Ковальчук",
                 "Бондаренко", "Цой", "Ким", "Пак")
_INDECL_FIRST = (("Арам", "Гурген", "Давид", "Тимур", "Андрей", "Виктор"), ("Анаит", "Нино", "Ольга", "Виктория", "Лиана"))
_INDECL_FATHER = ("Ашотович", "Гивиевич", "Тарасович", "Николаевич", "Вадимович")


def _father_patr(father: str, female: bool) -> str:
    end = "на" if female else "ич"
    if father.endswith("й"):
        return father[:-1] + "ев" + end
    if father.endswith(("и", "о", "е")):
        return father + "ев" + end
    if father.endswith("а"):
        return father[:-1] + "ов" + end
    return father + "ов" + end


def _parts(rng: random.Random, fake: Any, sex: str | None = None) -> tuple[str, str, str, bool, bool]:
    """(surname, first name, patronymic, female, surname declines); ``sex`` "f"/"m" or random."""
    female = rng.random() < 0.5 if sex is None else sex == "f"
    pick = rng.random()
    if pick < 0.6:
        if female:
            return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True, True
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False, True
    if pick < 0.88:
        stems, men, women, fathers = rng.choice(_PEOPLES)
        last = rng.choice(stems) + ("а" if female else "")
        first = rng.choice(women if female else men)
        father = rng.choice(fathers)
        if rng.random() < 0.2 and stems[0] in ("Каримов", "Алиев"):
            middle = f"{father} {'кызы' if female else 'оглы' if stems[0] == 'Алиев' else 'угли'}"
            return last, first, middle, female, True
        return last, first, _father_patr(father, female), female, True
    last = rng.choice(_INDECLINABLE)
    first = rng.choice(_INDECL_FIRST[1 if female else 0])
    patr = rng.choice(_INDECL_FATHER)
    patr = patr[:-2] + "на" if female else patr
    return last, first, patr, female, not (female or last.endswith(("дзе", "швили", "ко", "ия")) or len(last) <= 3)


def pname(rng: random.Random, fake: Any, case: str = "nomn", shapes: tuple[str, ...] = ("F I O",),
          sex: str | None = None) -> str:
    """One name; shapes as in :func:`benchmarks.pii_families.person`, plus ``UP`` (capitals) and
    ``lo`` (lowercase) tokens that change the whole name."""
    last, first, middle, female, declines = _parts(rng, fake, sex)
    shape = rng.choice(shapes)
    parts = {
        "F": inflect_name(last, "Surn", female, case) if declines else last,
        "I": inflect_name(first, "Name", female, case),
        "O": " ".join(inflect_name(w, "Patr", female, case) if w not in ("кызы", "оглы", "угли") else w
                      for w in middle.split()),
    }
    out = []
    for token in shape.split():
        if token == "io":
            out.append(f"{first[0]}.{middle[0]}.")
        elif token == "i":
            out.append(f"{first[0]}.")
        elif token == "o":
            out.append(f"{middle[0]}.")
        elif token in parts:
            out.append(parts[token])
    text = " ".join(out)
    if "UP" in shape:
        text = text.upper()
    if "lo" in shape:
        text = text.lower()
    return text


def person(*shapes: str, sex: str | None = None) -> Maker:
    return lambda rng, fake, case: pname(rng, fake, case, shapes, sex)


def name3(rng: random.Random, fake: Any, sex: str | None = None) -> tuple[str, str, str]:
    """Surname, first name and patronymic of one person, nominative."""
    last, first, middle, _, _ = _parts(rng, fake, sex)
    return last, first, middle


# ----- digits ----------------------------------------------------------------------------------------------
def d(rng: random.Random, n: int, nonzero: bool = False) -> str:
    first = str(rng.randrange(1, 10)) if nonzero else str(rng.randrange(10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def lay(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(rng: random.Random, layout: str = "XXX-XXX-XXX XX") -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return lay(layout, body + snils_check_digits(body))


def inn_v(rng: random.Random, layout: str = "XXXXXXXXXXXX") -> str:
    n = layout.count("X")
    prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
    return lay(layout, prefix + inn_check_digits(prefix))


def enp_v(rng: random.Random, layout: str = "XXXXXXXXXXXXXXXX") -> str:
    body = f"{rng.randrange(1, 92):02d}" + d(rng, 13)
    check = next(c for c in "0123456789" if luhn_valid(body + c))
    return lay(layout, body + check)


def passport_v(rng: random.Random, layout: str = "XX XX XXXXXX") -> str:
    region = rng.choice(("01", "03", "04", "08", "11", "17", "25", "36", "40", "45", "46", "52", "60", "63", "71",
                         "75", "80", "82", "92", "98"))
    return lay(layout, region + f"{rng.randrange(0, 24):02d}" + d(rng, 6))


def old_policy(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.choice(('ЯМ', 'АБ', 'ХА', 'КА', 'ЕА'))} {d(rng, 7)}", f"{d(rng, 4, True)} {d(rng, 10)}",
        f"{d(rng, 2, True)}-{d(rng, 8)}", f"серия {d(rng, 2, True)} № {d(rng, 8)}",
    ))


def oms(rng: random.Random, fake: Any, case: str) -> str:
    if rng.random() < 0.22:
        return old_policy(rng)
    return enp_v(rng, rng.choice(("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX", "XXXX-XXXX-XXXX-XXXX", "XXXXXXXX XXXXXXXX")))


def eln(rng: random.Random) -> str:
    return rng.choice(("9", "2", "3")) + d(rng, 11)


def birth_cert(rng: random.Random) -> str:
    roman = rng.choice(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
    letters = rng.choice(("АГ", "КБ", "МЮ", "ЛО", "ПР", "ЕТ", "ИК"))
    return rng.choice((f"{roman}-{letters} № {d(rng, 6)}", f"{roman}-{letters} {d(rng, 6)}", f"{roman}{letters}{d(rng, 6)}"))


def voucher_no(rng: random.Random) -> str:
    """Путёвка / курсовка / обратный талон numbers: a series of letters or digits and a number."""
    return rng.choice((
        f"{rng.choice(('АБ', 'СК', 'ФСС', 'КТ', 'РЖ'))} № {d(rng, 6)}", f"{d(rng, 6)}", f"{d(rng, 2)}-{d(rng, 5)}",
        f"{d(rng, 4)}/{d(rng, 2)}", f"СК-{d(rng, 7)}", f"{rng.choice(('A', 'Б', 'В'))}{d(rng, 7)}",
    ))


def mrn(*layouts: str) -> Maker:
    """Layouts: X digit, Y year 2-digit (20-25), L a capital letter, the rest literally."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(1 if not out else 0, 10)))
            elif ch == "Y":
                out.append(str(rng.randrange(20, 26)))
            elif ch == "L":
                out.append(rng.choice("АБВГДКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


# ----- phones ----------------------------------------------------------------------------------------------
_MOBILE = ("+7 (AAA) BBB-CC-DD", "8 (AAA) BBB-CC-DD", "+7AAABBBCCDD", "8AAABBBCCDD", "8-AAA-BBB-CC-DD",
           "+7 AAA BBB CC DD", "8 AAA BBB-CC-DD", "+7(AAA)BBB-CCDD", "8(AAA)BBBCCDD", "+7 AAA BBB-CCDD", "8 AAA BBBCCDD")
_LAND = ("8 (CCCC) BB-BB-BB", "8(CCCC)BBBBBB", "(CCC) BBB-BB-BB", "8 CCC BBB BB BB", "BB-BB-BB", "+7 (CCCC) BB-BB-BB")
_CODES4 = ("8793", "8792", "3854", "8617", "3012", "4012", "3842", "8672", "3952", "8622", "8652", "3822")
_CODES3 = ("495", "812", "343", "861", "863", "347", "383", "391", "342", "351", "843", "846")


def phone_v(rng: random.Random, kind: str = "mobile") -> str:
    if kind == "mobile" or (kind == "any" and rng.random() < 0.7):
        layout = rng.choice(_MOBILE)
        digits = iter("9" + d(rng, 12))
        return "".join(next(digits) if ch in "ABCD" else ch for ch in layout)
    layout = rng.choice(_LAND)
    code_it = iter(rng.choice(_CODES4 if layout.count("C") == 4 else _CODES3))
    out = []
    for ch in layout:
        out.append(next(code_it) if ch == "C" else str(rng.randrange(10)) if ch == "B" else ch)
    return "".join(out)


def phone(kind: str = "mobile") -> Maker:
    return lambda rng, fake, case: phone_v(rng, kind)


# ----- dates -----------------------------------------------------------------------------------------------
def date_v(rng: random.Random, fake: Any, layout: str, span: str = "-6y") -> str:
    return fmt(rng, fake.date_between(start_date=span, end_date="today"), layout)


def fmt(rng: random.Random, when: Any, layout: str) -> str:
    """``when`` (a date or datetime) written in ``layout`` (yyyy yy dd mm MG MN MA Mc d hh ii)."""
    m = when.month - 1
    hour = f"{when.hour:02d}" if hasattr(when, "hour") else f"{rng.randrange(0, 24):02d}"
    minute = f"{when.minute:02d}" if hasattr(when, "minute") else f"{rng.randrange(0, 60):02d}"
    out = layout
    for key, value in (("yyyy", f"{when.year}"), ("yy", f"{when.year % 100:02d}"), ("dd", f"{when.day:02d}"),
                       ("mm", f"{when.month:02d}"), ("MG", MONTHS_GENT[m]), ("MN", MONTHS_NOMN[m]),
                       ("MA", MONTHS_ABBR[m]), ("Mc", MONTHS_NOMN[m].capitalize()), ("d", f"{when.day}"),
                       ("hh", hour), ("ii", minute)):
        out = out.replace(key, value)
    return out


def date(*layouts: str, span: str = "-6y") -> Maker:
    return lambda rng, fake, case: date_v(rng, fake, rng.choice(layouts), span)


def dob(rng: random.Random, fake: Any, layout: str = "dd.mm.yyyy", kid: bool = False) -> str:
    born = fake.date_between(start_date="-17y" if kid else "-88y", end_date="-1y" if kid else "-18y")
    return fmt(rng, born, layout)


def two_dates(rng: random.Random, fake: Any, layouts: tuple[str, str], days: int = 10) -> tuple[str, str]:
    """Two dates (or date-times) in order, the second 0..``days`` days after the first."""
    from datetime import timedelta

    first = fake.date_time_between(start_date="-5y", end_date="now")
    second = first + timedelta(days=rng.randrange(0, days + 1), minutes=rng.randrange(30, 600))
    return fmt(rng, first, layouts[0]), fmt(rng, second, layouts[1])


def stay(rng: random.Random, fake: Any) -> tuple[str, str]:
    """Arrival and departure of a 14-24 day stay, both dd.mm.yyyy."""
    start = fake.date_between(start_date="-3y", end_date="+60d")
    from datetime import timedelta

    end = start + timedelta(days=rng.choice((14, 18, 21, 24, 10)))
    return start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")


# ----- places ----------------------------------------------------------------------------------------------
_DISTRICTS = ("Алтайский", "Курманаевский", "Усть-Канский", "Предгорный", "Кировский", "Баргузинский", "Тункинский",
              "Кабанский", "Мензелинский", "Белорецкий", "Ишимбайский", "Чемальский", "Зеленодольский", "Гайнский")


def town(fake: Any) -> str:
    return fake.city_name().split("(")[0].strip()


def addr_v(rng: random.Random, fake: Any, style: str = "any", case: str = "nomn") -> str:
    t, s = town(fake), fake.street_title()
    n, q = str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "б", "/1")), str(rng.randrange(1, 300))
    r, dist, v = fake.administrative_unit(), rng.choice(_DISTRICTS), town(fake)
    idx = str(rng.randrange(101000, 692999))
    city = {
        "full": (f"{idx}, {r}, г. {t}, ул. {s}, д. {n}, кв. {q}", f"{r}, г. {t}, ул. {s}, д. {n}, кв. {q}",
                 f"{idx}, г. {t}, ул. {s}, д. {n}, корп. {rng.randrange(1, 5)}, кв. {q}",
                 f"г. {t}, ул. {s}, {n}-{q}", f"{t}, {s} ул., д.{n}, кв.{q}", f"г.{t}, ул.{s}, д.{n}, кв.{q}",
                 f"ул. {s}, д. {n}, кв. {q}, г. {t}", f"{r}, {dist} р-н, с. {v}, ул. {s}, д. {n}",
                 f"{dist} р-н, пос. {v}, ул. {s}, {n}", f"{t} г, {s} ул, дом {n}, кв {q}"),
        "rural": (f"{r}, {dist} р-н, с. {v}", f"с. {v} {dist[:-2]}ого р-на", f"{dist} район, д. {v}",
                  f"пос. {v}, {r}", f"с. {v}, ул. {s}, {n}", f"пгт {v}"),
        "town": (f"г. {t}", t, f"{t}, {r}", f"г. {t}, {r}"),
    }
    if style == "any":
        style = rng.choice(("full", "full", "rural", "town"))
    if style == "case":
        return rng.choice((inflect_word(t, case, "Geox") if " " not in t else t, f"г. {t}", f"с. {v}"))
    return rng.choice(city[style])


def address(style: str = "any") -> Maker:
    return lambda rng, fake, case: addr_v(rng, fake, style, case)


# ----- email / url -----------------------------------------------------------------------------------------
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())


def email_v(rng: random.Random, fake: Any) -> str:
    last, first = fake.last_name(), fake.first_name()
    user = rng.choice((f"{translit(last)}.{translit(first)[0]}", f"{translit(first)}{rng.randrange(60, 100)}",
                       f"{translit(last)}_{rng.randrange(1, 999)}", f"{translit(first)[0]}.{translit(last)}"))
    dom = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru"))
    return rng.choice((f"{user}@{dom}", fake.free_email(), f"{user.upper() if rng.random() < 0.1 else user}@{dom}"))


def url_v(rng: random.Random, fake: Any) -> str:
    return rng.choice((
        f"https://www.gosuslugi.ru/600{d(rng, 3)}/1/form?orderId={d(rng, 10, True)}",
        f"https://lk.sfr.gov.ru/voucher/{d(rng, 9, True)}", f"https://mis.{translit(fake.city_name())[:8]}.ru/emk/{d(rng, 7)}",
        f"https://tmk.{fake.domain_name()}/consult/{d(rng, 6)}", f"http://{fake.domain_name()}/lk?pid={d(rng, 8)}",
        f"{fake.domain_name()}/patients/{d(rng, 6)}", f"https://disk.yandex.ru/d/{fake.lexify('???????????')}",
        f"https://vk.com/id{d(rng, 9, True)}",
    ))


# ----- blocks ----------------------------------------------------------------------------------------------
class B:
    """Text builder for block families: ``t`` writes plain text, ``v`` writes a gold value."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> B:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> B:
        value = value.strip()
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def ocr(rng: random.Random, label: str, p: float = 0.3) -> str:
    """OCR noise in a printed label (never in the values)."""
    if rng.random() > p:
        return label
    table = {"о": "0", "О": "0", "л": "п", "и": "н", "З": "3", "б": "6", "е": "с", "т": "г", "ш": "щ"}
    chars = list(label)
    for _ in range(rng.randrange(1, 3)):
        i = rng.randrange(len(chars))
        chars[i] = table.get(chars[i], chars[i])
    return "".join(chars)
