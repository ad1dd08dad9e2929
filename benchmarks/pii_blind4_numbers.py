"""Number-shaped values of the ``blind4`` PII families: phones as messengers, OCR and villages write
them (non-breaking spaces and hyphens, dashes, short local numbers, CIS numbers of migrants),
SNILS / INN / OMS with check digits computed here (the OMS single number by the ФОМС rule, plus
old-style policies and temporary certificates), passports (with Soviet-era series for the
elderly), record numbers of document kinds the other splits lack, e-mail and links.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind4_core import Person, digits, latin, new_person

NBSP, NBH = "\u00a0", "\u2011"  # no-break space, non-breaking hyphen (messenger copies carry them)
CODES = ("900", "903", "905", "906", "909", "910", "911", "918", "924", "930", "939", "941", "953", "962", "963",
         "965", "966", "969", "979", "983", "988", "993", "996", "999")


# ----- phones ----------------------------------------------------------------------------------
def mobile(rng: random.Random) -> str:
    c, n = rng.choice(CODES), digits(rng, 7)
    return rng.choice((
        f"+7{NBSP}{c}{NBSP}{n[:3]}{NBH}{n[3:5]}{NBH}{n[5:]}", f"+7 {c} {n[:3]}{NBH}{n[3:5]}{NBH}{n[5:]}",
        f"8–{c}–{n[:3]}–{n[3:5]}–{n[5:]}", f"8‐{c}‐{n[:3]}‐{n[3:]}", f"8 {c} {n}", f"+7 ({c}){n}", f"8({c}){n[:3]}-{n[3:]}",
        f"8-{c}-{n}", f"+7{c}{n}", f"8{c}{n}", f"+7 {c} {n[:3]} {n[3:]}", f"7-{c}-{n[:3]}-{n[3:5]}-{n[5:]}",
        f"8 ({c}) {n[:3]}{NBSP}{n[3:5]}{NBSP}{n[5:]}", f"+7 /{c}/ {n[:3]}-{n[3:5]}-{n[5:]}", f"8 {c}-{n[:3]}-{n[3:5]}{n[5:]}",
    ))


def ocr_mobile(rng: random.Random) -> str:
    """A scanned form: spaces pushed into the groups, brackets lost."""
    c, n = rng.choice(CODES), digits(rng, 7)
    return rng.choice((f"8 9 {c[1:]} {n[:3]} {n[3:5]} {n[5:]}", f"8({c} ){n[:3]}-{n[3:5]}-{n[5:]}", f"+7 {c}{n[:2]} {n[2:5]} {n[5:]}",
                       f"8-{c}-{n[:3]}- {n[3:5]}-{n[5:]}", f"8 ( {c} ) {n[:3]} - {n[3:5]} - {n[5:]}", f"8{c} {n[:3]}{n[3:5]} {n[5:]}"))


def local(rng: random.Random) -> str:
    """Village and small-town numbers written without the area code."""
    n = digits(rng, rng.choice((5, 6)), lead=True)
    return n[0] + "-" + n[1:3] + "-" + n[3:] if len(n) == 5 else rng.choice((f"{n[:2]}-{n[2:4]}-{n[4:]}", f"{n[:3]}-{n[3:]}"))


def city(rng: random.Random) -> str:
    code = rng.choice(("8172", "8202", "4942", "8112", "4842", "4832", "4742", "8412", "8332", "8212", "3522", "3012"))
    n = digits(rng, 10 - len(code), lead=True)
    return rng.choice((f"8 ({code}) {n[:2]}-{n[2:4]}-{n[4:]}", f"({code}){n[:3]}{n[3:]}", f"+7 {code} {n[:2]} {n[2:4]} {n[4:]}",
                       f"8{code}{n}", f"8-{code}-{n[:3]}-{n[3:]}", f"{code}-{n}"))


def cis(rng: random.Random) -> str:
    """Numbers of migrants and visitors from neighbouring countries."""
    n = digits(rng, 7)
    return rng.choice((f"+375 29 {n[:3]}-{n[3:5]}-{n[5:]}", f"+375 (33) {n}", f"+998 90 {n[:3]} {n[3:5]} {n[5:]}",
                       f"+998 (97) {n[:3]}-{n[3:5]}-{n[5:]}", f"+992 {digits(rng, 2, True)} {n}", f"+996 555 {n[:3]} {n[3:6]}",
                       f"+7 (7{rng.choice(('01', '05', '07', '47', '77'))}) {n[:3]}-{n[3:5]}-{n[5:]}", f"+380 67 {n}",
                       f"+374 {rng.choice(('91', '77', '93'))} {n[:6]}"))


def any_phone(rng: random.Random) -> str:
    return rng.choices((mobile, ocr_mobile, local, city, cis), weights=(6, 2, 1, 2, 1))[0](rng)


# ----- identifiers with check digits -------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    body = digits(rng, 9, lead=True)
    total = sum(int(ch) * (9 - k) for k, ch in enumerate(body))
    while total > 101:
        total %= 101
    return body + f"{0 if total in (100, 101) else total:02d}"


def snils(rng: random.Random) -> str:
    d = snils_digits(rng)
    return rng.choice((f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:9]}{NBSP}{d[9:]}",
                       f"{d[:3]}{NBH}{d[3:6]}{NBH}{d[6:9]} {d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", f"{d[:9]} {d[9:]}",
                       f"{d[:3]}–{d[3:6]}–{d[6:9]} {d[9:]}", f"{d[:3]}/{d[3:6]}/{d[6:9]}/{d[9:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def snils_ocr(rng: random.Random) -> str:
    d = snils_digits(rng)
    return rng.choice((f"{d[:3]} - {d[3:6]} - {d[6:9]}  {d[9:]}", f"{d[:2]} {d[2:5]}-{d[5:8]}-{d[8]} {d[9:]}", " ".join(d),
                       f"{d[:3]}-{d[3:6]}-{d[6:9]}\n{d[9:]}", f"{d[:3]}.{d[3:6]}.{d[6:9]}.{d[9:]}"))


def inn_digits(rng: random.Random, length: int = 12) -> str:
    body = rng.choice(("35", "44", "60", "40", "32", "48", "68", "58", "43", "11", "29", "10", "53", "69", "76")) + digits(rng, 8)
    if length == 10:
        body = body[:9]
        return body + str(sum(int(a) * w for a, w in zip(body, (2, 4, 10, 3, 5, 9, 4, 6, 8), strict=True)) % 11 % 10)
    body += str(sum(int(a) * w for a, w in zip(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8), strict=True)) % 11 % 10)
    return body + str(sum(int(a) * w for a, w in zip(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8), strict=True)) % 11 % 10)


def inn(rng: random.Random) -> str:
    d = inn_digits(rng)
    return rng.choice((d, d, f"{d[:2]}-{d[2:4]}-{d[4:10]}-{d[10:]}", f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:]}",
                       f"{d[:2]} {d[2:4]} {d[4:10]} {d[10:]}", " ".join(d[k : k + 3] for k in range(0, 12, 3))))


def oms_digits(rng: random.Random) -> str:
    """The 16-digit single number with its check digit by the ФОМС rule: the digits in odd places
    from the right (of the 15) read as one number and doubled, the even-place digits written
    before it, all the digits summed; the check digit tops the sum up to a multiple of ten."""
    body = rng.choice(("35", "44", "60", "40", "32", "48", "68", "58", "43", "11", "29", "10", "53", "69", "76")) + digits(rng, 13)
    rev = body[::-1]
    odd, even = rev[0::2][::-1], rev[1::2][::-1]
    total = sum(int(ch) for ch in even + str(int(odd) * 2))
    return body + str((10 - total % 10) % 10)


def oms(rng: random.Random) -> str:
    d = oms_digits(rng)
    return rng.choice((d, d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:4]}{NBSP}{d[4:8]}{NBSP}{d[8:12]}{NBSP}{d[12:]}",
                       f"{d[:2]} {d[2:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}", f"{d[:8]}-{d[8:]}"))


def oms_old(rng: random.Random) -> str:
    """Pre-2011 policies (series and number) and the temporary certificate's nine digits."""
    return rng.choice((f"{rng.choice(('ВМ', 'ЕА', 'КС', '3501', '4400'))} № {digits(rng, rng.choice((6, 7, 8)))}",
                       f"{rng.choice(('ВМ', 'ЕА', 'КС'))} {digits(rng, 7)}", f"{digits(rng, 9, True)}",
                       f"{rng.choice(('35', '44', '60'))}-{digits(rng, 2)}-{digits(rng, 7)}"))


def passport_parts(rng: random.Random) -> tuple[str, str]:
    region = rng.choice(("19", "34", "38", "40", "41", "42", "45", "46", "47", "49", "54", "58", "60", "63", "66", "76", "81"))
    return region + f"{rng.choice((*range(2, 25), 97, 98, 99)):02d}", digits(rng, 6)


def passport(rng: random.Random) -> str:
    s, n = passport_parts(rng)
    return rng.choice((f"{s[:2]}{NBSP}{s[2:]}{NBSP}{n}", f"{s[:2]}-{s[2:]} {n}", f"{s[:2]} {s[2:]}-{n}", f"{s} / {n}",
                       f"{s[:2]} {s[2:]} N{n}", f"{s}№ {n}", f"{s[:2]} {s[2:]} № {n}", f"{s} {n}", f"{s[:2]}{s[2:]}-№{n}",
                       f"{s[:2]} {s[2:]} {n[:3]} {n[3:]}"))


def soviet_passport(rng: random.Random) -> str:
    """The old Soviet passport some elderly patients still show: roman numeral, two letters, six digits."""
    series = f"{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'X', 'XI'))}-{rng.choice(('ОД', 'ЖК', 'ВО', 'МЮ', 'КА', 'ЛГ'))}"
    return rng.choice((f"{series} № {digits(rng, 6)}", f"{series} {digits(rng, 6)}", f"{series}№{digits(rng, 6)}"))


# ----- record numbers ----------------------------------------------------------------------------
def discharge_no(rng: random.Random) -> str:
    n, y = rng.randint(1, 29999), rng.randint(2016, 2025)
    return rng.choice((f"{y}/{n}", f"{n}-{y % 100}", f"{n}/{y % 100}-Х", f"С-{y % 100}-{n:05d}", f"{n:05d}.{y}", f"{y}{n:06d}",
                       f"{n}/{rng.choice(('н', 'т', 'х', 'п'))}", f"КС-{n}", f"{n} ({y})"))


def dental_no(rng: random.Random) -> str:
    n = rng.randint(1, 19999)
    return rng.choice((f"{n}-С", f"С/{n}", f"{n}/{rng.randint(16, 25)}ст", f"СТ-{n:05d}", str(n), f"{n}/О"))


def maternity_no(rng: random.Random) -> str:
    n = rng.randint(1, 4999)
    return rng.choice((f"{n}/р", f"Р-{n}", f"{n}-{rng.randint(16, 25)}/Р", f"{n}Н", f"ИРН-{n}", f"{n}/{rng.randint(16, 25)}-б",
                       f"ОК {n:05d}"))


def sanatorium_no(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return rng.choice((f"{n}/{rng.randint(16, 25)}", f"К-{n:04d}", f"СКК-{n}", f"{rng.randint(1, 12):02d}-{n}", f"{n}к"))


def child_no(rng: random.Random) -> str:
    n = rng.randint(1, 999)
    return rng.choice((str(n), f"{n}/{rng.choice('АБВГ')}", f"Ш{rng.randint(1, 99)}-{n}", f"{rng.randint(1, 11)}{rng.choice('АБВ')}-{n}",
                       f"{n}-д"))


def emk_no(rng: random.Random) -> str:
    return rng.choice((f"{digits(rng, 2, True)}-{digits(rng, 10)}", digits(rng, 11, True), f"{digits(rng, 4, True)}-{digits(rng, 6)}",
                       f"{digits(rng, 4, True)} {digits(rng, 4)} {digits(rng, 4)}", f"PID{digits(rng, 7)}", f"TMK-{rng.randint(2020, 2025)}-{digits(rng, 6)}",
                       f"{rng.choice(('A', 'B', 'K'))}{digits(rng, 9)}"))


def any_record(rng: random.Random) -> str:
    return rng.choice((discharge_no, dental_no, maternity_no, sanatorium_no, emk_no))(rng)


# ----- e-mail and links --------------------------------------------------------------------------
def email_of(p: Person, rng: random.Random) -> str:
    f, i = latin(p.surname).lower().replace("-", ""), latin(p.name).lower()
    local = rng.choice((f"{i}.{f}", f"{f}{rng.randint(60, 99)}", f"{i[0]}_{f}", f"{f}.{i}+lk", f"{f}-{i[0]}{latin(p.patronymic)[0].lower()}",
                        f"{i}{rng.randint(1, 2009)}", f"mama.{i}"))
    domain = rng.choice(("mail.ru", "ya.ru", "yandex.ru", "inbox.ru", "gmail.com", "internet.ru", "vk.com", "bk.ru",
                         "vologda-gb1.ru", "crb-sus.ru", "medsan.kaluga.ru", "school5-ukhta.ru", "mvd.ru", "mil.ru"))
    return f"{local}@{domain}"


def email(rng: random.Random, fake: Any = None) -> str:
    p = new_person(rng, fake)
    address = email_of(p, rng)
    pick = rng.random()
    if pick < 0.1:  # dictated to a nurse
        return address.replace("@", " собака ").replace(".", " точка ")
    if pick < 0.2:
        return address.replace("@", "[at]")
    if pick < 0.3:  # Cyrillic domains
        return rng.choice(("priem", "info", "registratura", latin(p.surname).lower())) + "@" + rng.choice(
            ("поликлиника.рф", "больница-вологда.рф", "цгб.рф"))
    return address.upper() if pick > 0.93 else address


def link(rng: random.Random) -> str:
    tok = "".join(rng.choice("abcdefghkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(6, 10)))
    return rng.choice((
        f"https://telemed.miac{rng.randint(10, 99)}.ru/room/{tok[:4]}-{tok[4:]}", f"https://zoom.us/j/{digits(rng, 10, True)}",
        f"https://disk.yandex.ru/d/{tok}", f"https://cloud.mail.ru/public/{tok[:4]}/{tok[4:]}", f"https://пациент.рф/запись/{tok}",
        f"http://10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:8080/pacs/viewer?study=1.2.643.{digits(rng, 6)}",
        f"https://t.me/{tok}", f"vk.com/id{digits(rng, 9, True)}", f"https://bit.ly/{tok[:7]}",
        f"https://salus.telemed.ru/c/{digits(rng, 8)}", f"https://lk.gosuslugi.ru/notifications/details/{digits(rng, 10)}",
        f"https://www.gosuslugi.ru/{digits(rng, 6)}/1/form", f"https://sbis.ru/el/{tok}", f"https://rutube.ru/video/{tok}{tok}/",
    ))
