"""Second blind split of the PII benchmark (``blind2``): families written without reading the PII
recognizers, the other families or their conventions, and never run through the scanner by their
author. They were measured once, blind, by ``bench_pii --blind2`` (round 3); since round 4 they are
tuning data (``--show-misses`` prints their misses).

Each family is something a real Russian record could contain: dispensary and discharge notes,
referrals, ambulance call cards (карта вызова СМП), consent forms, vaccination records, sick-leave
and tax documents, insurance letters, hurried anamnesis, and patients' messages to a clinic portal.
A gold span is exactly the value (a name, a date, an address, a number), never its cue label.
Person, date and place families are here; phones, e-mail, links and identifiers are in
:mod:`benchmarks.pii_blind2_contacts`; value makers in :mod:`benchmarks.pii_blind2_values` and
:mod:`benchmarks.pii_blind2_places`.

``python -m benchmarks.pii_families_blind2 [N]`` prints N samples of every family with the gold
spans in brackets and checks every span (no scanner involved).
"""

from __future__ import annotations

import itertools
import random
import sys
from typing import Any

from benchmarks import pii_blind2_places as places
from benchmarks.pii_blind2_contacts import CONTACT_FAMILIES
from benchmarks.pii_blind2_values import (
    DATE,
    LOCATION,
    MONTHS_GENT,
    MONTHS_LOCT,
    MONTHS_NOMN,
    PERSON,
    Segments,
    Slot,
    any_day,
    choice,
    clock,
    date,
    new_day,
    new_person,
    numeric,
    person,
    roman,
    templated,
    worded,
)
from benchmarks.pii_families import BlockFamily, Family, Planted

BLIND2 = "blind2"


# ----- persons -------------------------------------------------------------------------------
def _fields(rng: random.Random, fake: Any, case: str) -> Segments:
    """A form with one field per part of the name: three golds of one person."""
    p = new_person(rng, fake)
    sep = rng.choice(("  ", "\n", "; ", ", "))
    return [("Фамилия: ", None), (p.surname, PERSON), (f"{sep}Имя: ", None), (p.name, PERSON),
            (f"{sep}Отчество: ", None), (p.patronymic, PERSON)]


def _gendered(shapes: tuple[str, ...]) -> tuple[Slot, Slot]:
    return person(*shapes, female=True), person(*shapes, female=False)


_REL_F, _REL_M = _gendered(("F I O", "F I O", "F I.O.", "I O F"))
_STAFF = person("F", "F", "F I.O.")
_STAFF_F, _STAFF_M = _gendered(("F", "F I.O."))
_SIGN = person("I.O. F", "I.O. F", "F I.O.")
_FULL_F, _FULL_M = _gendered(("F I O", "F I O", "F I.O."))

PERSON_FAMILIES = {
    "person-relatives-b2": templated((
        "Анамнез собран со слов дочери {f:gent}.", "Со слов жены, {f:gent}, болеет около недели.",
        "Доставлена в сопровождении сына {m:gent}.", "Сопровождает муж — {m}.", "Законный представитель: мать {f}.",
        "Согласие на медицинское вмешательство подписано отцом ребёнка {m:ablt}.",
        "Информацию о состоянии здоровья разрешаю сообщать: {f:datv} (дочь), {m:datv} (сын).",
        "Контактное лицо — сестра {f}.", "Ребёнок от матери {f:gent}, 2-я беременность, 2-е роды.",
        "Уход на дому осуществляет невестка {f}.", "Мужу пациентки, {m:datv}, даны рекомендации по уходу.",
        "Со слов соседки {fs:gent}, пациентка последние дни почти не вставала.", "Доверенное лицо: супруг {m}.",
        "Выписана под наблюдение дочери ({f:gent}).",
    ), f=_REL_F, m=_REL_M, fs=person("F", female=True)),
    "person-staff-titles-b2": templated((
        "Осмотрен совместно с зав. отделением {s:ablt}.", "Консультирован проф. {s:ablt}.",
        "Консультация д-ра {s:gent}: данных за ОКС нет.", "Инъекцию выполнила м/с {sf}.", "Дежурный врач {s}.",
        "Бригада СМП: фельдшер {s}, фельдшер {s}.", "Со слов ст. м/с {sf:gent}, ночью спал беспокойно.",
        "Тактика согласована с к.м.н. {s:ablt}.", "Направлен к врачу-неврологу {s:datv} на консультацию.",
        "ЭКГ описана доц. {s:ablt}.", "Осм. с зав.отд. {s:ablt}, рекомендовано дообследование.",
        "Пациентка осмотрена акушеркой {sf:ablt}.", "Заключение терапевта (врач {s}): противопоказаний нет.",
        "Повязку сменила перевязочная м/с {sf}.", "Больной передан под наблюдение дежурного врача {s:gent}.",
        "По согласованию с зам. главного врача {s:ablt} переведён в ОРИТ.",
    ), s=_STAFF, sf=_STAFF_F),
    "person-patient-header-b2": templated((
        "Пациент: {p}.", "Ф.И.О. больного: {caps}\n", "ФИО: {p}\n",
        "Выписной эпикриз. Больной {m} находился на стационарном лечении в терапевтическом отделении.",
        "Больная {f}, 67 лет, поступила в плановом порядке.", "Пациентка {fi}, 54 г., обратилась с жалобами.",
        "Карта вызова скорой медицинской помощи. Пациент: {caps}, возраст 72 г.",
        "Фамилия, имя, отчество пациента: {p}.", "ПАЦИЕНТ: {caps}\n", "Ф.И.О. {p}\n",
        "Протокол осмотра. {p}, 45 лет.",
    ), p=person("F I O"), caps=person("CAPS"), m=_FULL_M, f=_FULL_F, fi=person("F I.O.", female=True)),
    "person-signatures-b2": templated((
        "Врач-терапевт участковый ____________ /{s}/", "Подпись врача _________ {s}\n",
        "Заведующий отделением: {s} ___________", "Исп.: {s}.", "Протокол составил: врач {s}\n",
        "С результатами ознакомлен(а): {s} /подпись/\n", "Консультант: {s}, врач-эндокринолог высшей категории.",
        "Выписку подготовил: ординатор {s}; проверил: зав. отд. {s}.",
        "Пациент {sp} от госпитализации отказался, о последствиях предупреждён.",
        "Лечащий врач {s} ____________ Зав. отделением {s} ____________\n",
    ), s=_SIGN, sp=person("F I.O.", "F I.O.", "I.O. F")),
    "person-portal-messages-b2": templated((
        "Здравствуйте, меня зовут {me}, хочу записаться к кардиологу.",
        "Добрый день! Пишу за маму, {mom:accs}, ей нужно продлить рецепт на инсулин.",
        "Можно записать папу ({dad}) на УЗИ брюшной полости?", "Хочу записаться к {doc:datv} на вторник.",
        "Огромное спасибо доктору {doc:datv} за внимательное отношение!", "С уважением, {me}.",
        "Сын {child} не придёт на прививку, заболел.", "Подскажите, пришли ли результаты анализов {me:gent}?",
        "Подскажите, принимает ли сегодня {docf}? Я записана к ней на 10 утра.",
        "Прошу перенести приём моего мужа {dad:gent} на следующую неделю.",
    ), me=person("I O F", "I F", "F I O", "I F"), mom=person("F I O", "I O F", female=True),
        dad=person("F I O", "I O F", female=False), doc=person("I O", "F I O", "I O"),
        docf=person("I O", female=True), child=person("F I", "I F", female=False)),
    "person-certificates-b2": templated((
        "Справка выдана {m:datv} в том, что он находился на амбулаторном лечении.",
        "Дана {f:datv} в том, что она действительно проходила обследование в поликлинике.",
        "Направляется {p} на госпитализацию в кардиологическое отделение.", "{fields}\n",
        "Ф.И.О. законного представителя: {p}.",
        "Я, {p}, даю информированное добровольное согласие на медицинское вмешательство.",
        "Я, {p}, являясь законным представителем несовершеннолетнего {child:gent}, даю согласие на вакцинацию.",
        "Рецепт. Ф.И.О. пациента: {p}.", "Листок нетрудоспособности выдан {p:datv}.",
        "Направление на МСЭ. Гражданин {m}.",
    ), m=_FULL_M, f=_FULL_F, p=person("F I O", "F I O", "F I.O."), child=person("F I O", "F I", female=False),
        fields=Slot(PERSON, _fields)),
}


# ----- dates ---------------------------------------------------------------------------------
def _month_year(rng: random.Random, fake: Any, case: str) -> str:
    """марта 2019 г. / в марте 2019 года / март 2019 / 03.2019."""
    month, year = rng.randint(1, 12), rng.randint(2010, 2024)
    unit = rng.choices((" г.", " года", "г.", ""), weights=(45, 25, 5, 25))[0]
    if case == "num":
        return rng.choice((f"{month:02d}.{year}", f"{month:02d}/{year}", f"{month:02d}.{year} г.", f"{month}.{year}"))
    words = {"gent": MONTHS_GENT, "loct": MONTHS_LOCT}.get(case, MONTHS_NOMN)
    return f"{words[month - 1]} {year}{unit}"


def _date_time(rng: random.Random, fake: Any, case: str) -> str:
    day, time = numeric(new_day(rng, 2018, 2024), rng), clock(rng)
    return rng.choices((f"{day} в {time}", f"{day} {time}", f"{time} {day}", f"{day}, {time}"), weights=(35, 35, 15, 15))[0]


def _range(rng: random.Random, fake: Any, case: str) -> Segments:
    """A stay or a course: two full dates, or the compressed ranges people write."""
    start = new_day(rng, 2016, 2024)
    end = start.plus(rng.randint(3, 25))
    kind = rng.choices(("two", "two-dash", "day-month", "words", "compact"), weights=(40, 15, 15, 15, 15))[0]
    if kind in ("two", "two-dash"):
        state = rng.random()  # both ends in the same layout
        a, b = numeric(start, random.Random(state)), numeric(end, random.Random(state))
        return [("с ", None), (a, DATE), (" по ", None), (b, DATE)] if kind == "two" else [(a, DATE), (" – ", None), (b, DATE)]
    if kind == "day-month":
        return [("с ", None), (numeric(start, rng, year=False), DATE), (" по ", None), (numeric(end, rng), DATE)]
    if kind == "words" and start.month == end.month:
        unit = rng.choice((" г.", " года", "г.", ""))
        return [("с ", None), (f"{start.day} по {end.day} {MONTHS_GENT[end.month - 1]} {end.year}{unit}", DATE)]
    if start.month == end.month:
        return [(f"{start.day}-{end.day:02d}.{end.month:02d}.{end.year}", DATE)]
    return [("с ", None), (worded(start, rng, year=False), DATE), (" по ", None), (worded(end, rng), DATE)]


def _month_range(rng: random.Random, fake: Any, case: str) -> str:
    month, year = rng.randint(1, 11), rng.randint(2012, 2024)
    return f"{MONTHS_LOCT[month - 1]}–{MONTHS_LOCT[month]} {year} г."


def _vaccinations(rng: random.Random, fake: Any, case: str) -> Segments:
    """A vaccination or tuberculin-test line: one course on increasing dates, all in the line's one layout."""
    title, years, steps = rng.choice((
        ("Прививки: ", (2008, 2023), (("БЦЖ-М", 3), ("V1 ВГВ", 30), ("V1 АКДС+ИПВ", 60), ("V2 АКДС+ИПВ", 45), ("V3 АКДС", 45))),
        ("Вакцинация против COVID-19: ", (2021, 2023), (("Гам-КОВИД-Вак, 1 компонент", 0), ("2 компонент", 21))),
        ("Туберкулинодиагностика: ", (2010, 2022), (("р. Манту", 0), ("Диаскинтест", 365))),
        ("Профилактические прививки: ", (2008, 2016), (("ККП V1", 365), ("ККП RV1", 2190)))))
    day, state = new_day(rng, *years), rng.random()
    cue = rng.choice((" — ", " ", ": "))
    segments: Segments = [(title, None)]
    for i, (label, gap) in enumerate(steps):
        day = day.plus(gap)
        segments += [(("; " if i else "") + label + cue, None), (numeric(day, random.Random(state)), DATE)]
    return [*segments, (".", None)]


def _birth_year(rng: random.Random, fake: Any, case: str) -> str:
    return str(rng.randint(1936, 2008))


def _birth(rng: random.Random, fake: Any, case: str) -> str:
    day = new_day(rng, 1936, 2012)
    return roman(day, rng) if case == "roman" else any_day(rng, day)


_EVENT = date(2016, 2024)

DATE_FAMILIES = {
    "date-words-b2": templated((
        "Дата: {w}.", "Заболел остро {w}, когда поднялась температура до 39 °C.", "Последняя менструация {w}.",
        "Госпитализирован {w} по экстренным показаниям.", "Дата подписания согласия: {w}.",
        "Операция: лапароскопическая холецистэктомия {w}.", "Дата выдачи справки: {w}.",
        "Вакцинирована против гриппа {w}.", "Со слов пациентки, падение произошло {w} дома.",
        "Следующая явка {w}.",
    ), w=Slot(DATE, lambda rng, fake, case: worded(new_day(rng, 2015, 2025), rng))),
    "date-partial-b2": templated((
        "Болеет с {my:gent}.", "В {my:loct} перенесла COVID-19, ПЦР положительный.", "Последнее обострение — {my}.",
        "ФГДС от {my:num}: эрозивный гастрит.", "Последняя флюорография {my:num}, без патологии.",
        "С {dm} принимает амлодипин 5 мг.", "Ухудшение с {dm}, когда появились отёки голеней.",
        "В конце {my:gent} отметила появление узловых образований на шее.", "Наблюдается у эндокринолога с {my:gent}.",
        "Последний раз обследовался в {my:loct}.",
    ), my=Slot(DATE, _month_year), dm=Slot(DATE, lambda rng, fake, case: any_day(rng, new_day(rng), year=False))),
    "date-times-ambulance-b2": templated((
        "Вызов принят {dt}.", "Время прибытия на место вызова: {dt}.", "Поступил в приёмное отделение {dt}.",
        "Последний приём пищи {dt}.", "Роды {dt}, мальчик, вес 3450 г.", "Забор крови: {dt}.",
        "Осмотр дежурного врача {dt}: состояние средней тяжести.", "Передан в стационар {dt}.",
        "Начало болевого приступа {dt}, нитроглицерин без эффекта.",
    ), dt=Slot(DATE, _date_time)),
    "date-ranges-b2": templated((
        "Находился на стационарном лечении {r}.", "Листок нетрудоспособности {r}.", "Период нетрудоспособности: {r}.",
        "Курс инфузионной терапии {r}.", "В {mr} лечилась в кардиологическом отделении.",
        "Отпуск по беременности и родам {r}.", "Получал антибиотики {r}, без эффекта.",
    ), r=Slot(DATE, _range), mr=Slot(DATE, _month_range)),
    "date-tables-vaccination-b2": templated((
        "{vac}", "| {d} | Глюкоза | 6,1 ммоль/л |\n", "ОАК ({d}): Hb 128 г/л, L 6,4 х10^9/л.",
        "Рентгенография ОГК от {d} — без очаговых и инфильтративных изменений.",
        "Дата | Препарат | Доза\n{d} | Инфлювак | 0,5 мл\n", "ЭКГ {d}: ритм синусовый, ЧСС 72.",
        "Анализ мочи {d} — без особенностей.", "Дата исследования: {d}\n",
    ), vac=Slot(DATE, _vaccinations), d=Slot(DATE, lambda rng, fake, case: numeric(new_day(rng, 2017, 2024), rng))),
    "date-birth-b2": templated((
        "Дата рождения: {b}.", "Пациентка 64 лет (д.р. {b}).", "Родился {b} в срок.", "Мужчина, {y} г.р., обратился с жалобами.",
        "ДР {b:roman}.", "Дата рожд. {b}; возраст 58 лет.", "На 3-и сутки после операции от {e} появилась лихорадка.",
        "Через 2 недели после выписки ({e}) вновь отметила одышку.", "Год рождения: {y}.", "Дата рождения ребёнка {b}.",
        "Число, месяц, год рождения: {b}\n",
    ), b=Slot(DATE, _birth), y=Slot(DATE, _birth_year), e=_EVENT),
}


# ----- places --------------------------------------------------------------------------------
def _town(rng: random.Random, fake: Any, case: str) -> str:
    return places.town_name(rng.choice(places.TOWNS), rng, case, prefix=rng.random() < 0.45)


def _village_phrase(rng: random.Random, fake: Any, case: str) -> str:
    """с. Ярково Ярковского р-на Тюменской обл. (the settlement in any case, its district and region after it)."""
    village = rng.choice(places.VILLAGES)
    text = f"{village.kind} {village.name}"
    if rng.random() < 0.7:
        text += " " + places.district(village, rng, gent=True)
        if rng.random() < 0.5:
            text += " " + places.region_name(places.REGIONS[village.region], rng, gent=True)
    return text


_RESORTS = ("Анапе", "Сочи", "Геленджике", "Кисловодске", "Ессентуках", "Пятигорске", "Туапсе", "Светлогорске")
_USSR = ("г. Ташкент Узбекской ССР", "г. Караганда Казахской ССР", "г. Фрунзе Киргизской ССР",
         "г. Душанбе Таджикской ССР", "г. Житомир Украинской ССР", "г. Гомель Белорусской ССР")


def _call_address(rng: random.Random, fake: Any, case: str) -> str:
    """An ambulance call address: street, house, entrance, floor, flat."""
    parts = [places.street(rng), f"д. {places.house(rng)}"]
    if rng.random() < 0.3:
        parts.insert(0, places.town_name(rng.choice(places.TOWNS), rng))
    parts += rng.choice(([f"подъезд {rng.randint(1, 8)}", f"этаж {rng.randint(1, 16)}"],
                         [f"под. {rng.randint(1, 8)}", f"эт. {rng.randint(1, 16)}"], []))
    parts.append(f"кв. {places.flat(rng)}")
    return ", ".join(parts)


def _private_house(rng: random.Random, fake: Any, case: str) -> str:
    town = f"{places.town_name(rng.choice(places.TOWNS), rng)}, " if rng.random() < 0.4 else ""
    return f"{town}{places.street(rng)}, {rng.choice(('д. ', 'дом ', ''))}{rng.randint(1, 120)}"


def _near_house(rng: random.Random, fake: Any, case: str) -> str:
    return f"д. {places.house(rng)} по {places.street(rng)}"


def _hurried(rng: random.Random, fake: Any, case: str) -> str:
    text = {"short": lambda: places.urban_address(rng, False, False, "short"),
            "bare": lambda: places.urban_address(rng, False, False, "bare"),
            "street": lambda: places.street_address(rng, "short")}[case]()
    return text.lower() if rng.random() < 0.35 else text


def _birthplace(rng: random.Random, fake: Any, case: str) -> str:
    pick = rng.random()
    if pick < 0.2:
        return rng.choice(_USSR)
    if pick < 0.55:
        return _village_phrase(rng, fake, case)
    town = rng.choice(places.TOWNS)
    region = f" {places.region_name(places.REGIONS[town.region], rng, gent=True)}" if town.region else ""
    return places.town_name(town, rng) + (region if rng.random() < 0.5 else "")


def _region_gent(rng: random.Random, fake: Any, case: str) -> str:
    return places.region_name(rng.choice(tuple(places.REGIONS.values())), rng, gent=True)


_POSTAL = Slot(LOCATION, lambda rng, fake, case: places.urban_address(rng, True, rng.random() < 0.7)
               if rng.random() < 0.75 else places.rural_address(rng, postal=True))

LOCATION_FAMILIES = {
    "loc-postal-full-b2": templated((
        "Адрес регистрации: {a}.", "Адрес по месту жительства: {a}\n", "Зарегистрирован по адресу: {a}.",
        "Почтовый адрес для направления результатов: {a}.", "Адрес фактического проживания: {a}\n",
        "Место регистрации: {a}.", "Адрес пациента: {a}.",
    ), a=_POSTAL),
    "loc-rural-b2": templated((
        "Проживает: {r}.", "Место жительства: {r}\n", "Доставлен бригадой СМП из {v}.", "Направлен фельдшером ФАП {v}.",
        "Живёт в {v}, работает в личном подсобном хозяйстве.", "Адрес: {r}.", "Прописан: {r}, фактически живёт там же.",
    ), r=Slot(LOCATION, lambda rng, fake, case: places.rural_address(rng)), v=Slot(LOCATION, _village_phrase)),
    "loc-running-oblique-b2": templated((
        "Приехала из {t:gent} к дочери.", "Проживает в {t:loct} с детства.",
        "Работает вахтовым методом в {t:loct}, вернулся неделю назад.", "Отдыхала в {resort}, после возвращения отметила сыпь.",
        "Переведён из ЦРБ {t:gent} для дальнейшего лечения.", "Уроженка {t:gent}, проживает в {t:loct}.",
        "Наблюдается у эндокринолога по месту жительства в {t:loct}.", "Госпитализирована в ОКБ {t:gent}.",
        "Эпиданамнез: выезжал в {t:loct}, контакт с больными отрицает.", "Недавно переехал из {t:gent}.",
    ), t=Slot(LOCATION, _town), resort=Slot(LOCATION, lambda rng, fake, case: rng.choice(_RESORTS))),
    "loc-ambulance-call-b2": templated((
        "Адрес вызова: {c}{code}.", "Вызов по адресу {c}.", "Место вызова: улица, у {n}.", "Адрес: {h} (частный дом).",
        "Повод к вызову: боль в груди. Адрес: {c}.", "Место происшествия: на перекрёстке {x}.",
    ), c=Slot(LOCATION, _call_address), h=Slot(LOCATION, _private_house), n=Slot(LOCATION, _near_house), code=choice("", "", ", код домофона 48К", ", домофон не работает"),
        x=Slot(LOCATION, lambda rng, fake, case: f"{places.street(rng)} и {places.street(rng)}")),
    "loc-abbrev-hurried-b2": templated((
        "прож: {s:short}", "адр.: {s:bare}.", "м/ж: {s:short}.", "Прописка: {s:short}, живёт у дочери.",
        "Адрес {s:short} тел нет.", "прожив. по {s:street}.", "Адрес: {s:bare}\n", "живет {s:short} одна.",
    ), s=Slot(LOCATION, _hurried)),
    "loc-birthplace-region-b2": templated((
        "Место рождения: {b}.", "Уроженец {r}.", "Переехала из {r} к детям.", "Родом из {t:gent}.",
        "Вернулась из {r}, где ухаживала за матерью.", "Место рождения: {b}\n", "Уроженка {v}, в городе с юности.",
    ), b=Slot(LOCATION, _birthplace), r=Slot(LOCATION, _region_gent), t=Slot(LOCATION, _town),
        v=Slot(LOCATION, _village_phrase)),
}

FAMILY_TYPES: dict[str, str] = {
    **{name: PERSON for name in PERSON_FAMILIES}, **{name: DATE for name in DATE_FAMILIES},
    **{name: LOCATION for name in LOCATION_FAMILIES}, **{name: kind for name, (kind, _) in CONTACT_FAMILIES.items()},
}
BLIND2_FAMILIES: list[Family] = []
BLIND2_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, BLIND2, make) for name, make in
    (*PERSON_FAMILIES.items(), *DATE_FAMILIES.items(), *LOCATION_FAMILIES.items(),
     *((name, make) for name, (_, make) in CONTACT_FAMILIES.items()))
]


def span_problems(planted: Planted, kind: str) -> list[str]:
    """What is wrong with the gold spans of ``planted`` (all of type ``kind``): none, empty, padded, overlapping."""
    spans = sorted((start, end) for _, start, end in planted.golds)
    problems = [] if spans else ["no gold span"]
    for start, end in spans:
        value = planted.text[start:end]
        if not value or value != value.strip(" \n,;:") or value.count("(") != value.count(")"):
            problems.append(f"span {value!r} is empty or padded")
    problems += [f"spans {a} and {b} overlap" for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    problems += [f"type {k} in a {kind} family" for k, _, _ in planted.golds if k != kind]
    return problems


def _marked(planted: Planted) -> str:
    text, last = "", 0
    for _, start, end in sorted(planted.golds, key=lambda g: g[1]):
        text += planted.text[last:start] + "[" + planted.text[start:end] + "]"
        last = end
    return (text + planted.text[last:]).replace("\n", "⏎")


def check_samples(per_family: int = 200, seed: int = 2, show: int = 0) -> int:
    """Make ``per_family`` values of every family and check their gold spans; print ``show`` of each marked."""
    from faker import Faker

    fake, bad = Faker("ru_RU"), 0
    for family in BLIND2_BLOCKS:
        rng = random.Random(f"{seed}:{family.name}")
        fake.seed_instance(rng.randint(0, 2**31))
        if show:
            print(f"\n== {family.name} ({FAMILY_TYPES[family.name]})")
        for i in range(per_family):
            planted = family.make(rng, fake)
            problems = span_problems(planted, FAMILY_TYPES[family.name])
            if problems:
                bad += 1
                print("BAD", family.name, _marked(planted), problems)
            if i < show:
                print("  ", _marked(planted))
    return bad


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    found = check_samples(show=count)
    kinds = sorted(set(FAMILY_TYPES.values()))
    print(f"\n{len(BLIND2_BLOCKS)} families; per type: {[(k, list(FAMILY_TYPES.values()).count(k)) for k in kinds]}; "
          f"bad samples: {found}")
    raise SystemExit(1 if found else 0)
