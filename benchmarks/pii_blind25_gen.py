"""Value generators for the blind25 split (own checksums, own name inflection, own layouts)."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_NOMN, ROMAN

CASES = ("nomn", "gent", "datv", "ablt", "loct")


def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    out = str(rng.randint(1, 9)) if first_nonzero else str(rng.randrange(10))
    return out + "".join(str(rng.randrange(10)) for _ in range(n - 1))


# ----- checksummed identifiers ---------------------------------------------------------------
def snils_raw(rng: random.Random) -> str:
    base = [rng.randrange(10) for _ in range(9)]
    base[0] = rng.randint(1, 9)
    s = sum(d * w for d, w in zip(base, range(9, 0, -1), strict=True))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "".join(map(str, base)) + f"{c:02d}"


def snils(rng: random.Random) -> str:
    r = snils_raw(rng)
    lay = rng.choice(
        (
            "{0}-{1}-{2} {3}",
            "{0}-{1}-{2}-{3}",
            "{0} {1} {2} {3}",
            "{0}{1}{2}{3}",
            "{0}-{1}-{2}  {3}",
            "{0}.{1}.{2} {3}",
            "{0}-{1}-{2}{3}",
        )
    )
    return lay.format(r[:3], r[3:6], r[6:9], r[9:])


def inn_raw(rng: random.Random) -> str:
    d = [int(c) for c in f"{rng.choice((77, 50, 78, 16, 63, 66, 52, 23, 61, 2, 54, 74)):02d}"]
    d += [rng.randrange(10) for _ in range(8)]
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w11, strict=True)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d.append(sum(a * b for a, b in zip(d, w12, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def inn(rng: random.Random) -> str:
    r = inn_raw(rng)
    lay = rng.choice(("{}", "{}", "{}", "sp4", "sp2"))
    if lay == "sp4":
        return f"{r[:4]} {r[4:10]} {r[10:]}"
    if lay == "sp2":
        return f"{r[:2]} {r[2:4]} {r[4:10]} {r[10:]}"
    return r


def luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def oms_raw(rng: random.Random) -> str:
    body = digits(rng, 15)
    return body + str(luhn_digit(body))


def oms(rng: random.Random) -> str:
    r = oms_raw(rng)
    lay = rng.choice(("plain", "plain", "4x4", "4x4-", "old"))
    if lay == "4x4":
        return " ".join(r[i : i + 4] for i in range(0, 16, 4))
    if lay == "4x4-":
        return "-".join(r[i : i + 4] for i in range(0, 16, 4))
    if lay == "old":
        return f"{rng.choice(('ВС', 'АБ', 'ЕАА', 'ХМ', '77', 'РТ'))} {digits(rng, rng.choice((6, 8, 10)))}"
    return r


def passport_parts(rng: random.Random) -> tuple[str, str]:
    reg = rng.choice(("45", "46", "40", "65", "92", "60", "36", "03", "80", "52", "71", "18"))
    return reg + f"{rng.randint(0, 24):02d}", digits(rng, 6)


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    lay = rng.choice(("{0} {1}", "{0}{1}", "{2} {3} {1}", "{0} № {1}", "{0}№{1}", "{2}-{3} {1}", "{0}-{1}"))
    return lay.format(s, n, s[:2], s[2:])


# ----- names -----------------------------------------------------------------------------------
def _surname(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        if s.endswith(("ский", "цкий")):
            return s[:-2] + ("ого", "ому", "им", "ом")[i]
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + ("а", "у", "ым", "е")[i]
        if s[-1] in "бвгдзклмнпрстфх":
            return s + ("а", "у", "ом", "е")[i]
        return s
    if s.endswith(("ская", "цкая")):
        return s[:-2] + "ой"
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + ("ой", "ой", "ой", "ой")[i]
    return s


def _first(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if s.endswith("ия"):
        return s[:-1] + ("и", "и", "ей", "и")[i]
    if s.endswith("ий"):
        return s[:-1] + ("я", "ю", "ем", "и")[i]
    if s.endswith("я"):
        return s[:-1] + ("и", "е", "ей", "е")[i]
    if s.endswith("а"):
        g = "и" if s[-2] in "гкхжшщч" else "ы"
        ab = "ей" if s[-2] in "жшщчц" else "ой"
        return s[:-1] + (g, "е", ab, "е")[i]
    if s.endswith("ь"):
        if male:
            return s[:-1] + ("я", "ю", "ем", "е")[i]
        return s[:-1] + ("и", "и", "ью", "и")[i]
    if s.endswith("й"):
        return s[:-1] + ("я", "ю", "ем", "е")[i]
    if male:
        return s + ("а", "у", "ом", "е")[i]
    return s


def _patr(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        return s + ("а", "у", "ем", "е")[i]
    return s[:-1] + ("ы", "е", "ой", "е")[i]


class Person:
    def __init__(self, fake: Any, rng: random.Random, male: bool | None = None) -> None:
        self.male = rng.random() < 0.5 if male is None else male
        if self.male:
            self.last, self.first, self.mid = (
                fake.last_name_male(),
                fake.first_name_male(),
                fake.middle_name_male(),
            )
        else:
            self.last = fake.last_name_female()
            self.first, self.mid = fake.first_name_female(), fake.middle_name_female()

    def s(self, case: str = "nomn") -> str:
        return _surname(self.last, self.male, case)

    def f(self, case: str = "nomn") -> str:
        return _first(self.first, self.male, case)

    def p(self, case: str = "nomn") -> str:
        return _patr(self.mid, self.male, case)

    def full(self, case: str = "nomn") -> str:
        return f"{self.s(case)} {self.f(case)} {self.p(case)}"

    def io(self, case: str = "nomn") -> str:
        return f"{self.f(case)} {self.p(case)}"

    def ini(self, case: str = "nomn", rng: random.Random | None = None) -> str:
        r = rng or random.Random(0)
        a, b = self.first[0], self.mid[0]
        lay = r.choice(
            ("{s} {a}.{b}.", "{a}.{b}. {s}", "{s} {a}. {b}.", "{s} {a}.{b}", "{a}.{b}.{s}", "{s}{a}.{b}.")
        )
        return lay.format(s=self.s(case), a=a, b=b)

    def shape(self, rng: random.Random, case: str = "nomn") -> str:
        k = rng.choice(("full", "full", "ini", "ini", "io", "sf", "s"))
        if k == "full":
            return self.full(case)
        if k == "ini":
            return self.ini(case, rng)
        if k == "io":
            return self.io(case)
        if k == "sf":
            return f"{self.s(case)} {self.f(case)}"
        return self.s(case)


# fmt: off
_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
# fmt: on


def translit(s: str) -> str:
    out = ""
    for ch in s:
        t = _TR.get(ch.lower(), ch)
        out += t.capitalize() if ch.isupper() else t
    return out


# fmt: off
DIMINUTIVE = {"Александр": "Саша", "Алексей": "Лёша", "Дмитрий": "Дима", "Сергей": "Серёжа", "Михаил": "Миша",
              "Николай": "Коля", "Владимир": "Вова", "Иван": "Ваня", "Анна": "Аня", "Мария": "Маша",
              "Екатерина": "Катя", "Елена": "Лена", "Ольга": "Оля", "Татьяна": "Таня", "Наталья": "Наташа",
              "Евгений": "Женя", "Павел": "Паша", "Юлия": "Юля", "Анастасия": "Настя", "Ксения": "Ксюша"}
# fmt: on


def dimin(p: Person) -> str:
    return DIMINUTIVE.get(p.first, p.first)


# ----- dates -----------------------------------------------------------------------------------
def ymd(rng: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, lo: int = 2019, hi: int = 2026, time: bool | None = None) -> str:
    y, m, d = ymd(rng, lo, hi)
    k = rng.randrange(14)
    if k == 0:
        out = f"{d:02d}.{m:02d}.{y}"
    elif k == 1:
        out = f"{d}.{m:02d}.{y % 100:02d}"
    elif k == 2:
        out = f"{y}-{m:02d}-{d:02d}"
    elif k == 3:
        out = f"{d} {MONTHS_GENT[m - 1]} {y}"
    elif k == 4:
        out = f"{d} {MONTHS_GENT[m - 1]} {y} г."
    elif k == 5:
        out = f"{d:02d}/{m:02d}/{y}"
    elif k == 6:
        out = f"{d} {MONTHS_ABBR[m - 1]} {y}"
    elif k == 7:
        out = f"{d:02d}.{m:02d}"
    elif k == 8:
        out = f"{d} {MONTHS_GENT[m - 1]}"
    elif k == 9:
        out = f"{d:02d}..{m:02d}.{y}"
    elif k == 10:
        out = f"{d:02d},{m:02d}.{y}"
    elif k == 11:
        out = f"{d}-{ROMAN[m - 1]}-{y}"
    elif k == 12:
        out = f"{d:02d} {m:02d} {y}"
    else:
        out = f"{d:02d}.{m:02d}.{y}г"
    if time or (time is None and rng.random() < 0.3 and k not in (4, 13)):
        lay = rng.choice((" в {h}:{mi:02d}", " {h}:{mi:02d}", " {h}.{mi:02d}", ", {h}:{mi:02d}"))
        out += lay.format(h=rng.randint(7, 20), mi=rng.choice((0, 10, 15, 20, 30, 40, 45)))
    return out


def dob(rng: random.Random, lo: int = 1938, hi: int = 2020) -> str:
    y, m, d = ymd(rng, lo, hi)
    return rng.choice(
        (
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS_GENT[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d}.{m}.{y}",
        )
    )


def month_year(rng: random.Random) -> str:
    y, m, _ = ymd(rng)
    return rng.choice(
        (
            f"{MONTHS_NOMN[m - 1]} {y}",
            f"{m:02d}.{y}",
            f"{MONTHS_NOMN[m - 1]} {y} г.",
            f"{m:02d}/{y % 100:02d}",
        )
    )


# ----- contacts --------------------------------------------------------------------------------
def mobile(rng: random.Random) -> str:
    op = rng.choice(("903", "905", "916", "926", "915", "977", "999", "952", "912", "961", "985", "921"))
    a, b, c = digits(rng, 3, False), digits(rng, 2, False), digits(rng, 2, False)
    lay = rng.choice(
        (
            "+7 ({o}) {a}-{b}-{c}",
            "8{o}{a}{b}{c}",
            "8-{o}-{a}-{b}-{c}",
            "+7{o}{a}{b}{c}",
            "8 {o} {a} {b} {c}",
            "+7-{o}-{a}{b}{c}",
            "8({o}){a}-{b}-{c}",
            "7{o}{a}{b}{c}",
            "8 ({o}) {a} {b}{c}",
            "+7 {o} {a}-{b}{c}",
            "8-{o}-{a}{b}-{c}",
            "+7({o}){a}{b}{c}",
        )
    )
    return lay.format(o=op, a=a, b=b, c=c)


def city_phone(rng: random.Random) -> str:
    code = rng.choice(("495", "499", "812", "343", "3452", "8512", "4212", "383", "846"))
    num = digits(rng, 10 - len(code))
    n = num if len(num) != 7 else f"{num[:3]}-{num[3:5]}-{num[5:]}"
    out = rng.choice((f"8 ({code}) {n}", f"({code}) {n}", f"+7 {code} {n}", f"8{code}{num}"))
    if rng.random() < 0.3:
        out += rng.choice((" доб. ", " доб.", ", вн. ", " ext. ")) + digits(rng, rng.choice((3, 4)))
    return out


def foreign_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+375 29 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            f"+998 90 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
            f"+996 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            f"+49 151 {digits(rng, 8)}",
            f"+77{digits(rng, 9)}",
            f"+992 93 {digits(rng, 7)}",
        )
    )


def phone(rng: random.Random) -> str:
    r = rng.random()
    return mobile(rng) if r < 0.7 else city_phone(rng) if r < 0.88 else foreign_phone(rng)


def email(rng: random.Random, fake: Any, p: Person | None = None) -> str:
    if p is not None and rng.random() < 0.6:
        user = rng.choice(
            (
                translit(p.last).lower() + "." + translit(p.first)[0].lower(),
                translit(p.first).lower() + str(rng.randint(60, 2010)),
                translit(p.last).lower() + "_" + digits(rng, 2, False),
            )
        )
        dom = rng.choice(
            ("mail.ru", "yandex.ru", "ya.ru", "bk.ru", "gmail.com", "list.ru", "inbox.ru", "rambler.ru")
        )
        out = f"{user}@{dom}"
    else:
        out = rng.choice((fake.free_email(), fake.email(), fake.company_email()))
    return out.upper() if rng.random() < 0.1 else out


def url(rng: random.Random, fake: Any) -> str:
    tok = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 10)))
    return rng.choice(
        (
            f"https://lk.{fake.domain_name()}/r/{tok}",
            f"https://telemed.{fake.domain_name()}/room/{tok}",
            f"https://gosuslugi.ru/{digits(rng, 9)}/1/form",
            f"https://vk.com/id{digits(rng, 9)}",
            f"t.me/{translit(fake.first_name()).lower()}_{tok[:4]}",
            f"{fake.url()}lab/{tok}",
            f"https://clck.ru/{tok[:5]}",
            f"https://zoom.us/j/{digits(rng, 10)}?pwd={tok}",
            f"www.{fake.domain_name()}/pacient/{digits(rng, 6)}",
        )
    )


# ----- places ----------------------------------------------------------------------------------
def town(fake: Any) -> str:
    return fake.city_name().split(" (")[0]


def street(rng: random.Random, fake: Any) -> str:
    kind = rng.choice(
        ("ул.", "ул.", "ул ", "улица ", "пр-т ", "пр.", "пер.", "бул.", "ш.", "наб.", "проезд ")
    )
    name = fake.street_title()
    return (
        f"{kind}{name}" if kind.endswith(" ") else f"{kind} {name}" if rng.random() < 0.8 else f"{kind}{name}"
    )


def house(rng: random.Random) -> str:
    h = str(rng.randint(1, 180))
    k = rng.randrange(9)
    if k == 0:
        h += f", корп. {rng.randint(1, 5)}"
    elif k == 1:
        h += f"к{rng.randint(1, 4)}"
    elif k == 2:
        h += f" стр. {rng.randint(1, 3)}"
    elif k == 3:
        h += rng.choice(("А", "Б", " лит. А", "/2"))
    flat = rng.choice(
        (
            f", кв. {rng.randint(1, 300)}",
            f"-{rng.randint(1, 300)}",
            f" кв.{rng.randint(1, 300)}",
            f", кв {rng.randint(1, 300)}",
            "",
        )
    )
    dom = rng.choice(("д. ", "д.", "дом ", ""))
    return f"{dom}{h}{flat}"


def address(rng: random.Random, fake: Any) -> str:
    k = rng.randrange(9)
    idx = digits(rng, 6)
    if k == 0:
        return f"г. {town(fake)}, {street(rng, fake)}, {house(rng)}"
    if k == 1:
        return f"{idx}, {fake.region()}, г. {town(fake)}, {street(rng, fake)}, {house(rng)}"
    if k == 2:
        return f"{street(rng, fake)}, {house(rng)}, г. {town(fake)}, {idx}"
    if k == 3:
        return (
            f"{fake.region()}, {fake.last_name_male()}ский р-н, с. {fake.last_name_male()}о, "
            f"ул. {fake.street_title()}, д. {rng.randint(1, 60)}"
        )
    if k == 4:
        return f"{town(fake)}, мкр. {rng.choice(('Северный', 'Солнечный', 'Юбилейный', '7-й', 'Заречный'))}, д. {rng.randint(1, 40)}, кв. {rng.randint(1, 200)}"
    if k == 5:
        return f"СНТ «{rng.choice(('Ромашка', 'Берёзка', 'Энергетик', 'Рассвет', 'Мичуринец'))}», уч. {rng.randint(1, 400)}, {fake.region()}"
    if k == 6:
        return (
            f"{town(fake).lower()} {fake.street_title().lower()} {rng.randint(1, 99)}-{rng.randint(1, 200)}"
        )
    if k == 7:
        return f"д. {fake.last_name_female()[:-1]}о, {rng.randint(1, 70)}, {fake.region()}"
    return f"{idx} {town(fake)} {street(rng, fake)} {house(rng)}"
