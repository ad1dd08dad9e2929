"""Value makers for blind split 42: names (Faker ``ru_RU`` and the peoples of Russia and the CIS),
dates with and without times, addresses, checksummed identifiers, phones, mail and links.

Every maker is ``(rng, fake, case) -> str``; the value never has leading or trailing blanks.
``build`` assembles a fragment from plain strings and ``(type, value)`` pieces and returns a
:class:`~benchmarks.pii_families.Planted` with the spans of the typed pieces.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word, surname_by_rule

# ----- assembling fragments -------------------------------------------------------------------


def build(*parts: str | tuple[str, str]) -> Planted:
    """Plain strings are context; ``(type, value)`` pieces are gold spans."""
    text, golds = "", []
    for part in parts:
        if isinstance(part, tuple):
            kind, value = part
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        else:
            text += part
    return Planted(text, golds)


def d(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = str(rng.randrange(1, 10)) + out[1:]
    return out


# ----- people ---------------------------------------------------------------------------------
# (surnames as the man bears them, men's names, women's names, fathers' names for patronymics)
_PEOPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("Галиев", "Хайруллин", "Сафин", "Гарипов", "Мухаметшин", "Валиев", "Нуриев", "Закиров", "Шарипов", "Ахметзянов"),
     ("Ринат", "Ильдар", "Айдар", "Рустем", "Марат", "Ильнур", "Раиль", "Альберт"),
     ("Гульнара", "Алсу", "Лейсан", "Резеда", "Гузель", "Айгуль", "Ильмира", "Диляра"),
     ("Ринат", "Марат", "Ильдар", "Фарит", "Рашит", "Ахат", "Рамиль")),
    (("Магомедов", "Абдуллаев", "Гасанов", "Исмаилов", "Умаров", "Гаджиев", "Муртазалиев", "Хасбулатов", "Эльмурзаев"),
     ("Магомед", "Шамиль", "Ислам", "Руслан", "Зелимхан", "Абдулла", "Ахмед", "Мурад"),
     ("Патимат", "Зарема", "Марьям", "Хадижат", "Аминат", "Мадина", "Луиза", "Седа"),
     ("Магомед", "Шамиль", "Саид", "Ахмед", "Мурад", "Расул")),
    (("Турсунов", "Каримов", "Рахимов", "Юсупов", "Норматов", "Сапаров", "Жумабаев", "Ташкенбаев", "Эргашев", "Нурматов"),
     ("Алишер", "Бахтиёр", "Фаррух", "Жасур", "Шерзод", "Нурлан", "Ерлан", "Азамат", "Улугбек", "Данияр"),
     ("Дильноза", "Гулнора", "Мохира", "Айгерим", "Жанар", "Нигора", "Шахноза", "Зарина", "Мавлюда"),
     ("Алишер", "Бахтиёр", "Нурлан", "Эркин", "Рустам", "Шухрат", "Анвар", "Бекзод")),
    (("Бадмаев", "Дашиев", "Цыренов", "Доржиев", "Намсараев", "Аммосов", "Слепцов", "Будаев"),
     ("Баир", "Булат", "Аюр", "Баяр", "Тимур", "Айаал", "Дамдин"),
     ("Сэсэг", "Туяна", "Долгор", "Баярма", "Сардана", "Туйаара", "Аюна"),
     ("Баир", "Булат", "Дашинима", "Бато", "Аюр", "Жаргал")),
    (("Саркисян", "Акопян", "Григорян", "Оганесян", "Манукян", "Бериашвили", "Гогуадзе", "Чхеидзе", "Ким", "Цой", "Пак"),
     ("Арсен", "Ашот", "Гурам", "Давид", "Тигран", "Вачаган", "Георгий", "Виктор"),
     ("Анаит", "Гаяне", "Нино", "Тамара", "Лиана", "Кристина", "Ирина"),
     ("Ашот", "Гурам", "Тигран", "Самвел", "Левон", "Валерий")),
)
_AZ = (("Мамедов", "Гусейнов", "Гасымов", "Расулов", "Агаев"), ("Эльчин", "Рашад", "Фарид", "Орхан", "Турал"),
       ("Лейла", "Севиндж", "Гюнай", "Айтен", "Нармин"), ("Рашид", "Ильхам", "Вагиф", "Эльдар", "Тофиг"))
_PATR_M = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}
_PATR_F = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}


def _patronymic(father: str, female: bool) -> str:
    if father.endswith("ий"):
        stem = father[:-2] + "ье"
    elif father.endswith(("ь", "й")):
        stem = father[:-1] + "е"
    elif father.endswith(("а", "о")):
        stem = father + "е"
    else:
        stem = father + "о"
    return stem + ("вна" if female else "вич")


def _decline_patr(patr: str, female: bool, case: str) -> str:
    if case == "nomn" or " " in patr:
        return patr
    if female and patr.endswith("на"):
        return patr[:-1] + _PATR_F[case]
    if not female and patr.endswith("ич"):
        return patr + _PATR_M[case]
    return patr


def _decline_first(name: str, female: bool, case: str) -> str:
    out = inflect_name(name, "Name", female, case)
    if out == name and case != "nomn":
        out = surname_by_rule(name, female, case)
    return out


def _ethnic(rng: random.Random, female: bool) -> tuple[str, str, str, bool, bool]:
    if rng.random() < 0.15:
        surn, men, women, fathers = _AZ
        father = rng.choice(fathers)
        patr = f"{father} {'кызы' if female else 'оглы'}"
        last = rng.choice(surn) + ("а" if female else "")
        return last, rng.choice(women if female else men), patr, female, True
    surn, men, women, fathers = rng.choice(_PEOPLES)
    last = rng.choice(surn)
    if female and last.endswith(("ов", "ев", "ин")):
        last += "а"
    return last, rng.choice(women if female else men), _patronymic(rng.choice(fathers), female), female, True


def _one(rng: random.Random, fake: Any, ethnic: float, sex: str | None) -> tuple[str, str, str, bool, bool]:
    female = rng.random() < 0.5 if sex is None else sex == "f"
    if rng.random() < ethnic:
        return _ethnic(rng, female)
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True, False
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False, False


def names(*shapes: str, ethnic: float = 0.25, lower: float = 0.0, caps: float = 0.0, sex: str | None = None) -> Maker:
    """Shapes: F I O (words), io "М.И.", i_o "М. И.", i "М.", io0 "МИ", i_o0 "М И", o "И.".
    ``sex``: "f" or "m" when the sentence around the name says which; either when None."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female, other = _one(rng, fake, ethnic, sex)
        parts = {
            "F": inflect_name(last, "Surn", female, case),
            "I": _decline_first(first, female, case) if other else inflect_name(first, "Name", female, case),
            "O": _decline_patr(middle, female, case) if other else inflect_name(middle, "Patr", female, case),
            "io": f"{first[0]}.{middle[0]}.", "i_o": f"{first[0]}. {middle[0]}.", "i": f"{first[0]}.",
            "io0": f"{first[0]}{middle[0]}", "i_o0": f"{first[0]} {middle[0]}", "o": f"{middle[0]}.",
        }
        out = " ".join(parts[token] for token in rng.choice(shapes).split())
        roll = rng.random()
        if roll < lower:
            return out.lower()
        if roll < lower + caps:
            return out.upper()
        return out

    return make


# ----- dates ----------------------------------------------------------------------------------


def when(*layouts: str, born: bool = False) -> Maker:
    """Layouts are ``str.format`` templates: {dd} {d} {mm} {m} {yyyy} {yy} {MG} {MN} {ML} {MA} {MR} {Mc}
    {hh} {mi}; {Mx} is the month in the slot's case (gent/loct, else nominative)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-95y", end_date="-1y") if born else fake.date_between(
            start_date="-12y", end_date="today")
        month = day.month - 1
        by_case = {"gent": MONTHS_GENT, "loct": MONTHS_LOCT}.get(case, MONTHS_NOMN)[month]
        return rng.choice(layouts).format(
            dd=f"{day.day:02d}", d=day.day, mm=f"{day.month:02d}", m=day.month, yyyy=day.year, yy=f"{day.year % 100:02d}",
            MG=MONTHS_GENT[month], MN=MONTHS_NOMN[month], ML=MONTHS_LOCT[month], MA=MONTHS_ABBR[month],
            MR=ROMAN[month], Mc=MONTHS_NOMN[month].capitalize(), Mx=by_case,
            hh=f"{rng.randrange(0, 24):02d}", mi=f"{rng.randrange(0, 60):02d}", h=rng.randrange(7, 20))

    return make


# ----- places ---------------------------------------------------------------------------------
_DISTRICTS = ("Кирилловский", "Тарногский", "Шарьинский", "Увинский", "Альметьевский", "Белорецкий", "Кизлярский",
              "Усть-Кутский", "Хасавюртовский", "Новоусманский", "Сернурский", "Мензелинский", "Чамзинский", "Кожевниковский")
_VILLAGE_KIND = ("с.", "д.", "пос.", "пгт", "село", "деревня", "с.", "д.")
_VILLAGES = ("Никольское", "Покровка", "Березовка", "Ивановка", "Троицкое", "Михайловка", "Знаменка", "Вознесенское",
             "Большие Вязёмы", "Верхняя Тойма", "Усть-Уда", "Кармаскалы", "Аксубаево", "Бавлы", "Ачхой-Мартан", "Гергебиль",
             "Кижинга", "Мухоршибирь", "Хатассы", "Нюрба", "Кош-Агач", "Турочак", "Балтаси", "Кукмор", "Сабинка",
             "Старая Русса", "Красный Яр", "Новоселки", "Шаля", "Юрла", "Кочёво", "Ыб", "Сыктывдин", "Малые Дербеты",
             "Кировское", "Подгорное", "Ленинское", "Сосновка", "Заречье", "Горки", "Кузьминки", "Лесное")


def place(*layouts: str) -> Maker:
    """Layouts are ``str.format`` templates: {P} postcode, {R} region (abbr.), {RF} region (full words),
    {T} town, {Tl} town in the locative, {Tg} in the genitive, {Tc} in the slot's case, {S} street name,
    {St} street with its kind (Faker), {N} house, {K} building, {Q} flat, {V} village with its kind,
    {Vn} village name, {D} district adjective, {Dg} district in the genitive."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = fake.city_name().split(" (")[0]
        region = fake.administrative_unit()
        district = rng.choice(_DISTRICTS)
        village = rng.choice(_VILLAGES)
        fields = {
            "P": fake.postcode(), "R": region,
            "RF": region.replace(" обл.", " область").replace("респ. ", "Республика ").replace(" АО", " автономный округ"),
            "T": town, "Tl": " ".join(inflect_word(w, "loct", "Geox") for w in town.split()),
            "Tg": " ".join(inflect_word(w, "gent", "Geox") for w in town.split()),
            "Tc": " ".join(inflect_word(w, case, "Geox") for w in town.split()) if case != "nomn" else town,
            "S": fake.street_title(), "St": fake.street_name(),
            "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "", "а", "б", "/1", "/3")),
            "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320)),
            "V": f"{rng.choice(_VILLAGE_KIND)} {village}", "Vn": village,
            "D": district, "Dg": district[:-2] + "ого",
        }
        return rng.choice(layouts).format(**fields)

    return make


# ----- identifiers ----------------------------------------------------------------------------


def _fill(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _fill(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + d(rng, n - 3 if n == 10 else n - 4)
        return _fill(layout, prefix + inn_check_digits(prefix))

    return make


def enp_digits(rng: random.Random) -> str:
    body = str(rng.choice((50, 77, 78, 16, 52, 66, 74, 23, 61, 2, 3, 5))).zfill(2) + d(rng, 13)
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("no Luhn digit")


def enp_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return _fill(rng.choice(layouts), enp_digits(rng))

    return make


_LETTERS = "АБВГДЕЖИКЛМНОПРСТУФХЭЮЯ"
_LATIN = "ABCEFKMNPT"


def ident(*layouts: str) -> Maker:
    """X any digit, Z a non-zero digit, L a capital Cyrillic letter, W a capital Latin letter,
    Y a recent year (yyyy), y its two digits; anything else literally."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year = rng.randrange(2014, 2026)
        out = []
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(10)))
            elif ch == "Z":
                out.append(str(rng.randrange(1, 10)))
            elif ch == "L":
                out.append(rng.choice(_LETTERS))
            elif ch == "W":
                out.append(rng.choice(_LATIN))
            elif ch == "Y":
                out.append(str(year))
            elif ch == "y":
                out.append(f"{year % 100:02d}")
            else:
                out.append(ch)
        return "".join(out)

    return make


def passport_v(*layouts: str) -> Maker:
    """A passport's series starts with a region code (01-99) and a two-digit year of issue."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        digits = f"{rng.randrange(1, 99):02d}{rng.choice((0, 1, 2, 3, 97, 98, 99, 4, 5, 6, 7, 8, 9, 10)) % 100:02d}"
        return _fill(rng.choice(layouts), digits + d(rng, 6, first_nonzero=True))

    return make


# ----- phones ---------------------------------------------------------------------------------
_CITY3 = ("495", "499", "812", "843", "846", "861", "863", "342", "351", "383", "391", "473", "831", "347", "423")
_CITY4 = ("4822", "4912", "8162", "3412", "8452", "3852", "4212", "8142", "4752", "3842", "8722", "8712")
_CITY5 = ("48234", "81853", "34241", "39153", "86132", "84548", "47354")


def tel(*layouts: str) -> Maker:
    """Layouts: M mobile code digit, C a 3-digit city code, F a 4-digit one, V a 5-digit one (each letter
    one digit of it), X subscriber digit; the rest literally."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        codes = {"M": "9" + d(rng, 2), "C": rng.choice(_CITY3), "F": rng.choice(_CITY4), "V": rng.choice(_CITY5)}
        iters = {k: iter(v) for k, v in codes.items()}
        out = []
        for ch in layout:
            if ch in iters:
                out.append(next(iters[ch]))
            elif ch == "X":
                out.append(str(rng.randrange(10)))
            else:
                out.append(ch)
        return "".join(out)

    return make


# ----- mail and links -------------------------------------------------------------------------
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))
_MAIL_HOSTS = ("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru")


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def mail() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        roll = rng.random()
        if roll < 0.3:
            return rng.choice((fake.email(), fake.free_email()))
        last, first = translit(fake.last_name_male()), translit(fake.first_name_female())
        user = rng.choice((f"{last}.{first[0]}", f"{first}{last}{rng.randrange(60, 100)}", f"{last}_{rng.randrange(1950, 2010)}",
                           f"{first[0]}{last}", f"{last}{first[:1]}{rng.randrange(1, 99)}"))
        if roll > 0.9:
            return f"{user}@{rng.choice(('crb', 'gkb2', 'okb', 'poliklinika5'))}.{rng.choice(('ru', 'med.ru', 'zdrav.ru'))}"
        return f"{user}@{rng.choice(_MAIL_HOSTS)}"

    return make


def link() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        user = translit(fake.last_name_male()) + str(rng.randrange(10, 99))
        token = "".join(rng.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(6, 11)))
        return rng.choice((
            f"https://vk.com/id{rng.randrange(10**6, 10**9)}", f"vk.com/{user}", f"https://t.me/{user}",
            f"https://ok.ru/profile/{rng.randrange(10**9, 10**12)}",
            f"https://telemed.{rng.choice(('zdrav', 'medlk', 'doctor-online'))}.ru/room/{token}",
            f"https://lk.{rng.choice(('invitro', 'helix', 'gemotest', 'cmd-online'))}.ru/results/{token}",
            f"https://pacs.{rng.choice(('okb', 'gkb1', 'rkb'))}.ru/viewer?study={rng.randrange(10**7, 10**9)}",
            f"{fake.url()}patient/{rng.randrange(1000, 99999)}", "www." + fake.domain_name() + f"/card/{token}",
            f"https://disk.yandex.ru/d/{token}",
        ))

    return make
