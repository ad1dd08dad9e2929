"""Value generators for the blind13 split (names, dates, places, contacts, checksummed ids).

Written independently: own inflection, own checksums, own layouts; all randomness from ``rng``
and the passed Faker("ru_RU") instance.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_families import MONTHS_ABBR, MONTHS_GENT, MONTHS_LOCT, MONTHS_NOMN, ROMAN, Planted

CASES = ("nomn", "gent", "datv", "ablt", "loct")


# ----- a document builder: text with gold spans ----------------------------------------------
class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.golds: list[tuple[str, int, int]] = []

    def t(self, s: str) -> Doc:
        self.text += s
        return self

    def v(self, kind: str, value: str) -> Doc:
        self.golds.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def done(self) -> Planted:
        return Planted(self.text, list(self.golds))


def d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def dn(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + d(rng, n - 1)


# ----- names with declension -------------------------------------------------------------------
def _sur(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        for end, forms in (("ский", ("ского", "скому", "ским", "ском")), ("цкий", ("цкого", "цкому", "цким", "цком")),
                           ("ой", ("ого", "ому", "им", "ом")), ("ый", ("ого", "ому", "ым", "ом")),
                           ("ий", ("ия", "ию", "ием", "ии"))):
            if s.endswith(end):
                return s[: -len(end)] + forms[i]
        if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
            return s + ("а", "у", "ым", "е")[i]
        if s[-1] in "бвгджзклмнпрстфхцчшщ":
            return s + ("а", "у", "ом", "е")[i]
        return s
    for end, forms in (("ская", ("ской",) * 4), ("цкая", ("цкой",) * 4), ("ова", ("овой",) * 4),
                       ("ева", ("евой",) * 4), ("ина", ("иной",) * 4), ("ына", ("ыной",) * 4),
                       ("ая", ("ой",) * 4)):
        if s.endswith(end):
            return s[: -len(end)] + forms[i]
    return s


def _first(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if s.endswith("ия"):
        return s[:-1] + ("и", "и", "ей", "и")[i]
    if s.endswith("я"):
        return s[:-1] + ("и", "е", "ей", "е")[i]
    if s.endswith("а"):
        soft = s[-2] in "гкхжшчщ"
        return s[:-1] + ("и" if soft else "ы", "е", "ой", "е")[i]
    if not male:
        return s
    if s.endswith(("й", "ь")):
        return s[:-1] + ("я", "ю", "ем", "е")[i]
    if s[-1] in "бвгджзклмнпрстфхцчшщ":
        return s + ("а", "у", "ом", "е")[i]
    return s


def _patr(s: str, male: bool, case: str) -> str:
    if case == "nomn":
        return s
    i = CASES.index(case) - 1
    if male:
        return s + ("а", "у", "ем", "е")[i]
    return s[:-1] + ("ы", "е", "ой", "е")[i]


def parts(rng: random.Random, fake: Any, male: bool | None = None) -> tuple[str, str, str, bool]:
    if male is None:
        male = rng.random() < 0.5
    if male:
        return fake.last_name_male(), fake.first_name_male(), fake.middle_name_male(), True
    return fake.last_name_female(), fake.first_name_female(), fake.middle_name_female(), False


DIMINUTIVE = {"Александр": "Саша", "Алексей": "Лёша", "Михаил": "Миша", "Дмитрий": "Дима", "Николай": "Коля",
              "Сергей": "Серёжа", "Владимир": "Вова", "Екатерина": "Катя", "Мария": "Маша", "Наталья": "Наташа",
              "Татьяна": "Таня", "Елена": "Лена", "Ольга": "Оля", "Анна": "Аня", "Евгения": "Женя", "Иван": "Ваня"}

LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"], strict=True))


def translit(s: str) -> str:
    out = "".join(LAT.get(c.lower(), c) if c.lower() in LAT else c for c in s)
    return out[:1].upper() + out[1:] if s[:1].isupper() else out


def name(rng: random.Random, fake: Any, case: str = "nomn", shape: str = "", male: bool | None = None) -> str:
    """shape: F I O / F IO / IO F / I O / F / I F / dim / lat / FIO-caps; random when empty."""
    f, i, o, m = parts(rng, fake, male)
    shape = shape or rng.choice(("F I O", "F I O", "F IO", "IO F", "I O", "F", "I F", "F I.O.", "FCAPS I O"))
    F, I_, O = _sur(f, m, case), _first(i, m, case), _patr(o, m, case)
    if shape == "F I O":
        return f"{F} {I_} {O}"
    if shape == "F IO":
        return f"{F} {i[0]}.{rng.choice(('', ' '))}{o[0]}."
    if shape == "F I.O.":
        return f"{F} {i[0]}.{o[0]}."
    if shape == "IO F":
        return f"{i[0]}.{rng.choice(('', ' '))}{o[0]}. {F}"
    if shape == "I O":
        return f"{I_} {O}"
    if shape == "F":
        return F
    if shape == "I F":
        return f"{I_} {F}"
    if shape == "FCAPS I O":
        return f"{F.upper()} {I_} {O}"
    if shape == "dim":
        return DIMINUTIVE.get(i, i)
    if shape == "lat":
        return rng.choice((f"{translit(f).upper()} {translit(i).upper()}", f"{translit(i)} {translit(f)}"))
    raise ValueError(shape)


# ----- dates ------------------------------------------------------------------------------------
def _ymd(rng: random.Random, y0: int = 1940, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def date(rng: random.Random, layout: str = "", y0: int = 2015, y1: int = 2026) -> str:
    y, m, dd = _ymd(rng, y0, y1)
    layout = layout or rng.choice(("dmy", "dmy", "words", "iso", "dmy2", "abbr", "slash", "time", "roman",
                                   "month", "daymonth", "range", "ocr", "words_g"))
    hh, mi = rng.randint(0, 23), rng.randint(0, 59)
    if layout == "dmy":
        return f"{dd:02d}.{m:02d}.{y}"
    if layout == "dmy2":
        return f"{dd}.{m:02d}.{y % 100:02d}"
    if layout == "words":
        return f"{dd} {MONTHS_GENT[m - 1]} {y} года"
    if layout == "words_g":
        return f"«{dd:02d}» {MONTHS_GENT[m - 1]} {y} г."
    if layout == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if layout == "abbr":
        return f"{dd} {MONTHS_ABBR[m - 1]} {y}"
    if layout == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if layout == "time":
        return rng.choice((f"{dd:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}", f"{dd:02d}.{m:02d}.{y} в {hh}.{mi:02d}",
                           f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:00"))
    if layout == "roman":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if layout == "month":
        return rng.choice((f"{MONTHS_NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{MONTHS_LOCT[m - 1]} {y} г."))
    if layout == "daymonth":
        return f"{dd} {MONTHS_GENT[m - 1]}"
    if layout == "range":
        return rng.choice((f"{dd:02d}.{m:02d}–{min(dd + 9, 28):02d}.{m:02d}.{y}",
                           f"с {dd} по {min(dd + 12, 28)} {MONTHS_GENT[m - 1]} {y}"))
    if layout == "ocr":
        s = f"{dd:02d}.{m:02d}.{y}"
        return rng.choice((s.replace("0", "O", 1), s.replace(".", ",", 1), s.replace(".", ". ", 1), s.replace("1", "l", 1)))
    raise ValueError(layout)


def birth(rng: random.Random, layout: str = "") -> str:
    return date(rng, layout or rng.choice(("dmy", "words", "iso", "dmy", "slash", "abbr")), 1935, 2020)


# ----- places ---------------------------------------------------------------------------------
TYPES_FULL = {"ул.": "улица", "пр.": "проспект", "пер.": "переулок", "бул.": "бульвар"}


def street(fake: Any, rng: random.Random) -> str:
    s = fake.street_name()
    if rng.random() < 0.3:
        kind, _, rest = s.partition(" ")
        s = f"{TYPES_FULL.get(kind, kind)} {rest}" if rng.random() < 0.5 else f"{rest} {kind}"
    return s


def address(rng: random.Random, fake: Any, layout: str = "") -> str:
    layout = layout or rng.choice(("city", "city", "index", "region", "rural", "snt", "mkr", "reverse", "short",
                                   "litera"))
    town, st = fake.city_name(), street(fake, rng)
    h, fl = rng.randint(1, 180), rng.randint(1, 320)
    korp = rng.choice(("", f", корп. {rng.randint(1, 5)}", f", к{rng.randint(1, 4)}", f", стр. {rng.randint(1, 9)}",
                       f"/{rng.randint(1, 4)}"))
    if layout == "city":
        return f"г. {town}, {st}, д. {h}{korp}, кв. {fl}"
    if layout == "index":
        return f"{fake.postcode()}, {fake.region()}, г. {town}, {st}, д.{h}, кв.{fl}"
    if layout == "region":
        return f"{fake.region()}, {town}, {st} {h}-{fl}"
    if layout == "rural":
        return (f"{fake.region()}, {fake.city_name()}ский р-н, {rng.choice(('с.', 'дер.', 'пос.', 'х.'))} "
                f"{fake.city_name()}, ул. {fake.street_title()}, д. {h}")
    if layout == "snt":
        return (f"{rng.choice(('СНТ', 'ДНП', 'СНТ'))} «{rng.choice(('Ромашка', 'Рассвет', 'Берёзка', 'Мичуринец'))}»,"
                f" уч. {rng.randint(1, 400)}, {fake.city_name()}ский р-н")
    if layout == "mkr":
        return f"г. {town}, мкр. {rng.choice(('Северный', 'Солнечный', '3-й', 'Юбилейный'))}, д. {h}, кв. {fl}"
    if layout == "reverse":
        return f"кв. {fl}, д. {h}, {st}, г. {town}, {fake.postcode()}"
    if layout == "short":
        return f"{town}, {st.replace('ул. ', '')} {h}-{fl}"
    if layout == "litera":
        return f"г. Санкт-Петербург, {st}, д. {h}, лит. {rng.choice('АБВ')}, кв. {fl}"
    raise ValueError(layout)


# ----- contacts ---------------------------------------------------------------------------------
def phone(rng: random.Random, layout: str = "") -> str:
    layout = layout or rng.choice(("plus", "eight", "dash", "compact", "city", "ext", "foreign", "spaced"))
    op = rng.choice(("903", "905", "916", "926", "915", "961", "977", "999", "912", "950"))
    a, b, c = d(rng, 3), d(rng, 2), d(rng, 2)
    if layout == "plus":
        return f"+7 ({op}) {a}-{b}-{c}"
    if layout == "eight":
        return f"8 {op} {a} {b} {c}"
    if layout == "dash":
        return f"8-{op}-{a}-{b}-{c}"
    if layout == "compact":
        return rng.choice((f"+7{op}{a}{b}{c}", f"8{op}{a}{b}{c}"))
    if layout == "city":
        code = rng.choice(("495", "812", "843", "383", "8552", "3852"))
        return rng.choice((f"8 ({code}) {d(rng, 10 - len(code) - 4)}-{b}-{c}", f"({code}) {d(rng, 10 - len(code) - 4)}-{b}{c}"))
    if layout == "ext":
        return f"+7 (495) {a}-{b}-{c} доб. {rng.randint(100, 9999)}"
    if layout == "foreign":
        return rng.choice((f"+375 29 {a}-{b}-{c}", f"+998 90 {a} {b} {c}", f"+49 151 {d(rng, 8)}",
                           f"+992 (93) {a}-{b}-{c}", f"+374 77 {d(rng, 6)}"))
    if layout == "spaced":
        return f"+7 {op} {a} {b}{c}"
    raise ValueError(layout)


DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru", "list.ru", "ya.ru")


def email(rng: random.Random, fake: Any) -> str:
    f, i, _, _ = parts(rng, fake)
    user = rng.choice((f"{translit(f).lower()}.{translit(i).lower()[0]}", f"{translit(i).lower()}{rng.randint(60, 2010)}",
                       f"{translit(f).lower()}_{d(rng, 2)}", f"{translit(i).lower()[0]}.{translit(f).lower()}"))
    return f"{user}@{rng.choice(DOMAINS)}"


def url(rng: random.Random, fake: Any) -> str:
    return rng.choice((f"https://vk.com/id{dn(rng, 9)}", f"https://t.me/{translit(fake.first_name_female()).lower()}_{d(rng, 3)}",
                       f"https://lk.medcentr-zdorovie.ru/patient/{dn(rng, 7)}", f"https://disk.yandex.ru/d/{fake.lexify('?????????')}",
                       f"http://ok.ru/profile/{dn(rng, 12)}", f"https://cloud.mail.ru/public/{fake.lexify('????')}/{fake.lexify('?????')}",
                       f"www.gosuslugi.ru/{dn(rng, 6)}/1/form", f"https://emias.info/appointment/{dn(rng, 8)}"))


# ----- checksummed identifiers -----------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = d(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s > 101:
        s %= 101
    ctl = 0 if s in (100, 101) else s
    return body + f"{ctl:02d}"


def snils(rng: random.Random, layout: str = "") -> str:
    x = snils_digits(rng)
    layout = layout or rng.choice(("std", "std", "spaces", "plain", "dashes"))
    if layout == "std":
        return f"{x[:3]}-{x[3:6]}-{x[6:9]} {x[9:]}"
    if layout == "spaces":
        return f"{x[:3]} {x[3:6]} {x[6:9]} {x[9:]}"
    if layout == "dashes":
        return f"{x[:3]}-{x[3:6]}-{x[6:9]}-{x[9:]}"
    return x


def _inn_tail(body: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(c) * w for c, w in zip(body, weights, strict=False)) % 11 % 10)


def inn12(rng: random.Random, layout: str = "") -> str:
    body = dn(rng, 2) + d(rng, 8)
    body += _inn_tail(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    body += _inn_tail(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
    layout = layout or rng.choice(("plain", "plain", "spaces", "dash"))
    if layout == "spaces":
        return f"{body[:4]} {body[4:10]} {body[10:]}"
    if layout == "dash":
        return f"{body[:2]}-{body[2:4]}-{body[4:10]}-{body[10:]}"
    return body


def org_inn(rng: random.Random) -> str:
    body = dn(rng, 2) + d(rng, 7)
    return body + _inn_tail(body, (2, 4, 10, 3, 5, 9, 4, 6, 8))


def enp(rng: random.Random, layout: str = "") -> str:
    body = dn(rng, 15)
    total = 0
    for k, c in enumerate(reversed(body)):
        x = int(c) * (2 if k % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    x = body + str((10 - total % 10) % 10)
    layout = layout or rng.choice(("plain", "plain", "fours", "spaces"))
    if layout == "fours":
        return " ".join(x[i : i + 4] for i in range(0, 16, 4))
    if layout == "spaces":
        return rng.choice((f"{x[:4]}-{x[4:8]}-{x[8:12]}-{x[12:]}", f"{x[:6]} {x[6:]}"))
    return x


def passport(rng: random.Random, layout: str = "") -> str:
    ser = f"{rng.choice((45, 46, 40, 60, 92, 65, 71, 36, 52, 24)):02d}{rng.randint(0, 24):02d}"
    num = dn(rng, 6)
    layout = layout or rng.choice(("sp", "sp", "split", "no", "plain"))
    if layout == "sp":
        return f"{ser} {num}"
    if layout == "split":
        return f"{ser[:2]} {ser[2:]} {num}"
    if layout == "no":
        return f"{ser} № {num}"
    return ser + num


def mrn(rng: random.Random, kind: str = "") -> str:
    y = rng.randint(2018, 2026)
    kind = kind or rng.choice(("ib", "amb", "emk", "lab", "ref", "eln", "call", "dicom", "rx", "mse", "san", "contract"))
    if kind == "ib":
        return rng.choice((f"{rng.randint(1, 29999)}/{y % 100}", f"{rng.randint(1, 9999)}-{y}", f"ИБ-{y}-{dn(rng, 5)}"))
    if kind == "amb":
        return rng.choice((f"{dn(rng, 5)}", f"А-{dn(rng, 4)}/{rng.randint(1, 12)}", f"{rng.randint(1, 99)}-{dn(rng, 4)}"))
    if kind == "emk":
        return rng.choice((f"EMK{dn(rng, 9)}", f"ЭМК-{dn(rng, 8)}", f"PID-{dn(rng, 7)}"))
    if kind == "lab":
        return rng.choice((f"{dn(rng, 10)}", f"LB{y % 100}-{dn(rng, 6)}", f"{dn(rng, 3)}-{dn(rng, 6)}-{rng.randint(1, 9)}"))
    if kind == "ref":
        return rng.choice((f"{rng.randint(10, 99)}-{dn(rng, 6)}", f"НПР/{y}/{dn(rng, 5)}"))
    if kind == "eln":
        return dn(rng, 12)
    if kind == "call":
        return f"{rng.randint(1, 999)}-{dn(rng, 2)}"
    if kind == "dicom":
        return f"1.2.643.5.1.13.13.12.2.{rng.randint(10, 99)}.{dn(rng, 4)}.{dn(rng, 8)}"
    if kind == "rx":
        return f"{rng.randint(10, 99)}{rng.randint(10, 99)}-{dn(rng, 6)}"
    if kind == "mse":
        return rng.choice((f"{dn(rng, 3)}.{y}.{dn(rng, 2)}.{dn(rng, 4)}", f"МСЭ-{y}/{dn(rng, 6)}"))
    if kind == "san":
        return f"{rng.randint(1, 999):03d}/{y}"
    if kind == "contract":
        return rng.choice((f"ПМУ-{dn(rng, 5)}/{y % 100}", f"{dn(rng, 4)}-П/{y}", f"Д{dn(rng, 6)}"))
    raise ValueError(kind)


# ----- look-alikes that are not PII -----------------------------------------------------------
def noise(rng: random.Random) -> str:
    return rng.choice((
        f"Лицензия № Л041-01137-77/{dn(rng, 8)}.", f"ИНН организации {org_inn(rng)}, КПП {dn(rng, 9)}.",
        f"ОГРН {dn(rng, 13)}.", "Форма 057/у-04.", f"Палата № {rng.randint(1, 40)}, койка {rng.randint(1, 6)}.",
        f"Диагноз по МКБ-10: {rng.choice(('I10', 'J18.9', 'M54.5', 'E11.9', 'K29.5'))}.",
        f"Приём препарата в 08:00 и {rng.choice(('20:00', '21:00'))}.", f"Hb {rng.randint(95, 160)} г/л.",
        f"Сумма {rng.randint(900, 95000)} руб. {rng.randint(0, 99):02d} коп.", "Код услуги A16.07.002.",
        f"Болеет с {rng.randint(2005, 2024)} года.", f"Каб. {rng.randint(100, 450)}.",
    ))
