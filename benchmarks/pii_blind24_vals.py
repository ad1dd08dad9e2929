"""Dates, phones and addresses for the blind24 split."""

from __future__ import annotations

import datetime
from typing import Any

from benchmarks.pii_blind24_gen import R, dg, dg1
from benchmarks.pii_families import MONTHS_GENT, ROMAN

# ----- dates --------------------------------------------------------------------------------
EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TRK = (
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
)
KAZ = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
UZB = (
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avgust",
    "sentabr",
    "oktabr",
    "noyabr",
    "dekabr",
)
DEU = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def ymd(rng: R, lo: int = 2019, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_val(
    rng: R, style: str = "", lo: int = 2019, hi: int = 2026, at: tuple[int, int, int] | None = None
) -> str:
    y, m, d = at or ymd(rng, lo, hi)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    style = style or rng.choice(
        (
            "ru",
            "ru_words",
            "iso",
            "en",
            "en_us",
            "slash_eu",
            "ymd_slash",
            "tr",
            "kz",
            "uz",
            "de",
            "roman",
            "ru_time",
            "iso_t",
            "mrz",
            "ocr",
            "short",
        )
    )
    return {
        "ru": f"{d:02d}.{m:02d}.{y}",
        "ru_words": f"{d} {MONTHS_GENT[m - 1]} {y} г.",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
        "en": f"{d} {EN[m - 1]} {y}",
        "en_us": f"{EN[m - 1][:3]} {d}, {y}",
        "en_dash": f"{d:02d}-{EN[m - 1][:3].upper()}-{y}",
        "slash_eu": f"{d:02d}/{m:02d}/{y}",
        "us_num": f"{m:02d}/{d:02d}/{y}",
        "ymd_slash": f"{y}/{m:02d}/{d:02d}",
        "cn": f"{y}年{m}月{d}日",
        "tr": f"{d} {TRK[m - 1]} {y}",
        "kz": f"{y} ж. {d} {KAZ[m - 1]}",
        "uz": f"{y}-yil {d}-{UZB[m - 1]}",
        "de": f"{d}. {DEU[m - 1]} {y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "ru_time": f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        "ru_time_v": f"{d:02d}.{m:02d}.{str(y)[2:]} в {hh:02d}.{mm:02d}",
        "mrz": f"{d:02d}{EN[m - 1][:3].upper()}{str(y)[2:]}",
        "ocr": rng.choice(
            (
                f"{d:02d}.{m:02d}.{y}".replace("0", "О", 1),
                f"{d:02d} .{m:02d}.{y}",
                f"{d:02d}.{m:02d}.{y}".replace("1", "l", 1),
                f"{d:02d},{m:02d}.{y}",
            )
        ),
        "short": f"{d:02d}.{m:02d}.{str(y)[2:]}",
        "month": f"{rng.choice(('январь', 'март', 'май', 'август', 'октябрь', 'декабрь'))} {y} г.",
        "dm": f"{d} {MONTHS_GENT[m - 1]}",
    }[style]


def date_pair(rng: R, style: str = "ru", lo: int = 2019, hi: int = 2026) -> tuple[str, str]:
    """Two dates in order (a range), the second 1-120 days after the first."""
    start = datetime.date(*ymd(rng, lo, hi))
    end = start + datetime.timedelta(days=rng.randint(1, 120))
    return (
        date_val(rng, style, at=(start.year, start.month, start.day)),
        date_val(rng, style, at=(end.year, end.month, end.day)),
    )


def birth(rng: R, style: str = "") -> str:
    return date_val(
        rng,
        style or rng.choice(("ru", "ru", "iso", "en", "slash_eu", "mrz", "ymd_slash", "ru_words")),
        1955,
        2008,
    )


# ----- phones -------------------------------------------------------------------------------
def phone_ru(rng: R) -> str:
    a, b, c, d = "9" + dg(rng, 2), dg(rng, 3), dg(rng, 2), dg(rng, 2)
    return rng.choice(
        (
            f"+7 {a} {b}-{c}-{d}",
            f"8({a}){b}-{c}-{d}",
            f"8 {a} {b} {c} {d}",
            f"+7{a}{b}{c}{d}",
            f"8-{a}-{b}-{c}-{d}",
            f"+7 ({a}) {b}{c}{d}",
            f"8{a}{b}{c}{d}",
        )
    )


def phone_city(rng: R) -> str:
    code = rng.choice(("495", "499", "812", "843", "846", "3452"))
    rest = dg(rng, 10 - len(code))
    n = f"{rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
    ext = rng.choice(
        ("", "", f" доб. {dg(rng, 3)}", f", доб.{dg(rng, 4)}", f" (вн. {dg(rng, 3)})", f" ext. {dg(rng, 2)}")
    )
    return rng.choice((f"8 ({code}) {n}", f"+7 {code} {n}", f"({code}) {n}")) + ext


def phone_foreign(rng: R) -> str:
    c = rng.randrange(18)
    if c == 0:
        return rng.choice(
            (
                f"+998 {rng.choice(('90', '91', '93', '97', '99'))} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}",
                f"(+998) {rng.choice(('90', '94'))}-{dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
                f"998{rng.choice(('90', '97'))}{dg(rng, 7)}",
            )
        )
    if c == 1:
        return rng.choice(
            (
                f"+992 {rng.choice(('92', '93', '98'))} {dg(rng, 3)} {dg(rng, 4)}",
                f"992 ({rng.choice(('90', '918'))}) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            )
        )
    if c == 2:
        return rng.choice(
            (
                f"+996 {rng.choice(('555', '700', '777'))} {dg(rng, 3)} {dg(rng, 3)}",
                f"0{rng.choice(('555', '772'))} {dg(rng, 2)}-{dg(rng, 2)}-{dg(rng, 2)}",
            )
        )
    if c == 3:
        return rng.choice(
            (
                f"+7 7{rng.choice(('01', '05', '07', '47', '77'))} {dg(rng, 3)} {dg(rng, 4)}",
                f"8 (7{rng.choice(('02', '71'))}) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
            )
        )
    if c == 4:
        return f"+374 {rng.choice(('91', '77', '99'))} {dg(rng, 6)}"
    if c == 5:
        return f"+994 {rng.choice(('50', '55', '70'))} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}"
    if c == 6:
        return f"+995 5{dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)}"
    if c == 7:
        return rng.choice(
            (
                f"+375 (29) {dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 2)}",
                f"8 029 {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}",
            )
        )
    if c == 8:
        return rng.choice(
            (
                f"+90 5{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}",
                f"0 (5{dg(rng, 2)}) {dg(rng, 3)} {dg(rng, 4)}",
            )
        )
    if c == 9:
        return rng.choice(
            (f"+86 13{dg(rng, 1)} {dg(rng, 4)} {dg(rng, 4)}", f"+86-10-{dg(rng, 4)}-{dg(rng, 4)}")
        )
    if c == 10:
        return f"+91 9{dg(rng, 4)} {dg(rng, 5)}"
    if c == 11:
        return rng.choice(
            (
                f"+49 (0)30 {dg(rng, 7)}",
                f"+49 15{dg(rng, 1)} {dg(rng, 8)}",
                f"0049 89 {dg(rng, 3)} {dg(rng, 4)}",
            )
        )
    if c == 12:
        return rng.choice((f"+44 20 {dg(rng, 4)} {dg(rng, 4)}", f"+44 (0) 7{dg(rng, 3)} {dg(rng, 6)}"))
    if c == 13:
        return rng.choice(
            (f"+1 ({dg1(rng, 3)}) {dg1(rng, 3)}-{dg(rng, 4)}", f"1-{dg1(rng, 3)}-{dg1(rng, 3)}-{dg(rng, 4)}")
        )
    if c == 14:
        return f"+971 5{rng.choice('0256')} {dg(rng, 3)} {dg(rng, 4)}"
    if c == 15:
        return f"+972-5{dg(rng, 1)}-{dg(rng, 3)}-{dg(rng, 4)}"
    if c == 16:
        return f"+234 80{dg(rng, 1)} {dg(rng, 3)} {dg(rng, 4)}"
    return f"+33 6 {dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)} {dg(rng, 2)}"


def any_phone(rng: R) -> str:
    return rng.choice((phone_ru, phone_ru, phone_foreign, phone_foreign, phone_city))(rng)


# ----- addresses ----------------------------------------------------------------------------
def street(fake: Any, rng: R) -> str:
    t = fake.street_title()
    return rng.choice((f"ул. {t}", f"улица {t}", f"{t} ул.", f"пр-т {t}", f"пер. {t}", f"ул.{t}"))


DISTRICTS = (
    "Раменский",
    "Пушкинский",
    "Ленинский",
    "Волжский",
    "Тосненский",
    "Ломоносовский",
    "Зеленодольский",
)


def ru_address(fake: Any, rng: R) -> str:
    house = f"д. {rng.randint(1, 140)}"
    extra = rng.choice(
        (
            "",
            f", корп. {rng.randint(1, 5)}",
            f", к{rng.randint(1, 4)}",
            f", стр. {rng.randint(1, 9)}",
            f"/{rng.randint(1, 9)}",
            f", лит. {rng.choice('АБВ')}",
        )
    )
    flat = rng.choice(
        (
            f", кв. {rng.randint(1, 400)}",
            f", кв.{rng.randint(1, 400)}",
            f"-{rng.randint(1, 200)}",
            f", ком. {rng.randint(1, 60)}",
            "",
        )
    )
    city = fake.city_name()
    k = rng.randrange(6)
    if k == 0:
        return f"{fake.postcode()}, г. {city}, {street(fake, rng)}, {house}{extra}{flat}"
    if k == 1:
        return f"{street(fake, rng)}, {house}{extra}{flat}, г. {city}, {fake.postcode()}"
    if k == 2:
        return (
            f"{fake.region()}, {rng.choice(DISTRICTS)} р-н, {rng.choice(('д.', 'с.', 'пос.', 'дер.'))} "
            f"{fake.city_name()}, {street(fake, rng)}, {house}"
        )
    if k == 3:
        return (
            f"Московская обл., г.о. {city}, СНТ «{rng.choice(('Берёзка', 'Рассвет', 'Мичуринец', 'Ромашка'))}»,"
            f" уч. {rng.randint(1, 300)}"
        )
    if k == 4:
        return f"г. {city}, мкр. {rng.choice(('Северный', 'Юбилейный', '3-й', 'Солнечный'))}, {house}{flat}"
    return f"г.{city}, {street(fake, rng)} {rng.randint(1, 90)}{flat}"


FOREIGN_ADDR = (
    "Республика Узбекистан, Самаркандская обл., г. Самарканд, ул. Рудаки, д. {n}",
    "Uzbekistan, Tashkent, Chilanzar district, {n}-kvartal, {m}-{k}",
    "Таджикистан, Хатлонская обл., р-н Бохтар, кишлак Навбахор, ул. Сомони {n}",
    "Кыргызстан, г. Бишкек, мкр. Джал, д. {n}, кв. {k}",
    "Kazakhstan, Almaty, Abay ave. {n}, apt. {k}",
    "Казахстан, г. Шымкент, ул. Тауке хана, {n}-{k}",
    "Армения, г. Ереван, ул. Абовяна, {n}, кв. {k}",
    "Azerbaijan, Baku, Nizami str. {n}, apt {k}",
    "Berlin, Hauptstraße {n}, 10115",
    "Istanbul, Kadıköy, Moda Cad. No:{n} D:{k}",
    "Dubai, Al Barsha 1, Villa {n}",
    "China, Harbin, Nangang District, Xuefu Road {n}, Room {m}0{k}",
    "Vietnam, Hanoi, Cau Giay, ngo {n} Tran Thai Tong",
    "Egypt, Cairo, Nasr City, {n} Abbas El Akkad St.",
    "{n} Baker Street, London NW1 6XE, UK",
    "Нигерия, г. Лагос, Икея, ул. Аделе, {n}",
    "Китай, пров. Хэйлунцзян, г. Харбин, р-н Наньган, ул. Сюэфу, {n}",
    "Турция, г. Анталья, р-н Коньяалты, ул. Ататюрка, {n}/{k}",
)


def foreign_address(rng: R, keys: tuple[str, ...] = ()) -> str:
    pool = [a for a in FOREIGN_ADDR if any(k in a for k in keys)] or list(FOREIGN_ADDR)
    return rng.choice(pool).format(n=rng.randint(1, 180), m=rng.randint(1, 9), k=rng.randint(1, 90))


FOREIGN_TOWNS = (
    "Самарканд",
    "Душанбе",
    "Ош",
    "Худжанд",
    "Наманган",
    "Бишкек",
    "Шымкент",
    "Андижан",
    "Гюмри",
    "Гянджа",
    "Кутаиси",
    "Харбин",
    "Стамбул",
    "Тегеран",
    "Хошимин",
    "Каир",
    "Лагос",
    "Дели",
    "Ургенч",
)
