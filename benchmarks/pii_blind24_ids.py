"""Identifiers, e-mails and non-PII look-alikes for the blind24 split."""

from __future__ import annotations

from typing import Any

from benchmarks.pii_blind24_gen import R, dg, dg1, latin
from benchmarks.pii_blind24_vals import ymd

# ----- identifiers --------------------------------------------------------------------------
LOOK = str.maketrans("ABCEHKMOPTX", "АВСЕНКМОРТХ")


def mixed(s: str, rng: R) -> str:
    """Swap one Latin look-alike letter for the Cyrillic one (or the other way)."""
    idx = [i for i, c in enumerate(s) if c in "ABCEHKMOPTXАВСЕНКМОРТХ"]
    if not idx:
        return s
    i = rng.choice(idx)
    c = s[i]
    back = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
    return s[:i] + (c.translate(LOOK) if c.isascii() else c.translate(back)) + s[i + 1 :]


def foreign_passport(rng: R) -> str:
    c = rng.randrange(8)
    v = [
        f"FA{dg(rng, 7)}",
        f"AC{dg(rng, 7)}",
        f"N{dg(rng, 8)}",
        f"E{dg(rng, 8)}",
        f"AA{dg(rng, 7)}",
        f"C{rng.choice('FGHJK')}{dg(rng, 2)}{rng.choice('LMNP')}{dg(rng, 4)}",
        f"U{dg(rng, 8)}",
        f"AB {dg(rng, 7)}",
    ][c]
    return mixed(v, rng) if rng.random() < 0.3 else v


def migration_card(rng: R) -> str:
    return rng.choice(
        (f"{dg1(rng, 4)} № {dg(rng, 7)}", f"{dg1(rng, 4)} {dg(rng, 7)}", f"{dg1(rng, 4)}{dg(rng, 7)}")
    )


def patent(rng: R) -> str:
    return rng.choice(
        (
            f"{rng.choice(('77', '50', '78', '66'))} № {dg1(rng, 10)}",
            f"77 {dg1(rng, 10)}",
            f"ПР {rng.choice(('77', '50'))}{dg1(rng, 10)}",
        )
    )


def rvp_vnzh(rng: R) -> str:
    return rng.choice(
        (
            f"{rng.choice(('82', '83'))} № {dg(rng, 7)}",
            f"{rng.choice(('82', '83'))} {dg(rng, 7)}",
            f"82№{dg(rng, 7)}",
        )
    )


def case_history(rng: R) -> str:
    y = rng.randint(2019, 2026)
    return rng.choice(
        (
            f"{dg1(rng, 5)}/{str(y)[2:]}",
            f"{y}-{dg(rng, 6)}",
            f"ИБ-{dg1(rng, 5)}",
            f"{dg1(rng, 6)}-С",
            f"{dg1(rng, 4)}/С-{str(y)[2:]}",
            f"МС{dg(rng, 7)}",
            f"И{dg1(rng, 5)}/{y}",
        )
    )


def card_no(rng: R) -> str:
    return rng.choice(
        (
            f"{dg1(rng, 2)}-{dg(rng, 4)}",
            f"АК-{dg1(rng, 6)}",
            f"{dg1(rng, 7)}",
            f"ИГ/{dg1(rng, 5)}",
            f"{rng.choice('АБВГДКМ')}-{dg1(rng, 4)}",
            f"DMS-{dg1(rng, 6)}",
        )
    )


def emr_id(rng: R) -> str:
    return rng.choice(
        (
            f"EMR{dg(rng, 8)}",
            f"PID-{dg1(rng, 7)}",
            f"MIS:{dg1(rng, 9)}",
            f"{dg1(rng, 10)}",
            f"RU-{dg(rng, 3)}-{dg(rng, 6)}",
            f"P{dg(rng, 9)}",
            f"ЕМИАС-{dg1(rng, 8)}",
        )
    )


def accession(rng: R) -> str:
    y, m, d = ymd(rng)
    return rng.choice(
        (
            f"ACC{y}{m:02d}{d:02d}{dg(rng, 3)}",
            f"{str(y)[2:]}{m:02d}{d:02d}-{dg(rng, 3)}",
            f"CT-{dg1(rng, 6)}",
            f"LAB{dg(rng, 9)}",
            f"Р-{dg1(rng, 5)}",
            f"1.2.643.5.1.13.{dg1(rng, 5)}.{dg1(rng, 6)}",
        )
    )


def eln(rng: R) -> str:
    return rng.choice(("9", "3")) + dg(rng, 11)


def dms_policy(rng: R) -> str:
    return rng.choice(
        (
            f"{dg(rng, 3)}-{dg(rng, 6)}-{dg(rng, 2)}",
            f"ДМС {dg1(rng, 8)}",
            f"{rng.choice(('ИГС', 'VZR', 'AXA'))}-{dg1(rng, 7)}",
            f"{dg1(rng, 4)}/{dg(rng, 6)}/{str(rng.randint(2022, 2026))[2:]}",
            f"001{rng.choice(('SB', 'VT', 'WS'))}{dg(rng, 7)}",
        )
    )


def email_of(parts_or_name: str, rng: R, fake: Any) -> str:
    base = latin(parts_or_name.split()[0].lower()).replace("'", "")
    dom = rng.choice(
        (
            "mail.ru",
            "gmail.com",
            "yandex.ru",
            "inbox.uz",
            "mail.kz",
            "qq.com",
            "163.com",
            "web.de",
            "hotmail.com",
            "medtourism-center.ru",
            "clinic-intl.com",
            "outlook.com",
        )
    )
    return rng.choice(
        (
            f"{base}.{dg(rng, 2)}@{dom}",
            f"{base}_{fake.user_name()}@{dom}",
            f"{fake.user_name()}@{dom}",
            f"{base}{dg(rng, 4)}@{dom}",
        )
    )


# Not PII: things that look like identifiers, dates or addresses but are not the patient's.
NON_PII = (
    "Код МКБ-10: {icd}.",
    "Палата № {w}.",
    "Доза: 500 мг 2 р/д в 08:00 и 20:00.",
    "ф. 057/у-04.",
    "ИНН организации 7701{o6}, КПП 770101001.",
    "ОГРН 102770{o7}.",
    "Лицензия № ЛО-77-01-0{o5}.",
    "Гемоглобин 128 г/л, лейкоциты 7,2×10^9/л.",
    "Ф. № 025/у.",
    "СОЭ 14 мм/ч.",
    "Прививка БЦЖ в 2001 году.",
    "ГБУЗ «ГКБ № {w}» ДЗМ, Москва, ул. Велозаводская, 1/1.",
    "Кабинет 2{w}.",
    "АД 130/85 мм рт. ст.",
)


def non_pii(rng: R) -> str:
    return rng.choice(NON_PII).format(
        icd=rng.choice(("J18.9", "I10", "K29.5", "A15.0", "B20", "S82.2")),
        w=rng.randint(1, 60),
        o6=dg(rng, 6),
        o7=dg(rng, 7),
        o5=dg(rng, 5),
    )
