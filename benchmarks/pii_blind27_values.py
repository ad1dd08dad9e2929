"""Value generators of the blind27 split: phones, e-mail, URLs and checksummed identifiers."""

from __future__ import annotations

import random
from typing import Any


# ----- phones / e-mail / URL ----------------------------------------------------------------
def _dd(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        op = rng.choice(("903", "916", "926", "937", "951", "960", "987", "999", "912", "914", "924", "989"))
        a, b, c = _dd(rng, 3), _dd(rng, 2), _dd(rng, 2)
        city = rng.choice(("843", "347", "8722", "3012", "4112", "8712", "3852", "4232", "8142", "3812"))
        rest = _dd(rng, 10 - len(city))
        lay = rng.choice(layouts)
        return {
            "+7 (9xx)": f"+7 ({op}) {a}-{b}-{c}",
            "8-9xx": f"8-{op}-{a}-{b}-{c}",
            "89": f"8{op}{a}{b}{c}",
            "+79": f"+7{op}{a}{b}{c}",
            "7 9xx sp": f"7 {op} {a} {b} {c}",
            "8(9xx)": f"8({op}){a}{b}{c}",
            "+7-9xx": f"+7-{op}-{a}{b}{c}",
            "8 9xx sp": f"8 {op} {a}-{b}{c}",
            "city": f"8 ({city}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}",
            "city+7": f"+7 {city} {rest}",
            "city-ext": f"8 ({city}) {rest[:-4]}-{rest[-4:-2]}-{rest[-2:]} доб. {rng.randint(100, 999)}",
            "local": f"{_dd(rng, 1)}-{_dd(rng, 2)}-{_dd(rng, 2)}",
            "dotted": f"8.{op}.{a}.{b}.{c}",
            "kz": f"+7 (701) {a}-{b}-{c}",
            "uz": f"+998 {rng.choice(('90', '91', '93', '97'))} {a}-{b}-{c}",
            "kg": f"+996 {rng.choice(('555', '700', '772'))} {a} {_dd(rng, 3)}",
            "tj": f"+992 {rng.choice(('93', '92', '98'))} {a} {b}{c}",
            "by": f"+375 (29) {a}-{b}-{c}",
            "am": f"+374 {rng.choice(('91', '77', '94'))} {_dd(rng, 6)}",
            "az": f"+994 50 {a} {b} {c}",
            "810": f"8-10-998-{rng.choice(('90', '93'))}-{a}-{b}{c}",
        }[lay]

    return make


TRANSLIT = (
    "ivanova",
    "khabibullin",
    "garipova.alsu",
    "m.magomedov",
    "tsydenova",
    "sarkisyan_a",
    "kim.elena",
    "bondarenko.t",
    "nurlanova.aigerim",
    "beridze.nino",
    "karimov85",
    "d.yakovlev",
    "osmonov_azamat",
    "natasha.kuz",
    "soloveva.m",
    "rakhmonova.z",
    "aydar.garipov1979",
    "lejsan.ya",
)
DOMAINS = (
    "mail.ru",
    "yandex.ru",
    "gmail.com",
    "bk.ru",
    "list.ru",
    "inbox.ru",
    "rambler.ru",
    "ya.ru",
    "mail.kz",
    "yahoo.com",
    "icloud.com",
    "tatar.ru",
    "internet.ru",
)


def email():
    def make(rng: random.Random, fake: Any, case: str) -> str:
        user = rng.choice(TRANSLIT) + rng.choice(
            ("", "", str(rng.randint(1, 99)), "_" + str(rng.randint(60, 99)))
        )
        v = f"{user}@{rng.choice(DOMAINS)}"
        return v.upper() if rng.random() < 0.1 else v

    return make


def url():
    def make(rng: random.Random, fake: Any, case: str) -> str:
        n = _dd(rng, rng.randint(6, 9))
        return rng.choice(
            (
                f"https://vk.com/id{n}",
                f"https://telemed.minzdrav-rt.ru/room/{fake.lexify('???-????-???')}",
                f"https://zoom.us/j/{n}{_dd(rng, 2)}?pwd={fake.lexify('????????')}",
                f"HTTPS://DRIVE.GOOGLE.COM/file/d/{fake.lexify('????????????').upper()}/view",
                f"https://www.dropbox.com/s/{fake.lexify('?????????')}/epicrisis.pdf?dl=0",
                f"vk.com/{rng.choice(TRANSLIT).replace('.', '_')}",
                f"https://t.me/{rng.choice(TRANSLIT).replace('.', '_')}",
                f"ok.ru/profile/{n}",
                f"https://www.gosuslugi.ru/pay?uin={n}",
                f"http://lk.emias.info/patient/{n}",
                f"https://disk.yandex.ru/d/{fake.lexify('????????')}",
                f"https://cloud.mail.ru/public/{fake.lexify('????/?????')}",
                f"www.{rng.choice(TRANSLIT).split('.')[0].replace('_', '-')}-family.ru",
                f"https://docs.google.com/document/d/{fake.lexify('??????????')}",
                f"https://pacs.rkb-kazan.ru/viewer?study={n}",
                f"https://instagram.com/{rng.choice(TRANSLIT)}",
            )
        )

    return make


# ----- identifiers -------------------------------------------------------------------------
def snils_digits(rng: random.Random) -> str:
    while True:
        body = _dd(rng, 9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1), strict=True))
    if s > 101:
        s %= 101
    chk = 0 if s in (100, 101) else s
    return body + f"{chk:02d}"


def snils(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = snils_digits(rng)
        a, b, c, k = v[:3], v[3:6], v[6:9], v[9:]
        return {
            "std": f"{a}-{b}-{c} {k}",
            "plain": v,
            "spaces": f"{a} {b} {c} {k}",
            "dashes": f"{a}-{b}-{c}-{k}",
            "dots": f"{a}.{b}.{c} {k}",
            "nbsp": f"{a}-{b}-{c}\u00a0{k}",
            "pairs": f"{a}{b}{c}-{k}",
            "underscore": f"{a}_{b}_{c}_{k}",
            "double": f"{a}-{b}-{c}  {k}",
        }[rng.choice(layouts)]

    return make


INN_REGIONS = (
    "16",
    "02",
    "05",
    "03",
    "14",
    "20",
    "07",
    "21",
    "12",
    "11",
    "17",
    "08",
    "54",
    "66",
    "25",
    "77",
    "78",
)


def inn_digits(rng: random.Random) -> str:
    body = rng.choice(INN_REGIONS) + _dd(rng, 8)
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n11 = sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(n11)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    n12 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11 % 10
    return body + str(n12)


def inn(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = inn_digits(rng)
        return {
            "plain": v,
            "4-6-2": f"{v[:4]} {v[4:10]} {v[10:]}",
            "2-2-6-2": f"{v[:2]} {v[2:4]} {v[4:10]} {v[10:]}",
            "dash": f"{v[:4]}-{v[4:10]}-{v[10:]}",
            "triples": " ".join(v[i : i + 3] for i in range(0, 12, 3)),
            "10-2": f"{v[:10]} {v[10:]}",
        }[rng.choice(layouts)]

    return make


def enp_digits(rng: random.Random) -> str:
    body = rng.choice(("16", "02", "05", "03", "14", "20", "54", "66", "77", "50", "78", "25")) + _dd(rng, 13)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def oms(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        v = enp_digits(rng)
        lay = rng.choice(layouts)
        if lay == "old":
            return f"{rng.choice(('ТТА', 'ЯЯ', 'РТ', 'ББ', 'МО'))} {_dd(rng, rng.choice((6, 8, 9)))}"
        if lay == "old-series":
            return f"{_dd(rng, 6)} {_dd(rng, 10)}"
        return {
            "plain": v,
            "4x4": " ".join(v[i : i + 4] for i in range(0, 16, 4)),
            "4x4-dash": "-".join(v[i : i + 4] for i in range(0, 16, 4)),
            "6-4-6": f"{v[:6]}-{v[6:10]}-{v[10:]}",
            "2-14": f"{v[:2]} {v[2:]}",
        }[lay]

    return make


PASS_REG = (
    "92",
    "80",
    "82",
    "81",
    "98",
    "96",
    "83",
    "97",
    "88",
    "87",
    "93",
    "85",
    "50",
    "65",
    "05",
    "45",
    "40",
)


def passport_parts(rng: random.Random) -> tuple[str, str]:
    return rng.choice(PASS_REG) + f"{rng.randint(0, 24):02d}", f"{rng.randint(100000, 999999)}"


def passport(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        s, n = passport_parts(rng)
        return {
            "2-2-6": f"{s[:2]} {s[2:]} {n}",
            "4-6": f"{s} {n}",
            "plain": s + n,
            "no": f"{s} № {n}",
            "no-tight": f"{s}№{n}",
            "dash": f"{s[:2]}-{s[2:]}-{n}",
            "nbsp": f"{s[:2]}\u00a0{s[2:]}\u00a0{n}",
            "slash": f"{s}/{n}",
            "N": f"{s} N{n}",
        }[rng.choice(layouts)]

    return make


def mrn(*layouts: str):
    def make(rng: random.Random, fake: Any, case: str) -> str:
        y = rng.randint(2015, 2026)
        lay = rng.choice(layouts)
        return {
            "n/yy": f"{rng.randint(1, 19999)}/{y % 100}",
            "yyyy-n": f"{y}-{rng.randint(1, 99999):05d}",
            "letters": f"{rng.choice(('КС', 'ИБ', 'АК', 'СТ', 'Х', 'Т'))}-{rng.randint(100, 99999)}",
            "dash-yy": f"{rng.randint(1000, 9999)}-{y % 100}",
            "long": _dd(rng, 1).replace("0", "7") + _dd(rng, rng.randint(7, 11)),
            "slash-letter": f"{rng.randint(1, 9999)}/{rng.choice(('С', 'Н', 'Т', 'П', 'Д'))}",
            "emk": f"ЭМК-{_dd(rng, 8)}",
            "mis": f"{fake.lexify('??').upper()}{_dd(rng, 7)}",
            "accession": f"{rng.choice(('CT', 'MR', 'DX', 'US'))}{y}{_dd(rng, 6)}",
            "sample": f"{_dd(rng, 2)}-{_dd(rng, 6)}",
            "elnk": f"9{_dd(rng, 11)}",
            "recipe": f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{_dd(rng, 6)}",
            "dental": f"{rng.randint(1, 9999)}-С",
            "vmp": f"{rng.choice(('16', '02', '05', '14'))}.{_dd(rng, 4)}.{_dd(rng, 5)}.{_dd(rng, 3)}",
            "protocol": f"{rng.randint(1, 3999)}{rng.choice(('', '-О', '/оп', 'х'))}",
            "call": f"{rng.randint(1, 999)}/{rng.randint(1, 31)}",
            "N-dot": f"{rng.randint(1, 999)}.{_dd(rng, 4)}",
        }[lay]

    return make
