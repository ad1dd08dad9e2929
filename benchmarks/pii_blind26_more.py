"""blind26 (part 3): date ranges, old policies, misspelt INN labels, compulsory treatment, boxed forms."""

from __future__ import annotations

import random
from typing import Any

from benchmarks.pii_blind26_gen import (
    Doc,
    address,
    birth,
    digits,
    enp,
    inn,
    mrn,
    pass_parts,
    phone,
    recent,
    snils,
    town,
)
from benchmarks.pii_blind26_names import Person
from benchmarks.pii_families import MONTHS_GENT, BlockFamily, Family, Planted

S = "blind26"
P, D, L, PH = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
M, SN, INN, OMS, PAS = "MEDICAL_RECORD_NUMBER", "RU_SNILS", "RU_INN", "RU_OMS_POLICY", "RU_PASSPORT"


def _range(rng: random.Random, fake: Any, case: str) -> str:
    y, m, d1 = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 14)
    d2 = d1 + rng.randint(1, 14)
    k = rng.randrange(4)
    if k == 0:
        return f"{d1:02d}–{d2:02d}.{m:02d}.{y}"
    if k == 1:
        return f"{d1:02d}.{m:02d}.{y}-{d2:02d}.{m:02d}.{y}"
    if k == 2:
        return f"{d1}-{d2} {MONTHS_GENT[m - 1]} {y} г."
    return f"{d1:02d}.{m:02d}-{d2:02d}.{m:02d}.{y % 100:02d}"


def _oms_old(rng: random.Random, fake: Any, case: str) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"{rng.choice(('77', '50', '78', '66'))}{rng.randint(0, 99):02d} № {digits(rng, 10, False)}"
    if k == 1:
        return f"{rng.choice(('ЕА', 'ММ', 'АБ', 'ВС'))} {digits(rng, 7)}"
    return f"{digits(rng, 6)} {digits(rng, 10, False)}"


def _inn_odd(rng: random.Random, fake: Any, case: str) -> str:
    return inn(rng, rng.choice(("", "", " ", "-")))


FAMILIES: list[Family] = [
    Family(
        "b26_date_range",
        "DATE_TIME",
        S,
        (
            "Находился на стационарном лечении в ИКБ {} (ОКИ неуточнённая, A09.9).",
            "Запой {}, купирован амбулаторно.",
            "Период наблюдения в изоляторе: {}; контактные не выявлены.",
            "Лечение в реабилитационном центре {} прервано по инициативе пациента.",
        ),
        _range,
    ),
    Family(
        "b26_oms_old",
        "RU_OMS_POLICY",
        S,
        (
            "Полис ОМС старого образца серия/номер: {} (подлежит замене).",
            "Предъявлен полис ОМС {}, выданный в 2009 году.",
            "Страховой полис: {} — в ЕРЗ не найден, запрос в ТФОМС.",
        ),
        _oms_old,
    ),
    Family(
        "b26_inn_labels",
        "RU_INN",
        S,
        (
            "Инн-{}",
            "И Н Н: {} (указан пациентом в анкете)",
            "ИНН\n{}\nКПП организации 770101001 к пациенту не относится.",
            "ИНН физлица (12 зн.) {}; ОГРН клиники 1037739123456.",
        ),
        _inn_odd,
    ),
]


def compulsory_commission(rng: random.Random, fake: Any) -> Planted:
    p, c1, c2 = Person(rng, fake), Person(rng, fake), Person(rng, fake)
    d = (
        Doc()
        .add("ЗАКЛЮЧЕНИЕ КОМИССИИ ВРАЧЕЙ-ПСИХИАТРОВ № ")
        .put(M, f"{rng.randint(1, 499)}-ПЛ/{rng.randint(19, 25)}")
    )
    d.add("\nо продлении принудительного лечения (ст. 102 УК РФ)\nИБ № ").put(M, mrn(rng, "year"))
    d.add("\nБольн").add("ая " if p.female else "ой ").put(P, p.full()).add(", ").put(D, birth(rng))
    d.add(" г.р., находится на ПЛ в стационаре специализированного типа с ").put(D, recent(rng, "word"))
    d.add(" по постановлению суда от ").put(D, recent(rng, "dot"))
    d.add(".\nВ отделении с ").put(D, recent(rng, "dot")).add(". Посещения: мать ").put(
        P, Person(rng, fake, True).shape(rng)
    )
    d.add(" (тел. ").put(PH, phone(rng)).add(").\nКомиссия: ").put(P, f"{c1.last} {c1.initials()}").add(", ")
    d.put(P, f"{c2.last} {c2.initials()}").add(". Рекомендовано продлить ПЛ на 6 мес.")
    return d.done()


def hiv_epid_report(rng: random.Random, fake: Any) -> Planted:
    p, epid = Person(rng, fake), Person(rng, fake)
    d = Doc().add("ДОНЕСЕНИЕ о новом случае ВИЧ-инфекции\nУНРЗ: ").put(M, digits(rng, 10))
    d.add("\nКод пациента: ").put(
        M, f"{rng.choice(('М', 'Ж'))}{digits(rng, 2)}{p.last[0]}{p.first[0]}{p.mid[0]}-{digits(rng, 4)}"
    )
    d.add("\nФ.И.О.: ").put(P, p.full()).add("\nДата рождения: ").put(D, birth(rng))
    d.add("\nМесто жительства: ").put(L, address(rng, fake)).add("\nДата постановки диагноза: ").put(
        D, recent(rng)
    )
    d.add("\nПуть передачи: ").add(rng.choice(("гетеросексуальный", "парентеральный (ПИН)", "не установлен")))
    d.add("\nЭпидрасследование: ").put(P, f"{epid.last_c('ablt')} {epid.initials()}").add(", ")
    d.put(D, recent(rng, "dot")).add(". CD4 — 312 кл/мкл, ВН 45 000 коп/мл.")
    return d.done()


def _spaced(s: str) -> str:
    return " ".join(ch for ch in s if ch.isdigit())


def spaced_form(rng: random.Random, fake: Any) -> Planted:
    p = Person(rng, fake)
    ser, num = pass_parts(rng)
    d = (
        Doc()
        .add("Анкета (заполнено от руки по клеточкам, ф. 001-ГС/у)\nФАМИЛИЯ: ")
        .put(P, " ".join(p.last.upper()))
    )
    d.add("\nИМЯ: ").put(P, p.first.upper()).add("\nДата рожд.: ").put(D, _spaced(birth(rng, "dot")))
    d.add("\nСНИЛС: ").put(SN, _spaced(snils(rng, ""))).add("\nПолис: ").put(OMS, _spaced(enp(rng, "")))
    d.add("\nПаспорт серия ").put(PAS, _spaced(ser)).add("  номер ").put(PAS, _spaced(num))
    d.add("\nНас. пункт: ").put(L, town(fake)).add("\nТелефон: ").put(PH, phone(rng))
    return d.done()


BLOCKS: list[BlockFamily] = [
    BlockFamily("b26_compulsory_commission", S, compulsory_commission),
    BlockFamily("b26_hiv_epid_report", S, hiv_epid_report),
    BlockFamily("b26_spaced_form", S, spaced_form),
]
