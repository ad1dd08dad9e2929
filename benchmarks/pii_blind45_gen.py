"""Value makers for blind split 45: names (Faker ``ru_RU`` and peoples of Russia and the CIS), dates with
times, addresses as doctors type them, and checksummed identifiers in the layouts real papers carry."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# (surname, first name, patronymic, female) of the peoples of Russia and the CIS
PEOPLES = (
    ("Хабибуллин", "Ринат", "Ильдарович", False), ("Гайнутдинова", "Гульнара", "Рашитовна", True),
    ("Магомедов", "Шамиль", "Гаджиевич", False), ("Алиева", "Патимат", "Магомедовна", True),
    ("Абдуллаев", "Рустам", "Шухратович", False), ("Юсупова", "Дильноза", "Алишеровна", True),
    ("Жумабаев", "Ерлан", "Серикович", False), ("Сейтказиева", "Айгерим", "Нурлановна", True),
    ("Саргсян", "Ашот", "Гарикович", False), ("Оганесян", "Анна", "Араиковна", True),
    ("Мамедов", "Эльдар", "Рафикович", False), ("Мамедова", "Севиль", "Ильхамовна", True),
    ("Цыденов", "Баир", "Цыренович", False), ("Цыденова", "Сэсэг", "Баировна", True),
    ("Саввинов", "Айсен", "Николаевич", False), ("Егорова", "Сардаана", "Петровна", True),
    ("Галиуллин", "Айрат", "Фаритович", False), ("Сафиуллина", "Альфия", "Маратовна", True),
    ("Ибрагимов", "Тимур", "Русланович", False), ("Эльмурзаева", "Мадина", "Ахмедовна", True),
    ("Каримов", "Бахтиёр", "Рустамович", False), ("Турсунова", "Нилуфар", "Баходировна", True),
    ("Бекмуратов", "Азамат", "Жумабекович", False), ("Асанова", "Эльвира", "Рифатовна", True),
    ("Хасанов", "Ильшат", "Ринатович", False), ("Валиева", "Лейсан", "Ильдусовна", True),
    ("Кулиев", "Ровшан", "Эльдарович", False), ("Шарипова", "Зарина", "Давлатовна", True),
)


def _fio(rng: random.Random, fake: Any, cis: float, sex: str = "") -> tuple[str, str, str, bool]:
    if rng.random() < cis:
        return rng.choice([p for p in PEOPLES if not sex or p[3] == (sex == "f")])
    female = sex == "f" if sex else rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(*shapes: str, cis: float = 0.3, lower: float = 0.0, typo: float = 0.0, sex: str = "", sep: str = " ") -> Maker:
    """Shapes as in :func:`benchmarks.pii_families.person` ("F I O", "F io", "io F", "F i o", "I O", "I F", "F",
    "F I", "I", "Fio" = "ПетроваМ.И." glued); ``lower`` the share typed all in lower case; ``typo`` a dropped dot;
    ``sex`` "f" or "m" when the sentence agrees with the person; ``sep`` what joins the parts ("^" in HL7)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, female = _fio(rng, fake, cis, sex)
        parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
                 "O": inflect_name(middle, "Patr", female, case)}
        out = []
        for token in rng.choice(shapes).split():
            if token == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif token == "i":
                out.append(f"{first[0]}.")
            elif token == "o":
                out.append(f"{middle[0]}.")
            elif token == "Fio":
                out.append(f"{parts['F']}{first[0]}.{middle[0]}.")
            else:
                out.append(parts[token])
        text = sep.join(out)
        if rng.random() < typo and text.endswith("."):
            text = text[:-1]
        if rng.random() < lower:
            text = text.lower()
        return text

    return make


# ----- dates ---------------------------------------------------------------------------------
def when(*layouts: str, years: tuple[int, int] = (1935, 2025)) -> Maker:
    """Layouts: dd d mm m yyyy yy MG (genitive) ML (locative) MN (nominative) Mc (capitalised) HH MM (time)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year, month, day = rng.randrange(*years), rng.randrange(1, 13), rng.randrange(1, 29)
        out = rng.choice(layouts)
        for key, value in (("yyyy", f"{year}"), ("yy", f"{year % 100:02d}"), ("dd", f"{day:02d}"),
                           ("mm", f"{month:02d}"), ("MG", MONTHS_GENT[month - 1]), ("ML", MONTHS_LOCT[month - 1]),
                           ("MN", MONTHS_NOMN[month - 1]), ("Mc", MONTHS_NOMN[month - 1].capitalize()),
                           ("HH", f"{rng.randrange(0, 24):02d}"), ("MM", f"{rng.randrange(0, 60):02d}"),
                           ("d", f"{day}"), ("m", f"{month}")):
            out = out.replace(key, value)
        return out

    return make


# ----- places --------------------------------------------------------------------------------
DISTRICTS = ("Кировский", "Октябрьский", "Заволжский", "Первомайский", "Ленинский", "Центральный", "Пролетарский",
             "Железнодорожный", "Московский", "Приморский", "Калининский", "Советский")
KINDS = ("ул.", "ул.", "ул.", "пр-т", "пер.", "б-р", "ш.", "проезд")


def place(*layouts: str) -> Maker:
    """Fields: {T} town, {Tl} locative, {Tg} genitive, {S} street, {k} street kind, {N} house, {K} corpus, {Q}
    flat, {P} postcode, {R} region, {V} village, {Vl} village in the locative, {D} district adj., {Dl} district
    in the locative ("Кировском")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = fake.city_name().split(" (")[0]
        village = fake.city_name().split(" (")[0]
        district = rng.choice(DISTRICTS)
        fields = {
            "T": town, "Tl": " ".join(inflect_word(w, "loct", "Geox") for w in town.split()),
            "Tg": " ".join(inflect_word(w, "gent", "Geox") for w in town.split()),
            "S": fake.street_title(), "k": rng.choice(KINDS),
            "N": str(rng.randrange(1, 150)) + rng.choice(("", "", "", "а", "б", "/1")),
            "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 300)), "P": str(rng.randrange(140000, 690000)),
            "R": fake.administrative_unit(), "V": village,
            "Vl": " ".join(inflect_word(w, "loct", "Geox") for w in village.split()),
            "D": district, "Dl": district[:-2] + "ом",
        }
        return rng.choice(layouts).format(**fields)

    return make


# ----- identifiers ---------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _lay(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _lay(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn_v(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        return _lay(layout, prefix + inn_check_digits(prefix))

    return make


def enp_v(*layouts: str) -> Maker:
    """A 16-digit unified policy number whose last digit makes the Luhn sum (the ФОМС rule)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = str(rng.randrange(1, 10)) + _d(rng, 14)
        check = next(str(c) for c in range(10) if luhn_valid(body + str(c)))
        return _lay(rng.choice(layouts), body + check)

    return make


def old_oms(*layouts: str) -> Maker:
    """An old policy: series and number ("ЕО 12 345678", "7701 № 00123456", "АБ-1234567")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        letters = "".join(rng.choice("АБВГЕКМНОРСТУХ") for _ in range(2))
        out = rng.choice(layouts).replace("LL", letters)
        return "".join(str(rng.randrange(1 if i == 0 else 0, 10)) if ch == "X" else ch for i, ch in enumerate(out))

    return make


def num(*layouts: str) -> Maker:
    """X a digit (the first one not zero), Y a year of two digits, L a capital letter, everything else literal."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        out, first = [], True
        for ch in rng.choice(layouts):
            if ch == "X":
                out.append(str(rng.randrange(1 if first else 0, 10)))
                first = False
            elif ch == "Y":
                out.append(str(rng.randrange(15, 26)))
            elif ch == "L":
                out.append(rng.choice("АБВГДЕКМНПРСТ"))
            else:
                out.append(ch)
        return "".join(out)

    return make


def phone_v(*layouts: str) -> Maker:
    """A mobile (9xx) or city number; A area digits, B subscriber digits; "C" a city code of three digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        if "CCC" in layout:
            layout = layout.replace("CCC", rng.choice(("495", "812", "343", "831", "843", "846", "861", "383")))
        area = iter("9" + _d(rng, 2))
        return "".join(next(area) if ch == "A" else str(rng.randrange(10)) if ch == "B" else ch for ch in layout)

    return make


_TRANS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "э": "e",
          "ю": "yu", "я": "ya", "ь": "", "ъ": ""}


def translit(word: str) -> str:
    return "".join(_TRANS.get(ch, ch) for ch in word.lower())


def mail() -> Maker:
    """Personal addresses as patients dictate them: surname, initials, year; Russian free mail domains."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, _, _ = _fio(rng, fake, 0.3)
        user = rng.choice((f"{translit(last)}{rng.randrange(60, 100)}", f"{translit(first)}.{translit(last)}",
                           f"{translit(first)[0]}{translit(last)}_{rng.randrange(1, 99)}", fake.user_name()))
        host = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com", "rambler.ru", "ya.ru"))
        return f"{user}@{host}"

    return make


def web() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        slug = translit(fake.last_name()).replace("'", "")
        return rng.choice((f"https://vk.com/{slug}{rng.randrange(1, 999)}", f"https://t.me/{slug}_{rng.randrange(10, 99)}",
                           f"https://disk.yandex.ru/d/{fake.pystr(min_chars=10, max_chars=14)}",
                           f"http://{slug}-med.ru/lk/{rng.randrange(1000, 99999)}", fake.url(),
                           f"https://ok.ru/profile/{rng.randrange(10**11, 10**12)}",
                           f"www.{slug}.narod.ru"))

    return make


def town_in(villages: bool = False) -> Maker:
    """A town (or village) for a slot with a case: inflected ("в Твери"), or after "г."/"с." in the nominative
    ("в г. Тверь"), sometimes with its district or region."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = fake.city_name().split(" (")[0]
        inflected = " ".join(inflect_word(w, case, "Geox") for w in town.split())
        district = rng.choice(DISTRICTS)
        region = fake.administrative_unit()
        if villages:
            return rng.choice((f"с. {town}", f"д. {town}", f"пос. {town} {district[:-2]}ого р-на",
                               f"селе {town}" if case == "loct" else f"села {town}" if case == "gent" else f"с. {town}",
                               f"дер. {town}, {region}", f"с.{town}"))
        return rng.choice((inflected, inflected, f"г. {town}", f"{inflected} ({region})", f"г.{town}",
                           f"{inflected}, {region}"))

    return make
