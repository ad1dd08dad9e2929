"""blind6 whole documents, part three: consent forms, epicrisis headers, registers, ranges, court."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from benchmarks.pii_blind6_docs import DT, LOC, MRN, OMS, PAS, PH, SN, P, Part, _mob, _name, assemble
from benchmarks.pii_blind6_places import format_address, format_mrn
from benchmarks.pii_blind6_values import (
    MONTHS_GENT,
    format_date,
    format_oms,
    format_passport,
    format_phone,
    format_snils,
    name_parts,
    render_name,
)
from benchmarks.pii_families import Planted


def _day(rng: random.Random, first: int = 2016, last: int = 2026) -> date:
    return date(rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))


def _years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def consent_form(rng: random.Random, fake: Any) -> Planted:
    """Информированное добровольное согласие signed by a legal representative for a child or ward."""
    rep = name_parts(rng, fake)
    ward = name_parts(rng, fake)
    born = _day(rng, 2008, 2023)  # the ward; the representative is born 1955-2001
    return assemble([
        "ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ на медицинское вмешательство\nЯ, ", (P, render_name(rep, "FIO", "nomn")), ", ",
        (DT, _day(rng, 1955, 2001).strftime("%d.%m.%Y")), " г. рождения, зарегистрированн", "ая" if rep[3] else "ый",
        " по адресу: ", (LOC, format_address(rng, fake, rng.choice(("postal", "urban", "rural", "no_g")))),
        ",\nпаспорт ", (PAS, format_passport(rng, rng.choice(("2_2_6", "4_6", "2_2_no")))), ", являясь законным представителем ",
        "(мать/отец/опекун) ", (P, render_name(ward, rng.choice(("FIO", "FI")), "gent")), ", ",
        (DT, rng.choice((born.strftime("%d.%m.%Y"), f"{born.day} {MONTHS_GENT[born.month - 1]} {born.year}"))),
        " г.р., даю согласие на ...\nСвидетель: ", (P, _name(rng, fake, rng.choice(("F I.O.", "FIO")), ethnic=0.1)),
        "\nПодпись ________ Дата ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "verbal_q")))), "\n",
    ])


def epicrisis_header(rng: random.Random, fake: Any) -> Planted:
    """A discharge summary header: stay as a date range, age with birth year, ИБ, attending doctor."""
    admitted = _day(rng)
    discharged = admitted + timedelta(days=rng.randint(3, 24))
    born = rng.randint(1935, 2005)
    same_year = admitted.year == discharged.year and rng.random() < 0.5
    stay_from = admitted.strftime("%d.%m") if same_year else admitted.strftime("%d.%m.%Y")
    return assemble([
        rng.choice(("ВЫПИСНОЙ ЭПИКРИЗ", "Выписка из медицинской карты стационарного больного")), " № ",
        (MRN, format_mrn(rng, rng.choice(("slash_year", "letters", "dept", "year_slash")))), "\n",
        (P, _name(rng, fake, rng.choice(("FIO", "CAPS")))), ", ", _years(admitted.year - born), " (", (DT, f"{born} г.р."), "),\n",
        "находился(-ась) на лечении в кардиологическом отделении с ", (DT, stay_from), " по ", (DT, discharged.strftime("%d.%m.%Y")),
        rng.choice((" г.", "")), "\nПолис ОМС: ", (OMS, format_oms(rng, rng.choice(("plain", "4x4")))),
        "\nЛечащий врач: ", (P, _name(rng, fake, rng.choice(("F I.O.", "I.O. F")), ethnic=0.1)), "\n",
    ])


def pharmacy_register(rng: random.Random, fake: Any) -> Planted:
    """A pipe table of a pharmacy's preferential-drug (ДЛО) register."""
    parts: list[Part] = ["| № рецепта | Дата | Пациент | СНИЛС | Отпущено |\n|---|---|---|---|---|\n"]
    for _ in range(rng.randint(2, 3)):
        parts += ["| ", (MRN, format_mrn(rng, "rx")), " | ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "dd.mm.yy")))), " | ",
                  (P, _name(rng, fake, rng.choice(("F I.O.", "FIO")))), " | ", (SN, format_snils(rng, rng.choice(("std", "plain")))),
                  " | ", rng.choice(("Метформин 850 мг №60", "Бисопролол 5 мг №30", "Инсулин гларгин", "Апиксабан 5 мг №56")), " |\n"]
    return assemble(parts)


def stay_range(rng: random.Random, fake: Any) -> Planted:
    """Date ranges in running text: each end is its own span."""
    start = _day(rng)
    end = start + timedelta(days=rng.randint(2, 40))
    layout = rng.randint(0, 3)
    if layout == 0:
        return assemble(["Листок нетрудоспособности открыт с ", (DT, start.strftime("%d.%m.%Y")), " по ",
                         (DT, end.strftime("%d.%m.%Y")), ", к труду приступить со следующего дня."])
    if layout == 1:
        return assemble(["Стационарное лечение ", (DT, f"{start.day:02d}.{start.month:02d}"), "–", (DT, end.strftime("%d.%m.%Y")),
                         " (", str((end - start).days), " к/д)."])
    if layout == 2:
        return assemble(["Находилась в ОРИТ с ", (DT, f"{start.day} {MONTHS_GENT[start.month - 1]}"), " по ",
                         (DT, f"{end.day} {MONTHS_GENT[end.month - 1]} {end.year} г."), ", переведена в профильное отделение."])
    return assemble(["Период нетрудоспособности: ", (DT, start.strftime("%d.%m.%y")), " - ", (DT, end.strftime("%d.%m.%y")), "."])


def court_request(rng: random.Random, fake: Any) -> Planted:
    """A court's request about a party: names in oblique cases, the case number is the court's, not a record."""
    who = name_parts(rng, fake)
    return assemble([
        rng.choice(("Мировой судья судебного участка № ", "Районный суд, судебный участок № ")), str(rng.randint(1, 300)),
        "\nв рамках гражданского дела № 2-", str(rng.randint(100, 9999)), "/", str(rng.randint(2018, 2026)),
        " по иску ", (P, _name(rng, fake, "FIO", "gent")), " к ", (P, render_name(who, rng.choice(("FIO", "F I.O.")), "datv")),
        " истребует медицинскую документацию (амбулаторная карта № ", (MRN, format_mrn(rng, rng.choice(("dash", "digits7")))),
        ") на имя ", (P, render_name(who, "F I.O.", "gent")), ", ", (DT, format_date(rng, "dd.mm.yyyy", birth=True)),
        " года рождения, за период с ", (DT, format_date(rng, "dd.mm.yyyy")), ". Контактный телефон секретаря: ",
        (PH, format_phone(rng, rng.choice(("city3", "city4", "city3_ext")))), "\n",
    ])


def vk_protocol(rng: random.Random, fake: Any) -> Planted:
    """Протокол врачебной комиссии: chair and members with initials, patient, case number."""
    patient = name_parts(rng, fake)
    return assemble([
        "ВЫПИСКА ИЗ ПРОТОКОЛА ВК № ", str(rng.randint(1, 999)), " от ", (DT, format_date(rng, rng.choice(("dd.mm.yyyy", "verbal")))),
        "\nПредседатель: зам. гл. врача по КЭР ", (P, _name(rng, fake, "I.O. F", ethnic=0.1)),
        "\nЧлены комиссии: ", (P, _name(rng, fake, "F I.O.", ethnic=0.1)), "; ", (P, _name(rng, fake, "F I. O.", ethnic=0.1)),
        "\nСлушали: лечащего врача о пациенте ", (P, render_name(patient, rng.choice(("F I.O.", "FIO")), "loct")), ", ",
        (DT, format_date(rng, rng.choice(("year_gr", "dd.mm.yyyy")), birth=True)), ", ИБ ", (MRN, format_mrn(rng, rng.choice(("slash_year", "dept")))),
        "\nРешили: продлить ЭЛН № ", (MRN, format_mrn(rng, "eln")), " до ", (DT, format_date(rng, "dd.mm.yyyy")),
        ". Уведомить пациента по тел. ", (PH, _mob(rng)), "\n",
    ])
