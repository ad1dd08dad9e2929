"""Whole form headers for the blind held-out PII families: several types in one block.

Referral (ф. 057/у-04), outpatient card title page (ф. 025/у), sick-leave certificate, laboratory
result form, call-centre record and discharge-summary header, laid out as Russian clinics fill
them in. Part of the blind split of :mod:`benchmarks.pii_families_blind` (same rules: written
without reading the recognizers, never adjusted after scoring).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from benchmarks.pii_blind_values import (
    DATE,
    INN,
    LOC,
    MRN,
    OMS,
    PER,
    PHONE,
    SNILS,
    address_as,
    compose,
    date_as,
    inn_as,
    name,
    oms_as,
    pattern,
    phone_as,
    render,
    snils_as,
    someone,
)
from benchmarks.pii_families import Maker, Planted

BIRTH = (1934, 2006)
ORGS = ("ООО «Вектор»", "АО «Северсталь-Логистик»", "ИП Смирнов", "МБОУ СОШ № 4", "ГБУЗ «ГКБ № 15»", "ООО «ТД Меридиан»")
MOBILE_ANY = ("8({a}){g}", "8 ({a}) {g}", "+7 {a} {l}", "8{a}{l}", "8-{a}-{g}", "+7({a}){g}")


def v(maker: Maker, rng: random.Random, fake: Any, case: str = "nomn") -> str:
    return maker(rng, fake, case)


def period(rng: random.Random, fmt: str) -> tuple[str, str]:
    """Start and end of a stay or a sick leave (end 2-20 days later), formatted with ``fmt``."""
    start = date(2016, 1, 1) + timedelta(days=rng.randrange(3200))
    return start.strftime(fmt), (start + timedelta(days=rng.randrange(2, 21))).strftime(fmt)


_DOB = date_as("{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy} г.", "{d} {MG} {yyyy} г.", years=BIRTH)
_HOME = address_as("{R}, г. {T}, {S}, д. {N}, кв. {Q}", "{P}, {R}, {D} р-н, {V}, ул. {St}, д. {N}",
                   "г. {T}, {S}, {N}-{Q}", "{RF}, {D} район, {V}, д. {N}")
_ANY_PHONE = phone_as("mobile", *MOBILE_ANY)


def referral(rng: random.Random, fake: Any) -> Planted:
    """Направление на госпитализацию, обследование, консультацию (ф. 057/у-04)."""
    return compose(
        "НАПРАВЛЕНИЕ на госпитализацию\nФамилия, имя, отчество: ", (PER, v(name("!F I O", "F I O"), rng, fake)),
        "\nДата рождения: ", (DATE, v(_DOB, rng, fake)),
        "\nАдрес постоянного места жительства: ", (LOC, v(_HOME, rng, fake)),
        "\nПолис ОМС: ", (OMS, v(oms_as("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX"), rng, fake)),
        "   СНИЛС: ", (SNILS, v(snils_as("XXX-XXX-XXX XX"), rng, fake)),
        "\nВрач _____________ /", (PER, v(name("F io", "F i_o"), rng, fake)), "/\n",
    )


def card_title(rng: random.Random, fake: Any) -> Planted:
    """Title page of the outpatient card (ф. 025/у): one field per line, dates split in boxes."""
    p = someone(rng, fake)
    born = v(date_as("число {dd} месяц {mm} год {yyyy}", years=BIRTH), rng, fake)
    home = v(address_as("субъект Российской Федерации {R} район {D} город ___ населенный пункт {V} улица {St} дом {N} "
                        "квартира {Q}", "субъект Российской Федерации {RF} город {T} улица {St} дом {N} квартира {Q}"),
             rng, fake)
    return compose(
        "МЕДИЦИНСКАЯ КАРТА пациента, получающего медицинскую помощь в амбулаторных условиях № ",
        (MRN, v(pattern("@#-####", "@####"), rng, fake)),
        "\n1. Дата заполнения медицинской карты: ", (DATE, v(date_as("число {dd} месяц {mm} год {yyyy}"), rng, fake)),
        "\n2. Фамилия ", (PER, render(p, "!F", "nomn")), " Имя ", (PER, render(p, "!I", "nomn")),
        " Отчество ", (PER, render(p, "!O", "nomn")), "\n3. Пол: " + ("жен." if p.female else "муж."),
        "\n4. Дата рождения: ", (DATE, born), "\n5. Место регистрации: ", (LOC, home),
        "\n6. Телефон: ", (PHONE, v(phone_as("mobile", "{a}{l}", "8{a}{l}", "8-{a}-{g}"), rng, fake)),
        "\n7. Полис ОМС: ", (OMS, v(oms_as("XXXXXXXXXXXXXXXX"), rng, fake)),
        " 8. СНИЛС: ", (SNILS, v(snils_as("XXX-XXX-XXX XX", "XXXXXXXXXXX"), rng, fake)), "\n",
    )


def sick_leave(rng: random.Random, fake: Any) -> Planted:
    """Листок нетрудоспособности: the patient, the employer, the release period, the doctor."""
    start, end = period(rng, "%d.%m.%Y")
    return compose(
        "Листок нетрудоспособности (электронный). Ф.И.О.: ", (PER, v(name("F I O", "!F I O"), rng, fake)),
        "; дата рождения ", (DATE, v(_DOB, rng, fake)), "; место работы ", rng.choice(ORGS), ", ИНН ",
        (INN, v(inn_as(10, "XXXXXXXXXX"), rng, fake)), "; СНИЛС ", (SNILS, v(snils_as("XXX-XXX-XXX XX"), rng, fake)),
        ". Освобождение от работы с ", (DATE, start), " по ", (DATE, end),
        ". Врач: ", (PER, v(name("F io", "F i_o"), rng, fake)), "\n",
    )


def lab_form(rng: random.Random, fake: Any) -> Planted:
    """A laboratory result form: columns separated by runs of spaces or tabs."""
    gap = rng.choice(("    ", "\t", "  |  "))
    day = v(date_as("{yyyy}-{mm}-{dd}", "{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yy}"), rng, fake)
    taken, issued = rng.randrange(7, 11), rng.randrange(12, 18)
    p = someone(rng, fake)
    return compose(
        "Пациент: ", (PER, render(p, rng.choice(("F io", "F I O", "!F I O")), "nomn")), gap,
        "Пол: " + ("Ж" if p.female else "М"), gap, "Д/р: ", (DATE, v(date_as("{dd}.{mm}.{yyyy}", years=BIRTH), rng, fake)),
        gap, "ИБ: ", (MRN, v(pattern("@####", "@###/YY", "YY-@####"), rng, fake)),
        "\nВзятие: ", (DATE, f"{day} {taken:02d}:{rng.randrange(60):02d}"), gap,
        "Выдача: ", (DATE, f"{day} {issued}:{rng.randrange(60):02d}"),
        "\nВрач КДЛ: ", (PER, v(name("F i_o", "F io"), rng, fake)), "\n",
    )


def call_centre(rng: random.Random, fake: Any) -> Planted:
    """A call-centre record of a home-visit request."""
    caller, relation = (name("I O", sex="f"), "дочь") if rng.random() < 0.5 else (name("I O", sex="m"), "сын")
    return compose(
        "Звонок ", (DATE, v(date_as("{dd}.{mm}.{yyyy} {hh}:{mi}", "{dd}.{mm} {hh}:{mi}"), rng, fake)),
        ". Абонент: ", (PER, v(caller, rng, fake)), f" ({relation}), тел. ",
        (PHONE, v(phone_as("mobile", "8 {a} {s}", "8{a}{l}", "+7 {a} {l}", "8({a}){g}"), rng, fake)),
        ". Пациент: ", (PER, v(name("F I O", "F io"), rng, fake)), ", ",
        (DATE, v(date_as("{yyyy}", years=BIRTH), rng, fake)), " г.р., адрес: ",
        (LOC, v(address_as("{T}, {St} {N}-{Q}", "ул. {St} {N} кв {Q}", "{S}, д. {N}, кв. {Q}"), rng, fake)),
        ". Повод: температура 39, кашель. Передано в неотложку.",
    )


def discharge_header(rng: random.Random, fake: Any) -> Planted:
    """The header of a discharge summary (выписной эпикриз)."""
    p = someone(rng, fake)
    start, end = period(rng, rng.choice(("%d.%m.%Y", "%d.%m.%y")))
    return compose(
        "ВЫПИСНОЙ ЭПИКРИЗ\nиз медицинской карты стационарного больного № ",
        (MRN, v(pattern("@####", "@####/С", "20YY-@####"), rng, fake)), "\n",
        (PER, render(p, rng.choice(("F I O", "!F I O")), "nomn")), ", ",
        (DATE, v(date_as("{dd}.{mm}.{yyyy}", "{yyyy}", years=BIRTH), rng, fake)),
        " г.р., находил" + ("ась" if p.female else "ся") + " на лечении в кардиологическом отделении с ",
        (DATE, start), " по ", (DATE, end), ".\nАдрес: ", (LOC, v(_HOME, rng, fake)),
        ". Тел.: ", (PHONE, v(_ANY_PHONE, rng, fake)), ".\n",
    )
