"""Value makers for blind split 57: names of the peoples of Russia and the CIS, dates with times,
checksummed identifiers (ЕНП, СНИЛС, ИНН), passports and the many record numbers of a clinic.

Every maker has the planting signature ``(rng, fake, case) -> str``; identifiers are generated here,
never copied.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker, _person
from medsyn_dataset.validation.pii.checksums import inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- people ----------------------------------------------------------------------------------
# (surname in the masculine, male given names, female given names, fathers' names) by people
_PEOPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("Хабибуллин", "Гарипов", "Сафиуллин", "Мухаметшин", "Валиев", "Закиров", "Нуриев", "Галимзянов"),
     ("Ильдар", "Ринат", "Рустем", "Айдар", "Марат", "Рамиль"), ("Гульнара", "Алсу", "Лейсан", "Резеда", "Эльвира"),
     ("Ринат", "Ильдар", "Фарит", "Рашит", "Наиль")),
    (("Ахмедов", "Мамедов", "Гусейнов", "Алиев", "Исмаилов", "Гасанов"),
     ("Эльчин", "Рашад", "Фарид", "Тимур", "Ахмед"), ("Севда", "Айтен", "Гюнай", "Лейла", "Зарема"),
     ("Рашид", "Ахмед", "Тофик", "Гасан")),
    (("Кадыров", "Умаров", "Магомедов", "Абдулаев", "Хасанов", "Исаев"),
     ("Магомед", "Руслан", "Ислам", "Шамиль", "Адам"), ("Зарема", "Мадина", "Хеда", "Луиза", "Аминат"),
     ("Магомед", "Султан", "Ибрагим", "Муса")),
    (("Нурмагамбетов", "Жумабаев", "Сейткалиев", "Тулегенов", "Байжанов"),
     ("Нурлан", "Ерлан", "Даурен", "Асхат", "Бауыржан"), ("Асель", "Айгерим", "Динара", "Сауле", "Жанна"),
     ("Нурлан", "Серик", "Болат", "Кайрат")),
    (("Юлдашев", "Рахимов", "Каримов", "Турсунов", "Эргашев", "Мирзаев"),
     ("Бахтияр", "Шерзод", "Азиз", "Фаррух", "Улугбек"), ("Дилноза", "Нигора", "Гульчехра", "Феруза", "Малика"),
     ("Бахтияр", "Рустам", "Алишер", "Шухрат")),
    (("Цыдендамбаев", "Дашиев", "Бадмаев", "Жамсуев", "Очиров"),
     ("Баир", "Булат", "Жаргал", "Солбон", "Аюр"), ("Туяна", "Сэсэг", "Дарима", "Арюна", "Баирма"),
     ("Баир", "Дамба", "Цырен", "Дугар")),
    (("Саввинов", "Егоров", "Степанов", "Слепцов", "Аргунов", "Винокуров"),
     ("Айсен", "Эрхан", "Нюргун", "Айаал", "Мичил"), ("Сардана", "Туйаара", "Айыына", "Нарыйа", "Кюннэй"),
     ("Николай", "Семен", "Егор", "Иннокентий")),
)
_INDECL = ("Саркисян", "Петросян", "Акопян", "Григорян", "Беридзе", "Гогашвили", "Кобахидзе", "Церетели",
           "Шевченко", "Бондаренко", "Коваленко", "Лысенко", "Кравчук", "Ковальчук")
_ARM_GEO_M = ("Армен", "Ашот", "Гурген", "Давид", "Георгий", "Тигран", "Вахтанг", "Леван")
_ARM_GEO_F = ("Анаит", "Лилит", "Нино", "Тамара", "Кетеван", "Гаяне", "Марине")


def _patronymic(father: str, female: bool) -> str:
    if father[-1] in "йь":
        stem = father[:-1] + "е"
    elif father[-1] == "а":
        stem = father + "е"
    else:
        stem = father + "о"
    if father[-1] not in "йьа" and father[-1] in "жшчщц":
        stem = father + "е"
    return stem + ("вна" if female else "вич")


def _cis_person(rng: random.Random, female: bool) -> tuple[str, str, str, bool]:
    if rng.random() < 0.25:
        last = rng.choice(_INDECL)
        first = rng.choice(_ARM_GEO_F if female else _ARM_GEO_M)
        middle = _patronymic(rng.choice(_ARM_GEO_M), female)
        return last, first, middle, female
    surnames, males, females, fathers = rng.choice(_PEOPLES)
    last = rng.choice(surnames)
    if female and last.endswith(("ов", "ев", "ин")):
        last += "а"
    first = rng.choice(females if female else males)
    return last, first, _patronymic(rng.choice(fathers), female), female


_A_ENDS = {"gent": "ы", "datv": "е", "ablt": "ой", "loct": "е", "accs": "у"}
_HARD_ENDS = {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е", "accs": "а"}


def _given(first: str, female: bool, case: str) -> str:
    """A given name in ``case``; names the dictionary does not know are declined by their ending
    (-а like Дарима -> Даримой, a man's consonant like Солбон -> Солбоном); others stay as they are."""
    form = inflect_name(first, "Name", female, case)
    if form != first or case == "nomn":
        return form
    if first.endswith("а"):
        end = _A_ENDS[case]
        if case == "gent" and first[-2] in "гкхжшчщ":
            end = "и"
        return first[:-1] + end
    if not female and first[-1] not in "аеёиоуыэюяь":
        return first + _HARD_ENDS[case]
    return first


def person57(*shapes: str, cis: float = 0.35, lower: float = 0.0, caps: float = 0.0, sex: str = "") -> Maker:
    """Like :func:`benchmarks.pii_families.person`, but a share of names come from the peoples of Russia and
    the CIS, and a share are typed in lowercase or CAPS; ``sex`` "f"/"m" fixes the sex. Shapes: F I O, io, i o, i, o, "i.o." without dots "io_"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        female = sex == "f" if sex else rng.random() < 0.5
        if rng.random() < cis:
            last, first, middle, female = _cis_person(rng, female)
        else:
            last, first, middle, female = _person(fake, rng)
            while sex and female != (sex == "f"):
                last, first, middle, female = _person(fake, rng)
        parts = {"F": inflect_name(last, "Surn", female, case), "I": _given(first, female, case),
                 "O": inflect_name(middle, "Patr", female, case)}
        out = []
        for token in rng.choice(shapes).split():
            if token == "io":
                out.append(f"{first[0]}.{middle[0]}.")
            elif token == "io_":
                out.append(f"{first[0]}{middle[0]}")
            elif token == "i":
                out.append(f"{first[0]}.")
            elif token == "o":
                out.append(f"{middle[0]}.")
            else:
                out.append(parts[token])
        text = " ".join(out)
        roll = rng.random()
        if roll < lower:
            return text.lower()
        if roll < lower + caps:
            return text.upper()
        return text

    return make


# ----- dates -----------------------------------------------------------------------------------
def date57(*layouts: str, past: str = "-30y") -> Maker:
    """Layouts: dd d mm m yyyy yy MG MN ML MA Mc, and HH:MM (a time). Event dates by default (last 30 years);
    ``past="-95y"`` for a birth date."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date=past, end_date="today")
        month = day.month - 1
        out = rng.choice(layouts)
        hour, minute = rng.randrange(0, 24), rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55, rng.randrange(60)))
        for key, value in (
            ("HH", f"{hour:02d}"), ("MM", f"{minute:02d}"), ("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"),
            ("dd", f"{day.day:02d}"), ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[month]), ("MN", MONTHS_NOMN[month]),
            ("ML", MONTHS_LOCT[month]), ("MA", MONTHS_ABBR[month]), ("Mc", MONTHS_NOMN[month].capitalize()),
            ("d", f"{day.day}"), ("m", f"{day.month}"),
        ):
            out = out.replace(key, value)
        return out

    return make


# ----- places ----------------------------------------------------------------------------------
_DISTRICTS = ("Альметьевский", "Зеленодольский", "Чебоксарский", "Стерлитамакский", "Тайшетский", "Кизлярский",
              "Мегино-Кангаласский", "Иволгинский", "Ленинский", "Заводской", "Всеволожский", "Белебеевский")
_STREET_KINDS = (("ул.", "ул"), ("ул.", "улица"), ("ул.", "Ул."))


def place57(*layouts: str) -> Maker:
    """Layouts with {P} index, {R} region, {T} town, {Tc} town in the slot's case, {Tl} locative,
    {Tg} genitive, {S} street, {k} street kind, {N} house, {K} korpus, {Q} flat, {V} village, {D} district,
    {Dg} district in the genitive."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town = fake.city_name().split(" (")[0]
        district = rng.choice(_DISTRICTS)
        fields = {
            "P": f"{rng.randrange(101000, 692999)}", "R": fake.administrative_unit(), "T": town,
            "Tc": " ".join(inflect_word(w, case, "Geox") for w in town.split()),
            "Tl": inflect_word(town, "loct", "Geox"), "Tg": inflect_word(town, "gent", "Geox"),
            "S": fake.street_title(), "k": rng.choice(rng.choice(_STREET_KINDS)),
            "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "б", "/1")),
            "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320)), "V": fake.city_name().split(" (")[0],
            "D": district, "Dg": district[:-2] + "ого",
        }
        return rng.choice(layouts).format(**fields)

    return make


# ----- checksummed identifiers -----------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _lay(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return str((10 - total % 10) % 10)


def enp57(*layouts: str) -> Maker:
    """A 16-digit ЕНП (Luhn-valid) laid out by ``layouts`` (X = digit)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = rng.choice(("77", "50", "78", "16", "02", "66", "54", "23", "61", "05", "03", "14")) + _d(rng, 13)
        return _lay(rng.choice(layouts), body + _luhn_digit(body))

    return make


def old_oms57() -> Maker:
    """An old series+number policy (before 2011): "ЯМ 1234567", "7700 12345678", "ЕА № 0012345"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        kind = rng.randrange(3)
        if kind == 0:
            return f"{rng.choice(('ЯМ', 'ЕА', 'КМ', 'ВС', 'АБ'))} {_d(rng, 7)}"
        if kind == 1:
            return f"{rng.choice(('7700', '5000', '0202', '1601'))} {_d(rng, 8)}"
        return f"{rng.choice(('РТ', 'ТМ', 'АО'))} № {_d(rng, 6)}"

    return make


def snils57(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _lay(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn57(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 92):02d}" + _d(rng, n - 3 if n == 10 else n - 4)
        return _lay(layout, prefix + inn_check_digits(prefix))

    return make


def passport57(*layouts: str) -> Maker:
    """Series = region (2 digits) + year of the form (2 digits), then a 6-digit number; S=series, X=number."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = f"{rng.choice((45, 46, 40, 92, 80, 3, 63, 65, 75, 11, 82, 98, 22, 52)):02d}{rng.randrange(0, 25):02d}"
        number = f"{rng.randrange(100000, 999999)}"
        it = iter(series + number)
        return "".join(next(it) if ch in "SX" else ch for ch in rng.choice(layouts))

    return make


# ----- record numbers --------------------------------------------------------------------------
def _year(rng: random.Random) -> int:
    return rng.randrange(2012, 2026)


_MRN_KINDS = {
    "history": lambda r: rng_choice(r, (f"{_d(r, 5)}", f"{_d(r, 4)}/{_year(r) % 100}", f"{_d(r, 5)}-{_year(r)}",
                                        f"ИБ-{_year(r)}-{_d(r, 5)}", f"{_d(r, 3)}/С")),
    "card": lambda r: rng_choice(r, (f"{_d(r, 6)}", f"А-{_d(r, 5)}", f"{_d(r, 2)}-{_d(r, 4)}", f"{_d(r, 5)}/{r.randrange(1, 40)}")),
    "emk": lambda r: rng_choice(r, (f"{_d(r, 9)}", f"{r.randrange(1, 9)}{_d(r, 11)}", f"PID{_d(r, 7)}", f"MR-{_d(r, 8)}")),
    "sample": lambda r: rng_choice(r, (f"{_d(r, 10)}", f"{_year(r) % 100}{_d(r, 8)}", f"Б-{_d(r, 6)}",
                                       f"ГИ {_year(r) % 100}-{_d(r, 5)}")),
    "accession": lambda r: rng_choice(r, (f"CT{_year(r)}{_d(r, 6)}", f"MR-{_d(r, 7)}", f"RX{_d(r, 8)}",
                                          f"1.2.643.5.1.13.{_d(r, 4)}.{_d(r, 6)}")),
    "eln": lambda r: f"9{_d(r, 11)}",
    "referral": lambda r: rng_choice(r, (f"{_d(r, 7)}", f"{_d(r, 4)}-{_d(r, 6)}", f"НП{_d(r, 8)}")),
    "rx": lambda r: rng_choice(r, (f"{_d(r, 2)}-{_d(r, 2)} {_d(r, 7)}", f"{_d(r, 13)}", f"{_d(r, 4)}{_d(r, 10)}")),
    "call": lambda r: rng_choice(r, (f"{_d(r, 4)}", f"{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 2)}")),
    "cert": lambda r: rng_choice(r, (f"{_d(r, 2)} {_d(r, 6)}", f"{_d(r, 9)}", f"{_year(r)}-{_d(r, 6)}")),
    "birth_cert": lambda r: f"{rng_choice(r, ('I', 'II', 'III', 'IV', 'V', 'VI'))}-{rng_choice(r, ('МЮ', 'КБ', 'ЛО', 'ИК', 'АР'))} {_d(r, 6)}",
    "foreign_pass": lambda r: rng_choice(r, (f"AA{_d(r, 7)}", f"N{_d(r, 8)}", f"FA{_d(r, 7)}", f"AB {_d(r, 7)}",
                                             f"AN{_d(r, 7)}", f"{_d(r, 2)} {_d(r, 7)}")),
    "migration": lambda r: f"{_d(r, 4)} {_d(r, 7)}",
    "driver": lambda r: rng_choice(r, (f"{_d(r, 2)} {_d(r, 2)} {_d(r, 6)}", f"{_d(r, 4)}{_d(r, 6)}")),
}


def rng_choice(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)


def mrn57(*kinds: str) -> Maker:
    """A record number of one of ``kinds`` (see ``_MRN_KINDS``)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return _MRN_KINDS[rng.choice(kinds)](rng)

    return make


# ----- contacts --------------------------------------------------------------------------------
_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
                           "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                           "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                           "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


def email57() -> Maker:
    """Personal mail the way people type it: translit name + year, corporate clinic mail, the fake's own."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last = fake.last_name().lower().translate(_TRANSLIT)
        first = fake.first_name().lower().translate(_TRANSLIT)
        host = rng.choice(("mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "rambler.ru", "ya.ru"))
        kind = rng.randrange(5)
        if kind == 0:
            return f"{last}.{first[0]}@{host}"
        if kind == 1:
            return f"{first}{last}{rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(1965, 2010)}@{host}"
        if kind == 2:
            return f"{first[0]}.{last}@{rng.choice(('crb-zel', 'gkb4', 'okb-kazan', 'rkb.tatar', 'poliklinika12'))}.ru"
        if kind == 3:
            return f"{last}_{first}@{host}"
        return fake.free_email()

    return make


def url57(*kinds: int) -> Maker:
    """Links that identify a person: 0 a VK page, 1 a shared Yandex folder, 2 a Telegram account, 3 a Mail.ru
    cloud folder, 4 a telemedicine room, 5 a patient's page in a clinic's portal, 6 a personal QR-code link
    (certificate or e-prescription check); 0-5 by default."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        nick = fake.user_name()
        kind = rng.choice(kinds or (0, 1, 2, 3, 4, 5))
        if kind == 0:
            return f"https://vk.com/{nick}"
        if kind == 1:
            return f"https://disk.yandex.ru/d/{_token(rng, 14)}"
        if kind == 2:
            return f"https://t.me/{nick}"
        if kind == 3:
            return f"https://cloud.mail.ru/public/{_token(rng, 4)}/{_token(rng, 9)}"
        if kind == 4:
            return f"https://telemed.{fake.domain_name()}/room/{_d(rng, 8)}"
        if kind == 6:
            return rng.choice((f"https://www.gosuslugi.ru/covid-cert/verify/{_d(rng, 16)}?lang=ru&ck={_token(rng, 32)}",
                               f"https://www.gosuslugi.ru/vaccine/cert/verify/{_token(rng, 8)}-{_token(rng, 4)}",
                               f"https://emias.info/rx/{_d(rng, 13)}", f"https://zdrav.{fake.domain_name()}/qr/{_token(rng, 12)}"))
        return f"{fake.url()}patients/{_d(rng, 6)}"

    return make


def _token(rng: random.Random, n: int) -> str:
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))
