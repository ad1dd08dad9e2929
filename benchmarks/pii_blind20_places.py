"""Places and contacts for the blind20 PII split: addresses of every kind, phones, e-mails, URLs."""

from __future__ import annotations

from benchmarks.pii_blind20_gen import A, Person, R, dg, latin

# ---------------------------------------------------------------- places
REGIONS = (
    "Московская обл.",
    "Ленинградская область",
    "Республика Татарстан",
    "Респ. Башкортостан",
    "Свердловская обл.",
    "Краснодарский край",
    "Республика Саха (Якутия)",
    "Республика Бурятия",
    "Новосибирская область",
    "Ростовская обл.",
    "Чеченская Республика",
    "Республика Дагестан",
    "Ханты-Мансийский автономный округ — Югра",
    "Приморский край",
    "Республика Тыва",
    "Нижегородская обл.",
    "Омская область",
    "Забайкальский край",
    "Чувашская Республика",
)
DISTRICTS = (
    "Пушкинский р-н",
    "Бирский район",
    "Зеленодольский р-н",
    "Кировский район",
    "Усть-Алданский улус",
    "Хасавюртовский р-н",
    "Тарбагатайский район",
    "Кстовский р-н",
    "Таврический район",
)
VILLAGES = (
    "с. Осиновка",
    "д. Берёзовка",
    "пос. Первомайский",
    "с. Майя",
    "п. Лесной",
    "ст-ца Каневская",
    "с. Нижний Бестях",
    "аул Эндирей",
    "д. Малые Вёшки",
    "рп. Южный",
    "пгт Яблоновский",
)
STREET_KINDS = ("ул.", "ул.", "улица", "пр-т", "пер.", "проспект", "б-р", "ш.")
FOREIGN_ADDR = (
    "Республика Узбекистан, Ферганская обл., г. Коканд, ул. Навои, д. 15",
    "Uzbekistan, Samarkand, Registan str. 21-4",
    "Республика Таджикистан, г. Худжанд, 12 мкр., д. 7, кв. 30",
    "Кыргызская Республика, г. Ош, ул. Ленина, 205",
    "Kyrgyzstan, Bishkek, Chui ave. 114, apt. 9",
    "Республика Армения, г. Гюмри, ул. Ширакаци, 48",
    "Azerbaijan, Baku, Nizami str. 67, apt 12",
    "Казахстан, г. Шымкент, мкр. Нурсат, д. 112, кв. 45",
    "Vietnam, Ha Noi, Cau Giay, 18 Tran Thai Tong",
    "中国 黑龙江省 哈尔滨市 南岗区 学府路 52号",
    "China, Harbin, Nangang district, Xuefu Rd 52",
    "India, Kerala, Kochi, MG Road 41",
    "Deutschland, 10115 Berlin, Invalidenstraße 7",
    "Nigeria, Lagos, Ikeja, 14 Allen Avenue",
)


def town(fake: A) -> str:
    return fake.city_name()


def street(rng: R, fake: A) -> str:
    return f"{rng.choice(STREET_KINDS)} {fake.street_title()}"


def house(rng: R) -> str:
    n = rng.randint(1, 140)
    r = rng.random()
    if r < 0.45:
        return rng.choice(("д. ", "д.", "дом ", "")) + str(n)
    if r < 0.6:
        return f"д. {n}, корп. {rng.randint(1, 5)}"
    if r < 0.7:
        return f"д. {n} к{rng.randint(1, 4)}"
    if r < 0.8:
        return f"д. {n}, стр. {rng.randint(1, 9)}"
    if r < 0.9:
        return f"д. {n}{rng.choice('АБВ')}, лит. {rng.choice('АБ')}"
    return f"{n}/{rng.randint(1, 30)}"


def flat(rng: R) -> str:
    return rng.choice(("кв. ", "кв.", "кв ", "кв-ра ")) + str(rng.randint(1, 320))


def address(rng: R, fake: A, kind: str | None = None) -> str:
    kind = kind or rng.choice("uuuUrrRsmfFpx")
    city = town(fake)
    if kind == "u":
        return f"г. {city}, {street(rng, fake)}, {house(rng)}, {flat(rng)}".replace(", кв", ", кв")
    if kind == "U":
        return f"{fake.postcode()}, {rng.choice(REGIONS)}, г. {city}, {street(rng, fake)}, {house(rng)}"
    if kind == "r":
        return f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, {rng.choice(VILLAGES)}, {street(rng, fake)}, {house(rng)}"
    if kind == "R":
        return f"{rng.choice(VILLAGES)}, {rng.choice(DISTRICTS)}, {rng.choice(REGIONS)}"
    if kind == "s":
        return (
            f"{rng.choice(REGIONS)}, {rng.choice(DISTRICTS)}, СНТ «{fake.street_title()}», "
            f"{rng.choice(('уч.', 'участок', 'линия 3, уч.'))} {rng.randint(1, 300)}"
        )
    if kind == "m":
        return f"г. {city}, мкр. {rng.choice(('Северный', '3-й', 'Солнечный', '12', 'Юбилейный'))}, {house(rng)}, {flat(rng)}"
    if kind == "f":
        return rng.choice(FOREIGN_ADDR)
    if kind == "F":  # reversed order, index last
        return f"{flat(rng)}, {house(rng)}, {street(rng, fake)}, г. {city}, {fake.postcode()}"
    if kind == "p":
        return f"{city.upper()}, {street(rng, fake).upper()} {rng.randint(1, 99)}-{rng.randint(1, 200)}"
    return f"{fake.postcode()} {city} {fake.street_title()} {rng.randint(1, 99)}/{rng.randint(1, 9)}"


# ---------------------------------------------------------------- contacts
def phone(rng: R, kind: str | None = None) -> str:
    kind = kind or rng.choice("mmMcCfxo")
    a, b, c, d = rng.randint(900, 999), dg(rng, 3), dg(rng, 2, False), dg(rng, 2, False)
    if kind == "m":
        return rng.choice(
            (f"+7 ({a}) {b}-{c}-{d}", f"8-{a}-{b}-{c}-{d}", f"+7{a}{b}{c}{d}", f"8 {a} {b} {c} {d}")
        )
    if kind == "M":
        return rng.choice((f"8({a}){b}{c}{d}", f"+7 {a} {b}{c}{d}", f"7{a}{b}{c}{d}", f"8 ({a}) {b} {c}-{d}"))
    if kind == "c":
        code = rng.choice(("3452", "8652", "4162", "3012", "4232", "8722", "3842"))
        return rng.choice(
            (
                f"8 ({code}) {dg(rng, 2)}-{c}-{d}",
                f"({code}) {dg(rng, 2)}-{c}-{d}",
                f"8-{code}-{dg(rng, 2)}{c}{d}",
            )
        )
    if kind == "C":
        return rng.choice(
            (f"{dg(rng, 3)}-{c}-{d}", f"8 (495) {dg(rng, 3)}-{c}-{d}", f"+7 (812) {dg(rng, 3)} {c} {d}")
        )
    if kind == "f":
        return rng.choice(
            (
                f"+998 90 {b} {c} {d}",
                f"+996 555 {b} {dg(rng, 3)}",
                f"+992 93 {b} {c} {d}",
                f"+374 91 {b}{dg(rng, 3)}",
                f"+994 50 {b} {c} {d}",
                f"+7 701 {b} {c} {d}",
            )
        )
    if kind == "x":
        return rng.choice(
            (
                f"+86 138 {dg(rng, 4)} {dg(rng, 4)}",
                f"+84 912 {b} {dg(rng, 3)}",
                f"+49 30 {dg(rng, 8)}",
                f"+91 98{dg(rng, 3)} {dg(rng, 5)}",
                f"+234 803 {b} {dg(rng, 4)}",
            )
        )
    return f"8{a}{b}{c}{d}"


def email(rng: R, p: Person) -> str:
    base = latin(p.last).lower()
    nick = rng.choice(
        (
            f"{latin(p.first).lower()[:1]}.{base}",
            f"{base}{rng.randint(60, 2005)}",
            f"{base}_{latin(p.first).lower()}",
        )
    )
    return f"{nick}@{rng.choice(('mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru'))}"


def url(rng: R, p: Person) -> str:
    base = latin(p.last).lower()
    return rng.choice(
        (
            f"https://vk.com/id{dg(rng, 9)}",
            f"https://t.me/{base}{rng.randint(1, 99)}",
            f"https://disk.yandex.ru/d/{dg(rng, 4)}{base[:3]}{dg(rng, 3)}",
            f"http://ok.ru/profile/{dg(rng, 12)}",
            f"https://cloud.mail.ru/public/{base[:2]}Xk/{dg(rng, 6)}",
            f"https://www.facebook.com/{base}.{latin(p.first).lower()}",
        )
    )
