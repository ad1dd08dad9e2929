"""Contacts and identifiers of the blind31 split: phones, e-mails, URLs, SNILS, INN, OMS, passport, records.

Checksums (SNILS, personal INN, ENP of the OMS policy) are computed here by their published rules.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind31_gen import raw_person, translit
from benchmarks.pii_families import ROMAN


# ----- contacts ------------------------------------------------------------------------------
def phone_layout(rng: random.Random, layout: str) -> str:
    op = rng.choice(
        ("900", "903", "905", "912", "916", "925", "926", "937", "950", "961", "977", "989", "999")
    )
    a, b, c = f"{rng.randint(0, 999):03d}", f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"
    city = rng.choice(("8722", "8712", "4112", "3012", "843", "347", "8552", "3452", "4212"))
    forms = {
        "plus7": f"+7 ({op}) {a}-{b}-{c}",
        "plus7_flat": f"+7{op}{a}{b}{c}",
        "eight_dash": f"8-{op}-{a}-{b}-{c}",
        "eight_sp": f"8 {op} {a} {b} {c}",
        "eight_par": f"8({op}){a}{b}{c}",
        "seven_dots": f"7.{op}.{a}.{b}.{c}",
        "city_ext": f"8 ({city}) {a[:2]}-{b}-{c} доб. {rng.randint(100, 999)}",
        "city_short": f"{a}-{b}-{c}",
        "uz": f"+998 {rng.choice(('90', '91', '93', '97'))} {a} {b} {c}",
        "kz": f"+7 7{rng.randint(0, 9)}{rng.randint(0, 9)} {a} {b}{c}",
        "kg": f"+996 {rng.choice(('555', '700', '772'))} {a} {b[0]}{c}",
        "tj": f"+992 {rng.choice(('92', '93', '98'))} {a}-{b}-{c}",
        "ocr": f"8-9{op[1:]}-{a}-{b}-{c}".replace("0", "О", 1),
        "plus7_sp": f"+7 {op} {a}{b}{c}",
    }
    return forms[layout]


def phone(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return phone_layout(rng, rng.choice(layouts))

    return make


_DOMAINS = (
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "bk.ru",
    "list.ru",
    "inbox.ru",
    "rambler.ru",
    "ya.ru",
    "mail.kz",
)


def email(rng: random.Random, fake: Any, case: str) -> str:
    sur, first, _, _ = raw_person(rng, fake)
    login = rng.choice(
        (
            f"{translit(sur).lower()}.{translit(first)[0].lower()}",
            f"{translit(first).lower()}_{rng.randint(70, 2012)}",
            f"{translit(sur).lower()}{rng.randint(1, 99)}",
            f"{translit(first)[0].lower()}-{translit(sur).lower()}",
        )
    )
    return f"{login}@{rng.choice(_DOMAINS)}"


def url(rng: random.Random, fake: Any, case: str) -> str:
    sur = raw_person(rng, fake)[0]
    nick = translit(sur).lower() + str(rng.randint(1, 999))
    return rng.choice(
        (
            f"https://vk.com/{nick}",
            f"vk.com/id{rng.randint(10**6, 10**9)}",
            f"https://t.me/{nick}",
            f"https://ok.ru/profile/{rng.randint(10**9, 10**12)}",
            f"http://{nick}.narod.ru",
            f"www.instagram.com/{nick}_",
            f"https://disk.yandex.ru/d/{nick[:4]}{rng.randint(1000, 9999)}Xq",
            f"https://drive.google.com/file/d/1{nick}{rng.randint(10, 99)}/view",
        )
    )


# ----- identifiers ---------------------------------------------------------------------------
def digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def snils_digits(rng: random.Random) -> str:
    body = f"{rng.randint(1001999, 999999999):09d}"
    total = sum(int(ch) * w for ch, w in zip(body, range(9, 0, -1), strict=True))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        check = 0 if check == 100 else check
    return body + f"{check:02d}"


def inn12_digits(rng: random.Random) -> str:
    body = f"{rng.choice((77, 50, 16, 2, 5, 14, 3, 20, 23, 66, 54, 78, 7, 86, 89)):02d}" + digits(
        rng, 8, False
    )
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = sum(int(a) * b for a, b in zip(body, w11, strict=True)) % 11 % 10
    body += str(c11)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c12 = sum(int(a) * b for a, b in zip(body, w12, strict=True)) % 11 % 10
    return body + str(c12)


def enp_digits(rng: random.Random) -> str:
    """16-digit single policy number: the check digit by the FFOMS rule (odd places from the right x2)."""
    body = digits(rng, 15)
    rev = body[::-1]
    odd = int(rev[0::2]) * 2
    even = rev[1::2]
    total = sum(int(ch) for ch in even + str(odd))
    return body + str((10 - total % 10) % 10)


def passport_parts(rng: random.Random) -> tuple[str, str]:
    series = (
        f"{rng.choice((45, 46, 92, 82, 96, 98, 81, 80, 67, 4, 71, 60, 3, 36)):02d}{rng.randint(0, 25):02d}"
    )
    return series, digits(rng, 6)


def snils_layout(rng: random.Random, layout: str) -> str:
    s = snils_digits(rng)
    forms = {
        "std": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}",
        "dash": f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:]}",
        "flat": s,
        "spaces": f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}",
        "dots": f"{s[:3]}.{s[3:6]}.{s[6:9]} {s[9:]}",
        "ocr": f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}".replace("0", "О", 1),
        "tight": f"{s[:3]}-{s[3:6]}-{s[6:9]}{s[9:]}",
        "slash": f"{s[:3]}-{s[3:6]}-{s[6:9]}/{s[9:]}",
        "wide": f"{s[:3]} - {s[3:6]} - {s[6:9]}  {s[9:]}",
    }
    return forms[layout]


def snils(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return snils_layout(rng, rng.choice(layouts))

    return make


def inn_layout(rng: random.Random, layout: str) -> str:
    s = inn12_digits(rng)
    forms = {
        "flat": s,
        "pairs": f"{s[:4]} {s[4:10]} {s[10:]}",
        "dash": f"{s[:4]}-{s[4:10]}-{s[10:]}",
        "triples": " ".join(s[i : i + 3] for i in range(0, 12, 3)),
        "ocr": s.replace("1", "I", 1) if "1" in s else s.replace("0", "O", 1),
        "boxes": "|".join(s),
        "spaced": " ".join(s),
    }
    return forms[layout]


def inn(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return inn_layout(rng, rng.choice(layouts))

    return make


def oms_layout(rng: random.Random, layout: str) -> str:
    s = enp_digits(rng)
    forms = {
        "flat": s,
        "quads": " ".join(s[i : i + 4] for i in range(0, 16, 4)),
        "quads_dash": "-".join(s[i : i + 4] for i in range(0, 16, 4)),
        "ocr": s.replace("0", "O", 1) if "0" in s else s.replace("1", "l", 1),
        "old": f"{rng.choice(('ЯЯ', 'АА', 'КМ', 'ТН'))} № {digits(rng, 10)}",
        "old_series": f"{rng.randint(10, 99)}{rng.randint(10, 99)} № {digits(rng, 6)}",
        "temp": f"ВС {digits(rng, 9)}",
        "split_line": f"{s[:8]}\n{s[8:]}",
        "spaced3": f"{s[:2]} {s[2:6]} {s[6:11]} {s[11:]}",
    }
    return forms[layout]


def oms(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return oms_layout(rng, rng.choice(layouts))

    return make


def passport_layout(rng: random.Random, layout: str) -> str:
    se, no = passport_parts(rng)
    forms = {
        "std": f"{se[:2]} {se[2:]} {no}",
        "no_sign": f"{se} № {no}",
        "flat": f"{se}{no}",
        "dash": f"{se}-{no}",
        "series_no": f"{se} {no}",
        "slash": f"{se}/{no}",
        "ocr": f"{se[:2]} {se[2:]} {no}".replace("0", "O", 1),
        "wide": f"{se[:2]}  {se[2:]}   {no}",
    }
    return forms[layout]


def passport(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        return passport_layout(rng, rng.choice(layouts))

    return make


def mrn_layout(rng: random.Random, layout: str) -> str:
    y = rng.randint(2015, 2026)
    forms = {
        "ib_slash": f"{rng.randint(1, 29999)}/{y % 100}",
        "ib_dash": f"{y}-{rng.randint(1, 99999):05d}",
        "ak_letters": f"{rng.choice(('АК', 'ТО', 'Х', 'ГН', 'КС'))}-{rng.randint(100, 99999)}",
        "emk": f"ЭМК{digits(rng, 8)}",
        "mis": f"{digits(rng, 9)}",
        "hl7": f"{digits(rng, 7)}^^^{rng.choice(('GKB1', 'RKB', 'MIS_ARIADNA', 'qMS'))}^MR",
        "dicom": f"1.2.643.5.1.13.13.{rng.randint(10, 99)}.{rng.randint(1000, 99999)}.{digits(rng, 6)}",
        "acc": f"{rng.choice(('CT', 'MR', 'RG', 'US'))}{y}{rng.randint(1, 99999):05d}",
        "sample": f"{rng.choice(('ПЦР', 'LAB', 'Б'))}-{digits(rng, 7)}",
        "referral": f"{rng.randint(10, 99)}.{rng.randint(1000, 9999)}.{digits(rng, 6)}",
        "recipe": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{digits(rng, 6)}",
        "eln": digits(rng, 12),
        "call": f"{rng.randint(1, 999)}-{rng.randint(1, 9999)}",
        "foreign_pass": f"{rng.choice(('AA', 'AB', 'FA', 'N', 'AC', 'ID'))}{digits(rng, 7)}",
        "mig": f"{rng.randint(45, 46)}{rng.randint(10, 25)} {digits(rng, 7)}",
        "birth": f"{rng.choice(ROMAN[:9])}-{rng.choice(('МЮ', 'ИК', 'АГ', 'РЛ', 'КБ'))} № {digits(rng, 6)}",
        "vu": f"{rng.randint(10, 99)} {rng.randint(10, 99)} {digits(rng, 6)}",
        "stom": f"С-{rng.randint(1, 9999)}",
        "cert": f"{rng.choice(('МСЭ-', 'ВК №'))}{rng.randint(1, 9999)}/{y}",
        "ocr": f"{rng.randint(1000, 9999)}/{y % 100}".replace("1", "l"),
        "nl_split": f"{y}-\n{rng.randint(1000, 99999)}",
    }
    return forms[layout]


def mrn(*layouts: str):
    """A record number; a frame may name the layout in its slot ("ЭЛН № {eln}"), else one of ``layouts``."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        return mrn_layout(rng, case if case in _MRN_LAYOUTS else rng.choice(layouts))

    return make


_MRN_LAYOUTS = frozenset(
    "ib_slash ib_dash ak_letters emk mis hl7 dicom acc sample referral recipe eln call foreign_pass mig birth vu "
    "stom cert ocr nl_split".split()
)
