"""Blind split 36, short mixed fragments: two to four values in a few lines of a note (a passport part of
an admission sheet, a discharge summary heading, a call card, a line of an export), the way a fourth
author would plant them around real sentences."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.pii_blind36_gen import (
    code,
    inn_of,
    link,
    mail,
    name,
    oms_of,
    passport_of,
    place,
    snils_of,
    tel,
    when,
)
from benchmarks.pii_families import HELDOUT, BlockFamily, Maker, Planted

H = HELDOUT
Part = str | tuple[str, Maker] | tuple[str, Maker, str]


def frag(*templates: tuple[Part, ...]) -> Callable[[random.Random, Any], Planted]:
    """One of ``templates``; a part is literal text or (type, maker[, case]) for a planted value."""

    def make(rng: random.Random, fake: Any) -> Planted:
        text, golds = "", []
        for part in rng.choice(templates):
            if isinstance(part, str):
                text += part
                continue
            kind, maker = part[0], part[1]
            value = maker(rng, fake, part[2] if len(part) > 2 else "nomn")
            golds.append((kind, len(text), len(text) + len(value)))
            text += value
        return Planted(text, golds)

    return make


P, D, L, T = "PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER"
FIO = name("F I O", "F io", "F I O")
BIRTH = when("dd.mm.yyyy", "dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", span="-90y")
YEAR = when("yyyy", span="-90y", end="-18y")
STAY = when("dd.mm.yyyy", "dd.mm.yy", span="-6y")
FROM = when("dd.mm.yyyy", "dd.mm.yy", span="-40d", end="-21d")  # a stay or sick leave starts ...
TILL = when("dd.mm.yyyy", "dd.mm.yy", span="-20d")  # ... and ends later
HOME = place("г. {T}, ул. {S}, д. {N}, кв. {Q}", "{T}, {S} {N}-{Q}", "{R}, {D} р-н, с. {V}, ул. {S}, {N}",
             "г.{T}, ул.{S}, {N}-{Q}")
MOB = tel("8-AAA-NNN-NN-NN", "8AAANNNNNNN", "+7 (AAA) NNN-NN-NN", "+7AAANNNNNNN", "8 AAA NNN NN NN")
SNILS = snils_of("XXX-XXX-XXX XX", "XXXXXXXXXXX")
OMS = oms_of("XXXXXXXXXXXXXXXX", "XXXX XXXX XXXX XXXX")
PASS = passport_of("XX XX XXXXXX", "XXXX XXXXXX", "XXXX №XXXXXX")
IB = code("XXXXX", "XXXX/Y", "XXXXXX")

MIXED: list[BlockFamily] = [
    BlockFamily("b36-mix-patient-line", H, frag(
        ("Пациент ", (P, FIO), ", ", (D, YEAR), " г.р., поступил в тяжелом состоянии."),
        ("Больная ", (P, FIO), ", д.р. ", (D, BIRTH), ", жалобы на одышку при нагрузке."),
        ("пац-т ", (P, name("_F io", "F io")), " ", (D, YEAR), "г.р. прож. ", (L, HOME)),
        ("Ф.И.О.: ", (P, FIO), "\nДата рождения: ", (D, BIRTH), "\n"),
    )),
    BlockFamily("b36-mix-discharge-head", H, frag(
        ("ВЫПИСНОЙ ЭПИКРИЗ\nИз истории болезни № ", ("MEDICAL_RECORD_NUMBER", IB), "\n", (P, name("F I O", "^F I O")),
         ", находился на лечении с ", (D, FROM), " по ", (D, TILL), "."),
        ("Выписка из медицинской карты № ", ("MEDICAL_RECORD_NUMBER", IB), ". Пац. ", (P, FIO), ", ",
         (D, YEAR), " г.р."),
    )),
    BlockFamily("b36-mix-contacts", H, frag(
        ("Конт. тел. ", (T, MOB), ", e-mail: ", ("EMAIL_ADDRESS", mail())),
        ("Связь с дочерью (", (P, name("I O", "F I O", female=True)), ") по тел. ", (T, MOB), "."),
        ("Жена — ", (P, name("F I O", "I O", female=True)), ", тел. ", (T, MOB)),
        ("тел ", (T, MOB), " почта ", ("EMAIL_ADDRESS", mail())),
    )),
    BlockFamily("b36-mix-documents", H, frag(
        ("Паспорт ", ("RU_PASSPORT", PASS), "; СНИЛС ", ("RU_SNILS", SNILS), "; полис ОМС ", ("RU_OMS_POLICY", OMS)),
        ("Полис ", ("RU_OMS_POLICY", OMS), ", снилс ", ("RU_SNILS", SNILS)),
        ("пасп. ", ("RU_PASSPORT", PASS), " ИНН ", ("RU_INN", inn_of("XXXXXXXXXXXX"))),
        ("Документы: паспорт ", ("RU_PASSPORT", PASS), ",\nСНИЛС ", ("RU_SNILS", SNILS), ".\n"),
    )),
    BlockFamily("b36-mix-call-card", H, frag(
        ("Карта вызова № ", ("MEDICAL_RECORD_NUMBER", code("XXXX", "XXXXX")), " от ", (D, when("dd.mm.yyyy HH:MM", span="-3y")),
         "\nАдрес: ", (L, place("{T}, ул. {S}, д. {N}, кв. {Q}", "ул. {S} {N}-{Q}")), "\nВызывает: сосед, тел. ", (T, MOB)),
        ("Вызов ", (D, when("dd.mm.yy HH:MM", span="-3y")), ", адрес ", (L, place("{S} {N} кв {Q}", "{T}, {S}, {N}")),
         ", больной ", (P, name("F I O", "F io")), ", доставлен в ГКБ."),
    )),
    BlockFamily("b36-mix-anamnesis", H, frag(
        ("Родилась в ", (L, place("{Tc}", "с. {V}"), "loct"), " в ", (D, when("yyyy", span="-90y", end="-18y")),
         " г., росла и развивалась нормально.", ),
        ("Работает в ", (L, place("{Tc}", "пгт {V}"), "loct"), ", ОИМ в ", (D, when("yyyy г.", "MN yyyy", span="-20y")), "."),
        ("Проживает с мужем (", (P, name("F I O", "I O", female=False)), ") по адресу ", (L, HOME), "."),
    )),
    BlockFamily("b36-mix-sick-leave", H, frag(
        ("ЭЛН № ", ("MEDICAL_RECORD_NUMBER", code("9XXXXXXXXXXX")), " открыт ", (D, STAY), ", СНИЛС ", ("RU_SNILS", SNILS), "."),
        ("Листок нетрудоспособности ", ("MEDICAL_RECORD_NUMBER", code("9XXXXXXXXXXX")), " с ", (D, FROM), " по ",
         (D, TILL), ", к труду."),
    )),
    BlockFamily("b36-mix-lab-order", H, frag(
        ("Заявка ", ("MEDICAL_RECORD_NUMBER", code("XXXXXXXXXX", "WWXXXXXXX")), " от ", (D, STAY), "; пациент ",
         (P, name("F io", "^F I O")), "; д/р ", (D, BIRTH)),
        ("Образец № ", ("MEDICAL_RECORD_NUMBER", code("XXXXXXXXXX")), ", ", (P, name("F io")), ", взят ",
         (D, when("dd.mm.yyyy HH:MM", span="-2y")), "."),
    )),
    BlockFamily("b36-mix-csv-export", H, frag(
        ((P, name("F I O")), ";", (D, BIRTH), ";", ("RU_SNILS", snils_of("XXX-XXX-XXX XX")), ";", (T, MOB), "\n"),
        ((P, name("F io")), "\t", (D, BIRTH), "\t", ("RU_OMS_POLICY", oms_of("XXXXXXXXXXXXXXXX")), "\t",
         ("MEDICAL_RECORD_NUMBER", IB)),
        ("id=", ("MEDICAL_RECORD_NUMBER", code("XXXXXXX")), " fio=", (P, name("F I O")), " dob=", (D, when("yyyy-mm-dd", span="-90y"))),
    )),
    BlockFamily("b36-mix-hl7-json", H, frag(
        ("PID|1||", ("MEDICAL_RECORD_NUMBER", code("XXXXXXXX")), "^^^MIS||", (P, name("F I O")), "||",
         (D, when("yyyymmdd", span="-90y")), "|F"),
        ('"patient": "', (P, name("F I O", "F io")), '", "birthDate": "', (D, when("yyyy-mm-dd", span="-90y")),
         '", "snils": "', ("RU_SNILS", snils_of("XXXXXXXXXXX", "XXX-XXX-XXX XX")), '"'),
        ("<Patient><Name>", (P, name("F I O")), "</Name><Phone>", (T, MOB), "</Phone></Patient>"),
    )),
    BlockFamily("b36-mix-representative", H, frag(
        ("Законный представитель: мать ", (P, name("F I O", female=True)), ", паспорт ", ("RU_PASSPORT", PASS), ", тел. ", (T, MOB)),
        ("Опекун ", (P, name("F I O", "F io")), ", проживает: ", (L, HOME)),
    )),
    BlockFamily("b36-mix-newborn", H, frag(
        ("Новорожденный ", (P, name("F", "^F")), ", родился ", (D, when("dd.mm.yyyy в HH:MM", "d MG yyyy г. в HH:MM", span="-2y")),
         ", мед. свидетельство о рождении ", ("MEDICAL_RECORD_NUMBER", code("XX XXXXXXX")), "."),
        ("Мать ребенка — ", (P, name("F I O", female=True)), ", ", (D, YEAR), " г.р."),
    )),
    BlockFamily("b36-mix-recommend", H, frag(
        ("Рекомендовано: явка к участковому терапевту ", (D, when("dd.mm.yyyy", "dd.mm", span="-1y")),
         ", запись по тел. ", (T, tel("8 (AAA) NNN-NN-NN", mobile=0.0)), ", результаты анализов: ", ("URL", link()), "."),
        ("Контроль ОАК через 10 дней. Консультация ", (P, name("F io"), "gent"), " ", (D, when("dd.mm.yyyy", span="-1y")), "."),
    )),
    BlockFamily("b36-mix-migrant", H, frag(
        ("Гражданин Республики Узбекистан, паспорт ", ("MEDICAL_RECORD_NUMBER", code("WWXXXXXXX")), ", миграционная карта ",
         ("MEDICAL_RECORD_NUMBER", code("XXXX XXXXXXX")), "."),
        ("Иностранный гражданин ", (P, name("F I O", "F I")), ", прибыл из ", (L, place("{Tc}", "с. {V}"), "gent"),
         ", полис ДМС отсутствует."),
    )),
    BlockFamily("b36-mix-signature", H, frag(
        ("Лечащий врач ", (P, name("F io")), "\nЗав. отделением ", (P, name("F io", "io F")), "\n", (D, STAY)),
        ("Врач: ", (P, name("F io", "F i o")), " ", (D, when("dd.mm.yyyy HH:MM", span="-2y"))),
    )),
]
