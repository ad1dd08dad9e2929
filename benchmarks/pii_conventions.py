"""Tuning families of round 2: general conventions of Russian clinical and administrative records
that the first tuning families lacked.

All of them are ``tune`` families (the recognizers may be adjusted on them); the held-out families
of :mod:`benchmarks.pii_families` are untouched. They cover what real records write rather than
any one layout:

* dates: a day and month without a year in a clinical context ("явка 25.10", "ОАК от 03.02"),
  short numeric forms (``d/m/yy``, ``yyyy/mm/dd``), ranges ("с 03.02 по 10.02"), dates with a time,
  Roman-numeral months, a season or a part of a month with a year, "в ночь на 3 января";
* places: addresses with no cue at all, the street word after the name ("Садовая ул."), house,
  building and flat numbering ("д. 5, корп. 2, кв. 17", "5-17"), a postcode first or last, rural
  settlements ("д.", "с.", "пос.", "п.", "х.", "ст-ца", "г. о.") with village names made up the
  way Russian villages are named (from a surname or a landscape word: "Кузнецовка", "Смирново"),
  which no dictionary knows, and places in oblique cases in running text.
"""

from __future__ import annotations

import random
from datetime import date as Date
from datetime import timedelta
from typing import Any

from benchmarks.pii_families import (
    MONTHS_ABBR,
    MONTHS_GENT,
    MONTHS_LOCT,
    MONTHS_NOMN,
    ROMAN,
    TUNE,
    BlockFamily,
    Family,
    Maker,
    Planted,
    _region,
    _street,
    _town,
)
from medsyn_dataset.validation.pii.inflect import inflect_word


# ----- dates ---------------------------------------------------------------------------------
def _date_text(layout: str, day: Date, rng: random.Random) -> str:
    """``layout`` with the date's parts: dd/d day, mm/m month, MG/MN/ML/MA/Mb/MR month words (Mb: the
    abbreviation without its stop) or Roman,
    yyyy/yy year, HH:MI a time of day."""
    out = layout
    if "HH" in out or "MI" in out:
        out = out.replace("HH", f"{rng.randrange(24):02d}").replace("MI", f"{rng.randrange(60):02d}")
    month = day.month - 1
    for key, value in (
        ("yyyy", f"{day.year}"), ("yy", f"{day.year % 100:02d}"), ("dd", f"{day.day:02d}"),
        ("mm", f"{day.month:02d}"), ("MG", MONTHS_GENT[month]), ("MN", MONTHS_NOMN[month]),
        ("ML", MONTHS_LOCT[month]), ("MA", MONTHS_ABBR[month]), ("Mb", MONTHS_ABBR[month].rstrip(".")),
        ("MR", ROMAN[month]), ("d", f"{day.day}"), ("m", f"{day.month}"),
    ):
        out = out.replace(key, value)
    return out


def _some_day(fake: Any) -> Date:
    day: Date = fake.date_between(start_date="-20y", end_date="today")
    return day


def dates(*layouts: str) -> Maker:
    """One date (with a time of day where the layout has ``HH:MI``)."""
    return lambda rng, fake, case: _date_text(rng.choice(layouts), _some_day(fake), rng)


_SEASONS = ("зимой", "весной", "летом", "осенью", "зима", "весна", "лето", "осень")
_PART_OF_MONTH = ("в начале", "в конце", "в середине", "в первых числах", "в последних числах", "в конце")


def season_year(*layouts: str) -> Maker:
    """A season or a part of a month with a year: "весной 2019 г.", "в конце марта 2018 года"."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts).replace("SEASON", rng.choice(_SEASONS)).replace("PART", rng.choice(_PART_OF_MONTH))
        return _date_text(layout, _some_day(fake), rng)

    return make


def date_range(frames: tuple[str, ...], layouts: tuple[str, ...]) -> Any:
    """Two dates in one phrase: a layout is "before|first|between|second" ("с |dd.mm| по |dd.mm.yyyy");
    a frame has one "{}" for the whole phrase. Each date is a gold span of its own."""

    def make(rng: random.Random, fake: Any) -> Planted:
        first = _some_day(fake)
        second = first + timedelta(days=rng.randrange(1, 40))
        before, one, between, two = rng.choice(layouts).split("|")
        if one in ("d", "dd"):  # "с 9 по 15 января": both days in one month
            first = first.replace(day=rng.randrange(1, 20))
            second = first.replace(day=rng.randrange(first.day + 1, 29))
        a, b = _date_text(one, first, rng), _date_text(two, second, rng)
        frame = rng.choice(frames)
        slot = frame.index("{}")
        after = frame[slot + 2 :]
        if b.endswith(".") and after.startswith("."):
            after = after[1:]
        start = slot + len(before)
        text = frame[:slot] + before + a + between + b + after
        b_start = start + len(a) + len(between)
        return Planted(text, [("DATE_TIME", start, start + len(a)), ("DATE_TIME", b_start, b_start + len(b))])

    return make


# ----- places --------------------------------------------------------------------------------
# landscape roots of village names; most names are made from a surname instead
_LANDSCAPE = ("Берёзов", "Соснов", "Ольхов", "Липов", "Дубров", "Осинов", "Кленов", "Глинищев", "Ключев", "Озёров",
              "Луков", "Горохов", "Холмов", "Ручьев", "Мохов", "Ельнев", "Рябинов", "Калинов")
_FEMININE_ADJ = ("Большая", "Малая", "Новая", "Верхняя", "Нижняя", "Старая")
_NEUTER_ADJ = ("Большое", "Малое", "Новое", "Верхнее", "Нижнее", "Старое")
_SETTLEMENT_ABBR = ("д.", "с.", "пос.", "п.", "х.", "ст-ца", "дер.", "пгт", "р.п.", "с/п")
_SETTLEMENT_WORDS = ("деревня", "село", "посёлок", "хутор", "станица")


def village(rng: random.Random, fake: Any) -> str:
    """A made-up village name shaped like real ones ("Кузнецовка", "Малое Смирново", "Сосновка")."""
    if rng.random() < 0.7:
        surname = fake.last_name_male()
        root = surname if surname.endswith(("ов", "ев", "ин", "ын")) else surname.rstrip("аяйь") + "ов"
    else:
        root = rng.choice(_LANDSCAPE)
    suffix = rng.choice(("ка", "ка", "о", "ское", "ская", "ка"))
    name = root + suffix
    if rng.random() < 0.2:
        name = (rng.choice(_FEMININE_ADJ) if suffix in ("ка", "ская") else rng.choice(_NEUTER_ADJ)) + " " + name
    return name


def _district(rng: random.Random, fake: Any) -> str:
    """A district adjective made from a town or a surname ("Кузнецовский", "Каменский")."""
    base = rng.choice((_town(fake), fake.last_name_male())).split()[0].split("-")[0]
    if base.endswith(("ск", "цк")):
        return base + "ий"
    return base.rstrip("аяоеьйыи") + rng.choice(("ский", "ский", "овский", "инский"))


def places(*layouts: str) -> Maker:
    """Layouts with fields: {P} postcode, {R}/{RF} region abbreviated/in full, {T} town, {Tc} town in
    the slot's case, {S} street, {N} house, {K} building, {Q} flat, {V} village, {Vc} village in the
    slot's case, {A} a settlement abbreviation ("д.", "с.", "пос."...), {W} a settlement word in the
    slot's case ("деревне", "села"), {D} district adjective, {Dc} district word pair in the slot's case
    ("Кузнецовском районе")."""

    def make(rng: random.Random, fake: Any, case: str) -> str:
        layout = rng.choice(layouts)
        town, name = _town(fake), village(rng, fake)
        district = _district(rng, fake)
        fields = {
            "P": f"{rng.randrange(101000, 692999)}",
            "R": _region(fake, rng, False),
            "RF": _region(fake, rng, True),
            "T": town,
            "Tc": " ".join(inflect_word(word, case, "Geox") for word in town.split()),
            "S": _street(fake),
            "N": str(rng.randrange(1, 180)) + rng.choice(("", "", "", "а", "/2", "Б")),
            "K": str(rng.randrange(1, 6)),
            "Q": str(rng.randrange(1, 400)),
            "V": name,
            "Vc": " ".join(inflect_word(part, case, "Geox") for part in name.split()),
            "A": rng.choice(_SETTLEMENT_ABBR),
            "W": inflect_word(rng.choice(_SETTLEMENT_WORDS), case),
            "D": district,
            "Dc": inflect_word(district, case) + " " + inflect_word("район", case),
        }
        return layout.format(**fields)

    return make


# =============================================================================================
FAMILIES: list[Family] = [
    # --- DATE_TIME
    Family("date-day-month-numeric-tune", "DATE_TIME", TUNE,
           ("Явка {}.", "Повторный осмотр {} в поликлинике.", "ОАК от {}: без особенностей.", "Анализы сдать до {}.",
            "Больничный лист продлен по {}.", "Контроль ЭКГ {}"),
           dates("dd.mm", "d.mm", "dd.mm.", "dd/mm")),
    Family("date-short-numeric-tune", "DATE_TIME", TUNE,
           ("Дата анализа {}", "Выписана {}.", "Последняя менструация {}.", "Флюорография {} - норма."),
           dates("d/m/yy", "dd/mm/yy", "d.m.yy", "dd-mm-yy", "yyyy/mm/dd", "d.m.yyyy", "dd. mm. yyyy", "d/m/yyyy")),
    Family("date-with-time-tune", "DATE_TIME", TUNE,
           ("Поступил {} по СМП.", "Время и дата осмотра: {}.", "Осмотрен {} дежурным врачом.", "Забор крови {}"),
           dates("dd.mm.yyyy в HH:MI", "dd.mm.yyyy HH:MI", "HH:MI dd.mm.yyyy", "dd.mm.yy, HH:MI", "d MG yyyy г. в HH:MI",
                 "dd.mm в HH ч MI мин", "dd.mm.yyyy г. HH.MI")),
    Family("date-roman-tune", "DATE_TIME", TUNE, ("Травма {}.", "Оперирован {} по поводу грыжи.", "Последний осмотр: {}"),
           dates("dd.MR.yyyy", "d MR yyyy г.", "MR.yyyy", "dd.MR.yy", "d.MR", "d-MR-yyyy")),
    Family("date-season-tune", "DATE_TIME", TUNE, ("Впервые появились боли {}.", "Ухудшение {}, лечилась амбулаторно."),
           season_year("SEASON yyyy г.", "SEASON yyyy года", "SEASON yyyy", "PART MG yyyy г.", "PART MG yyyy")),
    Family("date-day-month-words-tune", "DATE_TIME", TUNE,
           ("Заболел в ночь на {}, когда поднялась температура.", "{} обратилась в поликлинику.", "С {} беспокоит кашель.",
            "Ухудшение состояния {}.", "Явиться на прием к {}", "Выписана на работу с {}."),
           dates("d MG", "d-го MG", "dd MA", "dd MG")),
    Family("date-compact-tune", "DATE_TIME", TUNE, ("Дата: {}, осмотр.", "Выписка от {}.", "Рентгенография {}: без динамики."),
           dates("yyyy-mm", "yyyy.mm", "d Mb yyyy", "dd MA yy", "d Mb")),
    Family("date-day-month-before-word-tune", "DATE_TIME", TUNE,
           ("{} — повторный осмотр.", "{}: явка на прием.", "Через 10 дней ({}) контроль ОАК.", "{} госпитализирована."),
           dates("dd.mm", "d.mm", "dd/mm")),
    # --- LOCATION
    Family("place-metro-tune", "LOCATION", TUNE, ("Проживает в районе {}.", "Живет недалеко от {}, в пешей доступности."),
           places("метро {S}", "ст. метро {S}", "станции метро {S}", "м. {S}")),
    Family("place-origin-tune", "LOCATION", TUNE, ("Место рождения: {}.", "Уроженка {gent}.", "Житель {gent}, работает водителем."),
           places("{Tc}", "г. {T}", "{W} {V}", "{Vc}")),
    Family("address-settlement-parts-tune", "LOCATION", TUNE, ("Проживает: {}.", "{}", "Фактически проживает: {}"),
           places("СНТ «{S}», уч. {N}", "{K}-й микрорайон, д. {N}, кв. {Q}", "мкр-н {S}, д. {N}", "ДНТ {S}, участок {N}",
                  "{K}-я линия, д. {N}")),
    Family("address-nocue-tune", "LOCATION", TUNE, ("{}.", "Вызов на дом: {}.", "Выезд бригады СМП ({}).", "{}; вызов повторный."),
           places("г. {T}, ул. {S}, д. {N}", "{T}, {S} ул., {N}-{Q}", "ул. {S}, {N}, кв. {Q}", "{S} пр-т, д. {N}, корп. {K}, кв. {Q}",
                  "{P}, {T}, пер. {S}, {N}", "мкр. {S}, д. {N}", "{T}, ул. {S} {N}/{K}", "{S} ул. {N}-{Q}, {T}")),
    Family("address-numbering-tune", "LOCATION", TUNE, ("Адрес: {}", "Фактический адрес {}.", "Проживает: {}"),
           places("ул. {S}, д. {N}, корп. {K}, кв. {Q}", "{S} ул., д.{N} к.{K} кв.{Q}", "пр-т {S}, {N}-{Q}", "б-р {S}, д. {N}, стр. {K}",
                  "наб. {S}, {N}", "ш. {S}, {N}", "пер. {S}, д.{N}, кв.{Q}", "{S} пер., {N}", "проезд {S}, {N}, кв. {Q}")),
    Family("address-postcode-tune", "LOCATION", TUNE, ("{}", "Почтовый адрес: {}.", "Для писем: {}"),
           places("{P}, {RF}, г. {T}, ул. {S}, д. {N}, кв. {Q}", "ул. {S}, д. {N}, кв. {Q}, г. {T}, {R}, {P}", "{P} {T} {S} {N}-{Q}",
                  "{T}, {S}, {N}, {P}", "{P}, {T}, {S} {N}")),
    Family("address-rural-tune", "LOCATION", TUNE, ("Проживает: {}.", "Зарегистрирована: {}", "{}, частный дом.", "{}"),
           places("{R}, {D} р-н, с. {V}", "д. {V}, ул. {S}, д. {N}", "пос. {V}, {S} ул., {N}", "х. {V}", "ст-ца {V}, ул. {S}, {N}",
                  "г. о. {T}, д. {V}", "{A} {V}, {D} р-н", "{V}, {D} район, {RF}", "{P}, {R}, {D} р-н, с. {V}, ул. {S}, д. {N}",
                  "{A} {V}")),
    Family("place-oblique-tune", "LOCATION", TUNE,
           ("Вернулась из {gent} неделю назад.", "Работает в {loct} вахтовым методом.", "Переехала в {accs} три года назад.",
            "Доставлен санавиацией из {gent}.", "Направлена из ЦРБ {gent} на консультацию.", "Родом из {gent}.",
            "Отдыхала под {ablt} на даче."),
           places("{Tc}", "г. {T}", "{W} {V}", "{A} {V}", "{Vc}", "{Dc}")),
]

BLOCKS: list[BlockFamily] = [
    BlockFamily("date-range-tune", TUNE, date_range(
        ("Находился на лечении {}.", "Больничный лист {}.", "Нетрудоспособен {}", "Отпуск {}, после чего ухудшение.",
         "В стационаре {}: пневмония."),
        ("с |dd.mm| по |dd.mm", "|dd.mm|-|dd.mm.yyyy", "с |dd.mm.yyyy| по |dd.mm.yyyy", "|dd.mm.yy| – |dd.mm.yy",
         "с |d MG| по |d MG", "|dd.mm.yyyy|—|dd.mm.yyyy", "с |d| по |d MG yyyy г."))),
]
