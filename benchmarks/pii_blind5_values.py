"""Blind split 5: dates, phones, e-mails, URLs and document numbers, in the shapes real paperwork uses.

Every maker is ``(rng, fake, case) -> value``; the value is what the gold span covers (no label).
Check digits are computed where the real document has them (SNILS, INN); an OMS policy (ЕНП) is 16
digits starting with a region code; a passport is a 4-digit series (region + year of issue) and a
6-digit number.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind5_people import Maker

GENT = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря")
NOMN = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
        "декабрь")
LOCT = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре",
        "декабре")
ABBR = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
ORDINAL_GENT = ("первого", "второго", "третьего", "пятого", "десятого", "двенадцатого", "пятнадцатого",
                "двадцатого", "двадцать первого", "тридцатого")
ORDINAL_DAY = (1, 2, 3, 5, 10, 12, 15, 20, 21, 30)
DASHES = ("-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ----- dates ---------------------------------------------------------------------------------
def _ymd(rng: random.Random, old: bool) -> tuple[int, int, int]:
    year = rng.randint(1938, 2012) if old else rng.randint(2019, 2026)
    return year, rng.randint(1, 12), rng.randint(1, 28)


def _time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice((f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h} ч {m:02d} мин", f"{h:02d}-{m:02d}"))


def date(*layouts: str, old: bool = False, bare: bool = False) -> Maker:
    """Layouts: num (any separator), num2 (2-digit year), word (month in words), abbr, iso, stamp (with time),
    my (month and year), year, ordinal, range, compact (DDMMYYYY), roman."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        y, m, d = _ymd(rng, old)
        layout = rng.choice(layouts)
        sep = rng.choice((".", ".", "/", "-", ". ", ","))
        dd = f"{d:02d}" if rng.random() < 0.7 else str(d)
        if bare and layout in ("num", "num2", "word", "abbr"):
            return rng.choice((f"{dd}.{m:02d}.{y}", f"{dd}{sep}{m:02d}{sep}{y}", f"{d} {GENT[m - 1]} {y}", f"{dd}.{m:02d}.{y % 100:02d}"))
        if layout == "num":
            return f"{dd}{sep}{m:02d}{sep}{y}" + rng.choice(("", "", " г.", "г.", " года"))
        if layout == "num2":
            return f"{dd}.{m:02d}.{y % 100:02d}" + rng.choice(("", "", "г."))
        if layout == "word":
            return f"{d} {GENT[m - 1]} {y}" + rng.choice((" г.", " года", "г.", "", " г"))
        if layout == "abbr":
            return f"{d} {ABBR[m - 1]}{rng.choice(('.', '', '.'))} {y}" + rng.choice(("", " г."))
        if layout == "iso":
            h, mi = rng.randint(0, 23), rng.randint(0, 59)
            if old:  # a birth date carries no time
                return f"{y}-{m:02d}-{d:02d}"
            return f"{y}-{m:02d}-{d:02d}" + rng.choice(("", f"T{h:02d}:{mi:02d}:00", f" {h:02d}:{mi:02d}", f"T{h:02d}:{mi:02d}:00+03:00"))
        if layout == "stamp":
            return rng.choice((f"{d:02d}.{m:02d}.{y} {_time(rng)}", f"{_time(rng)} {d:02d}.{m:02d}.{y}",
                               f"{d:02d}.{m:02d}.{y % 100:02d} в {_time(rng)}", f"{d} {GENT[m - 1]} {y} г. в {_time(rng)}"))
        if layout == "my":
            if case == "loct":
                return f"{LOCT[m - 1]} {y}" + rng.choice((" г.", " года", ""))
            if case == "gent":
                return f"{GENT[m - 1]} {y}" + rng.choice((" г.", " года", "")) if rng.random() < 0.7 else f"{m:02d}.{y}"
            return rng.choice((f"{NOMN[m - 1]} {y}", f"{m:02d}.{y}", f"{m:02d}/{y % 100:02d}", f"{NOMN[m - 1].capitalize()} {y} г."))
        if layout == "year":
            return f"{y}" + rng.choice((" г.р.", " г. р.", "г.р.", " года рождения"))
        if layout == "yr":  # a bare year in the frame's case
            return f"{y}" + {"loct": rng.choice((" году", " г.")), "gent": rng.choice((" года", " г."))}.get(case, " г.")
        if layout == "ordinal" and case == "loct":
            return f"{LOCT[m - 1]} {y} года"
        if layout == "ordinal":
            k = rng.randrange(len(ORDINAL_DAY))
            return f"{ORDINAL_GENT[k]} {GENT[m - 1]} {y} года" if rng.random() < 0.5 else f"{ORDINAL_DAY[k]}-го {GENT[m - 1]}"
        if layout == "range":
            d = min(d, 20)
            d2 = min(28, d + rng.randint(2, 14))
            return rng.choice((f"{d:02d}.{m:02d}.{y}{rng.choice(DASHES[:4])}{d2:02d}.{m:02d}.{y}",
                               f"с {d} по {d2} {GENT[m - 1]} {y} г.", f"{d}{rng.choice(DASHES[:4])}{d2}.{m:02d}.{y}"))
        if layout == "compact":
            return f"{d:02d}{m:02d}{y}"
        if layout == "roman":
            return f"{d}.{('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII')[m - 1]}.{y}"
        raise ValueError(layout)

    return make


# ----- phones --------------------------------------------------------------------------------
MOBILE = ("903", "905", "909", "915", "916", "925", "926", "937", "951", "960", "977", "985", "999", "912", "922")
CITY = (("495", 7), ("812", 7), ("843", 7), ("383", 7), ("3452", 6), ("8352", 6), ("4212", 6), ("861", 7), ("34342", 5),
        ("800", 7))


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return sep.join(out)


def phone(*layouts: str) -> Maker:
    """Layouts: mobile (any grouping/prefix), city (area code in brackets or not), ext (with доб.),
    local (short city number), cis (Kazakhstan, Belarus, Uzbekistan, Kyrgyzstan...), letter_o (О for 0)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        if layout in ("mobile", "letter_o"):
            code, rest = rng.choice(MOBILE), digits(rng, 7)
            prefix = rng.choice(("+7", "8", "+7 ", "8 ", "7", "+7-", "8-"))
            body = rng.choice((f"({code}) {_group(rest, (3, 2, 2), '-')}", f"{code} {_group(rest, (3, 2, 2), ' ')}",
                               f"{code}{rest}", f"({code}){_group(rest, (3, 4), '-')}", f"{code}-{_group(rest, (3, 2, 2), '-')}",
                               f" {code} {_group(rest, (3, 4), ' ')}", f"{code}-{rest[:3]}-{rest[3:]}"))
            value = (prefix + body).replace("  ", " ")
            if layout == "letter_o":
                value = value.replace("0", "О")
            return value
        if layout in ("city", "ext"):
            code, size = rng.choice(CITY)
            local = str(rng.randint(2, 8)) + digits(rng, size - 1)
            grouped = _group(local, {7: (3, 2, 2), 6: (2, 2, 2), 5: (1, 2, 2)}[size], rng.choice(("-", " ")))
            value = rng.choice((f"8 ({code}) {grouped}", f"+7 ({code}) {grouped}", f"8({code}){grouped}",
                                f"({code}) {grouped}", f"8-{code}-{grouped}", f"+7{code}{local}"))
            if layout == "ext":
                value += rng.choice((", доб. ", " доб.", " (доб. ", " вн. ", " ext. ")) + digits(rng, rng.choice((3, 4)))
                value += ")" if "(доб." in value else ""
            return value
        if layout == "local":
            local = str(rng.randint(2, 7)) + digits(rng, rng.choice((4, 5, 6)) - 1)
            return _group(local, {4: (2, 2), 5: (1, 2, 2), 6: (2, 2, 2)}[len(local)], "-")
        if layout == "cis":
            return rng.choice((f"+7 (7{rng.choice(('01', '05', '07', '77'))}) {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                               f"+375 {rng.choice(('29', '33', '44'))} {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                               f"+998 {rng.choice(('90', '91', '93', '97'))} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                               f"+996 ({rng.choice(('555', '700', '772'))}) {digits(rng, 6)}",
                               f"+992 {rng.choice(('92', '93', '98'))}{digits(rng, 7)}",
                               f"+374 {rng.choice(('91', '93', '77'))} {digits(rng, 6)}"))
        raise ValueError(layout)

    return make


# ----- e-mail and URL ------------------------------------------------------------------------
MAIL_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru", "icloud.com")
CLINIC_DOMAINS = ("gkb15.ru", "crb-uren.ru", "med-ekb.org", "policlinika3.spb.ru", "zdrav.tatar.ru", "kdl-med.ru",
                  "oblbol.kirov.ru", "mo-kotelniki.ru")


def mailbox(rng: random.Random, fake: Any) -> str:
    from benchmarks.pii_blind5_people import draw, latin

    surname, first, _, _ = draw(rng, fake)
    s, f = latin(surname).lower().replace("-", ""), latin(first).lower()
    return rng.choice((f"{s}.{f}", f"{f[0]}.{s}", f"{s}{rng.randint(60, 99)}", f"{f}_{s}", f"{s}-{f[0]}",
                       f"{f}{s[0]}{rng.randint(1, 2025)}", f"{s}.{f[0]}.{f[1]}"))


def email(*layouts: str) -> Maker:
    """Layouts: plain, clinic (a doctor's work address), obfuscated (собака, [at], (at)), cyrillic (.рф domain), caps."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        box = mailbox(rng, fake)
        if layout == "plain":
            return f"{box}@{rng.choice(MAIL_DOMAINS)}"
        if layout == "clinic":
            return f"{box}@{rng.choice(CLINIC_DOMAINS)}"
        if layout == "obfuscated":
            at = rng.choice((" собака ", "(at)", " [at] ", "@ ", " @ ", "[собака]"))
            domain = rng.choice(MAIL_DOMAINS)
            if rng.random() < 0.3:
                domain = domain.replace(".", rng.choice((" точка ", "[dot]", " . ")))
            return f"{box}{at}{domain}"
        if layout == "cyrillic":
            return rng.choice(("приёмная", "регистратура", "info", "zapis", "otdel3")) + "@" + rng.choice(
                ("гб1.рф", "поликлиника-5.рф", "минздрав-омск.рф", "роддом2.рф"))
        if layout == "caps":
            return f"{box}@{rng.choice(MAIL_DOMAINS)}".upper()
        raise ValueError(layout)

    return make


def url(*layouts: str) -> Maker:
    """Layouts: portal (patient portal with a path), tele (telemedicine link with a query), bare (no scheme),
    gov (gosuslugi/ЕМИАС pages), result (lab result link with a token), cyr (.рф)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 12)))
        if layout == "portal":
            return f"https://lk.{rng.choice(CLINIC_DOMAINS)}/patient/{rng.randint(10000, 999999)}/records"
        if layout == "tele":
            return rng.choice((f"https://tm.{rng.choice(CLINIC_DOMAINS)}/room/{token}?pin={digits(rng, 4)}",
                               f"https://telemed.doctor-online.ru/c/{token}", f"https://meet.jit.si/konsult-{token}",
                               f"https://zoom.us/j/{digits(rng, 10)}?pwd={token}"))
        if layout == "bare":
            return rng.choice((f"www.{rng.choice(CLINIC_DOMAINS)}", f"{rng.choice(CLINIC_DOMAINS)}/zapis",
                               f"www.{rng.choice(CLINIC_DOMAINS)}/vrachi/{token}"))
        if layout == "gov":
            return rng.choice(("https://www.gosuslugi.ru/10066/1", "https://emias.info/", f"https://lk.emias.info/medcard/{token}",
                               f"https://gosuslugi.ru/600384/1/form?id={digits(rng, 9)}", "http://pgu.mosreg.ru/zapis"))
        if layout == "result":
            return rng.choice((f"https://result.{rng.choice(('invitro', 'helix', 'gemotest', 'citilab'))}.ru/?code={token}",
                               f"http://lab.{rng.choice(CLINIC_DOMAINS)}/r/{token}", f"https://qr.{rng.choice(CLINIC_DOMAINS)}/{token}"))
        if layout == "social":  # a patient's own page, given as a contact
            return rng.choice((f"vk.com/id{rng.randint(100000, 899999999)}", f"https://vk.com/{mailbox(rng, fake).replace('.', '_')}",
                               f"t.me/{mailbox(rng, fake).replace('.', '_').replace('-', '_')}",
                               f"https://ok.ru/profile/{digits(rng, 12)}"))
        if layout == "cyr":
            return rng.choice(("https://поликлиника-5.рф/запись", "http://гб1.рф/", "роддом2.рф/vrachi"))
        raise ValueError(layout)

    return make


# ----- identifiers ---------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    body = digits(rng, 9)
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101)
    return body + f"{0 if check == 100 else check:02d}"


def inn_digits(rng: random.Random) -> str:
    body = rng.choice(("77", "50", "78", "16", "66", "54", "63", "02", "23", "24")) + digits(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n11 = sum(int(c) * w for c, w in zip(body, w11, strict=True)) % 11 % 10
    body += str(n11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(c) * w for c, w in zip(body, w12, strict=True)) % 11 % 10)


def snils(*layouts: str) -> Maker:
    """Layouts: std (123-456-789 01), dash (all dashes, any Unicode dash), spaces, plain, slash, nobreak (NBSP)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        n = snils_digits(rng)
        layout = rng.choice(layouts)
        if layout == "std":
            return f"{n[:3]}-{n[3:6]}-{n[6:9]} {n[9:]}"
        if layout == "dash":
            d = rng.choice(DASHES)
            return f"{n[:3]}{d}{n[3:6]}{d}{n[6:9]}{d}{n[9:]}"
        if layout == "spaces":
            return f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"
        if layout == "plain":
            return n
        if layout == "slash":
            return f"{n[:3]}/{n[3:6]}/{n[6:9]}/{n[9:]}"
        if layout == "nobreak":
            return f"{n[:3]}\u2011{n[3:6]}\u2011{n[6:9]}\u00a0{n[9:]}"
        raise ValueError(layout)

    return make


def inn(*layouts: str) -> Maker:
    """Layouts: plain (12 digits), spaced (4-4-4 or 2-2-6-2), dashed."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        n = inn_digits(rng)
        layout = rng.choice(layouts)
        if layout == "plain":
            return n
        if layout == "spaced":
            return rng.choice((f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:2]} {n[2:4]} {n[4:10]} {n[10:]}", f"{n[:4]} {n[4:10]} {n[10:]}"))
        if layout == "dashed":
            return f"{n[:4]}-{n[4:10]}-{n[10:]}"
        raise ValueError(layout)

    return make


OMS_REGIONS = ("77", "50", "78", "16", "66", "54", "61", "02", "23", "24", "52", "74", "59", "63", "34")


def oms(*layouts: str) -> Maker:
    """Layouts: plain (16 digits), quad (4x4 with spaces or dashes), split (6+10 like the plastic card print), nl."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        n = rng.choice(OMS_REGIONS) + digits(rng, 14)
        layout = rng.choice(layouts)
        if layout == "plain":
            return n
        if layout == "quad":
            sep = rng.choice((" ", "-", " ", "\u2013"))
            return sep.join(n[i : i + 4] for i in range(0, 16, 4))
        if layout == "split":
            return f"{n[:6]} {n[6:]}"
        if layout == "nl":
            return f"{n[:8]}\n{n[8:]}"
        raise ValueError(layout)

    return make


PASSPORT_REGIONS = ("45", "46", "40", "92", "65", "36", "60", "03", "80", "52", "75", "71", "04", "18")


def passport(*layouts: str) -> Maker:
    """Layouts: spaced (45 12 345678), joint (4512 345678), numsign (4512 № 345678), words (4512 номер 345678),
    dashed, plain (10 digits), foreign (international passport 2+7)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        series = rng.choice(PASSPORT_REGIONS) + f"{rng.randint(3, 25):02d}"
        number = str(rng.randint(1, 9)) + digits(rng, 5)
        layout = rng.choice(layouts)
        if layout == "spaced":
            return f"{series[:2]} {series[2:]} {number}"
        if layout == "joint":
            return f"{series} {number}"
        if layout == "numsign":
            return rng.choice((f"{series} № {number}", f"{series[:2]} {series[2:]} № {number}", f"{series} №{number}"))
        if layout == "words":
            return f"{series} номер {number}"
        if layout == "dashed":
            return f"{series}{rng.choice(DASHES[:4])}{number}"
        if layout == "plain":
            return series + number
        if layout == "foreign":
            return f"{rng.choice(('75', '76', '77', '65'))} {digits(rng, 7)}"
        raise ValueError(layout)

    return make


def record(*layouts: str) -> Maker:
    """Medical record numbers (a record, case or document of this patient). Layouts: hist (история болезни: 1234/25,
    12345-С), amb (амб. карта: 12-345, А-0456), emk (ЭМК/МИС id: long digits), call (карта вызова СМП), lab
    (lab order), barcode (the long number under a sample barcode)."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        year = rng.randint(19, 26)
        if layout == "hist":
            return rng.choice((f"{rng.randint(100, 19999)}/{year}", f"{rng.randint(1000, 99999)}-{rng.choice('СХТКНГ')}",
                               f"{rng.randint(100, 9999)}/{rng.randint(1, 12)}/{year}", f"{year}-{rng.randint(10000, 99999)}",
                               f"ИБ-20{year}-{rng.randint(1, 99999):06d}", f"{rng.randint(100, 9999)} / {rng.randint(10, 999)}"))
        if layout == "amb":
            return rng.choice((f"{rng.randint(1, 99)}-{rng.randint(100, 9999)}", f"{rng.choice('АБВГДКМ')}-{rng.randint(100, 9999):04d}",
                               f"{rng.randint(10000, 999999)}", f"{rng.randint(1, 40)}/{rng.randint(100, 9999)}"))
        if layout == "emk":
            return rng.choice((digits(rng, 10), "1000" + digits(rng, 8), f"{digits(rng, 8)}-{digits(rng, 4)}", "EMK" + digits(rng, 9)))
        if layout == "call":
            return rng.choice((str(rng.randint(1, 999)), f"{rng.randint(1, 999)}/{rng.randint(1, 30)}", f"{rng.randint(1000, 99999)}"))
        if layout == "lab":
            return rng.choice((digits(rng, 10), f"{rng.randint(100, 999)}-{digits(rng, 6)}", f"Z{digits(rng, 8)}", f"{year}{digits(rng, 8)}"))
        if layout == "barcode":
            return digits(rng, 12)
        raise ValueError(layout)

    return make
