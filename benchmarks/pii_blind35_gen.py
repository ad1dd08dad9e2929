"""Value makers for blind split 35 (dentistry, eye and ENT care, rehabilitation, spa cards, sports
medicine and the medical checks for a licence, a job or the draft).

Names come from Faker ``ru_RU`` or from the lists below (peoples of Russia and the CIS); every
identifier is generated here, with valid check digits where the real one has them."""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted
from medsyn_dataset.validation.pii.checksums import inn_check_digits, luhn_valid, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name, inflect_word

# ----- people of Russia and the CIS ----------------------------------------------------------
CIS_MALE = (
    ("Хайруллин", "Ринат", "Ильдарович"), ("Галиев", "Азат", "Маратович"), ("Нурмухаметов", "Ильшат", "Фанисович"),
    ("Магомедов", "Шамиль", "Гаджиевич"), ("Абдуллаев", "Руслан", "Тагирович"), ("Цыренов", "Баир", "Дашиевич"),
    ("Жумабаев", "Нурлан", "Серикович"), ("Турсунов", "Бахтиёр", "Алишерович"), ("Каримов", "Тимур", "Рустамович"),
    ("Алиев", "Эльчин", "Гасанович"), ("Оганесян", "Арсен", "Ашотович"), ("Бекмурзаев", "Ислам", "Русланович"),
    ("Санжиев", "Алдар", "Баирович"), ("Сафин", "Айдар", "Рифович"), ("Кулиев", "Мурад", "Ахмедович"),
    ("Ибрагимов", "Магомед", "Шамилевич"), ("Петросян", "Давид", "Гарикович"), ("Эргашев", "Шерзод", "Улугбекович"),
    ("Габдрахманов", "Ильнур", "Раисович"), ("Тхагапсоев", "Аслан", "Муратович"), ("Николаев", "Айаал", "Семёнович"),
)
CIS_FEMALE = (
    ("Хайруллина", "Гульнара", "Ринатовна"), ("Галиева", "Алсу", "Ильдаровна"), ("Сафина", "Лейсан", "Айдаровна"),
    ("Магомедова", "Зарема", "Магомедовна"), ("Абдуллаева", "Мадина", "Руслановна"), ("Цыренова", "Сэсэг", "Баировна"),
    ("Жумабаева", "Айгуль", "Нурлановна"), ("Каримова", "Диляра", "Тимуровна"), ("Юсупова", "Динара", "Ильясовна"),
    ("Алиева", "Лейла", "Эльдаровна"), ("Оганесян", "Ануш", "Араиковна"), ("Турсунова", "Нигора", "Бахтиёровна"),
    ("Санжиева", "Туяна", "Алдаровна"), ("Шарипова", "Гузель", "Фаридовна"), ("Бекова", "Хеда", "Ахмедовна"),
    ("Ахмедова", "Севиль", "Рауфовна"), ("Габдуллина", "Эльвира", "Ралифовна"), ("Иванова", "Сардаана", "Петровна"),
)
UZ_TAIL = (("угли", "кызы"), ("уулу", "кызы"))


def _raw_person(rng: random.Random, fake: Any, cis: float = 0.3, male: bool = False) -> tuple[str, str, str, bool]:
    female = not male and rng.random() < 0.5
    if rng.random() < cis:
        return (*rng.choice(CIS_FEMALE if female else CIS_MALE), female)  # type: ignore[return-value]
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


def name(rng: random.Random, fake: Any, shapes: tuple[str, ...] = ("F I O", "F io"), case: str = "nomn",
         cis: float = 0.3, style: str | None = None, male: bool = False) -> str:
    """A person's name; shapes as in :func:`benchmarks.pii_families.person`, plus "F IO" (initials
    without dots); style "up" for CAPS, "low" for a hurried lowercase surname, "" as written, None
    for a random one of those."""
    last, first, middle, female = _raw_person(rng, fake, cis, male)
    parts = {"F": inflect_name(last, "Surn", female, case), "I": inflect_name(first, "Name", female, case),
             "O": inflect_name(middle, "Patr", female, case)}
    out = []
    for token in rng.choice(shapes).split():
        out.append({"io": f"{first[0]}.{middle[0]}.", "i": f"{first[0]}.", "o": f"{middle[0]}.",
                    "IO": f"{first[0]}{middle[0]}", "i,o": f"{first[0]}.,{middle[0]}."}.get(token) or parts[token])
    text = " ".join(out)
    if style is None:
        style = rng.choice(("", "", "", "", "", "up", "low"))
    if style == "up":
        text = text.upper()
    elif style == "low":
        text = text[0].lower() + text[1:]
    return text


def latin_name(rng: random.Random, fake: Any, sep: str = "^") -> str:
    """A name as devices and DICOM/HL7 exports write it: ``IVANOVA^MARINA^S`` or ``Ivanova, Marina``."""
    last, first, middle, _ = _raw_person(rng, fake, 0.3)
    last, first, middle = translit(last), translit(first), translit(middle)
    if sep == "^":
        return rng.choice((f"{last.upper()}^{first.upper()}^{middle.upper()}", f"{last.upper()}^{first.upper()}",
                           f"{last}^{first}^{middle[0]}"))
    return rng.choice((f"{last}, {first}", f"{last} {first[0]}.{middle[0]}.", f"{last.upper()} {first.upper()}"))


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"), strict=True))


def translit(word: str) -> str:
    out = "".join(_TR.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


# ----- dates ---------------------------------------------------------------------------------
_DATE_TOKENS = re.compile(r"yyyy|yy|dd|mm|MG|MN|ML|MA|MR|Mc|hh|nn|ss|d|m")


def day(rng: random.Random, lo: int = 2016, hi: int = 2025) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randrange(start, dt.date(hi, 12, 28).toordinal()))


def when(rng: random.Random, *layouts: str, lo: int = 2016, hi: int = 2025) -> str:
    """Layout tokens: yyyy yy dd mm d m, MG/MN/ML/MA/MR/Mc month words, hh nn ss a clock time."""
    return _fmt(rng, day(rng, lo, hi), layouts)


def period(rng: random.Random, first: tuple[str, ...], second: tuple[str, ...], days: tuple[int, int] = (7, 24),
           lo: int = 2016, hi: int = 2025) -> tuple[str, str]:
    """Two ordered dates (a stay, a course): the start in one of ``first``, the end in one of ``second``."""
    a = day(rng, lo, hi)
    b = a + dt.timedelta(days=rng.randrange(*days))
    return _fmt(rng, a, first), _fmt(rng, b, second)


def _fmt(rng: random.Random, d: dt.date, layouts: tuple[str, ...]) -> str:
    k = d.month - 1
    vals = {"yyyy": f"{d.year}", "yy": f"{d.year % 100:02d}", "dd": f"{d.day:02d}", "mm": f"{d.month:02d}",
            "MG": MONTHS_GENT[k], "MN": MONTHS_NOMN[k], "ML": MONTHS_LOCT[k], "MA": MONTHS_ABBR[k], "MR": ROMAN[k],
            "Mc": MONTHS_NOMN[k].capitalize(), "hh": f"{rng.randrange(7, 21):02d}", "nn": f"{rng.randrange(60):02d}",
            "ss": f"{rng.randrange(60):02d}", "d": f"{d.day}", "m": f"{d.month}"}
    return _DATE_TOKENS.sub(lambda mt: vals[mt.group(0)], rng.choice(layouts))


def born(rng: random.Random, *layouts: str, lo: int = 1948, hi: int = 2008) -> str:
    return when(rng, *layouts, lo=lo, hi=hi)


# ----- places --------------------------------------------------------------------------------
REGIONS = ("Республика Татарстан", "Республика Башкортостан", "Республика Бурятия", "Республика Саха (Якутия)",
           "Республика Дагестан", "Чувашская Республика", "Удмуртская Республика", "Пермский край",
           "Краснодарский край", "Ставропольский край", "Алтайский край", "Московская область",
           "Ленинградская область", "Свердловская область", "Нижегородская область", "Тверская область",
           "Самарская область", "Новосибирская область", "Ярославская область", "Калужская область")
REGIONS_SHORT = ("Респ. Татарстан", "РБ", "Респ. Бурятия", "РС(Я)", "Краснодарский кр.", "Пермский кр.", "Моск. обл.",
                 "Лен. обл.", "Свердловская обл.", "Нижегородская обл.", "Тверская обл.", "Самарская обл.", "НСО")
DISTRICTS = ("Зеленодольский", "Белорецкий", "Кабанский", "Мирнинский", "Кизлярский", "Цивильский", "Завьяловский",
             "Кунгурский", "Ейский", "Минераловодский", "Бийский", "Истринский", "Всеволожский", "Богдановичский",
             "Кстовский", "Конаковский", "Сызранский", "Искитимский", "Угличский", "Малоярославецкий")
SPA_TOWNS = ("Кисловодск", "Ессентуки", "Пятигорск", "Железноводск", "Анапа", "Сочи", "Геленджик", "Белокуриха",
             "Старая Русса", "Нальчик", "Сестрорецк", "Зеленоградск", "Аршан")


def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def addr(rng: random.Random, fake: Any, *layouts: str, case: str = "nomn") -> str:
    """Fields: {P} index, {R} region, {r} short region, {D} district ({Dg} genitive), {T} town, {Tc} town in ``case``,
    {V} village, {S} street, {N} house, {K} block, {Q} flat."""
    t = town(fake)
    f = {"P": f"{rng.randrange(101000, 692999)}", "R": rng.choice(REGIONS), "r": rng.choice(REGIONS_SHORT),
         "D": (dis := rng.choice(DISTRICTS)), "Dg": dis[:-2] + "ого", "T": t, "Tc": " ".join(inflect_word(w, case, "Geox") for w in t.split()),
         "V": town(fake), "S": fake.street_title(), "N": str(rng.randrange(1, 160)) + rng.choice(("", "", "", "а", "б", "/1")),
         "K": str(rng.randrange(1, 5)), "Q": str(rng.randrange(1, 320))}
    return rng.choice(layouts).format(**f)


ADDR_FULL = ("{P}, {R}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "г. {T}, ул. {S}, д. {N}, кв. {Q}",
             "{r}, {D} р-н, с. {V}, ул. {S}, д. {N}", "{T}, {S} ул., {N}-{Q}", "г.{T}, ул.{S}, д.{N}, кв.{Q}",
             "{R}, {D} район, д. {V}, {N}", "ул. {S}, д. {N}, корп. {K}, кв. {Q}, г. {T}",
             "{P}, г {T}, пр-т {S} {N} кв {Q}", "{r}, пгт {V}, пер. {S}, д. {N}")


# ----- numbers -------------------------------------------------------------------------------
def dg(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    head = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return (head + "".join(str(rng.randrange(10)) for _ in range(n - 1)))[:n]


def lay(rng: random.Random, layout: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if ch == "X" else ch for ch in layout)


def snils(rng: random.Random, *layouts: str) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return lay(rng, rng.choice(layouts or ("XXX-XXX-XXX XX",)), body + snils_check_digits(body))


def inn12(rng: random.Random, *layouts: str) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + dg(rng, 8, False)
    return lay(rng, rng.choice(layouts or ("XXXXXXXXXXXX",)), prefix + inn_check_digits(prefix))


def passport(rng: random.Random, *layouts: str) -> str:
    digits = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}" + dg(rng, 6)
    return lay(rng, rng.choice(layouts or ("XX XX XXXXXX",)), digits)


def enp(rng: random.Random, *layouts: str) -> str:
    body = rng.choice(("77", "50", "16", "02", "66", "52", "23", "78", "03", "14")) + dg(rng, 13, False)
    check = next(str(c) for c in range(10) if luhn_valid(body + str(c)))
    return lay(rng, rng.choice(layouts or ("XXXXXXXXXXXXXXXX",)), body + check)


def old_policy(rng: random.Random) -> str:
    return rng.choice((f"{dg(rng, 4)} {dg(rng, 10)}", f"ЕА {dg(rng, 7)}", f"{dg(rng, 6)}-{dg(rng, 8)}",
                       f"{dg(rng, 4)} № {dg(rng, 8)}"))


def mob(rng: random.Random, *layouts: str) -> str:
    layout = rng.choice(layouts or ("+7 (9AA) BBB-CC-DD", "8-9AA-BBB-CC-DD", "89AABBBCCDD", "+7 9AA BBB CC DD"))
    return "".join(str(rng.randrange(10)) if ch in "ABCD" else ch for ch in layout)


def landline(rng: random.Random) -> str:
    code = rng.choice(("843", "347", "3012", "8793", "87934", "86133", "3854", "4852", "4822", "846", "8652"))
    n = 10 - len(code)
    sub = dg(rng, n)
    body = {7: f"{sub[:3]}-{sub[3:5]}-{sub[5:]}", 6: f"{sub[:2]}-{sub[2:4]}-{sub[4:]}", 5: f"{sub[0]}-{sub[1:3]}-{sub[3:]}"}[n]
    return rng.choice((f"8 ({code}) {body}", f"({code}) {body}", f"+7 ({code}) {body}", f"8{code}{sub}"))


def email(rng: random.Random, fake: Any) -> str:
    last, first, _, _ = _raw_person(rng, fake, 0.3)
    user = rng.choice((f"{translit(last).lower()}{rng.randrange(60, 99)}", f"{translit(first).lower()}.{translit(last).lower()}",
                       f"{translit(first)[0].lower()}_{translit(last).lower()}{rng.randrange(1, 9)}"))
    return rng.choice((f"{user}@{rng.choice(('mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'gmail.com', 'rambler.ru'))}",
                       fake.free_email(), fake.email()))


def shared_link(rng: random.Random, fake: Any) -> str:
    """A link a patient or a clinic sends: a cloud folder with a CBCT, a telemedicine room, a results page."""
    tok = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(rng.randrange(8, 14)))
    return rng.choice((f"https://disk.yandex.ru/d/{tok}", f"https://cloud.mail.ru/public/{tok[:4]}/{tok[4:]}",
                       f"https://drive.google.com/file/d/{tok}{tok}/view", f"https://telemed.{rng.choice(('mosreg', 'tatar', 'bashkir', 'sakha'))}.ru/room/{dg(rng, 6)}",
                       f"https://results.{rng.choice(('invitro', 'helix', 'cmd-online', 'gemotest'))}.ru/r/{tok}", f"https://t.me/{translit(town(fake)).lower().replace(' ', '_').replace('-', '_')}_stom"))


def clinic_site(rng: random.Random, fake: Any) -> str:
    slug = rng.choice(("stom", "dent", "zub", "okulist", "glaz", "lor", "reabil", "sanatoriy", "medosmotr", "sport-med",
                       "vvk", "ortodont", "kurort"))
    dom = f"{slug}-{translit(town(fake)).lower().replace(' ', '-')}.ru"
    return rng.choice((f"https://{dom}", f"www.{dom}", f"https://{dom}/zapis", f"http://{dom}/patient/{dg(rng, 6)}",
                       fake.url(), f"https://lk.{dom}/records?id={dg(rng, 7)}", f"{dom}/online"))


class Doc:
    """Builds a fragment piece by piece; ``v`` marks a gold span."""

    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, s: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(s)))
        self.text += s
        return self

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def ocr(rng: random.Random, s: str, p: float = 0.08) -> str:
    """Scanner noise in labels (never inside gold values): о->0, З->3, л->п, doubled spaces."""
    swap = {"о": "о", "О": "0", "З": "3", "л": "п", "и": "н", "е": "с", " ": "  "}
    return "".join(swap.get(ch, ch) if rng.random() < p else ch for ch in s)
