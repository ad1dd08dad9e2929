"""Fourth blind split of the PII benchmark (``blind4``): families written without reading the PII
recognizers, their conventions, the tuning families or the first two blind splits, and never run
through the scanner by their author (only ``blind3`` was read, for the interface and to avoid
repeating its formats). Measured by ``bench_pii --blind4`` (per type only, no misses shown).

What is new against the other splits: whole document kinds that plant several types at once
(:mod:`benchmarks.pii_blind4_docs`: discharge headers, 057/у-04 referrals, lab requisitions, ЭЛН,
death certificates, military-commissariat certificates, sanatorium cards, dental and maternity
records, 107-1/у prescriptions, telemedicine protocols, insurer complaints, forensic expertise,
026/у school cards, patients' e-mails, messenger screenshots, OCR'd scans, Latin documents); names
in Latin letters, with double surnames, in signature lines; phones with no-break spaces and hyphens,
dashes, OCR gaps, village numbers, CIS numbers; dates in form quotes («12» марта), ranges, in the
prepositional, in English; addresses in register wording (ГАР, КЛАДР), micro-districts, garden
partnerships, closed towns, places of birth, abroad, in Latin; towns in the dative and instrumental;
SNILS with every separator; INN of employers (10 digits) and persons; OMS single numbers by the ФОМС
check rule and old policies; passports split by their labels and Soviet-era ones; record numbers of
dental, maternity, sanatorium, school and telemedicine records. A gold span is the value only.

``python -m benchmarks.pii_families_blind4 [N]`` prints N samples of every family with the gold
spans in brackets and checks every span (no scanner involved).
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from typing import Any

from benchmarks import pii_blind4_numbers as nb
from benchmarks import pii_blind4_places as pl
from benchmarks.pii_blind4_core import (
    CLIN,
    DATE,
    EMAIL,
    GEN,
    INN,
    LOCATION,
    MONTH,
    MRN,
    OMS,
    PASSPORT,
    PERSON,
    PHONE,
    SNILS,
    TYPES,
    URL,
    Block,
    Segments,
    Slot,
    birth_slot,
    block,
    date_latin,
    date_slot,
    latin_name,
    new_person,
    noise,
    of,
    person,
    write,
    ymd,
)
from benchmarks.pii_blind4_docs import DOC_FAMILIES
from benchmarks.pii_families import BlockFamily, Family, Planted

BLIND4 = "blind4"

# ----- persons -----------------------------------------------------------------------------------
_LATIN = Slot(PERSON, lambda rng, fake, o: latin_name(new_person(rng, fake), rng))
_ANY = ("F I O", "F I.O.", "I.O. F", "I O F", "I O", "F I")


def _fields(rng: random.Random, fake: Any, option: str) -> Segments:
    """Surname, name and patronymic in the form's three boxes (one person)."""
    p = new_person(rng, fake)
    return [("Фамилия ", None), (p.surname, PERSON), ("  Имя ", None), (p.name, PERSON), ("  Отчество ", None), (p.patronymic, PERSON)]


def _signature(rng: random.Random, fake: Any, option: str) -> Segments:
    """A signature line: "_______ /Белоусова Е.А./" or "(подпись) Белоусова Е.А."."""
    name = write(new_person(rng, fake), rng.choice(("F I.O.", "I.O. F", "F")), "", rng)
    return rng.choice(([("______ /", None), (name, PERSON), ("/", None)], [("(подпись) ", None), (name, PERSON)],
                       [("подпись ", None), (name, PERSON), (" расшифровка", None)], [("/", None), (name, PERSON), ("/ ____", None)]))


PERSON_FAMILIES: dict[str, Block] = {
    "person-latin-b4": block((
        "Patient name: {l}\n", "Имя в загранпаспорте: {l}.", "Ответ из клиники Charité на имя {l}; {c}.",
        "Direction for {l}, cardiology.", "В ЛИС пациент заведён латиницей: {l}.", "Signed: {l}, MD\n",
    ), l=_LATIN, c=CLIN),
    "person-oblique-relatives-b4": block((
        "Беседа проведена с {p:ins}, {c}.", "Совместный осмотр с {d:ins} (зав. отделением).", "Согласовано с {d:ins}.",
        "Повздорил с {p:ins}, после чего {c}.", "Пациентка проживает вместе с {p:ins}.", "Осмотрена {d:ins} в приёмном.",
        "Говорила о {p:pre} весь вечер.", "Ухаживает за {p:ins}, инвалидом I гр.",
        "Контактное лицо: {p}, {rel}.", "Со слов {rel2} ({p:gen}), {c}.", "Доставлена {rel3} {p:ins}.",
        "Информация о состоянии сообщена {p:dat} ({rel}).", "Выписка выдана на руки {p:dat}.",
    ), p=person(*_ANY), d=person("F I.O.", "I O F", "I O"), c=CLIN, rel=noise("дочь", "сын", "муж", "внучка", "соседка", "опекун"),
        rel2=noise("дочери", "сына", "мужа", "соседки"), rel3=noise("сыном", "мужем", "зятем")),
    "person-forms-double-b4": block((
        "ФИО: {u}\n", "{fio}\n", "Получатель: {p}\n", "ПАЦИЕНТ: {up}\n", "Ф.И.О. ребёнка: {p}\n",
        "Законный представитель: {m} (мать)\n", "Фамилия И.О.: {fi}\n", "Опекун {fi}; {s}\n",
    ), u=person("UP"), up=person("UP F I.O."), p=person("F I O"), fi=person("F I.O."),
        fio=Slot(PERSON, _fields), m=person("F I O", "F I.O.", female=True), s=Slot(PERSON, _signature)),
    "person-signatures-b4": block((
        "Лечащий врач {s}\n", "Зав. отделением {s}\n", "Пациент ознакомлен: {s}\n", "Принял: {s}; {c}.\n",
        "С планом лечения согласен(на) {s}\n",
    ), s=Slot(PERSON, _signature), c=CLIN),
}

# ----- phones --------------------------------------------------------------------------------------
_MOB, _OCR, _LOC, _CITY, _CIS = (of(PHONE, f) for f in (nb.mobile, nb.ocr_mobile, nb.local, nb.city, nb.cis))
PHONE_FAMILIES: dict[str, Block] = {
    "phone-messenger-b4": block((
        "Тел. (WhatsApp): {m}", "Номер из Telegram: {m}.", "Контакт: {m} (Max).", "Позвонить по номеру {m}, {c}.",
        "моб {m}", "Ответил с номера {m}.", "Телефон {m}\n",
    ), m=_MOB, c=CLIN),
    "phone-ocr-b4": block((
        "Тел.:{m}\n", "Контактный тел. {m} ; {c}", "Телефон заявителя {m}\n", "т. {m}", "Тел {m} (моб)\n",
    ), m=_OCR, c=CLIN),
    "phone-village-city-b4": block((
        "Тел. ФАПа {l}.", "Дом. тел. {l}, сот. нет.", "Звонить в сельсовет: {l}.", "Тел. {x}, регистратура.",
        "Раб. тел. {x}; {c}.", "Тел./факс: {x}\n", "Соседка, тел. {l}.",
    ), l=_LOC, x=_CITY, c=CLIN),
    "phone-cis-b4": block((
        "Иностранный гражданин, тел. {f}.", "Тел. родственников на родине: {f}.", "Номер (Узбекистан): {f}\n",
        "Контакт работодателя {m}; личный {f}.", "Патент на работу; тел. {f}, {c}.",
    ), f=_CIS, m=_MOB, c=CLIN),
}

# ----- dates -----------------------------------------------------------------------------------------
def _quoted(rng: random.Random, fake: Any, option: str) -> str:
    y, m, d = ymd(rng, 2018, 2025)
    return rng.choice((f"«{d:02d}» {GEN[m - 1]} {y} г.", f"«{d}» {GEN[m - 1]} {y}г.", f"\"{d:02d}\" {GEN[m - 1]} {y} г.",
                       f"«{d:02d}» {m:02d} {y} г."))


def _range(rng: random.Random, fake: Any, option: str) -> Segments:
    y, m, _ = ymd(rng, 2018, 2025)
    d = rng.randint(1, 18)
    d2 = d + rng.randint(1, 10)
    options: list[Segments] = [
        [("с ", None), (f"{d:02d}.{m:02d}", DATE), (" по ", None), (f"{d2:02d}.{m:02d}.{y}", DATE)],
        [(f"{d}–{d2} {GEN[m - 1]} {y} г.", DATE)], [(f"{d:02d}.{m:02d}.{y}", DATE), ("—", None), (f"{d2:02d}.{m:02d}.{y}", DATE)],
        [("с ", None), (f"{d} {GEN[m - 1]}", DATE), (" по ", None), (f"{d2} {GEN[m - 1]} {y} г.", DATE)],
    ]
    return rng.choice(options)


DATE_FAMILIES: dict[str, Block] = {
    "date-ranges-b4": block((
        "Находился на лечении {r}.", "Нетрудоспособен {r}; {c}.", "Курс ЛФК {r}.", "Отпуск по уходу {r}.",
        "Санаторий {r}, {c}.",
    ), r=Slot(DATE, _range), c=CLIN),
    "date-partial-b4": block((
        "Впервые выявлено в {mp:pre}.", "Операция в {mp:pre}; {c}.", "Последняя ФЛГ — {m}.", "Не работает с {mo}.",
        "Диспансерный учёт с {mo}.", "Рецидив в {mp:pre}.", "Вакцинация против гриппа: {m}.",
    ), mp=MONTH, m=MONTH, mo=of(DATE, lambda rng: f"{GEN[ymd(rng)[1] - 1]} {rng.randint(2000, 2025)} г."), c=CLIN),
    "date-latin-b4": block((
        "Date: {l}\n", "Sample collected {l}; {c}.", "DOB: {b}\n", "Дата (из иностранной выписки): {l}.",
        "Report date {l}, Berlin.",
    ), l=Slot(DATE, lambda rng, fake, o: date_latin(*ymd(rng, 2018, 2025), rng)),
        b=Slot(DATE, lambda rng, fake, o: date_latin(*ymd(rng, 1940, 2015), rng)), c=CLIN),
    "date-forms-mixed-b4": block((
        "Дата рождения: {b}", "д.р.{b}", "Явка {d}; {c}.", "Поступила {d} в 14:30.", "Контроль ОАК {d}, {c}.",
        "Рожд. {b}", "Прививка Гам-КОВИД-Вак: {d}.", "Следующий осмотр — {d}\n", "Дата заполнения {q}\n", "Выдано {q}",
        "{q}   М.П.\n", "Договор на платные услуги от {q}; {c}.", "Информированное добровольное согласие, {q}\n",
    ), b=birth_slot(), d=date_slot(), q=Slot(DATE, _quoted), c=CLIN),
}

# ----- places ---------------------------------------------------------------------------------------
def _p(make: Any) -> Slot:
    return of(LOCATION, make)


_TOWN = Slot(LOCATION, lambda rng, fake, case: pl.town_in(rng, case))
LOCATION_FAMILIES: dict[str, Block] = {
    "loc-registers-b4": block((
        "Адрес регистрации (из ЕГИСЗ): {f}\n", "Адрес по ФИАС: {f}.", "Адрес: {k}\n", "Место жительства {k}; {c}.",
        "Регистрация: {f}\n",
    ), f=_p(pl.fias), k=_p(pl.kladr), c=CLIN),
    "loc-micro-garden-closed-b4": block((
        "Проживает: {m}.", "Адрес {m}\n", "Летом живёт на даче: {g}.", "Вызов на адрес: {g}.", "Место травмы — {g}; {c}.",
        "Факт. адрес: {m}; {c}.", "Адрес: {z}\n", "Военнослужащий, проживает {z}.", "Студент, адрес: {d}.",
        "Проживает в общежитии: {d}; {c}.", "Место службы и жительства — {z}.",
    ), m=_p(pl.microdistrict), g=_p(pl.garden), z=_p(pl.closed_town), d=_p(pl.dormitory), c=CLIN),
    "loc-birthplace-b4": block((
        "Место рождения: {b}\n", "Место рожд. {b}.", "уроженец {b}", "Родился в {b}; {c}.", "МЕСТО РОЖДЕНИЯ {b}\n",
    ), b=_p(pl.birthplace), c=CLIN),
    "loc-abroad-latin-b4": block((
        "Адрес постоянного проживания: {f}.", "Прибыл из: {f}\n", "Address: {l}\n", "Адрес (латиницей, из визы): {l}.",
        "Проживает на родине по адресу {f}; {c}.",
    ), f=_p(pl.foreign), l=_p(pl.latin_address), c=CLIN),
    "loc-town-cases-b4": block((
        "Дача под {t:ins}.", "Приехала к сыну по {t:dat} не ориентируется.", "Между {t:ins} и {t2:ins} попал в ДТП.",
        "Учился в {t:pre}, {c}.", "Родом из {t:gen}.", "Отдыхала в {t:pre} в августе.", "Едет к дочери, к {t:dat}.",
        "Переведён из ЦРБ {t:gen}.",
    ), t=_TOWN, t2=_TOWN, c=CLIN),
}

# ----- identifiers and records ---------------------------------------------------------------------------
def _passport_split(rng: random.Random, fake: Any, option: str) -> Segments:
    s, n = nb.passport_parts(rng)
    series = rng.choice((s, f"{s[:2]} {s[2:]}"))
    return rng.choice((
        [("серия ", None), (series, PASSPORT), (" номер ", None), (n, PASSPORT)],
        [("сер. ", None), (series, PASSPORT), (", № ", None), (n, PASSPORT)],
        [("номер ", None), (n, PASSPORT), (", серия ", None), (series, PASSPORT)],
        [("Серия: ", None), (series, PASSPORT), ("; Номер: ", None), (n, PASSPORT)],
    ))


_CODE = noise("350-001", "400-003", "600-022", "170-010", "320-004")
ID_FAMILIES: dict[str, Block] = {
    "snils-separators-b4": block((
        "СНИЛС {s}\n", "Страховое свидетельство {s}.", "СНИЛС застрахованного лица: {s}; {c}.", "СНИЛС/ИНН: {s} / —\n",
        "Индивидуальный лицевой счёт {s}.", "снилс:{s}", "№ ИЛС {s}\n",
    ), s=of(SNILS, nb.snils), c=CLIN),
    "snils-ocr-b4": block((
        "СНИЛС {s}\n", "Страх. номер {s} ; {c}", "[скан] СНИЛС {s}\n", "СНИЛС матери {s}.",
    ), s=of(SNILS, nb.snils_ocr), c=CLIN),
    "inn-b4": block((
        "ИНН {i}.", "ИНН физлица: {i}\n", "Справка об оплате мед. услуг для ФНС, ИНН налогоплательщика {i}; {c}.",
        "ИНН пациента {i}, ИНН организации {o}.", "Работодатель: ООО «Вектор», ИНН {o}.", "ИНН: {i} (из Госуслуг)\n",
    ), i=of(INN, nb.inn), o=of(INN, lambda rng: nb.inn_digits(rng, 10)), c=CLIN),
    "oms-enp-old-b4": block((
        "ЕНП {o}\n", "Полис ОМС единого образца № {o}.", "Номер полиса: {o}; {c}.", "Полис {o} (электронный, выписка из ЕРЗЛ).",
        "Страховой медицинский полис {o}\n", "Полис ОМС старого образца {p}.", "Временное свидетельство {p}\n",
        "Полис: {p}; {c}.", "Страховой полис {p} (до 2011 г.)\n",
    ), o=of(OMS, nb.oms), p=of(OMS, nb.oms_old), c=CLIN),
    "passport-layouts-b4": block((
        "Паспорт {p}\n", "Документ: паспорт РФ {p}, выдан {d}, к/п {k}.", "пасп. {p}; {c}.", "Паспортные данные: {p}\n",
        "Личность удостоверена: {p} (паспорт).",
    ), p=of(PASSPORT, nb.passport), d=date_slot(2005, 2024), k=_CODE, c=CLIN),
    "passport-split-b4": block((
        "Паспорт: {s}\n", "Документ, удостоверяющий личность — паспорт, {s}, код подразделения {k}.",
        "Паспорт гражданина РФ {s}; {c}.", "паспорт {s}\n",
    ), s=Slot(PASSPORT, _passport_split), k=_CODE, c=CLIN),
    "passport-soviet-b4": block((
        "Паспорт старого образца {p}.", "Предъявлен паспорт СССР {p}\n", "Паспорт {p} (обмен не производился); {c}.",
        "Документ: паспорт {p}\n",
    ), p=of(PASSPORT, nb.soviet_passport), c=CLIN),
    "mrn-discharge-b4": block((
        "Медицинская карта стационарного больного № {h}\n", "И/б № {h}; {c}.", "Номер истории болезни {h}.",
        "МКСБ {h}\n", "Выписка из ИБ {h}, {c}.",
    ), h=of(MRN, nb.discharge_no), c=CLIN),
    "mrn-dental-maternity-b4": block((
        "Карта стоматологического пациента № {s}.", "Стом. карта {s}; {c}.", "История родов № {r}\n",
        "ИР {r}; {c}.", "История развития новорождённого № {r}.", "Индивидуальная карта беременной {r}.",
    ), s=of(MRN, nb.dental_no), r=of(MRN, nb.maternity_no), c=CLIN),
    "mrn-child-sanatorium-b4": block((
        "Медкарта школьника № {k}.", "Карта 026/у {k}; {c}.", "Санаторная книжка № {s}.", "История болезни санатория {s}\n",
        "Карта профилактического осмотра {k}.",
    ), k=of(MRN, nb.child_no), s=of(MRN, nb.sanatorium_no), c=CLIN),
    "mrn-emk-b4": block((
        "Номер ЭМК: {e}\n", "ID ТМК {e}.", "Идентификатор пациента {e}; {c}.", "Карта в МИС «Квазар» {e}\n",
        "ЭМК {e}, {c}.",
    ), e=of(MRN, nb.emk_no), c=CLIN),
    "email-b4": block((
        "Эл. почта: {e}\n", "Почта для результатов — {e}.", "Пишет с {e}; {c}.", "Адрес эл. почты (со слов): {e}.",
        "E-mail родителя {e}\n", "Ответ отправлен на {e}.",
    ), e=Slot(EMAIL, lambda rng, fake, o: nb.email(rng, fake)), c=CLIN),
    "url-b4": block((
        "Ссылка на ТМК: {u}\n", "Снимки КТ: {u}", "Запись на приём: {u}\n", "Страница врача {u}.", "Документы: {u}\n",
    ), u=of(URL, nb.link)),
}

FAMILY_TYPES: dict[str, tuple[str, ...]] = {
    **{name: (PERSON,) for name in PERSON_FAMILIES}, **{name: (PHONE,) for name in PHONE_FAMILIES},
    **{name: (DATE,) for name in DATE_FAMILIES}, **{name: (LOCATION,) for name in LOCATION_FAMILIES},
    **{name: TYPES for name in DOC_FAMILIES},
}
_ID_TYPES = {"snils": SNILS, "inn": INN, "oms": OMS, "passport": PASSPORT, "mrn": MRN, "email": EMAIL, "url": URL}
FAMILY_TYPES.update({name: (_ID_TYPES[name.split("-")[0]],) for name in ID_FAMILIES})
FAMILY_TYPES["passport-layouts-b4"] = (PASSPORT, DATE)  # the date of issue is a date of the person too
_ALL: dict[str, Block] = {**PERSON_FAMILIES, **PHONE_FAMILIES, **DATE_FAMILIES, **LOCATION_FAMILIES, **ID_FAMILIES,
                          **DOC_FAMILIES}
BLIND4_FAMILIES: list[Family] = []
BLIND4_BLOCKS: list[BlockFamily] = [BlockFamily(name, BLIND4, make) for name, make in _ALL.items()]

# cue labels a gold span must never contain
_CUES = re.compile(r"(?i)(?<!\w)(тел|моб|телефон|адрес|паспорт|серия|номер|снилс|инн|полис|енп|e-?mail|почта|ф\.?и\.?о|"
                   r"д/р|дата рождения|карта|история болезни|ссылка|эмк|и/б|место рождения)(?!\w)[.:]?")


def span_problems(planted: Planted, kinds: tuple[str, ...]) -> list[str]:
    """Problems of ``planted``'s gold spans: none, empty, padded, overlapping, with a cue, of a foreign type."""
    spans = sorted((start, end) for _, start, end in planted.golds)
    problems = [] if spans else ["no gold span"]
    for start, end in spans:
        value = planted.text[start:end]
        if not value or value != value.strip(" \n\t,;:—|\u00a0") or value.startswith((".", "-")) or value.endswith(" ."):
            problems.append(f"span {value!r} is empty or padded")
        if value.count("(") != value.count(")") or value.count("«") != value.count("»"):
            problems.append(f"span {value!r} has unbalanced brackets")
        if _CUES.search(value):
            problems.append(f"span {value!r} includes a cue label")
    problems += [f"spans {a} and {b} overlap" for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    problems += [f"type {k} not expected here" for k, _, _ in planted.golds if k not in kinds]
    return problems


def _marked(planted: Planted) -> str:
    text, last = "", 0
    for _, start, end in sorted(planted.golds, key=lambda g: g[1]):
        text += planted.text[last:start] + "[" + planted.text[start:end] + "]"
        last = end
    return (text + planted.text[last:]).replace("\n", "⏎")


def check_samples(per_family: int = 300, seed: int = 4, show: int = 0) -> tuple[int, dict[str, int]]:
    """Make ``per_family`` blocks of every family, check their spans, print ``show`` of each marked.
    Returns the number of bad blocks and the gold spans per type."""
    from faker import Faker

    fake, bad, per_type = Faker("ru_RU"), 0, dict.fromkeys(TYPES, 0)
    for family in BLIND4_BLOCKS:
        rng = random.Random(f"{seed}:{family.name}")
        fake.seed_instance(rng.randint(0, 2**31))
        if show:
            print(f"\n== {family.name} ({', '.join(FAMILY_TYPES[family.name]) if len(FAMILY_TYPES[family.name]) < 3 else 'mixed'})")
        for i in range(per_family):
            planted = family.make(rng, fake)
            problems = span_problems(planted, FAMILY_TYPES[family.name])
            for kind, _, _ in planted.golds:
                per_type[kind] += 1
            if problems:
                bad += 1
                print("BAD", family.name, _marked(planted), problems)
            if i < show:
                print("  ", _marked(planted))
    return bad, per_type


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    found, spans = check_samples(show=count)
    print(f"\n{len(BLIND4_BLOCKS)} families ({len(DOC_FAMILIES)} mixed document kinds); "
          f"gold spans per type in 300 blocks per family: {spans}\nbad samples: {found}")
    raise SystemExit(1 if found else 0)
