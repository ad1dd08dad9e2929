"""Shared makers for blind split 62: spoken numbers and dates, chat nicknames, ЕНП, MIS ids, a document builder."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, Maker, Planted, person
from medsyn_dataset.validation.pii.checksums import inn_check_digits, snils_check_digits
from medsyn_dataset.validation.pii.inflect import inflect_name

UNITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
         "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
         "восемнадцать", "девятнадцать")
TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот")
ORD_GENT = ("", "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого",
            "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
            "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого")
ORD_TENS = ("", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого", "семидесятого",
            "восьмидесятого", "девяностого")
ORD_NOMN = ("", "первое", "второе", "третье", "четвертое", "пятое", "шестое", "седьмое", "восьмое", "девятое",
            "десятое", "одиннадцатое", "двенадцатое", "тринадцатое", "четырнадцатое", "пятнадцатое",
            "шестнадцатое", "семнадцатое", "восемнадцатое", "девятнадцатое", "двадцатое")


def say(n: int) -> str:
    """A number from 0 to 999 in words, as a speech recogniser writes it."""
    if n < 20:
        return UNITS[n]
    words = []
    if n >= 100:
        words.append(HUNDREDS[n // 100])
        n %= 100
        if n == 0:
            return words[0]
        if n < 20:
            return " ".join([*words, UNITS[n]])
    if n >= 20:
        words.append(TENS[n // 10])
        if n % 10:
            words.append(UNITS[n % 10])
    else:
        words.append(UNITS[n])
    return " ".join(words)


def day_gent(day: int) -> str:
    if day <= 20:
        return ORD_GENT[day]
    return f"{TENS[day // 10]} {ORD_GENT[day % 10]}" if day % 10 else ORD_TENS[day // 10]


def day_nomn(day: int) -> str:
    if day <= 20:
        return ORD_NOMN[day]
    return f"{TENS[day // 10]} {ORD_NOMN[day % 10]}" if day % 10 else ("тридцатое" if day == 30 else "двадцатое")


def year_gent(year: int) -> str:
    head = "тысяча девятьсот" if year < 2000 else "две тысячи"
    rest = year % 100 if year < 2000 else year - 2000
    if rest == 0:
        return "двухтысячного"
    if rest <= 20:
        return f"{head} {ORD_GENT[rest]}"
    if rest % 10 == 0:
        return f"{head} {ORD_TENS[rest // 10]}"
    return f"{head} {TENS[rest // 10]} {ORD_GENT[rest % 10]}"


def spoken_date(with_year: float = 0.6, start: str = "-85y") -> Maker:
    """«тридцать первого марта», «3 марта две тысячи двадцать четвертого года»."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        born = fake.date_between(start_date=start, end_date="today")
        style = rng.random()
        day = day_gent(born.day) if style < 0.75 else str(born.day)
        out = f"{day} {MONTHS_GENT[born.month - 1]}"
        if rng.random() < with_year:
            year = year_gent(born.year) if rng.random() < 0.7 else str(born.year)
            out += f" {year}" + rng.choice((" года", " года", " г", ""))
        return out

    return make


def spoken_phone() -> Maker:
    """«восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь», partly digits sometimes."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        code = 900 + rng.randrange(100)
        a, b, c = rng.randrange(100, 1000), rng.randrange(10, 100), rng.randrange(10, 100)
        lead = rng.choice(("восемь", "плюс семь", "8", "+7"))
        style = rng.random()
        if style < 0.55:
            return f"{lead} {say(code)} {say(a)} {say(b)} {say(c)}"
        if style < 0.8:
            return f"{lead} {code} {say(a)} {say(b)} {say(c)}"
        return f"{lead} {code} {a} {b} {c}"

    return make


def _snils_digits(rng: random.Random) -> str:
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return body + snils_check_digits(body)


def snils_spoken() -> Maker:
    """Dictated SNILS: groups of three said as numbers, the check pair as a number («сто двадцать три ...»)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = _snils_digits(rng)
        groups = [d[0:3], d[3:6], d[6:9]]
        if rng.random() < 0.5:
            words = [say(int(g)) if g[0] != "0" else " ".join(UNITS[int(ch)] for ch in g) for g in groups]
            tail = say(int(d[9:])) if d[9] != "0" else f"ноль {UNITS[int(d[10])]}"
            return " ".join([*words, tail])
        return f"{d[0:3]} {d[3:6]} {d[6:9]} {d[9:]}"

    return make


def inn12(rng: random.Random) -> str:
    prefix = f"{rng.randrange(1, 92):02d}" + "".join(str(rng.randrange(10)) for _ in range(8))
    return prefix + inn_check_digits(prefix)


def inn_spaced() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = inn12(rng)
        return rng.choice((d, d, f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:2]} {d[2:4]} {d[4:10]} {d[10:]}"))

    return make


def enp_digits(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(14))
    total = 0
    for i, ch in enumerate(reversed(body + "0")):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return body + str((10 - total % 10) % 10)


def enp() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = enp_digits(rng)
        return rng.choice((d, d, d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"))

    return make


def oms_any() -> Maker:
    """ЕНП, or an old policy «серия 7701 № 123456» given as «7701 123456»/«ЕАА 12345678»."""
    new = enp()

    def make(rng: random.Random, fake: Any, case: str) -> str:
        if rng.random() < 0.7:
            return new(rng, fake, case)
        num = "".join(str(rng.randrange(10)) for _ in range(6))
        return rng.choice((f"{rng.randrange(1000, 9999)} {num}", f"{rng.randrange(1000, 9999)} № {num}",
                           f"ЕАА {rng.randrange(10_000_000, 99_999_999)}"))

    return make


def passport() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s1, s2 = rng.randrange(1, 99), rng.randrange(0, 26)
        num = rng.randrange(100000, 999999)
        return rng.choice((f"{s1:02d} {s2:02d} {num}", f"{s1:02d}{s2:02d} {num}", f"{s1:02d}{s2:02d}{num}",
                           f"{s1:02d} {s2:02d} № {num}", f"{s1:02d}{s2:02d} №{num}"))

    return make


def passport_spoken() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s1, s2 = rng.randrange(10, 99), rng.randrange(10, 26)
        a, b = rng.randrange(100, 999), rng.randrange(100, 999)
        return rng.choice((f"{say(s1)} {say(s2)} {say(a)} {say(b)}", f"{s1} {s2} {a}{b}", f"{s1}{s2} {a} {b}"))

    return make


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"), strict=True))


def latin(word: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in word.lower())


MAIL_DOMAINS = ("mail.ru", "yandex.ru", "ya.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru", "rambler.ru")


def name_email(last: str, first: str, rng: random.Random) -> str:
    year = rng.randrange(1950, 2010)
    user = rng.choice((f"{latin(last)}.{latin(first)[0]}", f"{latin(first)}{year % 100:02d}",
                       f"{latin(last)}_{latin(first)}", f"{latin(first)[0]}{latin(last)}{year}",
                       f"{latin(last)}{rng.randrange(1, 99)}"))
    return f"{user}@{rng.choice(MAIL_DOMAINS)}"


def patient_email() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        female = rng.random() < 0.5
        last = fake.last_name_female() if female else fake.last_name_male()
        first = fake.first_name_female() if female else fake.first_name_male()
        return name_email(last, first, rng) if rng.random() < 0.7 else fake.free_email()

    return make


PORTALS = ("lk.gorpoliklinika.ru", "portal.kdc-zdorovie.ru", "my.medcentr-plus.ru", "telemed.okb33.ru",
           "lk.emias.info", "pacient.rgp2.ru", "doc.klinika-semya.ru")


def patient_url() -> Maker:
    """Links that point at one patient: portal record pages, a personal videocall room, a test result link."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        host = rng.choice(PORTALS)
        tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randrange(6, 12)))
        pid = rng.randrange(100000, 9999999)
        return rng.choice((
            f"https://{host}/patient/{pid}/results", f"https://{host}/tmk/room/{tok}",
            f"{host}/r/{tok}", f"https://{host}/lk/visits?pid={pid}", f"https://vk.com/id{pid}",
            f"https://t.me/{latin(fake.first_name())}_{rng.randrange(10, 99)}", f"http://{host}/emk/{pid}",
            f"https://telemost.yandex.ru/j/{rng.randrange(10**13, 10**14)}", f"https://{host}/q/{tok}?p={pid}",
            f"https://{host}/pacs/viewer?acc={rng.randrange(10**7, 10**9)}"))

    return make


def files_url() -> Maker:
    """A patient's own shared files: cloud folders with scans, a PACS viewer link with the study."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14))
        return rng.choice((f"https://disk.yandex.ru/d/{tok}", f"https://cloud.mail.ru/public/{tok[:4]}/{tok[4:13]}",
                           f"https://drive.google.com/drive/folders/{tok}{tok[::-1]}",
                           f"https://{rng.choice(PORTALS)}/pacs/viewer?acc={rng.randrange(10**7, 10**9)}",
                           f"disk.yandex.ru/d/{tok[:10]}"))

    return make


def mrn() -> Maker:
    """One patient's record numbers in remote-channel paperwork: EMK ids, outpatient card, case history,
    TMK request, lab sample, sick leave (ЭЛН), prescription."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.choice(("23", "24", "25", "2024", "2025"))
        n = rng.randrange(100, 99999)
        return rng.choice((
            f"{rng.randrange(1000000, 99999999)}", f"ТМК-{y}-{n:05d}", f"{n}/{y}", f"А-{n}",
            f"{rng.randrange(10**11, 10**12)}", f"{n}-{y}/ТМ",
            f"БЛ-{rng.randrange(10**8, 10**9)}", f"{rng.randrange(10**9, 10**10)}", f"0{rng.randrange(10**5, 10**6)}"))

    return make


class Doc:
    """Builds a document piece by piece, remembering where the gold values go."""

    def __init__(self, rng: random.Random, fake: Any) -> None:
        self.rng, self.fake = rng, fake
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def add(self, text: str) -> Doc:
        self.text += text
        return self

    def put(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def val(self, kind: str, make: Maker, case: str = "nomn") -> str:
        value = make(self.rng, self.fake, case)
        self.put(kind, value)
        return value

    def done(self) -> Planted:
        return Planted(self.text, self.golds)


def who(rng: random.Random, fake: Any, female: bool | None = None) -> tuple[str, str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    if female:
        return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), True
    return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), False


DOCTOR = person("F io", "F i o", "io F", "F I O")
FULL = person("F I O", "F I O", "F I")


class Who:
    """One person whose name recurs in a document in several shapes and cases."""

    def __init__(self, rng: random.Random, fake: Any, female: bool | None = None) -> None:
        self.rng = rng
        self.last, self.first, self.mid, self.female = who(rng, fake, female)

    def f(self, case: str = "nomn") -> str:
        return inflect_name(self.last, "Surn", self.female, case)

    def i(self, case: str = "nomn") -> str:
        return inflect_name(self.first, "Name", self.female, case)

    def o(self, case: str = "nomn") -> str:
        return inflect_name(self.mid, "Patr", self.female, case)

    def fio(self, case: str = "nomn") -> str:
        return f"{self.f(case)} {self.i(case)} {self.o(case)}"

    def short(self, case: str = "nomn") -> str:
        return self.rng.choice((f"{self.f(case)} {self.first[0]}.{self.mid[0]}.", f"{self.first[0]}.{self.mid[0]}. {self.f(case)}",
                                f"{self.f(case)} {self.first[0]}. {self.mid[0]}."))

    def io(self, case: str = "nomn") -> str:
        return f"{self.i(case)} {self.o(case)}"

    def any(self, case: str = "nomn") -> str:
        return self.rng.choice((self.fio(case), self.short(case), f"{self.i(case)} {self.f(case)}", self.fio(case)))

    def email(self) -> str:
        return name_email(self.last, self.first, self.rng)


def person_lower() -> Maker:
    """Names as people type them in chats: all lower case, sometimes without the patronymic."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        w = Who(rng, fake)
        return rng.choice((w.fio(case), f"{w.i(case)} {w.f(case)}", f"{w.f(case)} {w.i(case)}")).lower()

    return make


def fmt_date(rng: random.Random, fake: Any, *layouts: str, start: str = "-85y", end: str | None = None) -> str:
    """A date in one of ``layouts``; a birth date by default, a recent event when ``start`` is given."""
    if end is None:
        end = "-1y" if start == "-85y" else "today"
    return date_fmt(fake.date_between(start_date=start, end_date=end), rng.choice(layouts))


def recent_date(*layouts: str) -> Maker:
    return lambda rng, fake, case: fmt_date(rng, fake, *layouts, start="-3y", end="+60d")


def date_fmt(day: Any, layout: str) -> str:
    out = layout
    for key, value in (("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
                       ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[day.month - 1]), ("d", f"{day.day}"),
                       ("m", f"{day.month}")):
        out = out.replace(key, value)
    return out


def hm(rng: random.Random) -> str:
    return f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"


NICKS = ("Солнышко", "user", "🌸Лучик🌸", "Бабуля", "Kotik_", "Zvezda", "Неизвестный", "Мамуля", "Пациент",
         "Ромашка", "Добрый день", "Iphone", "Гость")


def nickname(rng: random.Random) -> str:
    base = rng.choice(NICKS)
    return base + (str(rng.randrange(1, 999)) if base in ("user", "Kotik_", "Zvezda", "Гость") else "")


def month_year() -> Maker:
    """Partial dates: «марта 2023», «марте 2023 года», «03.2023», «март 23-го», with the slot's case."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        day = fake.date_between(start_date="-10y", end_date="today")
        month = {"gent": MONTHS_GENT, "loct": MONTHS_LOCT}.get(case, MONTHS_NOMN)[day.month - 1]
        return rng.choice((f"{month} {day.year}", f"{month} {day.year} года", f"{month} {day.year} г.",
                           f"{month} {year_gent(day.year)} года", f"{month} {str(day.year)[2:]}-го"))

    return make


def inn_spoken() -> Maker:
    def make(rng: random.Random, fake: Any, case: str) -> str:
        d = inn12(rng)
        groups = [d[i:i + 3] for i in range(0, 12, 3)]
        return " ".join(say(int(g)) if g[0] != "0" else " ".join(UNITS[int(ch)] for ch in g) for g in groups)

    return make


def shout_email() -> Maker:
    """E-mails the way patients type them: capitals from phone keyboards, a space after @ removed by nobody."""
    base = patient_email()

    def make(rng: random.Random, fake: Any, case: str) -> str:
        value = base(rng, fake, case)
        user, host = value.split("@")
        return rng.choice((value, user.capitalize() + "@" + host, value.upper(), user + "@" + host.capitalize()))

    return make


def grouped(digits: str, size: int) -> str:
    return " ".join(digits[i:i + size] for i in range(0, len(digits), size))
