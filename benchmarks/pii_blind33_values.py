"""Value makers for blind split 33: names (Faker ``ru_RU`` and peoples of Russia and the CIS),
dates with times, addresses, checksummed identifiers and the numbers of medical papers.

Every maker has the planting signature ``(rng, fake, case) -> str``; ``case`` is the grammatical
case the frame's slot asks for (only names and some place names change with it).
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Maker
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- names of the peoples of Russia and the CIS (surname, first name, patronymic) -----------
CIS_MALE = (
    ("Магомедов", "Руслан", "Ахмедович"), ("Гаджиев", "Шамиль", "Магомедович"), ("Абдуллаев", "Тимур", "Рашидович"),
    ("Хасанов", "Ильдар", "Ринатович"), ("Галиуллин", "Айдар", "Фаритович"), ("Сабиров", "Рустам", "Ильдусович"),
    ("Юсупов", "Азат", "Фанисович"), ("Каримов", "Бахтиёр", "Умарович"), ("Рахимов", "Фаррух", "Шавкатович"),
    ("Назаров", "Далер", "Саидович"), ("Алиев", "Эльчин", "Вагифович"), ("Мамедов", "Рауф", "Ильхамович"),
    ("Оганесян", "Ашот", "Гагикович"), ("Саргсян", "Арам", "Карэнович"), ("Гелашвили", "Георгий", "Зурабович"),
    ("Беридзе", "Давид", "Отарович"), ("Цыденов", "Баир", "Дашиевич"), ("Намсараев", "Жаргал", "Батоевич"),
    ("Егоров", "Айаал", "Семёнович"), ("Саввинов", "Эрчим", "Николаевич"), ("Кадыров", "Ислам", "Хамзатович"),
    ("Дудаев", "Адам", "Русланович"), ("Токтогулов", "Нурлан", "Бакытович"), ("Жумабаев", "Ерлан", "Серикович"),
    ("Нуриев", "Марат", "Рифович"), ("Ахметшин", "Ринат", "Маратович"), ("Иксанов", "Салават", "Азатович"),
    ("Хабибуллин", "Радик", "Минуллович"), ("Шарипов", "Сухроб", "Бахромович"), ("Ибрагимов", "Мурад", "Гасанович"),
)
CIS_FEMALE = (
    ("Магомедова", "Патимат", "Гаджиевна"), ("Абдуллаева", "Зарема", "Руслановна"), ("Хасанова", "Гульнара", "Ринатовна"),
    ("Галиуллина", "Алсу", "Ильдаровна"), ("Сабирова", "Лейсан", "Фанисовна"), ("Юсупова", "Гузель", "Азатовна"),
    ("Каримова", "Дилноза", "Умаровна"), ("Рахимова", "Мадина", "Шавкатовна"), ("Назарова", "Зарина", "Саидовна"),
    ("Алиева", "Севиль", "Вагифовна"), ("Мамедова", "Лейла", "Ильхамовна"), ("Оганесян", "Анаит", "Гагиковна"),
    ("Саргсян", "Лусине", "Араиковна"), ("Гелашвили", "Нино", "Зурабовна"), ("Цыденова", "Сэсэг", "Дашиевна"),
    ("Намсараева", "Туяна", "Баировна"), ("Саввинова", "Сардаана", "Петровна"), ("Кадырова", "Хава", "Ислановна"),
    ("Жумабаева", "Айгерим", "Ерлановна"), ("Токтогулова", "Айжан", "Нурлановна"), ("Ахметшина", "Ильмира", "Маратовна"),
    ("Нуриева", "Резеда", "Рифовна"), ("Иксанова", "Айгуль", "Салаватовна"), ("Шарипова", "Нигора", "Бахромовна"),
    ("Ибрагимова", "Марьям", "Гасановна"), ("Хабибуллина", "Эльвира", "Минулловна"),
)
_HUSH = "гкхжшчщ"


def _decl_given(word: str, female: bool, case: str) -> str:
    """First names and patronymics the dictionary may not know, by the ordinary noun rules."""
    if case == "nomn":
        return word
    low = word.lower()
    if low.endswith(("вич", "ич")):
        return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": "ем", "loct": "е"}[case]
    if low.endswith(("вна", "чна")):
        return word[:-1] + {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}[case]
    if low.endswith("а"):
        gent = "и" if low[-2:-1] in _HUSH else "ы"
        return word[:-1] + {"gent": gent, "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}[case]
    if low.endswith("я"):
        return word[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
    if female or low[-1:] in "оеиуюэы":
        return word
    if low.endswith("й"):
        return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
    ablt = "ем" if low[-1:] in "жшчщц" else "ом"
    return word + {"gent": "а", "datv": "у", "accs": "а", "ablt": ablt, "loct": "е"}[case]


def _parts(rng: random.Random, fake: Any, case: str, pool: str) -> tuple[str, str, str, str, str, str]:
    """(surname, first, patronymic) in ``case`` and the nominative first name and patronymic."""
    female = rng.random() < 0.5
    if pool == "cis" or (pool == "mix" and rng.random() < 0.35):
        last, first, middle = rng.choice(CIS_FEMALE if female else CIS_MALE)
        return (inflect_name(last, "Surn", female, case), _decl_given(first, female, case),
                _decl_given(middle, female, case), first, middle, "f" if female else "m")
    if female:
        last, first, middle = fake.last_name_female(), fake.first_name_female(), fake.middle_name_female()
    else:
        last, first, middle = fake.last_name_male(), fake.first_name_male(), fake.middle_name_male()
    return (inflect_name(last, "Surn", female, case), inflect_name(first, "Name", female, case),
            inflect_name(middle, "Patr", female, case), first, middle, "f" if female else "m")


def name(*shapes: str, pool: str = "mix", caps: float = 0.0, lower: float = 0.0) -> Maker:
    """Shapes: F surname, I first name, O patronymic, "io" = "М.И.", "i o" = "М. И.", "i" = "М.",
    "io_" = "М.И" (no final dot, as hurried typists leave it)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        last, first, middle, first0, middle0, _ = _parts(rng, fake, case, pool)
        out = []
        for token in rng.choice(shapes).split():
            out.append({"F": last, "I": first, "O": middle, "io": f"{first0[0]}.{middle0[0]}.",
                        "i": f"{first0[0]}.", "o": f"{middle0[0]}.", "io_": f"{first0[0]}.{middle0[0]}",
                        "i_o": f"{first0[0]}. {middle0[0]}."}[token.replace("+", "_")])
        text = " ".join(out)
        roll = rng.random()
        if roll < caps:
            return text.upper()
        if roll < caps + lower:
            return text.lower()
        return text

    return make


# ----- dates -------------------------------------------------------------------------------
_SPANS = {"birth": ("-92y", "-1y"), "adult": ("-85y", "-18y"), "event": ("-12y", "today"),
          "recent": ("-2y", "today"), "future": ("today", "+90d")}


def when(*layouts: str, span: str = "event") -> Maker:
    """Layouts in str.format fields: {d} {dd} {m} {mm} {yyyy} {yy} {MG} {MN} {Mc} {ML} {MA} {MR}
    {hh} {nn} {ss} (hours, minutes, seconds)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        start, end = _SPANS[span]
        day = fake.date_between(start_date=start, end_date=end)
        k = day.month - 1
        return rng.choice(layouts).format(
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", yyyy=day.year,
            yy=f"{day.year % 100:02d}", MG=MONTHS_GENT[k], MN=MONTHS_NOMN[k], Mc=MONTHS_NOMN[k].capitalize(),
            ML=MONTHS_LOCT[k], MA=MONTHS_ABBR[k], MR=ROMAN[k], hh=f"{rng.randrange(0, 24):02d}",
            nn=f"{rng.randrange(0, 60):02d}", ss=f"{rng.randrange(0, 60):02d}")

    return make


# ----- places ------------------------------------------------------------------------------
_DISTRICTS = ("Ленинский", "Кировский", "Октябрьский", "Советский", "Заволжский", "Первомайский", "Центральный",
              "Пригородный", "Зеленодольский", "Альметьевский", "Туймазинский", "Хасавюртовский", "Чегемский")
_SNT = ("Ромашка", "Рассвет", "Берёзка", "Дружба", "Садовод", "Локомотив", "Мичуринец")


def _town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def place(*layouts: str) -> Maker:
    """Fields: {P} index, {R} region as Faker writes it, {RF} with full words, {T} town, {Tc} town
    in the slot's case, {S} street, {N} house, {K} building, {Q} flat, {V} village, {Vc} village in
    the slot's case, {D} district adjective, {Dg} in the genitive, {G} a garden partnership."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        town, village = _town(fake), _town(fake)
        district = rng.choice(_DISTRICTS)
        region = fake.administrative_unit()
        return rng.choice(layouts).format(
            P=rng.randrange(101000, 692999), R=region,
            RF=region.replace(" обл.", " область").replace("респ. ", "Республика "),
            T=town, Tc=" ".join(inflect_word(w, case, "Geox") for w in town.split()),
            S=fake.street_title(), N=str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "б", "/1")),
            K=rng.randrange(1, 6), Q=rng.randrange(1, 320), V=village,
            Vc=" ".join(inflect_word(w, case, "Geox") for w in village.split()),
            D=district, Dg=district[:-2] + "ого", G=rng.choice(_SNT))

    return make


# ----- state identifiers --------------------------------------------------------------------
def _fill(layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils33(*layouts: str) -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
        return _fill(rng.choice(layouts), body + snils_check_digits(body))

    return make


def inn33(*layouts: str) -> Maker:
    """X-layouts of 12 (a person) or 10 (an organisation) digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        n = layout.count("X")
        prefix = f"{rng.randrange(1, 90):02d}" + "".join(str(rng.randrange(10)) for _ in range(n - 3 if n == 10 else n - 4))
        return _fill(layout, prefix + inn_check_digits(prefix))

    return make


_OKATO = ("45", "46", "40", "41", "92", "80", "65", "60", "36", "22", "52", "50", "04", "03", "82", "97", "18", "57")


def passport(*layouts: str) -> Maker:
    """Layouts with R (region code), Y (two year digits), X (number digits)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        region = rng.choice(_OKATO)
        year = f"{rng.choice(list(range(0, 25)) + list(range(97, 100))):02d}"
        digits = iter(region + year + f"{rng.randrange(100000, 999999)}")
        return "".join(next(digits) if ch in "RYX" else ch for ch in rng.choice(layouts))

    return make


def enp(*layouts: str) -> Maker:
    """A 16-digit unified policy number whose last digit makes the Luhn sum."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        body = rng.choice(("77", "50", "78", "16", "02", "66", "23", "61", "05", "54")) + "".join(
            str(rng.randrange(10)) for _ in range(13))
        check = next(str(d) for d in range(10) if luhn_valid(body + str(d)))
        return _fill(rng.choice(layouts), body + check)

    return make


def old_policy(rng: random.Random, fake: Any, case: str) -> str:
    """An old-style policy: a series and a number."""
    series = rng.choice(("ЯМ", "РТ", "ВС", "АА", "КМ", "ТО", "ЕА"))
    n = "".join(str(rng.randrange(10)) for _ in range(rng.choice((6, 8, 9))))
    digits4 = f"{rng.randrange(1000, 9999)}"
    return rng.choice((f"{series} {n}", f"{series} № {n}", f"{digits4} {n}", f"{digits4}-{n}", f"{series}{n}"))


# ----- the numbers of medical papers ----------------------------------------------------------
def _dd(rng: random.Random, n: int, lead: bool = True) -> str:
    first = str(rng.randrange(1, 10)) if lead else str(rng.randrange(10))
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def pattern(*layouts: str) -> Maker:
    """Fields: {n3}..{n12} digit runs (no leading zero), {z4}/{z6} zero-padded, {yy}/{yyyy} a
    recent year, {L} a capital letter, {h8} hex digits."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        year = rng.randrange(2015, 2026)
        return rng.choice(layouts).format(
            n2=_dd(rng, 2), n3=_dd(rng, 3), n4=_dd(rng, 4), n5=_dd(rng, 5), n6=_dd(rng, 6), n7=_dd(rng, 7),
            n8=_dd(rng, 8), n9=_dd(rng, 9), n10=_dd(rng, 10), n12=_dd(rng, 12),
            z4=f"{rng.randrange(1, 9999):04d}", z6=f"{rng.randrange(1, 999999):06d}", yy=f"{year % 100:02d}",
            yyyy=year, L=rng.choice("АБВГДКМНПРСТ"), h8="".join(rng.choice("0123456789abcdef") for _ in range(8)))

    return make


# ----- e-mail and links -----------------------------------------------------------------------
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    return "".join(_TR.get(ch, ch) for ch in word.lower())


def mail(rng: random.Random, fake: Any, case: str) -> str:
    last = translit(fake.last_name())
    first = translit(fake.first_name())
    domain = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "ya.ru"))
    user = rng.choice((f"{last}.{first[:1]}", f"{first}.{last}", f"{last}{rng.randrange(60, 99)}",
                       f"{first[:1]}{last}_{rng.randrange(1, 999)}", f"{last}-{first}", fake.user_name()))
    return rng.choice((f"{user}@{domain}", f"{user}@{domain}", fake.free_email(), fake.email()))


def link(rng: random.Random, fake: Any, case: str) -> str:
    login = translit(fake.last_name()) + str(rng.randrange(1, 99))
    return rng.choice((
        f"https://vk.com/id{_dd(rng, 9)}", f"vk.com/{login}", f"https://ok.ru/profile/{_dd(rng, 12)}",
        f"https://t.me/{login}", f"https://disk.yandex.ru/d/{fake.pystr(min_chars=14, max_chars=14)}",
        f"https://telemed.{fake.domain_name()}/room/{_dd(rng, 6)}", f"http://{fake.domain_name()}/patient/{_dd(rng, 7)}",
        fake.url() + f"lk/{_dd(rng, 8)}", f"www.{fake.domain_name()}/~{login}", fake.uri()))


# ----- scanned paper --------------------------------------------------------------------------
_LOOKALIKE = {"о": "o", "а": "a", "е": "e", "с": "c", "р": "p", "О": "O", "С": "C", "Е": "E", "А": "A", "Т": "T",
              "0": "O", "1": "l", "3": "З", "5": "S", "6": "б"}


def ocr(make: Maker, rate: float = 0.12) -> Maker:
    """``make``'s value as a scanned page reads it: look-alike letters and digits, a split after a dot."""

    def wrapped(rng: random.Random, fake: Any, case: str) -> str:
        out = []
        for i, ch in enumerate(make(rng, fake, case)):
            if ch in _LOOKALIKE and rng.random() < rate:
                ch = _LOOKALIKE[ch]
            out.append(ch)
            if ch == "." and i > 0 and rng.random() < rate:
                out.append(" ")
        return "".join(out).strip()

    return wrapped
