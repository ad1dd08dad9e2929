"""Third blind split of the PII benchmark (``blind3``): families written without reading the PII
recognizers, their conventions or the tuning families, and never run through the scanner by their
author. Measured by ``bench_pii --blind3`` (per type only, no misses shown).

What is new against the other splits: names in all six cases with initials before and after, in
dialogue, quoted speech, operation teams and family histories; phones dictated in words, grouped
oddly, with extensions, several per line, written the international way; passports in tables,
forms and OCR-like text, next to (unlabelled) birth certificates; record numbers of many
institutions' styles (case histories, ambulance call cards, outpatient cards, exchange cards,
birth histories, MIS identifiers); addresses in postal and reverse order, squeezed, spoken, rural,
and in Moscow / St Petersburg layouts; dates in letters, roman months, compact and ISO forms,
with weekdays and times. Non-PII clinical numbers (doses, lab values, ICD codes, beds, scores)
stand next to the PII, unlabelled. A gold span is exactly the value, never its cue.

Person, date and place families are here; phones, e-mail, links, identifiers and record numbers in
:mod:`benchmarks.pii_blind3_contacts`; values in :mod:`benchmarks.pii_blind3_values`,
:mod:`benchmarks.pii_blind3_places` and :mod:`benchmarks.pii_blind3_numbers`.

``python -m benchmarks.pii_families_blind3 [N]`` prints N samples of every family with the gold
spans in brackets and checks every span (no scanner involved).
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import pii_blind3_places as pl
from benchmarks.pii_blind3_contacts import CONTACT_FAMILIES
from benchmarks.pii_blind3_values import (
    CLINICAL,
    DATE,
    GENT,
    LOCATION,
    NOMN,
    PERSON,
    WEEKDAYS,
    WEEKDAYS_ACCS,
    WEEKDAYS_SHORT,
    Block,
    Segments,
    Slot,
    block,
    day,
    new_person,
    person,
    spelled,
    timestamp,
    weekday,
    write,
)
from benchmarks.pii_families import BlockFamily, Family, Planted

BLIND3 = "blind3"


# ----- persons -------------------------------------------------------------------------------
def _team(rng: random.Random, fake: Any, case: str) -> Segments:
    """An operation protocol's team: one name per role, initials before or after."""
    roles = rng.sample(("Хирург", "Ассистент", "Анестезиолог", "Операционная м/с", "Анестезистка", "Ассистент 2"), 4)
    shape = rng.choice(("F I.O.", "I.O. F", "F"))
    segments: Segments = []
    for i, role in enumerate(roles):
        segments += [(("; " if i else "") + f"{role}: ", None), (write(new_person(rng, fake), shape, "nomn", rng), PERSON)]
    return [*segments, (".", None)]


def _quoted(rng: random.Random, fake: Any, case: str) -> Segments:
    """A message quoted in the record, signed or addressed by name."""
    p = new_person(rng, fake)
    doc = new_person(rng, fake)
    return rng.choice((
        [("Сообщение на портал: «", None), (write(doc, "I O", "nomn", rng), PERSON),
         (", добрый вечер! У мамы снова давление 190/100, что делать?»", None)],
        [("СМС от пациента: «Это ", None), (write(p, "I F", "nomn", rng), PERSON), (", завтра не смогу прийти на ЭКГ»", None)],
        [("В чате: «Передайте ", None), (write(doc, "F I.O.", "datv", rng), PERSON), (", что анализы готовы»", None)],
        [("Записка: «Прошу выдать выписку моему брату ", None), (write(p, "F I O", "datv", rng), PERSON), ("»", None)],
    ))


_ANY_CASE = ("F I O", "F I.O.", "I.O. F", "I O F", "F I")

PERSON_FAMILIES: dict[str, Block] = {
    "person-dialogue-b3": block((
        "— Кто вас привёз?\n— Сосед, {p}.", "— Как зовут лечащего врача?\n— {doc}.", "— Вы {p:nomn}?\n— Да.",
        "Со слов пациента: «Меня избил {m}, мы вместе работаем».", "— Позовите {f:accs}, пожалуйста!",
        "Пациентка говорит: «Я звонила {m:datv}, он не взял трубку».", "— С кем проживаете?\n— С дочкой, {f:ablt}.",
        "— Кто ваш участковый?\n— Кажется, {doc}.",
    ), p=person("I O F", "F I O", "I O"), doc=person("I O", "F I.O.", "I O F"), m=person("I F", "I O F", female=False),
        f=person("I O", "I F", "F I O", female=True)),
    "person-oblique-b3": block((
        "Выдано {p:datv} для предъявления по месту требования.", "Осмотрен вместе с {p:ablt}; {c}.",
        "Сведения о {p:loct} внесены в регистр.", "Направление выдано на имя {p:gent}.",
        "Рецепт выписан {p:datv}; {c}.", "Пациент передан {p:datv} (дежурный хирург).", "Записать {p:accs} на приём к ЛОР.",
        "Разговор с {p:ablt} о прогнозе состоялся.", "Выписка дана на руки {p:datv}.", "О {p:loct} сообщено в полицию.",
    ), p=person(*_ANY_CASE), c=CLINICAL),
    "person-initials-b3": block((
        "Гл. врач {s}", "Согласовано: {s}\n", "Зав. отд. ______ {s}", "М.П. Подпись: {s}", "Исполнитель {s}, {c}.",
        "Смену сдал: {s}; смену принял: {s}.", "Врач-рентгенолог {s}\n", "Ответственный: {s}; {c}.", "Утверждаю: {s}\n",
    ), s=person("I.O.F", "F,I.O.", "I.O. F", "F I.O.", "I O F."), c=CLINICAL),
    "person-team-b3": block((
        "{t}", "Протокол операции. {t} {c}.", "Состав бригады: {t}",
    ), t=Slot(PERSON, _team), c=CLINICAL),
    "person-family-history-b3": block((
        "Наследственность: мать ({f}) — СД 2 типа, отец ({m}) — ИМ в 56 лет.", "Мать, {f}, 74 г., ГБ III ст.",
        "Брат — {m}, инвалид II группы.", "У сестры, {f:gent}, рак молочной железы в 48 лет.",
        "Дочь {f:nomn} (ЭКО, 2-я беременность) наблюдается у нас же.", "У отца, {m:gent}, ХОБЛ, курит 40 лет.",
        "Бабушка по линии матери ({f}) — ОНМК в 70 лет.", "Со слов дяди, {m:gent}, в семье туберкулёза не было.",
    ), f=person("F I O", "F I.O.", "I O F", female=True), m=person("F I O", "F I.O.", "I O", female=False)),
    "person-forms-b3": block((
        "ФАМИЛИЯ, ИМЯ, ОТЧЕСТВО: {u}\n", "Ф.И.О.: {cf}\n", "Пациент {cf}, {c}.", "Фамилия И.О. {fi}\n",
        "ПОЛУЧАТЕЛЬ: {u}\n", "Ф.И.О. (полностью) {p}\n", "Ф. И. О. родителя: {p}\n", "Фамилия, инициалы: {fi}\n",
    ), u=person("UPPER"), cf=person("CAPS F I O"), fi=person("F I.O."), p=person("F I O"), c=CLINICAL),
    "person-nonslavic-b3": block((
        "Пациент {m}, иностранный гражданин, по-русски говорит плохо.", "Больной {m}, {c}.",
        "Пациентка {f}, беременность 32 нед.", "Переводчиком выступил родственник — {m}.", "Осмотрена с {f:ablt} (ст. м/с).",
        "Консультация врача {m:gent}.", "Со слов {f:gent}, ребёнок болеет третий день.", "Выписка выдана {m:datv}; {c}.",
    ), m=person("F I O", "F I", "I F", "F I.O.", female=False, foreign=True),
        f=person("F I O", "I F", "F I", female=True, foreign=True), c=CLINICAL),
    "person-quoted-b3": block(("{q}",), q=Slot(PERSON, _quoted)),
}


# ----- dates ---------------------------------------------------------------------------------
def _spelled(rng: random.Random, fake: Any, case: str) -> str:
    return spelled(*day(rng), rng)


def _with_weekday(rng: random.Random, fake: Any, case: str) -> str:
    d, m, y = day(rng, 2018, 2025)
    w = weekday(d, m, y)
    return rng.choice((f"{WEEKDAYS_ACCS[w]}, {d} {GENT[m - 1]} {y} г.", f"{WEEKDAYS_SHORT[w]} {d:02d}.{m:02d}.{y % 100:02d}",
                       f"{d:02d}.{m:02d}.{y} ({WEEKDAYS_SHORT[w].lower()})", f"{WEEKDAYS[w]}, {d:02d}.{m:02d}.{y}"))


def _birth(rng: random.Random, fake: Any, case: str) -> str:
    d, m, y = day(rng, 1931, 2012)
    return rng.choice((f"{d:02d}.{m:02d}.{y}", spelled(d, m, y, rng), f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d} {GENT[m - 1]} {y}"))


def _lab_series(rng: random.Random, fake: Any, case: str) -> Segments:
    """A lab table: each row a date and values that are not PII."""
    d, m, y = day(rng, 2019, 2025)
    rows: Segments = [("Дата       | Hb  | Лейк | СОЭ\n", None)]
    for _ in range(rng.randint(2, 4)):
        d += rng.randint(1, 5)
        if d > 28:
            d, m, y = d - 28, m % 12 + 1, y + (m == 12)
        rows += [(f"{d:02d}.{m:02d}.{y}" if rng.random() < 0.7 else f"{d:02d}.{m:02d}", DATE),
                 (f" | {rng.randint(80, 160)} | {rng.randint(3, 18)},{rng.randint(0, 9)} | {rng.randint(2, 60)}\n", None)]
    return rows


def _month_only(rng: random.Random, fake: Any, case: str) -> str:
    """A month and a year: "сентября 2006 г." after "с", "сентябрь 2006-го" alone, or 09/06, 2006-09, 09.2006г."""
    m, y = rng.randint(1, 12), rng.randint(2005, 2025)
    words = f"{GENT[m - 1]} {y} г." if case == "gent" else rng.choice((f"{NOMN[m - 1]} {y}-го", f"{NOMN[m - 1].capitalize()} {y}"))
    return rng.choice((words, words, f"{m:02d}/{y % 100:02d}", f"{y}-{m:02d}", f"{m:02d}.{y}г"))


DATE_FAMILIES: dict[str, Block] = {
    "date-spelled-b3": block((
        "Дата обращения: {s}.", "Заболела {s}; {c}.", "Выписана {s}.", "ФГДС {s}: без патологии.", "Подпись, дата: {s}\n",
        "Операция выполнена {s}, {c}.", "Справка действительна до {s}.", "Госпитализирован {s}.",
    ), s=Slot(DATE, _spelled), c=CLINICAL),
    "date-weekday-time-b3": block((
        "Осмотр в {w}.", "Запись на {w}, каб. 214.", "Поступил {t}; {c}.", "Время забора: {t}\n", "Выезд бригады {t}.",
        "Явка повторно в {w}.", "Смерть констатирована {t}.", "Протокол от {t}\n",
    ), w=Slot(DATE, _with_weekday), t=Slot(DATE, lambda rng, fake, case: timestamp(*day(rng, 2018, 2025), rng)), c=CLINICAL),
    "date-birth-b3": block((
        "д/р {b}", "Д.р.: {b}\n", "Дата рождения (ДД.ММ.ГГГГ): {b}\n", "Родилась {b}, {c}.", "Родился {b} доношенным.",
        "Пациент ({b} г.р.) доставлен СМП.", "р. {b}\n", "Рожд. {b}; {c}.",
    ), b=Slot(DATE, _birth), c=CLINICAL),
    "date-lab-month-b3": block((
        "{l}", "Анализы в динамике:\n{l}", "Болеет с {mo:gent}.", "Последняя госпитализация — {mo}.",
        "Менструации с {mo:gent} нет.", "Ремиссия с {mo:gent}; {c}.", "Диспансерный учёт: {mo}\n",
    ), l=Slot(DATE, _lab_series), mo=Slot(DATE, _month_only), c=CLINICAL),
}


# ----- places --------------------------------------------------------------------------------
def _oblique(rng: random.Random, fake: Any, case: str) -> str:
    """A settlement in the prepositional or genitive with its district or region."""
    if rng.random() < 0.5:
        v = rng.choice(pl.VILLAGES)
        word = {"с.": "селе", "дер.": "деревне", "д.": "деревне", "пос.": "посёлке", "пгт": "посёлке",
                "р.п.": "рабочем посёлке", "ст.": "станице", "х.": "хуторе"}[v.kind]
        tail = rng.choice(("", f" {pl.district(v, rng, gent=True)}"))
        return f"{word} {v.loct}{tail}"
    t = rng.choice(pl.TOWNS)
    return rng.choice((f"г. {t.loct}", t.loct, f"городе {t.loct}"))


def _from(rng: random.Random, fake: Any, case: str) -> str:
    t = rng.choice(pl.TOWNS)
    return rng.choice((t.gent, f"г. {t.gent}", f"г.{t.gent}"))


def _place(make: Callable[[random.Random], str]) -> Slot:
    return Slot(LOCATION, lambda rng, fake, case: make(rng))


_P = {"postal": _place(pl.postal), "reverse": _place(pl.reverse), "squeezed": _place(pl.squeezed),
      "rural": _place(pl.rural), "capital": _place(pl.capital), "spoken": _place(pl.spoken)}

LOCATION_FAMILIES: dict[str, Block] = {
    "loc-postal-order-b3": block((
        "Адрес: {a}\n", "Почтовый адрес: {a}.", "Куда: {a}\n", "Адрес для корреспонденции — {a}.", "Прописан: {a}; {c}.",
        "Адрес регистрации (по паспорту): {a}.",
    ), a=_P["postal"], c=CLINICAL),
    "loc-reverse-order-b3": block((
        "Место жительства: {a}.", "Проживает по адресу {a}.", "Адрес: {a}\n", "Живёт: {a}; {c}.", "Фактический адрес — {a}.",
        "Адрес выезда: {a}.",
    ), a=_P["reverse"], c=CLINICAL),
    "loc-squeezed-b3": block((
        "Адр.:{a}\n", "адрес {a}", "Прож.: {a}; {c}.", "| Адрес | {a} |\n", "Место рег.: {a}\n", "м/ж {a}",
    ), a=_P["squeezed"], c=CLINICAL),
    "loc-rural-b3": block((
        "Проживает: {a}.", "Адрес: {a}\n", "Место вызова: {a}.", "Зарегистрирована: {a}; {c}.", "Адрес пациента {a}.",
        "Доставлен из {a}.",
    ), a=_P["rural"], c=CLINICAL),
    "loc-oblique-b3": block((
        "Проживает в {o} с рождения.", "Работает фельдшером в {o}.", "Приехал из {fr} на обследование.",
        "Травма получена в {o}; {c}.", "Лечилась в ЦРБ в {o}.", "Вернулась из {fr} неделю назад.",
        "Укус клеща в {o}, {c}.",
    ), o=Slot(LOCATION, _oblique), fr=Slot(LOCATION, _from), c=CLINICAL),
    "loc-capitals-b3": block((
        "Адрес: {a}\n", "Проживает: {a}.", "Место жительства — {a}; {c}.", "Вызов: {a}.", "Адрес регистрации: {a}.",
    ), a=_P["capital"], c=CLINICAL),
    "loc-spoken-b3": block((
        "— Адрес?\n— {s}.", "Со слов вызывающего: «Приезжайте на {s}, второй подъезд».", "Говорит, что живёт на {s}.",
        "«Я на {s}, код 45, четвёртый этаж», — сообщила дочь.", "Звонящий назвал адрес: {s}.",
    ), s=_P["spoken"]),
}

FAMILY_TYPES: dict[str, str] = {
    **{name: PERSON for name in PERSON_FAMILIES}, **{name: DATE for name in DATE_FAMILIES},
    **{name: LOCATION for name in LOCATION_FAMILIES}, **{name: kind for name, (kind, _) in CONTACT_FAMILIES.items()},
}
BLIND3_FAMILIES: list[Family] = []
BLIND3_BLOCKS: list[BlockFamily] = [
    BlockFamily(name, BLIND3, make) for name, make in
    (*PERSON_FAMILIES.items(), *DATE_FAMILIES.items(), *LOCATION_FAMILIES.items(),
     *((name, make) for name, (_, make) in CONTACT_FAMILIES.items()))
]

# cue labels a gold span must never contain
_CUES = re.compile(r"(?i)\b(тел|моб|телефон|адрес|паспорт|серия|номер|снилс|инн|полис|енп|e-?mail|почта|ф\.?и\.?о|"
                   r"д/р|дата рождения|карта|история болезни|ссылка)\b[.:]")


def span_problems(planted: Planted, kind: str) -> list[str]:
    """Problems of ``planted``'s gold spans (all of type ``kind``): none, empty, padded, overlapping, with a cue."""
    spans = sorted((start, end) for _, start, end in planted.golds)
    problems = [] if spans else ["no gold span"]
    for start, end in spans:
        value = planted.text[start:end]
        if not value or value != value.strip(" \n\t,;:—|") or value.startswith((".", "-")) or value.endswith(" ."):
            problems.append(f"span {value!r} is empty or padded")
        if value.count("(") != value.count(")") or value.count("«") != value.count("»"):
            problems.append(f"span {value!r} has unbalanced brackets")
        if _CUES.search(value):
            problems.append(f"span {value!r} includes a cue label")
    problems += [f"spans {a} and {b} overlap" for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    problems += [f"type {k} in a {kind} family" for k, _, _ in planted.golds if k != kind]
    return problems


def _marked(planted: Planted) -> str:
    text, last = "", 0
    for _, start, end in sorted(planted.golds, key=lambda g: g[1]):
        text += planted.text[last:start] + "[" + planted.text[start:end] + "]"
        last = end
    return (text + planted.text[last:]).replace("\n", "⏎")


def check_samples(per_family: int = 300, seed: int = 3, show: int = 0) -> tuple[int, dict[str, int]]:
    """Make ``per_family`` blocks of every family, check their spans, print ``show`` of each marked.
    Returns the number of bad blocks and the gold spans per type."""
    from faker import Faker

    fake, bad, per_type = Faker("ru_RU"), 0, dict.fromkeys(sorted(set(FAMILY_TYPES.values())), 0)
    for family in BLIND3_BLOCKS:
        rng = random.Random(f"{seed}:{family.name}")
        fake.seed_instance(rng.randint(0, 2**31))
        if show:
            print(f"\n== {family.name} ({FAMILY_TYPES[family.name]})")
        for i in range(per_family):
            planted = family.make(rng, fake)
            problems = span_problems(planted, FAMILY_TYPES[family.name])
            per_type[FAMILY_TYPES[family.name]] += len(planted.golds)
            if problems:
                bad += 1
                print("BAD", family.name, _marked(planted), problems)
            if i < show:
                print("  ", _marked(planted))
    return bad, per_type


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    found, spans = check_samples(show=count)
    kinds = sorted(set(FAMILY_TYPES.values()))
    print(f"\n{len(BLIND3_BLOCKS)} families; families per type: "
          f"{[(k, list(FAMILY_TYPES.values()).count(k)) for k in kinds]}\n"
          f"gold spans per type in 300 blocks per family: {spans}\nbad samples: {found}")
    raise SystemExit(1 if found else 0)
