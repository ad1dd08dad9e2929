"""Number-shaped values for the ``blind3`` PII families: phones (in digits of unusual grouping, in
words, with extensions, several per line), checksummed SNILS / INN / OMS (checksums computed here),
passport series and number in forms, tables and OCR-like layouts, record numbers in the styles of
many institutions, e-mail addresses and links.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks import pii_blind3_places as places
from benchmarks.pii_blind3_values import nums

MOBILE = ("900", "901", "902", "904", "908", "912", "913", "914", "915", "916", "917", "919", "920", "921", "922",
          "923", "925", "926", "927", "928", "929", "931", "932", "933", "934", "936", "937", "938", "950", "951",
          "952", "953", "958", "960", "961", "964", "967", "968", "977", "978", "980", "981", "982", "984", "985",
          "986", "987", "989", "991", "992", "994", "995", "996", "997", "999")


# ----- phones --------------------------------------------------------------------------------
def unusual_mobile(rng: random.Random) -> str:
    """Groupings people and systems use besides 8 (916) 123-45-67."""
    c, n = rng.choice(MOBILE), nums(rng, 7, lead=False)
    return rng.choice((
        f"8{c} {n[:3]} {n[3:5]} {n[5:]}",
        f"8 {c} {n[:2]} {n[2:5]} {n[5:]}", f"+7 {c} {n}", f"8.{c}.{n[:3]}.{n[3:5]}.{n[5:]}", f"+7({c})-{n[:3]}-{n[3:]}",
        f"(8-{c}) {n[:3]} {n[3:5]} {n[5:]}", f"7 {c} {n[:3]}-{n[3:5]}-{n[5:]}", f"8{c}-{n[:3]}{n[3:5]}{n[5:]}",
        f"+7 ({c}) {n[:2]}-{n[2:4]}-{n[4:]}", f"8-{c}{n[:3]}-{n[3:]}", f"+7{c}-{n[:3]}-{n[3:5]}-{n[5:]}",
        f"8 ({c[:2]}{c[2]}) {n[:3]} {n[3:]}", f"+ 7 {c} {n[:3]} {n[3:5]} {n[5:]}", f"8 {c}-{n[:3]}-{n[3:]}"))


def foreign_looking(rng: random.Random) -> str:
    """Russian mobiles written the international way (as copied from messengers or abroad)."""
    c, n = rng.choice(MOBILE), nums(rng, 7, lead=False)
    return rng.choice((f"+7 {c} {n[:3]} {n[3:5]} {n[5:]}", f"(+7) {c} {n}", f"007 {c} {n}", f"+7-{c}-{n[:3]}-{n[3:]}",
                       f"+7.{c}.{n}", f"7{c}{n}", f"+7 ({c}) {n[:3]} {n[3:]}", f"(+7 {c}) {n[:3]}-{n[3:5]}-{n[5:]}",
                       f"+7 {c[0]} {c[1:]} {n}"))


def landline(rng: random.Random) -> str:
    """A town number with its real area code, grouped as that town writes it."""
    town = rng.choice(places.TOWNS)
    code, n = town.code, nums(rng, 10 - len(town.code))
    local = {7: f"{n[:3]}-{n[3:5]}-{n[5:]}", 6: f"{n[:2]}-{n[2:4]}-{n[4:]}", 5: f"{n[0]}-{n[1:3]}-{n[3:]}",
             4: f"{n[:2]}-{n[2:]}", 3: n}[len(n)]
    return rng.choice((f"(8-{code}) {local}", f"8 ({code}) {local}", f"+7 ({code}) {local}", f"8-{code}-{local}",
                       f"({code}) {n}", f"8 {code} {local}", f"+7{code}{n}", f"8({code}){local}"))


def with_extension(rng: random.Random) -> str:
    base = landline(rng) if rng.random() < 0.7 else f"8 800 {nums(rng, 3)}-{nums(rng, 2, False)}-{nums(rng, 2, False)}"
    ext = str(rng.randint(1, 9999))
    return base + rng.choice((f", доп. {ext}", f" (доб. {ext})", f" доб.{ext}", f", добавочный {ext}", f" ext. {ext}",
                              f" вн.{ext}", f", далее {ext}", f" (доп. {ext})"))


_ONES = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
         "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
         "девятнадцать")
_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот")


def group_words(group: str) -> str:
    """A dictated digit group: "05" -> "ноль пять", "45" -> "сорок пять", "916" -> "девятьсот шестнадцать"."""
    if group.startswith("0"):
        return " ".join(_ONES[int(ch)] for ch in group)
    value, words = int(group), []
    if value >= 100:
        words.append(_HUNDREDS[value // 100])
        value %= 100
    if value >= 20:
        words.append(_TENS[value // 10])
        value %= 10
        if value:
            words.append(_ONES[value])
    elif value or not words:
        words.append(_ONES[value])
    return " ".join(words)


def in_words(rng: random.Random) -> str:
    """A mobile as dictated into a call record: "восемь девятьсот шестнадцать сто двадцать три сорок пять ноль семь"."""
    c, n = rng.choice(MOBILE), nums(rng, 7, lead=False)
    head = rng.choice(("восемь", "плюс семь", "8"))
    groups = [c, n[:3], n[3:5], n[5:]]
    if rng.random() < 0.3:
        return f"{head} {group_words(c)} {n[:3]}-{n[3:5]}-{n[5:]}"  # half dictated, half typed
    return f"{head} " + " ".join(group_words(g) for g in groups)


# ----- identifiers with check digits -----------------------------------------------------------
def snils(rng: random.Random) -> str:
    while True:
        body = nums(rng, 9, lead=False)
        if int(body) > 1001998:
            break
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    d = body + f"{check:02d}"
    return rng.choice((f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", f"{d[:3]} {d[3:6]} {d[6:9]}-{d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                       f"{d[:3]}.{d[3:6]}.{d[6:9]} {d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:9]}  {d[9:]}", d))


def inn(rng: random.Random) -> str:
    body = rng.choice(("31", "33", "61", "63", "71", "73", "21", "12", "13", "19", "14", "86", "89", "39", "50", "68"))
    body += f"{rng.randint(1, 30):02d}" + nums(rng, 6, lead=False)
    w11, w12 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8), (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body += str(sum(int(a) * b for a, b in zip(body, w11, strict=True)) % 11 % 10)
    body += str(sum(int(a) * b for a, b in zip(body, w12, strict=True)) % 11 % 10)
    return rng.choice((body, body, f"{body[:4]} {body[4:10]} {body[10:]}", f"{body[:2]} {body[2:4]} {body[4:]}"))


def oms(rng: random.Random) -> str:
    """A 16-digit single policy number with a Luhn check digit."""
    body = rng.choice(("31", "33", "61", "63", "71", "73", "21", "86", "39", "50", "68", "77", "78")) + nums(rng, 13, False)
    for check in "0123456789":
        digits = [int(ch) for ch in body + check]
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
        if total % 10 == 0:
            number = body + check
            return rng.choice((number, number, f"{number[:4]}-{number[4:8]}-{number[8:12]}-{number[12:]}",
                               f"{number[:8]} {number[8:]}", f"{number[:6]} {number[6:]}"))
    raise AssertionError("a Luhn digit always exists")


def passport_parts(rng: random.Random) -> tuple[str, str]:
    """Series (region code + two digits of the year of issue) and the six-digit number."""
    series = rng.choice(("17", "24", "28", "29", "33", "37", "41", "53", "56", "67", "70", "75", "78", "83", "86", "97"))
    return series + f"{rng.choice((*range(0, 24), 98, 99)):02d}", nums(rng, 6, lead=False)


def passport_ocr(rng: random.Random) -> str:
    """As a scan's text layer gives it: digits spread out, glued, broken over the line, odd signs."""
    s, n = passport_parts(rng)
    return rng.choice((" ".join(s + n), f"{s[:2]}  {s[2:]}   {n}", f"{s}№{n}", f"{s[:2]} {s[2:]}\n{n}", f"{s} N {n}",
                       f"{s[:2]}.{s[2:]}.{n}", f"{s}/{n}", f"{s[:2]} {s[2:]} No {n}", f"{s}{n}", f"{s[:2]} {s[2:]} - {n}"))


# ----- medical record numbers ------------------------------------------------------------------
_DEPTS = ("ТО", "ХО", "КО", "НО", "ГО", "Т", "Х", "ИНФ", "РАО", "ПСО", "ОНМК", "Н", "К")


def inpatient(rng: random.Random) -> str:
    """Hospital case numbers: 12345/С-2023, 2023-0012345, 4567-к, 003451/23, 17-23/4512, 0451/ОНМК."""
    n, y = rng.randint(1, 39999), rng.randint(2014, 2025)
    return rng.choice((f"{n}/С-{y}", f"{y}-{n:07d}", f"{n}-к", f"{n:06d}/{y % 100}", f"{rng.randint(1, 30)}-{y % 100}/{n}",
                       f"{n:04d}/{rng.choice(_DEPTS)}", f"{rng.choice(_DEPTS)}-{n}", f"{n}т", f"{y % 100}-{n}-С",
                       f"{n}/{y % 100}/{rng.randint(1, 9)}", f"С{n}/{y % 100}", f"№{y % 100}.{n:05d}"))


def outpatient(rng: random.Random) -> str:
    n = rng.randint(1, 99999)
    return rng.choice((f"{rng.randint(1, 45)}/{n}", f"{n}-{rng.randint(1, 45)}", f"АК-{n:06d}", f"{n:08d}",
                       f"Т-{n}", f"{rng.randint(1, 45)}.{n}", f"{n}/{rng.choice('АБВГДЕЖ')}", f"0{n}/{rng.randint(14, 25)}"))


def call_card(rng: random.Random) -> str:
    """Ambulance call numbers: per-day counts, per-year counts, with substation prefixes."""
    n = rng.randint(1, 1500)
    return rng.choice((str(n), f"{n}/{rng.randint(1, 30)}", f"{rng.randint(1, 12)}-{n}", f"{rng.randint(2018, 2025)}-{nums(rng, 6)}",
                       f"{nums(rng, 9)}", f"{n}-{rng.randint(1, 9)}", f"П{rng.randint(1, 60)}/{n}", f"{nums(rng, 5)}"))


def case_number(rng: random.Random) -> str:
    """Numbers of other records: ТАП, exchange card, birth history, child development history, autopsy protocol."""
    return rng.choice((nums(rng, 10), nums(rng, 7), f"{rng.randint(1, 999)}/{rng.randint(18, 25)}", str(rng.randint(1, 4999)),
                       f"{rng.randint(1, 2999)}-{rng.choice('АБКРП')}", f"{nums(rng, 4)}-{nums(rng, 3)}"))


def institution(rng: random.Random) -> str:
    """Record numbers carrying the institution's mark."""
    y, n = rng.randint(2015, 2025), rng.randint(1, 99999)
    return rng.choice((f"ГКБ1-{y}-{n:06d}", f"ОКБ/{y % 100}/{n}", f"МКСБ {y % 100}-{n}-Т", f"Н-{y}/{n:05d}",
                       f"{n}/{y % 100} (ТО)", f"{y}/ХО/{n:04d}", f"РКБ-{n}", f"ЦРБ.{y % 100}.{n}", f"КДЦ {n:07d}",
                       f"ДГБ2-{n}", f"ОПЦ/{n}/{y % 100}", f"{n}ОНК{y % 100}"))


def mis_id(rng: random.Random) -> str:
    return rng.choice((nums(rng, 10), f"{nums(rng, 3)} {nums(rng, 3, False)} {nums(rng, 4, False)}", f"{rng.randint(1, 99):02d}-{nums(rng, 7)}",
                       f"{nums(rng, 12)}", f"P{nums(rng, 8)}", f"{nums(rng, 6)}-{nums(rng, 2, False)}"))


# ----- e-mail and links ------------------------------------------------------------------------
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ("a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "h", "c", "ch", "sh", "shh", "", "y", "", "e", "ju", "ja"), strict=True))


def latin(word: str) -> str:
    return "".join(_LATIN.get(ch, ch) for ch in word.lower())


def email(rng: random.Random, fake: Any) -> str:
    from benchmarks.pii_blind3_values import new_person

    p = new_person(rng, fake)
    f, i, o = latin(p.surname), latin(p.name), latin(p.patronymic)
    local = rng.choice((f"{f}.{i[0]}.{o[0]}", f"{i}-{f}", f"{f}_{rng.randint(1960, 2009)}", f"{i[0]}{o[0]}{f}",
                        f"{f}{i[:2]}{rng.randint(1, 99)}", f"{i}.{f}.{rng.randint(1, 9)}", f"{f}-family", f"dom.{f}"))
    domain = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "icloud.com", "outlook.com", "list.ru", "mail.ua",
                         "rambler.ru", "hotmail.com", "bk.ru", "yandex.by", "ro.ru", "lenta.ru", "pochta.ru",
                         "tyumen-city.ru", "gkb1.tula.ru", "school12.edu.ru", "rzd.ru", "gazprom-neft.ru"))
    address = f"{local}@{domain}"
    return address.upper() if rng.random() < 0.12 else address


def link(rng: random.Random) -> str:
    tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(6, 12)))
    site = rng.choice(("gb2-tula", "okb-ulyanovsk", "rkb-cheb", "medgorod", "zdrav-sakhalin", "kdc-tambov"))
    return rng.choice((
        f"https://clck.ru/{tok[:6]}", f"https://{site}.ru/doctors/{latin(rng.choice(('ivanov', 'petrova')))}-{tok[:4]}",
        f"https://meet.{site}.ru/j/{nums(rng, 9)}", f"http://{site}.ru/upload/iblock/{tok.lower()}.pdf",
        f"https://docs.google.com/document/d/{tok}{tok}/edit", f"https://youtu.be/{tok[:11]}",
        f"https://dzen.ru/id/{tok.lower()}", f"https://www.instagram.com/{tok.lower()}/",
        f"https://drive.google.com/file/d/{tok}{nums(rng, 6)}/view", f"https://lk.{site}.ru/#/results/{nums(rng, 8)}",
        f"www.{site}.ru/patient?id={nums(rng, 7)}", f"https://my.dom.gosuslugi.ru/{tok.lower()}",
        f"https://t.me/+{tok}", f"https://vk.me/{tok.lower()}", f"ok.ru/group/{nums(rng, 14)}"))
